"""Reading the console's form posts as hostile input.

Bodies are ``application/x-www-form-urlencoded`` (what the pages' forms send), read up to
``MAX_FORM_BYTES`` and parsed with the standard library: no multipart parser, no files.
Every problem is a :class:`FormError` naming the field, which the app answers with 400.
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import parse_qsl

from starlette.requests import ClientDisconnect, Request

from bot.asgi import BodyTooLarge, read_body
from bot.faq.entry import ID_PATTERN

MAX_FIELDS = 32
MAX_QUESTION_CHARS = 2000
MAX_ANSWER_CHARS = 20000
# The body limit follows from the character limits, so no text within them gets 413: a
# form carries at most an answer, alternates (each up to MAX_ANSWER_CHARS), a question and
# short fields; a character is at most 4 UTF-8 bytes, each percent-encoded as 3 ("%E4").
MAX_FORM_BYTES = (2 * MAX_ANSWER_CHARS + MAX_QUESTION_CHARS + 2000) * 4 * 3
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class FormError(ValueError):
    """A field that is missing, malformed or out of bounds (answered with 400)."""

    def __init__(self, field: str, reason: str, status: int = 400) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
        self.status = status


class Form:
    """The fields of one request (a POST body or a GET query string), each given once."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        if len(pairs) > MAX_FIELDS:
            raise FormError("form", f"more than {MAX_FIELDS} fields")
        self._fields: dict[str, str] = {}
        for name, value in pairs:
            if name in self._fields:
                raise FormError(name, "given more than once")
            if "\x00" in value:
                raise FormError(name, "holds a NUL character")
            self._fields[name] = value

    @classmethod
    async def read(cls, request: Request) -> "Form":
        kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            raise FormError("form", "must be sent as application/x-www-form-urlencoded", status=415)
        try:
            body = await read_body(request, MAX_FORM_BYTES)
        except BodyTooLarge:
            raise FormError("form", f"larger than {MAX_FORM_BYTES} bytes", status=413) from None
        except ClientDisconnect:
            raise FormError("form", "the client disconnected") from None
        try:
            text = body.decode("utf-8")
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=False, errors="strict",
                              max_num_fields=MAX_FIELDS)
        except (UnicodeDecodeError, ValueError):
            raise FormError("form", "is not UTF-8 form data") from None
        return cls(pairs)

    @classmethod
    def query(cls, request: Request) -> "Form":
        return cls(list(request.query_params.multi_items()))

    def get(self, name: str, default: str = "") -> str:
        return self._fields.get(name, default)

    def text(self, name: str, max_chars: int, required: bool = True, strip: bool = True) -> str:
        value = self._fields.get(name)
        if value is None or (required and not value.strip()):
            if required:
                raise FormError(name, "is required")
            return ""
        if len(value) > max_chars:
            raise FormError(name, f"is longer than {max_chars} characters")
        return value.strip() if strip else value

    def one_line(self, name: str, max_chars: int, required: bool = True) -> str:
        value = self.text(name, max_chars, required)
        if any(c in value for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
            raise FormError(name, "must be one line")
        return value

    def faq_id(self, name: str = "faq_id", required: bool = True) -> Optional[str]:
        value = self.text(name, 200, required)
        if not value:
            return None
        if not ID_PATTERN.match(value) or not value.isprintable():
            raise FormError(name, "is not an FAQ id (one word without spaces)")
        return value

    def fraction(self, name: str, default: float) -> float:
        """A number in (0, 1], written as 0.9 or 90%; ``default`` when the field is empty."""
        raw = self.text(name, 20, required=False)
        if not raw:
            return default
        try:
            value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
        except ValueError:
            raise FormError(name, f"not a number: {raw!r}") from None
        if not 0 < value <= 1:
            raise FormError(name, "must be above 0 and at most 1 (or 100%)")
        return value

    def sha256(self, name: str = "sha256") -> str:
        """A file hash from a preview: 64 hex digits, or empty for a file that did not exist."""
        value = self._fields.get(name)
        if value is None:
            raise FormError(name, "is required (the hash of the file as previewed)")
        if value and not _SHA256.match(value):
            raise FormError(name, "is not a SHA-256 hex digest")
        return value

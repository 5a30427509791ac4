"""The FAQ entry: one question, its alternate phrasings and the maintainers' answer."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

ID_PATTERN = re.compile(r"^\S{1,200}$")


class FaqError(Exception):
    """A problem in FAQ input, located at ``path:line``."""

    def __init__(self, path: str, line: int, reason: str):
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


def normalise_question(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    return re.sub(r"\s+", " ", text)


def derive_id(question: str) -> str:
    """A stable id from the question alone, so edits elsewhere in the file never change it."""
    digest = hashlib.sha1(normalise_question(question).encode("utf-8")).hexdigest()
    return f"q-{digest[:12]}"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FaqEntry:
    id: str
    question: str
    answer: str
    alternates: tuple[str, ...] = ()
    source: str = ""
    line: int = 0
    category: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    id_is_explicit: bool = field(default=False, compare=False)

    @property
    def phrasings(self) -> tuple[str, ...]:
        """The texts that are embedded: the question first, then each alternate."""
        return (self.question, *self.alternates)

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"

    def content_hash(self) -> str:
        """Changes whenever anything a user could see or match on changes (source included)."""
        parts = [self.id, self.question, *self.alternates, "\x00", self.answer, self.location]
        parts += [self.category or "", ",".join(self.tags), self.language or ""]
        return text_hash("\x1f".join(parts))

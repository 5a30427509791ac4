"""Logging set-up: plain text or one JSON object per line, never a secret.

Every record passes :class:`RedactSecrets` on the handler, so third-party loggers
(slack_bolt, httpx, openai) are covered too. It masks Slack tokens (``xoxb-…``,
``xapp-…`` and the other ``xox?-`` kinds), ``Bearer …`` credentials, ``sk-…`` API keys,
and the exact values of the configured secrets (bot token, signing secret, app token,
embedding API key).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from typing import Iterable, Optional
from urllib.parse import unquote, urlsplit

MASK = "[REDACTED]"
TOKEN_PATTERNS = [
    re.compile(r"\bxox[abeoprs]-[A-Za-z0-9-]{8,}"),
    re.compile(r"\bxapp-[A-Za-z0-9-]{8,}"),
    re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]{6,}"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{8,}"),
]
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    for pattern in TOKEN_PATTERNS:
        text = pattern.sub(MASK, text)
    return text


class RedactSecrets(logging.Filter):
    """Rewrites each record's message (and exception text) with secrets masked."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 6]

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage(), self.secrets)
        record.msg, record.args = message, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        for key, value in list(vars(record).items()):
            if key not in _STANDARD and isinstance(value, str):
                setattr(record, key, redact(value, self.secrets))
        return True


class JsonFormatter(logging.Formatter):
    """``{"ts", "level", "logger", "msg", ...extra fields, "exc"?}`` on one line (UTC)."""

    converter = time.gmtime

    def format(self, record: logging.LogRecord) -> str:
        data = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                data[key] = value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
        if record.exc_text or record.exc_info:
            data["exc"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)




def configured_secrets(settings) -> list[str]:
    values = []
    for name in ("slack_bot_token", "slack_signing_secret", "slack_app_token", "embed_api_key"):
        secret = getattr(settings, name, None)
        if secret is not None:
            value = secret.get_secret_value()
            if value and value != "EMPTY":
                values.append(value)
    redis_url = getattr(settings, "redis_url", None)
    if redis_url is not None:  # the URL itself is no secret; its password is
        password = urlsplit(redis_url.get_secret_value()).password
        if password:
            values += [password, unquote(password)]
    return values


def configure_logging(level: int = logging.WARNING, fmt: str = "text", secrets: Iterable[str] = (),
                      stream=None) -> logging.Handler:
    """Replace the root handlers with one redacting handler (text or JSON)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def configure_from_settings(settings, verbose: bool = False, stream: Optional[object] = None) -> logging.Handler:
    return configure_logging(logging.DEBUG if verbose else logging.WARNING, settings.log_format,
                             configured_secrets(settings), stream)

"""Where the embedded feedback database lives, and whether there is one: answered without
importing the store (SQLAlchemy), for commands that only need to know."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.config import Settings


def default_sqlite_path(feedback_log: Path) -> Path:
    """The embedded database beside the JSONL log: faqbot-feedback.jsonl → faqbot-feedback.db."""
    path = Path(feedback_log).with_suffix(".db")
    return path if path != Path(feedback_log) else path.with_suffix(".sqlite3")


def feedback_store_exists(settings: "Settings") -> bool:
    """A configured database, or the embedded one's file: where asked questions can be read."""
    return settings.database_url is not None or default_sqlite_path(settings.feedback_log).is_file()

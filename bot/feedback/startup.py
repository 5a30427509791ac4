"""Opening the feedback store from the settings: database, migrations, retention, and
the one-time import of the old JSONL log."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Optional

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from bot.config import Settings
from bot.feedback.jsonl_import import ImportResult, import_jsonl
from bot.database_limits import DatabaseLimits
from bot.feedback.paths import default_sqlite_path, feedback_store_exists
from bot.feedback.store import FeedbackStore

log = logging.getLogger(__name__)


def database_url(settings: Settings) -> URL:
    if settings.database_url is not None:
        try:
            return make_url(settings.database_url.get_secret_value())
        except (ArgumentError, ValueError):  # never echo the URL: it may hold a password
            raise ValueError("FAQBOT_DATABASE_URL is not a SQLAlchemy URL "
                             "(dialect+driver://user:password@host/database)") from None
    return URL.create("sqlite", database=str(default_sqlite_path(settings.feedback_log)))


def spool_path(settings: Settings) -> Path:
    from bot.feedback.spool import default_spool_path

    return settings.feedback_spool_path or default_spool_path(settings.feedback_log)


def open_store(settings: Settings, import_log: bool = True, spooled: bool = False) -> FeedbackStore:
    """The store, migrated to the newest schema, with the ``feedback_log`` JSONL file
    imported (if ``import_log``, it exists and this content was not imported before).

    ``spooled`` (the bot): on a database server, records go through the local spool
    (bot/feedback/spool.py) and the store opens even while the server is down; the
    embedded SQLite database is a local file already and is written directly."""
    url = database_url(settings)
    limits = DatabaseLimits.from_settings(settings)
    options = dict(question_chars=settings.feedback_question_chars,
                   retention=timedelta(days=settings.feedback_retention_days))
    if spooled and url.get_backend_name() != "sqlite":
        from bot.feedback.spool import open_spooled

        store = open_spooled(url, spool_path(settings), limits=limits,
                             wait_seconds=settings.feedback_spool_wait, **options)
        if import_log:
            try:
                import_legacy_log(store, settings.feedback_log)
            except SQLAlchemyError as error:  # the database is down: the next start imports it
                log.warning("feedback: %s not imported now (%s); it is on the next start",
                            settings.feedback_log, getattr(error, "orig", None) or type(error).__name__)
        return store
    store = FeedbackStore.open(url, limits, **options)
    if import_log:
        import_legacy_log(store, settings.feedback_log)
    return store


def asked_questions(settings: Settings, limit: int) -> list[str]:
    """The most recent questions users asked, from the feedback store if there is one
    (a configured database, or the embedded one's file): none otherwise, and no database
    is created just to find that out."""
    if not feedback_store_exists(settings):
        return []
    store = open_store(settings, import_log=False)
    try:
        return store.asked_questions(limit)
    finally:
        store.close()


def import_legacy_log(store: FeedbackStore, path: Path) -> Optional[ImportResult]:
    """Import ``path`` if it exists (once per content; damaged lines are logged)."""
    if not Path(path).is_file():
        return None
    result = import_jsonl(store, path)
    if not result.already:
        log.info("feedback: %s", result.summary())
    return result

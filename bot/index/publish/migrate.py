"""The published-index schema: Alembic ``upgrade head`` on start-up, under an advisory lock.

A migration set of its own (its own version table), separate from the feedback store's, so
the two can live in one database or in two.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from bot.database_limits import DatabaseLimits, guard_engine

SCRIPT_LOCATION = "bot.index.publish:migrations"
VERSION_TABLE = "faqbot_index_alembic_version"
ADVISORY_LOCK_KEY = int.from_bytes(
    hashlib.sha256(b"faqbot index publish migrations").digest()[:8], "big", signed=True)


def upgrade(url: URL, limits: DatabaseLimits = DatabaseLimits()) -> None:
    """Bring the database to the newest schema; safe from many processes at once (the
    second migrator waits on the lock, then finds the schema at head). Statements get
    ``limits.for_migrations()``: minutes, yet a database that hangs still fails the call."""
    limits = limits.for_migrations()
    engine = sa.create_engine(url, hide_parameters=True, poolclass=NullPool, connect_args=limits.connect_args())
    guard_engine(engine, limits)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
            config = Config()
            config.set_main_option("script_location", SCRIPT_LOCATION)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return ScriptDirectory.from_config(config).get_current_head()

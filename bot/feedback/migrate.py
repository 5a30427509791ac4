"""Engines for the feedback store and its schema migrations (Alembic, ``upgrade head``).

Migrations ship inside the package (``bot/feedback/migrations``) and run on start-up.
Replicas starting at once must not race each other through them: on PostgreSQL the
upgrade runs under a transaction-scoped advisory lock, on SQLite under a write lock
taken up front (``BEGIN IMMEDIATE``); the second migrator then finds the schema at head
and does nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import NullPool
from tenacity import retry, retry_if_exception, stop_after_delay, wait_random

from bot.database_limits import DatabaseLimits, guard_engine

SCRIPT_LOCATION = "bot.feedback:migrations"
# Our own version table, so the store can share a database with another Alembic user.
VERSION_TABLE = "faqbot_feedback_alembic_version"
# pg_advisory_xact_lock takes a bigint: a fixed one derived from a name we own.
ADVISORY_LOCK_KEY = int.from_bytes(
    hashlib.sha256(b"faqbot feedback migrations").digest()[:8], "big", signed=True)
SQLITE_BUSY_SECONDS = 30


def create_engine(url: URL, limits: DatabaseLimits = DatabaseLimits()) -> Engine:
    """The engine the store writes through. SQLite waits on a locked file instead of
    failing, and runs in WAL mode so readers (a report) never block the bot's writes. A
    database server is called with ``limits`` (bot/database_limits.py)."""
    if url.get_backend_name() == "sqlite":
        _make_parent_dir(url)
        engine = sa.create_engine(url, hide_parameters=True,
                                  connect_args={"timeout": SQLITE_BUSY_SECONDS})
        sa.event.listen(engine, "connect", _sqlite_wal)
        return engine
    # hide_parameters: errors must not carry question text (personal data) into logs.
    engine = sa.create_engine(url, hide_parameters=True, pool_pre_ping=True,
                              pool_timeout=limits.pool, connect_args=limits.connect_args())
    guard_engine(engine, limits)
    return engine


def upgrade(url: URL, limits: DatabaseLimits = DatabaseLimits(), patient: bool = True,
            revision: str = "head") -> None:
    """Bring the database to the newest schema (or to ``revision``: an older schema, for
    testing a migration on rows made before it); safe to call from many processes at once.
    ``patient``: statements get ``limits.for_migrations()`` (minutes: an index over a large
    table, another replica's migration to wait for), else ``limits`` as they are."""
    engine = _migration_engine(url, limits.for_migrations() if patient else limits)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"),
                                   {"key": ADVISORY_LOCK_KEY})
            config = Config()
            config.set_main_option("script_location", SCRIPT_LOCATION)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def current_revision(connection: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return ScriptDirectory.from_config(config).get_current_head()


def _migration_engine(url: URL, limits: DatabaseLimits) -> Engine:
    if url.get_backend_name() != "sqlite":
        engine = sa.create_engine(url, hide_parameters=True, poolclass=NullPool,
                                  connect_args=limits.connect_args())
        guard_engine(engine, limits)
        return engine
    _make_parent_dir(url)
    engine = sa.create_engine(url, hide_parameters=True, poolclass=NullPool,
                              connect_args={"timeout": SQLITE_BUSY_SECONDS})

    # pysqlite's own transaction handling would start the transaction lazily and as a
    # reader; take the write lock first so two migrators serialise (SQLAlchemy's
    # documented recipe for explicit SQLite transactions).
    @sa.event.listens_for(engine, "connect")
    def _manual_transactions(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin_immediate(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _sqlite_wal(dbapi_connection, _record) -> None:
    """Put the file in WAL mode once (the mode is stored in the file).

    Switching the mode needs an exclusive lock, and SQLite may refuse it with "database is
    locked" at once, without waiting out the busy timeout, while another process holds the
    file (replicas starting together). So: only switch when the file is not WAL yet, and
    retry a refused switch for up to the busy timeout.
    """
    cursor = dbapi_connection.cursor()
    try:
        if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            _switch_to_wal(cursor)
    finally:
        cursor.close()


@retry(retry=retry_if_exception(lambda error: isinstance(error, sqlite3.OperationalError)
                                and "locked" in str(error)),
       stop=stop_after_delay(SQLITE_BUSY_SECONDS), wait=wait_random(0.01, 0.2), reraise=True)
def _switch_to_wal(cursor) -> None:
    cursor.execute("PRAGMA journal_mode=WAL")


def _make_parent_dir(url: URL) -> None:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)

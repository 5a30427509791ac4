"""Bounded database calls: connect, statement and pool-checkout timeouts, and a watchdog
for a server that stops answering in the middle of a call. Shared by the feedback store
(bot/feedback) and the published index (bot/index/publish: its engine, the writer-lock
session and the reader's LISTEN connection), all from the ``database_*_timeout`` settings.

The first three come from the driver, the server and the pool: libpq's
``connect_timeout``, PostgreSQL's ``statement_timeout`` (sent as a connection option) and
SQLAlchemy's ``pool_timeout``. None of them ends a call whose server, or a proxy in
front of it, keeps the TCP connection open and never answers: the server-side timeout
never runs, and the client waits on its socket for good. So a watchdog thread shuts down
the socket of any statement (or pool pre-ping) still running a grace period after the
statement timeout; the driver then fails the call with ``OperationalError`` and the pool
discards the connection.
"""

from __future__ import annotations

import itertools
import logging
from contextlib import contextmanager
import math
import os
import socket
import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Iterator, Optional

if TYPE_CHECKING:  # SQLAlchemy is imported only by processes that use a database
    from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

# After the server's own statement timeout: room for its cancellation to arrive first.
GRACE_SECONDS = 1.0
WATCH_INTERVAL = 0.2
LIBPQ_MIN_CONNECT_TIMEOUT = 2  # libpq treats 1 as 2
# A migration may build an index over a large table, or wait for another replica's
# migration (an advisory lock): its statements get minutes, not seconds.
MIGRATION_STATEMENT_SECONDS = 300.0


@dataclass(frozen=True)
class DatabaseLimits:
    """Seconds: to connect, per statement, to get a connection from the pool."""

    connect: float = 5.0
    statement: float = 5.0
    pool: float = 5.0

    @classmethod
    def from_settings(cls, settings) -> "DatabaseLimits":
        return cls(settings.database_connect_timeout, settings.database_statement_timeout,
                   settings.database_pool_timeout)

    def connect_args(self) -> dict[str, Any]:
        """psycopg / psycopg2 connection arguments (libpq parameters)."""
        return {"connect_timeout": max(LIBPQ_MIN_CONNECT_TIMEOUT, math.ceil(self.connect)),
                "options": f"-c statement_timeout={max(1, round(self.statement * 1000))}"}

    def for_migrations(self) -> "DatabaseLimits":
        return replace(self, statement=max(self.statement, MIGRATION_STATEMENT_SECONDS))

    @property
    def call_deadline(self) -> float:
        return self.statement + GRACE_SECONDS


def guard_engine(engine: "Engine", limits: DatabaseLimits) -> None:
    """Sever any statement or pre-ping of ``engine`` that outlives ``limits``."""
    import sqlalchemy as sa

    key = "faqbot_watchdog_token"

    def arm(conn, cursor, statement, parameters, context, executemany):
        conn.info[key] = WATCHDOG.arm(conn.connection.dbapi_connection, limits.call_deadline)

    def disarm(conn, *args):
        WATCHDOG.disarm(conn.info.pop(key, None))

    def disarm_failed(context):
        if context.connection is not None:
            WATCHDOG.disarm(context.connection.info.pop(key, None))

    sa.event.listen(engine, "before_cursor_execute", arm)
    sa.event.listen(engine, "after_cursor_execute", disarm)
    sa.event.listen(engine, "handle_error", disarm_failed)

    # The pool's pre-ping runs outside the statement events: bound it the same way.
    ping = engine.dialect.do_ping

    def guarded_ping(dbapi_connection) -> bool:
        token = WATCHDOG.arm(dbapi_connection, limits.call_deadline)
        try:
            return ping(dbapi_connection)
        finally:
            WATCHDOG.disarm(token)

    engine.dialect.do_ping = guarded_ping


@contextmanager
def bounded(dbapi_connection: Any, limits: DatabaseLimits) -> Iterator[None]:
    """Sever ``dbapi_connection`` (a psycopg connection of our own, outside any engine) if
    the calls inside this block outlive ``limits``: they then fail with ``OperationalError``."""
    token = WATCHDOG.arm(dbapi_connection, limits.call_deadline)
    try:
        yield
    finally:
        WATCHDOG.disarm(token)


class Watchdog:
    """One thread for the process, started at the first call it watches."""

    def __init__(self) -> None:
        self._calls: dict[int, tuple[float, Any]] = {}
        self._tokens = itertools.count(1)
        self._lock = threading.Lock()
        self._thread: Optional[threading.Thread] = None
        self.severed = 0

    def arm(self, dbapi_connection: Any, seconds: float) -> int:
        token = next(self._tokens)
        with self._lock:
            self._calls[token] = (time.monotonic() + seconds, dbapi_connection)
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="faqbot-db-watchdog",
                                                daemon=True)
                self._thread.start()
        return token

    def disarm(self, token: Optional[int]) -> None:
        if token is not None:
            with self._lock:
                self._calls.pop(token, None)

    def _watch(self) -> None:
        while True:
            time.sleep(WATCH_INTERVAL)
            now = time.monotonic()
            with self._lock:
                late = [(t, c) for t, (deadline, c) in self._calls.items() if deadline <= now]
                for token, _ in late:
                    del self._calls[token]
            for _, connection in late:
                self.severed += 1
                # INFO: the caller's failure is what operators see (one warning per outage).
                log.info("database: a call outlived its timeout, connection dropped")
                _sever(connection)


def _sever(dbapi_connection: Any) -> None:
    """Shut the connection's socket down under the blocked driver call (which then fails)."""
    try:
        pgconn = getattr(dbapi_connection, "pgconn", None)  # psycopg 3
        fd = pgconn.socket if pgconn is not None else dbapi_connection.fileno()  # psycopg2
        sock = socket.socket(fileno=os.dup(fd))
    except Exception:  # already closed: nothing is waiting on it
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


WATCHDOG = Watchdog()

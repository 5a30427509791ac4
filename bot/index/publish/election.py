"""The index writer lock across hosts: a PostgreSQL advisory lock on a session of its own.

``pg_try_advisory_lock`` is held by the database session, so the server drops it when the
session ends: the process exits or is killed, its host dies, or the network between them
breaks (the session asks the server for TCP keepalives, so a silent partition ends it in
well under a minute). Nothing has to expire by hand.

Holding the lock is not enough to publish safely: a writer paused for a long time, or cut
off, may still believe it holds the lock after the server has dropped it and another
process took over. So each process that takes the lock also claims the next **writer
epoch** (one row, incremented in the same session), and every publish checks, under a row
lock in its own transaction, that the epoch is still its own (bot/index/publish/store.py).
The takeover's increment waits for a publish in flight, and a publish after it is refused.

The session is also checked every few seconds; when it is gone, or hangs (the server, or
something between, acknowledges but never answers) past the ``database_*_timeout``
settings (bot/database_limits.py), the lock is reported lost (``on_lost``) and the process
stops acting as the writer: its epoch is dropped, so it publishes nothing more until it
takes the lock again under a new epoch.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from dataclasses import asdict
from typing import Callable, Optional

import psycopg
import sqlalchemy as sa

from bot.database_limits import DatabaseLimits, bounded
from bot.index.lock import IndexLockedError, LockHolder, wait_to_acquire
from bot.index.publish.store import check_url, libpq_conninfo

log = logging.getLogger(__name__)

LOCK_KEY = int.from_bytes(hashlib.sha256(b"faqbot index writer").digest()[:8], "big", signed=True)
HEARTBEAT_SECONDS = 5.0
# Server side: probe an idle writer session after 10 s, give up after 3 misses 5 s apart,
# so a writer host that vanishes without closing its connection loses the lock in ~25 s.
SERVER_KEEPALIVES = "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3"
CLAIM_EPOCH = """
INSERT INTO faqbot_index_writer (id, epoch, holder) VALUES (1, 1, %(holder)s)
ON CONFLICT (id) DO UPDATE SET epoch = faqbot_index_writer.epoch + 1, holder = EXCLUDED.holder, since = now()
RETURNING epoch
"""


class PublishedIndexLockedError(IndexLockedError):
    """Another process, on any host, is the writer of the published index."""

    def __init__(self, where: str, holder: Optional[LockHolder], waited: float) -> None:
        self.holder = holder
        who = holder.describe() if holder else "another process"
        RuntimeError.__init__(
            self, f"the index published through {where} is being written by {who} (after waiting "
            f"{waited:.0f} s): only one process writes it. Stop that process first, or raise "
            "FAQBOT_INDEX_LOCK_TIMEOUT to wait longer.")


class PgWriterLock:
    """Same interface as :class:`bot.index.lock.IndexWriterLock` (nesting count, thread
    safe), plus ``epoch``: the writer epoch claimed with the lock, None when not held."""

    def __init__(self, url: str, command: str = "faqbot", heartbeat: float = HEARTBEAT_SECONDS,
                 limits: DatabaseLimits = DatabaseLimits()) -> None:
        self.url = check_url(url)
        self.command = command
        self.heartbeat = heartbeat
        self.limits = limits
        self.epoch: Optional[int] = None
        self.on_lost: list[Callable[[str], None]] = []
        self._conninfo = libpq_conninfo(self.url)
        self._session: Optional[psycopg.Connection] = None
        self._count = 0
        self._mutex = threading.RLock()
        self._beat_stop = threading.Event()
        self._unreachable: Optional[str] = None
        self._schema_ready = False

    def where(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @property
    def held(self) -> bool:
        return self.epoch is not None

    def holder(self) -> Optional[LockHolder]:
        """Who claimed the writer epoch last (the writer, if one holds the lock now)."""
        try:
            with self._connect("faqbot index writer lookup") as connection, bounded(connection, self.limits):
                row = connection.execute("SELECT holder FROM faqbot_index_writer WHERE id = 1").fetchone()
        except psycopg.Error:
            return None
        return LockHolder.parse(row[0].encode("utf-8", "replace")) if row else None

    def try_acquire(self) -> bool:
        """Take the lock if it is free (or ours already) and claim the next epoch; never
        waits. A database that cannot be reached is "not now" (logged once), not an error."""
        with self._mutex:
            if self.epoch is not None:
                self._count += 1
                return True
            try:
                if not self._schema_ready:  # the epoch row's table: created on first use
                    from bot.index.publish.migrate import upgrade

                    upgrade(self.url, self.limits)
                    self._schema_ready = True
                if self._session is None or self._session.closed:
                    self._session = self._connect("faqbot index writer")
                with bounded(self._session, self.limits):
                    if not self._session.execute("SELECT pg_try_advisory_lock(%s)", (LOCK_KEY,)).fetchone()[0]:
                        return False
                    record = json.dumps(asdict(LockHolder.me(self.command)))
                    self.epoch = self._session.execute(CLAIM_EPOCH, {"holder": record}).fetchone()[0]
            except (psycopg.Error, sa.exc.SQLAlchemyError) as error:
                self._drop_session()
                if str(error) != self._unreachable:
                    log.warning("cannot reach the index database %s to take the writer lock: %s", self.where(), error)
                    self._unreachable = str(error)
                return False
            self._unreachable = None
            self._count = 1
            log.info("index writer lock taken through %s: writer epoch %d", self.where(), self.epoch)
            if self.heartbeat > 0:
                self._beat_stop.clear()
                threading.Thread(target=self._beat, args=(self.epoch,), name="index-writer-heartbeat",
                                 daemon=True).start()
            return True

    def acquire(self, timeout: float, on_wait: Optional[Callable[[Optional[LockHolder]], None]] = None,
                interval: float = 0.25) -> None:
        waited = wait_to_acquire(self, timeout, on_wait, interval)
        if waited is not None:
            raise PublishedIndexLockedError(self.where(), self.holder(), waited)

    def release(self) -> None:
        with self._mutex:
            if self.epoch is None:
                return
            self._count -= 1
            if self._count > 0:
                return
            self.epoch = None
            self._beat_stop.set()
            try:
                with bounded(self._session, self.limits):
                    self._session.execute("SELECT pg_advisory_unlock(%s)", (LOCK_KEY,))
            except psycopg.Error:
                pass  # the session is gone: so is the lock
            self._drop_session()

    def _connect(self, name: str) -> psycopg.Connection:
        """A session of its own, bounded like every database call (connect timeout and
        statement_timeout from ``limits``), with TCP keepalives both ways."""
        options = self.limits.connect_args()
        return psycopg.connect(self._conninfo, autocommit=True, application_name=name,
                               connect_timeout=options["connect_timeout"],
                               keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3,
                               options=f"{SERVER_KEEPALIVES} {options['options']}")

    def _drop_session(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            try:
                session.close()
            except psycopg.Error:
                pass

    def _beat(self, epoch: int) -> None:
        """Check the lock's session now and then; report the lock lost when it is gone."""
        while not self._beat_stop.wait(self.heartbeat):
            with self._mutex:
                if self.epoch != epoch:
                    return
                started = time.monotonic()
                try:
                    # A hung session fails here within the limit (the watchdog severs it).
                    with bounded(self._session, self.limits):
                        self._session.execute("SELECT 1")
                    continue
                except (psycopg.Error, AttributeError) as error:
                    if time.monotonic() - started >= self.limits.call_deadline:
                        reason = f"its database session did not answer within {self.limits.call_deadline:g} s"
                    else:
                        reason = f"its database session ended ({error.__class__.__name__}: {error})"
                    self.epoch, self._count = None, 0
                    self._drop_session()
            log.error("lost the index writer lock (epoch %d): %s", epoch, reason)
            for callback in list(self.on_lost):
                try:
                    callback(reason)
                except Exception:
                    log.exception("reacting to the lost index writer lock failed")
            return

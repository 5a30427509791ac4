"""The feedback spool: records wait in a local SQLite file until the database takes them.

``faqbot serve`` on a database server records through it, so the database is never on
the answer path and an outage loses nothing:

- the ``record_*`` call hands the record to one writer thread, which appends it to the
  spool file (WAL, ``synchronous=FULL``: it survives a crash once written), in the order
  recorded (what was queued and not yet written is lost only if the process is
  killed). A question's outcome is not waited for (the answer is posted meanwhile); a
  vote is, for up to ``feedback_spool_wait`` seconds, since the user is thanked only for
  a vote that is written;
- a replay thread (bot/feedback/replay.py) moves spooled records into the database in
  order, oldest first, as soon as they are spooled and again after an outage or a
  restart. Each record carries a unique ``record_id`` and is inserted with
  ``ON CONFLICT DO NOTHING``, so a record replayed twice (a crash between the database's
  commit and the spool's delete, or two replicas sharing one spool file) is stored once.
  A record the database refuses as data is moved to the spool's ``rejected`` table.

The spool is local to the replica that wrote it (a file beside the feedback log, or
``feedback_spool_path``); its records reach the database from that replica, or from
any replica started on the same file.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import queue
import sqlite3
import threading
import time
import weakref
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from bot.feedback import migrate
from bot.database_limits import DatabaseLimits
from bot.feedback.store import FeedbackNotRecorded, FeedbackStore
from bot.health import HEALTH
from bot.metrics import METRICS, Metrics

log = logging.getLogger(__name__)

SPOOL_BUSY_SECONDS = 5.0
# Records handed to the writer and not yet in the file; beyond this a write is refused
# (counted and logged) rather than letting memory grow while the disk is stuck.
MAX_QUEUED = 10_000
APPEND_BATCH = 500  # records queued during one append go into the next one together


class Spool:
    """The spool file: an append-only queue of JSON records with a sequence number."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._create()
        except (OSError, sqlite3.Error) as error:  # a setting to fix before serving
            raise ValueError(f"feedback spool {self.path} cannot be written ({error}): "
                             "set FAQBOT_FEEDBACK_SPOOL_PATH to a writable local file") from None

    def _create(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Question text and user ids: readable by this user only (SQLite gives its -wal
        # and -shm files the database file's permissions).
        os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        with closing(self._connect()) as connection:
            connection.execute(
                "CREATE TABLE IF NOT EXISTS spooled ("
                " seq INTEGER PRIMARY KEY AUTOINCREMENT,"  # never reused: order of appends
                " record_id TEXT NOT NULL UNIQUE,"
                " spooled_at REAL NOT NULL,"
                " record TEXT NOT NULL)")
            # Records the database refused as data (never a connection problem): kept here
            # for a person to look at, so one bad record never blocks those behind it.
            connection.execute(
                "CREATE TABLE IF NOT EXISTS rejected ("
                " record_id TEXT PRIMARY KEY, rejected_at REAL NOT NULL, reason TEXT NOT NULL,"
                " record TEXT NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        # A short-lived connection per call: used from the writer, the replayer and scrapes.
        connection = sqlite3.connect(self.path, timeout=SPOOL_BUSY_SECONDS, isolation_level=None)
        if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")  # a spooled record survives power loss
        return connection

    def append(self, records: list[dict]) -> None:
        """Append in order; a record_id already spooled is not added again."""
        now = time.time()
        rows = [(r["record_id"], now, json.dumps(_plain(r), ensure_ascii=False)) for r in records]
        with closing(self._connect()) as connection:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                connection.executemany(
                    "INSERT OR IGNORE INTO spooled (record_id, spooled_at, record) VALUES (?, ?, ?)",
                    rows)

    def oldest(self, limit: int) -> list[tuple[int, dict]]:
        """The first ``limit`` records, oldest first, with their sequence numbers."""
        with closing(self._connect()) as connection:
            rows = connection.execute(
                "SELECT seq, record FROM spooled ORDER BY seq LIMIT ?", (limit,)).fetchall()
        return [(seq, _restored(json.loads(record))) for seq, record in rows]

    def remove_through(self, seq: int) -> None:
        """Forget every record up to ``seq`` (replayed). Appends always get a higher seq."""
        with closing(self._connect()) as connection:
            connection.execute("DELETE FROM spooled WHERE seq <= ?", (seq,))

    def reject(self, seq: int, reason: str) -> None:
        """Move the record ``seq`` to the ``rejected`` table (the database refused it)."""
        with closing(self._connect()) as connection:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute(
                    "INSERT OR REPLACE INTO rejected (record_id, rejected_at, reason, record) "
                    "SELECT record_id, ?, ?, record FROM spooled WHERE seq = ?",
                    (time.time(), reason, seq))
                connection.execute("DELETE FROM spooled WHERE seq = ?", (seq,))

    def forget_rejected(self, older_than: float) -> int:
        """Delete rejected records set aside more than ``older_than`` seconds ago (they hold
        personal data, which the retention period bounds)."""
        with closing(self._connect()) as connection:
            return connection.execute("DELETE FROM rejected WHERE rejected_at < ?",
                                      (time.time() - older_than,)).rowcount

    def rejected(self) -> list[tuple[str, str]]:
        """(record_id, reason) of every record the database refused."""
        with closing(self._connect()) as connection:
            return connection.execute(
                "SELECT record_id, reason FROM rejected ORDER BY rejected_at").fetchall()

    def depth(self) -> int:
        with closing(self._connect()) as connection:
            return connection.execute("SELECT count(*) FROM spooled").fetchone()[0]

    def oldest_age(self) -> float:
        """Seconds the oldest spooled record has waited (0 when the spool is empty)."""
        with closing(self._connect()) as connection:
            oldest = connection.execute("SELECT min(spooled_at) FROM spooled").fetchone()[0]
        return 0.0 if oldest is None else max(0.0, time.time() - oldest)


class SpooledWriter:
    """Appends a store's records to the spool on one thread (so in order, a burst in one
    transaction), and wakes the replayer after each append.

    A daemon thread and a queue rather than a concurrent.futures pool: such a pool stops
    taking work once the interpreter starts shutting down, while listener threads that
    finish their last answers at a SIGTERM still record; ``close()`` (also at exit) writes
    everything queued before the process ends."""

    def __init__(self, spool: Spool, replayer, wait_seconds: float,
                 metrics: Metrics = METRICS) -> None:
        self.spool = spool
        self.replayer = replayer
        self.wait_seconds = wait_seconds
        self.metrics = metrics
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="faqbot-feedback-spool", daemon=True)
        self._thread.start()

    def write(self, event: dict, *, wait: bool) -> None:
        """Queue ``event`` for the spool; ``wait``: until it is written there, or raise
        :class:`FeedbackNotRecorded` after ``wait_seconds``."""
        written: Future = Future()
        with self._lock:
            refused = "spool closed" if self._closed else (
                "spool writer backlog full" if self._queue.qsize() >= MAX_QUEUED else None)
            if refused is None:
                self._queue.put((event, written))
        if refused is not None:
            self._failed(refused)
            if wait:
                raise FeedbackNotRecorded(f"the feedback spool is not taking records ({refused})")
            return
        if not wait:
            return
        try:
            written.result(timeout=self.wait_seconds)
        except FutureTimeout:
            raise FeedbackNotRecorded(f"not spooled within {self.wait_seconds:g} s") from None
        except Exception as error:
            raise FeedbackNotRecorded(f"not spooled: {type(error).__name__}") from None

    def _run(self) -> None:
        last = False
        while not last:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < APPEND_BATCH:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    last = True
                    break
                batch.append(item)
            try:
                self.spool.append([event for event, _ in batch])
            except Exception as error:
                self._failed(f"{type(error).__name__}: {error}", len(batch))
                for _, written in batch:
                    written.set_exception(error)
                continue
            for _, written in batch:
                written.set_result(None)
            self.replayer.wake()

    def _failed(self, why: str, records: int = 1) -> None:
        self.metrics.count_feedback_write_failure("spool", records)
        log.error("%d feedback record(s) not spooled (%s): lost", records, why)

    def status(self) -> dict:
        """For readiness reports: the database as the replayer last found it, and the spool."""
        status = {"database": "failing" if self.replayer.failing else
                  "ok" if self.replayer.prepared else "unknown",
                  "spool": str(self.spool.path)}
        try:
            status.update(spool_depth=self.spool.depth(),
                          spool_oldest_age_seconds=round(self.spool.oldest_age(), 1))
        except sqlite3.Error as error:
            status["spool_error"] = type(error).__name__
        return status

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued (waiting up to ``timeout`` for a stuck disk), stop replaying."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._queue.put(None)
        self._thread.join(timeout)
        self.replayer.stop()


_OPEN: "weakref.WeakSet[SpooledWriter]" = weakref.WeakSet()


@atexit.register
def close_all() -> None:
    """Close every spooled writer of this process: an exiting process spools what it was
    handed (run at exit; tests call it to end the stores their apps opened)."""
    for writer in list(_OPEN):
        writer.close()


def default_spool_path(feedback_log: Path) -> Path:
    """Beside the feedback log: faqbot-feedback.jsonl → faqbot-feedback.spool.db."""
    return Path(feedback_log).with_suffix(".spool.db")


def open_spooled(url: URL, spool_path: Path, *, limits: DatabaseLimits = DatabaseLimits(),
                 wait_seconds: float = 2.0, metrics: Metrics = METRICS,
                 **options) -> FeedbackStore:
    """A store that records through the spool at ``spool_path`` into the database at
    ``url``. Opens without the database: migrations, retention and the replay of what
    earlier runs spooled happen in the background once it answers."""
    from bot.feedback.replay import Replayer

    store = FeedbackStore(migrate.create_engine(url, limits), **options)
    spool = Spool(spool_path)

    # Migrations once per process, before the first replay; retention after replays
    # (first due at once), so a slow retention update never holds the replay up.
    def retention() -> None:
        store.erase_expired_if_due()
        spool.forget_rejected(store.retention.total_seconds())

    replayer = Replayer(spool, store.engine, prepare=lambda: migrate.upgrade(url, limits),
                        after=retention,
                        where=url.render_as_string(hide_password=True), metrics=metrics)
    store.spooler = SpooledWriter(spool, replayer, wait_seconds, metrics)
    metrics.watch_feedback_spool(spool.depth, spool.oldest_age)
    _OPEN.add(store.spooler)
    # Reported by /readyz, never required: the bot answers, and spools, without the database.
    HEALTH.register("feedback", lambda: _readiness(store.spooler.status()))
    log.info("feedback store: %s, spooled through %s", url.render_as_string(hide_password=True),
             spool_path)
    # Migrations at start, as without a spool, when the database answers at once (a
    # statement of seconds, not a migration's minutes: start-up never waits long);
    # otherwise one warning, and the replayer migrates in the background.
    replayer.prepare_now(lambda: migrate.upgrade(url, limits, patient=False))
    replayer.start()
    return store


def _readiness(status: dict) -> tuple[bool, dict]:
    return status["database"] != "failing" and "spool_error" not in status, status


def _plain(event: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in event.items()}


def _restored(record: dict) -> dict:
    record["time"] = datetime.fromisoformat(record["time"])
    return record

"""Replaying the spool into the feedback database, in order and each record once.

One thread per spooled store. It drains the spool whenever a record is appended, and
retries with backoff (1 s doubling to 30 s) while the database fails, warning once per
outage. A replay moves a batch in one transaction (``write_events``: ``ON CONFLICT
(record_id) DO NOTHING``), then deletes that batch from the spool: a crash between the
two replays the batch again, and nothing is stored twice. Processes sharing one spool
file take turns through a lock file beside it, so records still arrive in order.
"""

from __future__ import annotations

import fcntl
import logging
import threading
from pathlib import Path
from typing import Callable, Optional

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from bot.feedback.store import write_events
from bot.metrics import METRICS, Metrics

log = logging.getLogger(__name__)

BATCH = 200
FIRST_RETRY = 1.0
MAX_RETRY = 30.0
# What the database says about a record itself (a value it cannot store), as opposed to
# the database being unreachable or slow (OperationalError: retried, the records wait).
REFUSED_AS_DATA = (DataError, IntegrityError)
IDLE_CHECK = 60.0  # a spool filled by another process sharing the file is drained this often


class Replayer:
    def __init__(self, spool, engine: Engine, *, prepare: Callable[[], None],
                 after: Callable[[], object], where: str, metrics: Metrics = METRICS) -> None:
        self.spool = spool
        self.engine = engine
        self.prepare = prepare    # migrations, before the first replay
        self.after = after        # retention (when due), after each drain
        self.where = where        # the database, password hidden, for log lines
        self.metrics = metrics
        self.prepared = False
        self.failing = False
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="faqbot-feedback-replay", daemon=True)

    def start(self) -> None:
        self._wake.set()  # what earlier runs spooled is replayed at once
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def prepare_now(self, prepare: Optional[Callable[[], None]] = None) -> None:
        """Migrate now (with ``prepare`` instead, if given); a failure is reported, not raised."""
        try:
            (prepare or self.prepare)()
            self.prepared = True
        except SQLAlchemyError as error:
            self._failed(error)

    def drain(self) -> int:
        """Replay everything spooled now, oldest first; 0 if another process is at it.
        Raises SQLAlchemyError when the database fails (the rest stays spooled)."""
        with _ReplayLock(self.spool.path) as mine:
            if not mine:
                return 0
            if not self.prepared:
                self.prepare()
                self.prepared = True
            replayed = 0
            while not self._stop.is_set():
                batch = self.spool.oldest(BATCH)
                if not batch:
                    break
                try:
                    with self.engine.begin() as connection:
                        new = write_events(connection, [record for _, record in batch])
                except REFUSED_AS_DATA:
                    replayed += self._one_by_one(batch)
                    continue
                self.spool.remove_through(batch[-1][0])  # after the commit: at-least-once, stored once
                self.metrics.count_feedback_replayed(new, len(batch) - new)
                replayed += len(batch)
        self._apply_retention()
        return replayed

    def _one_by_one(self, batch: list[tuple[int, dict]]) -> int:
        """The database refused a batch as data: replay it record by record, and set aside
        (``Spool.reject``) the ones it refuses, so the rest are not held up for good."""
        for seq, record in batch:
            try:
                with self.engine.begin() as connection:
                    new = write_events(connection, [record])
            except REFUSED_AS_DATA as error:
                reason = str(getattr(error, "orig", None) or type(error).__name__).strip()
                self.spool.reject(seq, reason[:500])
                self.metrics.count_feedback_write_failure("replay")
                # Class and SQLSTATE only: the driver's message may quote the record's values.
                log.error("feedback record %s refused by the database (%s, SQLSTATE %s): kept "
                          "aside in %s, table rejected", record.get("record_id"),
                          type(error).__name__, getattr(error.orig, "sqlstate", None),
                          self.spool.path)
                continue
            self.spool.remove_through(seq)
            self.metrics.count_feedback_replayed(new, 1 - new)
        return len(batch)

    def _apply_retention(self) -> None:
        try:
            self.after()
        except SQLAlchemyError as error:  # the records are in; retention is retried later
            log.warning("feedback retention not applied now: %s",
                        getattr(error, "orig", None) or type(error).__name__)

    def _run(self) -> None:
        delay = FIRST_RETRY
        while not self._stop.is_set():
            if self.failing:  # new records do not hurry a retry against a failing database
                self._stop.wait(delay)
            else:
                self._wake.wait(IDLE_CHECK)
            self._wake.clear()
            if self._stop.is_set():
                return
            try:
                replayed = self.drain()
            except SQLAlchemyError as error:
                self._failed(error)
                delay = min(MAX_RETRY, max(FIRST_RETRY, delay * 2))
                continue
            except Exception:  # a damaged spool must not end replays for good
                log.exception("feedback replay failed")
                self.metrics.count_feedback_write_failure("replay")
                delay = MAX_RETRY
                continue
            if self.failing:
                log.warning("feedback database %s answers again: %d spooled records replayed",
                            self.where, replayed)
                self.failing = False
            delay = 0.0

    def _failed(self, error: SQLAlchemyError) -> None:
        self.metrics.count_feedback_write_failure("database")
        if self.failing:
            return
        self.failing = True
        # The driver's own reason (host, port), never the URL's password or a statement.
        reason = getattr(error, "orig", None) or type(error).__name__
        log.warning("feedback database %s not available (%s): feedback is kept in the spool %s "
                    "and replayed when it answers", self.where, str(reason).strip(), self.spool.path)


class _ReplayLock:
    """An exclusive, non-blocking lock on ``<spool>.replay-lock``: one replayer per spool file."""

    def __init__(self, spool_path: Path) -> None:
        self.path = Path(str(spool_path) + ".replay-lock")
        self.handle = None

    def __enter__(self) -> bool:
        self.handle = open(self.path, "a")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def __exit__(self, *exc) -> None:
        self.handle.close()  # releases the lock

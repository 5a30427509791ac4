"""A reader's live reload when the index is published through PostgreSQL (bot/index/publish).

The counterpart of bot/watch.py's ``IndexFollower`` for replicas on other hosts: instead
of watching a shared folder's ``CURRENT``, it ``LISTEN``s for the writer's announcement
and also asks for the newest generation every ``interval`` seconds (a notification is
lost while the listening connection is down). A generation it lacks is downloaded into
this process's own index folder, checked, made live there, and swapped in with
``FaqService.refresh()``. One that fails its checks is logged and not tried again for a
while (unless a newer one appears); the served generation stays.

``take_over`` (the ``auto`` role) is asked on every wake-up, as by ``IndexFollower``.

A database that hangs (acknowledges, never answers) stalls nothing for longer than the
``database_*_timeout`` settings (bot/database_limits.py): the poll fails within them, and
the listening connection, which would otherwise wait for notifications that can never
come, is checked before each wait and opened again once the database answers.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable, Optional

import psycopg

from bot.database_limits import bounded
from bot.index.publish.store import CHANNEL, PublishedCorruptError, libpq_conninfo
from bot.index.storage import IndexCorruptError, IndexMismatchError
from bot.service import FaqService

log = logging.getLogger(__name__)
REFUSED_RETRY_SECONDS = 60.0


class PublishedIndexFollower:
    def __init__(self, service: FaqService, interval: float = 1.0,
                 take_over: Optional[Callable[[], bool]] = None) -> None:
        if service.publication is None:
            raise ValueError("PublishedIndexFollower needs index_publish_url")
        self.service = service
        self.publication = service.publication
        self.interval = interval
        self.take_over = take_over
        self._stopping = threading.Event()
        self._listener: Optional[psycopg.Connection] = None
        self._failed: Optional[str] = None
        self._take_over_failed: Optional[str] = None
        self._refused: dict[str, float] = {}  # generation -> when its download was refused
        self._worker = threading.Thread(target=self._run, name="published-index-follower", daemon=True)

    def start(self) -> "PublishedIndexFollower":
        self._worker.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if threading.current_thread() is not self._worker:
            self._worker.join(timeout=30)

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                self._follow_once()
                if self.take_over is not None and self._take_over():
                    return
                self._wait()
        finally:
            self._close_listener()

    # -- waiting: a notification, or the poll interval --------------------------------
    def _wait(self) -> None:
        listener = self._listen()
        if listener is None:
            self._stopping.wait(self.interval)
            return
        # In slices of at most a second, so stop() is prompt; the database is asked only when
        # a notification arrives or the interval is over.
        deadline = time.monotonic() + self.interval
        try:
            while not self._stopping.is_set() and (left := deadline - time.monotonic()) > 0:
                if any(True for _ in listener.notifies(timeout=min(1.0, left), stop_after=1)):
                    return
        except psycopg.Error as error:
            log.info("index announcements interrupted (%s); polling meanwhile", error.__class__.__name__)
            self._close_listener()
            # Follow again soon (an announcement may have been missed), then listen anew.
            self._stopping.wait(min(self.interval, 1.0))

    def _listen(self) -> Optional[psycopg.Connection]:
        """The listening connection, opened if needed; an open one must answer a ping within
        the limits first (a hung one would wait for good: it is closed and opened again)."""
        limits = self.publication.store.limits
        if self._listener is not None and not self._listener.closed:
            try:
                with bounded(self._listener, limits):
                    self._listener.execute("SELECT 1")
                return self._listener
            except psycopg.Error:
                self._close_listener()
                return None  # poll this time; the next wait opens a new one
        try:
            options = limits.connect_args()
            self._listener = psycopg.connect(libpq_conninfo(self.publication.store.url), autocommit=True,
                                             connect_timeout=options["connect_timeout"],
                                             options=options["options"], application_name="faqbot index follower",
                                             keepalives=1, keepalives_idle=30)
            with bounded(self._listener, limits):
                self._listener.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error:
            self._close_listener()
        return self._listener

    def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.close()
            except psycopg.Error:
                pass

    # -- following -------------------------------------------------------------
    def _follow_once(self) -> None:
        try:
            self.publication.ensure_schema()
            latest = self.publication.store.latest()
            if latest is None or latest.name == self.service.serving_generation:
                return
            refused_at = self._refused.get(latest.name)
            if refused_at is not None and time.monotonic() - refused_at < REFUSED_RETRY_SECONDS:
                return
            try:
                self.publication.catch_up()
            except PublishedCorruptError:
                self._refused[latest.name] = time.monotonic()
                raise
            generation = self.service.refresh()
        except (IndexCorruptError, IndexMismatchError, OSError) as error:
            self._say_once(f"not swapping in the index writer's new generation: {error}")
            return
        except Exception as error:  # noqa: BLE001 - a database down: keep serving, keep trying
            self._close_listener()  # most likely down or hung as well: open it again afterwards
            self._say_once(f"cannot follow the published index ({error.__class__.__name__}: {error}); "
                           "still serving the previous generation")
            return
        if generation is not None:
            self._failed = None
            log.info("now serving index generation %s (published by the index writer)", generation)

    def _say_once(self, message: str) -> None:
        if message != self._failed:
            log.warning("%s", message)
            self._failed = message

    def _take_over(self) -> bool:
        try:
            return self.take_over()
        except Exception as error:  # keep following, retry later
            if str(error) != self._take_over_failed:
                log.error("cannot take over the index writer role (%s); still reading", error)
                self._take_over_failed = str(error)
            return False

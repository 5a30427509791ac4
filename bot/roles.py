"""Index roles: exactly one process embeds FAQ changes and writes index generations, any
number of processes read them.

- **writer** holds the index writer lock (bot/index/lock.py) for as long as it runs,
  watches the FAQ folder and re-indexes (bot/watch.py ``FaqFolderWatcher``). It is
  ``faqbot watch``, or a ``faqbot serve`` in the ``writer`` role (or ``auto``, first).
- **reader** never embeds FAQ text and never writes: it follows the writer's ``CURRENT``
  pointer and swaps each new generation in (``IndexFollower``). Started before any
  index exists, it waits for the writer's first generation.
- **auto** (the default) becomes the writer if the lock is free, else reads and keeps
  trying the lock, so when the writer dies one ``auto`` replica takes over.

All replicas of one deployment must share the embedding settings: the index records
them, and a reader refuses generations made with another setup.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Callable, Optional

from bot.config import Settings
from bot.embeddings.errors import EmbeddingServiceError
from bot.faq.git_source import GitPoller, GitSourceError
from bot.index.builder import BuildReport
from bot.index.lock import LockHolder
from bot.index.storage import IndexCorruptError, IndexMissingError
from bot.service import FaqService
from bot.watch import FaqFolderWatcher, IndexFollower

log = logging.getLogger(__name__)
WAITING_REMINDER_SECONDS = 30.0


class IndexRole:
    """Runs ``service`` in its index role and switches an ``auto`` reader to writer.

    ``start()`` returns once the process serves an index: a writer after loading (or
    building) it, a reader once the writer's first generation is there.
    """

    def __init__(self, service: FaqService, settings: Settings,
                 on_reload: Optional[Callable[[BuildReport], None]] = None,
                 role: Optional[str] = None, command: str = "faqbot serve") -> None:
        self.service = service
        self.settings = settings
        self.on_reload = on_reload
        self.role = role or settings.index_role
        service.writer_lock.command = f"{command}, role {self.role}"
        self.watcher: Optional[FaqFolderWatcher] = None
        self.git_poller: Optional[GitPoller] = None  # the writer's, with faq_git_url
        self.follower: Optional[IndexFollower] = None
        self._stopping = threading.Event()
        self._switch = threading.Lock()
        self._demoted = False  # lost the writer lock: read, and take it again when free
        if hasattr(service.writer_lock, "on_lost"):  # the PostgreSQL lock can be lost (bot/index/publish)
            service.writer_lock.on_lost.append(self._writer_lock_lost)

    @property
    def is_writer(self) -> bool:
        return self.watcher is not None

    # -- lifecycle ----------------------------------------------------------
    def start(self) -> "IndexRole":
        lock = self.service.writer_lock
        if self.role == "writer":
            lock.acquire(self.settings.index_lock_timeout, on_wait=self._say_waiting_for_lock)
        if self.role == "writer" or (self.role == "auto" and lock.try_acquire()):
            try:
                self._become_writer(warm_up=True)
            except BaseException:
                lock.release()
                raise
        else:
            self._become_reader()
            self._wait_until_serving()
        return self

    def stop(self) -> None:
        self._stopping.set()
        follower = self.follower
        if follower is not None:
            follower.stop()  # joins its thread: a takeover under way finishes first
        with self._switch:
            if self.watcher is not None:
                self._stop_git_poller()
                self.watcher.stop()
                self.watcher = None
                self.service.writer_lock.release()

    def __enter__(self) -> "IndexRole":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- writer ---------------------------------------------------------------
    def _become_writer(self, warm_up: bool) -> None:
        """With the lock held: serve (building if need be) and re-index on FAQ changes."""
        self.service.read_only = False
        log.info("index writer for %s (pid %d): embedding FAQ changes from %s",
                 self.settings.index_dir, os.getpid(), self.settings.faq_dir)
        self._update_git_clone()  # before loading: the index is built from the branch as it is
        if warm_up:
            try:
                self.service.load()  # builds a missing index; refuses one of another setup
            except EmbeddingServiceError as error:
                log.warning("embedding server not ready, starting anyway: %s", error)
        # The catch-up reload picks up FAQ edits made while no writer was running.
        self.watcher = FaqFolderWatcher(self.service, self.on_reload,
                                        debounce=self.settings.reload_debounce_seconds,
                                        reload_at_start=True).start()
        if self.service.git_source is not None:
            self.git_poller = GitPoller(self.service.git_source, self.settings.faq_git_poll_seconds).start()

    def _update_git_clone(self) -> None:
        """With faq_git_url: clone into an empty faq_dir (a writer on a new host), then catch
        up with the branch. An origin that cannot be reached leaves the clone as it is."""
        source = self.service.git_source
        if source is None:
            return
        source.ensure_clone()  # raises when it cannot: there would be no FAQ to serve
        try:
            source.sync()
        except GitSourceError as error:
            log.warning("%s; serving the FAQ clone as it is", error)

    def _stop_git_poller(self) -> None:
        poller, self.git_poller = self.git_poller, None
        if poller is not None:
            poller.stop()

    def _writer_lock_lost(self, reason: str) -> None:
        """The writer's database session ended (network cut, database restart): another
        process may be the writer already, and this one's publishes are refused anyway.
        Stop re-indexing and follow as a reader, taking the lock again when it is free."""
        with self._switch:
            watcher = self.watcher
            if watcher is None or self._stopping.is_set():
                return
            self.watcher = None
            self._demoted = True
        log.error("no longer the index writer (%s): serving as a reader until the writer lock is free",
                  reason)
        self._stop_git_poller()
        watcher.stop()
        self._become_reader()

    def _say_waiting_for_lock(self, holder: Optional[LockHolder]) -> None:
        log.warning("waiting up to %g s to become the index writer of %s: held by %s",
                    self.settings.index_lock_timeout, self.settings.index_dir,
                    holder.describe() if holder else "another process")

    # -- reader ---------------------------------------------------------------
    def _become_reader(self) -> None:
        self.service.read_only = True
        holder = self.service.writer_lock.holder()
        writer = holder.describe() if holder else "none yet"
        log.info("index reader of %s (role %s; writer: %s)%s", self.settings.index_dir, self.role,
                 writer, "; taking over if the writer stops" if self.role == "auto" else "")
        try:
            self.service.load()  # read-only: never builds
        except IndexMissingError:
            log.warning("no index in %s yet: waiting for the index writer (%s) to write its first "
                        "generation", self.settings.index_dir, writer)
        except IndexCorruptError as error:
            log.warning("%s: waiting for the index writer to write a good generation", error)
        take_over = self._take_over if self.role == "auto" or self._demoted else None
        follower = IndexFollower
        if self.service.publication is not None:  # the writer may be on another host
            from bot.published_follower import PublishedIndexFollower as follower
        self.follower = follower(self.service, self.settings.index_poll_seconds, take_over=take_over).start()

    def _take_over(self) -> bool:
        """Called by the follower on each wake-up: become the writer if the lock is free."""
        if self._stopping.is_set() or not self.service.writer_lock.try_acquire():
            return False
        with self._switch:
            if self._stopping.is_set():
                self.service.writer_lock.release()
                return False
            log.warning("the index writer of %s is gone: this process (pid %d) takes over",
                        self.settings.index_dir, os.getpid())
            try:
                self._become_writer(warm_up=False)
            except Exception:
                self.service.read_only = True
                self.service.writer_lock.release()
                raise
            self.follower = None  # it stops itself once this returns True
        return True

    def _wait_until_serving(self) -> None:
        """Block until some generation is served (the writer's first, or our own after a takeover)."""
        waited = 0.0
        while not self._stopping.is_set() and self.service.serving_generation is None:
            self._stopping.wait(0.2)
            waited += 0.2
            if waited >= WAITING_REMINDER_SECONDS:
                log.warning("still waiting for the index writer's first generation in %s",
                            self.settings.index_dir)
                waited = 0.0

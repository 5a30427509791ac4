"""What one process does with the published index: publish what it writes while it holds
the writer lock, catch up with what the writer published otherwise (bot/index/publish)."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import sqlalchemy as sa

from bot.database_limits import DatabaseLimits
from bot.index.lock import IndexLockedError, IndexWriterLock, LockHolder
from bot.index.publish.store import FencedError, FetchReport, GenerationStore, PublishReport
from bot.index.storage import current_generation

log = logging.getLogger(__name__)
RETRY_SECONDS = 5.0


class IndexFolderInUseError(IndexLockedError):
    """Another process uses this index folder while the index is published through PostgreSQL
    (an IndexLockedError, so commands report it as they report a held writer lock)."""

    def __init__(self, message: str, holder: Optional[LockHolder]) -> None:
        RuntimeError.__init__(self, message)
        self.holder = holder


class Publication:
    """What a process does with the published index: publish what it writes while it
    holds the writer lock, and catch up with what the writer published otherwise."""

    def __init__(self, store: GenerationStore, lock, index_dir: Path, keep: int) -> None:
        self.store = store
        self.lock = lock
        self.index_dir = Path(index_dir)
        self._own_folder()
        self.keep = keep
        self.pending: Optional[str] = None  # written here, not published yet (database down)
        self._mutex = threading.Lock()
        self._retrying = False
        self._schema_ready = False

    def ensure_schema(self) -> None:
        """Create or upgrade the tables once per process (first use: the database may be
        down when the process starts)."""
        if not self._schema_ready:
            self.store.upgrade()
            self._schema_ready = True

    def _own_folder(self) -> None:
        """Take the index folder for this process alone (its flock, held until exit).

        Downloads land in the folder and move its ``CURRENT``; a second process doing the
        same, or writing there, could move it back to an older generation. So with
        publishing, every process has an index folder of its own: a cache of the published
        generations, which any empty folder can be."""
        self._owner = IndexWriterLock(self.index_dir, command="faqbot (index_publish_url)")
        if not self._owner.try_acquire():
            holder = self._owner.holder()
            raise IndexFolderInUseError(
                f"{self.index_dir} is in use by {holder.describe() if holder else 'another process'}: with "
                "index_publish_url every process keeps its own index_dir (a cache of the published "
                "generations, any empty folder will do); give this one another folder", holder)

    @classmethod
    def open(cls, url: str, lock, index_dir: Path, keep: int,
             limits: DatabaseLimits = DatabaseLimits()) -> "Publication":
        return cls(GenerationStore(url, limits), lock, index_dir, keep)

    def publish(self, generation: str) -> Optional[PublishReport]:
        """Publish ``generation`` (a folder in the index folder) if this process holds the
        writer lock. A refused (fenced) publish is logged and dropped; one the database
        could not take is retried every few seconds until it is published or superseded."""
        if not self.lock.held:
            return None
        with self._mutex:
            try:
                self.ensure_schema()
                report = self.store.publish(self.index_dir / generation, self.lock.epoch, self._writer_name())
            except FencedError as refused:
                self.pending = None
                log.error("%s", refused)
                return None
            except (sa.exc.SQLAlchemyError, OSError) as error:
                self.pending = generation
                # Once per outage: the retries that fail too are not news.
                log.log(logging.DEBUG if self._retrying else logging.ERROR,
                        "could not publish index generation %s to %s (%s); serving it here and retrying",
                        generation, self.store.describe(), error.__class__.__name__)
                self._retry_later()
                return None
            self.pending = None
        if not report.already:
            log.info("published index generation %s (seq %d): %.1f MB, %.1f MB of it new in %d chunks, %.2f s",
                     report.generation, report.seq, report.bytes / 1e6, report.new_bytes / 1e6,
                     report.new_chunks, report.seconds)
            self._prune()
        return report

    def _prune(self) -> None:
        try:
            dropped = self.store.prune(self.keep, self.lock.epoch)
        except (FencedError, sa.exc.SQLAlchemyError) as error:
            log.warning("not pruning published generations: %s", error)
            return
        if dropped:
            log.info("pruned published generations %s (keeping the last %d)", ", ".join(dropped), self.keep)

    def _retry_later(self) -> None:
        if self._retrying:
            return
        self._retrying = True

        def retry() -> None:
            stop = threading.Event()
            while not stop.wait(RETRY_SECONDS):
                generation = self.pending
                if generation is None or not self.lock.held:
                    break
                live = _live(self.index_dir)
                self.publish(live or generation)
            self._retrying = False

        threading.Thread(target=retry, name="index-publish-retry", daemon=True).start()

    def catch_up(self) -> Optional[FetchReport]:
        """Download and make live the newest published generation if it is not the one
        here. Not while a generation written here waits to be published (it is newer)."""
        if self.pending is not None:
            return None
        self.ensure_schema()
        report = self.store.fetch(self.index_dir)
        if report is not None:
            log.info("downloaded index generation %s (seq %d): %.1f MB, %.1f MB downloaded, %.1f MB reused "
                     "from the previous one, %.2f s", report.generation, report.seq, report.bytes / 1e6,
                     report.downloaded_bytes / 1e6, report.reused_bytes / 1e6, report.seconds)
        return report

    def _writer_name(self) -> str:
        return json.dumps(asdict(LockHolder.me(self.lock.command)))


def _live(index_dir: Path) -> Optional[str]:
    try:
        return current_generation(index_dir)
    except ValueError:
        return None


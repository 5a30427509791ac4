"""Live reload, in the two roles a serving process can have (bot/roles.py).

The writer's :class:`FaqFolderWatcher` watches the FAQ folder and re-indexes shortly
after it changes. Events are debounced (an editor's save is often several events; a
docs-repo sync is many), then ``FaqService.reload()`` embeds only what changed, builds
the new index beside the live one and swaps it in. A failed reload is logged and the
last good index keeps serving.

A reader's :class:`IndexFollower` watches the index folder instead: when the writer
swaps ``CURRENT`` to a new generation, the reader loads that generation and swaps it
in, embedding nothing.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable, Optional

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

from bot.index.builder import BuildReport
from bot.index.storage import CURRENT, IndexCorruptError, IndexMismatchError
from bot.service import FaqService

log = logging.getLogger(__name__)
DEFAULT_DEBOUNCE_SECONDS = 0.5


# The events that can mean a change. Given to watchdog as ``event_filter``, which also
# narrows the inotify mask: opens and closes without a write (our own reads of the FAQ
# files or of CURRENT) are then never even queued, so reading cannot wake us up.
FAQ_CHANGE_EVENTS = [FileCreatedEvent, FileDeletedEvent, FileModifiedEvent, FileMovedEvent,
                     FileClosedEvent, DirCreatedEvent, DirDeletedEvent, DirModifiedEvent, DirMovedEvent]
# CURRENT only ever changes by a rename over it (the writer's atomic swap) or, written in
# place by hand, a close after writing.
POINTER_EVENTS = [FileMovedEvent, FileCreatedEvent, FileClosedEvent]


def is_faq_path(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return name.endswith(".md") and not name.startswith(".")


def _in_hidden_folder(path: str, root: str) -> bool:
    """Under a dot folder of the FAQ folder (``.git`` of a FAQ clone: a fetch changes it
    on every poll, and nothing in it is FAQ)."""
    relative = path[len(root):] if path.startswith(root) else path
    return any(part.startswith(".") for part in relative.split("/") if part)


class _ChangeFlag(FileSystemEventHandler):
    def __init__(self, root: str = "") -> None:
        self.changed = threading.Event()
        self.last_change = 0.0
        self.root = root

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = [str(p) for p in (event.src_path, getattr(event, "dest_path", "") or "") if p]
        if all(_in_hidden_folder(p, self.root) for p in paths):
            return
        if event.is_directory or any(is_faq_path(p) for p in paths):
            self.last_change = time.monotonic()
            self.changed.set()


class FaqFolderWatcher:
    """Reload ``service`` after changes under its FAQ folder settle for ``debounce`` seconds."""

    def __init__(
        self,
        service: FaqService,
        on_reload: Optional[Callable[[BuildReport], None]] = None,
        debounce: float = DEFAULT_DEBOUNCE_SECONDS,
        reload_at_start: bool = False,
    ) -> None:
        """``reload_at_start``: re-index once right away, for changes made while no writer
        was running (a no-op, embedding nothing, when there were none)."""
        self.service = service
        self.on_reload = on_reload
        self.debounce = debounce
        self.reload_at_start = reload_at_start
        self._flag = _ChangeFlag()
        self._stopping = threading.Event()
        self._observer = Observer()
        self._worker = threading.Thread(target=self._run, name="faq-reloader", daemon=True)

    def start(self) -> "FaqFolderWatcher":
        folder = self.service.settings.faq_dir
        folder.mkdir(parents=True, exist_ok=True)
        self._flag.root = str(folder)
        self._observer.schedule(self._flag, str(folder), recursive=True,
                                event_filter=FAQ_CHANGE_EVENTS)
        self._observer.start()
        if self.reload_at_start:
            self._flag.changed.set()  # last_change stays 0: no debounce wait
        self._worker.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._flag.changed.set()
        self._observer.stop()
        self._observer.join(timeout=5)
        self._worker.join(timeout=30)

    def __enter__(self) -> "FaqFolderWatcher":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._flag.changed.wait()
            if self._stopping.is_set():
                return
            self._wait_until_quiet()
            self._flag.changed.clear()
            self._reload_once()

    def _wait_until_quiet(self) -> None:
        while not self._stopping.is_set():
            quiet_for = time.monotonic() - self._flag.last_change
            if quiet_for >= self.debounce:
                return
            time.sleep(self.debounce - quiet_for)

    def _reload_once(self) -> None:
        try:
            report = self.service.reload()
        except Exception:  # the last good index keeps serving; say why and carry on
            log.exception("reload failed; still serving the previous index")
            return
        log.info("reloaded FAQ: %s", report.summary())
        for error in report.errors:
            log.warning("FAQ error: %s", error)
        if self.on_reload is not None:
            try:
                self.on_reload(report)
            except Exception:
                log.exception("reload callback failed")


class _PointerMoved(FileSystemEventHandler):
    """Wakes the follower when ``CURRENT`` is renamed over, created or written.

    Only those events are watched (:data:`POINTER_EVENTS`): waking on every event naming
    CURRENT included the open and close of the follower's own read of it, so each read
    caused the next, a core busy and inotify's queue overflowing on an idle replica."""

    def __init__(self, wake: threading.Event) -> None:
        self.wake = wake

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = (str(event.src_path), str(getattr(event, "dest_path", "") or ""))
        if any(p.rsplit("/", 1)[-1] == CURRENT for p in paths):
            self.wake.set()


class IndexFollower:
    """A reader's live reload: swap in each generation the writer makes live.

    It wakes on file events for ``CURRENT`` (the writer's atomic rename) and, because
    events do not cross hosts or reach every shared volume, also every ``interval``
    seconds to read ``CURRENT`` (a few bytes). Either way ``FaqService.refresh()``
    loads the new generation and swaps it in; a generation that fails to load is logged
    once and the served one stays.

    ``take_over`` (the ``auto`` role) is asked on every wake-up; once it returns True the
    follower stops, because this process has become the writer.
    """

    def __init__(self, service: FaqService, interval: float = 1.0,
                 take_over: Optional[Callable[[], bool]] = None) -> None:
        self.service = service
        self.interval = interval
        self.take_over = take_over
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._failed: Optional[str] = None
        self._take_over_failed: Optional[str] = None
        self._observer = Observer()
        self._worker = threading.Thread(target=self._run, name="index-follower", daemon=True)

    def start(self) -> "IndexFollower":
        folder = self.service.settings.index_dir
        folder.mkdir(parents=True, exist_ok=True)
        self._observer.schedule(_PointerMoved(self._wake), str(folder), recursive=False,
                                event_filter=POINTER_EVENTS)
        self._observer.start()
        self._worker.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        self._observer.stop()
        self._observer.join(timeout=5)
        if threading.current_thread() is not self._worker:
            self._worker.join(timeout=30)

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._refresh_once()
            if self.take_over is not None and self._take_over():
                self._observer.stop()
                return
            self._wake.wait(self.interval)
            self._wake.clear()

    def _take_over(self) -> bool:
        try:
            return self.take_over()
        except Exception as error:  # e.g. a read-only index folder: keep following, retry later
            if str(error) != self._take_over_failed:  # once per distinct reason, not every poll
                log.error("cannot take over the index writer role (%s); still reading", error)
                self._take_over_failed = str(error)
            return False

    def _refresh_once(self) -> None:
        try:
            generation = self.service.refresh()
        except (IndexCorruptError, IndexMismatchError, OSError) as error:
            # Also a generation pruned while we read it: the next wake-up reads CURRENT again.
            if str(error) != self._failed:
                log.warning("not swapping in the index writer's new generation: %s", error)
                self._failed = str(error)
            return
        except Exception:
            log.exception("following the index failed; still serving the previous generation")
            return
        if generation is not None:
            self._failed = None
            log.info("now serving index generation %s (written by the index writer)", generation)


def format_reload_summary(report: BuildReport, limit: int = 10) -> str:
    """A short human summary of a reload, for logs or a Slack channel."""
    lines = [f"FAQ reloaded: {report.summary()}"]
    for label, ids in (("added", report.added), ("changed", report.changed), ("removed", report.removed)):
        if ids:
            shown = ", ".join(ids[:limit]) + (f" and {len(ids) - limit} more" if len(ids) > limit else "")
            lines.append(f"• {label}: {shown}")
    for error in report.errors[:limit]:
        lines.append(f"• error: {error}")
    if report.kept_from_previous:
        lines.append(f"• still serving the previous version of {len(report.kept_from_previous)} entries")
    return "\n".join(lines)

"""Live reload: watch the FAQ folder and re-index shortly after it changes.

Events are debounced (an editor's save is often several events; a docs-repo sync is
many), then ``FaqService.reload()`` embeds only what changed, builds the new index
beside the live one and swaps it in. A failed reload is logged and the last good
index keeps serving.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable, Optional

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from bot.index.builder import BuildReport
from bot.service import FaqService

log = logging.getLogger(__name__)
DEFAULT_DEBOUNCE_SECONDS = 0.5


def is_faq_path(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return name.endswith(".md") and not name.startswith(".")


class _ChangeFlag(FileSystemEventHandler):
    def __init__(self) -> None:
        self.changed = threading.Event()
        self.last_change = 0.0

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        paths = [event.src_path, getattr(event, "dest_path", "") or ""]
        if event.is_directory or any(is_faq_path(str(p)) for p in paths):
            self.last_change = time.monotonic()
            self.changed.set()


class FaqFolderWatcher:
    """Reload ``service`` after changes under its FAQ folder settle for ``debounce`` seconds."""

    def __init__(
        self,
        service: FaqService,
        on_reload: Optional[Callable[[BuildReport], None]] = None,
        debounce: float = DEFAULT_DEBOUNCE_SECONDS,
    ) -> None:
        self.service = service
        self.on_reload = on_reload
        self.debounce = debounce
        self._flag = _ChangeFlag()
        self._stopping = threading.Event()
        self._observer = Observer()
        self._worker = threading.Thread(target=self._run, name="faq-reloader", daemon=True)

    def start(self) -> "FaqFolderWatcher":
        folder = self.service.settings.faq_dir
        folder.mkdir(parents=True, exist_ok=True)
        self._observer.schedule(self._flag, str(folder), recursive=True)
        self._observer.start()
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

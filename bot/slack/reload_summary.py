"""Live reload while serving, with an optional summary posted to a Slack channel."""

from __future__ import annotations

import logging
from typing import Callable, Optional

from slack_bolt import App

from bot.config import Settings
from bot.index.builder import BuildReport
from bot.service import FaqService
from bot.watch import FaqFolderWatcher, format_reload_summary

log = logging.getLogger(__name__)


def summary_poster(app: App, channel: Optional[str]) -> Optional[Callable[[BuildReport], None]]:
    """A reload callback posting what changed to ``channel`` (None when no channel is set)."""
    if not channel:
        return None

    def post(report: BuildReport) -> None:
        if report.changed_anything or report.errors:
            app.client.chat_postMessage(channel=channel, text=format_reload_summary(report))

    return post


def start_live_reload(app: App, service: FaqService, settings: Settings) -> FaqFolderWatcher:
    watcher = FaqFolderWatcher(
        service,
        on_reload=summary_poster(app, settings.reload_summary_channel),
        debounce=settings.reload_debounce_seconds,
    )
    log.info("watching %s for FAQ changes", settings.faq_dir)
    return watcher.start()

"""Live reload while serving, in this process's index role (bot/roles.py), with an optional
summary posted to a Slack channel. Only the writer re-indexes, so only the writer posts:
one summary per change, however many replicas serve."""

from __future__ import annotations

import logging
from typing import Callable, Optional

from slack_bolt import App

from bot.config import Settings
from bot.index.builder import BuildReport
from bot.service import FaqService
from bot.roles import IndexRole
from bot.slack.workspace import PostingSwitch
from bot.watch import format_reload_summary

log = logging.getLogger(__name__)


def summary_poster(app: App, channel: Optional[str], switch: Optional[PostingSwitch] = None,
                   ) -> Optional[Callable[[BuildReport], None]]:
    """A reload callback posting what changed to ``channel`` (None when no channel is set);
    nothing once ``switch`` has stopped posting (the app uninstalled, its token revoked)."""
    if not channel:
        return None

    def post(report: BuildReport) -> None:
        if switch is not None and switch.stopped:
            return
        if report.changed_anything or report.errors:
            app.client.chat_postMessage(channel=channel, text=format_reload_summary(report))

    return post


def start_live_reload(app: App, service: FaqService, settings: Settings,
                      switch: Optional[PostingSwitch] = None) -> IndexRole:
    """Start ``service`` in ``settings.index_role``; returns once it serves an index (a
    reader waits for the writer's first generation). ``stop()`` the result to end it."""
    role = IndexRole(service, settings, on_reload=summary_poster(app, settings.reload_summary_channel, switch))
    return role.start()

"""Bolt listeners, one module per kind of Slack request.

Every listener acks at once and does its work in a lazy listener, so Slack gets its
answer within its 3-second window however long matching takes.
"""

from __future__ import annotations

from typing import Optional

from slack_bolt import App

from bot.slack.dedupe import Deduplicator
from bot.slack.listeners import actions, commands, events, home
from bot.slack.replies import Replies
from bot.slack.signals import WorkingSignal


def register_listeners(app: App, replies: Replies, dedupe: Deduplicator,
                       working: WorkingSignal = WorkingSignal(None),
                       home_tab: Optional["home.HomeTab"] = None) -> None:
    events.register(app, replies, dedupe, working)
    commands.register(app, replies)
    actions.register(app, replies)
    if home_tab is not None:
        home.register(app, home_tab)

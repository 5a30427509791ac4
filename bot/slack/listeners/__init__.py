"""Bolt listeners, one module per kind of Slack request.

Every listener acks at once and does its work in a lazy listener, so Slack gets its
answer within its 3-second window however long matching takes.
"""

from __future__ import annotations

from slack_bolt import App

from bot.slack.dedupe import Deduplicator
from bot.slack.listeners import actions, commands, events
from bot.slack.policy import SlackPolicy
from bot.slack.replies import Replies


def register_listeners(app: App, replies: Replies, dedupe: Deduplicator, policy: SlackPolicy) -> None:
    events.register(app, replies, dedupe, policy)
    commands.register(app, replies, policy)
    actions.register(app, replies, policy)

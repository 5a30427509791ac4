"""Bolt listeners, one module per kind of Slack request.

Every listener acks at once and does its work in a lazy listener, so Slack gets its
answer within its 3-second window however long matching takes.
"""

from __future__ import annotations

from typing import Optional

from slack_bolt import App

from bot.slack.dedupe import Deduplicator
from bot.slack.listeners import actions, commands, escalation, events, home, save_faq, workspace
from bot.slack.policy import SlackPolicy
from bot.slack.replies import Replies
from bot.slack.signals import WorkingSignal
from bot.slack.workspace import PostingSwitch


def register_listeners(app: App, replies: Replies, dedupe: Deduplicator, policy: SlackPolicy,
                       working: WorkingSignal = WorkingSignal(None),
                       home_tab: Optional["home.HomeTab"] = None,
                       switch: Optional[PostingSwitch] = None,
                       escalator: Optional["escalation.Escalator"] = None,
                       maintainers: Optional["save_faq.Maintainers"] = None) -> None:
    workspace.register(app, switch or PostingSwitch())
    events.register(app, replies, dedupe, policy, working, escalator)
    commands.register(app, replies, policy)
    actions.register(app, replies, policy, dedupe)
    if escalator is not None:
        escalation.register(app, escalator)
        if maintainers is not None:
            save_faq.register(app, replies.service, maintainers, escalator)
    if home_tab is not None:
        home.register(app, home_tab)
    workspace.register_fallbacks(app)  # last: only what no listener above took

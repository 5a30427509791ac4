"""*Ask a person* clicks (bot/slack/escalation.py does the work)."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.slack.blocks import ASK_PERSON, BUTTON_EXPIRED, AskValue, InvalidButtonValue, text_message
from bot.slack.delivery import post_ephemeral, reply_aside
from bot.slack.escalation import Escalator
from bot.slack.listeners.ack import acknowledge

log = logging.getLogger(__name__)


def register(app: App, escalator: Escalator) -> None:
    def ask_person(body: dict, action: dict, client: WebClient) -> None:
        user = (body.get("user") or {}).get("id")
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        if not user or not channel:
            return
        try:
            value = AskValue.decode(action.get("value"))
        except InvalidButtonValue as error:
            log.warning("unreadable Ask a person value (%s) from user %s in %s", error, user, channel)
            reply_aside(lambda: post_ephemeral(client, text_message(BUTTON_EXPIRED), channel=channel,
                                               user=user), channel=channel, user=user)
            return
        told = escalator.escalate(client, value, user=user, channel=channel)
        if told is not None:
            reply_aside(lambda: post_ephemeral(client, told, channel=channel, user=user,
                                               thread_ts=value.thread_ts), channel=channel, user=user)

    app.action(ASK_PERSON)(ack=acknowledge, lazy=[ask_person])

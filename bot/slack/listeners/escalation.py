"""*Ask a person* clicks (bot/slack/escalation.py does the work)."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.slack.blocks import ASK_PERSON, BUTTON_EXPIRED, AskValue, InvalidButtonValue, Message, text_message
from bot.slack.delivery import message_payload, post_ephemeral, reply_aside, respond
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
            tell_clicker(client, body, told, value, user=user, channel=channel)

    app.action(ASK_PERSON)(ack=acknowledge, lazy=[ask_person])


def tell_clicker(client: WebClient, body: dict, told: Message, value: AskValue, *, user: str,
                 channel: str) -> None:
    """A note only the clicker sees: ephemeral in the asker's thread; for a privately asked
    question through the click's response_url (works in a DM, and under a /faq answer in
    a channel the bot is not in)."""
    if value.private and body.get("response_url"):
        payload = message_payload(told, response_type="ephemeral", replace_original=False)
        reply_aside(lambda: respond(client, body.get("response_url"), payload, channel=channel, user=user),
                    channel=channel, user=user)
        return
    reply_aside(lambda: post_ephemeral(client, told, channel=channel, user=user,
                                       thread_ts=value.thread_ts), channel=channel, user=user)

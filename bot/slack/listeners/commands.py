"""``/faq QUESTION``: answered only to the asker, with a button to share it.

Private, so answered in any channel (within that channel's categories and cutoff); the
*Share in channel* button is offered only where the bot may post (the allowlist).
Replies go through the ``response_url`` with retries, off the answering thread (the
outbox's private lane); a final failure is logged with context (bot/slack/delivery.py).
"""

from __future__ import annotations

from slack_bolt import App
from slack_sdk import WebClient

from bot.slack.blocks import text_message
from bot.slack.delivery import message_payload, reply_aside, respond
from bot.slack.listeners.ack import acknowledge
from bot.slack.policy import SlackPolicy
from bot.slack.replies import Replies

COMMAND = "/faq"


def register(app: App, replies: Replies, policy: SlackPolicy) -> None:
    def answer_command(command: dict, client: WebClient) -> None:
        user, channel_id = command.get("user_id"), command.get("channel_id")
        channel = policy.channels.for_conversation(channel_id)
        admission = policy.rate_limit.admit(user)
        if not admission.allowed:  # told every time: the command's only answer, seen by the asker only
            reply = text_message(policy.rate_limit.message(admission))
        else:
            reply = replies.to_question(command.get("text"), user=user, channel=channel_id,
                                        shareable=channel.may_post, policy=channel.answers)
        payload = message_payload(reply, response_type="ephemeral")
        reply_aside(lambda: respond(client, command.get("response_url"), payload,
                                    channel=channel_id, user=user),
                    channel=channel_id, user=user)

    app.command(COMMAND)(ack=acknowledge, lazy=[answer_command])

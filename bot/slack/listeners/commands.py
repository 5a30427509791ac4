"""``/faq QUESTION``: answered only to the asker, with a button to share it.

Private, so answered in any channel (within that channel's categories and cutoff); the
*Share in channel* button is offered only where the bot may post (the allowlist). A "not
sure" answer offers *Ask a person* where that channel (or the workspace default) names an
escalation target; people then reply under the escalation post and the bot passes the
first reply on to the asker in a DM (bot/slack/escalation.py).
Replies go through the ``response_url`` with retries, off the answering thread (the
outbox's private lane); a final failure is logged with context (bot/slack/delivery.py).
"""

from __future__ import annotations

import time

from slack_bolt import App
from slack_sdk import WebClient

from bot.slack.blocks import ASKED_BY_COMMAND, AskOrigin, text_message
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
            # The /faq answer has no message to point at: its stamp names the question.
            ask = AskOrigin(f"{time.time():.6f}", ASKED_BY_COMMAND) if channel.escalation else None
            reply = replies.to_question(command.get("text"), user=user, channel=channel_id,
                                        shareable=channel.may_post, policy=channel.answers,
                                        ask_person=ask)
        payload = message_payload(reply, response_type="ephemeral")
        reply_aside(lambda: respond(client, command.get("response_url"), payload,
                                    channel=channel_id, user=user),
                    channel=channel_id, user=user)

    app.command(COMMAND)(ack=acknowledge, lazy=[answer_command])

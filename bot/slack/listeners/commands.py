"""``/faq QUESTION``: answered only to the asker, with a button to share it."""

from __future__ import annotations

from slack_bolt import App
from slack_sdk import WebClient

from bot.slack.delivery import message_payload, respond
from bot.slack.listeners.ack import acknowledge
from bot.slack.replies import Replies

COMMAND = "/faq"


def register(app: App, replies: Replies) -> None:
    def answer_command(command: dict, client: WebClient) -> None:
        reply = replies.to_question(command.get("text"), user=command.get("user_id"),
                                    channel=command.get("channel_id"), shareable=True)
        # Through the response_url with retries; a final failure is logged with context.
        respond(client, command.get("response_url"),
                message_payload(reply, response_type="ephemeral"),
                channel=command.get("channel_id"), user=command.get("user_id"))

    app.command(COMMAND)(ack=acknowledge, lazy=[answer_command])

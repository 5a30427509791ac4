"""``/faq QUESTION``: answered only to the asker, with a button to share it."""

from __future__ import annotations

from slack_bolt import App, Respond

from bot.slack.listeners.ack import acknowledge
from bot.slack.replies import Replies

COMMAND = "/faq"


def register(app: App, replies: Replies) -> None:
    def answer_command(command: dict, respond: Respond) -> None:
        reply = replies.to_question(command.get("text"), user=command.get("user_id"),
                                    channel=command.get("channel_id"), shareable=True)
        respond(response_type="ephemeral", **reply.as_kwargs())

    app.command(COMMAND)(ack=acknowledge, lazy=[answer_command])

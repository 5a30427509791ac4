"""``/faq QUESTION``: answered only to the asker, with a button to share it.

Private, so answered in any channel (within that channel's categories and cutoff); the
*Share in channel* button is offered only where the bot may post (the allowlist).
"""

from __future__ import annotations

from slack_bolt import App, Respond

from bot.slack.listeners.ack import acknowledge
from bot.slack.policy import SlackPolicy
from bot.slack.replies import Replies

COMMAND = "/faq"


def register(app: App, replies: Replies, policy: SlackPolicy) -> None:
    def answer_command(command: dict, respond: Respond) -> None:
        channel = policy.channels.for_conversation(command.get("channel_id"))
        admission = policy.rate_limit.admit(command.get("user_id"))
        if not admission.allowed:
            respond(response_type="ephemeral", text=policy.rate_limit.message(admission))
            return
        reply = replies.to_question(command.get("text"), user=command.get("user_id"),
                                    channel=command.get("channel_id"), shareable=channel.may_post,
                                    policy=channel.answers)
        respond(response_type="ephemeral", **reply.as_kwargs())

    app.command(COMMAND)(ack=acknowledge, lazy=[answer_command])

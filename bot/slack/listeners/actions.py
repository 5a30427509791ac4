"""Button clicks: 👍/👎, a suggested entry, and "Share in channel"."""

from __future__ import annotations

import re
from typing import Optional

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.slack.blocks import ENTRY_GONE, SHARE, SUGGESTION, VOTE_DOWN, VOTE_UP, ButtonValue
from bot.slack.listeners.ack import acknowledge
from bot.slack.policy import NOT_ANSWERED_HERE, NOT_HERE, ChannelPolicy, SlackPolicy
from bot.slack.replies import Replies

VOTE = re.compile(f"^({VOTE_UP}|{VOTE_DOWN})$")


def register(app: App, replies: Replies, policy: SlackPolicy) -> None:
    def record_vote(body: dict, action: dict, respond: Respond) -> None:
        vote = "up" if action["action_id"] == VOTE_UP else "down"
        reply = replies.to_vote(vote, ButtonValue.decode(action["value"]), user=_user(body),
                                channel=_channel(body),
                                message_ts=body.get("container", {}).get("message_ts"))
        respond(response_type="ephemeral", replace_original=False, **reply.as_kwargs())

    def answer_suggestion(body: dict, action: dict, client: WebClient, respond: Respond) -> None:
        value = ButtonValue.decode(action["value"])
        channel = policy.channels.for_conversation(_channel(body))
        if body.get("container", {}).get("is_ephemeral"):  # from /faq: stay private
            reply = replies.to_suggestion(value, user=_user(body), channel=_channel(body),
                                          shareable=channel.may_post, policy=channel.answers)
            respond(response_type="ephemeral", replace_original=True, **reply.as_kwargs())
            return
        if not channel.may_post:  # taken off the allowlist since the suggestion was posted
            respond(response_type="ephemeral", replace_original=False, text=NOT_HERE)
            return
        reply = replies.to_suggestion(value, user=_user(body), channel=_channel(body),
                                      policy=channel.answers)
        client.chat_postMessage(channel=_channel(body),
                                thread_ts=body.get("message", {}).get("thread_ts"),
                                **reply.as_kwargs())

    def share_answer(body: dict, action: dict, respond: Respond) -> None:
        value = ButtonValue.decode(action["value"])
        channel = policy.channels.for_conversation(_channel(body))
        refusal = _share_refusal(replies, channel, value)
        if refusal:
            respond(response_type="ephemeral", replace_original=False, text=refusal)
            return
        reply = replies.to_share(value, user=_user(body))
        if reply is None:
            respond(response_type="ephemeral", replace_original=False, text=ENTRY_GONE)
            return
        respond(response_type="in_channel", replace_original=False, **reply.as_kwargs())
        respond(delete_original=True)

    app.action(VOTE)(ack=acknowledge, lazy=[record_vote])
    app.action(SUGGESTION)(ack=acknowledge, lazy=[answer_suggestion])
    app.action(SHARE)(ack=acknowledge, lazy=[share_answer])


def _share_refusal(replies: Replies, channel: ChannelPolicy, value: ButtonValue) -> Optional[str]:
    """Why the answer may not be shared here, if it may not. Checked at the click: the
    channel's settings may have changed since the /faq answer offered the button."""
    if not channel.may_post:
        return NOT_HERE
    if not replies.answered_under(value, channel.answers):
        return NOT_ANSWERED_HERE
    return None


def _user(body: dict) -> str:
    return body["user"]["id"]


def _channel(body: dict) -> str:
    return (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id")

"""Button clicks: 👍/👎, a suggested entry, and "Share in channel".

A button's value is read back with :meth:`ButtonValue.decode`; a value this bot did
not write (forged, foreign, from an older version) gets the clicker an ephemeral
"this button has expired" and a log line naming the action, user and channel. The
channel's policy (bot/slack/policy.py) is checked again at the click: its settings may
have changed since the button was sent.

A suggestion answers once per user per message: the first click claims
``suggestion:<channel>:<message ts>:<user>`` in the exactly-once claims (bot/slack/dedupe.py,
shared by every replica through Redis when configured, kept ``dedupe_ttl_seconds``); later
clicks, on any suggestion of that message, are acknowledged and dropped, not stored.
"""

from __future__ import annotations

import logging
import re
from typing import Optional

from slack_bolt import App
from slack_sdk import WebClient

from bot.slack.blocks import (
    ASKED_BY_COMMAND, ASKED_IN_DM, ASKED_IN_THREAD, AskOrigin, BUTTON_EXPIRED, ENTRY_GONE, SHARE, SUGGESTION, VOTE_DOWN, VOTE_UP, ButtonValue,
    InvalidButtonValue, Message, text_message,
)
from bot.slack.dedupe import Deduplicator, MemoryDeduplicator
from bot.slack.delivery import message_payload, post_message, reply_aside, respond
from bot.slack.listeners.ack import acknowledge
from bot.slack.policy import NOT_ANSWERED_HERE, NOT_HERE, ChannelPolicy, SlackPolicy
from bot.slack.replies import Replies

log = logging.getLogger(__name__)

VOTE = re.compile(f"^({VOTE_UP}|{VOTE_DOWN})$")


def register(app: App, replies: Replies, policy: SlackPolicy,
             dedupe: Optional[Deduplicator] = None) -> None:
    claims = dedupe or MemoryDeduplicator()

    def record_vote(body: dict, action: dict, client: WebClient) -> None:
        value = button_value(body, action, client)
        if value is None:
            return
        vote = "up" if action["action_id"] == VOTE_UP else "down"
        escalates = policy.channels.for_conversation(_channel(body)).escalation is not None
        reply = replies.to_vote(vote, value, user=_user(body), channel=_channel(body),
                                message_ts=_container(body).get("message_ts"),
                                ask_person=_voted_from(body) if escalates else None)
        _respond(client, body, reply, response_type="ephemeral", replace_original=False)

    def answer_suggestion(body: dict, action: dict, client: WebClient) -> None:
        value = button_value(body, action, client)
        if value is None:
            return
        if not claims.claim([suggestion_key(body)]):
            log.info("suggestion already answered for user %s on message %s in %s: click dropped",
                     _user(body), _container(body).get("message_ts"), _channel(body))
            return
        channel = policy.channels.for_conversation(_channel(body))
        if _container(body).get("is_ephemeral"):  # from /faq: stay private
            reply = replies.to_suggestion(value, user=_user(body), channel=_channel(body),
                                          shareable=channel.may_post, policy=channel.answers)
            _respond(client, body, reply, response_type="ephemeral", replace_original=True)
            return
        if not channel.may_post:  # taken off the allowlist since the suggestion was posted
            _respond(client, body, text_message(NOT_HERE), response_type="ephemeral",
                     replace_original=False)
            return
        reply = replies.to_suggestion(value, user=_user(body), channel=_channel(body),
                                      policy=channel.answers)
        post_message(client, reply, channel=_channel(body), thread_ts=_thread(body),
                     user=_user(body))

    def share_answer(body: dict, action: dict, client: WebClient) -> None:
        value = button_value(body, action, client)
        if value is None:
            return
        channel = policy.channels.for_conversation(_channel(body))
        refusal = _share_refusal(replies, channel, value)
        if refusal:
            _respond(client, body, text_message(refusal), response_type="ephemeral",
                     replace_original=False)
            return
        reply = replies.to_share(value, user=_user(body))
        if reply is None:
            _respond(client, body, text_message(ENTRY_GONE), response_type="ephemeral",
                     replace_original=False)
            return

        def share_then_delete() -> None:
            if _respond_now(client, body, reply, response_type="in_channel",
                            replace_original=False):
                # Only once it is shared: a failed share leaves the private answer in place.
                respond(client, body.get("response_url"), {"delete_original": True},
                        channel=_channel(body), user=_user(body))

        reply_aside(share_then_delete, channel=_channel(body), user=_user(body))

    app.action(VOTE)(ack=acknowledge, lazy=[record_vote])
    app.action(SUGGESTION)(ack=acknowledge, lazy=[answer_suggestion])
    app.action(SHARE)(ack=acknowledge, lazy=[share_answer])


def button_value(body: dict, action: dict, client: WebClient) -> Optional[ButtonValue]:
    """The click's ButtonValue; None (after telling the user) when it is not ours."""
    try:
        return ButtonValue.decode(action.get("value"))
    except InvalidButtonValue as error:
        raw = action.get("value")
        log.warning("unreadable button value (%s): action=%s user=%s channel=%s value=%r",
                    error, action.get("action_id"), _user(body), _channel(body),
                    raw[:80] if isinstance(raw, str) else raw,
                    extra={"action_id": action.get("action_id"), "user": _user(body),
                           "channel": _channel(body)})
        _respond(client, body, text_message(BUTTON_EXPIRED), response_type="ephemeral",
                 replace_original=False)
        return None


def _voted_from(body: dict) -> Optional[AskOrigin]:
    """Where the voted answer was asked: the /faq answer (ephemeral, identified by its
    container's ts), a DM, or the asker's thread in a channel."""
    message, container = body.get("message") or {}, _container(body)
    if container.get("is_ephemeral"):
        stamp = container.get("message_ts")
        return AskOrigin(stamp, ASKED_BY_COMMAND) if stamp else None
    ts = message.get("thread_ts") or message.get("ts") or container.get("message_ts")
    if not ts:
        return None
    return AskOrigin(ts, ASKED_IN_DM if str(_channel(body) or "").startswith("D") else ASKED_IN_THREAD)


def suggestion_key(body: dict) -> str:
    """One claim per user per message holding suggestions (whichever one is clicked)."""
    return f"suggestion:{_channel(body)}:{_container(body).get('message_ts')}:{_user(body)}"


def _share_refusal(replies: Replies, channel: ChannelPolicy, value: ButtonValue) -> Optional[str]:
    """Why the answer may not be shared here, if it may not. Checked at the click: the
    channel's settings may have changed since the /faq answer offered the button."""
    if not channel.may_post:
        return NOT_HERE
    if not replies.answered_under(value, channel.answers):
        return NOT_ANSWERED_HERE
    return None


def _respond(client: WebClient, body: dict, reply: Message, **fields) -> None:
    """Reply through the click's response_url, off the answering thread (the outbox)."""
    reply_aside(lambda: _respond_now(client, body, reply, **fields),
                channel=_channel(body), user=_user(body))


def _respond_now(client: WebClient, body: dict, reply: Message, **fields) -> bool:
    return respond(client, body.get("response_url"), message_payload(reply, **fields),
                   channel=_channel(body), user=_user(body), thread_ts=_thread(body))


def _user(body: dict) -> Optional[str]:
    return (body.get("user") or {}).get("id")


def _channel(body: dict) -> Optional[str]:
    return (body.get("channel") or {}).get("id") or _container(body).get("channel_id")


def _container(body: dict) -> dict:
    return body.get("container") or {}


def _thread(body: dict) -> Optional[str]:
    return (body.get("message") or {}).get("thread_ts")

"""@-mentions in channels and direct messages: answer in the thread, exactly once."""

from __future__ import annotations

import logging
from typing import Optional

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.dedupe import Deduplicator, delivery_keys
from bot.slack.delivery import post_message
from bot.slack.listeners.ack import acknowledge
from bot.slack.replies import Replies
from bot.slack.signals import WorkingSignal
from bot.slack.text import mentions

log = logging.getLogger(__name__)

# Message subtypes that are a person writing something new. Edits (message_changed),
# deletions, joins, bot_message and the rest are not questions.
QUESTION_SUBTYPES = {None, "thread_broadcast", "file_share"}


def register(app: App, replies: Replies, dedupe: Deduplicator,
             working: WorkingSignal = WorkingSignal(None)) -> None:
    def answer_mention(body: dict, event: dict, client: WebClient, context: BoltContext) -> None:
        if is_from_a_person(event, context.bot_user_id):
            answer_once(replies, dedupe, body, event, client, working)

    def answer_message(body: dict, event: dict, client: WebClient, context: BoltContext) -> None:
        if is_from_a_person(event, context.bot_user_id) and is_for_bot(event, context.bot_user_id):
            answer_once(replies, dedupe, body, event, client, working)

    app.event("app_mention")(ack=acknowledge, lazy=[answer_mention])
    app.event("message")(ack=acknowledge, lazy=[answer_message])


def is_from_a_person(event: dict, bot_user_id: Optional[str]) -> bool:
    return (
        event.get("subtype") in QUESTION_SUBTYPES
        and not event.get("bot_id")
        and bool(event.get("user"))
        and event.get("user") != bot_user_id
    )


def is_for_bot(event: dict, bot_user_id: Optional[str]) -> bool:
    """A direct message, or a channel message that @-mentions the bot."""
    return event.get("channel_type") == "im" or mentions(event.get("text"), bot_user_id)


def answer_once(replies: Replies, dedupe: Deduplicator, body: dict, event: dict,
                client: WebClient, working: WorkingSignal = WorkingSignal(None)) -> None:
    if not dedupe.claim(delivery_keys(body, event)):
        log.info("already answered: %s in %s (delivery %s)", event.get("ts"), event.get("channel"),
                 body.get("event_id"))
        return
    channel, user = event["channel"], event.get("user")
    with working.around(client, channel=channel, ts=event["ts"], user=user):
        reply = replies.to_question(event.get("text"), user=user, channel=channel)
        post_message(client, reply, channel=channel, thread_ts=reply_thread(event), user=user)


def reply_thread(event: dict) -> Optional[str]:
    """Channels: always in the question's thread. DMs: in a thread only if asked in one."""
    if event.get("channel_type") == "im":
        return event.get("thread_ts")
    return event.get("thread_ts") or event.get("ts")

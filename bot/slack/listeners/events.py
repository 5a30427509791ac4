"""@-mentions in channels and direct messages: answer in the thread, exactly once.

With ``message.channels``/``message.groups`` subscribed, every channel message arrives
here too: one that mentions the bot is a mention (answered whichever delivery comes
first), one in a listening channel may be answered un-mentioned (bot/slack/policy.py),
the rest are ignored. A message addressed to the bot that asks nothing new (a thank-you,
a remark in a DM thread) gets no reply and is not recorded (``is_new_question``,
bot/slack/policy.py).
"""

from __future__ import annotations

import logging
from typing import Optional

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.dedupe import Deduplicator, delivery_keys
from bot.slack.blocks import ASKED_IN_DM, ASKED_IN_THREAD, AskOrigin, text_message
from bot.slack.delivery import post_ephemeral, post_message, reply_aside
from bot.slack.escalation import Escalator
from bot.slack.listeners.ack import acknowledge
from bot.slack.policy import NOT_HERE, SlackPolicy, is_new_question
from bot.slack.replies import Replies
from bot.slack.signals import WorkingSignal
from bot.slack.text import mentions

log = logging.getLogger(__name__)

# Message subtypes that are a person writing something new. Edits (message_changed),
# deletions, joins, bot_message and the rest are not questions.
QUESTION_SUBTYPES = {None, "thread_broadcast", "file_share"}


def register(app: App, replies: Replies, dedupe: Deduplicator, policy: SlackPolicy,
             working: WorkingSignal = WorkingSignal(None), escalator: Optional[Escalator] = None) -> None:
    def answer_mention(body: dict, event: dict, client: WebClient, context: BoltContext) -> None:
        if is_from_a_person(event, context.bot_user_id) and asks(event, context.bot_user_id):
            answer_once(replies, dedupe, policy, body, event, client, working)

    def answer_message(body: dict, event: dict, client: WebClient, context: BoltContext) -> None:
        if not is_from_a_person(event, context.bot_user_id):
            return
        if escalator is not None:  # a person's reply in an escalated thread answers it
            escalator.note_reply(event, client)
        if is_for_bot(event, context.bot_user_id):
            if asks(event, context.bot_user_id):
                answer_once(replies, dedupe, policy, body, event, client, working)
        elif policy.listens_to(event):
            answer_if_confident(replies, dedupe, policy, body, event, client)

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


def asks(event: dict, bot_user_id: Optional[str]) -> bool:
    if is_new_question(event, bot_user_id):
        return True
    log.debug("not a new question, no reply: %s in %s", event.get("ts"), event.get("channel"))
    return False


def answer_once(replies: Replies, dedupe: Deduplicator, policy: SlackPolicy, body: dict,
                event: dict, client: WebClient, working: WorkingSignal = WorkingSignal(None)) -> None:
    if not dedupe.claim(delivery_keys(body, event)):
        log.info("already answered: %s in %s (delivery %s)", event.get("ts"), event.get("channel"),
                 body.get("event_id"))
        return
    channel, user = event["channel"], event.get("user")
    rules = policy.channels.for_conversation(channel, event.get("channel_type"))
    if not rules.may_post:
        tell_privately(client, event, NOT_HERE)
        return
    # After the claim: a mention delivered twice counts once.
    admission = policy.rate_limit.admit(user)
    if not admission.allowed:
        if admission.notify:  # once per window: a flood is not mirrored note for note
            tell_privately(client, event, policy.rate_limit.message(admission))
        return
    with working.around(client, channel=channel, ts=event["ts"], user=user):
        reply = replies.to_question(event.get("text"), user=user, channel=channel,
                                    policy=rules.answers, ask_person=ask_from(event) if rules.escalation else None)
        post_message(client, reply, channel=channel, thread_ts=reply_thread(event), user=user)


def answer_if_confident(replies: Replies, dedupe: Deduplicator, policy: SlackPolicy, body: dict,
                        event: dict, client: WebClient) -> None:
    """Listen mode: a confident answer in the message's thread, or silence."""
    if not dedupe.claim(delivery_keys(body, event)):
        return
    # Counted like any question (it costs the same), but nobody asked: over the limit, silence.
    if not policy.rate_limit.admit(event.get("user")).allowed:
        return
    channel = policy.channels.for_conversation(event["channel"], event.get("channel_type"))
    reply = replies.to_overheard(event.get("text"), policy=channel.answers)
    if reply is not None:
        post_message(client, reply, channel=event["channel"], thread_ts=event["ts"],
                     user=event.get("user"))


def tell_privately(client: WebClient, event: dict, text: str) -> None:
    """A note only the asker sees: ephemeral in a channel, a plain reply in a DM."""
    if event.get("channel_type") == "im":
        post_message(client, text_message(text), channel=event["channel"],
                     thread_ts=reply_thread(event), user=event.get("user"))
        return
    channel, user = event["channel"], event["user"]
    reply_aside(lambda: post_ephemeral(client, text_message(text), channel=channel, user=user,
                                       thread_ts=event.get("thread_ts")),
                channel=channel, user=user)


def ask_from(event: dict) -> AskOrigin:
    """Where *Ask a person* finds the asker of ``event``: their thread in a channel, or the
    DM (identified by the question's own ts when it was not asked in a thread)."""
    if event.get("channel_type") == "im" or str(event.get("channel") or "").startswith("D"):
        return AskOrigin(event.get("thread_ts") or event["ts"], ASKED_IN_DM)
    return AskOrigin(reply_thread(event) or event["ts"], ASKED_IN_THREAD)


def reply_thread(event: dict) -> Optional[str]:
    """Channels: always in the question's thread. DMs: in a thread only if asked in one."""
    if event.get("channel_type") == "im":
        return event.get("thread_ts")
    return event.get("thread_ts") or event.get("ts")

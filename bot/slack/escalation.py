"""*Ask a person*: a question the FAQ could not answer, handed to the people who can.

Where a channel's settings name ``escalate_to`` (bot/slack/policy.py), "not sure" and
"Did you mean" replies and the thanks for a 👎 carry an *Ask a person* button. A click:

1. claims ``escalation:<channel>:<thread ts>`` in the exactly-once claims (shared by every
   replica through Redis when configured) and finds no stored escalation of the thread:
   one question is never escalated twice, whoever clicks how often;
2. posts the question to the target channel (mentioning ``escalate_mention``), with the
   asker, a permalink to the asker's thread (``chat.getPermalink``) and the bot's nearest
   entries with their confidence;
3. records it in the feedback store (through the spool on a database server), and tells
   the asker in their thread who was asked, in their language (Chinese or English);
4. arms one reminder after ``escalation_reminder_after`` seconds, a timer in this process.
   When it fires it claims ``escalation-reminder:<thread>`` (so of two replicas, or a retry,
   one reminds) and posts in the escalation's thread only if no person has replied.

A reply (bot/slack/listeners/events.py) in the asker's thread, or in the escalation
post's thread, by someone other than the asker and the bot marks the escalation
answered, with the time; only channels that escalate or are escalated to are looked up.

A reminder pending when the process stops is not sent (timers live in the process).
"""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Optional

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.exc import SQLAlchemyError

from bot.embeddings.errors import EmbeddingServiceError
from bot.feedback.store import FeedbackNotRecorded, FeedbackStore
from bot.retrieval.language import detect_language
from bot.service import FaqService
from bot.slack.blocks import (
    ALREADY_ASKED, NOBODY_TO_ASK, AskValue, Message, Nearest, escalation_post, escalation_reminder,
    escalation_told, text_message,
)
from bot.slack.dedupe import Deduplicator
from bot.slack import work as current_work
from bot.slack.delivery import post_message, send_message
from bot.slack.policy import SlackPolicy
from bot.slack.text import question_text

log = logging.getLogger(__name__)

NOT_ESCALATED = "Sorry, I could not reach the people to ask just now. Please try again in a minute."


def thread_ref(channel: str, ts: str) -> str:
    return f"{channel}/{ts}"


def _post_now(client: WebClient, message: Message, *, channel: str, user: Optional[str]) -> Optional[str]:
    """Post at once, exactly once (bot/slack/delivery.py), not through the outbox: the
    escalation's ts is needed to store it and to thread the reminder."""
    work = current_work.current()
    post_id = work.next_post_id() if work is not None else f"post:{uuid.uuid4().hex}"
    return send_message(client, message, channel=channel, thread_ts=None, user=user, post_id=post_id)


class Escalator:
    def __init__(self, service: FaqService, store: FeedbackStore, claims: Deduplicator,
                 policy: SlackPolicy, reminder_after: Optional[float]) -> None:
        self.service = service
        self.store = store
        self.claims = claims
        self.policy = policy
        self.reminder_after = reminder_after
        self._timers: set[threading.Timer] = set()
        self._lock = threading.Lock()
        self._watched = policy.channels.escalation_channels()

    # -- the click ----------------------------------------------------------------------
    def escalate(self, client: WebClient, value: AskValue, *, user: str,
                 channel: str) -> Optional[Message]:
        """Escalate the question of ``channel``'s thread ``value.thread_ts`` for ``user``;
        returns what only the clicker should be told (refused, already asked), or None."""
        language = detect_language(value.question)
        target = self.policy.channels.for_conversation(channel).escalation
        if target is None:
            return text_message(NOBODY_TO_ASK)
        ref = thread_ref(channel, value.thread_ts)
        claim = [f"escalation:{channel}:{value.thread_ts}"]
        if not self.claims.claim(claim) or self._stored(ref):
            log.info("escalation of %s already made: click by %s dropped", ref, user)
            return text_message(ALREADY_ASKED.get(language or "", ALREADY_ASKED["en"]))
        question = question_text(value.question, self.service.settings.max_question_chars)
        permalink = self._permalink(client, channel, value.thread_ts)
        nearest = self._nearest(question, channel)
        post_ts = _post_now(client, escalation_post(
            asker=user, channel=channel, question=question, permalink=permalink, nearest=nearest,
            mention=target.mention), channel=target.channel, user=user)
        if post_ts is None:  # nobody was asked: a later click may try again
            release = getattr(self.claims, "release", None)
            if release is not None:
                release(claim)
            return text_message(NOT_ESCALATED)
        best = nearest[0] if nearest else None
        try:
            self.store.record_escalation(
                thread_ref=ref, target_ref=thread_ref(target.channel, post_ts), user=user,
                question=question, faq_id=best.faq_id if best else None,
                score=best.score if best else None)
        except (SQLAlchemyError, FeedbackNotRecorded, ValueError) as error:
            log.error("escalation posted but not stored: %s", type(error).__name__)
        post_message(client, escalation_told(target.channel, target.mention, language),
                     channel=channel, thread_ts=value.thread_ts, user=user)
        self._arm_reminder(client, ref, target.channel, post_ts, user, permalink, target.mention)
        return None

    def _stored(self, ref: str) -> bool:
        try:
            return self.store.escalation(ref) is not None
        except SQLAlchemyError as error:  # the claim still guards this process and Redis' peers
            log.warning("escalations not readable, relying on the claim: %s", type(error).__name__)
            return False

    def _permalink(self, client: WebClient, channel: str, ts: str) -> Optional[str]:
        try:
            link = client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
        except (SlackApiError, SlackClientError, OSError) as error:
            log.warning("chat.getPermalink failed for %s/%s: %s", channel, ts, type(error).__name__)
            return None
        return link if isinstance(link, str) and link.startswith("https://") else None

    def _nearest(self, question: str, channel: str) -> list[Nearest]:
        try:
            answer = self.service.answer(question, self.policy.channels.for_conversation(channel).answers)
        except EmbeddingServiceError:
            return []
        found = [*([answer.match] if answer.match else []), *answer.choices, *answer.suggestions]
        seen: dict[str, Nearest] = {}
        for item in found:
            seen.setdefault(item.id, Nearest(item.id, item.question, item.score))
        return list(seen.values())

    # -- the reminder ---------------------------------------------------------------------
    def _arm_reminder(self, client: WebClient, ref: str, target_channel: str, post_ts: str,
                      asker: str, permalink: Optional[str], mention: Optional[str]) -> None:
        if not self.reminder_after:
            return
        timer = threading.Timer(self.reminder_after, self._remind,
                                (client, ref, target_channel, post_ts, asker, permalink, mention))
        timer.daemon = True
        timer.name = f"faqbot-escalation-reminder-{ref}"
        with self._lock:
            self._timers.add(timer)
        timer.start()

    def _remind(self, client: WebClient, ref: str, target_channel: str, post_ts: str, asker: str,
                permalink: Optional[str], mention: Optional[str]) -> None:
        with self._lock:
            self._timers = {t for t in self._timers if t.is_alive() and t is not threading.current_thread()}
        try:
            escalation = self.store.escalation(ref)
        except SQLAlchemyError as error:
            log.warning("escalation reminder for %s skipped, store not readable: %s", ref,
                        type(error).__name__)
            return
        if escalation is not None and escalation.answered:
            return
        if not self.claims.claim([f"escalation-reminder:{ref}"]):
            return
        post_message(client, escalation_reminder(asker, permalink, mention), channel=target_channel,
                     thread_ts=post_ts, user=asker)

    def close(self) -> None:
        """Cancel pending reminders (a stopping process)."""
        with self._lock:
            for timer in self._timers:
                timer.cancel()
            self._timers.clear()

    # -- a person's reply -----------------------------------------------------------------
    def note_reply(self, event: dict) -> bool:
        """Mark the escalation of the reply's thread answered if this is the first reply by
        someone other than the asker. True: it was."""
        channel, thread_ts, user = event.get("channel"), event.get("thread_ts"), event.get("user")
        if not (channel in self._watched and thread_ts and user) or thread_ts == event.get("ts"):
            return False
        ref = thread_ref(channel, thread_ts)
        try:
            escalation = self.store.escalation(ref)
            if escalation is None or escalation.answered or user == escalation.user_id:
                return False
            self.store.record_escalation_answered(ref, user=user)
        except (SQLAlchemyError, FeedbackNotRecorded, ValueError) as error:
            log.error("escalation reply in %s not recorded: %s", ref, type(error).__name__)
            return False
        log.info("escalation %s answered by %s", escalation.thread_ref, user)
        return True

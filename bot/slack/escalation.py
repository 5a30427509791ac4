"""*Ask a person*: a question the FAQ could not answer, handed to the people who can.

Where the settings name a target (bot/slack/policy.py: a channel's own ``escalate_to``,
else the workspace default ``escalate_to``, which serves DMs too), "not sure" and "Did
you mean" replies and the thanks for a 👎 carry an *Ask a person* button: in channels,
in DMs and in ``/faq`` answers. A click:

1. claims ``escalation:<channel>:<thread ts>`` in the exactly-once claims (shared by every
   replica through Redis when configured) and finds no stored escalation of the thread:
   one question is never escalated twice, whoever clicks how often;
2. posts the question to the target channel (mentioning ``escalate_mention``), with the
   asker, the bot's nearest entries with their confidence and, for a question asked in a
   channel thread, a permalink to it (``chat.getPermalink``);
3. records it in the feedback store (through the spool on a database server) with the
   reminder's due time and that permalink (the console's People's answers page links to
   a question still waiting; the reminder reuses it), and tells the asker who was asked,
   in their language (Chinese or English): in their thread, in the DM, or privately
   under the ``/faq`` answer.

A question asked privately (a DM, ``/faq``) has no thread people can open: they reply
under the escalation post, and the first reply by someone other than the asker is passed
on to the asker (the DM; for ``/faq`` a DM from the bot, ``chat.postMessage`` to the user
id), once (claim ``escalation-relay:<thread>``).

**Reminders** are stored with the escalation (``remind_at``), not kept in a process:
every replica looks for due ones every ``escalation_reminder_poll`` seconds
(:class:`ReminderSweeper`) and sends one only after claiming it in the database (one
conditional UPDATE, bot/feedback/store.py ``claim_reminder``), so exactly one replica
reminds, also when the escalating process has died. The claim is taken before posting: a
replica killed between the two sends no reminder for that escalation (never two).

A reply (bot/slack/listeners/events.py) in the asker's thread, or in the escalation
post's thread, by someone other than the asker and the bot marks the escalation
answered, with the time; only channels that escalate or are escalated to are looked up
(every channel when a workspace default target is set).
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
from bot.feedback.store import Escalation, FeedbackNotRecorded, FeedbackStore
from bot.retrieval.language import detect_language
from bot.service import FaqService
from bot.slack.blocks import (
    ALREADY_ASKED, ASKED_BY_COMMAND, ASKED_IN_DM, ASKED_IN_THREAD, NOBODY_TO_ASK, AskValue, Message,
    Nearest, escalation_post, escalation_relayed, escalation_reminder, escalation_told, text_message,
)
from bot.slack.dedupe import Deduplicator
from bot.slack import work as current_work
from bot.slack.delivery import post_message, send_message
from bot.slack.permalinks import slack_link
from bot.slack.policy import SlackPolicy
from bot.slack.text import question_text

log = logging.getLogger(__name__)

NOT_ESCALATED = "Sorry, I could not reach the people to ask just now. Please try again in a minute."


def thread_ref(channel: str, ts: str) -> str:
    return f"{channel}/{ts}"


def split_ref(ref: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """"<channel>/<ts>" → (channel, ts); "<channel>" → (channel, None)."""
    if not ref:
        return None, None
    channel, _, ts = ref.partition("/")
    return channel or None, ts or None


def _post_now(client: WebClient, message: Message, *, channel: str, user: Optional[str]) -> Optional[str]:
    """Post at once, exactly once (bot/slack/delivery.py), not through the outbox: the
    escalation's ts is needed to store it and to thread the reminder."""
    work = current_work.current()
    post_id = work.next_post_id() if work is not None else f"post:{uuid.uuid4().hex}"
    return send_message(client, message, channel=channel, thread_ts=None, user=user, post_id=post_id)


def _relay_ref(value: AskValue, *, user: str, channel: str) -> Optional[str]:
    """Where the first reply to a privately asked question goes: the DM it was asked in,
    or (``/faq``) the app's DM with the asker (chat.postMessage takes a user id)."""
    if value.kind == ASKED_IN_DM:
        return channel
    if value.kind == ASKED_BY_COMMAND:
        return user
    return None


class Escalator:
    def __init__(self, service: FaqService, store: FeedbackStore, claims: Deduplicator,
                 policy: SlackPolicy, reminder_after: Optional[float]) -> None:
        self.service = service
        self.store = store
        self.claims = claims
        self.policy = policy
        self.reminder_after = reminder_after
        self._watched = policy.channels.escalation_channels()
        self._everywhere = policy.channels.watches_everywhere()

    # -- the click ----------------------------------------------------------------------
    def escalate(self, client: WebClient, value: AskValue, *, user: str,
                 channel: str) -> Optional[Message]:
        """Escalate the question of ``channel``'s thread ``value.thread_ts`` for ``user``;
        returns what only the clicker should be told (refused, already asked, and for
        ``/faq`` who was asked), or None."""
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
        permalink = None if value.private else self._permalink(client, channel, value.thread_ts)
        nearest = self._nearest(question, channel)
        post_ts = _post_now(client, escalation_post(
            asker=user, channel=channel, question=question, permalink=permalink, nearest=nearest,
            mention=target.mention, kind=value.kind), channel=target.channel, user=user)
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
                score=best.score if best else None, remind_after=self.reminder_after,
                relay_ref=_relay_ref(value, user=user, channel=channel), permalink=permalink)
        except (SQLAlchemyError, FeedbackNotRecorded, ValueError) as error:
            log.error("escalation posted but not stored: %s", type(error).__name__)
        told = escalation_told(target.channel, target.mention, language, value.kind)
        if value.kind == ASKED_BY_COMMAND:
            return told  # the /faq answer is private: told the same way (its response_url)
        post_message(client, told, channel=channel,
                     thread_ts=value.thread_ts if value.kind == ASKED_IN_THREAD else None, user=user)
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
        return slack_link(link)

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

    # -- the reminder (stored with the escalation; any replica sends it) ----------------
    def send_due_reminders(self, client: WebClient) -> int:
        """Remind for every due, unanswered, unclaimed escalation this replica claims;
        returns how many it sent."""
        sent = 0
        for escalation in self.store.due_reminders():
            if not self.store.claim_reminder(escalation.thread_ref):
                continue  # another replica has it, or a person replied meanwhile
            if self._remind(client, escalation):
                sent += 1
        return sent

    def _remind(self, client: WebClient, escalation: Escalation) -> bool:
        target_channel, post_ts = split_ref(escalation.target_ref)
        channel, ts = split_ref(escalation.thread_ref)
        if not target_channel or not post_ts or not channel or not ts:
            return False
        target = self.policy.channels.for_conversation(channel).escalation
        # The link stored with the escalation; looked up only for one stored without (made
        # before migration 0006, or Slack did not give one then).
        permalink = None if escalation.relay_ref else (
            slack_link(escalation.permalink) or self._permalink(client, channel, ts))
        log.info("escalation %s: reminding in %s", escalation.thread_ref, target_channel)
        return post_message(client, escalation_reminder(escalation.user_id or "", permalink,
                                                        target.mention if target else None),
                            channel=target_channel, thread_ts=post_ts, user=escalation.user_id) is not None

    # -- a person's reply -----------------------------------------------------------------
    def watches(self, channel: Optional[str]) -> bool:
        if not channel:
            return False
        return channel in self._watched or (self._everywhere and channel[:1] in ("C", "G"))

    def note_reply(self, event: dict, client: Optional[WebClient] = None) -> bool:
        """Mark the escalation of the reply's thread answered if this is the first reply by
        someone other than the asker (and pass it on to a private asker). True: it was."""
        channel, thread_ts, user = event.get("channel"), event.get("thread_ts"), event.get("user")
        if not (self.watches(channel) and thread_ts and user) or thread_ts == event.get("ts"):
            return False
        ref = thread_ref(channel, thread_ts)
        try:
            escalation = self.store.escalation(ref)
            if escalation is None or escalation.answered or user == escalation.user_id:
                return False
            text = event.get("text")
            self.store.record_escalation_answered(ref, user=user, reply=text if isinstance(text, str) else None)
        except (SQLAlchemyError, FeedbackNotRecorded, ValueError) as error:
            log.error("escalation reply in %s not recorded: %s", ref, type(error).__name__)
            return False
        log.info("escalation %s answered by %s", escalation.thread_ref, user)
        if escalation.relay_ref and client is not None:
            self._relay(client, escalation, event)
        return True

    def _relay(self, client: WebClient, escalation: Escalation, event: dict) -> None:
        """Pass the first reply on to the asker of a privately asked question, once."""
        if not self.claims.claim([f"escalation-relay:{escalation.thread_ref}"]):
            return
        to_channel, _ = split_ref(escalation.relay_ref)
        message = escalation_relayed(answerer=event["user"], target=event["channel"],
                                     reply=event.get("text") or "", question=escalation.question or "",
                                     language=detect_language(escalation.question or ""))
        post_message(client, message, channel=to_channel, user=escalation.user_id)


class ReminderSweeper:
    """This replica's look for due reminders: at start (a reminder that fell due while no
    replica ran is sent now), then every ``interval`` seconds until :meth:`stop`."""

    def __init__(self, escalator: Escalator, client: WebClient, interval: float) -> None:
        self.escalator = escalator
        self.client = client
        self.interval = interval
        self._stopped = threading.Event()
        self._failing = False
        self._thread = threading.Thread(target=self._run, name="faqbot-escalation-reminders", daemon=True)

    def start(self) -> "ReminderSweeper":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()

    def _run(self) -> None:
        while not self._stopped.is_set():
            try:
                self.sweep()
            except Exception:  # a bug must not end the reminders of this replica for good
                log.exception("looking for due escalation reminders failed")
            self._stopped.wait(self.interval)

    def sweep(self) -> int:
        try:
            sent = self.escalator.send_due_reminders(self.client)
        except SQLAlchemyError as error:  # the database is down: the next look tries again
            (log.info if self._failing else log.warning)(
                "due escalation reminders not readable: %s", type(error).__name__)
            self._failing = True
            return 0
        self._failing = False
        return sent

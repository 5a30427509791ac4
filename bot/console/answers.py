"""The People's answers page: what people replied to questions escalated from Slack
(*Ask a person*, bot/slack/escalation.py) that the FAQ does not answer yet, each with
"Draft an entry from this".

An answered escalation is listed when its question and the person's reply are stored
(the feedback store's ``feedback_escalations``; retention erases both). It leaves the
page once the bot answers its question itself — with an entry that did not get a 👎 on
that very question (the answer that sent the asker to a person is not a fix).

Below them, the questions *still waiting for a person*: open escalations nobody but the
asker and the bot has replied to, the longest waiting first (the one to answer next),
each with how long it has waited, whether the reminder went out and a link to the
asker's thread in Slack (only an https://*.slack.com/ link, bot/slack/permalinks.py: the
stored text is not trusted to be one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from bot.console.hits import ANSWERED, outcome_of
from bot.console.unanswered import EmbeddingCache, NearEntry
from bot.feedback.report import question_key
from bot.slack.mrkdwn import from_mrkdwn
from bot.slack.permalinks import slack_link


@dataclass(frozen=True)
class PersonAnswer:
    ref: str             # the asker's thread, "<channel>/<ts>": names the escalation
    question: str
    reply: str           # as the person wrote it in Slack (mrkdwn)
    answered_by: Optional[str]
    answered_at: datetime
    nearest: Optional[NearEntry]  # the bot's best candidate now, not good enough to answer

    @property
    def markdown(self) -> str:
        """The reply as FAQ markdown: what a drafted entry's answer starts from."""
        return from_mrkdwn(self.reply)


# A due reminder not sent after this is late (the bot is not running, or cannot post).
REMINDER_LATE = timedelta(minutes=2)


@dataclass(frozen=True)
class WaitingQuestion:
    """An open escalation: nobody but the asker and the bot has replied yet."""

    ref: str                      # the asker's thread, "<channel>/<ts>"
    question: Optional[str]       # None: erased after the retention period
    asker: Optional[str]          # Slack user id; None once erased
    channel: str                  # where it was asked (a DM's id for a direct message)
    private: bool                 # asked in a DM or with /faq: people reply under the escalation post
    escalated_at: datetime
    read_at: datetime             # when the page read the database: "now"
    remind_at: Optional[datetime]   # None: no reminder was set up
    reminded_at: Optional[datetime]  # when a replica took on sending it (just before posting)
    permalink: Optional[str]      # only a https://*.slack.com/ link, else None

    @property
    def waited(self) -> str:
        return how_long(self.read_at - self.escalated_at)

    @property
    def reminder(self) -> str:
        """Whether the one reminder went out, in a sentence."""
        if self.reminded_at is not None:
            return f"Reminder sent {how_long(self.read_at - self.reminded_at)} ago."
        if self.remind_at is None:
            return "No reminder set up."
        if self.remind_at > self.read_at:
            return f"Reminder due in {how_long(self.remind_at - self.read_at)}."
        overdue = self.read_at - self.remind_at
        # A running bot looks for due reminders every escalation_reminder_poll seconds (30).
        if overdue < REMINDER_LATE:
            return "Reminder due now."
        return f"Reminder due {how_long(overdue)} ago, not sent yet: is the bot running?"


def how_long(delta: timedelta) -> str:
    """A duration as people say it: "under a minute", "7 min", "2 h 5 min", "14 h", "3 days 4 h"."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        # Minutes matter in the first hours, not once half a day has gone.
        return f"{hours} h {minutes} min" if minutes and hours < 10 else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} day{'s' if days != 1 else ''}" + (f" {hours} h" if hours and days < 7 else "")


@dataclass(frozen=True)
class AnswersRead:
    """What the feedback database says (read within the console's bound)."""

    escalations: list       # answered escalations whose question and reply are stored
    downvoted: set          # (question_key, faq_id) of standing 👎
    waiting: list[WaitingQuestion]  # open escalations, the longest waiting first


@dataclass(frozen=True)
class AnswersPage:
    answers: list[PersonAnswer]
    in_faq: int             # answered escalations the bot now answers itself
    feedback_error: Optional[str]
    waiting: list[WaitingQuestion]


def people_answers(store) -> AnswersRead:
    stored = store.escalations()  # oldest first
    escalations = [e for e in stored if e.answered and e.question and e.reply]
    downvoted = {(question_key(q), faq_id) for q, faq_id in store.downvoted_questions()}
    now = store.clock()
    return AnswersRead(escalations, downvoted, [waiting_question(e, now) for e in stored if not e.answered])


def waiting_question(escalation, now: datetime) -> WaitingQuestion:
    channel, _, _ = escalation.thread_ref.partition("/")
    return WaitingQuestion(
        escalation.thread_ref, escalation.question, escalation.user_id, channel,
        escalation.relay_ref is not None, escalation.escalated_at, now,
        escalation.remind_at, escalation.reminded_at, slack_link(escalation.permalink))


def answered_escalation(store, ref: str):
    """The answered escalation named ``ref`` with its question and reply, else None."""
    escalation = store.escalation(ref)
    if escalation is None or not (escalation.answered and escalation.question and escalation.reply):
        return None
    return escalation


def answers_page(service, read: "AnswersRead | str", cache: EmbeddingCache) -> AnswersPage:
    """``read``: what :func:`people_answers` read, or a sentence saying why there is none."""
    if isinstance(read, str):
        return AnswersPage([], 0, read, [])
    answers, in_faq = [], 0
    for escalation in read.escalations:
        vector = cache.get(service, escalation.question)
        answer = service.answerer.answer_embedding(service.bounded(escalation.question), vector.tolist())
        match = answer.match.id if answer.match else None
        if outcome_of(answer) == ANSWERED and (question_key(escalation.question), match) not in read.downvoted:
            in_faq += 1
            continue
        best = answer.candidates[0] if answer.candidates else None
        nearest = None if best is None else NearEntry(
            best.node.metadata["faq_id"], best.node.metadata.get("question", ""), float(best.score or 0),
            f"{best.node.metadata.get('source', '')}:{best.node.metadata.get('line', '')}")
        answers.append(PersonAnswer(escalation.thread_ref, escalation.question, escalation.reply,
                                    escalation.answered_by, escalation.answered_at, nearest))
    answers.sort(key=lambda a: a.answered_at, reverse=True)  # the newest first
    return AnswersPage(answers, in_faq, None, read.waiting)

"""The People's answers page: what people replied to questions escalated from Slack
(*Ask a person*, bot/slack/escalation.py) that the FAQ does not answer yet, each with
"Draft an entry from this".

An answered escalation is listed when its question and the person's reply are stored
(the feedback store's ``feedback_escalations``; retention erases both). It leaves the
page once the bot answers its question itself — with an entry that did not get a 👎 on
that very question (the answer that sent the asker to a person is not a fix).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from bot.console.hits import ANSWERED, outcome_of
from bot.console.unanswered import EmbeddingCache, NearEntry
from bot.feedback.report import question_key
from bot.slack.mrkdwn import from_mrkdwn


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


@dataclass(frozen=True)
class AnswersRead:
    """What the feedback database says (read within the console's bound)."""

    escalations: list       # answered escalations whose question and reply are stored
    downvoted: set          # (question_key, faq_id) of standing 👎


@dataclass(frozen=True)
class AnswersPage:
    answers: list[PersonAnswer]
    in_faq: int             # answered escalations the bot now answers itself
    feedback_error: Optional[str]


def people_answers(store) -> AnswersRead:
    escalations = [e for e in store.escalations() if e.answered and e.question and e.reply]
    downvoted = {(question_key(q), faq_id) for q, faq_id in store.downvoted_questions()}
    return AnswersRead(escalations, downvoted)


def answered_escalation(store, ref: str):
    """The answered escalation named ``ref`` with its question and reply, else None."""
    escalation = store.escalation(ref)
    if escalation is None or not (escalation.answered and escalation.question and escalation.reply):
        return None
    return escalation


def answers_page(service, read: "AnswersRead | str", cache: EmbeddingCache) -> AnswersPage:
    """``read``: what :func:`people_answers` read, or a sentence saying why there is none."""
    if isinstance(read, str):
        return AnswersPage([], 0, read)
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
    return AnswersPage(answers, in_faq, None)

"""What the bot says, whatever the Slack surface: mention, DM, /faq or a button.

Each method returns a :class:`~bot.slack.blocks.Message` and records in the feedback
store what maintainers and analytics need (every question's outcome, accepted
suggestions, votes). Nothing here talks to Slack.

Button values come back from Slack as the client sent them, so a click can carry any
FAQ id: an id the live index does not have is rejected with a log line and never stored.
"""

from __future__ import annotations

import logging
import re
from typing import Callable, Optional

from sqlalchemy.exc import SQLAlchemyError

from bot.embeddings.errors import EmbeddingServiceError
from bot.retrieval.answer import Match
from bot.retrieval.policy import UNRESTRICTED, AnswerPolicy
from bot.service import FaqService
from bot.slack.blocks import (
    ENTRY_GONE, THANKS, UNAVAILABLE, USAGE, VOTE_NOT_RECORDED, AskOrigin, AskValue, ButtonValue, Message,
    answer_message, not_sure_message, text_message, with_ask_person,
)
from bot.feedback.schema import ANSWERED, DECLINED, DID_YOU_MEAN
from bot.feedback.store import FeedbackNotRecorded, FeedbackStore, InvalidFeedback, shown_id
from bot.retrieval.language import detect_language
from bot.slack.policy import NOT_ANSWERED_HERE
from bot.slack.text import question_text

log = logging.getLogger(__name__)

_URL_CREDENTIALS = re.compile(r"(//)[^/@\s]+@")


class Replies:
    def __init__(self, service: FaqService, feedback: FeedbackStore) -> None:
        self.service = service
        self.feedback = feedback

    def to_question(self, slack_text: Optional[str], *, user: Optional[str],
                    channel: Optional[str], shareable: bool = False,
                    policy: AnswerPolicy = UNRESTRICTED, ask_person: Optional[AskOrigin] = None) -> Message:
        """The answer to a question as typed in Slack (markup and all), within ``policy``.
        ``ask_person``: where it was asked, when the conversation escalates: a "not sure"
        or "Did you mean" reply then offers *Ask a person*."""
        question = question_text(slack_text, self.service.settings.max_question_chars)
        if not question:
            return text_message(USAGE)
        try:
            answer = self.service.answer(question, policy)
        except EmbeddingServiceError as error:
            return _unavailable(error)
        if answer.match:
            self._record(lambda: self.feedback.record_question(
                ANSWERED, question=question, user=user, channel=channel,
                faq_id=answer.match.id, score=answer.match.score))
            return answer_message(answer.match, question, shareable=shareable)
        offered = answer.choices or answer.suggestions
        self._record(lambda: self.feedback.record_question(
            DID_YOU_MEAN if answer.choices else DECLINED, question=question, user=user,
            channel=channel, faq_id=offered[0].id if offered else None,
            score=offered[0].score if offered else None, suggestions=[s.id for s in offered]))
        reply = not_sure_message(answer)
        if ask_person:
            reply = with_ask_person(reply, AskValue(question, ask_person.thread_ts, ask_person.kind),
                                    detect_language(question))
        return reply

    def to_overheard(self, slack_text: Optional[str], *,
                     policy: AnswerPolicy = UNRESTRICTED) -> Optional[Message]:
        """The answer to a message nobody asked the bot (listen mode): only a confident
        match, never "not sure" or "Did you mean…"; None means stay silent."""
        question = question_text(slack_text, self.service.settings.max_question_chars)
        if not question:
            return None
        try:
            answer = self.service.answer(question, policy)
        except EmbeddingServiceError as error:
            log.warning("listen mode: answering failed, stayed silent: %s",
                        _URL_CREDENTIALS.sub(r"\1***@", str(error)))
            return None
        return answer_message(answer.match, question) if answer.match else None

    def to_suggestion(self, value: ButtonValue, *, user: Optional[str], channel: Optional[str],
                      shareable: bool = False, policy: AnswerPolicy = UNRESTRICTED) -> Message:
        """The answer of a suggested entry the user clicked."""
        match = self._entry(value, user)
        if match is None:
            return text_message(ENTRY_GONE)
        if not policy.allows(match.category):  # the channel's settings changed since
            return text_message(NOT_ANSWERED_HERE)
        self._record(lambda: self.feedback.record_accepted(
            match.id, question=value.question, user=user, channel=channel))
        return answer_message(match, value.question, shareable=shareable)

    def to_share(self, value: ButtonValue, *, user: str) -> Optional[Message]:
        """The answer a user shares from their ephemeral /faq reply to the channel."""
        match = self._entry(value, user)
        return answer_message(match, value.question, shared_by=user) if match else None

    def answered_under(self, value: ButtonValue, policy: AnswerPolicy) -> bool:
        """False when the button's entry is in a category ``policy`` leaves out (the
        channel's settings changed since the button was sent); a gone entry is True here
        and reported by to_share/to_suggestion."""
        match = self._entry(value)
        return match is None or policy.allows(match.category)

    def to_vote(self, vote: str, value: ButtonValue, *, user: Optional[str],
                channel: Optional[str], message_ts: Optional[str],
                ask_person: Optional[AskOrigin] = None) -> Message:
        """A 👍/👎; the user's later click on the same answer replaces this one. A 👎 offers
        *Ask a person* when ``ask_person`` (where the answer was asked for) is given."""
        match = self._entry(value, user)
        if match is None:
            return text_message(ENTRY_GONE)
        recorded = self._record(lambda: self.feedback.record_vote(
            vote, match.id, question=value.question, user=user, channel=channel,
            message_ts=message_ts))
        # Thanked only for a vote that is durably written (the spool counts).
        reply = text_message(THANKS[vote] if recorded else VOTE_NOT_RECORDED)
        if vote == "down" and ask_person:
            reply = with_ask_person(reply, AskValue(value.question, ask_person.thread_ts, ask_person.kind),
                                    detect_language(value.question))
        return reply

    def _entry(self, value: ButtonValue, user: Optional[str] = None) -> Optional[Match]:
        """The entry a button names, if the live index has it (a forged or stale id: None)."""
        match = (self.service.entry(value.faq_id, value.score, value.question or "")
                 if value.faq_id else None)
        if match is None:
            log.warning("button names no FAQ entry in the index, not recorded: id %s from user %s",
                        shown_id(value.faq_id), shown_id(user))
        return match

    def _record(self, write: Callable[[], None]) -> bool:
        """Store feedback; if that fails, the user still gets their answer. True: written."""
        try:
            write()
            return True
        except (SQLAlchemyError, InvalidFeedback, FeedbackNotRecorded) as error:
            # The class name only: the message may quote the statement.
            log.error("feedback not stored: %s", type(error).__name__)
            return False


def _unavailable(error: Exception) -> Message:
    log.warning("answering failed, told the user to retry: %s",
                _URL_CREDENTIALS.sub(r"\1***@", str(error)))
    return text_message(UNAVAILABLE)

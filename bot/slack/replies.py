"""What the bot says, whatever the Slack surface: mention, DM, /faq or a button.

Each method returns a :class:`~bot.slack.blocks.Message` and records in the feedback
log what maintainers should see (misses, accepted suggestions, votes). Nothing here
talks to Slack.
"""

from __future__ import annotations

import logging
import re
from typing import Optional

from bot.embeddings.errors import EmbeddingServiceError
from bot.retrieval.answer import Match
from bot.service import FaqService
from bot.slack.blocks import (
    ENTRY_GONE, THANKS, UNAVAILABLE, USAGE, ButtonValue, Message, answer_message, not_sure_message,
    text_message,
)
from bot.slack.feedback import ACCEPTED, FEEDBACK, UNANSWERED, FeedbackLog
from bot.slack.text import question_text

log = logging.getLogger(__name__)

_URL_CREDENTIALS = re.compile(r"(//)[^/@\s]+@")


class Replies:
    def __init__(self, service: FaqService, feedback: FeedbackLog) -> None:
        self.service = service
        self.feedback = feedback

    def to_question(self, slack_text: Optional[str], *, user: Optional[str],
                    channel: Optional[str], shareable: bool = False) -> Message:
        """The answer to a question as typed in Slack (markup and all)."""
        question = question_text(slack_text)
        if not question:
            return text_message(USAGE)
        try:
            answer = self.service.answer(question)
        except EmbeddingServiceError as error:
            return _unavailable(error)
        if answer.match:
            return answer_message(answer.match, question, shareable=shareable)
        self.feedback.record(UNANSWERED, question=question, user=user, channel=channel,
                             suggestions=[s.id for s in answer.suggestions])
        return not_sure_message(answer)

    def to_suggestion(self, value: ButtonValue, *, user: Optional[str], channel: Optional[str],
                      shareable: bool = False) -> Message:
        """The answer of a suggested entry the user clicked."""
        match = self._entry(value)
        if match is None:
            return text_message(ENTRY_GONE)
        self.feedback.record(ACCEPTED, question=value.question, faq_id=value.faq_id,
                             user=user, channel=channel)
        return answer_message(match, value.question, shareable=shareable)

    def to_share(self, value: ButtonValue, *, user: str) -> Optional[Message]:
        """The answer a user shares from their ephemeral /faq reply to the channel."""
        match = self._entry(value)
        return answer_message(match, value.question, shared_by=user) if match else None

    def to_vote(self, vote: str, value: ButtonValue, *, user: Optional[str],
                channel: Optional[str], message_ts: Optional[str]) -> Message:
        self.feedback.record(FEEDBACK, vote=vote, faq_id=value.faq_id, question=value.question,
                             user=user, channel=channel, message_ts=message_ts)
        return text_message(THANKS[vote])

    def _entry(self, value: ButtonValue) -> Optional[Match]:
        return self.service.entry(value.faq_id, value.score)


def _unavailable(error: Exception) -> Message:
    log.warning("answering failed, told the user to retry: %s",
                _URL_CREDENTIALS.sub(r"\1***@", str(error)))
    return text_message(UNAVAILABLE)

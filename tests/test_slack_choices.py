"""An ambiguous question shows "Did you mean…" with both choices as buttons in Slack."""

import json

from bot.retrieval.answer import Answer, Suggestion
from bot.slack.blocks import DID_YOU_MEAN, NOT_SURE, not_sure_message


def test_choices_are_offered_instead_of_not_sure():
    choices = [Suggestion("reset-password", "How do I reset my password?", 0.71),
               Suggestion("change-password", "How do I change my password?", 0.70)]
    suggestions = [*choices, Suggestion("refund", "Can I get a refund?", 0.2)]
    message = not_sure_message(Answer("password help", None, suggestions, [], choices))
    text = json.dumps(message.blocks, ensure_ascii=False)
    assert DID_YOU_MEAN in text and NOT_SURE not in text
    buttons = message.blocks[1]["elements"]
    assert [b["text"]["text"] for b in buttons] == [c.question for c in choices]


def test_without_choices_it_is_not_sure_with_suggestions():
    suggestions = [Suggestion("refund", "Can I get a refund?", 0.2)]
    message = not_sure_message(Answer("weather?", None, suggestions, []))
    assert NOT_SURE in json.dumps(message.blocks, ensure_ascii=False)

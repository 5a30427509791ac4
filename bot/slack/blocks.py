"""Block Kit messages the bot sends, each with a plain-text fallback.

Buttons carry a small JSON value (:class:`ButtonValue`) so a click can be handled
without any state on the bot's side.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Optional

from bot.retrieval.answer import Answer, Match
from bot.slack.mrkdwn import escape, to_mrkdwn, to_plain_text

VOTE_UP = "faq_vote_up"
VOTE_DOWN = "faq_vote_down"
SHARE = "faq_share"
SUGGESTION = re.compile(r"^faq_suggestion_\d+$")

USAGE = "Ask me a question in your own words: mention me, send me a DM, or type `/faq your question`."
UNAVAILABLE = "The FAQ search is temporarily unavailable, try again in a minute."
NOT_SURE = "I'm not sure which FAQ entry answers that."
DID_YOU_MEAN = "Did you mean one of these two?"
ENTRY_GONE = "That FAQ entry is no longer in the FAQ. Ask again in your own words?"
NO_ANSWER_TEXT = "(This FAQ entry has no answer text yet.)"
THANKS = {"up": "Thanks for the 👍, glad it helped.", "down": "Thanks for the 👎, the FAQ maintainers will look at it."}

SECTION_LIMIT = 3000  # characters of text in one section block
BUTTON_TEXT_LIMIT = 75
QUESTION_IN_VALUE_LIMIT = 1000  # a button value holds at most 2000 characters


@dataclass(frozen=True)
class Message:
    text: str  # plain-text fallback, shown in notifications
    blocks: list[dict]

    def as_kwargs(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


@dataclass(frozen=True)
class ButtonValue:
    """What an answer or suggestion button remembers: the entry and the asker's question."""

    faq_id: str
    question: str
    score: float

    def encode(self) -> str:
        question = self.question[:QUESTION_IN_VALUE_LIMIT]
        return json.dumps({"id": self.faq_id, "q": question, "s": round(self.score, 4)},
                          ensure_ascii=False)

    @classmethod
    def decode(cls, value: str) -> "ButtonValue":
        data = json.loads(value)
        return cls(str(data["id"]), str(data.get("q", "")), float(data.get("s", 0.0)))


def answer_message(match: Match, question: str, *, shareable: bool = False,
                   shared_by: Optional[str] = None) -> Message:
    """The FAQ answer, what it matched, where it comes from, and feedback buttons."""
    value = ButtonValue(match.id, question, match.score).encode()
    buttons = [_button("👍", VOTE_UP, value), _button("👎", VOTE_DOWN, value)]
    if shareable:
        buttons.append(_button("Share in channel", SHARE, value, style="primary"))
    blocks = [
        *_sections(to_mrkdwn(match.answer) or f"_{NO_ANSWER_TEXT}_"),
        _context(_plain(f"Matched “{match.question}” · score {match.score:.2f}"),
                 _mrkdwn(f"Source: `{escape(match.source)}:{match.line}`")),
        {"type": "actions", "block_id": "faq_answer_actions", "elements": buttons},
    ]
    if shared_by:
        blocks.insert(0, _context(_mrkdwn(f"<@{shared_by}> shared this FAQ answer")))
    fallback = to_plain_text(match.answer) or NO_ANSWER_TEXT
    return Message(fallback, blocks)


def not_sure_message(answer: Answer) -> Message:
    """'Did you mean…' with the two entries too close to call, or 'I'm not sure' with
    the closest entries; either way as buttons that post the chosen answer."""
    offered = answer.choices or answer.suggestions
    if not offered:
        return text_message(NOT_SURE)
    buttons = [
        _button(_clip(s.question, BUTTON_TEXT_LIMIT), f"faq_suggestion_{i}",
                ButtonValue(s.id, answer.question, s.score).encode())
        for i, s in enumerate(offered)
    ]
    heading = DID_YOU_MEAN if answer.choices else f"{NOT_SURE} Did you mean one of these?"
    return Message(heading, [
        {"type": "section", "text": _mrkdwn(heading)},
        {"type": "actions", "block_id": "faq_suggestions", "elements": buttons},
    ])


def text_message(text: str) -> Message:
    return Message(text, [{"type": "section", "text": _mrkdwn(text)}])


def _sections(mrkdwn: str) -> list[dict]:
    return [{"type": "section", "text": _mrkdwn(chunk)} for chunk in _chunks(mrkdwn, SECTION_LIMIT)]


def _chunks(text: str, limit: int) -> list[str]:
    """Split at paragraph breaks (or hard, for an over-long paragraph) to fit ``limit``."""
    chunks: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        while len(paragraph) > limit:
            chunks.append(paragraph[:limit])
            paragraph = paragraph[limit:]
        current = paragraph
    if current:
        chunks.append(current)
    return chunks


def _button(text: str, action_id: str, value: str, style: Optional[str] = None) -> dict:
    button = {"type": "button", "text": {"type": "plain_text", "text": text, "emoji": True},
              "action_id": action_id, "value": value}
    if style:
        button["style"] = style
    return button


def _context(*elements: dict) -> dict:
    return {"type": "context", "elements": list(elements)}


def _mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text}


def _plain(text: str) -> dict:
    return {"type": "plain_text", "text": _clip(text, SECTION_LIMIT), "emoji": True}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""Block Kit messages the bot sends, each with a plain-text fallback.

Buttons carry a small JSON value (:class:`ButtonValue`) so a click can be handled
without any state on the bot's side.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from bot.faq.entry import ID_PATTERN
from bot.retrieval.answer import Answer, Match
from bot.slack.mrkdwn import escape, to_mrkdwn, to_plain_text

VOTE_UP = "faq_vote_up"
VOTE_DOWN = "faq_vote_down"
SHARE = "faq_share"
SUGGESTION = re.compile(r"^faq_suggestion_\d+$")
ASK_PERSON = "faq_ask_person"
SAVE_AS_FAQ = "faq_save_as_faq"        # the message shortcut's callback id
SAVE_AS_FAQ_VIEW = "faq_save_as_faq_view"

USAGE = "Ask me a question in your own words: mention me, send me a DM, or type `/faq your question`."
UNAVAILABLE = "The FAQ search is temporarily unavailable, try again in a minute."
NOT_SURE = "I'm not sure which FAQ entry answers that."
DID_YOU_MEAN = "Did you mean one of these two?"
BUTTON_EXPIRED = "This button has expired. Please ask your question again."
ENTRY_GONE = "That FAQ entry is no longer in the FAQ. Ask again in your own words?"
NO_ANSWER_TEXT = "(This FAQ entry has no answer text yet.)"
THANKS = {"up": "Thanks for the 👍, glad it helped.", "down": "Thanks for the 👎, the FAQ maintainers will look at it."}
VOTE_NOT_RECORDED = "Sorry, your vote could not be recorded just now. Please click again in a minute."

# Block Kit's limits (Slack's reference pages for blocks, elements and text objects).
MESSAGE_BLOCKS_LIMIT = 50
TEXT_LIMIT = 3000           # any text object: section text, context elements
BUTTON_TEXT_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
# Slack rejects a message whose blocks hold too much text in all (msg_blocks_too_long)
# well below its documented 40,000 characters: reported from about 11,300 up. Every
# string in the blocks counts against this budget, ours kept safely under that.
MESSAGE_TEXT_BUDGET = 10_000
FALLBACK_TEXT_LIMIT = 3000  # the notification text; Slack truncates it at 40,000 anyway
QUESTION_IN_VALUE_LIMIT = 1000
MATCHED_QUESTION_LIMIT = 200
SOURCE_LIMIT = 300
MAX_SUGGESTION_BUTTONS = 3


class InvalidButtonValue(ValueError):
    """A button value this bot did not write (forged, foreign, from an old version)."""


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
        """JSON of at most BUTTON_VALUE_LIMIT characters, whatever the question: the
        longest prefix of the question whose escaped whole fits (a `"` takes two
        characters in JSON, a control character six)."""
        question = printable(self.question)[:QUESTION_IN_VALUE_LIMIT]
        fits, short = 0, len(question) + 1  # binary search: prefix `fits` fits, `short` not
        while short - fits > 1:
            middle = (fits + short) // 2
            if slack_length(self._json(question[:middle])) <= BUTTON_VALUE_LIMIT:
                fits = middle
            else:
                short = middle
        value = self._json(question[:fits])
        if slack_length(value) > BUTTON_VALUE_LIMIT:  # ids are ≤ 200 characters: cannot happen
            raise ValueError(f"FAQ id {self.faq_id[:50]!r}… does not fit a button value")
        return value

    def _json(self, question: str) -> str:
        return json.dumps({"id": self.faq_id, "q": question, "s": round(self.score, 4)},
                          ensure_ascii=False)

    @classmethod
    def decode(cls, value: object) -> "ButtonValue":
        """The value of a button this bot made; InvalidButtonValue for anything else."""
        if not isinstance(value, str):
            raise InvalidButtonValue(f"value is {type(value).__name__}, not text")
        if slack_length(value) > BUTTON_VALUE_LIMIT:
            raise InvalidButtonValue(f"value of {len(value)} characters, over Slack's {BUTTON_VALUE_LIMIT}")
        try:
            data = json.loads(value)
        except (ValueError, RecursionError):
            raise InvalidButtonValue("value is not JSON") from None
        if not isinstance(data, dict):
            raise InvalidButtonValue(f"value is a JSON {type(data).__name__}, not an object")
        faq_id, question, score = data.get("id"), data.get("q", ""), data.get("s", 0.0)
        if not isinstance(faq_id, str) or not ID_PATTERN.match(faq_id):
            raise InvalidButtonValue("value has no valid FAQ id")
        if not isinstance(question, str):
            raise InvalidButtonValue("value's question is not text")
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not math.isfinite(score):
            raise InvalidButtonValue("value's score is not a number")
        return cls(faq_id, question, float(score))


def answer_message(match: Match, question: str, *, shareable: bool = False,
                   shared_by: Optional[str] = None) -> Message:
    """The FAQ answer, what it matched, where it comes from, and feedback buttons.

    An answer too long for one section is split across sections; one too long for a
    message at all is cut, with a note saying where the full text is."""
    value = ButtonValue(match.id, question, match.score).encode()
    buttons = [_button("👍", VOTE_UP, value), _button("👎", VOTE_DOWN, value)]
    if shareable:
        buttons.append(_button("Share in channel", SHARE, value, style="primary"))
    location = clip(f"{match.source}:{match.line}", SOURCE_LIMIT)
    head = [_context(_mrkdwn(f"<@{shared_by}> shared this FAQ answer"))] if shared_by else []
    tail = [
        _context(_plain(f"Matched “{clip(match.question, MATCHED_QUESTION_LIMIT)}” · "
                        f"score {match.score:.2f}"),
                 _mrkdwn(f"Source: `{escape(location)}`")),
        {"type": "actions", "block_id": "faq_answer_actions", "elements": buttons},
    ]
    cut_note = _context(_mrkdwn(f"_{ANSWER_CUT} `{escape(location)}`._"))
    room = MESSAGE_TEXT_BUDGET - text_size(head + tail + [cut_note])
    sections, cut = _answer_sections(to_mrkdwn(match.answer) or f"_{NO_ANSWER_TEXT}_", room,
                                     MESSAGE_BLOCKS_LIMIT - len(head) - len(tail) - 1)
    blocks = [*head, *sections, *([cut_note] if cut else []), *tail]
    fallback = clip(to_plain_text(match.answer) or NO_ANSWER_TEXT, FALLBACK_TEXT_LIMIT)
    return Message(fallback, blocks)


def not_sure_message(answer: Answer) -> Message:
    """'Did you mean…' with the two entries too close to call, or 'I'm not sure' with
    the closest entries; either way as buttons that post the chosen answer."""
    # At most three: each button's value may take up to 2,000 characters of the budget.
    offered = (answer.choices or answer.suggestions)[:MAX_SUGGESTION_BUTTONS]
    if not offered:
        return text_message(NOT_SURE)
    buttons = [
        _button(s.question.strip() or s.id, f"faq_suggestion_{i}",
                ButtonValue(s.id, answer.question, s.score).encode())
        for i, s in enumerate(offered)
    ]
    heading = DID_YOU_MEAN if answer.choices else f"{NOT_SURE} Did you mean one of these?"
    return Message(heading, [
        {"type": "section", "text": _mrkdwn(heading)},
        {"type": "actions", "block_id": "faq_suggestions", "elements": buttons},
    ])


# -- Ask a person ------------------------------------------------------------------------
ASK_PERSON_LABEL = {"en": "Ask a person", "zh": "问问同事"}
_TS = re.compile(r"^\d{1,12}\.\d{1,8}$")


# Where a question offered *Ask a person* was asked, which decides how its asker is
# reached: in the thread (a channel: people reply there), or privately (a DM, /faq:
# people reply under the escalation post and the bot passes the first reply on).
ASKED_IN_THREAD = "t"
ASKED_IN_DM = "d"
ASKED_BY_COMMAND = "c"
ASKED_KINDS = (ASKED_IN_THREAD, ASKED_IN_DM, ASKED_BY_COMMAND)


@dataclass(frozen=True)
class AskOrigin:
    """Where a reply offering *Ask a person* was asked: the asker's thread (or stamp) and
    how it was asked (``ASKED_*``)."""

    thread_ts: str
    kind: str = ASKED_IN_THREAD


@dataclass(frozen=True)
class AskValue:
    """What the *Ask a person* button remembers: the question, the asker's thread (for
    /faq, whose answer has no message, the answer's own stamp) and how it was asked.
    Who asks is the clicker (from Slack, not the value), where is the click's channel."""

    question: str
    thread_ts: str
    kind: str = ASKED_IN_THREAD

    @property
    def private(self) -> bool:
        return self.kind != ASKED_IN_THREAD

    def encode(self) -> str:
        question = printable(self.question)[:QUESTION_IN_VALUE_LIMIT]
        data = {"q": question, "t": self.thread_ts}
        if self.kind != ASKED_IN_THREAD:
            data["k"] = self.kind
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def decode(cls, value: object) -> "AskValue":
        if not isinstance(value, str) or slack_length(value) > BUTTON_VALUE_LIMIT:
            raise InvalidButtonValue("not an Ask a person value")
        try:
            data = json.loads(value)
        except (ValueError, RecursionError):
            raise InvalidButtonValue("value is not JSON") from None
        if not isinstance(data, dict) or not isinstance(data.get("q"), str) \
                or not isinstance(data.get("t"), str) or not _TS.match(data["t"]) \
                or data.get("k", ASKED_IN_THREAD) not in ASKED_KINDS:
            raise InvalidButtonValue("not an Ask a person value")
        return cls(data["q"], data["t"], data.get("k", ASKED_IN_THREAD))


def with_ask_person(message: Message, value: AskValue, language: Optional[str]) -> Message:
    """``message`` with an *Ask a person* button under it."""
    label = ASK_PERSON_LABEL.get(language or "", ASK_PERSON_LABEL["en"])
    button = _button(f"🙋 {label}", ASK_PERSON, value.encode())
    return Message(message.text, [*message.blocks,
                                  {"type": "actions", "block_id": "faq_ask_person", "elements": [button]}])


@dataclass(frozen=True)
class Nearest:
    faq_id: str
    question: str
    score: float


def escalation_post(*, asker: str, channel: str, question: str, permalink: Optional[str],
                    nearest: list[Nearest], mention: Optional[str],
                    kind: str = ASKED_IN_THREAD) -> Message:
    """The question as posted to the escalation channel."""
    who = f"<!subteam^{mention}> " if mention else ""
    link = f" · <{permalink}|open the thread>" if permalink else ""
    if kind == ASKED_IN_THREAD:
        head = f"{who}<@{asker}> asked in <#{channel}> and the FAQ had no good answer{link}:"
        reply = "Reply in the asker's thread (the link above); a maintainer can then *Save as FAQ* the reply."
    else:
        where = "in a direct message" if kind == ASKED_IN_DM else f"with `/faq` in <#{channel}>"
        head = f"{who}<@{asker}> asked me privately ({where}) and the FAQ had no good answer:"
        reply = ("Reply *in this thread*: I pass the first reply on to the asker; a maintainer can "
                 "then *Save as FAQ* the reply.")
    quoted = "\n".join(f"> {escape(line)}" for line in clip(question, 1500).splitlines() or ["…"])
    lines = [f"• {escape(clip(n.question, MATCHED_QUESTION_LIMIT))} (`{escape(clip(n.faq_id, 80))}`) "
             f"· confidence {n.score:.2f}" for n in nearest[:MAX_SUGGESTION_BUTTONS]]
    near = "*The bot's nearest entries*\n" + ("\n".join(lines) if lines else "none")
    return Message(clip(f"Question from <@{asker}>: {question}", FALLBACK_TEXT_LIMIT), [
        _section(head), _section(quoted), _section(near), _context(_mrkdwn(reply))])


def escalation_told(target: str, mention: Optional[str], language: Optional[str],
                    kind: str = ASKED_IN_THREAD) -> Message:
    """What the asker is told, in their language: who was asked, and where the reply comes."""
    who = f"<!subteam^{mention}> in <#{target}>" if mention else f"<#{target}>"
    if language == "zh":
        who = f"<#{target}> 的 <!subteam^{mention}>" if mention else f"<#{target}>"
        where = {ASKED_IN_THREAD: "他们会在这个话题里回复你。",
                 ASKED_IN_DM: "收到第一条回复后我会在这里转告你。",
                 ASKED_BY_COMMAND: "收到第一条回复后我会私信转告你。"}[kind]
        return text_message(f"我已把你的问题转给 {who}，{where}")
    where = {ASKED_IN_THREAD: "someone will reply in this thread.",
             ASKED_IN_DM: "I'll pass the first reply on to you here.",
             ASKED_BY_COMMAND: "I'll pass the first reply on to you in a direct message."}[kind]
    return text_message(f"I've asked {who}: {where}")


RELAYED_REPLY_LIMIT = 2500


def escalation_relayed(*, answerer: str, target: str, reply: str, question: str,
                       language: Optional[str]) -> Message:
    """A person's reply to a privately asked question, passed on to the asker."""
    quoted = "\n".join(f"> {line}" for line in clip(reply, RELAYED_REPLY_LIMIT).splitlines() or ["…"])
    asked = escape(clip(question, MATCHED_QUESTION_LIMIT))
    if language == "zh":
        head = f"<@{answerer}> 在 <#{target}> 回复了你的问题「{asked}」："
    else:
        head = f"<@{answerer}> replied in <#{target}> to your question “{asked}”:"
    return Message(clip(f"{head} {reply}", FALLBACK_TEXT_LIMIT), [_section(head), _section(quoted)])


def escalation_reminder(asker: str, permalink: Optional[str], mention: Optional[str]) -> Message:
    who = f"<!subteam^{mention}> " if mention else ""
    link = f" <{permalink}|Open the thread>." if permalink else ""
    return text_message(f"{who}Reminder: <@{asker}>'s question still has no reply.{link}")


ALREADY_ASKED = {"en": "A person has already been asked about this question.",
                 "zh": "这个问题已经转给同事了。"}
NOBODY_TO_ASK = "Nobody to ask is set up for this channel."
NOT_A_MAINTAINER = "Only FAQ maintainers can save messages to the FAQ."


# -- Save as FAQ ---------------------------------------------------------------------
SAVE_BLOCKS = ("question", "answer", "file", "alternate_of")


def save_as_faq_view(*, question: str, answer: str, file: str, entries: list[Nearest],
                     metadata: str) -> dict:
    """The *Save as FAQ* modal: question, answer (FAQ markdown), target file, or an entry
    to add the question to as an alternate."""
    def text_input(block: str, label: str, value: str, multiline: bool = False,
                   optional: bool = False, hint: Optional[str] = None) -> dict:
        element = {"type": "plain_text_input", "action_id": block, "multiline": multiline}
        if value:
            element["initial_value"] = clip(value, 2900 if multiline else 150 * 20)
        block_ = {"type": "input", "block_id": block, "label": _plain(label), "element": element,
                  "optional": optional}
        if hint:
            block_["hint"] = _plain(hint)
        return block_

    blocks = [text_input("question", "Question", question),
              text_input("answer", "Answer (markdown)", answer, multiline=True, optional=True,
                         hint="Needed for a new entry; left out when adding an alternate."),
              text_input("file", "FAQ file for a new entry", file)]
    if entries:
        options = [{"text": _plain(clip(f"{e.question} ({e.faq_id})", BUTTON_TEXT_LIMIT)),
                    "value": e.faq_id[:150]} for e in entries[:MAX_SUGGESTION_BUTTONS + 7]]
        blocks.append({"type": "input", "block_id": "alternate_of", "optional": True,
                       "label": _plain("Or add the question as an alternate of entry…"),
                       "element": {"type": "static_select", "action_id": "alternate_of",
                                   "placeholder": _plain("a new entry"), "options": options}})
    return {"type": "modal", "callback_id": SAVE_AS_FAQ_VIEW, "private_metadata": metadata[:3000],
            "title": _plain("Save as FAQ"), "submit": _plain("Save"), "close": _plain("Cancel"),
            "blocks": blocks}


def text_message(text: str) -> Message:
    return Message(clip(text, FALLBACK_TEXT_LIMIT), [{"type": "section", "text": _mrkdwn(text)}])


# -- App Home -------------------------------------------------------------------------
HOME_BLOCKS_LIMIT = 100
HEADER_LIMIT = 150
HOME_CATEGORIES_SHOWN = 40
HOW_TO_ASK = ("*How to ask*, in your own words, in English or Chinese:\n"
              "• mention me in a channel: `@faqbot how do I reset my password?` "
              "(I answer in the thread)\n"
              "• send me a direct message\n"
              "• type `/faq your question`: only you see the answer, and you can share it")
INDEX_LOADING = "The FAQ is loading. Come back in a minute to see what I know."


@dataclass(frozen=True)
class FaqOverview:
    entries: int
    categories: tuple[tuple[str, int], ...]  # (name, entries), most entries first


@dataclass(frozen=True)
class OutcomeSummary:
    """What the admin part of the home tab shows: counts since ``days`` ago, or why not."""

    days: int
    answered: Optional[int] = None
    unanswered: Optional[int] = None
    unavailable: Optional[str] = None
    escalations_open: Optional[int] = None      # Ask a person: no reply yet
    escalations_answered: Optional[int] = None


def home_view(overview: Optional[FaqOverview], outcomes: Optional[OutcomeSummary]) -> dict:
    """The App Home tab: what the bot knows and how to ask; ``outcomes`` for admins only."""
    blocks: list[dict] = [_header("What I can answer")]
    if overview is None:
        blocks.append(_section(INDEX_LOADING))
    else:
        noun = "entry" if overview.entries == 1 else "entries"
        blocks.append(_section(f"I answer from the team FAQ: *{overview.entries} {noun}*"
                               f" in {len(overview.categories)} categories."))
        if overview.categories:
            blocks.append(_section(_category_list(overview.categories)))
    blocks += [{"type": "divider"}, _section(HOW_TO_ASK)]
    if outcomes is not None:
        blocks += [{"type": "divider"}, _header(f"Last {outcomes.days} days (admins only)"),
                   _section(_outcome_text(outcomes)),
                   _context(_mrkdwn("`faqbot report` lists the unanswered questions; "
                                    "`faqbot report --promote` turns confirmed wordings into alternates."))]
    return {"type": "home", "blocks": blocks[:HOME_BLOCKS_LIMIT]}


def _category_list(categories: tuple[tuple[str, int], ...]) -> str:
    lines = [f"• *{escape(clip(name, 60))}*: {count}" for name, count in categories[:HOME_CATEGORIES_SHOWN]]
    if len(categories) > HOME_CATEGORIES_SHOWN:
        lines.append(f"…and {len(categories) - HOME_CATEGORIES_SHOWN} more categories")
    return split_mrkdwn("\n".join(lines), TEXT_LIMIT)[0]


def _outcome_text(outcomes: OutcomeSummary) -> str:
    if outcomes.unavailable:
        return outcomes.unavailable
    text = f"*{outcomes.answered}* questions answered · *{outcomes.unanswered}* unanswered"
    if outcomes.escalations_open is not None:
        text += (f"\nAsked of a person: *{outcomes.escalations_open}* waiting for a reply · "
                 f"*{outcomes.escalations_answered}* answered (`faqbot report` lists them)")
    return text


def _header(text: str) -> dict:
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, HEADER_LIMIT),
                                       "emoji": True}}


def _section(mrkdwn: str) -> dict:
    return {"type": "section", "text": _mrkdwn(mrkdwn)}


# -- fitting text into Slack's limits ------------------------------------------------
def slack_length(text: str) -> int:
    """Length in UTF-16 code units: never less than in code points, so a limit held in
    this measure holds in whichever one Slack counts (an emoji is 1 or 2)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def printable(text: str) -> str:
    """``text`` without lone surrogates (from a ``\\ud800`` in Slack's JSON), which
    cannot be encoded to send."""
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` (slack_length), ending in "…" when cut."""
    text = printable(text)
    if slack_length(text) <= limit:
        return text
    return text[:_fitting(text, limit - 1)] + "…"


def text_size(blocks: list[dict]) -> int:
    """Every string in ``blocks``, summed: what MESSAGE_TEXT_BUDGET limits."""
    return sum(slack_length(s) for s in _strings(blocks))


def split_mrkdwn(text: str, limit: int) -> list[str]:
    """``text`` in non-blank pieces of at most ``limit``, cut at a paragraph break, else
    a line break, else a space, never inside an ``&amp;`` entity or a ``<link|label>``
    where avoidable. A code block cut in two is closed and reopened, so both halves
    still show as code."""
    pieces: list[str] = []
    rest, in_fence = printable(text).strip(), False
    while rest:
        prefix = FENCE + "\n" if in_fence else ""
        if slack_length(prefix + rest) <= limit:
            piece, rest = prefix + rest, ""
        else:
            cut, skip = _cut_point(rest, limit - len(prefix) - len(FENCE) - 1)
            head, rest = rest[:cut].rstrip(), rest[cut + skip:].lstrip("\n")
            in_fence ^= _fence_lines(head) % 2 == 1
            piece = prefix + head + ("\n" + FENCE if in_fence else "")
        if piece.strip() and piece.strip() != FENCE:
            pieces.append(piece)
    return pieces


FENCE = "```"
ANSWER_CUT = "This answer is too long for Slack and was cut here. The full text is in"
_SECTION_COST = len("section") + len("mrkdwn")  # the strings of an empty section block
_MIN_PARTIAL = 200  # below this, a partial last section is not worth showing
_ENTITY_TAIL = re.compile(r"&[a-z]{0,5}$")


def _answer_sections(mrkdwn: str, room: int, most: int) -> tuple[list[dict], bool]:
    """Sections holding ``mrkdwn`` within ``room`` characters and ``most`` blocks, and
    whether it had to be cut."""
    sections: list[dict] = []
    for piece in split_mrkdwn(mrkdwn, TEXT_LIMIT):
        cost = slack_length(piece) + _SECTION_COST
        if len(sections) < most and cost <= room:
            sections.append({"type": "section", "text": _mrkdwn(piece)})
            room -= cost
            continue
        space = min(room - _SECTION_COST, TEXT_LIMIT)
        if len(sections) < most and space >= _MIN_PARTIAL:
            sections.append({"type": "section", "text": _mrkdwn(split_mrkdwn(piece, space)[0])})
        return sections, True
    return sections, False


def _cut_point(text: str, limit: int) -> tuple[int, int]:
    """Where to cut ``text`` so that text[:cut] fits ``limit``, and how many separator
    characters to drop there: the latest paragraph break, line break or space in the
    second half, never inside a link or an entity, else as late as possible."""
    end = _fitting(text, max(1, limit))
    window = text[:end]
    link = window.rfind("<")
    if 0 < link and link > window.rfind(">"):
        window = window[:link]
    entity = _ENTITY_TAIL.search(window)
    if entity and entity.start() > 0:
        window = window[:entity.start()]
    for separator in ("\n\n", "\n", " "):
        at = window.rfind(separator)
        if at > len(window) // 2:
            return at, len(separator)
    return max(1, len(window)), 0


def _fitting(text: str, limit: int) -> int:
    """The largest n with slack_length(text[:n]) <= limit."""
    if len(text) <= limit and not _has_wide(text[:limit]):
        return len(text)
    used = 0
    for n, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return n
    return len(text)


def _has_wide(text: str) -> bool:
    return any(ord(c) > 0xFFFF for c in text)


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def _fence_lines(text: str) -> int:
    return sum(1 for line in text.split("\n") if line.strip() == FENCE)


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _button(text: str, action_id: str, value: str, style: Optional[str] = None) -> dict:
    button = {"type": "button", "text": {"type": "plain_text", "emoji": True,
                                         "text": clip(_non_blank(text), BUTTON_TEXT_LIMIT)},
              "action_id": action_id, "value": value}
    if style:
        button["style"] = style
    return button


def _context(*elements: dict) -> dict:
    return {"type": "context", "elements": list(elements)}


def _mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": clip(_non_blank(text), TEXT_LIMIT)}


def _plain(text: str) -> dict:
    return {"type": "plain_text", "text": clip(_non_blank(text), TEXT_LIMIT), "emoji": True}


def _non_blank(text: str) -> str:
    """Slack rejects empty text objects; a blank one (say, an FAQ question of only
    spaces) shows as an ellipsis instead."""
    return text if text.strip() else "…"

"""Block Kit limits hold by construction, whatever the question or answer: property
tests over adversarial text (quotes, backslashes, control characters, emoji, CJK,
Slack's own markup, code fences, up to 40,000 characters), checked against the limits
written from Slack's reference pages (tests/block_kit_limits.py)."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from bot.retrieval.answer import Answer, Match, Suggestion
from bot.slack.blocks import (
    ANSWER_CUT, BUTTON_VALUE_LIMIT, FaqOverview, InvalidButtonValue, OutcomeSummary, ButtonValue,
    answer_message, home_view, not_sure_message, split_mrkdwn, text_message,
)
from block_kit_limits import length, violations

# Pieces people (and attackers) write: every one is a case some limit or escape gets wrong.
PIECES = ['"', "\\", "\x00", "\x01", "\u2028", "😀", "👍🏽", "忘记密码", "中文", "&", "<", ">",
          "&amp;", "<https://example.com/a_b?x=1&y=2|link>", "<@U0123>", "```", "`code`",
          "**bold**", "_it_", "~~s~~", "\n", "\n\n", " ", "# heading", "- item", "| a | b |",
          "a" * 50, "x" * 3100, "\ud83d"]
adversarial = st.lists(st.sampled_from(PIECES) | st.text(max_size=30), max_size=80).map("".join)
huge = st.tuples(adversarial, st.integers(1, 1000)).map(lambda t: (t[0] * t[1])[:40_000])
texts = adversarial | huge
faq_ids = st.from_regex(r"\A[^\s]{1,200}\Z", fullmatch=True)
scores = st.floats(-1, 2, allow_nan=False)
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def match(answer: str, question: str = "How do I reset my password?", faq_id: str = "reset",
          score: float = 0.9, source: str = "it.md") -> Match:
    return Match(id=faq_id, question=question, answer=answer, score=score, source=source, line=3)


@PROPERTY
@given(answer=texts, question=texts, faq_id=faq_ids, score=scores, entry_question=texts,
       shareable=st.booleans(), shared=st.booleans())
def test_answer_messages_keep_every_limit(answer, question, faq_id, score, entry_question,
                                          shareable, shared):
    message = answer_message(match(answer, entry_question, faq_id, score, entry_question[:500]),
                             question, shareable=shareable, shared_by="U0SHARER1" if shared else None)
    assert violations(message.blocks) == []
    assert 0 < length(message.text) <= 3000
    json.dumps(message.blocks).encode("utf-8")  # sendable: no lone surrogates


@PROPERTY
@given(question=texts, faq_id=faq_ids, score=scores)
def test_button_values_fit_and_read_back(question, faq_id, score):
    value = ButtonValue(faq_id, question, score).encode()
    assert length(value) <= BUTTON_VALUE_LIMIT
    decoded = ButtonValue.decode(value)
    assert (decoded.faq_id, decoded.score) == (faq_id, round(score, 4))
    clean = question.encode("utf-8", "replace").decode("utf-8")
    assert clean.startswith(decoded.question)
    if len(json.dumps(clean[:1000], ensure_ascii=False)) <= 1500:
        assert decoded.question == clean[:1000]  # shortened only when it had to be


@PROPERTY
@given(value=st.text(max_size=3000) | st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "q", "s", "x"]), children, max_size=4),
    max_leaves=20).map(json.dumps))
def test_decoding_anything_is_a_value_or_invalid_never_another_error(value):
    try:
        decoded = ButtonValue.decode(value)
    except InvalidButtonValue:
        return
    assert re.fullmatch(r"\S{1,200}", decoded.faq_id)
    assert isinstance(decoded.question, str) and isinstance(decoded.score, float)


@PROPERTY
@given(text=texts, limit=st.integers(50, 3000))
def test_split_pieces_fit_and_lose_nothing(text, limit):
    pieces = split_mrkdwn(text, limit)
    assert all(0 < length(p) <= limit and p.strip() for p in pieces)
    if "```" not in text and "\ud83d" not in text:
        assert "".join("".join(pieces).split()) == "".join(text.split())


def test_a_code_block_cut_in_two_stays_code_in_both_halves():
    code = "```\n" + "\n".join(f"line {i} &amp; more" for i in range(400)) + "\n```"
    pieces = split_mrkdwn(code, 3000)
    assert len(pieces) >= 3
    for piece in pieces:
        assert piece.startswith("```\n") and piece.endswith("\n```")


def test_links_and_entities_are_not_cut():
    link = "<https://example.com/very/long/path|the label>"
    pieces = split_mrkdwn(("word &amp; " * 30 + link + " ") * 40, 500)
    for piece in pieces:
        assert piece.count("<") == piece.count(">")
        assert not re.search(r"&[a-z]*$", piece) and not re.match(r"^[a-z]*;", piece)


def test_a_long_answer_is_split_then_cut_with_a_note_naming_the_source():
    answer = "\n\n".join(f"Paragraph {i}: " + "words " * 80 for i in range(200))  # ~100k
    message = answer_message(match(answer), "question")
    sections = [b["text"]["text"] for b in message.blocks if b["type"] == "section"]
    assert len(sections) >= 3
    shown = "\n\n".join(sections).split()
    assert answer.split()[:len(shown)] == shown
    notes = [b for b in message.blocks if b["type"] == "context" and ANSWER_CUT in json.dumps(b)]
    assert len(notes) == 1 and "it.md:3" in json.dumps(notes[0])
    assert violations(message.blocks) == []


def test_an_answer_that_fits_is_not_cut():
    answer = "\n\n".join(f"Paragraph {i}: " + "words " * 80 for i in range(12))  # ~6k
    message = answer_message(match(answer), "question")
    sections = [b["text"]["text"] for b in message.blocks if b["type"] == "section"]
    assert "\n\n".join(sections).split() == answer.split()
    assert ANSWER_CUT not in json.dumps(message.blocks)


@PROPERTY
@given(questions=st.lists(st.tuples(faq_ids, texts), min_size=1, max_size=8), asked=texts,
       choices=st.booleans())
def test_not_sure_messages_keep_every_limit(questions, asked, choices):
    offered = [Suggestion(i, q, 0.5) for i, q in questions]
    answer = Answer(question=asked, match=None, suggestions=offered,
                    **({"choices": offered[:2]} if choices else {}))
    message = not_sure_message(answer)
    assert violations(message.blocks) == []


@PROPERTY
@given(text=texts)
def test_text_messages_keep_every_limit(text):
    assert violations(text_message(text or "x").blocks) == []


@PROPERTY
@given(categories=st.lists(st.tuples(texts, st.integers(1, 10**6)), max_size=300),
       admin=st.booleans(), counts=st.tuples(st.integers(0, 10**9), st.integers(0, 10**9)))
def test_home_views_keep_every_limit(categories, admin, counts):
    overview = FaqOverview(sum(n for _, n in categories), tuple(categories))
    outcomes = OutcomeSummary(7, *counts) if admin else None
    view = home_view(overview, outcomes)
    assert view["type"] == "home"
    assert violations(view["blocks"], "home") == []


def test_the_limit_checker_catches_what_slack_rejects():
    """The checker itself is not vacuous: each limit, broken by one character, is caught."""
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}
    button = {"type": "button", "text": {"type": "plain_text", "text": "y" * 76},
              "action_id": "a", "value": "v" * 2001}
    assert len(violations([section])) == 1
    assert len(violations([{"type": "actions", "elements": [button]}])) == 2
    assert violations([{"type": "section", "text": {"type": "mrkdwn", "text": "😀" * 1501}}])
    assert violations([{"type": "section", "text": {"type": "mrkdwn", "text": " "}}])
    assert violations([{"type": "divider"}] * 51) and not violations([{"type": "divider"}] * 50)
    assert violations([{"type": "divider"}] * 101, "home")
    many = [{"type": "section", "text": {"type": "mrkdwn", "text": "z" * 2900}}] * 4
    assert any("characters of text" in v for v in violations(many))

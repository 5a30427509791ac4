"""The unanswerable share estimated from the questions users asked (bot/asked_share.py)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.asked_share import estimate_share, read_asked_questions
from bot.faq.entry import FaqError

rng = np.random.default_rng(7)
# Confidences shaped like the DEV sets' under a reduced copy of the index: answerable
# questions high, unanswerable in-domain ones low to middling, off-topic ones near zero.
IN_SCOPE_PSEUDO = rng.beta(6, 2, 4000)


def asked(answerable: int, in_domain: int, off_topic: int = 0, kept: float = 1.0) -> np.ndarray:
    """Answerable questions whose entry the copy kept score like in-scope pseudo-questions;
    the rest (entry left out, or no entry at all) like unanswerable ones."""
    scored_as_answerable = round(answerable * kept)
    return np.concatenate([rng.beta(6, 2, scored_as_answerable),
                           rng.beta(2, 4, answerable - scored_as_answerable + in_domain),
                           rng.uniform(0.0, 0.01, off_topic)])


@pytest.mark.parametrize("share", [0.05, 0.2, 0.45])
@pytest.mark.parametrize("kept", [1.0, 0.8])
def test_the_share_of_unanswerable_questions_is_recovered(share, kept):
    n = 4000
    estimate = estimate_share(IN_SCOPE_PSEUDO, asked(round(n * (1 - share)), round(n * share), kept=kept), kept)
    # A bound from above on the answerable part: a little low where unanswerable ones reach
    # the upper half of the in-scope confidences.
    assert share - 0.05 <= estimate.share <= share + 0.04
    assert estimate.source == "asked questions" and estimate.asked == n


def test_ignoring_the_left_out_entries_would_overestimate_the_share():
    answers = asked(3200, 800, kept=0.8)
    assert estimate_share(IN_SCOPE_PSEUDO, answers, 1.0).share > estimate_share(IN_SCOPE_PSEUDO, answers, 0.8).share + 0.1


def test_off_topic_questions_count_as_unanswerable():
    estimate = estimate_share(IN_SCOPE_PSEUDO, asked(3000, 0, off_topic=1000))
    assert estimate.share == pytest.approx(0.25, abs=0.04)


def test_all_answerable_questions_give_a_share_near_zero():
    assert estimate_share(IN_SCOPE_PSEUDO, asked(3000, 0)).share < 0.04


def test_pooled_rounds_count_distinct_questions():
    assert estimate_share(IN_SCOPE_PSEUDO, asked(900, 100), 1.0, questions=100).asked == 100


def test_nothing_to_estimate_from_is_an_error():
    with pytest.raises(ValueError, match="asked questions"):
        estimate_share(IN_SCOPE_PSEUDO, [])
    with pytest.raises(ValueError, match="kept"):
        estimate_share(IN_SCOPE_PSEUDO, [0.5], kept=0.0)


def test_asked_questions_file_jsonl_or_text(tmp_path):
    jsonl = tmp_path / "asked.jsonl"
    jsonl.write_text(json.dumps({"query": "how do I reset it", "gold": "reset"}) + "\n\n"
                     + json.dumps({"query": "退货地址在哪里"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert read_asked_questions(jsonl) == ["how do I reset it", "退货地址在哪里"]
    text = tmp_path / "asked.txt"
    text.write_text("first question\n  \nsecond one  \n", encoding="utf-8")
    assert read_asked_questions(text) == ["first question", "second one"]


@pytest.mark.parametrize("line, reason", [
    ("{not json", "expected a JSON object"),
    ('{"question": "no query key"}', "expected a JSON object"),
    ('["a list"]', "expected a JSON object"),
    ('{"query": 42}', "'query' must be a non-empty string"),
    ('{"query": "  "}', "'query' must be a non-empty string"),
])
def test_bad_asked_questions_name_the_file_and_line(tmp_path, line, reason):
    path = tmp_path / "asked.jsonl"
    path.write_text(json.dumps({"query": "fine"}) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(FaqError, match=reason) as error:
        read_asked_questions(path)
    assert str(error.value).startswith(f"{path}:2:")

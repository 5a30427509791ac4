"""Learning from use: a confirmed wording promoted into the FAQ then matches confidently."""

import json
import subprocess
import sys

from bot.faq.entry import FaqError
from bot.faq.markdown import add_alternate, parse_faq_markdown
from bot.promote import candidates
from bot.service import FaqService
from conftest import SHOP_FAQ

import pytest

QUESTION = "the courier hasn't shown up, any idea when it comes"


def test_add_alternate_extends_an_existing_list_or_creates_one():
    entries = {e.id: e for e in parse_faq_markdown(SHOP_FAQ, "shop.md")}
    text = add_alternate(SHOP_FAQ, entries["reset-password"], "locked out, need new password")
    again = {e.id: e for e in parse_faq_markdown(text, "shop.md")}
    assert again["reset-password"].alternates[-1] == "locked out, need new password"
    assert again["reset-password"].answer == entries["reset-password"].answer
    plain = "## Where are you?\n\nBerlin.\n"
    entry = parse_faq_markdown(plain, "a.md")[0]
    updated = parse_faq_markdown(add_alternate(plain, entry, "office location"), "a.md")[0]
    assert (updated.id, updated.alternates, updated.answer) == (entry.id, ("office location",), "Berlin.")


def test_add_alternate_refuses_a_stale_location():
    entry = parse_faq_markdown(SHOP_FAQ, "shop.md")[0]
    with pytest.raises(FaqError, match="no longer at this line"):
        add_alternate("# moved\n\n" + SHOP_FAQ, entry, "x")


def test_candidates_skip_existing_phrasings_and_downvotes():
    entries = {e.id: e for e in parse_faq_markdown(SHOP_FAQ, "shop.md")}
    records = [
        {"kind": "suggestion_accepted", "question": QUESTION, "faq_id": "shipping-time"},
        {"kind": "feedback", "vote": "up", "question": QUESTION + "?", "faq_id": "shipping-time"},
        {"kind": "feedback", "vote": "down", "question": "refund??", "faq_id": "refund"},
        {"kind": "suggestion_accepted", "question": "I forgot my password", "faq_id": "reset-password"},
        {"kind": "suggestion_accepted", "question": "x", "faq_id": "no-such-entry"},
    ]
    found = candidates(records, entries)
    assert [(c.question, c.faq_id, c.evidence) for c in found] == [(QUESTION, "shipping-time", 2)]


def test_promoted_wording_makes_the_same_question_match_confidently(settings, local_embed_model, tmp_path):
    service = FaqService(settings, embed_model=local_embed_model)
    service.load()
    cutoff = service.answerer.cutoff.similarity_cutoff
    before = service.answer(QUESTION)
    assert before.match is None  # not confident yet: the user had to pick it from suggestions
    log = tmp_path / "feedback.jsonl"
    log.write_text(json.dumps({"kind": "suggestion_accepted", "question": QUESTION,
                               "faq_id": "shipping-time", "user": "U1"}) + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "--index-dir", str(settings.index_dir),
         "report", "--promote", "--log", str(log)],
        input="y\n", capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "promoted 1 of 1" in result.stdout
    assert f"- {QUESTION}" in (settings.faq_dir / "shop.md").read_text()
    service.reload()
    after = service.answer(QUESTION)
    assert after.match is not None and after.match.id == "shipping-time"
    assert after.match.score >= cutoff and after.match.score > before.candidates[0].score
    declined = subprocess.run(
        [sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "report", "--promote", "--log", str(log)],
        input="", capture_output=True, text=True, timeout=300)
    assert "nothing to promote" in declined.stdout

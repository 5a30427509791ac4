"""Learning from use: a confirmed wording promoted into the FAQ then matches confidently."""

import json
import os
import subprocess
import sys
from datetime import datetime, timezone

from bot.faq.entry import FaqError
from bot.faq.markdown import add_alternate, parse_faq_markdown
from bot.feedback.store import FeedbackStore
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


def confirm_store(tmp_path, **options) -> FeedbackStore:
    return FeedbackStore.open(f"sqlite:///{tmp_path / 'feedback.db'}", **options)


def test_candidates_skip_existing_phrasings_and_downvotes(tmp_path):
    entries = {e.id: e for e in parse_faq_markdown(SHOP_FAQ, "shop.md")}
    store = confirm_store(tmp_path)
    store.record_accepted("shipping-time", question=QUESTION, user="U1", channel="C1")
    store.record_vote("up", "shipping-time", question=QUESTION + "?", user="U2", channel="C1",
                      message_ts="1.1")
    store.record_vote("down", "refund", question="refund??", user="U1", channel="C1", message_ts="2.1")
    store.record_accepted("reset-password", question="I forgot my password", user="U1", channel="C1")
    store.record_accepted("no-such-entry", question="x", user="U1", channel="C1")
    found = candidates(store.confirmations(), entries)
    assert [(c.question, c.faq_id, c.evidence, c.users) for c in found] == [
        (QUESTION, "shipping-time", 2, 2)]


def test_a_changed_vote_and_one_users_repeated_clicks_are_not_more_evidence(tmp_path):
    entries = {e.id: e for e in parse_faq_markdown(SHOP_FAQ, "shop.md")}
    store = confirm_store(tmp_path)
    for _ in range(3):
        store.record_accepted("shipping-time", question=QUESTION, user="U1", channel="C1")
    store.record_vote("up", "shipping-time", question=QUESTION, user="U1", channel="C1", message_ts="1.1")
    store.record_vote("up", "shipping-time", question=QUESTION, user="U2", channel="C1", message_ts="1.1")
    store.record_vote("down", "shipping-time", question=QUESTION, user="U2", channel="C1", message_ts="1.1")
    (found,) = candidates(store.confirmations(), entries)
    assert (found.evidence, found.users) == (4, 1)  # U2 took their 👍 back


def run_promote(settings, database: str, *flags: str, answers: str = ""):
    return subprocess.run(
        [sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "--index-dir",
         str(settings.index_dir), "report", "--promote", *flags],
        input=answers, capture_output=True, text=True, timeout=300,
        env={**os.environ, "FAQBOT_DATABASE_URL": database, "FAQBOT_FEEDBACK_LOG": "absent.jsonl"},
        cwd=settings.faq_dir.parent)


def test_one_user_is_never_enough_and_yes_needs_two_users(settings, tmp_path):
    database = f"sqlite:///{tmp_path / 'feedback.db'}"
    store = FeedbackStore.open(database)
    store.record_accepted("shipping-time", question=QUESTION, user="U1", channel="C1")
    store.record_vote("up", "shipping-time", question=QUESTION, user="U1", channel="C1", message_ts="1.1")
    shop = (settings.faq_dir / "shop.md").read_text()

    waiting = run_promote(settings, database, answers="y\n")
    assert waiting.returncode == 0, waiting.stderr
    assert "nothing to promote" in waiting.stdout
    assert "(1 confirmed by fewer than 2 users)" in waiting.stdout
    # Even a maintainer who lowered the bar to one user cannot --yes it in unreviewed.
    lowered = {**os.environ, "FAQBOT_PROMOTE_MIN_USERS": "1"}
    with_yes = subprocess.run(
        [sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "report", "--promote", "--yes"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
        env={**lowered, "FAQBOT_DATABASE_URL": database})
    assert "nothing to promote" in with_yes.stdout, with_yes.stderr
    assert (settings.faq_dir / "shop.md").read_text() == shop

    store.record_accepted("shipping-time", question=QUESTION.upper() + "?", user="U2", channel="C2")
    store.close()
    accepted = run_promote(settings, database, "--yes")
    assert "promoted 1 of 1" in accepted.stdout, accepted.stderr
    assert "confirmed by 2 users" in accepted.stdout
    assert f"- {QUESTION}" in (settings.faq_dir / "shop.md").read_text()


def test_promoted_wording_makes_the_same_question_match_confidently(settings, local_embed_model, tmp_path):
    service = FaqService(settings, embed_model=local_embed_model)
    service.load()
    cutoff = service.answerer.cutoff.similarity_cutoff
    before = service.answer(QUESTION)
    assert before.match is None  # not confident yet: users had to pick it from suggestions
    # Confirmed by two users in an old JSONL log: `--log` imports it, then promotes.
    log = tmp_path / "feedback.jsonl"
    log.write_text("".join(json.dumps({
        "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "kind": "suggestion_accepted", "question": QUESTION, "faq_id": "shipping-time",
        "user": user}) + "\n" for user in ("U1", "U2")))
    database = f"sqlite:///{tmp_path / 'feedback.db'}"
    result = run_promote(settings, database, "--log", str(log), answers="y\n")
    assert result.returncode == 0, result.stderr
    assert "promoted 1 of 1" in result.stdout
    assert f"- {QUESTION}" in (settings.faq_dir / "shop.md").read_text()
    service.reload()
    after = service.answer(QUESTION)
    assert after.match is not None and after.match.id == "shipping-time"
    assert after.match.score >= cutoff and after.match.score > before.candidates[0].score
    declined = run_promote(settings, database, "--log", str(log))
    assert "nothing to promote" in declined.stdout
    assert "already imported" in declined.stderr

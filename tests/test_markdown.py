from pathlib import Path

import pytest

from bot.faq.entry import FaqError, derive_id
from bot.faq.markdown import parse_faq_markdown, render_faq_markdown
from conftest import SHOP_FAQ


def test_parses_entries_with_ids_alternates_answers_and_front_matter():
    entries = parse_faq_markdown(SHOP_FAQ, "shop.md")
    assert [e.id for e in entries] == ["reset-password", "change-email", "shipping-time", "refund"]
    first = entries[0]
    assert first.question == "How do I reset my password?"
    assert first.alternates == ("I forgot my password", "忘记密码了怎么办")
    assert first.answer.startswith("Open **Settings → Security**")
    assert first.answer.endswith("30 minutes.")
    assert (first.category, first.tags) == ("Account", ("password", "login"))
    assert (first.source, first.line) == ("shop.md", 7)


def test_derived_id_is_stable_when_the_file_is_edited_elsewhere():
    before = parse_faq_markdown("## Where is my order?\n\nCheck Orders.\n", "a.md")[0]
    after = parse_faq_markdown(
        "# Title\n\n## New entry first\n\nNew.\n\n## Where is my order?\n\nCheck the Orders page now.\n", "a.md"
    )[1]
    assert before.id == after.id == derive_id("Where is my order?")
    assert before.id.startswith("q-")


def test_heading_inside_code_fence_does_not_start_an_entry():
    text = "## Q1\n\n```\n## not a question\n```\n\n## Q2\n\nA2\n"
    entries = parse_faq_markdown(text, "f.md")
    assert [e.question for e in entries] == ["Q1", "Q2"]
    assert "## not a question" in entries[0].answer


def test_deeper_headings_stay_in_the_answer():
    entries = parse_faq_markdown("## Q\n\n### Steps\n1. one\n", "f.md")
    assert entries[0].answer == "### Steps\n1. one"


@pytest.mark.parametrize(
    "text, line, reason",
    [
        ("## Q\nid: bad id\n\nA\n", 2, "invalid id"),
        ("## Q\nalternates:\n\nA\n", 1, "no '- ' items"),
        ("## Q\nalternates: a, b\n\nA\n", 2, "own '- ' line"),
        ("## Q\nid: a\nid: b\n\nA\n", 3, "two 'id:'"),
        ("---\ncategory: [unclosed\n---\n## Q\n\nA\n", 2, "not valid YAML"),
        ("---\ncolour: red\n---\n## Q\n\nA\n", 2, "unknown front matter"),
        ("---\ncategory: x\n## Q\n\nA\n", 1, "never closed"),
        ("## Q\n\n```\ncode\n", 3, "code fence is never closed"),
        ("## Q\nid: same\n\nA\n\n## R\nid: same\n\nB\n", 6, "duplicate id 'same', first used at line 1"),
    ],
)
def test_malformed_input_names_file_and_line(text, line, reason):
    with pytest.raises(FaqError) as caught:
        parse_faq_markdown(text, "bad.md")
    assert caught.value.path == "bad.md"
    assert caught.value.line == line
    assert reason in str(caught.value)
    assert str(caught.value).startswith(f"bad.md:{line}: ")


def test_render_round_trips_through_the_parser():
    entries = parse_faq_markdown(SHOP_FAQ, "shop.md")
    again = parse_faq_markdown(render_faq_markdown(entries, title="Shop"), "shop.md")
    assert [(e.id, e.question, e.alternates, e.answer) for e in again] == [
        (e.id, e.question, e.alternates, e.answer) for e in entries
    ]

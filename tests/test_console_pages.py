"""Console pages made readable for a maintainer (issue 23): the entries search shows the
answer text it matched, marked; calibration runs from the console and its stored values
are shown in words. Real uvicorn server, real FAQ files, real SQLite store."""

from __future__ import annotations

import pytest

from bot.console.app import PREFIX
from console_support import console_settings, page, running_console


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

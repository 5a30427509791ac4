"""Unanswered questions of one intent asked in Chinese and in English form one group on the
console's Unanswered page (issue 23); different intents stay apart in either language.
Real console server, real SQLite store, the embedded multilingual model."""

from __future__ import annotations

import pytest

from bot.console.app import PREFIX
from console_support import console_settings, page, running_console

# Real wordings a user would type, most asked first (the store counts them).
ASKED = [
    ("do you deliver on sundays", 4),
    ("你们星期天配送吗", 3),
    ("do you sell gift cards", 3),
    ("星期天配送吗", 2),
    ("有礼品卡吗", 2),
    ("可以用支付宝付款吗", 1),
]


@pytest.fixture
def console(tmp_path, local_embed_model):
    with running_console(console_settings(tmp_path), local_embed_model) as running:
        yield running


def groups(console) -> list[list[str]]:
    html = console.get(f"{PREFIX}/unanswered").text
    return [[q.field("question") for q in g.find_all("group-question")] for g in page(html).find_all("group")]


def test_chinese_and_english_questions_of_one_intent_are_one_group(console):
    for question, times in ASKED:
        for _ in range(times):
            console.store.record_question("declined", question=question, user="U0ASKER001", channel="C0GENERAL1")
    assert sorted(map(sorted, groups(console))) == sorted(map(sorted, [
        ["do you deliver on sundays", "你们星期天配送吗", "星期天配送吗"],
        ["do you sell gift cards", "有礼品卡吗"],
        ["可以用支付宝付款吗"],
    ]))

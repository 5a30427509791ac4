"""Answers in the asker's language: the '::: <language>' blocks of the FAQ format, the
question's language, and the answer chosen by the CLI, the query engine and Slack."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.config import Settings
from bot.faq.entry import FaqError, LocalisedAnswer
from bot.faq.markdown import parse_faq_markdown, render_faq_markdown
from bot.faq.nodes import entry_from_metadata, entry_metadata
from bot.retrieval.language import detect_language
from conftest import write_faq

BILINGUAL_FAQ = """\
# Shop

## How long does delivery take?
id: delivery
alternates:
- when will my parcel arrive
- 快递几天能到

::: en
Orders arrive in **2–4 business days**.
:::

::: zh
订单 **2–4 个工作日** 送达。
:::

## How do I reset my password?
id: reset-password
alternates:
- I forgot my password
- 忘记密码了怎么办

Open Settings → Security and click Reset password.

::: zh
打开 设置 → 安全，点击 重置密码。
:::

## Where is the office?
id: office

The office is at 1 Main Street.
"""

DELIVERY_EN = "Orders arrive in **2–4 business days**."
DELIVERY_ZH = "订单 **2–4 个工作日** 送达。"
RESET_DEFAULT = "Open Settings → Security and click Reset password."
RESET_ZH = "打开 设置 → 安全，点击 重置密码。"


# -- the question's language ----------------------------------------------------------
@pytest.mark.parametrize("question, language", [
    ("快递几天能到？", "zh"),
    ("How long does delivery take?", "en"),
    ("我的order在哪里", "zh"),             # Chinese with an English word: 5 Han vs 1 word
    ("How do I pay with 支付宝?", "en"),     # English with a Chinese name: 5 words vs 3 Han
    ("WeChat 支付", "zh"),                  # a tie on units goes to Chinese
    ("注文はどこですか", "ja"),               # kana: Japanese, although it has kanji
    ("비밀번호를 잊어버렸어요", "ko"),
    ("Ｗｉ-Ｆｉ", "en"),                     # full-width Latin letters
    ("12345", None),
    ("🙂👍", None),
    ("?!", None),
    ("", None),
])
def test_detects_the_questions_script(question, language):
    assert detect_language(question) == language


# -- the markdown form -------------------------------------------------------------------
def test_blocks_become_per_language_answers_and_the_first_is_the_default():
    delivery, reset, office = parse_faq_markdown(BILINGUAL_FAQ, "shop.md")
    assert delivery.answers == (LocalisedAnswer("en", DELIVERY_EN), LocalisedAnswer("zh", DELIVERY_ZH))
    assert delivery.answer == DELIVERY_EN                      # no text outside: the first block
    assert reset.answer == RESET_DEFAULT                       # text outside the blocks
    assert reset.answers == (LocalisedAnswer("zh", RESET_ZH),)
    assert (office.answer, office.answers) == ("The office is at 1 Main Street.", ())
    assert delivery.alternates == ("when will my parcel arrive", "快递几天能到")


def test_entries_without_blocks_parse_exactly_as_before():
    text = "## Q\n\nLine one.\n\n```\n::: zh\n```\n\nLast: a :::colon line.\n"
    (entry,) = parse_faq_markdown(text, "f.md")
    assert entry.answer == "Line one.\n\n```\n::: zh\n```\n\nLast: a :::colon line."
    assert entry.answers == ()


def test_markers_inside_code_fences_are_answer_text():
    text = "## Q\n\n::: en\nRun:\n```\n:::\n::: zh\n```\n:::\n"
    (entry,) = parse_faq_markdown(text, "f.md")
    assert entry.answers == (LocalisedAnswer("en", "Run:\n```\n:::\n::: zh\n```"),)


def test_answer_in_picks_exact_tag_then_primary_subtag_then_the_default():
    text = "## Q\n\nDefault.\n\n::: zh-Hant\n繁體。\n:::\n\n::: en-GB\nColour.\n:::\n\n::: zh\n简体。\n:::\n"
    (entry,) = parse_faq_markdown(text, "f.md")
    assert entry.answer_in("zh").text == "简体。"                # exact beats the first zh-*
    assert entry.answer_in("zh-hant").text == "繁體。"           # tags compare case-blind
    assert entry.answer_in("en") == entry.answer_in("en-GB")    # primary subtag
    assert entry.answer_in("en").language == "en-GB"
    assert (entry.answer_in("fr").text, entry.answer_in(None).text) == ("Default.", "Default.")
    assert entry.answer_in(None).language is None


def test_the_files_language_names_the_default_answer():
    text = "---\nlanguage: en\n---\n## Q\n\nHello.\n\n::: zh\n你好。\n:::\n"
    (entry,) = parse_faq_markdown(text, "f.md")
    assert entry.answer_in("ja").language == "en"
    assert entry.answer_in("zh").language == "zh"


@pytest.mark.parametrize("answer, line, reason", [
    ("::: en\nHello.\n", 3, "language block '::: en' is never closed"),
    ("::: en\nHello.\n:::\n:::\n", 6, "':::' closes no language block"),
    ("::: english please\nHello.\n:::\n", 3, "unknown block marker '::: english please'"),
    ("::: {.note}\nHello.\n:::\n", 3, "unknown block marker"),
    ("::: zh :::\n你好\n:::\n", 3, "unknown block marker"),
    ("::: en\nA.\n:::\n\n::: EN\nB.\n:::\n", 7, "language 'EN' given twice in this entry, first at line 3"),
    ("::: en\n\n:::\n", 3, "language block '::: en' is empty"),
    ("::: en\nA.\n::: zh\nB.\n:::\n:::\n", 5, "inside the block '::: en' opened at line 3"),
    ("::: en\n```\n:::\n", 4, "code fence is never closed"),
])
def test_block_mistakes_name_the_line(answer, line, reason):
    with pytest.raises(FaqError) as caught:
        parse_faq_markdown(f"## Q\n\n{answer}", "bad.md")
    assert str(caught.value).startswith(f"bad.md:{line}: ")
    assert reason in caught.value.reason


def test_render_round_trips_languages():
    entries = parse_faq_markdown(BILINGUAL_FAQ, "shop.md")
    rendered = render_faq_markdown(entries, title="Shop")
    assert "::: en\n" + DELIVERY_EN + "\n:::" in rendered
    again = parse_faq_markdown(rendered, "shop.md")
    assert [(e.id, e.answer, e.answers) for e in again] == [(e.id, e.answer, e.answers) for e in entries]
    assert all(a.answer_in(lang) == b.answer_in(lang) for a, b in zip(entries, again)
               for lang in ("en", "zh", None))


def test_content_hash_and_node_metadata_carry_every_language():
    delivery = parse_faq_markdown(BILINGUAL_FAQ, "shop.md")[0]
    edited = parse_faq_markdown(BILINGUAL_FAQ.replace("送达", "到达"), "shop.md")[0]
    assert edited.answer == delivery.answer                     # the default is unchanged...
    assert edited.content_hash() != delivery.content_hash()     # ...but the entry changed
    metadata = json.loads(json.dumps(entry_metadata(delivery)))  # as stored: JSON
    assert metadata["answers"] == [["en", DELIVERY_EN], ["zh", DELIVERY_ZH]]
    restored = entry_from_metadata(metadata)
    assert restored == delivery and restored.content_hash() == delivery.content_hash()


def test_sample_faq_answers_are_english_then_chinese():
    from bot.faq.reader import load_faq_folder

    folder = load_faq_folder(Path(__file__).parent.parent / "faq_sources")
    assert not folder.errors and len(folder.entries) >= 40
    for entry in folder.entries:
        assert [a.language for a in entry.answers] == ["en", "zh"], entry.location
        assert detect_language(entry.answer_in("zh").text) == "zh", entry.location
        assert detect_language(entry.answer_in("en").text) == "en", entry.location


# -- through the product -----------------------------------------------------------------
def faqbot(*args, cwd):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True,
                          text=True, env=dict(os.environ), timeout=600)


def test_check_reports_block_mistakes_with_their_line(tmp_path):
    write_faq(tmp_path / "faq_sources", "ok.md", BILINGUAL_FAQ)
    write_faq(tmp_path / "faq_sources", "bad.md", "## Q\nid: q\n\n::: zh\n你好\n")
    result = faqbot("check", "--json", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    findings = json.loads(result.stdout)
    assert {"severity": "error", "location": "bad.md:4",
            "message": "language block '::: zh' is never closed with ':::'"} in findings
    assert all(not f["location"].startswith("ok.md") or f["severity"] == "warning" for f in findings)


def test_cli_answers_in_the_questions_language(tmp_path):
    write_faq(tmp_path / "faq_sources", "shop.md", BILINGUAL_FAQ)
    chinese = faqbot("ask", "快递几天能到？", "--json", cwd=tmp_path)
    assert chinese.returncode == 0, chinese.stderr
    match = json.loads(chinese.stdout)["match"]
    assert (match["id"], match["answer"], match["language"]) == ("delivery", DELIVERY_ZH, "zh")

    english = faqbot("ask", "when will my parcel arrive?", cwd=tmp_path)
    assert english.returncode == 0, english.stderr
    assert english.stdout.splitlines()[0] == DELIVERY_EN

    # The entry has no English block: the English asker gets the default (outside) text.
    default = json.loads(faqbot("ask", "I forgot my password", "--json", cwd=tmp_path).stdout)["match"]
    assert (default["id"], default["answer"], default["language"]) == ("reset-password", RESET_DEFAULT, None)
    chinese = json.loads(faqbot("ask", "忘记密码了怎么办", "--json", cwd=tmp_path).stdout)["match"]
    assert (chinese["answer"], chinese["language"]) == (RESET_ZH, "zh")


@pytest.fixture(scope="module")
def bilingual_index(tmp_path_factory, local_embed_model) -> tuple[Path, Path]:
    from bot.service import FaqService

    root = tmp_path_factory.mktemp("bilingual")
    faq_dir, index_dir = root / "faq", root / "index"
    write_faq(faq_dir, "shop.md", textwrap.dedent(BILINGUAL_FAQ))
    FaqService(Settings(faq_dir=faq_dir, index_dir=index_dir), embed_model=local_embed_model).load()
    return faq_dir, index_dir


@pytest.fixture
def bilingual_service(bilingual_index, local_embed_model, tmp_path, slack_api):
    from bot.service import FaqService
    from slack_standin import BOT_TOKEN, SIGNING_SECRET

    faq_dir, index_dir = bilingual_index
    settings = Settings(faq_dir=faq_dir, index_dir=index_dir, slack_bot_token=BOT_TOKEN,
                        slack_signing_secret=SIGNING_SECRET, slack_api_url=slack_api.api_url,
                        feedback_log=tmp_path / "feedback.jsonl")
    service = FaqService(settings, embed_model=local_embed_model)
    service.load()
    return service


def test_query_engine_and_clicked_entries_answer_in_the_questions_language(bilingual_service):
    from bot.retrieval.query_engine import FaqFirstQueryEngine

    engine = FaqFirstQueryEngine(bilingual_service)
    response = engine.query("快递几天能到")
    assert (response.response, response.metadata["answer_language"]) == (DELIVERY_ZH, "zh")
    assert engine.query("when will my parcel arrive").response == DELIVERY_EN
    # A clicked suggestion carries the asker's question: its answer follows that language.
    assert bilingual_service.entry("delivery", 0.5, "快递呢").answer == DELIVERY_ZH
    assert bilingual_service.entry("delivery", 0.5, "parcel?").answer == DELIVERY_EN
    assert bilingual_service.entry("delivery", 0.5).answer == DELIVERY_EN


def test_slack_replies_in_the_questions_language(bilingual_service, slack_api):
    from bot.slack.app import create_app
    from slack_fixtures import drain, serving_http
    from slack_standin import app_mention, event_callback, post, signed_headers

    app = create_app(bilingual_service.settings, bilingual_service)
    try:
        with serving_http(app) as running:
            for text in ("快递几天能到？", "when will my parcel arrive?"):
                body = json.dumps(event_callback(app_mention(text, channel="C0GENERAL1"))).encode()
                status, _ = post(running.url, body, signed_headers(body))
                assert status == 200
            chinese, english = sorted(slack_api.wait_for_posts(2),
                                      key=lambda call: "订单" not in call.params["text"])
    finally:
        drain(app)
    assert chinese.blocks[0]["text"]["text"] == "订单 *2–4 个工作日* 送达。"
    assert chinese.params["text"] == "订单 2–4 个工作日 送达。"
    assert english.blocks[0]["text"]["text"] == "Orders arrive in *2–4 business days*."
    assert "订单" not in json.dumps(english.blocks, ensure_ascii=False)


def test_index_rows_store_the_languages_and_read_rows_written_before_them():
    from bot.index.rows import _entry_from_record, entry_record as _entry_record

    delivery = parse_faq_markdown(BILINGUAL_FAQ, "shop.md")[0]
    record = json.loads(json.dumps(_entry_record(delivery)))
    assert _entry_from_record(record, 0) == delivery
    older = {k: v for k, v in record.items() if k != "answers"}
    assert _entry_from_record(older, 0).answers == ()
    with pytest.raises(ValueError, match="entry 3: field 'answers'"):
        _entry_from_record({**record, "answers": [["en"]]}, 3)

"""Slack markup stripping, markdown → mrkdwn and exactly-once keys.

The feedback report is tested against the database in tests/test_feedback_store.py."""

from __future__ import annotations

from bot.slack.dedupe import MemoryDeduplicator, delivery_keys
from bot.slack.mrkdwn import to_mrkdwn, to_plain_text
from bot.slack.text import mentions, question_text


# -- question text ---------------------------------------------------------------
def test_question_text_strips_slack_markup():
    raw = ("<@U0FAQBOT01> :wave: in <#C0123ABCD|it-help> how do I reset my "
           "<https://example.com/account|password>? <!here> :+1::skin-tone-2: &amp; thanks")
    assert question_text(raw) == "in #it-help how do I reset my password? & thanks"


def test_question_text_keeps_bare_links_times_and_chinese():
    assert question_text("<@U1|faqbot> 会议10:30:45开始 <https://x.org/a>") == "会议10:30:45开始 https://x.org/a"


def test_question_text_of_only_markup_is_empty():
    assert question_text("<@U0FAQBOT01>  :smile: <!channel>") == ""
    assert question_text(None) == ""


def test_mentions():
    assert mentions("hi <@U0FAQBOT01> there", "U0FAQBOT01")
    assert not mentions("hi <@U0OTHER001>", "U0FAQBOT01")
    assert not mentions("hi", None)


# -- mrkdwn ----------------------------------------------------------------------
def test_mrkdwn_converts_bold_italic_strike_links_and_lists():
    markdown = ("# Reset\nOpen **Settings** and _then_ *Security*, not ~~Profile~~.\n"
                "- click [Reset](https://example.com/reset?a=1&b_c=2)\n  * see <https://x.org/q_r>\n"
                "1. done")
    assert to_mrkdwn(markdown) == (
        "*Reset*\nOpen *Settings* and _then_ _Security_, not ~Profile~.\n"
        "• click <https://example.com/reset?a=1&amp;b_c=2|Reset>\n  • see <https://x.org/q_r>\n"
        "1. done")


def test_mrkdwn_keeps_code_verbatim_but_escaped():
    markdown = "Run `a < b && **c**` then:\n\n```python\nif x > 1: print('**no**')\n```"
    assert to_mrkdwn(markdown) == (
        "Run `a &lt; b &amp;&amp; **c**` then:\n\n```\nif x &gt; 1: print('**no**')\n```")


def test_mrkdwn_spaces_formatting_next_to_cjk():
    assert to_mrkdwn("请打开**设置**页面，点击`重置`。") == "请打开 *设置* 页面，点击 `重置` 。"


def test_plain_text_fallback_drops_formatting():
    assert to_plain_text("Open **Settings**, see [docs](https://d.org).\n- one\n```\ncode\n```") == (
        "Open Settings, see docs (https://d.org).\n• one\ncode")


# -- exactly once ----------------------------------------------------------------
def test_first_claim_wins_and_any_shared_key_is_a_duplicate():
    dedupe = MemoryDeduplicator()
    assert dedupe.claim(["event:Ev1", "message:C1:1.1"])
    assert not dedupe.claim(["event:Ev1"])                      # retry of the same delivery
    assert not dedupe.claim(["event:Ev2", "message:C1:1.1"])    # same message, other event
    assert not dedupe.claim(["event:Ev2"])                      # ...whose retry is known too
    assert dedupe.claim(["event:Ev3", "message:C1:1.2"])


def test_claims_expire_after_the_ttl():
    now = [0.0]
    dedupe = MemoryDeduplicator(ttl_seconds=60, clock=lambda: now[0])
    assert dedupe.claim(["a"])
    now[0] = 59.0
    assert not dedupe.claim(["a"])
    now[0] = 59.0 + 61
    assert dedupe.claim(["a"])
    assert len(dedupe) == 1


def test_delivery_keys_name_event_message_and_client_message():
    body = {"event_id": "Ev9"}
    event = {"channel": "C1", "ts": "1.5", "client_msg_id": "abc"}
    assert delivery_keys(body, event) == ["event:Ev9", "message:C1:1.5", "client_msg:abc"]

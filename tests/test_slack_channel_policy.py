"""Per-channel behaviour of the real Bolt app in HTTP mode: signed requests over real HTTP,
replies recorded by the local Slack Web API stand-in. The allowlist, categories and cutoff
per channel, listen mode, and the per-user rate limit (in memory and in the real Redis,
shared by two app instances)."""

from __future__ import annotations

import json
import logging
import socket
import uuid
from contextlib import ExitStack
from pathlib import Path
from typing import Optional

import pytest
import redis

from bot.config import Settings
from bot.service import FaqService
from bot.slack.app import create_app
from bot.slack.blocks import DID_YOU_MEAN, NOT_SURE, SHARE, ButtonValue
from bot.slack.policy import NOT_HERE, looks_like_question
from shop_categories import write_shop_faq
from slack_fixtures import RunningHttpApp, drain, serving_http
from slack_standin import (
    BOT_ID, BOT_TOKEN, BOT_USER_ID, SIGNING_SECRET, TEAM_ID, SlackWebStandIn, app_mention,
    block_actions, buttons_of, channel_message_for, direct_message, event_callback, form_body,
    interaction_body, message_ts, post, signed_headers, slash_command,
)

SUPPORT = "C0SUPPORT01"  # listen = true, every category
BILLING = "C0BILLING01"  # categories = ["Billing"], listen = true
SHIPPING = "C0SHIPPING1"  # categories = ["Shipping"]
STRICT = "C0STRICT001"  # cutoff = 0.95
LENIENT = "C0LENIENT01"  # cutoff = 0.3
GENERAL = "C0GENERAL1"  # allowed, no settings
OFF_LIST = "C0RANDOM001"  # not on the allowlist

CHANNELS = {
    SUPPORT: {"listen": True},
    BILLING: {"categories": ["Billing"], "listen": True},
    SHIPPING: {"categories": ["Shipping"]},
    STRICT: {"cutoff": 0.95},
    LENIENT: {"cutoff": 0.3},
}


@pytest.fixture(scope="module")
def shop_index(tmp_path_factory, local_embed_model) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("slack_shop")
    faq_dir, index_dir = write_shop_faq(root / "faq"), root / "index"
    FaqService(Settings(faq_dir=faq_dir, index_dir=index_dir), embed_model=local_embed_model).load()
    return faq_dir, index_dir


@pytest.fixture
def start_app(shop_index, slack_api: SlackWebStandIn, tmp_path, local_embed_model):
    """Start the bot (one more instance per call) with these settings over the defaults:
    the allowlist and channel tables above, no rate limit."""
    faq_dir, index_dir = shop_index
    stack = ExitStack()
    apps = []

    def start(**overrides) -> RunningHttpApp:
        values = dict(faq_dir=faq_dir, index_dir=index_dir, slack_bot_token=BOT_TOKEN,
                      slack_signing_secret=SIGNING_SECRET, slack_api_url=slack_api.api_url,
                      feedback_log=tmp_path / "feedback.jsonl", user_rate_limit="off",
                      slack_channels=[SUPPORT, BILLING, SHIPPING, STRICT, LENIENT, GENERAL],
                      channels=CHANNELS)
        settings = Settings(**{**values, **overrides})
        service = FaqService(settings, embed_model=local_embed_model)
        service.load()
        app = create_app(settings, service)
        apps.append(app)
        return stack.enter_context(serving_http(app))

    yield start
    stack.close()
    for app in apps:
        drain(app)


def send(running: RunningHttpApp, event: dict, event_id: Optional[str] = None) -> None:
    body = json.dumps(event_callback(event, event_id)).encode()
    status, _ = post(running.url, body, signed_headers(body))
    assert status == 200


def send_form(running: RunningHttpApp, body: bytes) -> None:
    form = "application/x-www-form-urlencoded"
    status, _ = post(running.url, body, signed_headers(body, content_type=form))
    assert status == 200


def channel_message(text: str, *, channel: str, user: str = "U0ASKER001",
                    thread_ts: Optional[str] = None, **extra) -> dict:
    """A ``message.channels`` event: a message in a channel, not addressed to the bot."""
    ts = message_ts()
    event = {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts,
             "event_ts": ts, "channel_type": "channel", "client_msg_id": str(uuid.uuid4()),
             "team": TEAM_ID, **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def answered_id(call) -> str:
    """The FAQ entry a reply answered with, from its 👍 button."""
    return ButtonValue.decode(buttons_of(call.blocks)[0]["value"]).faq_id


def offered_ids(call) -> set[str]:
    return {ButtonValue.decode(b["value"]).faq_id for b in buttons_of(call.blocks)}


def finish(running: RunningHttpApp) -> None:
    drain(running.app)


# -- allowlist ---------------------------------------------------------------------
def test_a_mention_off_the_allowlist_gets_one_private_pointer_and_no_answer(start_app, slack_api):
    running = start_app()
    mention = app_mention("I forgot my password", channel=OFF_LIST)
    send(running, mention)
    send(running, channel_message_for(mention))  # Slack's second delivery of the same mention
    allowed = app_mention("I forgot my password", channel=GENERAL)
    send(running, allowed)
    finish(running)

    (pointer,) = slack_api.calls_to("chat.postEphemeral")
    assert pointer.params["channel"] == OFF_LIST
    assert pointer.params["user"] == "U0ASKER001"
    assert pointer.params["text"] == NOT_HERE
    assert "thread_ts" not in pointer.params
    (answer,) = slack_api.calls_to("chat.postMessage")
    assert (answer.params["channel"], answered_id(answer)) == (GENERAL, "reset-password")


def test_an_empty_allowlist_means_every_channel(start_app, slack_api):
    running = start_app(slack_channels=[])
    send(running, app_mention("I forgot my password", channel=OFF_LIST))
    (answer,) = slack_api.wait_for_posts(1)
    assert (answer.params["channel"], answered_id(answer)) == (OFF_LIST, "reset-password")
    finish(running)
    assert slack_api.calls_to("chat.postEphemeral") == []


def test_direct_messages_are_answered_whatever_the_allowlist(start_app, slack_api):
    running = start_app(slack_channels=[BILLING], channels={BILLING: CHANNELS[BILLING]})
    send(running, direct_message("when will my parcel arrive"))
    (answer,) = slack_api.wait_for_posts(1)
    assert answered_id(answer) == "shipping-time"  # every category in a DM


def test_faq_off_the_allowlist_answers_privately_without_a_share_button(start_app, slack_api):
    running = start_app()
    send_form(running, form_body(slash_command("I forgot my password", slack_api.response_url(),
                                               channel=OFF_LIST)))
    send_form(running, form_body(slash_command("I forgot my password", slack_api.response_url(),
                                               channel=GENERAL)))
    finish(running)
    responses = {c.path: c for c in slack_api.calls_under("/response/")}
    assert len(responses) == 2
    by_channel = {}
    for call in responses.values():
        assert call.params["response_type"] == "ephemeral"
        assert answered_id(call) == "reset-password"
        by_channel[SHARE in {b["action_id"] for b in buttons_of(call.blocks)}] = call
    assert set(by_channel) == {True, False}  # one with Share (GENERAL), one without (OFF_LIST)


def test_share_is_refused_in_a_channel_off_the_allowlist(start_app, slack_api):
    running = start_app()
    value = ButtonValue("reset-password", "I forgot my password", 0.9).encode()
    share = {"action_id": SHARE, "text": {"type": "plain_text", "text": "Share in channel"}, "value": value}
    response_url = slack_api.response_url()
    send_form(running, interaction_body(block_actions(share, response_url, channel=OFF_LIST)))
    finish(running)
    (refusal,) = slack_api.calls_under("/response/")
    assert refusal.params["response_type"] == "ephemeral"
    assert refusal.params["text"] == NOT_HERE


# -- categories and cutoff per channel ----------------------------------------------
def test_a_question_answered_outside_a_channels_categories_gets_no_such_answer_there(
        start_app, slack_api):
    running = start_app()
    in_billing = app_mention("when will my parcel arrive", channel=BILLING)
    in_shipping = app_mention("when will my parcel arrive", channel=SHIPPING)
    send(running, in_billing)
    send(running, in_shipping)
    finish(running)

    replies = {c.params["channel"]: c for c in slack_api.calls_to("chat.postMessage")}
    assert answered_id(replies[SHIPPING]) == "shipping-time"
    billing = replies[BILLING]
    assert billing.params["text"].startswith(NOT_SURE)
    assert offered_ids(billing) <= {"refund"}  # never suggests a Shipping entry there


def test_faq_and_clicked_suggestions_keep_to_the_channels_categories(start_app, slack_api):
    running = start_app()
    send_form(running, form_body(slash_command("when will my parcel arrive", slack_api.response_url(),
                                               channel=BILLING)))
    finish(running)
    (response,) = slack_api.calls_under("/response/")
    assert offered_ids(response) <= {"refund"}

    # A suggestion button for a Shipping entry clicked in the Billing channel (settings changed
    # since it was posted): not answered there.
    running = start_app()
    value = ButtonValue("shipping-time", "when will my parcel arrive", 0.5).encode()
    button = {"action_id": "faq_suggestion_0", "text": {"type": "plain_text", "text": "x"}, "value": value}
    message = {"type": "message", "ts": message_ts(), "thread_ts": "1700000000.000001", "blocks": []}
    send_form(running, interaction_body(block_actions(button, slack_api.response_url(), channel=BILLING,
                                                      message=message)))
    finish(running)
    (reply,) = slack_api.calls_to("chat.postMessage")
    assert reply.params["text"] == "That FAQ entry is not answered in this channel."


def test_a_channels_cutoff_replaces_the_default(start_app, slack_api):
    running = start_app()
    # "my package is late" matches track-order at about 0.78: above the default cutoff (0.65),
    # below STRICT's 0.95. "do you ship to Canada?" gets about 0.36: only LENIENT (0.3) answers.
    for channel in (GENERAL, STRICT, LENIENT):
        send(running, app_mention("my package is late", channel=channel))
        send(running, app_mention("do you ship to Canada?", channel=channel))
    finish(running)

    outcome = {}
    for call in slack_api.calls_to("chat.postMessage"):
        text = call.params["text"]
        answered = not (text.startswith(NOT_SURE) or text == DID_YOU_MEAN)
        outcome.setdefault(call.params["channel"], []).append(answered_id(call) if answered else None)
    assert sorted(outcome[GENERAL], key=str) == sorted(["track-order", None], key=str)
    assert outcome[STRICT] == [None, None]
    assert sorted(outcome[LENIENT]) == ["shipping-time", "track-order"]


# -- listen mode ---------------------------------------------------------------------
def test_listen_mode_answers_a_confident_question_in_its_thread(start_app, slack_api):
    running = start_app()
    question = channel_message("how long does delivery take?", channel=SUPPORT)
    send(running, question)
    (answer,) = slack_api.wait_for_posts(1)
    assert answer.params["channel"] == SUPPORT
    assert answer.params["thread_ts"] == question["ts"]
    assert answered_id(answer) == "shipping-time"


def test_listen_mode_stays_silent_unless_confident_and_asked_at_top_level(
        start_app, slack_api, tmp_path):
    running = start_app()
    silent = [
        channel_message("what is the airspeed velocity of an unladen swallow?", channel=SUPPORT),
        channel_message("do you ship to Canada?", channel=SUPPORT),  # suggestions only: silence
        channel_message("how long does delivery take?", channel=SUPPORT,
                        thread_ts="1700000000.000001"),  # a reply in a thread people talk in
        channel_message("thanks everyone, the parcel arrived", channel=SUPPORT),  # not a question
        channel_message("<@U0COLLEAG1> how long does delivery take?", channel=SUPPORT),  # asks a person
        channel_message("how long does delivery take?", channel=GENERAL),  # not listening there
        channel_message("how long does delivery take?", channel=SHIPPING),  # nor there
        channel_message("how long does delivery take?", channel=OFF_LIST),
        channel_message("when will my parcel arrive?", channel=BILLING),  # outside its categories
    ]
    for event in silent:
        send(running, event)
    finish(running)
    assert slack_api.calls_to("chat.postMessage") == []
    assert slack_api.calls_to("chat.postEphemeral") == []
    # Overheard misses are not questions anyone asked the bot: none in the feedback log.
    assert not (tmp_path / "feedback.jsonl").exists()


def test_listen_mode_ignores_bots_edits_and_its_own_messages(start_app, slack_api):
    running = start_app()
    ignored = [
        channel_message("how long does delivery take?", channel=SUPPORT, user="U0OTHERBOT",
                        bot_id="B0OTHERBOT"),
        channel_message("how long does delivery take?", channel=SUPPORT, user=BOT_USER_ID, bot_id=BOT_ID),
        channel_message("how long does delivery take?", channel=SUPPORT, subtype="bot_message",
                        bot_id="B0OTHERBOT"),
        channel_message("", channel=SUPPORT, subtype="message_changed",
                        message={"type": "message", "user": "U0ASKER001",
                                 "text": "how long does delivery take?"}),
        channel_message("how long does delivery take?", channel=SUPPORT, subtype="thread_broadcast",
                        thread_ts="1700000000.000001"),
    ]
    for event in ignored:
        send(running, event)
    finish(running)
    assert slack_api.calls_to("chat.postMessage") == []


def test_a_mention_in_a_listening_channel_is_answered_once_and_as_a_mention(start_app, slack_api):
    running = start_app()
    # Not confident: listen mode alone would stay silent, a mention gets "not sure".
    mention = app_mention("what is the airspeed velocity of an unladen swallow?", channel=SUPPORT)
    confident = app_mention("how long does delivery take?", channel=SUPPORT)
    for event in (mention, confident):
        send(running, channel_message_for(event))  # the message delivery first
        send(running, event)
        send(running, channel_message_for(event))  # and a retry of it
    finish(running)

    replies = {c.params["thread_ts"]: c for c in slack_api.calls_to("chat.postMessage")}
    assert len(slack_api.calls_to("chat.postMessage")) == 2
    assert replies[mention["ts"]].params["text"].startswith(NOT_SURE)
    assert answered_id(replies[confident["ts"]]) == "shipping-time"


def test_a_listened_message_delivered_twice_is_answered_once(start_app, slack_api):
    running = start_app()
    question = channel_message("how long does delivery take?", channel=SUPPORT)
    send(running, question, event_id="Ev0LISTEN01")
    send(running, question, event_id="Ev0LISTEN01")
    finish(running)
    assert len(slack_api.calls_to("chat.postMessage")) == 1


@pytest.mark.parametrize("text", [
    "how long does delivery take?", "vpn?", "How do I reset my password", "Is the office open today",
    "忘记密码了怎么办", "办公室wifi密码是多少", "可以退款吗", "why is my parcel late？",
])
def test_looks_like_a_question(text):
    assert looks_like_question(text)


@pytest.mark.parametrize("text", [
    "thanks everyone", "ok?", "I forgot my password", "好的，谢谢", "lunch at noon",
    "what " + "really " * 60 + "?",  # a wall of text
    "line one?\nline two\nline three\nline four",
    "```\nhow do I run this?\n```",
])
def test_does_not_look_like_a_question(text):
    assert not looks_like_question(text)


# -- per-user rate limit ---------------------------------------------------------------
def over_the_limit(calls) -> list:
    return [c for c in calls if "faster than I can take them" in c.params.get("text", "")]


def replied(slack_api: SlackWebStandIn, count: int) -> None:
    """Wait until the bot has said ``count`` things (one question at a time: the order of
    questions decides which one is over the limit)."""
    slack_api.wait_for(lambda calls: sum(
        c.method in ("chat.postMessage", "chat.postEphemeral") or c.path.startswith("/response/")
        for c in calls) >= count)


def test_a_user_over_the_rate_limit_gets_a_polite_private_note(start_app, slack_api):
    running = start_app(user_rate_limit="2/minute")
    questions = [app_mention(q, channel=GENERAL) for q in
                 ("I forgot my password", "我想退款", "how long does delivery take?")]
    for count, event in enumerate(questions, start=1):
        send(running, event)
        send(running, channel_message_for(event))  # a second delivery does not count twice
        replied(slack_api, count)
    send(running, app_mention("I forgot my password", channel=GENERAL, user="U0SOMEONE2"))
    finish(running)

    answers = slack_api.calls_to("chat.postMessage")
    assert sorted(answered_id(a) for a in answers) == ["refund", "reset-password", "reset-password"]
    (note,) = slack_api.calls_to("chat.postEphemeral")
    assert note.params["user"] == "U0ASKER001"
    assert note.params["channel"] == GENERAL
    assert "2 questions per minute" in note.params["text"]
    seconds = int(note.params["text"].split("wait about ")[1].split()[0])
    assert 1 <= seconds <= 60


def test_the_rate_limit_covers_dms_and_faq(start_app, slack_api):
    running = start_app(user_rate_limit="1/minute")
    send(running, direct_message("I forgot my password"))
    replied(slack_api, 1)
    send(running, direct_message("我想退款"))
    replied(slack_api, 2)
    send_form(running, form_body(slash_command("我想退款", slack_api.response_url())))
    finish(running)
    posts = slack_api.calls_to("chat.postMessage")
    assert len(posts) == 2 and len(over_the_limit(posts)) == 1  # in the DM: a plain reply
    (response,) = slack_api.calls_under("/response/")
    assert response.params["response_type"] == "ephemeral"
    assert over_the_limit([response])


def test_the_rate_limit_is_shared_through_redis_by_two_app_instances(
        start_app, slack_api, redis_url, redis_prefix):
    settings = dict(user_rate_limit="2/minute", redis_url=redis_url, redis_key_prefix=redis_prefix)
    first, second = start_app(**settings), start_app(**settings)
    client = redis.Redis.from_url(redis_url)
    try:
        send(first, app_mention("I forgot my password", channel=GENERAL))
        slack_api.wait_for_posts(1)
        send(second, app_mention("我想退款", channel=GENERAL))
        slack_api.wait_for_posts(2)
        send(first, app_mention("how long does delivery take?", channel=GENERAL))
        send(second, app_mention("what is the wifi password", channel=GENERAL, user="U0SOMEONE2"))
        finish(first)
        finish(second)

        answers = slack_api.calls_to("chat.postMessage")
        assert sorted(answered_id(a) for a in answers) == ["refund", "reset-password", "wifi-password"]
        (note,) = slack_api.calls_to("chat.postEphemeral")
        assert note.params["user"] == "U0ASKER001"
        # The same Redis holds the exactly-once claims (bot/slack/dedupe_redis.py), the
        # channels' posting pace (bot/slack/pacing.py) and question order (bot/slack/ordering.py;
        # its keys may outlive the last answer by a lease renewal) beside the limiter's
        # counts; every key stays under the configured prefix.
        keys = [k.decode() for k in client.scan_iter(f"{redis_prefix}*")]
        limiter_keys = [k for k in keys if k.startswith(f"{redis_prefix}ratelimit:")]
        families = tuple(f"{redis_prefix}{family}" for family in ("claim:", "pace:", "order:", "order-lease:"))
        assert all(k in limiter_keys or k.startswith(families) for k in keys), keys
        assert {u for u in ("U0ASKER001", "U0SOMEONE2") if any(u in k for k in limiter_keys)} == {
            "U0ASKER001", "U0SOMEONE2"}
    finally:
        for key in client.scan_iter(f"{redis_prefix}*"):
            client.delete(key)


def test_an_unreachable_redis_lets_questions_through(start_app, slack_api, caplog):
    with socket.socket() as probe:  # a free port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"redis://:s3cret-pass@127.0.0.1:{port}/0"
    running = start_app(user_rate_limit="1/minute", redis_url=url)
    with caplog.at_level(logging.WARNING):
        send(running, app_mention("I forgot my password", channel=GENERAL))
        send(running, app_mention("我想退款", channel=GENERAL))
        finish(running)
    assert len(slack_api.calls_to("chat.postMessage")) == 2
    # one warning for the outage, not one per question
    assert caplog.text.count("questions are let through without a rate limit") == 1
    assert "s3cret-pass" not in caplog.text

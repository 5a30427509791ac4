"""Issue 20, items 5-6: every request Slack sends gets a clear answer, and abuse stays cheap.

The real Bolt app behind the bot's own HTTP server, driven by signed requests over real
HTTP; what the bot sent is what the recording Slack stand-in received; Redis is real.
"""

from __future__ import annotations

import json
import logging
import time
from contextlib import ExitStack

import pytest
from pydantic import SecretStr

from bot.slack.app import create_app
from bot.slack.blocks import NOT_SURE
from bot.slack.policy import is_new_question, looks_like_acknowledgement
from feedback_support import event_rows
from slack_fixtures import OFF_TOPIC, drain, serving_http
from slack_standin import (
    BOT_ID, BOT_USER_ID, TEAM_ID, app_mention, block_actions, buttons_of, direct_message,
    event_callback, interaction_body, post, signed_headers, slack_error,
)
from test_slack_http import answered_id, send_event, send_form


def no_tracebacks(records) -> None:
    noisy = [r for r in records if r.exc_info or "Traceback" in r.getMessage()]
    assert not noisy, [r.getMessage() for r in noisy]


def send_body(http_app, payload: dict) -> int:
    body = json.dumps(payload).encode()
    return post(http_app.url, body, signed_headers(body))[0]


# -- bad timestamps ------------------------------------------------------------------
@pytest.mark.parametrize("timestamp", ["abc", "1e3", "", "1_700_000_000", "-5", "9" * 40, "0x10"])
def test_a_bad_timestamp_header_is_a_401_with_one_info_line(http_app, slack_api, caplog, timestamp):
    caplog.set_level(logging.DEBUG)
    body = json.dumps(event_callback(app_mention("I forgot my password"))).encode()
    headers = {**signed_headers(body), "X-Slack-Request-Timestamp": timestamp}
    status, answer = post(http_app.url, body, headers)
    assert status == 401
    assert "X-Slack-Request-Timestamp" in json.loads(answer)["error"]
    (line,) = [r for r in caplog.records if r.name == "bot.slack.http_server"]
    assert line.levelno == logging.INFO and "\n" not in line.getMessage()
    no_tracebacks(caplog.records)
    drain(http_app.app)
    assert not slack_api.calls_to("chat.postMessage")


# -- events a workspace sends ----------------------------------------------------------
def workspace_event(kind: str, **fields) -> dict:
    return {"type": kind, "event_ts": f"{time.time():.6f}", **fields}


OTHER_EVENTS = [
    workspace_event("member_joined_channel", user="U0NEWBIE01", channel="C0GENERAL1",
                    channel_type="C", team=TEAM_ID),
    workspace_event("reaction_added", user="U0ASKER001", reaction="thumbsup", item_user=BOT_USER_ID,
                    item={"type": "message", "channel": "C0GENERAL1", "ts": "1700000001.000100"}),
    workspace_event("channel_rename", channel={"id": "C0GENERAL1", "name": "general-2", "created": 1}),
    workspace_event("tokens_revoked", tokens={"oauth": ["U0SOMEUSER"]}),  # a user token: not ours
]


def test_events_the_bot_does_not_handle_are_acknowledged_and_ignored(http_app, slack_api, caplog):
    caplog.set_level(logging.DEBUG)
    for event in OTHER_EVENTS:
        assert send_body(http_app, event_callback(event)) == 200, event["type"]
    rate_limited = {"token": "legacy-verification-token", "type": "app_rate_limited", "team_id": TEAM_ID,
                    "minute_rate_limited": 1518467820, "api_app_id": "A0FAQBOT01"}
    assert send_body(http_app, rate_limited) == 200
    # A click on a button the bot has no listener for (a link button, an old layout).
    click = block_actions({"action_id": "some_link_button", "text": {"type": "plain_text", "text": "x"},
                           "value": "x"}, slack_api.response_url())
    assert send_form(http_app, interaction_body(click))[0] == 200
    # ...and the bot still answers (a user token's revocation does not stop it).
    send_event(http_app, direct_message("I forgot my password"))
    drain(http_app.app)

    # Only the DM's answer (and, on a slow machine, its 👀 reaction): nothing for the rest.
    assert [c.method for c in slack_api.calls
            if c.method not in ("auth.test", "reactions.add", "reactions.remove")] == ["chat.postMessage"]
    assert answered_id(slack_api.calls_to("chat.postMessage")[0]) == "reset-password"
    assert "Unhandled request" not in caplog.text and "unhandled request" not in caplog.text
    assert "rate-limited this app's Events API deliveries" in caplog.text
    no_tracebacks(caplog.records)


def test_in_socket_mode_events_without_a_listener_are_acked_too(socket_mode, slack_api):
    """Bolt's Socket Mode adapter acks only a 200: without one Slack redelivers the envelope."""
    endpoint, app = socket_mode
    for event in OTHER_EVENTS[:2]:
        envelope_id = endpoint.send("events_api", event_callback(event))
        assert endpoint.wait_for_ack(envelope_id) == {"envelope_id": envelope_id}
    drain(app)
    assert not [c for c in slack_api.calls if c.method not in ("auth.test", "apps.connections.open")]


@pytest.mark.parametrize("gone", [
    workspace_event("app_uninstalled"),
    workspace_event("tokens_revoked", tokens={"oauth": ["U0SOMEUSER"], "bot": [BOT_USER_ID]}),
], ids=["app_uninstalled", "tokens_revoked"])
def test_uninstall_or_revoked_bot_token_stops_all_posting_logged_once(http_app, slack_api, caplog, gone):
    caplog.set_level(logging.INFO)
    assert send_body(http_app, event_callback(gone)) == 200
    assert send_body(http_app, event_callback(gone)) == 200  # Slack may send it twice
    # Everything after is acknowledged (no retries from Slack) and nothing is posted.
    for number in range(3):
        status, _ = send_event(http_app, app_mention("I forgot my password"))
        assert status == 200
        assert send_event(http_app, direct_message(f"how can I connect to the vpn {number}"))[0] == 200
    drain(http_app.app)
    assert not [c for c in slack_api.calls if c.method != "auth.test"]
    stops = [r for r in caplog.records if "stopped posting to Slack" in r.getMessage()]
    assert len(stops) == 1 and stops[0].levelno == logging.WARNING


def test_a_replica_that_missed_the_event_stops_on_its_first_refused_call(http_app, slack_api, caplog):
    """Another replica got the uninstall: here Slack answers token_revoked to the next post."""
    caplog.set_level(logging.INFO)
    slack_api.fail_always("chat.postMessage", slack_error("token_revoked"))
    send_event(http_app, direct_message("I forgot my password"))
    slack_api.wait_for_posts(1)
    deadline = time.monotonic() + 60
    while not any("stopped posting to Slack" in r.getMessage() for r in caplog.records):
        assert time.monotonic() < deadline, "the refused post never stopped posting"
        time.sleep(0.05)
    for question in ("报销怎么提交", "如何申请VPN", "what is the wifi password"):
        assert send_event(http_app, direct_message(question))[0] == 200
    drain(http_app.app)  # a (wrongly) started listener would have posted by now
    assert len(slack_api.calls_to("chat.postMessage")) == 1  # never retried, nothing after
    assert sum("stopped posting to Slack" in r.getMessage() for r in caplog.records) == 1


def test_replies_still_queued_when_the_uninstall_arrives_are_not_posted(
        slack_api, slack_settings, faq_service):
    """Questions answered before the uninstall, their replies waiting for the channel's
    pace: once the uninstall arrives none of them is sent (old: each was still tried)."""
    settings = slack_settings.model_copy(update={
        "slack_working_reaction_after": None, "user_rate_limit": "off",
        "slack_channel_post_interval": 15.0, "slack_channel_post_burst": 1})
    app = create_app(settings, faq_service)
    with serving_http(app) as running:
        for number, question in enumerate(("I forgot my password", "what is the wifi password")):
            assert send_event(running, app_mention(question, channel="C0PACED001",
                                                   user=f"U0PACED{number:03d}"))[0] == 200
        slack_api.wait_for_posts(1)  # the first went out; the second waits for its slot
        assert send_body(running, event_callback(workspace_event("app_uninstalled"))) == 200
        drain(app)
    assert len(slack_api.calls_to("chat.postMessage")) == 1


# -- follow-ups in a thread ----------------------------------------------------------
ACKNOWLEDGEMENTS = ["thanks, that worked!", "👍", "that worked", "谢谢", "好的", "Thank you so much 🙏",
                    ":+1:", "可以了，谢谢！", "ok thanks", "it works now, cheers"]


@pytest.mark.parametrize("text", ACKNOWLEDGEMENTS)
def test_acknowledgements(text):
    assert looks_like_acknowledgement(text)


@pytest.mark.parametrize("text", ["I forgot my password", "vpn", "thanks, but how do I get vpn access?",
                                  "报销怎么提交", "help", "that did not work", ":wave:", "密码", "", "你好",
                                  "ok but where is the wifi password"])
def test_not_acknowledgements(text):
    assert not looks_like_acknowledgement(text)


def test_a_thank_you_in_the_dm_thread_gets_no_reply_and_is_not_stored(http_app, slack_api, slack_settings):
    question = direct_message("I forgot my password", channel="D0DIRECT01")
    send_event(http_app, question)
    slack_api.wait_for_posts(1)
    thread = question["ts"]  # replies under the question and its answer
    for text in ACKNOWLEDGEMENTS:
        send_event(http_app, direct_message(text, channel="D0DIRECT01", thread_ts=thread))
    # A remark that asks nothing, in the thread: not a new question either.
    send_event(http_app, direct_message("my laptop is a thinkpad", channel="D0DIRECT01", thread_ts=thread))
    # Top level and mentioned, a thank-you is still no question.
    send_event(http_app, direct_message("thanks!", channel="D0DIRECT01"))
    send_event(http_app, app_mention("thank you 🙏"))
    drain(http_app.app)
    assert len(slack_api.calls_to("chat.postMessage")) == 1
    assert not slack_api.calls_to("chat.postEphemeral")
    assert [r["outcome"] for r in event_rows(slack_settings)] == ["answered"]


def test_a_question_in_the_dm_thread_or_a_mention_in_a_thread_is_answered(http_app, slack_api):
    thread = "1700000001.000100"
    send_event(http_app, direct_message("how can I connect to the vpn?", channel="D0DIRECT01",
                                        thread_ts=thread))
    send_event(http_app, app_mention("what is the wifi password", thread_ts="1700000002.000100"))
    drain(http_app.app)
    answers = {answered_id(c) for c in slack_api.calls_to("chat.postMessage")}
    assert answers == {"vpn-access", "wifi-password"}


def test_is_new_question_rules():
    thread = {"channel_type": "im", "ts": "2.0", "thread_ts": "1.0"}
    assert not is_new_question({**thread, "text": "my laptop is a thinkpad"}, BOT_USER_ID)
    assert is_new_question({**thread, "text": f"<@{BOT_USER_ID}> vpn"}, BOT_USER_ID)
    assert is_new_question({**thread, "text": "报销怎么提交"}, BOT_USER_ID)
    assert is_new_question({"channel_type": "im", "ts": "1.0", "text": "vpn"}, BOT_USER_ID)
    assert is_new_question({"channel_type": "im", "ts": "1.0", "thread_ts": "1.0", "text": "vpn"},
                           BOT_USER_ID)  # the thread's parent itself


# -- suggestions: once per user per message ------------------------------------------------
def not_sure_in_thread(http_app, slack_api):
    mention = app_mention(OFF_TOPIC)
    send_event(http_app, mention)
    (not_sure,) = slack_api.wait_for_posts(1)
    assert not_sure.params["text"].startswith(NOT_SURE)
    message = {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "ts": "1700000009.000100",
               "thread_ts": mention["ts"], "text": not_sure.params["text"], "blocks": not_sure.blocks}
    return buttons_of(not_sure.blocks), message


def accepted_rows(settings) -> list[dict]:
    return [r for r in event_rows(settings) if r["kind"] == "suggestion_accepted"]


def test_ten_clicks_on_a_suggestion_answer_once_and_store_once(http_app, slack_api, slack_settings):
    suggestions, message = not_sure_in_thread(http_app, slack_api)
    for number in range(10):
        picked = suggestions[number % len(suggestions)]  # the same one, or another of the message
        status, _ = send_form(http_app, interaction_body(
            block_actions(picked, slack_api.response_url(), message=message)))
        assert status == 200
    # Another user's click on the same message is their own.
    send_form(http_app, interaction_body(
        block_actions(suggestions[0], slack_api.response_url(), message=message, user="U0OTHER001")))
    drain(http_app.app)
    answers = slack_api.calls_to("chat.postMessage")[1:]
    assert len(answers) == 2
    assert len(accepted_rows(slack_settings)) == 2
    assert not slack_api.calls_under("/response/")  # later clicks: acknowledged silently


def test_suggestion_clicks_spread_over_two_replicas_answer_once(
        slack_settings, faq_service, slack_api, redis_url, redis_prefix):
    settings = slack_settings.model_copy(update={"redis_url": SecretStr(redis_url),
                                                 "redis_key_prefix": redis_prefix})
    with ExitStack() as stack:
        first, second = (stack.enter_context(serving_http(create_app(settings, faq_service)))
                         for _ in range(2))
        suggestions, message = not_sure_in_thread(first, slack_api)
        for replica in (first, second, first, second, second):
            send_form(replica, interaction_body(
                block_actions(suggestions[0], slack_api.response_url(), message=message)))
        drain(first.app)
        drain(second.app)
    assert len(slack_api.calls_to("chat.postMessage")) == 2  # "not sure" and one answer
    assert len(accepted_rows(settings)) == 1


# -- rate-limit notes: once per user per window ------------------------------------------
def test_a_flood_over_the_rate_limit_gets_one_note_per_window(slack_settings, faq_service, slack_api):
    settings = slack_settings.model_copy(update={"user_rate_limit": "2/minute"})
    app = create_app(settings, faq_service)
    with serving_http(app) as running:
        for number in range(8):
            send_event(running, app_mention(f"I forgot my password {number}"))
            send_event(running, direct_message(f"how can I connect to the vpn {number}"))
        send_event(running, app_mention("I forgot my password", user="U0SOMEONE2"))
        drain(app)
    posts = slack_api.calls_to("chat.postMessage")
    answers = [c for c in posts if buttons_of(c.blocks)]
    notes = slack_api.calls_to("chat.postEphemeral") + [
        c for c in posts if "faster than I can take" in c.params["text"]]
    assert len(answers) == 3  # two for the flooder, one for the other user
    assert len(notes) == 1 and notes[0].params.get("user") in ("U0ASKER001", None)

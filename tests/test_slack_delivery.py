"""Nothing lost on Slack API errors: the real Bolt app over real HTTP, against the Slack
stand-in answering 429 + Retry-After, 5xx, error codes and failing response URLs.

Every kind of error ends in exactly one post (retried) or exactly one WARNING naming
the channel, thread ts, user and Slack's error code (not retried, or out of retries)."""

from __future__ import annotations

import json
import logging
from contextlib import contextmanager

import pytest

from bot.metrics import METRICS
from bot.slack.app import create_app
from bot.slack.blocks import BUTTON_EXPIRED, ButtonValue
from bot.slack.text import question_text
from slack_fixtures import drain, send_event, serving_http
from slack_standin import (
    BOT_TOKEN, RESPONSE_URLS, SIGNING_SECRET, Scripted, SlackWebStandIn, app_mention,
    block_actions, buttons_of, form_body, interaction_body, post, rate_limited,
    server_error, signed_headers, slack_error, slash_command,
)
from block_kit_limits import violations
from feedback_support import event_rows, vote_rows

CHANNEL, USER = "C0RESILIENT", "U0ASKER042"


@contextmanager
def running_app(settings, service, **overrides):
    # No working-on-it reaction unless asked for: its calls are not what these tests count.
    overrides = {"slack_working_reaction_after": None, **overrides}
    app = create_app(settings.model_copy(update=overrides), service)
    with serving_http(app) as running:
        try:
            yield running
        finally:
            drain(app)


def mention(running, text: str = "I forgot my password") -> dict:
    event = app_mention(text, user=USER, channel=CHANNEL)
    send_event(running, event)
    return event


def send_form(running, body: bytes) -> int:
    return post(running.url, body, signed_headers(
        body, content_type="application/x-www-form-urlencoded"))[0]


def delivery_warnings(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records
            if r.name.startswith("bot.slack") and r.levelno >= logging.WARNING]


def failures(method: str, error: str) -> float:
    return METRICS.slack_failures.labels(method, error)._value.get()


# -- retried until posted -----------------------------------------------------------
@pytest.mark.parametrize("errors", [
    [rate_limited(1)],
    [server_error(500)],
    [server_error(503)],
    [slack_error("service_unavailable")],
    [slack_error("request_timeout")],
    [server_error(503), rate_limited(1)],
], ids=["429", "500", "503", "service_unavailable", "request_timeout", "503-then-429"])
def test_transient_errors_are_retried_into_exactly_one_post(
        slack_api, slack_settings, faq_service, caplog, errors):
    caplog.set_level(logging.INFO)
    slack_api.script("chat.postMessage", *errors)
    with running_app(slack_settings, faq_service) as running:
        event = mention(running)
        calls = slack_api.wait_for_posts(len(errors) + 1)
    assert len(calls) == len(errors) + 1  # each failure retried once, then one success
    assert {c.params["thread_ts"] for c in calls} == {event["ts"]}
    assert all(c.params["blocks"] == calls[-1].params["blocks"] for c in calls)
    assert delivery_warnings(caplog) == []


def test_a_rate_limit_is_retried_only_after_retry_after(slack_api, slack_settings, faq_service):
    slack_api.script("chat.postMessage", rate_limited(2))
    with running_app(slack_settings, faq_service) as running:
        mention(running)
        limited, posted = slack_api.wait_for_posts(2)
    # A lower bound the bot guarantees by waiting, not a speed measurement.
    assert posted.received_at - limited.received_at >= 2.0


# -- failed for good: one WARNING with context --------------------------------------
@pytest.mark.parametrize("answer, error, attempts", [
    (slack_error("channel_not_found"), "channel_not_found", 1),
    (slack_error("not_in_channel"), "not_in_channel", 1),
    # may have posted: retried only once the thread shows it was not (1 + slack_max_retries)
    (slack_error("internal_error"), "internal_error", 3),
    (server_error(502), "http_502", 3),
    (server_error(500), "http_500", 3),
    (rate_limited(60), "ratelimited", 1),                   # Retry-After beyond the budget
], ids=["channel_not_found", "not_in_channel", "internal_error", "502", "500-always", "429-60s"])
def test_failures_end_in_one_warning_with_context(
        slack_api, slack_settings, faq_service, caplog, answer, error, attempts):
    caplog.set_level(logging.INFO)
    slack_api.fail_always("chat.postMessage", answer)
    before = failures("chat.postMessage", error)
    with running_app(slack_settings, faq_service, slack_max_retries=2,
                     slack_retry_budget=10) as running:
        event = mention(running)
    assert len(slack_api.calls_to("chat.postMessage")) == attempts
    (warning,) = delivery_warnings(caplog)
    message = warning.getMessage()
    assert "chat.postMessage" in message and error in message
    for field in (f"channel={CHANNEL}", f"thread_ts={event['ts']}", f"user={USER}"):
        assert field in message
    assert (warning.slack_error, warning.channel, warning.user) == (error, CHANNEL, USER)
    assert failures("chat.postMessage", error) == before + 1
    assert BOT_TOKEN not in caplog.text and SIGNING_SECRET not in caplog.text


def test_retries_stop_within_the_budget(slack_api, slack_settings, faq_service, caplog):
    """Backoff waits 0.5·2ⁿ s plus jitter: with a 1.5 s budget, 20 retries allowed are
    cut to the few that fit, then the failure is reported."""
    slack_api.fail_always("chat.postMessage", server_error(503))
    with running_app(slack_settings, faq_service, slack_max_retries=20,
                     slack_retry_budget=1.5) as running:
        mention(running)
    calls = slack_api.calls_to("chat.postMessage")
    assert len(calls) in (1, 2)  # the second backoff (1–2 s) never fits after the first
    assert calls[-1].received_at - calls[0].received_at <= 1.5 + 2.0  # budget + margin
    (warning,) = delivery_warnings(caplog)
    assert "http_503" in warning.getMessage()


def test_slack_unreachable_is_one_warning_not_an_exception(
        tmp_path, slack_settings, faq_service, caplog):
    slack = SlackWebStandIn().start()
    settings = slack_settings.model_copy(update={
        "slack_api_url": slack.api_url, "slack_max_retries": 1,
        "slack_working_reaction_after": None})
    app = create_app(settings, faq_service)  # auth.test answered
    slack.stop()                             # then Slack goes away
    with serving_http(app) as running:
        mention(running)
        drain(app)
    (warning,) = delivery_warnings(caplog)
    assert "connection_error" in warning.getMessage() and f"user={USER}" in warning.getMessage()


# -- response_url ------------------------------------------------------------------
def test_a_failing_response_url_is_retried(slack_api, slack_settings, faq_service, caplog):
    slack_api.script(RESPONSE_URLS, Scripted(503, "unavailable", {"Retry-After": "1"}),
                     rate_limited(1))
    with running_app(slack_settings, faq_service) as running:
        send_form(running, form_body(slash_command("I forgot my password",
                                                   slack_api.response_url(), user=USER)))
        slack_api.wait_for(lambda calls: sum(c.path.startswith("/response/") for c in calls) >= 3)
    first, second, answered = slack_api.calls_under("/response/")
    assert first.path == second.path == answered.path
    assert ButtonValue.decode(buttons_of(answered.blocks)[0]["value"]).faq_id == "reset-password"
    assert delivery_warnings(caplog) == []


@pytest.mark.parametrize("answer, error", [
    (Scripted(404, "expired_url"), "expired_url"),
    (Scripted(404, "<html>gone</html>"), "http_404"),
    (server_error(500), "http_500"),
], ids=["expired_url", "404-html", "500-always"])
def test_a_dead_response_url_is_one_warning_without_its_secret_path(
        slack_api, slack_settings, faq_service, caplog, answer, error):
    slack_api.fail_always(RESPONSE_URLS, answer)
    response_url = slack_api.response_url()
    with running_app(slack_settings, faq_service, slack_max_retries=1) as running:
        send_form(running, form_body(slash_command("I forgot my password", response_url,
                                                   user=USER, channel=CHANNEL)))
    (warning,) = delivery_warnings(caplog)
    assert f"response_url failed for good ({error})" in warning.getMessage()
    assert f"channel={CHANNEL}" in warning.getMessage() and f"user={USER}" in warning.getMessage()
    secret_path = response_url.rsplit("/", 1)[-1]
    assert secret_path not in caplog.text


# -- button values -----------------------------------------------------------------
FORGED = {
    "not-json": "reset-password",
    "array": '["reset-password", "I forgot my password", 0.9]',
    "missing-id": '{"q": "I forgot my password", "s": 0.9}',
    "id-not-text": '{"id": 42, "q": "x", "s": 0.9}',
    "id-with-space": '{"id": "reset password", "q": "x", "s": 0.9}',
    "question-not-text": '{"id": "reset-password", "q": ["x"], "s": 0.9}',
    "score-not-number": '{"id": "reset-password", "q": "x", "s": "high"}',
    "score-bool": '{"id": "reset-password", "q": "x", "s": true}',
    "score-nan": '{"id": "reset-password", "q": "x", "s": NaN}',
    "nested-deep": "[" * 1000 + "]" * 1000,
    "oversized": json.dumps({"id": "reset-password", "q": "x" * 2500, "s": 0.9}),
    "empty": "",
}


@pytest.mark.parametrize("action_id", ["faq_vote_down", "faq_suggestion_0", "faq_share"])
@pytest.mark.parametrize("name", list(FORGED))
def test_unreadable_button_values_get_an_expired_notice_and_a_log_line(
        http_app, slack_api, slack_settings, caplog, name, action_id):
    button = {"action_id": action_id, "text": {"type": "plain_text", "text": "x"},
              "value": FORGED[name]}
    message = {"type": "message", "ts": "1700000010.000100", "blocks": [], "bot_id": "B0"}
    status = send_form(http_app, interaction_body(
        block_actions(button, slack_api.response_url(), user=USER, channel=CHANNEL,
                      message=message)))
    assert status == 200
    slack_api.wait_for(lambda calls: any(c.path.startswith("/response/") for c in calls))
    drain(http_app.app)
    (notice,) = slack_api.calls_under("/response/")
    assert notice.params["text"] == BUTTON_EXPIRED
    assert notice.params["response_type"] == "ephemeral"
    assert slack_api.calls_to("chat.postMessage") == []
    assert vote_rows(slack_settings) == [] and event_rows(slack_settings) == []
    (warning,) = delivery_warnings(caplog)
    text = warning.getMessage()
    assert "unreadable button value" in text
    assert f"action={action_id}" in text and f"user={USER}" in text and f"channel={CHANNEL}" in text
    assert len(text) < 500  # an oversized value is not copied into the log


# -- Block Kit limits at the edge ------------------------------------------------------
@pytest.mark.parametrize("question", [
    '"' * 1500,
    "\\" * 1200 + "I forgot my password",
    "I forgot my password " + "😀" * 1500,
    "忘记密码了怎么办" * 400,
    "\x01\x02" * 700 + " I forgot my password",
], ids=["quotes", "backslashes", "emoji", "cjk", "control"])
def test_adversarial_questions_are_answered_within_block_kit_limits(
        http_app, slack_api, caplog, question):
    mention(http_app, question)
    drain(http_app.app)
    (reply,) = slack_api.calls_to("chat.postMessage")
    assert violations(reply.blocks) == []  # the stand-in answered ok, as Slack would
    assert delivery_warnings(caplog) == []
    asked = question_text(f"<@U0FAQBOT01> {question}")
    for button in buttons_of(reply.blocks):
        value = ButtonValue.decode(button["value"])
        assert value.question and asked.startswith(value.question)


# -- the retry handlers on their own -----------------------------------------------------
@pytest.mark.parametrize("retry_after", ["Wed, 21 Oct 2015 07:28:00 GMT", "soon", "0"],
                         ids=["http-date", "unreadable", "zero"])
def test_any_retry_after_form_is_honoured_without_crashing(slack_api, slack_settings, retry_after):
    from bot.slack.app import web_client

    client = web_client(slack_settings)
    slack_api.script("chat.postEphemeral", rate_limited(retry_after))
    response = client.chat_postEphemeral(channel=CHANNEL, user=USER, text="hi")
    assert response["ok"] is True
    assert len(slack_api.calls_to("chat.postEphemeral")) == 2


def test_no_retries_when_turned_off(slack_api, slack_settings, caplog):
    from bot.slack.app import web_client
    from bot.slack.delivery import post_ephemeral
    from bot.slack.blocks import text_message

    client = web_client(slack_settings.model_copy(update={"slack_max_retries": 0}))
    slack_api.script("chat.postEphemeral", server_error(503))
    assert post_ephemeral(client, text_message("hi"), channel=CHANNEL, user=USER) is False
    assert len(slack_api.calls_to("chat.postEphemeral")) == 1
    (warning,) = delivery_warnings(caplog)
    assert "chat.postEphemeral failed for good (http_503)" in warning.getMessage()

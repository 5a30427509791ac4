"""Never a duplicate post, never a lost one: the real Bolt app over real HTTP against the
Slack stand-in failing *after* it did the work (the connection resets once the request
was received, a 500 after posting, an answer that comes too late), as Slack can.

Each ambiguous failure ends in exactly one message in the thread: the bot looks for its
post (by its message metadata) before retrying. Slack refusing the blocks ends in a
plain-text reply naming the FAQ source; a 200 that is not a JSON object is a counted
delivery failure, not a crash."""

from __future__ import annotations

import logging
from contextlib import contextmanager

import pytest

from bot.metrics import METRICS
from bot.slack.app import create_app
from slack_fixtures import drain, send_event, serving_http
from slack_standin import (
    RESPONSE_URLS, Scripted, app_mention, form_body, hang, post, processed_then,
    rate_limited, reset_after_receipt, server_error, signed_headers, slack_error, slash_command,
)

CHANNEL, USER = "C0ONCEONLY", "U0ASKER077"


@contextmanager
def running_app(settings, service, **overrides):
    overrides = {"slack_working_reaction_after": None, **overrides}
    app = create_app(settings.model_copy(update=overrides), service)
    with serving_http(app) as running:
        try:
            yield running
        finally:
            drain(app)  # the listeners and their posts


def mention(running, text: str = "I forgot my password") -> dict:
    event = app_mention(text, user=USER, channel=CHANNEL)
    send_event(running, event)
    return event


def posts_in_thread(slack_api, event: dict) -> list[dict]:
    return [m for m in slack_api.posts_in(CHANNEL) if m.get("thread_ts") == event["ts"]]


def failures(method: str, error: str) -> float:
    return METRICS.slack_failures.labels(method, error)._value.get()


# -- ambiguous failures: exactly one post -------------------------------------------------
@pytest.mark.parametrize("failure", [
    [reset_after_receipt()],
    [reset_after_receipt(), reset_after_receipt()],
    [processed_then(server_error(500))],
    [processed_then(slack_error("internal_error"))],
    [processed_then(slack_error("fatal_error"))],
    [processed_then(server_error(502))],
], ids=["reset-once", "reset-twice", "500-after-posting", "internal_error-after-posting",
        "fatal_error-after-posting", "502-after-posting"])
def test_an_ambiguous_failure_after_posting_is_not_posted_again(
        slack_api, slack_settings, faq_service, caplog, failure):
    caplog.set_level(logging.INFO)
    slack_api.script("chat.postMessage", *failure)
    with running_app(slack_settings, faq_service) as running:
        event = mention(running)
    assert len(posts_in_thread(slack_api, event)) == 1
    assert len(slack_api.calls_to("chat.postMessage")) == 1  # found, so never sent again
    assert slack_api.calls_to("conversations.replies")  # it looked before deciding
    assert "the reply was posted" in caplog.text


def test_a_reset_every_time_still_posts_once(slack_api, slack_settings, faq_service):
    slack_api.fail_always("chat.postMessage", reset_after_receipt())
    with running_app(slack_settings, faq_service) as running:
        event = mention(running)
    assert len(posts_in_thread(slack_api, event)) == 1


def test_an_answer_that_comes_after_the_timeout_is_not_posted_again(
        slack_api, slack_settings, faq_service):
    slack_api.script("chat.postMessage", hang(3))
    with running_app(slack_settings, faq_service, slack_timeout=1) as running:
        event = mention(running)
    assert len(posts_in_thread(slack_api, event)) == 1


@pytest.mark.parametrize("failure", [server_error(500), slack_error("internal_error"),
                                     Scripted(200, "[1]")],
                         ids=["500", "internal_error", "json-not-an-object"])
def test_an_ambiguous_failure_that_did_not_post_is_retried_once(
        slack_api, slack_settings, faq_service, failure):
    slack_api.script("chat.postMessage", failure)
    with running_app(slack_settings, faq_service) as running:
        event = mention(running)
    assert len(posts_in_thread(slack_api, event)) == 1
    assert len(slack_api.calls_to("chat.postMessage")) == 2


def test_each_post_carries_metadata_naming_its_question(slack_api, slack_settings, faq_service):
    with running_app(slack_settings, faq_service) as running:
        event = mention(running)
    (message,) = posts_in_thread(slack_api, event)
    payload = message["metadata"]["event_payload"]
    assert message["metadata"]["event_type"] == "faqbot_reply"
    assert payload["post_id"] == f"message:{CHANNEL}:{event['ts']}#1"


# -- response_url: retried only when nothing happened --------------------------------------
@pytest.mark.parametrize("failure", [reset_after_receipt(), processed_then(server_error(500))],
                         ids=["reset", "500"])
def test_a_response_url_failing_after_receipt_is_not_sent_twice(
        slack_api, slack_settings, faq_service, failure):
    slack_api.script(RESPONSE_URLS, failure)
    response_url = slack_api.response_url()
    with running_app(slack_settings, faq_service) as running:
        body = form_body(slash_command("I forgot my password", response_url, user=USER))
        assert post(running.url, body, signed_headers(
            body, content_type="application/x-www-form-urlencoded"))[0] == 200
        slack_api.wait_for(lambda calls: any(c.path.startswith("/response/") for c in calls))
    assert len(slack_api.calls_under("/response/")) == 1


def test_a_refused_response_url_call_is_still_retried(slack_api, slack_settings, faq_service):
    slack_api.script(RESPONSE_URLS, rate_limited(1))
    with running_app(slack_settings, faq_service) as running:
        body = form_body(slash_command("I forgot my password", slack_api.response_url(), user=USER))
        post(running.url, body, signed_headers(body, content_type="application/x-www-form-urlencoded"))
        slack_api.wait_for(lambda calls: sum(c.path.startswith("/response/") for c in calls) >= 2)


# -- Slack refusing the form: a plain-text reply ------------------------------------------
@pytest.mark.parametrize("code", ["invalid_blocks", "msg_too_long", "msg_blocks_too_long"])
def test_refused_blocks_fall_back_to_plain_text_naming_the_source(
        slack_api, slack_settings, faq_service, code):
    slack_api.script("chat.postMessage", slack_error(code))
    with running_app(slack_settings, faq_service) as running:
        event = mention(running)
    (reply,) = posts_in_thread(slack_api, event)
    refused, plain = slack_api.calls_to("chat.postMessage")
    assert "blocks" in refused.params and not plain.params.get("blocks")
    assert "it.md:" in reply["text"]  # where the full answer is
    assert len(reply["text"]) <= 3200


# -- a 200 whose body is not a JSON object ------------------------------------------------
def test_a_200_that_is_not_a_json_object_is_a_counted_failure(
        slack_api, slack_settings, faq_service, caplog):
    slack_api.fail_always("chat.postMessage", Scripted(200, "[1]"))
    before = failures("chat.postMessage", "invalid_response")
    with running_app(slack_settings, faq_service, slack_max_retries=1) as running:
        mention(running)
    assert failures("chat.postMessage", "invalid_response") == before + 1
    assert "has no attribute" not in caplog.text

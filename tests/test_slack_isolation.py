"""Slow Slack never blocks answering, and a draining bot takes no new work: the real Bolt
app over real HTTP against the Slack stand-in.

- chat.postMessage hanging in one channel for 20 questions: DMs elsewhere are answered
  while those calls still hang (old: 16 fixed threads all waiting on the hung channel);
- response_url hanging for /faq commands and 👍 clicks: DMs elsewhere are answered while
  those calls still hang (old: the replies ran on the answering threads);
- reactions.add answering 429: each 👀 is tried once (cosmetic, never retried), and the
  answers are posted all the same;
- while a graceful shutdown drains: new deliveries get 503 (Slack retries them
  elsewhere) and /readyz answers 503, after the work in flight finished.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from urllib.error import HTTPError
from urllib.request import urlopen

from bot.slack.app import create_app
from slack_fixtures import drain, serving_http
from slack_standin import (
    BOT_ID, WAIT_SECONDS, app_mention, block_actions, buttons_of, direct_message, event_callback,
    form_body, interaction_body, post, rate_limited, signed_headers, slash_command,
)

HUNG = "C0HUNG0001"


@contextmanager
def running_app(settings, service, **overrides):
    overrides = {"slack_working_reaction_after": None, **overrides}
    app = create_app(settings.model_copy(update=overrides), service)
    with serving_http(app) as running:
        try:
            yield running
        finally:
            drain(app)


def send(running, event: dict) -> int:
    body = json.dumps(event_callback(event)).encode()
    return post(running.url, body, signed_headers(body))[0]


def test_a_channel_whose_posts_hang_does_not_hold_up_other_conversations(
        slack_api, slack_settings, faq_service):
    slack_api.hold_channel(HUNG)
    try:
        with running_app(slack_settings, faq_service, slack_timeout=WAIT_SECONDS,
                         user_rate_limit="off") as running:
            for n in range(20):
                assert send(running, app_mention("I forgot my password", channel=HUNG,
                                                 user=f"U0HUNG{n:04d}")) == 200
            slack_api.wait_for(lambda calls: any(c.params.get("channel") == HUNG for c in calls))
            dms = [direct_message("what is the wifi password", channel=f"D0ELSE{n:04d}",
                                  user=f"U0ELSE{n:04d}") for n in range(5)]
            for dm in dms:
                assert send(running, dm) == 200
            # Answered while the hung channel's call still hangs (it is released only below).
            slack_api.wait_for(lambda calls: {c.params.get("channel") for c in calls
                                              if c.method == "chat.postMessage"}
                               >= {dm["channel"] for dm in dms}, timeout=WAIT_SECONDS / 2)
            slack_api.release_channel(HUNG)
    finally:
        slack_api.release_channel(HUNG)
    hung_posts = [m for m in slack_api.posts_in(HUNG)]
    assert len(hung_posts) == 20 and len({m["thread_ts"] for m in hung_posts}) == 20


def send_form(running, body: bytes) -> int:
    return post(running.url, body,
                signed_headers(body, content_type="application/x-www-form-urlencoded"))[0]


def test_hung_response_urls_do_not_hold_up_answering(slack_api, slack_settings, faq_service):
    with running_app(slack_settings, faq_service, slack_timeout=WAIT_SECONDS,
                     slack_answer_threads=2, user_rate_limit="off") as running:
        first = direct_message("what is the wifi password", channel="D0FIRST001")
        assert send(running, first) == 200
        (answer,) = slack_api.wait_for_posts(1)
        vote = buttons_of(answer.blocks)[0]
        message = {"type": "message", "ts": "1700000999.000001", "blocks": answer.blocks,
                   "bot_id": BOT_ID}
        slack_api.hold_responses()
        try:
            # 3 /faq commands and 3 👍 clicks, more than the 2 answering threads.
            for n in range(3):
                assert send_form(running, form_body(slash_command(
                    "I forgot my password", slack_api.response_url(), user=f"U0SLASH{n:03d}",
                    channel=f"C0SLASH{n:03d}"))) == 200
                assert send_form(running, interaction_body(block_actions(
                    vote, slack_api.response_url(), user=f"U0CLICK{n:03d}",
                    channel="D0FIRST001", message=message))) == 200
            slack_api.wait_for(lambda calls: len([c for c in calls
                                                  if c.path.startswith("/response/")]) == 6)
            dms = [direct_message("what is the wifi password", channel=f"D0AFTER{n:03d}",
                                  user=f"U0AFTER{n:03d}") for n in range(5)]
            for dm in dms:
                assert send(running, dm) == 200
            # Answered while all 6 response_url calls still hang (released only below).
            slack_api.wait_for(lambda calls: {c.params.get("channel") for c in calls
                                              if c.method == "chat.postMessage"}
                               >= {dm["channel"] for dm in dms}, timeout=WAIT_SECONDS / 2)
        finally:
            slack_api.release_responses()
    # Each private reply was sent once (a hang is not retried into a duplicate).
    assert len(slack_api.calls_under("/response/")) == 6
    assert len(slack_api.calls_to("chat.postMessage")) == 6


def test_a_rate_limited_reaction_is_tried_once_and_answers_are_posted(
        slack_api, slack_settings, faq_service):
    slack_api.fail_always("reactions.add", rate_limited(3))
    with running_app(slack_settings, faq_service, slack_working_reaction_after=0.0,
                     user_rate_limit="off") as running:
        asked = [app_mention("I forgot my password", channel=f"C0REACT{n:03d}",
                             user=f"U0REACT{n:03d}") for n in range(6)]
        for event in asked:
            assert send(running, event) == 200
        slack_api.wait_for_posts(6)
    reactions = slack_api.calls_to("reactions.add")
    assert len(reactions) == len({c.params["timestamp"] for c in reactions})  # never retried
    assert not slack_api.calls_to("reactions.remove")  # none was added


def test_a_draining_bot_refuses_new_deliveries_and_reports_unhealthy(
        slack_api, slack_settings, faq_service):
    from bot.metrics import METRICS
    from bot.slack.lifecycle import lifecycle_of

    app = create_app(slack_settings.model_copy(update={"slack_working_reaction_after": None}),
                     faq_service)
    lifecycle = lifecycle_of(app)
    with serving_http(app) as running:
        assert send(running, app_mention("I forgot my password", channel="C0BEFORE01")) == 200
        drainer = threading.Thread(target=lifecycle.drain)
        drainer.start()
        drainer.join(WAIT_SECONDS)
        try:
            assert slack_api.posts_in("C0BEFORE01")  # in flight at the signal: answered
            assert send(running, app_mention("what is the wifi password",
                                             channel="C0AFTER001")) == 503
            health = running.url.replace("/slack/events", "/readyz")
            try:
                urlopen(health, timeout=WAIT_SECONDS)
                status = 200
            except HTTPError as error:
                status = error.code
            assert status == 503
        finally:
            METRICS.set_draining(False)
    drain(app)
    assert not slack_api.posts_in("C0AFTER001")


def test_queueing_pacing_and_delivery_are_measured(slack_api, slack_settings, faq_service):
    from bot.metrics import METRICS

    names = ("faqbot_slack_queue_seconds_count", "faqbot_slack_delivery_to_post_seconds_count",
             "faqbot_slack_pacing_wait_seconds_count")
    stages = [{"stage": "queue"}, {"stage": "delivered"}]  # beside stage_latency{total}
    count = lambda: [METRICS.registry.get_sample_value(n) or 0 for n in names] + [  # noqa: E731
        METRICS.registry.get_sample_value("faqbot_stage_latency_seconds_count", s) or 0
        for s in stages]
    before = count()
    with running_app(slack_settings, faq_service) as running:
        assert send(running, app_mention("I forgot my password", channel="C0MEASURED")) == 200
        slack_api.wait_for_posts(1)
    assert [a - b for a, b in zip(count(), before)] == [1, 1, 1, 1, 1]

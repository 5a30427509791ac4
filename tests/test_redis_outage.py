"""A hung Redis (SIGSTOP) behind the real Bolt app in HTTP mode: answers go on, few Redis
calls wait for their timeout, and no message is answered twice once Redis is back.

The Redis is a redis-server of the test's own; DMs are signed Slack deliveries POSTed to
the bot's HTTP server; replies are what the Slack stand-in recorded. Latency is bounded
by counting the Redis calls that timed out (each costs ``redis_timeout``), not by clocks.
"""

from __future__ import annotations

import json
import logging
import re
import time

import pytest
from pydantic import SecretStr

from bot.metrics import METRICS
from bot.slack.app import create_app
from redis_process import RedisProcess
from slack_fixtures import drain, serving_http
from slack_standin import direct_message, event_callback, post, signed_headers

DEADLINE = 60.0
ALREADY_ANSWERED = "already answered"  # bot/slack/listeners/events.py, for each dropped delivery


@pytest.fixture
def redis_server(tmp_path):
    server = RedisProcess(tmp_path).start()
    yield server
    server.kill()


def redis_settings(slack_settings, server, **overrides):
    return slack_settings.model_copy(update={
        "redis_url": SecretStr(server.url), "redis_timeout": 0.3, **overrides})


def deliver(running, event: dict, event_id: str, retry: int = 0) -> None:
    body = json.dumps(event_callback(event, event_id)).encode()
    headers = signed_headers(body)
    if retry:
        headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    assert post(running.url, body, headers)[0] == 200


def replies_to(slack_api, channel: str) -> list:
    return [c for c in slack_api.calls_to("chat.postMessage") if c.params.get("channel") == channel]


def fallbacks(metric: str) -> dict[str, float]:
    """``faqbot_<metric>_total`` by reason, as /metrics shows it (0 when not exposed)."""
    exposed = METRICS.exposition().decode()
    found = dict(re.findall(rf'^faqbot_{metric}_total{{reason="(\w+)"}} (\S+)$', exposed, re.MULTILINE))
    return {reason: float(found.get(reason, 0))
            for reason in ("timeout", "unreachable", "error", "circuit_open")}


def wait_until(predicate, what: str) -> None:
    end = time.monotonic() + DEADLINE
    while not predicate():
        if time.monotonic() > end:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_a_hung_redis_costs_a_few_timeouts_not_one_per_message(
        slack_settings, faq_service, slack_api, redis_server, caplog):
    caplog.set_level(logging.WARNING)
    # A long reset: no probe during the test, so every call past the first three is skipped.
    settings = redis_settings(slack_settings, redis_server, redis_circuit_failures=3,
                              redis_circuit_reset_seconds=600)
    app = create_app(settings, faq_service)
    claims_before, limits_before = fallbacks("dedupe_fallbacks"), fallbacks("rate_limit_fallbacks")
    channels = [f"D0HUNG{n:05d}" for n in range(10)]
    with serving_http(app) as running:
        redis_server.pause()
        try:
            for n, channel in enumerate(channels):
                deliver(running, direct_message("I forgot my password", user=f"U0HUNG{n:04d}",
                                                channel=channel), f"EvHung{n}")
                slack_api.wait_for(lambda calls, c=channel: any(x.params.get("channel") == c for x in calls))
        finally:
            redis_server.resume()
        drain(app)
    assert all(len(replies_to(slack_api, c)) == 1 for c in channels)

    claims = {k: v - claims_before[k] for k, v in fallbacks("dedupe_fallbacks").items()}
    limits = {k: v - limits_before[k] for k, v in fallbacks("rate_limit_fallbacks").items()}
    # Claims and the rate limit share one breaker: three timeouts open it for both.
    assert claims["timeout"] + limits["timeout"] <= 3, (claims, limits)
    assert sum(claims.values()) == 10 and sum(limits.values()) == 10
    # one warning per outage for each of them (and the replies' per-channel pacing and
    # question order, the other users of the link: bot/slack/pacing.py, ordering.py), none
    # from the breaker itself
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 4, warnings
    assert any(w.startswith("Redis question order at") for w in warnings)
    assert any(w.startswith("Redis claims at") for w in warnings)
    assert any(w.startswith("Redis rate limit counts at") for w in warnings)
    assert any(w.startswith("Redis pacing at") for w in warnings)


def test_no_message_is_answered_twice_after_an_outage_by_this_or_another_replica(
        slack_settings, faq_service, slack_api, redis_server, caplog):
    caplog.set_level(logging.INFO)
    settings = redis_settings(slack_settings, redis_server, redis_circuit_failures=1,
                              redis_circuit_reset_seconds=0.5)
    a, b = create_app(settings, faq_service), create_app(settings, faq_service)
    channels = [f"D0OUT{n:05d}" for n in range(3)]
    events = [direct_message("how can I connect to the vpn", user=f"U0OUT{n:04d}", channel=channel)
              for n, channel in enumerate(channels)]
    with serving_http(a) as replica_a, serving_http(b) as replica_b:
        redis_server.pause()
        try:
            for n, event in enumerate(events):  # answered by replica a from its own memory
                deliver(replica_a, event, f"EvOut{n}")
                slack_api.wait_for(lambda calls, c=event["channel"]: any(
                    x.params.get("channel") == c for x in calls))
        finally:
            redis_server.resume()
        # Redis answers again; the claims a made in memory reach it (written back).
        client = redis_server.client()
        key = f"{settings.redis_key_prefix}claim:message:{events[-1]['channel']}:{events[-1]['ts']}"
        end = time.monotonic() + 20
        while not client.exists(key) and time.monotonic() < end:
            time.sleep(0.05)
        assert 0 < client.ttl(key) <= settings.dedupe_ttl_seconds  # with the TTL it had left

        # Slack retries every delivery, at either replica, and delivers a new one to each.
        for n, event in enumerate(events):
            deliver(replica_a if n % 2 else replica_b, event, f"EvOut{n}", retry=1)
            deliver(replica_b if n % 2 else replica_a, event, f"EvOut{n}", retry=2)
        wait_until(lambda: sum(ALREADY_ANSWERED in r.getMessage() for r in caplog.records) >= 2 * len(events)
                   or any(len(replies_to(slack_api, c)) > 1 for c in channels), "the retries to be handled")
    drain(a)
    drain(b)
    assert [len(replies_to(slack_api, c)) for c in channels] == [1] * len(channels)

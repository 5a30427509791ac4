"""Exactly-once claims against real Redis: the machine's (under a per-test key prefix)
and, for outages, a redis-server of the test's own that it kills and restarts."""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from pydantic import SecretStr, ValidationError

from bot.config import Settings
from bot.logs import configured_secrets, redact
from bot.metrics import Metrics
from bot.slack.dedupe import MemoryDeduplicator
from bot.slack.dedupe_redis import CLAIM_SCRIPT, RedisDeduplicator, deduplicator_for
from bot.slack.redis_link import RedisLink
from redis_process import RedisProcess



@pytest.fixture
def shared_redis(redis_url, redis_prefix):
    """A raw client on the machine's Redis; deletes every key under the test's prefix."""
    client = redis.Redis.from_url(redis_url)
    yield client
    keys = list(client.scan_iter(f"{redis_prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


def replica(redis_url: str, prefix: str, **kwargs) -> RedisDeduplicator:
    """One bot replica's claims: its own client and connection pool."""
    return RedisDeduplicator.from_url(redis_url, prefix=prefix, metrics=kwargs.pop("metrics", Metrics()),
                                      **kwargs)


@pytest.fixture(params=["memory", "redis"])
def deduplicator(request):
    if request.param == "memory":
        return MemoryDeduplicator()
    request.getfixturevalue("shared_redis")
    return replica(request.getfixturevalue("redis_url"), request.getfixturevalue("redis_prefix"))


# -- the same rules on both backends -------------------------------------------------
def test_first_claim_wins_and_any_shared_key_is_a_duplicate(deduplicator):
    assert deduplicator.claim(["event:Ev1", "message:C1:1.1", "client_msg:m1"])
    assert not deduplicator.claim(["event:Ev1", "message:C1:1.1", "client_msg:m1"])  # a retry
    assert not deduplicator.claim(["event:Ev2", "message:C1:1.1"])  # same message, other event
    assert not deduplicator.claim(["event:Ev2"])  # the duplicate still claimed its own event id
    assert deduplicator.claim(["event:Ev3", "message:C1:1.2"])


def test_a_delivery_without_keys_is_answered(deduplicator):
    assert deduplicator.claim([])
    assert deduplicator.claim(["", ""])


# -- Redis --------------------------------------------------------------------------
def test_claims_are_redis_keys_under_the_prefix_kept_for_the_ttl(redis_url, redis_prefix, shared_redis):
    claims = replica(redis_url, redis_prefix, ttl_seconds=1800)
    assert claims.claim(["event:Ev1", "message:C1:1.1"])

    keys = sorted(k.decode() for k in shared_redis.scan_iter(f"{redis_prefix}*"))
    assert keys == [f"{redis_prefix}claim:event:Ev1", f"{redis_prefix}claim:message:C1:1.1"]
    assert all(1790 <= shared_redis.ttl(k) <= 1800 for k in keys)

    shared_redis.expire(keys[1], 10)  # a later delivery of the message renews its claim
    assert not claims.claim(["event:Ev2", "message:C1:1.1"])
    assert shared_redis.ttl(keys[1]) > 1790
    assert 1790 <= shared_redis.ttl(f"{redis_prefix}claim:event:Ev2") <= 1800


def test_claims_expire_after_the_ttl(redis_url, redis_prefix, shared_redis):
    claims = replica(redis_url, redis_prefix, ttl_seconds=1)
    assert claims.claim(["event:Ev1"])
    assert not claims.claim(["event:Ev1"])
    time.sleep(2.1)  # Redis expiry has one-second resolution
    assert replica(redis_url, redis_prefix, ttl_seconds=1).claim(["event:Ev1"])


def test_a_key_claimed_by_another_replica_is_a_duplicate_here(redis_url, redis_prefix, shared_redis):
    a, b = replica(redis_url, redis_prefix), replica(redis_url, redis_prefix)
    mention_keys = ["event:EvMENTION", "message:C1:5.5", "client_msg:m5"]
    message_keys = ["event:EvMESSAGE", "message:C1:5.5", "client_msg:m5"]
    assert b.claim(message_keys)
    assert not a.claim(mention_keys)
    assert not b.claim(["event:EvMENTION"])  # a's duplicate claimed its event id for everyone


def test_racing_replicas_answer_every_message_exactly_once(redis_url, redis_prefix, shared_redis):
    """Each message arrives four times (app_mention, message, a retry of each), sharing
    the message and client_msg keys, spread over two replicas and eight threads. A claim
    made key by key could let two deliveries each win one key and both lose."""
    replicas = [replica(redis_url, redis_prefix), replica(redis_url, redis_prefix)]
    deliveries = []
    for n in range(150):
        shared = [f"message:C1:{n}.0", f"client_msg:m{n}"]
        for event_id in (f"EvA{n}", f"EvB{n}", f"EvA{n}", f"EvB{n}"):
            deliveries.append((n, [f"event:{event_id}", *shared]))
    random.Random(7).shuffle(deliveries)

    def deliver(i_and_delivery):
        i, (n, keys) = i_and_delivery
        return n, replicas[i % 2].claim(keys)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(deliver, enumerate(deliveries)))
    answered = Counter(n for n, first in results if first)
    assert answered == Counter(range(150))


def test_a_resent_claim_with_its_own_token_still_wins(redis_url, redis_prefix, shared_redis):
    """redis-py resends the script after a timeout; the resend must not lose the claim."""
    script = shared_redis.register_script(CLAIM_SCRIPT)
    keys = [f"{redis_prefix}claim:event:Ev1", f"{redis_prefix}claim:message:C1:1.1"]
    assert script(keys=keys, args=[1800, "token-1"]) == 1
    assert script(keys=keys, args=[1800, "token-1"]) == 1  # the same claim, resent
    assert script(keys=keys, args=[1800, "token-2"]) == 0  # another delivery


def test_redis_down_answers_anyway_logs_once_and_claims_resume_after_restart(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="bot.slack")
    password = f"pw-{uuid.uuid4().hex}"
    server = RedisProcess(tmp_path, password=password).start()
    metrics = Metrics()
    a = RedisDeduplicator(RedisLink.from_url(server.url, 0.5, failure_threshold=3, reset_timeout=0.3),
                          prefix="faqbot:", metrics=metrics)
    b = replica(server.url, "faqbot:", metrics=Metrics(), timeout=0.5)
    try:
        assert a.claim(["event:Ev0", "message:C1:0.0"])
        server.kill()

        answered = [a.claim([f"event:Ev{n}", f"message:C1:{n}.0"]) for n in range(1, 21)]
        assert answered == [True] * 20  # a possible duplicate is better than silence
        assert not a.claim(["event:Ev1b", "message:C1:1.0"])  # this replica still remembers
        # three failures open the breaker; then Redis is skipped (but for a probe now and then)
        unreachable = metrics.dedupe_fallbacks.labels("unreachable")._value.get()
        skipped = metrics.dedupe_fallbacks.labels("circuit_open")._value.get()
        assert unreachable >= 3 and unreachable + skipped == 21 and skipped >= 15

        server.start()  # same port, empty: claims resume, and those of the outage are written back
        wait_until(lambda: server.client().exists("faqbot:claim:message:C1:20.0"))
        assert not b.claim(["event:Ev5b", "message:C1:5.0"])  # answered by a during the outage
        assert a.claim(["event:Ev30", "message:C1:30.0"])
        assert not b.claim(["event:Ev31", "message:C1:30.0"])
        assert b.claim(["event:Ev32", "message:C1:32.0"])
        assert not a.claim(["event:Ev33", "message:C1:32.0"])
    finally:
        server.kill()

    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    back = [r for r in caplog.records if r.levelno == logging.INFO and "work again" in r.getMessage()]
    assert len(warnings) == 1 and "answering without shared claims" in warnings[0].getMessage()
    assert len(back) == 1 and "21 calls fell back" in back[0].getMessage()
    assert password not in caplog.text


def wait_until(predicate, deadline: float = 30.0) -> None:
    end = time.monotonic() + deadline
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def test_redis_refusing_writes_falls_back_with_reason_error(tmp_path):
    server = RedisProcess(tmp_path).start()
    metrics = Metrics()
    claims = replica(server.url, "faqbot:", metrics=metrics)
    try:
        server.client().config_set("min-replicas-to-write", 1)  # NOREPLICAS on every write
        assert claims.claim(["event:Ev1"])
        assert not claims.claim(["event:Ev1"])
        assert metrics.dedupe_fallbacks.labels("error")._value.get() == 2
    finally:
        server.kill()


# -- settings -----------------------------------------------------------------------
def test_settings_choose_the_backend(redis_url, redis_prefix):
    assert isinstance(deduplicator_for(Settings()), MemoryDeduplicator)
    assert isinstance(deduplicator_for(Settings(redis_url=SecretStr(""))), MemoryDeduplicator)
    chosen = deduplicator_for(Settings(redis_url=SecretStr(redis_url), redis_key_prefix=redis_prefix,
                                       dedupe_ttl_seconds=900))
    assert isinstance(chosen, RedisDeduplicator)
    assert (chosen.prefix, chosen.ttl_seconds) == (redis_prefix, 900)


def test_settings_from_the_environment_keep_the_password_secret(monkeypatch):
    monkeypatch.setenv("FAQBOT_REDIS_URL", "redis://:s3cret-pw%21@redis.internal:6380/2")
    monkeypatch.setenv("FAQBOT_REDIS_KEY_PREFIX", "bot-a:")
    settings = Settings()
    assert settings.redis_key_prefix == "bot-a:"
    assert settings.dedupe_ttl_seconds == 1800
    assert "s3cret" not in repr(settings) and "s3cret" not in settings.model_dump_json()
    assert "s3cret" not in redact("AUTH s3cret-pw! failed", configured_secrets(settings))


def test_a_ttl_under_fifteen_minutes_is_refused(monkeypatch):
    monkeypatch.setenv("FAQBOT_DEDUPE_TTL_SECONDS", "300")
    with pytest.raises(ValidationError, match="dedupe_ttl_seconds"):
        Settings()


def test_a_bad_redis_url_names_the_setting_not_the_password():
    with pytest.raises(ValueError) as error:
        deduplicator_for(Settings(redis_url=SecretStr("http://:s3cret@redis.internal:6379")))
    assert "FAQBOT_REDIS_URL" in str(error.value) and "s3cret" not in str(error.value)


def test_the_memory_backend_knows_nothing_of_redis():
    """No import cycle: dedupe_redis builds on dedupe, never the other way round (not even
    inside a function)."""
    import ast
    from pathlib import Path

    import bot.slack.dedupe as dedupe

    tree = ast.parse(Path(dedupe.__file__).read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert not {name for name in imported if name and "redis" in name}

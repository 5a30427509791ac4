"""Question order per channel across replicas (bot/slack/ordering.py), against real Redis.

Two :class:`RedisChannelOrder` objects on one Redis stand for two replicas; a holder that
dies is a real process registering a question and then killed with SIGKILL. The outbox test
posts through the recording Slack stand-in. Waits are asserted as "still held" / "went",
never as durations: a slow machine only makes the held phases longer."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid

import pytest
from slack_sdk import WebClient

from bot.config import Settings
from bot.metrics import Metrics
from bot.slack.blocks import text_message
from bot.slack.ordering import ChannelOrder, RedisChannelOrder, order_for
from bot.slack.outbox import Outbox
from bot.slack.pacing import MemoryPacer
from bot.slack.redis_link import RedisLink
from bot.slack.work import Work
from redis_process import RedisProcess
from slack_fixtures import slack_api  # noqa: F401
from slack_standin import BOT_TOKEN

HELD = 0.5  # seconds a held reply is watched to still be waiting
WAIT = 30.0  # seconds for something that should happen now, on a busy machine


def replica(redis_url: str, prefix: str, **options) -> tuple[RedisChannelOrder, Metrics]:
    metrics = Metrics()
    options = {"lease_seconds": 10.0, "wait_seconds": WAIT, **options}
    return RedisChannelOrder(RedisLink.from_url(redis_url, 2.0), prefix=prefix, metrics=metrics,
                             **options), metrics


def channel() -> str:
    return f"C{uuid.uuid4().hex[:10].upper()}"


def counter(metrics: Metrics, name: str) -> float:
    return metrics.registry.get_sample_value(name) or 0.0


class Waiter(threading.Thread):
    """``wait_turn`` in a thread of its own, as an outbox sender runs it."""

    def __init__(self, order, ticket, give_way=lambda: False, stop=lambda: False) -> None:
        super().__init__(daemon=True)
        self.order, self.ticket, self.give_way, self.stop = order, ticket, give_way, stop
        self.result = None
        self.start()

    def run(self) -> None:
        self.result = self.order.wait_turn(self.ticket, time.monotonic(), give_way=self.give_way,
                                           stop=self.stop)

    def went(self, timeout: float = WAIT) -> bool:
        self.join(timeout)
        return not self.is_alive()


def test_a_later_question_waits_until_the_earlier_one_is_released(redis_url, redis_prefix):
    first, _ = replica(redis_url, redis_prefix)
    second, metrics = replica(redis_url, redis_prefix)
    where = channel()
    earlier = first.register(where, "1710000001.000100")
    later = second.register(where, "1710000001.000200")
    assert earlier is not None and later is not None

    # The earlier question never waits for a later one.
    assert first.wait_turn(earlier, time.monotonic(), give_way=lambda: False, stop=lambda: False)

    waiter = Waiter(second, later)
    assert not waiter.went(HELD)  # held while the earlier question is unanswered
    first.release(earlier)
    assert waiter.went() and waiter.result is True
    assert counter(metrics, "faqbot_slack_order_wait_seconds_count") == 1
    assert counter(metrics, "faqbot_slack_order_timeouts_total") == 0
    second.release(later)
    assert first.held == 0 and second.held == 0


def test_a_live_holder_keeps_its_lease_past_the_lease_period(redis_url, redis_prefix):
    first, _ = replica(redis_url, redis_prefix, lease_seconds=0.6)
    second, metrics = replica(redis_url, redis_prefix, lease_seconds=0.6)
    where = channel()
    earlier = first.register(where, "1710000002.000100")
    later = second.register(where, "1710000002.000200")
    waiter = Waiter(second, later)
    assert not waiter.went(3 * 0.6)  # renewed every 0.2 s: never lapses while held
    assert counter(metrics, "faqbot_slack_order_lapsed_total") == 0
    first.release(earlier)
    assert waiter.went() and waiter.result is True
    second.release(later)


HOLDER = textwrap.dedent("""
    import sys, time
    from bot.slack.ordering import RedisChannelOrder
    from bot.slack.redis_link import RedisLink
    url, prefix, where, ts = sys.argv[1:5]
    order = RedisChannelOrder(RedisLink.from_url(url, 2.0), prefix=prefix, lease_seconds=1.0)
    assert order.register(where, ts) is not None
    print("registered", flush=True)
    time.sleep(600)
""")


def test_a_killed_holder_s_lease_lapses_and_is_counted_once(redis_url, redis_prefix):
    where = channel()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, redis_url, redis_prefix, where,
                               "1710000003.000100"], stdout=subprocess.PIPE, text=True,
                              env={**os.environ})
    try:
        assert holder.stdout.readline().strip() == "registered"
        second, metrics = replica(redis_url, redis_prefix)
        third, other = replica(redis_url, redis_prefix)
        later = second.register(where, "1710000003.000200")
        waiter = Waiter(second, later)
        assert not waiter.went(HELD)  # the holder is alive and renewing
        holder.send_signal(signal.SIGKILL)
        holder.wait(WAIT)
        assert waiter.went() and waiter.result is True  # its lease lapsed
        assert counter(metrics, "faqbot_slack_order_lapsed_total") == 1
        assert counter(metrics, "faqbot_slack_order_timeouts_total") == 0
        # Removed by the replica that found it: another replica checking later counts nothing.
        latest = third.register(where, "1710000003.000300")
        second.release(later)
        assert third.wait_turn(latest, time.monotonic(), give_way=lambda: False, stop=lambda: False)
        assert counter(other, "faqbot_slack_order_lapsed_total") == 0
        third.release(latest)
    finally:
        holder.kill()
        holder.wait(WAIT)


def test_a_reply_waits_at_most_the_wait_setting(redis_url, redis_prefix, caplog):
    first, _ = replica(redis_url, redis_prefix)
    second, metrics = replica(redis_url, redis_prefix, wait_seconds=1.0)
    where = channel()
    earlier = first.register(where, "1710000004.000100")
    later = second.register(where, "1710000004.000200")
    started = time.monotonic()
    assert second.wait_turn(later, started, give_way=lambda: False, stop=lambda: False)
    assert time.monotonic() - started >= 1.0
    assert counter(metrics, "faqbot_slack_order_timeouts_total") == 1
    assert any("slack_channel_order_wait_seconds" in r.getMessage() for r in caplog.records
               if r.levelname == "WARNING")
    first.release(earlier)
    second.release(later)


def test_an_earlier_reply_of_this_process_or_a_shutdown_ends_the_wait(redis_url, redis_prefix):
    first, _ = replica(redis_url, redis_prefix)
    second, _ = replica(redis_url, redis_prefix)
    where = channel()
    earlier = first.register(where, "1710000005.000100")
    later = second.register(where, "1710000005.000200")
    give_way, stop = threading.Event(), threading.Event()
    waiter = Waiter(second, later, give_way=give_way.is_set)
    assert not waiter.went(HELD)
    give_way.set()
    assert waiter.went() and waiter.result is False  # the caller posts the earlier one first
    waiter = Waiter(second, later, stop=stop.is_set)
    assert not waiter.went(HELD)
    stop.set()
    assert waiter.went() and waiter.result is True  # nothing is sent after a stop anyway
    first.release(earlier)
    second.release(later)


def test_zero_wait_or_no_redis_turns_order_off(redis_url):
    off = order_for(Settings(redis_url=redis_url, slack_channel_order_wait_seconds=0))
    assert type(off) is ChannelOrder and off.register("C1", "1.0") is None
    assert type(order_for(Settings(redis_url=None))) is ChannelOrder
    on = order_for(Settings(redis_url=redis_url))
    assert isinstance(on, RedisChannelOrder) and on.wait_seconds == 30 and on.lease_ms == 10_000


def test_redis_down_holds_no_reply(tmp_path, caplog):
    server = RedisProcess(tmp_path).start()
    try:
        first, _ = replica(server.url, "order-test:")
        second, metrics = replica(server.url, "order-test:")
        where = channel()
        first.register(where, "1710000006.000100")
        later = second.register(where, "1710000006.000200")
        waiter = Waiter(second, later)
        assert not waiter.went(HELD)  # Redis up: held
    finally:
        server.kill()
    caplog.set_level(logging.WARNING)
    assert waiter.went() and waiter.result is True  # Redis down: posted, not held
    assert second.register(where, "1710000006.000300") is None
    for _ in range(3):  # failures open the shared breaker; then replies are not held either
        assert second.wait_turn(later, time.monotonic(), give_way=lambda: False, stop=lambda: False)
    assert second._link.breaker.state == "open"
    assert second.wait_turn(later, time.monotonic(), give_way=lambda: False, stop=lambda: False)
    assert sum("Redis question order" in r.getMessage() for r in caplog.records
               if r.levelname == "WARNING") == 1
    assert counter(metrics, "faqbot_slack_order_timeouts_total") == 0


def test_the_outbox_posts_a_channel_s_replies_in_question_order(redis_url, redis_prefix,
                                                                 slack_api):  # noqa: F811
    """A later question's reply queued first waits; the earlier one, registered on another
    replica, goes first once released; then this process's own earlier reply, queued
    after the later one, still goes before it."""
    other, _ = replica(redis_url, redis_prefix)
    order, _ = replica(redis_url, redis_prefix)
    outbox = Outbox(MemoryPacer(interval=0.001), order=order)
    client = WebClient(token=BOT_TOKEN, base_url=slack_api.api_url + "/")
    where = channel()
    elsewhere = other.register(where, "1710000007.000100")

    def work(ts: str) -> Work:
        question = Work(claims=[f"message:{where}:{ts}"], on_finished=lambda w: order.release(w.order_ticket))
        question.order_ticket = order.register(where, ts)
        return question

    mine_earlier, mine_later = work("1710000007.000200"), work("1710000007.000300")
    outbox.post(mine_later, client, text_message("third"), channel=where, thread_ts="1710000007.000300")
    mine_later.returned()
    time.sleep(HELD)
    assert slack_api.calls_to("chat.postMessage") == []  # held by the other replica's question
    outbox.post(mine_earlier, client, text_message("second"), channel=where,
                thread_ts="1710000007.000200")
    mine_earlier.returned()
    time.sleep(HELD)
    assert slack_api.calls_to("chat.postMessage") == []
    other.release(elsewhere)  # answered there
    assert outbox.join(WAIT)
    assert [c.params["text"] for c in slack_api.calls_to("chat.postMessage")] == ["second", "third"]
    assert order.held == 0

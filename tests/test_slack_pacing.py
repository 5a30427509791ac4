"""Per-channel pacing (bot/slack/pacing.py): the schedule GCRA gives, in memory and in a
real Redis shared by two pacers (two replicas), and Retry-After moving it for both.

The numbers asserted are the waits the pacer hands out (computed from the schedule),
not elapsed time: a slow machine changes nothing here but the small tolerance."""

from __future__ import annotations

from bot.config import Settings
from bot.slack.pacing import MemoryPacer, RedisPacer, pacer_for
from bot.slack.redis_link import RedisLink

TOLERANCE = 0.3  # seconds of clock that may pass between two reservations on a busy machine


def close(actual: list[float], expected: list[float]) -> bool:
    return all(e - TOLERANCE <= a <= e + 0.01 for a, e in zip(actual, expected)) \
        and len(actual) == len(expected)


def test_a_burst_then_one_slot_per_interval_in_memory():
    pacer = MemoryPacer(interval=1.0, burst=3)
    assert close([pacer.reserve("C1") for _ in range(6)], [0, 0, 0, 1, 2, 3])
    assert pacer.reserve("C2") == 0  # another channel has its own schedule


def test_retry_after_moves_the_channel_schedule():
    pacer = MemoryPacer(interval=1.0, burst=3)
    pacer.hold("C1", 5)
    assert close([pacer.reserve("C1")], [5])


def test_two_replicas_share_one_schedule_in_redis(redis_url, redis_prefix):
    first, second = (RedisPacer(RedisLink.from_url(redis_url), prefix=redis_prefix,
                                interval=1.0, burst=3) for _ in range(2))
    waits = [(first if n % 2 else second).reserve("C0SHARED1") for n in range(6)]
    assert close(waits, [0, 0, 0, 1, 2, 3])
    first.hold("C0SHARED2", 4)
    assert close([second.reserve("C0SHARED2")], [4])


def test_redis_down_paces_in_memory(caplog):
    settings = Settings(redis_url="redis://127.0.0.1:1/0", redis_timeout=0.2,
                        slack_channel_post_interval=1.0, slack_channel_post_burst=2)
    pacer = pacer_for(settings)  # the replica's own client settings: no long retries
    assert close([pacer.reserve("C1") for _ in range(3)], [0, 0, 1])
    assert sum("Redis pacing" in r.getMessage() for r in caplog.records
               if r.levelname == "WARNING") == 1

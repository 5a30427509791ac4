"""Per-channel pacing of ``chat.postMessage``, shared by every replica through Redis.

Slack allows about one message per second per channel ("short bursts over this limit
are allowed", its rate-limit page says) and answers HTTP 429 with ``Retry-After``
beyond that. Replicas that each keep their own pace would together post N times too
fast, then all retry on the same second; so the pace lives in one place.

The schedule is GCRA (the generic cell rate algorithm): per channel, one number, the
"theoretical arrival time" ``tat`` of the next post. A post may go at
``tat - (burst - 1) × interval``; reserving a slot moves ``tat`` on by ``interval``. So
``burst`` posts go at once, then one per ``interval``, in the order slots were reserved.
A 429 pushes ``tat`` so that the next slot starts ``Retry-After`` seconds from now.

:class:`RedisPacer` keeps ``tat`` in Redis (one Lua script per reservation, Redis's own
clock, so replicas' clocks need not agree); :class:`MemoryPacer` in this process. If
Redis fails, the Redis pacer paces with its own memory until Redis answers again (a
possible 429 then costs one retry, never an answer).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Optional, Protocol

import redis

from bot.config import Settings
from bot.resilience import CircuitOpenError
from bot.slack.redis_link import OutageLog, RedisLink, link_from_settings

log = logging.getLogger(__name__)

KEY_PREFIX = "pace:"  # after redis_key_prefix: faqbot:pace:<channel>


class Pacer(Protocol):
    def reserve(self, channel: str) -> float:
        """Reserve the channel's next slot; seconds to wait before posting in it."""
        ...

    def hold(self, channel: str, seconds: float) -> None:
        """Slack said ``Retry-After: seconds``: no post in the channel before then."""
        ...


class MemoryPacer:
    """GCRA in this process (one bot process per Slack app, or Redis down)."""

    def __init__(self, interval: float = 1.0, burst: int = 3) -> None:
        self.interval, self.burst = interval, max(1, burst)
        self._lock = threading.Lock()
        self._tat: dict[str, float] = {}

    def reserve(self, channel: str) -> float:
        with self._lock:
            now = time.monotonic()
            self._forget_idle(now)
            tat = max(self._tat.get(channel, now), now)
            wait = max(0.0, tat - (self.burst - 1) * self.interval - now)
            self._tat[channel] = tat + self.interval
            return wait

    def hold(self, channel: str, seconds: float) -> None:
        with self._lock:
            start = time.monotonic() + seconds + (self.burst - 1) * self.interval
            self._tat[channel] = max(self._tat.get(channel, 0.0), start)

    def _forget_idle(self, now: float) -> None:
        if len(self._tat) > 10_000:  # channels idle for a while need no entry
            self._tat = {c: t for c, t in self._tat.items() if t > now}


# KEYS[1]: the channel's key; ARGV: interval ms, burst, hold ms (0: reserve a slot).
# Returns the wait in ms. Redis's clock (TIME) for every replica.
PACE_SCRIPT = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local interval, burst, hold = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local wait = 0
if hold > 0 then
  tat = math.max(tat, now + hold + (burst - 1) * interval)
else
  wait = math.max(0, tat - (burst - 1) * interval - now)
  tat = tat + interval
end
redis.call('SET', KEYS[1], tat, 'PX', tat - now + 1000)
return wait
"""


class RedisPacer:
    """GCRA in Redis: one schedule per channel for every replica. Calls go through the
    process's Redis link (bot/slack/redis_link.py: its timeouts and circuit breaker, shared
    with the claims and the rate limit)."""

    def __init__(self, link: RedisLink, *, prefix: str = "faqbot:", interval: float = 1.0,
                 burst: int = 3) -> None:
        self.prefix = prefix
        self.interval, self.burst = interval, max(1, burst)
        self._link = link
        self._script = link.client.register_script(PACE_SCRIPT)
        self._fallback = MemoryPacer(interval, burst)
        self._outage = OutageLog(f"Redis pacing at {link.where}",
                                 "pacing posts per channel in this replica only", lambda reason: None)

    def reserve(self, channel: str) -> float:
        fallback = self._fallback.reserve(channel)  # kept current, used only if Redis fails
        waited = self._run(channel, 0)
        return fallback if waited is None else waited

    def hold(self, channel: str, seconds: float) -> None:
        self._fallback.hold(channel, seconds)
        self._run(channel, seconds)

    def _run(self, channel: str, hold: float) -> Optional[float]:
        try:
            wait_ms = self._link.call(lambda: self._script(
                keys=[f"{self.prefix}{KEY_PREFIX}{channel}"],
                args=[int(self.interval * 1000), self.burst, int(hold * 1000)]))
        except (redis.RedisError, CircuitOpenError) as error:
            self._outage.failed(error)
            return None
        self._outage.recovered()
        return int(wait_ms) / 1000.0


def pacer_for(settings: Settings) -> Pacer:
    """Redis pacing when ``redis_url`` is set (as the claims), else this process's."""
    interval, burst = settings.slack_channel_post_interval, settings.slack_channel_post_burst
    link = link_from_settings(settings)
    if link is None:
        return MemoryPacer(interval, burst)
    return RedisPacer(link, prefix=settings.redis_key_prefix, interval=interval, burst=burst)

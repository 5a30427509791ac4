"""Exactly-once claims shared by every bot replica, in Redis.

Each delivery key becomes the Redis key ``<prefix>claim:<key>``, set with
``SET key token NX EX ttl``. All keys of one delivery are claimed in one Lua script,
so the claim is atomic across keys: the delivery is first only if none of its keys
existed, and it claims every key either way. Done key by key instead, two deliveries
of one message could each win one key and both lose, leaving the message unanswered.

The value is a token unique to the claim call, so redis-py may safely resend the
script after a dropped connection: keys already holding the caller's own token count
as won.

When Redis fails (down, hung, unreachable, refusing writes) the delivery is answered
anyway, unless this process has seen the message itself: every claim is also kept in
process memory, so during an outage one replica still never answers a message twice,
and a possible duplicate from another replica is better than silence. Calls go through
the process's :class:`~bot.slack.redis_link.RedisLink`, whose circuit breaker (shared
with the rate limiter) makes an outage cost a few timeouts, not one per message.

Claims made only in memory during an outage are not forgotten when Redis returns: they
are consulted on every claim until their TTL ends, and written back to Redis (with the
TTL they have left) as soon as it answers, by a background thread that runs only while
such claims wait, so a retry of a message answered during the outage is dropped by
every replica, not only this one.

Each fallback counts in ``faqbot_dedupe_fallbacks_total{reason}``; the outage is logged
once, a WARNING when claims start failing and an INFO when they work again.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from typing import Callable, Iterable, Optional

import redis

from bot.config import Settings
from bot.metrics import METRICS, Metrics
from bot.resilience import CircuitOpenError
from bot.slack.dedupe import DEFAULT_TTL_SECONDS, Deduplicator, MemoryDeduplicator
from bot.slack.redis_link import OutageLog, RedisLink, link_from_settings

log = logging.getLogger(__name__)

# KEYS: the delivery's keys; ARGV[1]: ttl in seconds; ARGV[2]: this claim's token.
# A key already claimed keeps its owner but has its TTL renewed, as in memory: a claim
# lasts ttl after the message was last seen.
CLAIM_SCRIPT = """
local first = 1
for _, key in ipairs(KEYS) do
  if not redis.call('SET', key, ARGV[2], 'NX', 'EX', ARGV[1]) then
    if redis.call('GET', key) ~= ARGV[2] then first = 0 end
    redis.call('EXPIRE', key, ARGV[1])
  end
end
return first
"""

# How often the write-back thread retries while claims made during an outage wait.
WRITE_BACK_INTERVAL = 0.5


class RedisDeduplicator:
    """Claims in Redis; falls back to this process's own claims when Redis fails."""

    def __init__(self, link: RedisLink, *, prefix: str = "faqbot:",
                 ttl_seconds: int = DEFAULT_TTL_SECONDS, metrics: Metrics = METRICS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.prefix = prefix
        self.ttl_seconds = int(ttl_seconds)
        self._link = link
        self._script = link.client.register_script(CLAIM_SCRIPT)
        self._clock = clock
        self._local = MemoryDeduplicator(ttl_seconds, clock)
        # Keys claimed while Redis failed: consulted until their TTL, written back when it works.
        self._offline = MemoryDeduplicator(ttl_seconds, clock)
        self._unwritten: dict[str, float] = {}  # key -> when claimed in memory only
        self._lock = threading.Lock()
        self._writer: Optional[threading.Thread] = None
        self._outage = OutageLog(f"Redis claims at {link.where}",
                                 "answering without shared claims, so two replicas may both answer a message",
                                 metrics.count_dedupe_fallback)

    @classmethod
    def from_url(cls, url: str, *, timeout: float = 0.5, **kwargs) -> "RedisDeduplicator":
        """Claims over a link of their own (tests, tools); ``serve`` shares the process's."""
        return cls(RedisLink.from_url(url, timeout), **kwargs)

    def claim(self, keys: Iterable[str]) -> bool:
        keys = [k for k in keys if k]
        # Every claim is remembered here too, but only consulted when Redis fails: when it
        # works, Redis decides (two deliveries racing in this process may reach memory and
        # Redis in opposite orders), together with the claims made during an outage.
        first_here = self._local.claim(keys)
        if not keys:
            return first_here
        try:
            first_anywhere = self._link.call(lambda: self._script(
                keys=[self._redis_key(k) for k in keys], args=[self.ttl_seconds, uuid.uuid4().hex]))
        except (redis.RedisError, CircuitOpenError) as error:
            self._outage.failed(error)
            self._remember_offline(keys)
            return first_here
        self._outage.recovered()
        self._write_back()
        # A key claimed during the outage and not yet in Redis (or written back after this
        # script ran) still names a message answered here.
        return bool(first_anywhere) and not self._offline.seen(keys)

    def _redis_key(self, key: str) -> str:
        return f"{self.prefix}claim:{key}"

    def release(self, keys: Iterable[str]) -> None:
        """Delete claims (a shutdown handing back questions it could not answer), so a
        retry of the delivery is answered by whichever replica gets it."""
        keys = [k for k in keys if k]
        self._local.release(keys)
        self._offline.release(keys)
        with self._lock:
            for key in keys:
                self._unwritten.pop(key, None)
        if not keys:
            return
        try:
            self._link.call(lambda: self._link.client.delete(*[self._redis_key(k) for k in keys]))
        except (redis.RedisError, CircuitOpenError) as error:
            log.warning("releasing %d claims in Redis failed (%s): Slack's retries of those "
                        "questions are dropped until the claims expire", len(keys),
                        type(error).__name__)

    # -- claims made during an outage ----------------------------------------------
    def _remember_offline(self, keys: list[str]) -> None:
        self._offline.claim(keys)
        now = self._clock()
        with self._lock:
            for key in keys:
                self._unwritten.setdefault(key, now)
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_back_until_done,
                                                name="redis-claims-write-back", daemon=True)
                self._writer.start()

    def _write_back_until_done(self) -> None:
        while True:
            time.sleep(WRITE_BACK_INTERVAL)
            self._write_back()
            with self._lock:  # decided under the lock a new outage claim takes to start us
                if not self._unwritten:
                    self._writer = None
                    return

    def _write_back(self) -> None:
        """Write the claims made during an outage to Redis, each with the TTL it has left
        (never replacing a claim another replica made meanwhile)."""
        with self._lock:
            waiting = dict(self._unwritten)
        if not waiting:
            return
        now = self._clock()
        live = {key: self.ttl_seconds - (now - at) for key, at in waiting.items()}
        live = {key: int(left) for key, left in live.items() if left >= 1}

        def write() -> None:
            pipe = self._link.client.pipeline(transaction=False)
            for key, left in live.items():
                pipe.set(self._redis_key(key), f"offline-{uuid.uuid4().hex}", nx=True, ex=left)
            pipe.execute()

        try:
            if live:
                self._link.call(write)
        except (redis.RedisError, CircuitOpenError):
            return  # Redis still down: the next round retries
        with self._lock:
            for key in waiting:
                if self._unwritten.get(key) == waiting[key]:
                    del self._unwritten[key]
        if live:
            log.info("wrote %d claims made during the Redis outage back to Redis", len(live))


def deduplicator_for(settings: Settings) -> Deduplicator:
    """Redis claims when ``redis_url`` is set (an empty value counts as unset, as an empty
    ``FAQBOT_REDIS_URL=`` line in a compose file means), else in-process claims."""
    link = link_from_settings(settings)
    if link is None:
        return MemoryDeduplicator(settings.dedupe_ttl_seconds)
    deduplicator = RedisDeduplicator(link, prefix=settings.redis_key_prefix,
                                     ttl_seconds=settings.dedupe_ttl_seconds)
    log.info("exactly-once claims in Redis at %s under %r, kept %ds",
             link.where, deduplicator.prefix, deduplicator.ttl_seconds)
    return deduplicator

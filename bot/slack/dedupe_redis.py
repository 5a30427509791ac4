"""Exactly-once claims shared by every bot replica, in Redis.

Each delivery key becomes the Redis key ``<prefix>claim:<key>``, set with
``SET key token NX EX ttl``. All keys of one delivery are claimed in one Lua script,
so the claim is atomic across keys: the delivery is first only if none of its keys
existed, and it claims every key either way. Done key by key instead, two deliveries
of one message could each win one key and both lose, leaving the message unanswered.

The value is a token unique to the claim call, so redis-py may safely resend the
script after a timeout or a dropped connection: keys already holding the caller's own
token count as won.

When Redis fails (down, unreachable, timing out, refusing writes) the delivery is
answered anyway, unless this process has seen the message itself: every claim is
also kept in process memory, so during an outage one replica still never answers a
message twice, and a possible duplicate from another replica is better than silence.
Each such delivery counts in ``faqbot_dedupe_fallbacks_total{reason}``; the outage is
logged once, a WARNING when claims start failing and an INFO when they work again.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from typing import Iterable, Optional

import redis
from redis.backoff import ExponentialWithJitterBackoff
from redis.retry import Retry

from bot.metrics import METRICS, Metrics
from bot.slack.dedupe import DEFAULT_TTL_SECONDS, MemoryDeduplicator

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

# One resend after a dropped connection or timeout (e.g. the pooled connection died in
# a Redis restart), after a few milliseconds: an outage costs each answer at most about
# twice the socket timeout, never redis-py's default of ten retries.
RETRIES = 1
BACKOFF = ExponentialWithJitterBackoff(base=0.001, cap=0.05)


class RedisDeduplicator:
    """Claims in Redis; falls back to this process's own claims when Redis fails."""

    def __init__(self, client: redis.Redis, *, prefix: str = "faqbot:",
                 ttl_seconds: int = DEFAULT_TTL_SECONDS, metrics: Metrics = METRICS) -> None:
        self.prefix = prefix
        self.ttl_seconds = int(ttl_seconds)
        self._client = client
        self._script = client.register_script(CLAIM_SCRIPT)
        self._local = MemoryDeduplicator(ttl_seconds)
        self._outage = OutageLog(metrics, describe(client))

    @classmethod
    def from_url(cls, url: str, *, timeout: float = 0.5, **kwargs) -> "RedisDeduplicator":
        """A client with short timeouts and redis-py's own bounded retry with backoff."""
        try:
            client = redis.Redis.from_url(
                url, socket_timeout=timeout, socket_connect_timeout=timeout,
                retry=Retry(BACKOFF, RETRIES))
        except ValueError as error:  # redis-py's message names the problem, not the URL
            raise ValueError(f"FAQBOT_REDIS_URL: {error}") from None
        deduplicator = cls(client, **kwargs)
        log.info("exactly-once claims in Redis at %s under %r, kept %ds",
                 describe(client), deduplicator.prefix, deduplicator.ttl_seconds)
        return deduplicator

    def claim(self, keys: Iterable[str]) -> bool:
        keys = [k for k in keys if k]
        # Every claim is remembered here too, but only consulted when Redis fails: when it
        # works, Redis alone decides (two deliveries racing in this process may reach
        # memory and Redis in opposite orders).
        first_here = self._local.claim(keys)
        if not keys:
            return first_here
        try:
            first_anywhere = self._script(
                keys=[f"{self.prefix}claim:{k}" for k in keys],
                args=[self.ttl_seconds, uuid.uuid4().hex])
        except redis.RedisError as error:
            self._outage.failed(error)
            return first_here
        self._outage.recovered()
        return bool(first_anywhere)


    def release(self, keys: Iterable[str]) -> None:
        """Delete claims (a shutdown handing back questions it could not answer), so a
        retry of the delivery is answered by whichever replica gets it."""
        keys = [k for k in keys if k]
        self._local.release(keys)
        if keys:
            try:
                self._client.delete(*[f"{self.prefix}claim:{k}" for k in keys])
            except redis.RedisError as error:
                log.warning("releasing %d claims in Redis failed (%s): Slack's retries of those "
                            "questions are dropped until the claims expire", len(keys),
                            type(error).__name__)


class OutageLog:
    """Counts every fallback, and logs each outage once: when it starts and when it ends."""

    def __init__(self, metrics: Metrics, where: str) -> None:
        self._metrics = metrics
        self._where = where
        self._lock = threading.Lock()
        self._down_since: Optional[float] = None
        self._fallbacks = 0

    def failed(self, error: redis.RedisError) -> None:
        self._metrics.count_dedupe_fallback(fallback_reason(error))
        with self._lock:
            self._fallbacks += 1
            if self._down_since is not None:
                return
            self._down_since = time.monotonic()
        log.warning("Redis claims at %s failed (%s: %s): answering without shared claims, so "
                    "two replicas may both answer a message until Redis is back",
                    self._where, type(error).__name__, error)

    def recovered(self) -> None:
        if self._down_since is None:  # the common case, without taking the lock
            return
        with self._lock:
            if self._down_since is None:
                return
            seconds, fallbacks = time.monotonic() - self._down_since, self._fallbacks
            self._down_since, self._fallbacks = None, 0
        log.info("Redis claims at %s work again after %.1fs; %d deliveries were handled "
                 "without a shared claim", self._where, seconds, fallbacks)


def fallback_reason(error: redis.RedisError) -> str:
    if isinstance(error, redis.TimeoutError):
        return "timeout"
    if isinstance(error, redis.ConnectionError):
        return "unreachable"
    return "error"  # e.g. READONLY replica, OOM, NOPERM


def describe(client: redis.Redis) -> str:
    """host:port/db (or the socket path) of the client: never its credentials."""
    kwargs = client.connection_pool.connection_kwargs
    if kwargs.get("path"):
        return f"unix:{kwargs['path']}"
    return f"{kwargs.get('host', 'localhost')}:{kwargs.get('port', 6379)}/{kwargs.get('db', 0)}"

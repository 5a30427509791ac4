"""One Redis connection for the whole process: bounded timeouts and one circuit breaker.

Several things use Redis: exactly-once claims (bot/slack/dedupe_redis.py), the per-user
rate limit's counts (bot/slack/ratelimit.py, through the ``limits`` package), per-channel
pacing (bot/slack/pacing.py) and question order (bot/slack/ordering.py). They share one
:class:`RedisLink`, one connection pool and one :class:`~bot.resilience.CircuitBreaker`,
so when Redis hangs (a SIGSTOPped server, a dead host whose packets vanish) only the first
few calls of any wait for ``redis_timeout``; after that all skip Redis at once until a
probe call, every ``redis_circuit_reset_seconds``, finds it working again.

- Connect and per-command timeouts are ``redis_timeout``. A command that timed out is not
  resent (it would double the wait); one that met a dropped pooled connection (a Redis
  restart) is resent once on a fresh one.
- Each user of the link keeps an :class:`OutageLog`: one WARNING when its calls start
  failing, one INFO when they work again, a metric count for every fallback.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from typing import Callable, Optional, TypeVar

import redis
from redis.backoff import ExponentialWithJitterBackoff
from redis.retry import Retry

from bot.health import HEALTH
from bot.metrics import METRICS
from bot.resilience import CircuitBreaker, CircuitOpenError

log = logging.getLogger(__name__)
T = TypeVar("T")

BREAKER_NAME = "redis"


def one_resend_after_a_dropped_connection() -> Retry:
    """After a few milliseconds; never after a timeout (that would double the wait)."""
    return Retry(ExponentialWithJitterBackoff(base=0.001, cap=0.05), 1,
                 supported_errors=(redis.ConnectionError,))


class RedisLink:
    """A redis-py client with short timeouts, and the breaker every call goes through."""

    def __init__(self, client: redis.Redis, failure_threshold: int = 3, reset_timeout: float = 2.0,
                 on_state: Optional[Callable[[str], None]] = None) -> None:
        self.client = client
        self.where = describe(client)
        # Quiet transitions: each user's OutageLog says what an outage means for it.
        self.breaker = CircuitBreaker(BREAKER_NAME, failure_threshold, reset_timeout,
                                      on_change=on_state, log_level=logging.INFO)

    @classmethod
    def from_url(cls, url: str, timeout: float = 0.5, **kwargs) -> "RedisLink":
        try:
            client = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout,
                                          retry=one_resend_after_a_dropped_connection())
        except ValueError as error:  # redis-py's message names the problem, not the URL
            raise ValueError(f"FAQBOT_REDIS_URL: {error}") from None
        return cls(client, **kwargs)

    @property
    def pool(self) -> redis.ConnectionPool:
        return self.client.connection_pool

    def call(self, function: Callable[[], T],
             unwrap: Optional[Callable[[Exception], Optional[Exception]]] = None) -> T:
        """``function()`` through the breaker. Raises :class:`CircuitOpenError` without
        calling when the breaker is open, or the Redis error the call raised.

        ``unwrap`` maps a caller's own exception type to the Redis error inside it (the
        ``limits`` package wraps them), or None for an exception that is not Redis's."""
        self.breaker.before_call()
        try:
            result = function()
        except Exception as error:
            cause = error if isinstance(error, redis.RedisError) else (unwrap(error) if unwrap else None)
            if isinstance(cause, redis.RedisError):
                self.breaker.record_failure()
            else:
                self.breaker.release()
            raise
        except BaseException:
            self.breaker.release()
            raise
        self.breaker.record_success()
        return result

    def ping(self) -> tuple[bool, dict]:
        """Readiness check: a PING through the breaker (skipped while it is open, so a probe
        costs at most one timeout per reset period)."""
        try:
            self.call(self.client.ping)
        except CircuitOpenError:
            return False, {"detail": "not tried: circuit open after failed calls"}
        except redis.RedisError as error:
            return False, {"detail": f"{type(error).__name__}: {error}"}
        return True, {}


def link_for(url: str, timeout: float, failure_threshold: int, reset_timeout: float) -> RedisLink:
    """The process's link to ``url``: claims and the rate limiter ask with the same
    settings and get the same link, so they share its pool and breaker."""
    return _links(url, timeout, failure_threshold, reset_timeout)


@functools.lru_cache(maxsize=None)
def _links(url: str, timeout: float, failure_threshold: int, reset_timeout: float) -> RedisLink:
    link = RedisLink.from_url(url, timeout, failure_threshold=failure_threshold, reset_timeout=reset_timeout,
                              on_state=lambda state: METRICS.set_breaker_state(BREAKER_NAME, state))
    METRICS.set_breaker_state(BREAKER_NAME, link.breaker.state)
    HEALTH.register(BREAKER_NAME, link.ping)
    return link


def link_from_settings(settings) -> Optional[RedisLink]:
    """The link for ``settings.redis_url``, or None when it is unset (or empty)."""
    url = settings.redis_url.get_secret_value().strip() if settings.redis_url is not None else ""
    if not url:
        return None
    return link_for(url, settings.redis_timeout, settings.redis_circuit_failures,
                    settings.redis_circuit_reset_seconds)


class OutageLog:
    """Counts every fallback of one user of Redis, and logs each outage once: a WARNING
    when it starts (saying what it means for that user) and an INFO when it ends."""

    def __init__(self, what: str, consequence: str, count: Callable[[str], None]) -> None:
        self._what = what
        self._consequence = consequence
        self._count = count
        self._lock = threading.Lock()
        self._down_since: Optional[float] = None
        self._fallbacks = 0

    def failed(self, error: BaseException) -> None:
        self._count(fallback_reason(error))
        with self._lock:
            self._fallbacks += 1
            if self._down_since is not None:
                return
            self._down_since = time.monotonic()
        log.warning("%s failed (%s: %s): %s until Redis is back", self._what, type(error).__name__,
                    error, self._consequence)

    def recovered(self) -> None:
        if self._down_since is None:  # the common case, without taking the lock
            return
        with self._lock:
            if self._down_since is None:
                return
            seconds, fallbacks = time.monotonic() - self._down_since, self._fallbacks
            self._down_since, self._fallbacks = None, 0
        log.info("%s work again after %.1fs; %d calls fell back meanwhile", self._what, seconds, fallbacks)

    @property
    def down(self) -> bool:
        return self._down_since is not None


def fallback_reason(error: BaseException) -> str:
    if isinstance(error, CircuitOpenError):
        return "circuit_open"  # not attempted: cost nothing
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

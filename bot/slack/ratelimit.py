"""A per-user limit on questions, shared by every bot process through Redis.

Built on the ``limits`` package's moving window: a user may ask ``amount`` questions in
any window of the configured length (``user_rate_limit``, e.g. ``10/minute``). The counts
live in memory by default and in Redis when ``redis_url`` is set, so several replicas of
the bot enforce one limit. If Redis fails the limit lets the question through: a broken
limiter must not silence the bot. The Redis counts go through the process's
:class:`~bot.slack.redis_link.RedisLink` (its connection pool, timeouts and circuit breaker,
shared with the exactly-once claims), so a hung Redis costs a few timeouts per outage, not
one per question, and is logged once per outage.

A refused user is told so once per window, not once per message: the first refusal in a
window claims the user's one note (a second limit of one per window, in the same storage,
so shared by the replicas too); later refusals in that window are silent, so a flood is
not mirrored one note per message.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from typing import Optional

import limits
from limits.errors import StorageError
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter

from bot.config import RATE_LIMIT_OFF, Settings
from bot.metrics import METRICS
from bot.resilience import CircuitOpenError
from bot.slack.redis_link import OutageLog, RedisLink, link_from_settings

log = logging.getLogger(__name__)

NAMESPACE = "user"
NOTE_NAMESPACE = "note"  # one "you're asking too fast" note per user per window
KEY_PREFIX = "ratelimit"  # after redis_key_prefix: faqbot:ratelimit:LIMITER/user/<user>/…


@dataclass(frozen=True)
class Admission:
    """Whether a user may ask now; if not, how long until they may."""

    allowed: bool
    retry_after: int = 0  # whole seconds, at least 1 when refused
    notify: bool = True  # refused: whether to tell the user (only the window's first refusal)

    def message(self, rate: str) -> str:
        """What to tell a refused user, politely."""
        return (f"You're asking questions faster than I can take them (the limit is {rate}). "
                f"Please wait about {self.retry_after} seconds and ask again. :pray:")


ADMITTED = Admission(True)


class UserRateLimiter:
    """``admit(user)`` counts one question for ``user`` and says whether to answer it."""

    def __init__(self, rate: Optional[limits.RateLimitItem], storage: Optional[Storage] = None,
                 link: Optional[RedisLink] = None, count_fallback=METRICS.count_rate_limit_fallback) -> None:
        """``link``: the Redis link ``storage`` uses, whose breaker guards every call."""
        self.rate = rate
        self.storage = storage or MemoryStorage()
        self._limiter = MovingWindowRateLimiter(self.storage)
        # The same window, one hit: the refusal note's allowance.
        self._note_rate = type(rate)(1, rate.multiples) if rate is not None else None
        self._link = link
        where = link.where if link else "?"
        self._outage = OutageLog(f"Redis rate limit counts at {where}",
                                 "questions are let through without a rate limit", count_fallback)

    @classmethod
    def from_settings(cls, settings: Settings) -> "UserRateLimiter":
        if settings.user_rate_limit == RATE_LIMIT_OFF:
            return cls(None)
        link = link_from_settings(settings)
        return cls(limits.parse(settings.user_rate_limit), storage_for(settings, link), link)

    @property
    def description(self) -> str:
        """The limit in words, e.g. "10 questions per minute"."""
        if self.rate is None:
            return "no limit"
        item = self.rate
        unit = item.GRANULARITY.name
        window = unit if item.multiples == 1 else f"{item.multiples} {unit}s"
        return f"{item.amount} question{'s' if item.amount != 1 else ''} per {window}"

    def admit(self, user: Optional[str]) -> Admission:
        if self.rate is None or not user:
            return ADMITTED
        try:
            refused = self._guarded(lambda: self._count(user))
        except (StorageError, CircuitOpenError) as error:
            self._outage.failed(getattr(error, "storage_error", error))
            return ADMITTED
        self._outage.recovered()
        if refused is None:
            return ADMITTED
        reset_at, notify = refused
        return Admission(False, max(1, math.ceil(reset_at - time.time())), notify)

    def _count(self, user: str) -> Optional[tuple[float, bool]]:
        """Count one question; None if admitted, else when the window lets the user ask again
        and whether this is the window's first refusal (the one that gets a note)."""
        if self._limiter.hit(self.rate, NAMESPACE, user):
            return None
        reset_at = self._limiter.get_window_stats(self.rate, NAMESPACE, user).reset_time
        return reset_at, self._limiter.hit(self._note_rate, NOTE_NAMESPACE, user)

    def _guarded(self, call):
        if self._link is None:  # memory, or a storage not on the process's Redis link
            return call()
        return self._link.call(call, unwrap=lambda error: getattr(error, "storage_error", None))

    def message(self, admission: Admission) -> str:
        return admission.message(self.description)


def storage_for(settings: Settings, link: Optional[RedisLink] = None) -> Storage:
    """Redis storage under ``redis_key_prefix`` when ``redis_url`` is set, else memory.

    The storage uses the link's connection pool, so its timeouts too; wrap_exceptions: any
    Redis failure arrives as limits' StorageError (caught in admit)."""
    link = link or link_from_settings(settings)
    if link is None:
        return MemoryStorage()
    return RedisStorage(settings.redis_url.get_secret_value().strip(), connection_pool=link.pool,
                        key_prefix=f"{settings.redis_key_prefix}{KEY_PREFIX}", wrap_exceptions=True)

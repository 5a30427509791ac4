"""A per-user limit on questions, shared by every bot process through Redis.

Built on the ``limits`` package's moving window: a user may ask ``amount`` questions in
any window of the configured length (``user_rate_limit``, e.g. ``10/minute``). The counts
live in memory by default and in Redis when ``redis_url`` is set, so several replicas of
the bot enforce one limit. If Redis cannot be reached the limit lets the question through
(logged): a broken limiter must not silence the bot.

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
from pydantic import SecretStr

from bot.config import RATE_LIMIT_OFF, Settings

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

    def __init__(self, rate: Optional[limits.RateLimitItem], storage: Optional[Storage] = None) -> None:
        self.rate = rate
        self.storage = storage or MemoryStorage()
        self._limiter = MovingWindowRateLimiter(self.storage)
        # The same window, one hit: the refusal note's allowance.
        self._note_rate = type(rate)(1, rate.multiples) if rate is not None else None

    @classmethod
    def from_settings(cls, settings: Settings) -> "UserRateLimiter":
        if settings.user_rate_limit == RATE_LIMIT_OFF:
            return cls(None)
        return cls(limits.parse(settings.user_rate_limit), storage_for(settings))

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
            if self._limiter.hit(self.rate, NAMESPACE, user):
                return ADMITTED
            reset_at = self._limiter.get_window_stats(self.rate, NAMESPACE, user).reset_time
            notify = self._limiter.hit(self._note_rate, NOTE_NAMESPACE, user)
        except StorageError as error:
            log.warning("rate limit storage unavailable, question let through: %s",
                        type(error.storage_error).__name__)
            return ADMITTED
        return Admission(False, max(1, math.ceil(reset_at - time.time())), notify)

    def message(self, admission: Admission) -> str:
        return admission.message(self.description)


def storage_for(settings: Settings) -> Storage:
    """Redis storage under ``redis_key_prefix`` when ``redis_url`` is set, else memory."""
    url = _plain(settings.redis_url)
    if not url:
        return MemoryStorage()
    # wrap_exceptions: any Redis failure arrives as limits' StorageError (caught in admit);
    # past redis_timeout the question is let through rather than kept waiting.
    return RedisStorage(url, key_prefix=f"{settings.redis_key_prefix}{KEY_PREFIX}", wrap_exceptions=True,
                        socket_timeout=settings.redis_timeout,
                        socket_connect_timeout=settings.redis_timeout)


def _plain(value: SecretStr | str | None) -> str:
    return value.get_secret_value() if isinstance(value, SecretStr) else (value or "")

"""Exactly-once handling of Slack deliveries.

One user message can reach the bot several times: as ``app_mention`` and as
``message`` (same channel and ts), and again as a retry of either when an ack was
late (same ``event_id``, header ``X-Slack-Retry-Num``). Every delivery names the
message by several keys; the first delivery claims them all, later ones find a key
already claimed and are dropped. A retry is never dropped for being a retry: the
delivery it repeats may never have arrived.

Two backends, chosen in one place (:func:`bot.slack.dedupe_redis.deduplicator_for`, which
knows both; this module knows nothing of Redis):

- :class:`MemoryDeduplicator`, the default: claims in this process only, enough for
  one bot process per Slack app;
- :class:`bot.slack.dedupe_redis.RedisDeduplicator` when ``redis_url`` is set: claims
  shared by every replica through Redis.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Callable, Iterable, Protocol

# Slack retries a failed delivery three times over about five minutes.
DEFAULT_TTL_SECONDS = 30 * 60


class Deduplicator(Protocol):
    """Claims the keys of a delivery; answers whether it is the first to name its message."""

    def claim(self, keys: Iterable[str]) -> bool:
        """Claim every key; True only if none was claimed before (the first delivery)."""
        ...


class MemoryDeduplicator:
    """Claims kept in this process for ``ttl_seconds`` after a key was last seen."""

    def __init__(self, ttl_seconds: float = DEFAULT_TTL_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._claimed: OrderedDict[str, float] = OrderedDict()

    def claim(self, keys: Iterable[str]) -> bool:
        keys = [k for k in keys if k]
        with self._lock:
            now = self._clock()
            self._forget_before(now - self.ttl_seconds)
            first = not any(k in self._claimed for k in keys)
            for key in keys:
                self._claimed[key] = now
                self._claimed.move_to_end(key)
            return first

    def release(self, keys: Iterable[str]) -> None:
        """Forget claims (a shutdown handing back questions it could not answer)."""
        with self._lock:
            for key in keys:
                self._claimed.pop(key, None)

    def seen(self, keys: Iterable[str]) -> bool:
        """Whether any of ``keys`` is claimed, without claiming or renewing anything."""
        with self._lock:
            self._forget_before(self._clock() - self.ttl_seconds)
            return any(k in self._claimed for k in keys if k)

    def __len__(self) -> int:
        return len(self._claimed)

    def _forget_before(self, cutoff: float) -> None:
        while self._claimed:
            key, claimed_at = next(iter(self._claimed.items()))
            if claimed_at >= cutoff:
                return
            del self._claimed[key]


def delivery_keys(body: dict, event: dict) -> list[str]:
    """The keys naming the user message behind an Events API delivery."""
    keys = [f"event:{body.get('event_id')}"] if body.get("event_id") else []
    if event.get("channel") and event.get("ts"):
        keys.append(f"message:{event['channel']}:{event['ts']}")
    if event.get("client_msg_id"):
        keys.append(f"client_msg:{event['client_msg_id']}")
    return keys

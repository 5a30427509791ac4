"""Circuit breaker and jittered retries shared by the embedding client and the reranker.

The breaker counts consecutive *service* failures (unreachable, timeouts, HTTP 5xx/429);
a server that answers, even with a 400, counts as alive. After ``failure_threshold``
failures it opens: calls fail at once, costing microseconds instead of a timeout. After
``reset_timeout`` seconds one probe call is let through (half-open): success closes the
breaker, failure opens it again for another ``reset_timeout``. The clock is injectable so
tests need no sleeping.

Retries use tenacity with full jitter (``wait_random_exponential``), so bot replicas that
all saw the same server restart do not retry in lock-step.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from typing import Awaitable, Callable, Iterator, Optional, TypeVar

from tenacity import (
    AsyncRetrying,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

CLOSED, HALF_OPEN, OPEN = "closed", "half_open", "open"


class CircuitOpenError(RuntimeError):
    """The breaker is open: the call was not attempted."""

    def __init__(self, name: str, retry_in: float) -> None:
        super().__init__(f"{name} circuit is open after repeated failures; "
                         f"next attempt in {max(retry_in, 0.0):.0f}s")
        self.retry_in = retry_in


class CircuitBreaker:
    """Thread-safe consecutive-failure circuit breaker (usable from sync and async code)."""

    def __init__(
        self,
        name: str,
        failure_threshold: int = 5,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        on_change: Optional[Callable[[str], None]] = None,
        log_level: int = logging.WARNING,
    ) -> None:
        """``log_level``: of the line logged when the breaker opens after working (a probe
        that fails again is logged at DEBUG: one outage, one line)."""
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        self.name = name
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.clock = clock
        self.on_change = on_change
        self.log_level = log_level
        self._lock = threading.Lock()
        self._state = CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probing = False

    @property
    def state(self) -> str:
        with self._lock:
            if self._state == OPEN and self.clock() - self._opened_at >= self.reset_timeout:
                return HALF_OPEN
            return self._state

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    # -- the protocol: before_call, then exactly one of success / failure / release --
    def before_call(self) -> None:
        """Raise :class:`CircuitOpenError` unless a call may go out now."""
        with self._lock:
            if self._state == CLOSED:
                return
            now = self.clock()
            if self._state == OPEN and now - self._opened_at >= self.reset_timeout:
                self._set(HALF_OPEN)
            if self._state == HALF_OPEN and not self._probing:
                self._probing = True  # this caller is the probe
                return
            raise CircuitOpenError(self.name, self._opened_at + self.reset_timeout - now)

    def record_success(self) -> None:
        with self._lock:
            self._failures = 0
            self._probing = False
            if self._state != CLOSED:
                self._set(CLOSED)
                log.log(self.log_level, "%s recovered: circuit closed", self.name)

    def record_failure(self) -> None:
        with self._lock:
            self._failures += 1
            self._probing = False
            if self._state == HALF_OPEN or (self._state == CLOSED and self._failures >= self.failure_threshold):
                level = self.log_level if self._state == CLOSED else logging.DEBUG
                self._opened_at = self.clock()
                self._set(OPEN)
                log.log(level, "%s failed %d time(s) in a row: circuit open for %.0fs",
                        self.name, self._failures, self.reset_timeout)

    def release(self) -> None:
        """The call ended without telling us anything (e.g. cancelled)."""
        with self._lock:
            self._probing = False

    def _set(self, state: str) -> None:
        self._state = state
        if self.on_change:
            self.on_change(state)

    # -- helpers ------------------------------------------------------------
    def call(self, function: Callable[[], T], is_failure: Callable[[BaseException], bool]) -> T:
        with self._guarding(is_failure):
            return function()

    async def acall(self, function: Callable[[], Awaitable[T]],
                    is_failure: Callable[[BaseException], bool]) -> T:
        with self._guarding(is_failure):
            return await function()

    @contextmanager
    def _guarding(self, is_failure: Callable[[BaseException], bool]) -> Iterator[None]:
        """One call's bookkeeping, shared by the sync and async paths."""
        self.before_call()
        try:
            yield
        except Exception as error:
            if is_failure(error):
                self.record_failure()
            else:
                self.record_success()  # the service answered, if unhelpfully
            raise
        except BaseException:
            self.release()
            raise
        self.record_success()


def _backoff(retries: int, is_retryable: Callable[[BaseException], bool], max_wait: float,
             multiplier: float) -> dict:
    return dict(
        stop=stop_after_attempt(retries + 1),
        wait=wait_random_exponential(multiplier=multiplier, max=max_wait),
        retry=retry_if_exception(is_retryable),
        reraise=True,
    )


def retrying(retries: int, is_retryable: Callable[[BaseException], bool], max_wait: float = 2.0,
             multiplier: float = 0.1) -> Retrying:
    """Up to ``retries`` retries with full-jitter exponential backoff, for transient errors only."""
    return Retrying(**_backoff(retries, is_retryable, max_wait, multiplier))


def async_retrying(retries: int, is_retryable: Callable[[BaseException], bool], max_wait: float = 2.0,
                   multiplier: float = 0.1) -> AsyncRetrying:
    """:func:`retrying` for coroutines."""
    return AsyncRetrying(**_backoff(retries, is_retryable, max_wait, multiplier))

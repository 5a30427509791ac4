"""Reading the feedback database for a console page, bounded in time.

The Entries and Unanswered pages show what users did (use counts, votes, unanswered
questions) beside what the index holds. The database behind that may hang (a network
that drops packets, a server that accepts connections and never answers): then the
page is rendered without it after ``console_feedback_timeout`` seconds, saying so, and
for ``console_feedback_retry_seconds`` after a failure every page says so at once
instead of asking the database again. A read still stuck past its timeout (its thread
waits on the database's own timeouts) also keeps new reads from starting, so a hung
database ties up one worker thread, not one per page view.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from concurrent.futures import Future
from typing import Callable, Optional, TypeVar, Union

log = logging.getLogger(__name__)

T = TypeVar("T")
FeedbackSource = Callable[[], Union[object, str]]  # a FeedbackStore, or why there is none


class FeedbackUnavailable(Exception):
    """The source said why there is no feedback store."""


class FeedbackReads:
    def __init__(self, source: FeedbackSource, timeout: float, retry_seconds: float) -> None:
        self._source = source
        self.timeout = timeout
        self.retry_seconds = retry_seconds
        self._lock = threading.Lock()
        self._running: dict[Future, float] = {}  # reads in flight → when they started
        self._failure: Optional[str] = None
        self._failed_until = 0.0

    async def read(self, fetch: Callable[[object], T]) -> Union[T, str]:
        """``fetch(store)``'s result, or a sentence saying why the page goes without it."""
        with self._lock:
            refused = self._refusal(time.monotonic())
            if refused is not None:
                return refused
            future: Future = Future()
            self._running[future] = time.monotonic()
            future.add_done_callback(self._finished)
        # A daemon thread, not a pool's: one stuck on a hung database must not hold up the
        # process's exit (a pool's threads are joined at exit).
        threading.Thread(target=self._fetch, args=(fetch, future), name="faqbot-console-feedback",
                         daemon=True).start()
        waited = asyncio.wrap_future(future)
        # A read given up on may still fail later: its error is retrieved here, not logged at exit.
        waited.add_done_callback(lambda done: done.cancelled() or done.exception())
        try:
            result = await asyncio.wait_for(asyncio.shield(waited), self.timeout)
        except asyncio.TimeoutError:
            return self._failed(f"the feedback database did not answer within {self.timeout:g} s")
        except FeedbackUnavailable as error:
            return self._failed(str(error))
        except Exception as error:  # the page still renders what the index holds
            reason = getattr(error, "orig", None) or type(error).__name__
            return self._failed(f"feedback database: {reason}")
        self._succeeded()
        return result

    def _fetch(self, fetch: Callable[[object], T], future: Future) -> None:
        try:
            store = self._source()  # opening it may be what hangs: inside the bounded read too
            if isinstance(store, str):
                raise FeedbackUnavailable(store)
            future.set_result(fetch(store))
        except BaseException as error:
            future.set_exception(error)

    def _finished(self, future: Future) -> None:
        with self._lock:
            self._running.pop(future, None)

    def _refusal(self, now: float) -> Optional[str]:
        """Why not to ask the database now: a recent failure, or a read still stuck."""
        if any(now - started > self.timeout for started in self._running.values()):
            self._failed_until = max(self._failed_until, now + self.retry_seconds)
            self._failure = self._failure or "the feedback database did not answer"
        if self._failure is None or now >= self._failed_until:
            return None
        wait = math.ceil(self._failed_until - now)
        return f"{self._failure}; the page is shown without it (asking again in {wait} s)"

    def _failed(self, reason: str) -> str:
        with self._lock:
            first = self._failure is None
            self._failure = reason
            self._failed_until = time.monotonic() + self.retry_seconds
        (log.warning if first else log.info)("console: %s; pages go without it for %g s",
                                             reason, self.retry_seconds)
        return f"{reason}; the page is shown without it (asking again in {math.ceil(self.retry_seconds)} s)"

    def _succeeded(self) -> None:
        with self._lock:
            if self._failure is not None:
                log.info("console: the feedback database answers again")
            self._failure = None
            self._failed_until = 0.0

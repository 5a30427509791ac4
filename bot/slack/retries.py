"""Bounded retries for every call to Slack (Web API and ``response_url``).

slack_sdk's clients take a list of retry handlers (``slack_sdk.http_retry``). Its
built-in ones retry 429 (sleeping ``Retry-After``), 500/503 and connection errors, but
each alone: nothing bounds the total time a call may spend retrying, and the rate-limit
handler sleeps whatever ``Retry-After`` says (and fails on a non-integer header). The
subclasses here share one budget per call: a retry whose wait would end after
``budget`` seconds from the call's first failure is not made, the call fails and the
caller logs it. One call therefore takes at most ``2 × timeout + budget`` seconds.

Handlers are shared between threads and deep-copied by Bolt per request, so they keep
no per-call state on themselves: the deadline and the next wait live in the call's
``RetryState``.

Retried only when the request is known to have done nothing: 429 (after its
``Retry-After``), 503 *with* a ``Retry-After``, the ``service_unavailable`` /
``request_timeout`` codes, and connections refused before the request was sent. Not
retried, on purpose: resets after the request was sent, read timeouts, other 5xx and
Slack's ``internal_error`` / ``fatal_error`` codes, for which the operation may have
succeeded; retrying then could post an answer twice. ``chat.postMessage`` looks for its
post before retrying those (bot/slack/delivery.py); other calls fail and are logged.
"""

from __future__ import annotations

import random
import socket
import time
from email.utils import parsedate_to_datetime
from typing import Optional
from urllib.error import URLError

from slack_sdk.http_retry import (
    ConnectionErrorRetryHandler, HttpRequest, HttpResponse, RateLimitErrorRetryHandler,
    RetryHandler, RetryState,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler

from bot.metrics import METRICS

# ok:false codes Slack documents as "nothing happened, try again".
TRANSIENT_ERROR_CODES = frozenset({"service_unavailable", "request_timeout"})
# Spread retries of many callers rate-limited at the same moment.
RETRY_AFTER_JITTER_SECONDS = 0.25


class _Budgeted(RetryHandler):
    """A handler that retries only while the wait fits the call's budget."""

    reason = "other"

    def __init__(self, max_retry_count: int, budget_seconds: float) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.budget_seconds = budget_seconds

    def can_retry(self, *, state: RetryState, request: HttpRequest,
                  response: Optional[HttpResponse] = None,
                  error: Optional[Exception] = None) -> bool:
        if not super().can_retry(state=state, request=request, response=response, error=error):
            return False
        values = _values(state)
        deadline = values.setdefault("deadline", time.monotonic() + self.budget_seconds)
        wait = self.wait_seconds(state, response)
        if time.monotonic() + wait > deadline:
            return False
        values["wait"] = wait
        return True

    def wait_seconds(self, state: RetryState, response: Optional[HttpResponse]) -> float:
        return self.interval_calculator.calculate_sleep_duration(state.current_attempt)

    def prepare_for_next_attempt(self, *, state: RetryState, request: HttpRequest,
                                 response: Optional[HttpResponse] = None,
                                 error: Optional[Exception] = None) -> None:
        METRICS.slack_retries.labels(self.reason).inc()
        state.next_attempt_requested = True
        time.sleep(_values(state).pop("wait", 0.0))
        state.increment_current_attempt()


class BoundedRateLimitRetryHandler(_Budgeted, RateLimitErrorRetryHandler):
    """HTTP 429: wait exactly ``Retry-After`` (plus a little jitter), if it fits."""

    reason = "rate_limited"

    def wait_seconds(self, state: RetryState, response: Optional[HttpResponse]) -> float:
        return retry_after_seconds(response) + random.uniform(0, RETRY_AFTER_JITTER_SECONDS)


class BoundedServerErrorRetryHandler(_Budgeted, ServerErrorRetryHandler):
    """HTTP 503 with ``Retry-After`` (Slack says: not done, come back then). A 500, or a
    503 without it, may have done the work: not retried."""

    reason = "server_error"

    def _can_retry(self, *, state: RetryState, request: HttpRequest,
                   response: Optional[HttpResponse] = None,
                   error: Optional[Exception] = None) -> bool:
        return response is not None and response.status_code == 503 \
            and any(name.lower() == "retry-after" for name in response.headers)

    def wait_seconds(self, state: RetryState, response: Optional[HttpResponse]) -> float:
        return retry_after_seconds(response) + random.uniform(0, RETRY_AFTER_JITTER_SECONDS)


class BoundedConnectionErrorRetryHandler(_Budgeted, ConnectionErrorRetryHandler):
    """Refused connections and unresolvable hosts: the request never reached Slack. A
    reset or a timeout may come after Slack got the request: not retried."""

    reason = "connection_error"

    def _can_retry(self, *, state: RetryState, request: HttpRequest,
                   response: Optional[HttpResponse] = None,
                   error: Optional[Exception] = None) -> bool:
        reason = error.reason if isinstance(error, URLError) else error
        return isinstance(reason, (ConnectionRefusedError, socket.gaierror))


class TransientErrorCodeRetryHandler(_Budgeted):
    """HTTP 200 with ``{"ok": false, "error": "service_unavailable" | "request_timeout"}``."""

    reason = "transient_error_code"

    def _can_retry(self, *, state: RetryState, request: HttpRequest,
                   response: Optional[HttpResponse] = None,
                   error: Optional[Exception] = None) -> bool:
        body = response.body if response is not None else None
        return isinstance(body, dict) and body.get("ok") is False \
            and body.get("error") in TRANSIENT_ERROR_CODES


def retry_handlers(max_retries: int, budget_seconds: float) -> list[RetryHandler]:
    """The handlers for the bot's Web API client and its ``response_url`` posts."""
    return [
        BoundedRateLimitRetryHandler(max_retries, budget_seconds),
        BoundedServerErrorRetryHandler(max_retries, budget_seconds),
        TransientErrorCodeRetryHandler(max_retries, budget_seconds),
        BoundedConnectionErrorRetryHandler(max_retries, budget_seconds),
    ]


def retry_after_seconds(response: Optional[HttpResponse]) -> float:
    """``Retry-After`` as seconds: an integer or an HTTP date (RFC 9110); 1 s if absent
    or unreadable (slack_sdk's own default)."""
    headers = response.headers if response is not None else {}
    for name, values in headers.items():
        if name.lower() != "retry-after":
            continue
        value = (values[0] if isinstance(values, list) and values else str(values)).strip()
        if value.isdigit():
            return float(value)
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            break
    return 1.0


def _values(state: RetryState) -> dict:
    if state.custom_values is None:
        state.custom_values = {}
    return state.custom_values

"""Prometheus metrics, and the ``/metrics``, ``/healthz`` and ``/readyz`` endpoints.

What is measured (all names start with ``faqbot_``):

- ``questions_total{outcome}``: matched / suggested / unanswered / error;
- ``stage_latency_seconds{stage}``: histograms for embed, search, rerank and total (the
  answer path), and queue and delivered (the same as the two Slack histograms below);
- ``embedding_errors_total{reason}``: unreachable, http, circuit_open, invalid;
- ``embedding_cache_lookups_total{result}`` (hit/miss), ``embedding_batch_size``;
- ``circuit_breaker_state{service}``: 0 closed, 1 half-open, 2 open;
- ``rerank_fallbacks_total{reason}``;
- ``slack_retries_total{reason}``: retried Slack calls (rate_limited, server_error,
  transient_error_code, connection_error);
- ``slack_delivery_failures_total{method, error}``: Slack calls that failed for good
  (after retries), by method and Slack's error code;
- ``slack_queue_seconds``: from Bolt's dispatch of a delivery (its ack) to the start of
  the work on it: time waiting for a listener thread (``stage_latency{total}`` is the
  answer path alone and does not include it);
- ``slack_delivery_to_post_seconds``: from the delivery to its ``chat.postMessage``
  succeeding: what the asker waits, queueing, pacing and retries included;
- ``slack_pacing_wait_seconds``: wait for the channel's next posting slot;
- ``slack_order_wait_seconds``: a reply's wait for the answers to earlier questions in
  its channel (bot/slack/ordering.py), ``slack_order_timeouts_total`` (posted after
  ``slack_channel_order_wait_seconds`` anyway) and ``slack_order_lapsed_total`` (earlier
  questions skipped because their replica's lease lapsed);
- ``slack_outbox_posts``: posts queued and not yet out;
- ``shutdown_drain_questions_total{result}``: questions a graceful shutdown finished or
  handed back, and ``shutdown_draining`` (1 while draining; ``/readyz`` answers 503);
- ``dedupe_fallbacks_total{reason}``: Slack deliveries handled without a shared Redis
  claim (timeout, unreachable, error, circuit_open: not attempted, the Redis breaker is open);
- ``rate_limit_fallbacks_total{reason}``: questions let through unlimited because the
  rate limit's Redis failed (same reasons);
- ``feedback_spool_depth``, ``feedback_spool_oldest_age_seconds`` (at scrape time),
  ``feedback_write_failures_total{stage}`` (spool: a record lost; database: a replay
  attempt failed, the records stay spooled; replay: a record the database refused, set
  aside) and ``feedback_replayed_total{result}``
  (stored, or duplicate: already stored by an earlier replay) — bot/feedback/spool.py;
- ``index_entries``, ``index_vectors``, ``index_created_timestamp_seconds`` and
  ``index_age_seconds`` (computed at scrape time).

``/healthz`` is liveness and ``/readyz`` readiness (bot/health.py says what each means).

Serving them:

- socket mode (no HTTP server of our own): :func:`start_metrics_server` on its own port;
- HTTP mode: :func:`metrics_routes` in the ASGI app (bot/slack/http_server.py), or
  :func:`with_metrics_routes` around a WSGI callable, or answer from any handler with
  :func:`http_response`.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator, Optional

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

from bot.health import HEALTH, HealthChecks

log = logging.getLogger(__name__)

OUTCOMES = ("matched", "suggested", "unanswered", "error")
# "total" is the answer path (embed + search + rerank); "queue" (a Slack delivery waiting
# for an answering thread) and "delivered" (delivery → reply posted) sit beside it, so the
# one metric shows where an asker's wait goes.
STAGES = ("embed", "search", "rerank", "total", "queue", "delivered")
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
DEDUPE_FALLBACK_REASONS = ("timeout", "unreachable", "error", "circuit_open")
FEEDBACK_WRITE_STAGES = ("spool", "database", "replay")
BREAKER_STATES = {"closed": 0, "half_open": 1, "open": 2}

HealthCheck = Callable[[], "tuple[bool, dict[str, Any]]"]


class Metrics:
    """One set of faqbot metrics in its own registry (``METRICS`` is the process's)."""

    def __init__(self, registry: Optional[CollectorRegistry] = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.questions = Counter(
            "faqbot_questions", "Questions answered, by outcome.", ["outcome"], registry=r)
        self.latency = Histogram(
            "faqbot_stage_latency_seconds", "Seconds spent per question in each stage.",
            ["stage"], buckets=LATENCY_BUCKETS, registry=r)
        self.embedding_errors = Counter(
            "faqbot_embedding_errors", "Failed embedding calls, by reason.", ["reason"], registry=r)
        self.embedding_cache = Counter(
            "faqbot_embedding_cache_lookups", "Query embedding cache lookups.", ["result"], registry=r)
        self.embedding_batch_size = Histogram(
            "faqbot_embedding_batch_size", "Questions sharing one query-embedding request.",
            buckets=(1, 2, 4, 8, 16, 32, 64), registry=r)
        self.breaker_state = Gauge(
            "faqbot_circuit_breaker_state", "Circuit breaker: 0 closed, 1 half-open, 2 open.",
            ["service"], registry=r)
        self.rerank_fallbacks = Counter(
            "faqbot_rerank_fallbacks", "Questions answered from the first stage because the "
            "reranker failed.", ["reason"], registry=r)
        self.slack_retries = Counter(
            "faqbot_slack_retries", "Slack calls retried, by reason.", ["reason"], registry=r)
        self.slack_failures = Counter(
            "faqbot_slack_delivery_failures", "Slack calls that failed after their retries, by "
            "method and Slack's error code.", ["method", "error"], registry=r)
        self.dedupe_fallbacks = Counter(
            "faqbot_dedupe_fallbacks", "Slack deliveries handled without a shared claim "
            "because Redis failed, by reason.", ["reason"], registry=r)
        self.rate_limit_fallbacks = Counter(
            "faqbot_rate_limit_fallbacks", "Questions let through without the rate limit because "
            "its Redis failed, by reason.", ["reason"], registry=r)
        self.feedback_spool_depth = Gauge(
            "faqbot_feedback_spool_depth", "Feedback records spooled, not yet in the database.",
            registry=r)
        self.feedback_spool_oldest_age = Gauge(
            "faqbot_feedback_spool_oldest_age_seconds", "Seconds the oldest spooled feedback "
            "record has waited for the database (0: none).", registry=r)
        self.feedback_write_failures = Counter(
            "faqbot_feedback_write_failures", "Failed feedback writes: spool (the record is lost), "
            "database (a replay attempt failed, the records stay spooled), replay (a record the "
            "database refused, set aside in the spool's rejected table).", ["stage"], registry=r)
        self.feedback_replayed = Counter(
            "faqbot_feedback_replayed", "Spooled feedback records replayed into the database: "
            "stored, or duplicate (stored by an earlier replay).", ["result"], registry=r)
        for stage in FEEDBACK_WRITE_STAGES:
            self.feedback_write_failures.labels(stage)
        for result in ("stored", "duplicate"):
            self.feedback_replayed.labels(result)
        wait_buckets = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 30.0, 60.0)
        self.slack_queue = Histogram(
            "faqbot_slack_queue_seconds", "From a Slack delivery's dispatch (ack) to the start of "
            "the work on it.", buckets=wait_buckets, registry=r)
        self.delivery_to_post = Histogram(
            "faqbot_slack_delivery_to_post_seconds", "From a Slack delivery's dispatch to its "
            "chat.postMessage succeeding.", buckets=wait_buckets, registry=r)
        self.pacing_wait = Histogram(
            "faqbot_slack_pacing_wait_seconds", "Wait for a channel's next chat.postMessage slot.",
            buckets=wait_buckets, registry=r)
        self.order_wait = Histogram(
            "faqbot_slack_order_wait_seconds", "Wait of a reply for the answers to earlier "
            "questions in its channel (any replica).", buckets=wait_buckets, registry=r)
        self.order_timeouts = Counter(
            "faqbot_slack_order_timeouts", "Replies posted without waiting longer for an "
            "earlier question's answer (slack_channel_order_wait_seconds passed).", registry=r)
        self.order_lapsed = Counter(
            "faqbot_slack_order_lapsed", "Earlier questions no longer waited for because their "
            "replica stopped renewing their lease (it died).", registry=r)
        self.outbox_posts = Gauge(
            "faqbot_slack_outbox_posts", "Posts queued and not yet out.", registry=r)
        self.drained = Counter(
            "faqbot_shutdown_drain_questions", "Questions a graceful shutdown finished or handed "
            "back (claims released).", ["result"], registry=r)
        self.draining = Gauge(
            "faqbot_shutdown_draining", "1 while a graceful shutdown drains.", registry=r)
        for result in ("finished", "handed_back"):
            self.drained.labels(result)
        self.index_entries = Gauge("faqbot_index_entries", "FAQ entries in the live index.", registry=r)
        self.index_vectors = Gauge("faqbot_index_vectors", "Phrasing vectors in the live index.", registry=r)
        self.index_created = Gauge(
            "faqbot_index_created_timestamp_seconds", "When the live index was built (Unix time).",
            registry=r)
        self.index_age = Gauge(
            "faqbot_index_age_seconds", "Seconds since the live index was built.", registry=r)
        self._created_at: Optional[float] = None
        self._index: dict[str, Any] = {}
        self._breakers: dict[str, str] = {}
        self.index_age.set_function(self._index_age)
        for outcome in OUTCOMES:
            self.questions.labels(outcome)
        for stage in STAGES:
            self.latency.labels(stage)
        for reason in DEDUPE_FALLBACK_REASONS:
            self.dedupe_fallbacks.labels(reason)
            self.rate_limit_fallbacks.labels(reason)

    # -- recording ----------------------------------------------------------
    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.latency.labels(name).observe(time.perf_counter() - start)

    def count_question(self, outcome: str) -> None:
        self.questions.labels(outcome).inc()

    def count_dedupe_fallback(self, reason: str) -> None:
        self.dedupe_fallbacks.labels(reason).inc()

    def count_rate_limit_fallback(self, reason: str) -> None:
        self.rate_limit_fallbacks.labels(reason).inc()

    def count_feedback_write_failure(self, stage: str, records: int = 1) -> None:
        self.feedback_write_failures.labels(stage).inc(records)

    def count_feedback_replayed(self, stored: int, duplicate: int) -> None:
        self.feedback_replayed.labels("stored").inc(stored)
        self.feedback_replayed.labels("duplicate").inc(duplicate)

    def watch_feedback_spool(self, depth: Callable[[], int], oldest_age: Callable[[], float]) -> None:
        """Read the spool's depth and oldest age at each scrape (a failing read shows -1)."""
        self.feedback_spool_depth.set_function(_or_unknown(depth))
        self.feedback_spool_oldest_age.set_function(_or_unknown(oldest_age))

    def observe_index(self, entries: int, vectors: int, created_at: float,
                      generation: Optional[str] = None) -> None:
        self._index = {"index_entries": entries, "index_generation": generation}
        self.index_entries.set(entries)
        self.index_vectors.set(vectors)
        self.index_created.set(created_at)
        self._created_at = created_at

    def set_breaker_state(self, service: str, state: str) -> None:
        self._breakers[service] = state
        self.breaker_state.labels(service).set(BREAKER_STATES[state])

    def observe_queue(self, seconds: float) -> None:
        self.slack_queue.observe(seconds)
        self.latency.labels("queue").observe(seconds)

    def observe_delivered(self, seconds: float) -> None:
        self.delivery_to_post.observe(seconds)
        self.latency.labels("delivered").observe(seconds)

    def set_draining(self, draining: bool) -> None:
        """A graceful shutdown started (or, in tests, ended): readiness answers 503."""
        (HEALTH.start_draining if draining else HEALTH.stop_draining)()
        self.draining.set(1 if draining else 0)

    def breaker_states(self) -> dict[str, str]:
        return dict(self._breakers)

    def health(self) -> tuple[bool, dict[str, Any]]:
        """The index's readiness: ready once one is loaded; open circuits are reported, not
        fatal (the bot still answers "try again later" and recovers by itself)."""
        details: dict[str, Any] = {k: v for k, v in self._index.items() if v is not None}
        if self._breakers:
            details["circuits"] = dict(self._breakers)
        return self._created_at is not None, details

    def _index_age(self) -> float:
        return 0.0 if self._created_at is None else max(0.0, time.time() - self._created_at)

    # -- exposition ---------------------------------------------------------
    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def _or_unknown(read: Callable[[], float]) -> Callable[[], float]:
    def value() -> float:
        try:
            return float(read())
        except Exception:  # a scrape must not fail on a locked or vanished spool file
            return -1.0
    return value


METRICS = Metrics()


def outcome_of(answer) -> str:
    """matched: a confident answer; suggested: closest entries or "did you mean" choices
    offered; unanswered: nothing."""
    if answer.match is not None:
        return "matched"
    return "suggested" if answer.suggestions or getattr(answer, "choices", None) else "unanswered"


# -- HTTP -------------------------------------------------------------------
HEALTH_PATHS = ("/healthz", "/readyz")


def http_response(
    path: str, health: Optional[HealthCheck] = None, metrics: Metrics = METRICS,
    checks: Optional[HealthChecks] = None,
) -> Optional[tuple[int, list[tuple[str, str]], bytes]]:
    """(status, headers, body) for ``/metrics``, ``/healthz`` and ``/readyz``; None for any
    other path. ``health``: the index's check (default :meth:`Metrics.health`)."""
    path = path.split("?", 1)[0]
    if path == "/metrics":
        body = metrics.exposition()
        return 200, [("Content-Type", CONTENT_TYPE_LATEST), ("Content-Length", str(len(body)))], body
    checks = checks or HEALTH
    if path == "/healthz":
        ok, details = checks.liveness()
        # What it serves, for people and scripts; never a reason to fail liveness.
        details = {**details, **(health or metrics.health)()[1]}
    elif path == "/readyz":
        ok, details = checks.readiness(health or metrics.health, metrics.breaker_states())
    else:
        return None
    body = json.dumps(details).encode()
    return (200 if ok else 503), [("Content-Type", "application/json"),
                                  ("Content-Length", str(len(body)))], body


def with_metrics_routes(app=None, health: Optional[HealthCheck] = None, metrics: Metrics = METRICS):
    """A WSGI app answering ``/metrics``, ``/healthz`` and ``/readyz``, passing anything else to ``app``.

    ``health`` defaults to :meth:`Metrics.health` (ready once an index is loaded).

    For HTTP mode, e.g. around slack_bolt's WSGI adapter::

        wsgi = with_metrics_routes(SlackRequestHandler(bolt_app, path="/slack/events"))
    """

    def wsgi(environ, start_response):
        response = http_response(environ.get("PATH_INFO", ""), health, metrics)
        if response is None:
            if app is not None:
                return app(environ, start_response)
            response = 404, [("Content-Type", "text/plain")], b"not found\n"
        status, headers, body = response
        start_response(f"{status} {_REASONS.get(status, '')}".strip(), headers)
        return [body]

    return wsgi


_REASONS = {200: "OK", 404: "Not Found", 503: "Service Unavailable"}


def metrics_routes(health: Optional[HealthCheck] = None, metrics: Metrics = METRICS,
                   paths: tuple[str, ...] = ("/metrics", *HEALTH_PATHS)) -> list:
    """Starlette routes for ``paths`` of ``/metrics``, ``/healthz``, ``/readyz`` (HTTP mode's
    ASGI server)."""
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import Response
    from starlette.routing import Route

    async def endpoint(request) -> Response:
        # In a thread: readiness checks may wait (bounded) on a dependency.
        status, headers, body = await run_in_threadpool(http_response, request.url.path, health, metrics)
        return Response(body, status_code=status,
                        headers={k: v for k, v in headers if k != "Content-Length"})

    return [Route(path, endpoint, methods=["GET"]) for path in paths]


class MetricsServer:
    """A small threaded HTTP server for ``/metrics``, ``/healthz`` and ``/readyz`` (socket
    mode, or HTTP mode with ``metrics_port``)."""

    def __init__(self, host: str, port: int, health: Optional[HealthCheck] = None,
                 metrics: Metrics = METRICS) -> None:
        self._server = ThreadingHTTPServer((host, port), _handler(health, metrics))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="faqbot-metrics",
                                        daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        host = self._server.server_address[0]
        return f"http://{host}:{self.port}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def start_metrics_server(host: str = "127.0.0.1", port: int = 0, health: Optional[HealthCheck] = None,
                         metrics: Metrics = METRICS) -> MetricsServer:
    server = MetricsServer(host, port, health, metrics)
    log.info("metrics on %s/metrics, liveness on /healthz, readiness on /readyz", server.url)
    return server


def _handler(health: Optional[HealthCheck], metrics: Metrics):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            response = http_response(self.path, health, metrics)
            if response is None:
                response = 404, [("Content-Type", "text/plain")], b"not found\n"
            status, headers, body = response
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler

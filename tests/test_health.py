"""Liveness vs readiness: /healthz says the process works, /readyz whether to send it work
(index loaded, not draining) and every dependency's state; /metrics on its own port.

Over real HTTP: the metrics server, a real redis-server stopped with SIGSTOP, and a real
`faqbot serve` process in HTTP mode with FAQBOT_METRICS_PORT set.
"""

from __future__ import annotations

import json
import os
import threading
import time
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

import pytest

from bot.cli import main
from bot.health import HealthChecks
from bot.metrics import Metrics, http_response
from bot.slack.redis_link import RedisLink
from production_support import free_port
from redis_process import RedisProcess
from sglang_standin import SGLangStandIn
from slack_standin import BOT_TOKEN, SIGNING_SECRET
from test_index_roles import ROOT, current, start, wait_for


def get(url: str) -> tuple[int, dict | bytes]:
    try:
        with urlopen(url, timeout=10) as response:
            status, body = response.status, response.read()
    except HTTPError as error:
        status, body = error.code, error.read()
    try:
        return status, json.loads(body)
    except ValueError:
        return status, body


def readyz(checks: HealthChecks, metrics: Metrics) -> tuple[int, dict]:
    status, _, body = http_response("/readyz", metrics=metrics, checks=checks)
    return status, json.loads(body)


@pytest.fixture
def loaded() -> Metrics:
    metrics = Metrics()
    metrics.observe_index(4, 10, time.time(), "gen-1")
    return metrics


def test_draining_makes_the_replica_not_ready_but_still_alive(loaded):
    checks = HealthChecks()
    assert readyz(checks, loaded) == (200, {"status": "ready", "draining": False, "checks": {
        "index": {"ok": True, "required": True, "index_entries": 4, "index_generation": "gen-1"}}})
    checks.start_draining()
    status, body = readyz(checks, loaded)
    assert (status, body["status"], body["draining"]) == (503, "draining", True)
    assert http_response("/healthz", metrics=loaded, checks=checks)[0] == 200


def test_a_failing_dependency_is_reported_and_fails_readiness_only_when_required(loaded):
    checks = HealthChecks()
    checks.register("spool", lambda: (True, {"depth": 0}))
    checks.register("database", lambda: (False, "connection refused"))
    status, body = readyz(checks, loaded)
    assert (status, body["status"]) == (200, "degraded")
    assert body["checks"]["database"] == {"ok": False, "required": False, "detail": "connection refused"}
    assert body["checks"]["spool"] == {"ok": True, "required": False, "depth": 0}

    checks.register("database", lambda: (False, "connection refused"), required=True)
    assert readyz(checks, loaded)[0] == 503
    checks.register("database", lambda: 1 / 0)  # a broken check reports itself
    assert readyz(checks, loaded)[1]["checks"]["database"]["detail"].startswith("ZeroDivisionError")


def test_a_hung_check_is_reported_within_its_deadline_and_not_started_twice(loaded):
    release, calls = threading.Event(), []

    def hangs():
        calls.append(1)
        release.wait(30)
        return True, {}

    checks = HealthChecks(check_timeout=0.2)
    checks.register("database", hangs)
    try:
        first = readyz(checks, loaded)[1]["checks"]["database"]
        second = readyz(checks, loaded)[1]["checks"]["database"]
        assert first["ok"] is False and "no answer within 0.2s" in first["detail"]
        assert second["ok"] is False and "still running" in second["detail"]
        assert len(calls) == 1
    finally:
        release.set()


def test_redis_readiness_follows_a_real_redis_through_the_breaker(tmp_path, loaded):
    server = RedisProcess(tmp_path).start()
    link = RedisLink.from_url(server.url, 0.3, failure_threshold=1, reset_timeout=600)
    checks = HealthChecks()
    checks.register("redis", link.ping)
    try:
        assert readyz(checks, loaded)[1]["checks"]["redis"] == {"ok": True, "required": False}
        server.pause()
        status, body = readyz(checks, loaded)
        assert (status, body["status"]) == (200, "degraded")  # answers go on without Redis
        assert "Timeout" in body["checks"]["redis"]["detail"]
        # the breaker is open now: the next probe does not wait on Redis again
        assert "circuit open" in readyz(checks, loaded)[1]["checks"]["redis"]["detail"]
    finally:
        server.kill()


def test_serve_with_a_metrics_port_keeps_metrics_off_the_slack_port(tmp_path, faq_dir, slack_api, monkeypatch):
    embedder = SGLangStandIn().start()
    index_dir = tmp_path / "index_store"
    paths = ["--faq-dir", str(faq_dir), "--index-dir", str(index_dir)]
    for name, value in {"FAQBOT_CONFIG": str(tmp_path / "none.toml"), "FAQBOT_EMBED_BACKEND": "sglang",
                        "FAQBOT_EMBED_API_BASE": embedder.base_url, "FAQBOT_EMBED_DIMENSIONS": "256"}.items():
        monkeypatch.setenv(name, value)
    process = None
    try:
        assert main([*paths, "index"]) == 0
        port, metrics_port = free_port(), free_port()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
               "FAQBOT_READY_TIMEOUT": "60", "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
               "FAQBOT_SLACK_API_URL": slack_api.api_url, "FAQBOT_HOST": "127.0.0.1", "FAQBOT_PORT": str(port),
               "FAQBOT_METRICS_PORT": str(metrics_port), "FAQBOT_FEEDBACK_LOG": str(tmp_path / "feedback.jsonl")}
        process = start([*paths, "serve", "--role", "reader"], env, tmp_path / "serve.log")
        monitoring = f"http://127.0.0.1:{metrics_port}"

        def ready() -> bool:
            try:
                return get(f"{monitoring}/readyz")[0] == 200
            except (URLError, OSError):
                return False

        wait_for(ready, "the replica to be ready", processes=[process])
        status, body = get(f"{monitoring}/readyz")
        assert body["status"] == "ready" and body["checks"]["index"]["index_generation"] == current(index_dir)
        assert get(f"{monitoring}/healthz")[0] == 200
        assert get(f"{monitoring}/metrics")[0] == 200
        wait_for(lambda: _answers(f"http://127.0.0.1:{port}/slack/events"), "the Slack port", processes=[process])
        for path in ("/metrics", "/healthz", "/readyz"):
            assert get(f"http://127.0.0.1:{port}{path}")[0] == 404, path
    finally:
        if process is not None:
            process.terminate()
            process.wait(30)
        embedder.stop()


def _answers(url: str) -> bool:
    try:
        return get(url)[0] == 405  # the events endpoint is there (it only takes POST)
    except (URLError, OSError):
        return False


def test_the_embedding_server_is_probed_by_readiness_as_at_start_up(loaded, tmp_path):
    from bot.config import Settings
    from bot.health import HEALTH
    from bot.readiness import register_server_checks

    embedder, stopped = SGLangStandIn().start(), False
    checks = HealthChecks()
    try:
        register_server_checks(Settings(embed_backend="sglang", embed_api_base=embedder.base_url,
                                        faq_dir=tmp_path, index_dir=tmp_path / "index"))
        checks.register("embedding", HEALTH._checks["embedding"].check)
        status, body = readyz(checks, loaded)
        assert status == 200 and body["checks"]["embedding"]["ok"] is True
        assert body["checks"]["embedding"]["models"]
        embedder.stop()
        stopped = True
        status, body = readyz(checks, loaded)
        assert (status, body["status"]) == (200, "degraded")
        assert "unreachable" in body["checks"]["embedding"]["detail"]
    finally:
        HEALTH.unregister("embedding")
        if not stopped:
            embedder.stop()

"""Operations: Prometheus metrics scraped over HTTP, /healthz, WSGI mounting, redacted logs,
and the SGLang launcher."""

from __future__ import annotations

import io
import json
import logging
import sys
import threading
from urllib.error import HTTPError
from urllib.request import urlopen
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest

from bot.cli import main
from bot.config import Settings
from bot.embeddings.sglang import EmbeddingServiceError
from bot.logs import configure_logging, configured_secrets
from bot.metrics import METRICS, Metrics, start_metrics_server, with_metrics_routes
from bot.service import FaqService
from bot.sglang_launch import embed_command, rerank_command
from production_support import RERANKER, scrape, sglang_settings, value
from sglang_standin import SGLangStandIn


@pytest.fixture
def metrics_server():
    server = start_metrics_server("127.0.0.1", 0)
    yield server
    server.stop()


def test_question_outcomes_latencies_and_index_are_exposed(tmp_path, faq_dir, sglang_server, metrics_server):
    reranker = SGLangStandIn(model_path=RERANKER).start()
    try:
        service = FaqService(sglang_settings(tmp_path, faq_dir, sglang_server,
                                             rerank_api_base=reranker.base_url))
        service.load()
        before = scrape(metrics_server.url + "/metrics")
        reranker.rerank_scorer = lambda q, d, i: 0.9 if d.startswith("How long does shipping") else 0.1
        assert service.answer("How long does shipping take?").match is not None
        reranker.rerank_scorer = lambda q, d, i: 0.1
        assert service.answer("what is the meaning of life").suggestions
        after = scrape(metrics_server.url + "/metrics")
    finally:
        reranker.stop()

    def delta(name, **labels):
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("faqbot_questions_total", outcome="matched") == 1
    assert delta("faqbot_questions_total", outcome="suggested") == 1
    assert ("faqbot_questions_total", (("outcome", "unanswered"),)) in after
    for stage in ("embed", "search", "rerank", "total"):
        assert delta("faqbot_stage_latency_seconds_count", stage=stage) == 2, stage
        assert value(after, "faqbot_stage_latency_seconds_bucket", stage=stage, le="+Inf") >= 2
    assert value(after, "faqbot_index_entries") == 4
    assert value(after, "faqbot_index_vectors") == len(service.stored.store) == 11
    created = value(after, "faqbot_index_created_timestamp_seconds")
    assert created == service.stored.manifest.created_at
    assert value(after, "faqbot_index_age_seconds") >= 0
    assert delta("faqbot_embedding_cache_lookups_total", result="miss") == 2


def test_embedding_errors_and_failed_questions_are_counted(tmp_path, faq_dir, metrics_server):
    server = SGLangStandIn().start()
    service = FaqService(sglang_settings(tmp_path, faq_dir, server))
    service.load()
    before = scrape(metrics_server.url + "/metrics")
    server.stop()
    with pytest.raises(EmbeddingServiceError):
        service.answer("is anyone there?")
    after = scrape(metrics_server.url + "/metrics")
    assert (value(after, "faqbot_embedding_errors_total", reason="unreachable")
            - value(before, "faqbot_embedding_errors_total", reason="unreachable")) == 1
    assert (value(after, "faqbot_questions_total", outcome="error")
            - value(before, "faqbot_questions_total", outcome="error")) == 1


def test_readyz_waits_for_the_index_and_reports_circuits_healthz_is_liveness(tmp_path, faq_dir, sglang_server):
    metrics = Metrics()
    server = start_metrics_server("127.0.0.1", 0, metrics=metrics)
    try:
        with urlopen(server.url + "/healthz", timeout=5) as response:
            assert json.loads(response.read())["status"] == "ok"  # alive while the index loads
        with pytest.raises(HTTPError) as error:
            urlopen(server.url + "/readyz", timeout=5)
        assert error.value.code == 503  # no index loaded yet
        metrics.observe_index(4, 10, 1_700_000_000.0, "gen-x")
        metrics.set_breaker_state("embedding", "open")
        with urlopen(server.url + "/readyz", timeout=5) as response:
            body = json.loads(response.read())
        assert body["status"] == "degraded" and body["draining"] is False
        assert body["checks"]["index"] == {"ok": True, "required": True, "index_entries": 4,
                                           "index_generation": "gen-x", "circuits": {"embedding": "open"}}
        assert body["checks"]["embedding"] == {"ok": False, "required": False, "circuit": "open"}
        with urlopen(server.url + "/healthz", timeout=5) as response:
            assert json.loads(response.read())["index_generation"] == "gen-x"
        with urlopen(server.url + "/metrics", timeout=5) as response:
            text = response.read().decode()
        assert 'faqbot_circuit_breaker_state{service="embedding"} 2.0' in text
    finally:
        server.stop()


def test_metrics_mount_in_front_of_a_wsgi_app():
    def slack_app(environ, start_response):
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"slack"]

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    httpd = make_server("127.0.0.1", 0, with_metrics_routes(slack_app), handler_class=Quiet)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_port}"
    try:
        with urlopen(base + "/slack/events", timeout=5) as response:
            assert response.read() == b"slack"
        with urlopen(base + "/metrics", timeout=5) as response:
            assert response.headers["Content-Type"].startswith("text/plain; version=")
            assert b"faqbot_stage_latency_seconds_bucket" in response.read()
        assert scrape(base + "/metrics")  # parses as Prometheus text
    finally:
        httpd.shutdown()
        httpd.server_close()


# -- logs ------------------------------------------------------------------------
def test_json_logs_never_contain_tokens():
    settings = Settings(slack_bot_token="xoxb-1111-2222-abcdefabcdef",
                        slack_signing_secret="0123456789abcdef0123456789abcdef",
                        embed_api_key="my-embedding-key-42")
    stream = io.StringIO()
    handler = configure_logging(logging.INFO, "json", configured_secrets(settings), stream)
    try:
        log = logging.getLogger("bot.test")
        log.warning("posting with %s and secret %s", "xoxb-1111-2222-abcdefabcdef",
                    "0123456789abcdef0123456789abcdef", extra={"channel": "C1"})
        log.warning("header Authorization: Bearer my-embedding-key-42, app xapp-1-A0-123456789")
        try:
            raise RuntimeError("token xoxp-999-888-777-abcdef leaked in an exception")
        except RuntimeError:
            log.exception("failed")
    finally:
        logging.getLogger().removeHandler(handler)
    text = stream.getvalue()
    for secret in ("xoxb-1111", "0123456789abcdef0123", "my-embedding-key-42", "xapp-1-A0", "xoxp-999"):
        assert secret not in text
    records = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    assert records[0]["level"] == "warning" and records[0]["logger"] == "bot.test"
    assert records[0]["channel"] == "C1" and "[REDACTED]" in records[0]["msg"]
    assert "exc" in records[2] and "[REDACTED]" in records[2]["exc"]


# -- launcher --------------------------------------------------------------------
def test_embedding_launch_command():
    settings = Settings(embed_backend="sglang", embed_api_base="http://gpu:31000/v1")
    assert embed_command(settings) == [
        "python3", "-m", "sglang.launch_server", "--model-path", "Qwen/Qwen3-Embedding-0.6B",
        "--is-embedding", "--host", "0.0.0.0", "--port", "31000"]
    matryoshka = Settings(embed_backend="sglang", embed_dimensions=256,
                          sglang_embed_args="--mem-fraction-static 0.3")
    argv = embed_command(matryoshka)
    assert argv[argv.index("--json-model-override-args") + 1] == '{"is_matryoshka": true}'
    assert argv[-2:] == ["--mem-fraction-static", "0.3"] and "--port" in argv


def test_reranker_launch_command(tmp_path):
    template = tmp_path / "qwen3_reranker.jinja"
    settings = Settings(rerank_api_base="http://gpu:8002/v1", rerank_chat_template=str(template))
    argv = rerank_command(settings)
    assert "--is-embedding" not in argv
    assert argv[:5] == ["python3", "-m", "sglang.launch_server", "--model-path", RERANKER]
    assert {"--trust-remote-code", "--disable-radix-cache"} <= set(argv)
    assert argv[argv.index("--port") + 1] == "8002"
    assert argv[argv.index("--chat-template") + 1] == str(template)
    default = rerank_command(Settings())
    assert default[default.index("--chat-template") + 1].endswith(
        "examples/chat_template/qwen3_reranker.jinja")


def test_cli_prints_commands_and_exec_needs_the_gpu_extra(monkeypatch, capsys):
    monkeypatch.setenv("FAQBOT_EMBED_BACKEND", "sglang")
    monkeypatch.setenv("FAQBOT_EMBED_DIMENSIONS", "512")
    assert main(["sglang", "embed"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("python3 -m sglang.launch_server --model-path Qwen/Qwen3-Embedding-0.6B "
                          "--is-embedding")
    assert """--json-model-override-args '{"is_matryoshka": true}'""" in out
    assert main(["sglang", "rerank"]) == 0
    assert "--disable-radix-cache" in capsys.readouterr().out
    if "sglang" not in sys.modules:
        import importlib.util

        if importlib.util.find_spec("sglang") is None:
            assert main(["sglang", "embed", "--exec"]) == 2
            assert "pip install 'faqbot[gpu]'" in capsys.readouterr().err
    assert "sglang" not in sys.modules  # never imported on CPU

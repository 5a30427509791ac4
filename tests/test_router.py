"""Embeddings and reranking through the real sglang-router in front of two SGLang stand-ins.

The router is the PyPI sglang-router binary started with the flags `faqbot sglang router`
prints (health checks every second here instead of five). Covers: requests spread over
both workers, readiness and model checks through the router, the router's rewritten
/v1/rerank, a worker killed mid-run (no question fails), all workers down (users get the
"try again in a minute" error) and recovery without restarting the bot or the router.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
import time

import pytest

from bot.cli import main
from bot.embeddings.errors import EmbeddingServiceError
from bot.readiness import NotReadyError, ensure_ready
from bot.retrieval.rerank import RERANKED
from bot.service import FaqService
from bot.sglang_launch import ROUTER_FLAGS, LaunchError, router_command
from bot.slack.blocks import UNAVAILABLE, text_message
from bot.feedback.store import FeedbackStore
from bot.slack.replies import Replies
from bot.config import Settings
from production_support import RERANKER, sglang_settings
from sglang_router_process import RouterProcess
from sglang_standin import SGLangStandIn

QUESTIONS = ["I forgot my password", "how long does shipping take", "change my email address",
             "when will my parcel arrive", "reset password please", "update the email on my account"]


@pytest.fixture
def workers():
    started = [SGLangStandIn().start(), SGLangStandIn().start()]
    yield started
    for worker in started:
        worker.stop()


@pytest.fixture
def router(workers, tmp_path):
    process = RouterProcess([f"http://127.0.0.1:{w.port}" for w in workers], tmp_path / "router.log")
    process.start(healthy=2)
    yield process
    process.stop()


def router_settings(tmp_path, faq_dir, router, **overrides):
    overrides.setdefault("embed_batch_window_ms", 0)
    overrides.setdefault("embed_cache_size", 0)
    return sglang_settings(tmp_path, faq_dir, router, **overrides)


# -- the launch command -----------------------------------------------------------------
def test_router_command_parses_with_the_installed_sglang_router():
    from sglang_router.launch_router import parse_router_args

    settings = Settings(embed_api_base="http://router:30000/v1", router_policy="power_of_two",
                        sglang_router_args="--log-level warn")
    argv = router_command(["http://gpu-1:30000/v1", "http://gpu-2:30000"], settings)
    assert argv[:3] == ["python3", "-m", "sglang_router.launch_router"]
    args = parse_router_args(argv[3:])
    assert args.worker_urls == ["http://gpu-1:30000", "http://gpu-2:30000"]
    assert (args.port, args.policy) == (30000, "power_of_two")
    assert (args.prometheus_host, args.prometheus_port) == ("127.0.0.1", 29000)
    assert args.health_check_interval_secs == 5 and args.health_failure_threshold == 2
    assert args.cb_timeout_duration_secs == 10 and args.retry_max_retries == 3
    assert args.log_level == "warn"
    # the reranker's router: its own port and a Prometheus port that does not collide
    rerank = parse_router_args(router_command(["http://gpu-1:8001"], Settings(
        rerank_api_base="http://router:8001/v1"), "rerank")[3:])
    assert (rerank.port, rerank.prometheus_port) == (8001, 29001)
    assert len(ROUTER_FLAGS) % 2 == 0


@pytest.mark.parametrize("urls, message", [
    ([], "--worker-urls"),
    (["gpu-1:30000"], r"not http\(s\)://host:port"),
    (["http://gpu-1:30000/v1/embeddings"], "not a path"),
    (["http://gpu-1:30000", "http://gpu-1:30000/v1"], "given twice"),
])
def test_router_command_refuses_bad_worker_urls(urls, message):
    with pytest.raises(LaunchError, match=message):
        router_command(urls, Settings())


def test_cli_prints_the_router_command(capsys):
    assert main(["sglang", "router", "--worker-urls", "http://gpu-1:30000", "http://gpu-2:30000",
                 "--port", "31000", "--prometheus-port", "31001"]) == 0
    out = capsys.readouterr().out.splitlines()
    argv = shlex.split(out[0])
    assert argv[argv.index("--port") + 1] == "31000"
    assert argv[argv.index("--prometheus-port") + 1] == "31001"
    assert "FAQBOT_EMBED_API_BASE=http://ROUTER-HOST:31000/v1" in out[1]


def test_cli_exec_runs_the_router(tmp_path, workers):
    """`faqbot sglang router --exec` becomes the router: it serves on the given port."""
    process = RouterProcess([f"http://127.0.0.1:{w.port}" for w in workers], tmp_path / "r.log")
    argv = [sys.executable, "-m", "bot", "sglang", "router", "--exec", "--host", "127.0.0.1",
            "--port", str(process.port), "--prometheus-port", str(process.prometheus_port),
            "--worker-urls", *[f"http://127.0.0.1:{w.port}" for w in workers]]
    with open(process.log_path, "wb") as log:
        process.process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT,
                                           env={**_env(), "FAQBOT_SGLANG_ROUTER_ARGS": "--log-level warn"})
    try:
        assert process.wait_healthy(2)["status"] == "ready"
    finally:
        process.stop()


def _env():
    import os
    return {k: v for k, v in os.environ.items() if not k.startswith("FAQBOT_")}


# -- through the router -----------------------------------------------------------------
def test_questions_are_answered_through_the_router_and_spread_over_both_workers(
        tmp_path, faq_dir, workers, router):
    settings = router_settings(tmp_path, faq_dir, router)
    report = ensure_ready(settings, FaqService(settings), progress=lambda m: None, timeout=30)
    assert report.embedding.router.healthy == 2
    assert report.embedding.models == ["Qwen/Qwen3-Embedding-0.6B"]
    assert set(report.embedding.router.models.values()) == {"Qwen/Qwen3-Embedding-0.6B"}
    assert report.dimension == 1024
    before = [len(w.embedding_requests()) for w in workers]
    service = FaqService(settings)
    answers = [service.answer(q) for q in QUESTIONS * 2]
    sent = [len(w.embedding_requests()) - b for w, b in zip(workers, before)]
    assert sum(sent) >= len(answers) and min(sent) >= len(answers) // 2 - 1  # round robin
    direct = FaqService(router_settings(tmp_path, faq_dir, workers[0]))
    assert [a.to_json() for a in answers[:len(QUESTIONS)]] == [
        direct.answer(q).to_json() for q in QUESTIONS]
    assert answers[0].match.id == "reset-password"
    # the router passes the request through: Qwen3 query instruction kept, newline and all
    body = workers[0].embedding_requests()[-1].json
    assert body["input"][0].startswith("Instruct: ") and "\nQuery:" in body["input"][0]


def test_readiness_names_a_worker_serving_another_model(tmp_path, faq_dir, workers):
    other = SGLangStandIn(model_path="BAAI/bge-m3").start()
    process = RouterProcess([f"http://127.0.0.1:{p}" for p in (workers[0].port, other.port)],
                            tmp_path / "router.log").start(healthy=2)
    try:
        settings = router_settings(tmp_path, faq_dir, process)
        with pytest.raises(NotReadyError) as error:
            ensure_ready(settings, progress=lambda m: None, timeout=10)
        assert f"http://127.0.0.1:{other.port} serve 'BAAI/bge-m3'" in str(error.value)
    finally:
        process.stop()
        other.stop()


def test_model_and_dimension_checked_when_the_router_reports_model_unknown(tmp_path, faq_dir):
    plain = SGLangStandIn(has_model_info=False).start()
    no_matryoshka = SGLangStandIn(has_model_info=False, is_matryoshka=False).start()
    urls = [f"http://127.0.0.1:{w.port}" for w in (plain, no_matryoshka)]
    process = RouterProcess(urls, tmp_path / "router.log").start(healthy=2)
    try:
        settings = router_settings(tmp_path, faq_dir, process)
        status = ensure_ready(settings, progress=lambda m: None, timeout=10).embedding
        assert status.models == ["unknown"]  # and still ready: the probe named the model
        wrong = router_settings(tmp_path, faq_dir, process, embed_model="Qwen/Qwen3-Embedding-8B")
        with pytest.raises(NotReadyError, match="answer as \\['Qwen/Qwen3-Embedding-0.6B'\\]"):
            ensure_ready(wrong, progress=lambda m: None, timeout=10)
        # one probe per healthy worker: the one without Matryoshka is caught
        sized = router_settings(tmp_path, faq_dir, process, embed_dimensions=256)
        with pytest.raises(NotReadyError, match="is_matryoshka"):
            ensure_ready(sized, progress=lambda m: None, timeout=10)
    finally:
        process.stop()
        plain.stop()
        no_matryoshka.stop()


def test_reranking_through_the_router(tmp_path, faq_dir, workers, router, caplog):
    rerankers = [SGLangStandIn(model_path=RERANKER).start() for _ in range(2)]
    rerank_router = RouterProcess([f"http://127.0.0.1:{r.port}" for r in rerankers],
                                  tmp_path / "rerank-router.log", serves="rerank").start(healthy=2)
    try:
        settings = router_settings(tmp_path, faq_dir, router, rerank_api_base=rerank_router.base_url,
                                   rerank_top_n=2)
        report = ensure_ready(settings, FaqService(settings), progress=lambda m: None, timeout=30)
        assert report.reranker.models == [RERANKER] and report.reranker.router.healthy == 2
        service = FaqService(settings)
        answers = [service.answer(q) for q in QUESTIONS]
        assert answers[0].match.id == "reset-password"
        assert all(a.match is None or a.match.node.metadata[RERANKED] for a in answers) \
            if hasattr(answers[0].match, "node") else True
        sent = [r.rerank_requests() for r in rerankers]
        assert all(sent), "both reranker workers got requests"
        body = sent[0][0].json
        # what sgl-router forwards: top_n and instruct dropped, model "unknown"
        assert "top_n" not in body and "instruct" not in body and body["model"] == "unknown"
        assert len(body["documents"]) > 2  # every candidate is ranked; top-2 is kept by the bot
        assert "does not forward 'instruct'" in caplog.text
    finally:
        rerank_router.stop()
        for r in rerankers:
            r.stop()


def test_the_rerank_postprocessor_keeps_top_n_of_the_router_answer(tmp_path):
    from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

    reranker = SGLangStandIn(model_path=RERANKER).start()
    rerank_router = RouterProcess([f"http://127.0.0.1:{reranker.port}"], tmp_path / "rr.log",
                                  serves="rerank").start(healthy=1)
    try:
        from bot.retrieval.rerank import SGLangRerank

        nodes = [NodeWithScore(node=TextNode(text=t, metadata={"question": t}), score=0.5)
                 for t in ["how do I reset my password", "shipping time", "reset password link",
                           "change email"]]
        rerank = SGLangRerank(api_base=rerank_router.base_url, top_n=2)
        kept = rerank.postprocess_nodes(nodes, QueryBundle("reset my password"))
        assert {n.node.get_content() for n in kept} == {"how do I reset my password",
                                                         "reset password link"}
        assert kept[0].score >= kept[1].score
        assert all(n.node.metadata[RERANKED] for n in kept)
    finally:
        rerank_router.stop()
        reranker.stop()


# -- failures ---------------------------------------------------------------------------
def test_a_worker_killed_mid_run_fails_no_question(tmp_path, faq_dir, workers, router):
    settings = router_settings(tmp_path, faq_dir, router)
    service = FaqService(settings)
    service.load()
    expected = {q: service.answer(q).to_json() for q in QUESTIONS}
    workers[1].stop()  # killed: connections refused from now on
    survivor_before = len(workers[0].embedding_requests())
    answers = [(q, service.answer(q)) for _ in range(4) for q in QUESTIONS]  # none raises
    assert all(answer.to_json() == expected[q] for q, answer in answers)
    assert len(workers[0].embedding_requests()) - survivor_before >= len(answers)
    router.wait_healthy(1, timeout=15)  # the router's health checks drop it within seconds


def test_all_workers_down_then_back_without_restart(tmp_path, faq_dir, workers, router):
    settings = router_settings(tmp_path, faq_dir, router, embed_breaker_failures=2,
                               embed_breaker_reset=0.5)
    service = FaqService(settings)
    service.load()
    assert service.answer("I forgot my password").match.id == "reset-password"
    ports = [w.port for w in workers]
    for worker in workers:
        worker.stop()
    replies = Replies(service, FeedbackStore.open(f"sqlite:///{tmp_path / 'feedback.db'}"))
    for question in QUESTIONS[:3]:  # what a Slack user is told
        message = replies.to_question(question, user="U1", channel="C1")
        assert message == text_message(UNAVAILABLE) and "try again in a minute" in UNAVAILABLE
    router.wait_healthy(0, timeout=15)
    with pytest.raises(EmbeddingServiceError):
        service.answer("still down")

    back = [SGLangStandIn().start(port=port) for port in ports]
    try:
        router.wait_healthy(2, timeout=30)  # the same router process takes them back
        # Its per-worker circuits close after --cb-timeout-duration-secs (3 s here, 10 s as
        # deployed); until then users keep getting the same "try again" error, nothing worse.
        deadline = time.monotonic() + 20
        while True:
            try:
                answer = service.answer("I forgot my password")
                break
            except EmbeddingServiceError:
                assert time.monotonic() < deadline, "no recovery 20 s after the workers came back"
                time.sleep(0.2)
        assert answer.match.id == "reset-password"
        assert sum(len(w.embedding_requests()) for w in back) >= 1
    finally:
        for worker in back:
            worker.stop()


def test_the_router_command_in_the_deploy_guide_is_what_the_cli_prints(capsys, monkeypatch):
    from pathlib import Path

    for name in ("FAQBOT_EMBED_API_BASE", "FAQBOT_SGLANG_HOST", "FAQBOT_SGLANG_ROUTER_ARGS",
                 "FAQBOT_ROUTER_POLICY", "FAQBOT_ROUTER_PROMETHEUS_HOST", "FAQBOT_ROUTER_PROMETHEUS_PORT"):
        monkeypatch.delenv(name, raising=False)
    assert main(["sglang", "router", "--worker-urls", "http://gpu-1:30000", "http://gpu-2:30000",
                 "--port", "31000"]) == 0
    printed = capsys.readouterr().out.splitlines()[0]
    guide = (Path(__file__).resolve().parent.parent / "docs" / "deploy-gpu.md").read_text()
    assert printed in guide.splitlines()

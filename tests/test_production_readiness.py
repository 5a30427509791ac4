"""Start-up readiness against the SGLang stand-in over real HTTP, and Matryoshka end to end."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.index.storage import IndexMismatchError, load_index
from bot.readiness import NotReadyError, ensure_ready, prepare_to_serve
from bot.service import FaqService
from production_support import RERANKER, free_port, sglang_settings
from sglang_standin import SGLangStandIn


def test_waits_while_the_server_is_starting_then_reports_ready(tmp_path, faq_dir):
    server = SGLangStandIn(starting=True).start()
    messages = []

    def progress(message: str) -> None:
        messages.append(message)
        if message.startswith("waiting"):
            server.starting = False  # the model finished loading

    try:
        settings = sglang_settings(tmp_path, faq_dir, server)
        report = ensure_ready(settings, FaqService(settings), progress=progress, timeout=60,
                              interval=0.01)
        assert "waiting for embedding server" in messages[0] and "503" in messages[0]
        assert any("is ready" in m for m in messages)
        assert len(server.health_checks()) >= 2
        assert report.embedding.models == ["Qwen/Qwen3-Embedding-0.6B"]
        assert report.dimension == 1024 and report.index_generation
        assert "ready to serve" in messages[-1]
    finally:
        server.stop()


def test_gives_up_at_the_deadline_with_advice(tmp_path, faq_dir):
    server = SGLangStandIn(starting=True).start()
    try:
        settings = sglang_settings(tmp_path, faq_dir, server)
        with pytest.raises(NotReadyError) as error:
            ensure_ready(settings, progress=lambda m: None, timeout=0.2, interval=0.02)
        message = str(error.value)
        assert "not ready after" in message and "/health answers 503" in message
        assert "faqbot sglang embed" in message and "FAQBOT_READY_TIMEOUT" in message
        assert not (tmp_path / "index_store").exists()  # never got as far as indexing
    finally:
        server.stop()


def test_unreachable_server_times_out(tmp_path, faq_dir):
    settings = sglang_settings(tmp_path, faq_dir, None, embed_api_base=f"http://127.0.0.1:{free_port()}/v1")
    with pytest.raises(NotReadyError, match="unreachable"):
        ensure_ready(settings, progress=lambda m: None, timeout=0.2, interval=0.02)


def test_wrong_served_model_is_refused(tmp_path, faq_dir):
    server = SGLangStandIn(served_model_name="BAAI/bge-m3").start()
    try:
        settings = sglang_settings(tmp_path, faq_dir, server)
        with pytest.raises(NotReadyError) as error:
            ensure_ready(settings, progress=lambda m: None, timeout=5, interval=0.01)
        assert "['BAAI/bge-m3']" in str(error.value) and "FAQBOT_EMBED_MODEL" in str(error.value)
    finally:
        server.stop()


def test_reranker_is_waited_for_and_its_model_checked(tmp_path, faq_dir, sglang_server):
    reranker = SGLangStandIn(model_path=RERANKER, starting=True).start()
    messages = []

    def progress(message):
        messages.append(message)
        if message.startswith("waiting for reranker"):
            reranker.starting = False

    try:
        settings = sglang_settings(tmp_path, faq_dir, sglang_server, rerank_api_base=reranker.base_url)
        report = ensure_ready(settings, progress=progress, timeout=30, interval=0.01)
        assert report.reranker.models == [RERANKER]
        assert any("waiting for reranker" in m for m in messages)

        wrong = sglang_settings(tmp_path, faq_dir, sglang_server, rerank_api_base=reranker.base_url,
                                rerank_model="BAAI/bge-reranker-v2-m3")
        with pytest.raises(NotReadyError, match="FAQBOT_RERANK_MODEL"):
            ensure_ready(wrong, progress=lambda m: None, timeout=5, interval=0.01)
    finally:
        reranker.stop()


# -- Matryoshka dimensions, end to end ------------------------------------------
def test_index_and_query_at_a_configured_dimension(tmp_path, faq_dir, sglang_server):
    settings = sglang_settings(tmp_path, faq_dir, sglang_server, embed_dimensions=256)
    service = FaqService(settings)
    service.build()
    manifest = load_index(settings.index_dir).manifest
    assert manifest.signature.dimension == 256
    assert service.stored.store.dimension == 256

    answer = service.answer("I forgot my password")
    assert answer.candidates[0].node.metadata["faq_id"] == "reset-password"
    requests = sglang_server.embedding_requests()
    assert requests and all(r.json["dimensions"] == 256 for r in requests)
    query = [r for r in requests if r.json["input"][0].startswith("Instruct: ")]
    assert len(query) == 1
    report = ensure_ready(settings, FaqService(settings), progress=lambda m: None, timeout=5)
    assert report.dimension == 256


def test_another_configured_dimension_is_refused(tmp_path, faq_dir, sglang_server):
    FaqService(sglang_settings(tmp_path, faq_dir, sglang_server, embed_dimensions=256)).build()
    other = sglang_settings(tmp_path, faq_dir, sglang_server, embed_dimensions=512)
    with pytest.raises(IndexMismatchError) as error:
        FaqService(other).load(build_if_missing=False)
    assert "dimension: index has 256, configured 512" in str(error.value)
    assert "faqbot index --rebuild" in str(error.value)
    with pytest.raises(NotReadyError, match="dimension: index has 256"):
        ensure_ready(other, FaqService(other), progress=lambda m: None, timeout=5)


def test_server_dimension_that_differs_from_the_index_is_refused(tmp_path, faq_dir, sglang_server):
    """Index at 256, bot configured without a dimension: the probe sees 1024 and refuses."""
    FaqService(sglang_settings(tmp_path, faq_dir, sglang_server, embed_dimensions=256)).build()
    unset = sglang_settings(tmp_path, faq_dir, sglang_server)
    with pytest.raises(NotReadyError) as error:
        ensure_ready(unset, progress=lambda m: None, timeout=5)
    message = str(error.value)
    assert "returns 1024-dimensional vectors" in message and "holds 256-dimensional" in message
    assert "FAQBOT_EMBED_DIMENSIONS=256" in message


def test_server_without_matryoshka_is_refused_with_the_launch_fix(tmp_path, faq_dir):
    server = SGLangStandIn(is_matryoshka=False).start()
    try:
        settings = sglang_settings(tmp_path, faq_dir, server, embed_dimensions=256)
        with pytest.raises(NotReadyError) as error:
            ensure_ready(settings, progress=lambda m: None, timeout=5)
        assert "does not support matryoshka" in str(error.value)
        assert "is_matryoshka" in str(error.value) and "faqbot sglang embed" in str(error.value)
    finally:
        server.stop()


def test_sglang_check_command_refuses_a_mismatch(tmp_path, faq_dir, sglang_server, monkeypatch, capsys):
    FaqService(sglang_settings(tmp_path, faq_dir, sglang_server, embed_dimensions=256)).build()
    monkeypatch.setenv("FAQBOT_EMBED_BACKEND", "sglang")
    monkeypatch.setenv("FAQBOT_EMBED_API_BASE", sglang_server.base_url)
    monkeypatch.setenv("FAQBOT_READY_TIMEOUT", "5")
    args = ["--faq-dir", str(faq_dir), "--index-dir", str(tmp_path / "index_store"), "sglang", "check"]
    assert main(args) == 2
    assert "holds 256-dimensional" in capsys.readouterr().err
    monkeypatch.setenv("FAQBOT_EMBED_DIMENSIONS", "256")
    assert main(args) == 0


def test_prepare_to_serve_starts_the_metrics_server_when_configured(tmp_path, faq_dir, sglang_server):
    from urllib.request import urlopen

    settings = sglang_settings(tmp_path, faq_dir, sglang_server, metrics_port=0)
    server = prepare_to_serve(settings, progress=lambda m: None)
    try:
        with urlopen(server.url + "/metrics", timeout=5) as response:
            assert b"faqbot_questions_total" in response.read()
    finally:
        server.stop()
    assert prepare_to_serve(sglang_settings(tmp_path, faq_dir, sglang_server),
                            progress=lambda m: None) is None


def test_serve_refuses_before_loading_anything(tmp_path, faq_dir, sglang_server, slack_api, monkeypatch,
                                               capsys):
    FaqService(sglang_settings(tmp_path, faq_dir, sglang_server, embed_dimensions=256)).build()
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-not-a-real-token")  # tokens are checked first
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "not-a-real-secret")
    # Slack (auth.test) is checked before SGLang: the stand-in accepts the token.
    monkeypatch.setenv("FAQBOT_SLACK_API_URL", slack_api.api_url)
    monkeypatch.setenv("FAQBOT_PORT", "0")
    monkeypatch.setenv("FAQBOT_EMBED_BACKEND", "sglang")
    monkeypatch.setenv("FAQBOT_EMBED_API_BASE", sglang_server.base_url)
    monkeypatch.setenv("FAQBOT_READY_TIMEOUT", "5")
    code = main(["--faq-dir", str(faq_dir), "--index-dir", str(tmp_path / "index_store"), "serve"])
    err = capsys.readouterr().err
    assert code == 2 and "holds 256-dimensional" in err and "FAQBOT_EMBED_DIMENSIONS=256" in err
    assert "xoxb-not-a-real-token" not in err  # secrets unprinted


def test_serve_reports_a_missing_slack_token_before_waiting_for_sglang(tmp_path, faq_dir, monkeypatch, capsys):
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FAQBOT_EMBED_BACKEND", "sglang")
    monkeypatch.setenv("FAQBOT_EMBED_API_BASE", "http://127.0.0.1:9/v1")  # nothing listens there
    monkeypatch.setenv("FAQBOT_READY_TIMEOUT", "600")
    code = main(["--faq-dir", str(faq_dir), "--index-dir", str(tmp_path / "index_store"), "serve"])
    assert code == 2 and "SLACK_BOT_TOKEN is not set" in capsys.readouterr().err

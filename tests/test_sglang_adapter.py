"""The SGLang adapter over real HTTP against a recording stand-in: exact bytes sent."""

import asyncio
import socket

import numpy as np
import pytest

from bot.config import DEFAULT_INSTRUCTION
from bot.embeddings.prompts import PromptStyle
from bot.embeddings.sglang import EmbeddingServiceError, SGLangEmbedding
from sglang_standin import SGLangStandIn, fake_vector


def adapter(server, **kwargs) -> SGLangEmbedding:
    kwargs.setdefault("max_retries", 0)
    return SGLangEmbedding(api_base=server.base_url, api_key="sk-secret-token", **kwargs)


def test_query_carries_qwen3_instruction_with_newline_and_no_space(sglang_server):
    vector = adapter(sglang_server).get_query_embedding("怎么修改密码？\nthanks")
    (request,) = sglang_server.embedding_requests()
    expected = f"Instruct: {DEFAULT_INSTRUCTION}\nQuery:怎么修改密码？\nthanks"
    assert request.json == {
        "model": "Qwen/Qwen3-Embedding-0.6B",
        "input": [expected],
        "encoding_format": "float",
    }
    assert b"\\nQuery:\\u600e" in request.body or "\\nQuery:怎".encode() in request.body
    assert np.allclose(vector, fake_vector(expected, 1024), atol=1e-6)


def test_documents_are_sent_without_instruction_in_batches(sglang_server):
    texts = [f"line one {i}\nline two" for i in range(5)]
    vectors = adapter(sglang_server, embed_batch_size=2).get_text_embedding_batch(texts)
    batches = [r.json["input"] for r in sglang_server.embedding_requests()]
    assert batches == [texts[0:2], texts[2:4], texts[4:5]]
    assert len(vectors) == 5 and np.isclose(np.linalg.norm(vectors[0]), 1.0)


def test_dimensions_are_forwarded_and_vectors_renormalised(sglang_server):
    vector = adapter(sglang_server, dimensions=256).get_text_embedding("hello world")
    (request,) = sglang_server.embedding_requests()
    assert request.json["dimensions"] == 256
    assert len(vector) == 256 and np.isclose(np.linalg.norm(vector), 1.0)


def test_base64_responses_are_decoded(sglang_server):
    vector = adapter(sglang_server, encoding_format="base64").get_text_embedding("refund please")
    (request,) = sglang_server.embedding_requests()
    assert request.json["encoding_format"] == "base64"
    assert np.allclose(vector, fake_vector("refund please", 1024), atol=1e-6)


def test_servers_that_ignore_encoding_format_still_work():
    server = SGLangStandIn(honour_encoding_format=False).start()
    try:
        vector = adapter(server, encoding_format="base64").get_text_embedding("refund please")
        assert np.allclose(vector, fake_vector("refund please", 1024), atol=1e-6)
    finally:
        server.stop()


def test_async_paths_send_the_same_requests(sglang_server):
    model = adapter(sglang_server, embed_batch_size=3)

    async def run():
        query = await model.aget_query_embedding("where is my order")
        docs = await model.aget_text_embedding_batch(["a b", "c d", "e f", "g h"])
        return query, docs

    query, docs = asyncio.run(run())
    inputs = [r.json["input"] for r in sglang_server.embedding_requests()]
    assert inputs[0] == [f"Instruct: {DEFAULT_INSTRUCTION}\nQuery:where is my order"]
    assert sorted(inputs[1:]) == [["a b", "c d", "e f"], ["g h"]]
    assert len(query) == 1024 and len(docs) == 4


def test_transient_errors_are_retried_within_bound(sglang_server):
    sglang_server.fail_statuses = [503]
    adapter(sglang_server, max_retries=1).get_text_embedding("retry me")
    assert len(sglang_server.embedding_requests()) == 2
    sglang_server.fail_statuses = [500, 500, 500]
    with pytest.raises(EmbeddingServiceError, match="answered HTTP 500"):
        adapter(sglang_server, max_retries=1).get_text_embedding("retry me")
    assert len(sglang_server.embedding_requests()) == 4


def test_unreachable_server_gives_a_clear_error_without_the_api_key():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    model = SGLangEmbedding(api_base=f"http://127.0.0.1:{port}/v1", api_key="sk-secret-token",
                            max_retries=0, timeout=2)
    with pytest.raises(EmbeddingServiceError) as caught:
        model.get_query_embedding("hello")
    assert f"127.0.0.1:{port}" in str(caught.value) and "unreachable" in str(caught.value)
    assert "sk-secret-token" not in str(caught.value)


def test_wrong_dimension_is_a_clear_error(sglang_server):
    with pytest.raises(EmbeddingServiceError, match=r"\[1024\]-dimensional vectors, expected 768"):
        adapter(sglang_server, expected_dimension=768).get_text_embedding("hello")


def test_server_rejecting_dimensions_is_reported():
    server = SGLangStandIn(is_matryoshka=False).start()
    try:
        with pytest.raises(EmbeddingServiceError, match="HTTP 400.*matryoshka"):
            adapter(server, dimensions=128).get_text_embedding("hello")
    finally:
        server.stop()


@pytest.mark.parametrize(
    "style, query, document",
    [
        (PromptStyle("qwen3", "Find the FAQ"), "Instruct: Find the FAQ\nQuery:hi", "hi"),
        (PromptStyle("e5"), "query: hi", "passage: hi"),
        (PromptStyle("none"), "hi", "hi"),
    ],
)
def test_prompt_styles(style, query, document):
    assert (style.format_query("hi"), style.format_document("hi")) == (query, document)


def test_unknown_prompt_style_is_rejected():
    with pytest.raises(ValueError, match="unknown prompt style"):
        PromptStyle("bert")

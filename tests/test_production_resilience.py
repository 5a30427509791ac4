"""Resilient embedding wrapper over real HTTP: circuit breaker, retries, LRU cache, batching."""

from __future__ import annotations

import asyncio
import threading

import numpy as np
import pytest

from bot.embeddings import build_embed_model
from bot.embeddings.resilient import ResilientEmbedding
from bot.embeddings.sglang import EmbeddingServiceError, SGLangEmbedding
from bot.resilience import CLOSED, HALF_OPEN, OPEN, CircuitBreaker, CircuitOpenError
from bot.service import FaqService
from production_support import FakeClock, sglang_settings
from sglang_standin import SGLangStandIn, fake_vector


def wrapped(server, **kwargs) -> ResilientEmbedding:
    inner = SGLangEmbedding(api_base=server.base_url, api_key="EMPTY", max_retries=0, timeout=5.0)
    kwargs.setdefault("retries", 0)
    kwargs.setdefault("batch_window", 0.0)
    return ResilientEmbedding(inner=inner, **kwargs)


# -- circuit breaker ------------------------------------------------------------
def test_breaker_opens_after_consecutive_failures_fails_fast_then_closes_after_probe():
    server = SGLangStandIn().start()
    port = server.port
    clock = FakeClock()
    model = wrapped(server, cache_size=0, failure_threshold=3, reset_timeout=30.0, clock=clock)
    assert len(model.get_query_embedding("before the outage")) == 1024

    server.stop()
    for i in range(3):
        with pytest.raises(EmbeddingServiceError) as error:
            model.get_query_embedding(f"during the outage {i}")
        assert error.value.reason == "unreachable"
    assert model.breaker.state == OPEN

    server = SGLangStandIn().start(port=port)  # back, but the breaker is still open
    try:
        with pytest.raises(EmbeddingServiceError) as error:
            model.get_query_embedding("while open")
        assert error.value.reason == "circuit_open" and "circuit is open" in str(error.value)
        assert server.embedding_requests() == []  # failed fast: nothing was sent

        clock.advance(30.0)
        assert model.breaker.state == HALF_OPEN
        assert len(model.get_query_embedding("probe after cool-down")) == 1024
        assert model.breaker.state == CLOSED
        model.get_query_embedding("normal again")
        assert len(server.embedding_requests()) == 2
    finally:
        server.stop()


def test_failed_probe_reopens_the_breaker_for_another_cool_down():
    server = SGLangStandIn().start()
    clock = FakeClock()
    model = wrapped(server, cache_size=0, failure_threshold=2, reset_timeout=10.0, clock=clock)
    server.stop()
    for i in range(2):
        with pytest.raises(EmbeddingServiceError):
            model.get_query_embedding(f"q{i}")
    clock.advance(10.0)
    with pytest.raises(EmbeddingServiceError) as error:
        model.get_query_embedding("probe while still down")
    assert error.value.reason == "unreachable"  # the probe really went out
    assert model.breaker.state == OPEN
    with pytest.raises(EmbeddingServiceError) as error:
        model.get_query_embedding("right after the failed probe")
    assert error.value.reason == "circuit_open"


def test_an_answering_server_never_opens_the_breaker():
    """HTTP 400 means the server is up: not a breaker failure."""
    server = SGLangStandIn(is_matryoshka=False).start()
    try:
        inner = SGLangEmbedding(api_base=server.base_url, max_retries=0, dimensions=256)
        model = ResilientEmbedding(inner=inner, retries=0, batch_window=0, cache_size=0,
                                   failure_threshold=2)
        for i in range(4):
            with pytest.raises(EmbeddingServiceError) as error:
                model.get_query_embedding(f"question {i}")
            assert error.value.reason == "http"
        assert model.breaker.state == CLOSED and len(server.embedding_requests()) == 4
    finally:
        server.stop()


def test_breaker_allows_a_single_probe_while_half_open():
    clock = FakeClock()
    breaker = CircuitBreaker("test", failure_threshold=1, reset_timeout=5.0, clock=clock)
    breaker.before_call()
    breaker.record_failure()
    clock.advance(5.0)
    breaker.before_call()  # the probe
    with pytest.raises(CircuitOpenError):
        breaker.before_call()  # a second caller meanwhile fails fast
    breaker.record_success()
    breaker.before_call()
    assert breaker.state == CLOSED


def test_transient_failures_are_retried_and_client_errors_are_not(sglang_server):
    sglang_server.fail_statuses = [503, 503]
    model = wrapped(sglang_server, retries=2, retry_max_wait=0.01, cache_size=0)
    assert len(model.get_query_embedding("retried twice")) == 1024
    assert len(sglang_server.embedding_requests()) == 3

    sglang_server.fail_statuses = [503]
    no_retry = wrapped(sglang_server, retries=0, cache_size=0)
    with pytest.raises(EmbeddingServiceError):
        no_retry.get_query_embedding("not retried")
    assert len(sglang_server.embedding_requests()) == 4


def test_async_breaker_fails_fast_too():
    server = SGLangStandIn().start()
    clock = FakeClock()
    model = wrapped(server, cache_size=0, failure_threshold=1, reset_timeout=60.0, clock=clock)
    server.stop()

    async def run():
        with pytest.raises(EmbeddingServiceError):
            await model.aget_query_embedding("first")
        with pytest.raises(EmbeddingServiceError) as error:
            await model.aget_query_embedding("second")
        return error.value.reason

    assert asyncio.run(run()) == "circuit_open"


# -- cache --------------------------------------------------------------------
def test_repeated_question_is_served_from_the_cache(sglang_server):
    model = wrapped(sglang_server, cache_size=8)
    first = model.get_query_embedding("How do I reset my password?")
    second = model.get_query_embedding("How do I reset my password?")
    assert first == second
    assert len(sglang_server.embedding_requests()) == 1
    model.get_query_embedding("Another question")
    assert len(sglang_server.embedding_requests()) == 2


def test_without_cache_every_question_costs_a_request(sglang_server):
    model = wrapped(sglang_server, cache_size=0)
    model.get_query_embedding("same")
    model.get_query_embedding("same")
    assert len(sglang_server.embedding_requests()) == 2


def test_cache_is_lru_bounded_and_shared_by_async(sglang_server):
    model = wrapped(sglang_server, cache_size=2)
    for text in ("a", "b", "a", "c"):  # "b" is least recently used when "c" arrives
        model.get_query_embedding(text)
    assert len(sglang_server.embedding_requests()) == 3
    asyncio.run(model.aget_query_embedding("a"))
    assert len(sglang_server.embedding_requests()) == 3
    model.get_query_embedding("b")
    assert len(sglang_server.embedding_requests()) == 4


def test_document_embeddings_bypass_the_query_cache(sglang_server):
    model = wrapped(sglang_server, cache_size=8)
    model.get_text_embedding("shipping")
    model.get_text_embedding("shipping")
    assert len(sglang_server.embedding_requests()) == 2


# -- batching -----------------------------------------------------------------
QUESTIONS = [f"question number {i} about refunds" for i in range(8)]


def concurrent_queries(model, questions) -> list:
    barrier = threading.Barrier(len(questions))
    results = [None] * len(questions)

    def ask(index: int) -> None:
        barrier.wait()
        results[index] = model.get_query_embedding(questions[index])

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(questions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_concurrent_questions_share_one_request(sglang_server):
    # A wide window, and a batch that flushes as soon as it is full.
    model = wrapped(sglang_server, cache_size=0, batch_window=10.0, max_batch=len(QUESTIONS))
    results = concurrent_queries(model, QUESTIONS)
    requests = sglang_server.embedding_requests()
    assert len(requests) == 1
    formatted = [model.inner.style.format_query(q) for q in QUESTIONS]
    assert sorted(requests[0].json["input"]) == sorted(formatted)
    for text, vector in zip(formatted, results):  # each caller got its own vector back
        assert np.allclose(vector, fake_vector(text, 1024), atol=1e-6)


def test_without_batching_each_question_is_its_own_request(sglang_server):
    model = wrapped(sglang_server, cache_size=0, batch_window=0.0)
    concurrent_queries(model, QUESTIONS)
    assert len(sglang_server.embedding_requests()) == len(QUESTIONS)


def test_concurrent_async_questions_share_one_request(sglang_server):
    model = wrapped(sglang_server, cache_size=0, batch_window=10.0, max_batch=len(QUESTIONS))

    async def run():
        return await asyncio.gather(*(model.aget_query_embedding(q) for q in QUESTIONS))

    results = asyncio.run(run())
    assert len(sglang_server.embedding_requests()) == 1
    assert [len(r) for r in results] == [1024] * len(QUESTIONS)
    assert not np.allclose(results[0], results[1])


def test_a_failed_batch_fails_every_waiting_question():
    server = SGLangStandIn().start()
    model = wrapped(server, cache_size=0, batch_window=10.0, max_batch=4, failure_threshold=50)
    server.stop()
    errors = []

    def ask(i):
        try:
            model.get_query_embedding(f"q{i}")
        except EmbeddingServiceError as error:
            errors.append(error)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(errors) == 4


def test_faq_service_batches_concurrent_questions_end_to_end(tmp_path, faq_dir, sglang_server):
    settings = sglang_settings(tmp_path, faq_dir, sglang_server, embed_batch_window_ms=10_000.0,
                               embed_batch_size=6, embed_cache_size=0)
    service = FaqService(settings)
    service.load()
    before = len(sglang_server.embedding_requests())
    questions = ["how do I reset my password", "refund please", "shipping time", "change email",
                 "forgot password", "when will my parcel arrive"]
    barrier = threading.Barrier(len(questions))
    answers = {}

    def ask(q):
        barrier.wait()
        answers[q] = service.answer(q)

    threads = [threading.Thread(target=ask, args=(q,)) for q in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(sglang_server.embedding_requests()) - before < len(questions)
    assert answers["refund please"].candidates[0].node.metadata["faq_id"] == "refund"


def test_build_embed_model_wraps_sglang_with_configured_resilience(tmp_path, faq_dir, sglang_server):
    settings = sglang_settings(tmp_path, faq_dir, sglang_server, embed_cache_size=7,
                               embed_breaker_failures=4, embed_batch_window_ms=2.0, embed_max_retries=3)
    model = build_embed_model(settings)
    assert isinstance(model, ResilientEmbedding)
    assert model.inner.max_retries == 0  # the wrapper retries, under the breaker
    assert (model.cache.size, model.breaker.failure_threshold, model.batch_window, model.retries) == (
        7, 4, 0.002, 3)

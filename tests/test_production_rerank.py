"""The Qwen3-Reranker second stage over real HTTP: wire format, order applied, fallback."""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.request

import pytest

from bot.metrics import METRICS
from bot.retrieval.rerank import FIRST_STAGE_SCORE, RERANKED, SGLangRerank
from bot.profiles import profile_for
from bot.service import FaqService
from production_support import RERANKER, FakeClock, free_port, sglang_settings
from sglang_standin import SGLangStandIn

FAVOURITE = "Can I get a refund?"


def favour_refunds(query: str, document: str, instruct) -> float:
    """A reranker with a strong opinion: the refund entry, whatever is asked."""
    return 0.97 if document.startswith(FAVOURITE) else 0.05


@pytest.fixture
def reranker():
    server = SGLangStandIn(model_path=RERANKER, rerank_scorer=favour_refunds).start()
    yield server
    server.stop()


def ids(answer) -> list[str]:
    return [n.node.metadata["faq_id"] for n in answer.candidates]


def post(url: str, body: dict, method: str = "POST"):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


# -- the stand-in speaks SGLang's /v1/rerank ---------------------------------------
def test_standin_rerank_wire_format(reranker):
    url = reranker.base_url + "/rerank"
    status, results = post(url, {"query": "refund?", "documents": ["a", FAVOURITE, "b"], "top_n": 2})
    assert status == 200 and isinstance(results, list)
    assert results == [
        {"score": 0.97, "document": FAVOURITE, "index": 1, "meta_info": None},
        {"score": 0.05, "document": "a", "index": 0, "meta_info": None},
    ]
    status, results = post(url, {"query": "q", "documents": ["a", "b"], "return_documents": False},
                           method="PUT")
    assert status == 200 and all("document" not in r for r in results) and len(results) == 2
    assert post(url, {"query": "", "documents": ["a"]}) == (400, {
        "object": "error", "message": "Query cannot be empty", "type": "BadRequestError",
        "param": None, "code": 400})
    assert post(url, {"query": "q", "documents": []})[1]["message"] == "Documents cannot be empty"


# -- order applied ----------------------------------------------------------------
def test_reranked_order_and_scores_are_applied(tmp_path, faq_dir, sglang_server, reranker):
    plain = FaqService(sglang_settings(tmp_path, faq_dir, sglang_server))
    first_stage = plain.answer("How do I reset my password?")
    assert ids(first_stage)[0] == "reset-password"

    settings = sglang_settings(tmp_path, faq_dir, sglang_server, rerank_api_base=reranker.base_url)
    service = FaqService(settings)
    answer = service.answer("How do I reset my password?")
    assert ids(answer)[0] == "refund" and set(ids(answer)) == set(ids(first_stage))
    assert answer.match is not None and answer.match.id == "refund" and answer.match.score == 0.97
    top = answer.candidates[0]
    first_scores = {n.node.metadata["faq_id"]: n.score for n in first_stage.candidates}
    assert top.node.metadata[FIRST_STAGE_SCORE] == pytest.approx(first_scores["refund"])
    assert top.node.metadata[RERANKED] is True
    assert [n.score for n in answer.candidates[1:]] == [0.05] * (len(answer.candidates) - 1)

    (request,) = reranker.rerank_requests()
    body = request.json
    assert body["query"] == "How do I reset my password?"
    assert body["instruct"] == settings.rerank_instruction and body["return_documents"] is False
    assert body["model"] == RERANKER and "top_n" not in body
    by_question = {d.splitlines()[0]: d for d in body["documents"]}
    assert by_question["How do I reset my password?"] == (
        "How do I reset my password?\nI forgot my password\n忘记密码了怎么办")
    assert len(body["documents"]) == len(first_stage.candidates)


def test_cutoff_applies_to_the_reranked_score(tmp_path, faq_dir, sglang_server, reranker):
    settings = sglang_settings(tmp_path, faq_dir, sglang_server, rerank_api_base=reranker.base_url)
    service = FaqService(settings)
    assert service.answerer.cutoff.similarity_cutoff == 0.5  # Qwen3-Reranker's yes/no boundary
    reranker.rerank_scorer = lambda q, d, i: 0.3  # relevant to nothing
    answer = service.answer("How do I reset my password?")
    assert answer.match is None and answer.suggestions


def test_question_only_documents_and_top_n(tmp_path, faq_dir, sglang_server, reranker):
    settings = sglang_settings(tmp_path, faq_dir, sglang_server, rerank_api_base=reranker.base_url,
                               rerank_with_alternates=False, rerank_top_n=2)
    answer = FaqService(settings).answer("How long does shipping take?")
    (request,) = reranker.rerank_requests()
    assert request.json["top_n"] == 2
    assert "How long does shipping take?" in request.json["documents"]
    assert all("\n" not in d for d in request.json["documents"])
    assert len(answer.candidates) == 2 and ids(answer)[0] == "refund"


def test_async_answer_is_reranked_too(tmp_path, faq_dir, sglang_server, reranker):
    settings = sglang_settings(tmp_path, faq_dir, sglang_server, rerank_api_base=reranker.base_url)
    service = FaqService(settings)
    answer = asyncio.run(service.aanswer("How long does shipping take?"))
    assert ids(answer)[0] == "refund" and len(reranker.rerank_requests()) == 1


def test_postprocessor_async_api(reranker):
    from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

    nodes = [NodeWithScore(node=TextNode(text="a", metadata={"question": q, "alternates": []}), score=s)
             for q, s in (("Where is my parcel?", 0.9), (FAVOURITE, 0.7))]
    rerank = SGLangRerank(api_base=reranker.base_url)
    out = asyncio.run(rerank.apostprocess_nodes(nodes, QueryBundle("money back")))
    assert [n.node.metadata["question"] for n in out] == [FAVOURITE, "Where is my parcel?"]
    assert nodes[0].node.metadata.get(FIRST_STAGE_SCORE) is None  # inputs are not mutated


# -- fallback ----------------------------------------------------------------------
def test_falls_back_to_the_first_stage_when_the_reranker_is_down(tmp_path, faq_dir, sglang_server, caplog):
    plain = FaqService(sglang_settings(tmp_path, faq_dir, sglang_server))
    down = f"http://127.0.0.1:{free_port()}/v1"
    service = FaqService(sglang_settings(tmp_path, faq_dir, sglang_server, rerank_api_base=down,
                                         rerank_max_retries=0))
    before = METRICS.rerank_fallbacks.labels("unreachable")._value.get()
    for question in ("How do I reset my password?", "what is the meaning of life"):
        expected = plain.answer(question)
        with caplog.at_level(logging.WARNING, logger="bot.retrieval.rerank"):
            answer = service.answer(question)
        assert ids(answer) == ids(expected)
        assert (answer.match is None) == (expected.match is None)  # the first stage's decision
        assert all(n.node.metadata[RERANKED] is False for n in answer.candidates)
        assert [n.node.metadata[FIRST_STAGE_SCORE] for n in answer.candidates] == pytest.approx(
            [n.score for n in expected.candidates])
    assert "reranker at" in caplog.text and "using the first-stage ranking" in caplog.text
    assert METRICS.rerank_fallbacks.labels("unreachable")._value.get() == before + 2


def test_fallback_keeps_the_first_stage_decision_across_score_scales(tmp_path, faq_dir, sglang_server):
    """Cutoffs differ (0.5 reranked, 0.60 first stage): fallback scores are shifted so that a
    first-stage score just under 0.60 is still "not sure", and one above it still answers."""
    settings = sglang_settings(tmp_path, faq_dir, sglang_server,
                               rerank_api_base=f"http://127.0.0.1:{free_port()}/v1", rerank_max_retries=0)
    service = FaqService(settings)
    service.load()
    assert service.reranker.fallback_shift == pytest.approx(0.5 - profile_for("Qwen/Qwen3-Embedding-0.6B").cutoff)
    from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

    nodes = [NodeWithScore(node=TextNode(text="x", metadata={"question": "q"}), score=s) for s in (0.59, 0.61)]
    out = service.reranker.postprocess_nodes(nodes, QueryBundle("anything"))
    kept = service.answerer.cutoff.postprocess_nodes(out)
    assert [n.node.metadata[FIRST_STAGE_SCORE] for n in kept] == [0.61]


@pytest.mark.parametrize("failure", ["http500", "malformed"])
def test_falls_back_on_server_errors_and_bad_answers(tmp_path, faq_dir, sglang_server, failure):
    bad = SGLangStandIn(model_path=RERANKER)
    if failure == "http500":
        bad.fail_statuses = [500, 500]
    else:
        bad.rerank = lambda request: (200, [{"score": 0.9, "index": 99}])  # index out of range
    bad.start()
    try:
        service = FaqService(sglang_settings(tmp_path, faq_dir, sglang_server, rerank_api_base=bad.base_url,
                                             rerank_max_retries=1))
        answer = service.answer("How long does shipping take?")
        assert ids(answer)[0] == "shipping-time"
        assert answer.candidates[0].node.metadata[RERANKED] is False
        assert len(bad.rerank_requests()) == (2 if failure == "http500" else 1)  # 5xx retried once
    finally:
        bad.stop()


def test_reranker_circuit_opens_so_a_dead_reranker_costs_nothing(reranker):
    from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

    clock = FakeClock()
    rerank = SGLangRerank(api_base=reranker.base_url, max_retries=0, failure_threshold=2,
                          reset_timeout=30, clock=clock)
    nodes = [NodeWithScore(node=TextNode(text="a", metadata={"question": "q"}), score=0.8)]
    reranker.fail_statuses = [503, 503]
    for _ in range(2):
        assert rerank.postprocess_nodes(nodes, QueryBundle("x"))[0].node.metadata[RERANKED] is False
    assert rerank.breaker.state == "open"
    rerank.postprocess_nodes(nodes, QueryBundle("x"))
    assert len(reranker.rerank_requests()) == 2  # skipped while open
    clock.advance(30)
    assert rerank.postprocess_nodes(nodes, QueryBundle("x"))[0].node.metadata[RERANKED] is True
    assert rerank.breaker.state == "closed"

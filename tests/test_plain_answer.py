"""The answer path without LlamaIndex (bot/plain_answer.py) answers exactly as the LlamaIndex
components do: the same entries, entry scores, features and confidence, the same decision,
over the sample FAQ in English and Chinese."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from llama_index.core import QueryBundle

from bot.config import Settings
from bot.plain_answer import PlainAnswerer, plain_answerer
from bot.retrieval.confidence import COSINE, ENTRY_SCORE, FUSED, LEXICAL, MARGIN, PAIR_CONFIDENCE, TYPICALITY
from bot.retrieval.policy import AnswerPolicy
from bot.retrieval.query_engine import FaqFirstQueryEngine
from bot.service import FaqService

ROOT = Path(__file__).resolve().parent.parent

QUESTIONS = [
    "how do I get my money back for a damaged parcel?",
    "I forgot my password",
    "can I pay with a credit card",
    "where is my order",
    "what is the airspeed of a swallow",  # declined: suggestions only
    "my parcel has not arrived yet",
    "can I change the address",  # near several entries
    "我要开发票",
    "忘记密码怎么办",
    "快递几天能到",
    "可以退货吗",
    "支付失败了",
]


@pytest.fixture(scope="module")
def sample(tmp_path_factory, local_embed_model) -> tuple[Settings, FaqService]:
    folder = tmp_path_factory.mktemp("plain")
    faq_dir = folder / "faq_sources"
    shutil.copytree(ROOT / "faq_sources", faq_dir)
    settings = Settings(faq_dir=faq_dir, index_dir=folder / "index_store")
    service = FaqService(settings, embed_model=local_embed_model)
    service.load()
    return settings, service


@pytest.fixture(scope="module")
def plain(sample) -> PlainAnswerer:
    answerer = plain_answerer(sample[0])
    assert answerer is not None
    return answerer


@pytest.mark.parametrize("question", QUESTIONS)
def test_plain_and_llamaindex_paths_give_the_same_answer(sample, plain, question):
    settings, service = sample
    embedding = service.embed_question(question)
    mine = plain.answer(question)
    assert mine.to_json() == service.answer(question).to_json()
    theirs = service.answerer.answer_embedding(question, embedding)
    assert mine == theirs  # match, suggestions, choices
    # Every candidate, in order, with every feature: the nodes carry what the records do.
    assert [(r.id, r.confidence, r.entry_score, r.cosine, r.typicality, r.lexical, r.fused, r.margin,
             r.pair_confidence) for r in mine.ranked] == [
        (n.node.metadata["faq_id"], n.score, n.node.metadata[ENTRY_SCORE], n.node.metadata[COSINE],
         n.node.metadata.get(TYPICALITY), n.node.metadata[LEXICAL], n.node.metadata[FUSED],
         n.node.metadata[MARGIN], n.node.metadata.get(PAIR_CONFIDENCE)) for n in theirs.candidates]
    assert mine.ranked and mine.ranked[0].pair_confidence is not None


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_retriever_ranks_the_entries_the_plain_path_scores(sample, plain, question):
    _, service = sample
    retrieved = service.answerer.retriever.retrieve(QueryBundle(question, embedding=service.embed_question(question)))
    ranked = {r.id: r for r in plain.answer(question).ranked}
    assert {n.node.metadata["faq_id"] for n in retrieved} == set(ranked)
    for node in retrieved:
        entry = ranked[node.node.metadata["faq_id"]]
        assert (node.score, node.node.metadata[COSINE], node.node.metadata.get(TYPICALITY)) == (
            entry.entry_score, entry.cosine, entry.typicality)


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_query_engine_answers_what_the_plain_path_answers(sample, plain, question):
    _, service = sample
    response = FaqFirstQueryEngine(service).query(question)
    mine = plain.answer(question)
    if mine.match is not None:
        assert response.metadata["faq_id"] == mine.match.id
        assert response.metadata["confidence"] == mine.match.score
        assert response.response == mine.match.answer
    else:
        assert response.metadata["answered_by"] == "none"
        offered = mine.choices or mine.suggestions
        assert [(s["faq_id"], s["confidence"]) for s in response.metadata["suggestions"]] == [
            (s.id, s.score) for s in offered]


def test_the_decisions_cover_answers_declines_and_both_languages(sample, plain):
    answers = [plain.answer(q) for q in QUESTIONS]
    assert any(a.match is None for a in answers) and sum(a.match is not None for a in answers) >= 6
    assert any(a.match is not None and a.match.language == "zh" for a in answers)


def test_a_category_policy_and_its_cutoff_decide_alike(sample, plain):
    _, service = sample
    for policy in (AnswerPolicy.of(["Shipping"]), AnswerPolicy.of(["Payment", "Orders"], cutoff=0.2),
                   AnswerPolicy.of(None, cutoff=0.99)):
        for question in QUESTIONS:
            mine = plain.answer(question, policy)
            theirs = service.answer(question, policy)
            assert mine == theirs
            assert [r.id for r in mine.ranked] == [n.node.metadata["faq_id"] for n in theirs.candidates]


def test_the_service_answers_when_the_index_must_be_built_or_rewritten_first(sample, tmp_path):
    settings, _ = sample
    assert plain_answerer(Settings(faq_dir=settings.faq_dir, index_dir=tmp_path / "none")) is None
    # The reranker's client and the SGLang backend are LlamaIndex components: the service answers.
    assert plain_answerer(settings.model_copy(update={"rerank_api_base": "http://127.0.0.1:9"})) is None
    assert plain_answerer(settings.model_copy(update={"embed_backend": "sglang"})) is None
    # An index lacking the model's scoring views is completed by the service before it answers;
    # a reader serves it as it is (as FaqService.load does).
    copied = tmp_path / "copy"
    shutil.copytree(settings.index_dir, copied)
    generation = (copied / "CURRENT").read_text().strip()
    manifest_path = copied / generation / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    assert manifest["views"], "the e5 profile's index stores scoring views"
    manifest["views"] = []
    manifest_path.write_text(json.dumps(manifest))
    lacking = settings.model_copy(update={"index_dir": copied})
    assert plain_answerer(lacking) is None
    assert plain_answerer(lacking.model_copy(update={"index_role": "reader"})) is not None


def test_faqbot_ask_prints_what_the_service_answers(sample):
    settings, service = sample
    for question in ("I forgot my password", "我要开发票", "what is the airspeed of a swallow"):
        run = subprocess.run([sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "--index-dir",
                              str(settings.index_dir), "ask", "--json", question],
                             cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
        assert json.loads(run.stdout) == service.answer(question).to_json()

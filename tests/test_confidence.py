"""Confidence, whitened entry scores and "Did you mean…": unit math and the real model on real files."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from bot.config import Settings
from bot.index.storage import load_index, update_calibration
from bot.index.vector_store import FaqVectorStore
from bot.retrieval.aggregation import EntrySpace, WhitenedAggregation
from bot.retrieval.answer import FaqAnswerer
from bot.profiles import profile_for
from bot.retrieval.confidence import (
    FUSED, LEXICAL, MARGIN, PAIR_CONFIDENCE, Ambiguity, ConfidenceWeights, FaqConfidence,
)
from bot.retrieval.lexical import LexicalIndex, lexical_terms
from bot.retrieval.retriever import COSINE, ENTRY_SCORE, FaqRetriever
from bot.service import FaqService
from conftest import write_faq

WEIGHTS = ConfidenceWeights(lexical_weight=0.5, bias=-10.0, fused_weight=2.0, margin_weight=12.0,
                            cosine_weight=9.0, lexical_feature_weight=1.0)


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def candidate(faq_id: str, entry_score: float, cosine: float) -> NodeWithScore:
    node = TextNode(id_=faq_id, text=f"answer {faq_id}",
                    metadata={"faq_id": faq_id, "question": faq_id, ENTRY_SCORE: entry_score, COSINE: cosine})
    return NodeWithScore(node=node, score=entry_score)


# -- the rescorer's math on hand-built candidates ---------------------------------------
def test_confidence_is_the_logistic_of_fused_margin_cosine_and_lexical():
    nodes = [candidate("a", 0.60, 0.90), candidate("b", 0.50, 0.85), candidate("c", 0.20, 0.70)]
    out = FaqConfidence(weights=WEIGHTS).postprocess_nodes(nodes, QueryBundle("anything"))
    assert [n.node.metadata["faq_id"] for n in out] == ["a", "b", "c"]
    top = sigmoid(-10 + 2 * 0.60 + 12 * (0.60 - 0.50) + 9 * 0.90)
    assert out[0].score == pytest.approx(top)
    # b's margin is against the top; its own logistic is capped by the entry ranked above it
    second = sigmoid(-10 + 2 * 0.50 + 12 * (0.50 - 0.60) + 9 * 0.85)
    assert out[1].score == pytest.approx(min(top, second))
    assert out[0].node.metadata[MARGIN] == pytest.approx(0.10)
    assert out[0].node.metadata[FUSED] == pytest.approx(0.60)
    # the pair (a, b) against the third: margin 0.50 - 0.20
    assert out[0].node.metadata[PAIR_CONFIDENCE] == pytest.approx(sigmoid(-10 + 2 * 0.60 + 12 * 0.30 + 9 * 0.90))
    assert PAIR_CONFIDENCE not in out[1].node.metadata
    assert out[0].score >= out[1].score >= out[2].score


def test_rescorer_copies_nodes_and_keeps_the_retrievers_metadata():
    nodes = [candidate("a", 0.6, 0.9), candidate("b", 0.5, 0.8)]
    out = FaqConfidence(weights=WEIGHTS).postprocess_nodes(nodes, QueryBundle("q"))
    assert FUSED not in nodes[0].node.metadata and nodes[0].score == 0.6  # inputs untouched
    assert out[0].node is not nodes[0].node
    assert out[0].node.metadata[COSINE] == 0.9 and out[0].node.metadata[ENTRY_SCORE] == 0.6
    assert FUSED in out[0].node.excluded_llm_metadata_keys  # scores never reach an LLM prompt


def test_single_candidate_measures_its_margin_against_the_floor():
    rescorer = FaqConfidence(weights=WEIGHTS, runner_up_floor=0.1)
    (only,) = rescorer.postprocess_nodes([candidate("a", 0.4, 0.8)], QueryBundle("q"))
    assert only.node.metadata[MARGIN] == pytest.approx(0.3)
    assert only.score == pytest.approx(sigmoid(-10 + 2 * 0.4 + 12 * 0.3 + 9 * 0.8))
    assert rescorer.postprocess_nodes([], QueryBundle("q")) == []


def test_lexical_evidence_reorders_close_candidates():
    lexicon = LexicalIndex({"a": ["How long does shipping take?"], "b": ["Can I get a refund?", "money back"]})
    nodes = [candidate("a", 0.50, 0.85), candidate("b", 0.48, 0.84)]
    out = FaqConfidence(weights=WEIGHTS, lexicon=lexicon).postprocess_nodes(nodes, QueryBundle("refund please"))
    assert [n.node.metadata["faq_id"] for n in out] == ["b", "a"]
    lexical = out[0].node.metadata[LEXICAL]
    assert lexical > 0.1 and out[1].node.metadata[LEXICAL] == 0.0
    assert out[0].node.metadata[FUSED] == pytest.approx(0.48 + 0.5 * lexical)


def test_lexical_terms_use_jieba_words_for_chinese_and_character_grams_elsewhere():
    terms = lexical_terms("我想退款 Refund!")
    assert "退款" in terms  # a jieba word, not a character n-gram across words
    assert " re" in terms and "fund " in terms and "!" not in "".join(terms)
    index = LexicalIndex({"refund": ["我想退款"], "shipping": ["快递多久能到"]})
    assert list(index.score("怎么退款", ["refund", "shipping", "unknown"]) > 0) == [True, False, False]


def test_lexical_index_rebuilt_from_the_previous_one_scores_like_a_fresh_build(monkeypatch):
    import bot.retrieval.lexical as lexical

    before = {"refund": ["Can I get a refund?", "money back"], "shipping": ["How long does shipping take?"],
              "returns": ["How do I return an item?"]}
    after = {"refund": ["Can I get a refund?", "money back"], "shipping": ["When will my parcel arrive?"],
             "gift": ["Can I wrap it as a gift?"]}
    previous = LexicalIndex(before)
    questions = ["refund my money", "when does my parcel arrive", "shipping time", "return an item", "gift wrap"]
    old_scores = [previous.score(q, list(before)) for q in questions]

    tokenised = []
    original = lexical.lexical_terms
    monkeypatch.setattr(lexical, "lexical_terms", lambda text: tokenised.append(text) or original(text))
    updated = LexicalIndex(after, previous=previous)
    assert sorted(tokenised) == ["Can I wrap it as a gift?", "When will my parcel arrive?"]  # only what changed

    fresh = LexicalIndex(after)
    ids = ["refund", "shipping", "gift", "returns"]
    for q in questions:
        np.testing.assert_allclose(updated.score(q, ids), fresh.score(q, ids), atol=1e-12)
    assert updated.score("return an item", ["returns"])[0] == 0.0  # removed entry, its terms weigh nothing
    # the live index it was built from still answers as before
    for q, scores in zip(questions, old_scores):
        np.testing.assert_allclose(previous.score(q, list(before)), scores, atol=1e-12)
    assert updated.unused_terms > 0  # the removed entry's and the old wording's terms

    # once leftovers are most of the vocabulary, the next build starts afresh
    tokenised.clear()
    rebuilt = LexicalIndex({"gift": after["gift"]}, previous=updated)
    assert rebuilt.unused_terms == 0 and tokenised == after["gift"]
    np.testing.assert_allclose(rebuilt.score("gift wrap", ["gift"]), LexicalIndex({"gift": after["gift"]}).score(
        "gift wrap", ["gift"]), atol=1e-12)


def test_ambiguity_needs_a_near_tie_and_a_likely_pair():
    def scored(pair_confidence, first=0.70, second=0.69):
        a, b = candidate("a", first, 0.9), candidate("b", second, 0.9)
        a.node.metadata.update({FUSED: first, PAIR_CONFIDENCE: pair_confidence})
        b.node.metadata[FUSED] = second
        return [a, b]

    rule = Ambiguity(margin=0.02)
    assert [n.node.metadata["faq_id"] for n in rule.choices(scored(0.9), cutoff=0.65)] == ["a", "b"]
    assert rule.choices(scored(0.9, second=0.60), cutoff=0.65) == []  # not close: answer or not as usual
    assert rule.choices(scored(0.6), cutoff=0.65) == []  # close, but the pair is not likely right either
    assert rule.choices(scored(0.3), cutoff=0.0) == []  # a cutoff of 0 does not make every tie a choice
    assert rule.choices(scored(0.9)[:1], cutoff=0.65) == []


# -- whitened entry scores ------------------------------------------------------------
def test_whitening_discounts_the_direction_in_which_an_entry_own_phrasings_differ():
    """Entry A's phrasings differ along x (wording noise), B's hardly at all. Moving a question
    along x changes its raw (centroid) score for A a lot, its whitened score little."""
    a = [[0.8, 0.0, 1.0], [-0.8, 0.0, 1.0], [0.0, 0.05, 1.0]]
    b = [[0.0, 0.6, 1.0], [0.03, 0.6, 1.0], [0.0, 0.63, 1.0]]
    vectors = np.array(a + b, dtype=np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = ["A"] * 3 + ["B"] * 3
    params = dict(centering_prior=1e9, phrasing_weight=0.0)  # no centring, centroid only
    plain = EntrySpace(ids, vectors, WhitenedAggregation(shrinkage=1e6, **params))
    white = EntrySpace(ids, vectors, WhitenedAggregation(shrinkage=0.1, **params))
    on_axis, shifted = np.array([0.0, 0.25, 1.0]), np.array([0.75, 0.2, 0.63])
    plain_drop = plain.score(on_axis, ["A"]).score[0] - plain.score(shifted, ["A"]).score[0]
    white_drop = white.score(on_axis, ["A"]).score[0] - white.score(shifted, ["A"]).score[0]
    assert plain_drop > 0.3 and white_drop < plain_drop / 3
    found = white.score(shifted, ["A", "B", "missing"])
    assert found.score[0] < found.score[1]  # still B's: whitening discounts x, it does not ignore y
    unit = shifted / np.linalg.norm(shifted)
    assert found.cosine[:2] == pytest.approx([max(vectors[:3] @ unit), max(vectors[3:] @ unit)], abs=1e-5)
    assert all(math.isnan(column[2]) for column in found)


def test_typicality_compares_the_question_with_how_close_the_entrys_phrasings_are_to_each_other():
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(9, 6))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = ["tight"] * 4 + ["loose"] * 4 + ["single"]
    vectors[:4] = vectors[0] + 0.1 * rng.normal(size=(4, 6))  # four close phrasings
    vectors[:4] /= np.linalg.norm(vectors[:4], axis=1, keepdims=True)
    space = EntrySpace(ids, vectors, WhitenedAggregation())
    question = vectors[0] + 0.05 * rng.normal(size=6)
    question /= np.linalg.norm(question)
    found = space.score(question, ["tight", "loose", "single"])
    for k, entry in enumerate(["tight", "loose"]):
        rows = space.white[space.starts[space.index[entry]]:space.starts[space.index[entry] + 1]]
        pairwise = rows @ rows.T
        tightness = pairwise[~np.eye(4, dtype=bool)].mean()
        expected = float(np.mean(rows @ space.whiten(question)) - tightness)
        assert found.typicality[k] == pytest.approx(expected, abs=1e-5)
    # one phrasing cannot measure its spread: it takes the FAQ's mean
    assert space.tightness[space.index["single"]] == pytest.approx(
        np.mean([space.tightness[space.index["tight"]], space.tightness[space.index["loose"]]]))
    assert found.typicality[0] > found.typicality[1]  # the question sits among "tight"'s phrasings


def test_space_without_alternates_is_plain_centred_cosine():
    vectors = np.eye(3)
    space = EntrySpace(["a", "b", "c"], vectors, WhitenedAggregation(centering_prior=0.0, phrasing_weight=0.0))
    assert np.allclose(space.transform, np.eye(3))
    scores = space.score([1.0, 0.0, 0.0], ["a", "b"]).score
    centred = vectors - vectors.mean(axis=0)
    expected = centred @ centred[0] / np.linalg.norm(centred, axis=1) / np.linalg.norm(centred[0])
    assert scores == pytest.approx(expected[:2], abs=1e-5)


# -- the real model on real files ------------------------------------------------------
AMBIGUOUS_FAQ = """\
# Help

## How do I reset my password on the website?
id: reset-password-web
alternates:
- I forgot my password on the website
- reset my password in the browser

Use **Forgot password** on the sign-in page.

## How do I reset my password in the mobile app?
id: reset-password-app
alternates:
- I forgot my password in the app
- reset my password on my phone

Open the app, tap **Profile → Security → Reset password**.

## How long does shipping take?
id: shipping-time
alternates:
- when will my parcel arrive
- how many days is delivery

Orders arrive in 2–5 days.

## Can I get a refund?
id: refund
alternates:
- I want my money back
- how do I return an item

Yes, within 30 days.

## How do I change my email address?
id: change-email
alternates:
- update the email on my account

Go to **Profile** and edit the email field.
"""


@pytest.fixture
def ambiguous(tmp_path, local_embed_model):
    faq_dir = tmp_path / "faq"
    write_faq(faq_dir, "help.md", AMBIGUOUS_FAQ)
    service = FaqService(Settings(faq_dir=faq_dir, index_dir=tmp_path / "index"), embed_model=local_embed_model)
    service.build()
    return service


def test_near_identical_entries_give_two_choices_and_no_match(ambiguous):
    answer = ambiguous.answer("how do I reset my password")
    assert answer.match is None
    assert {c.id for c in answer.choices} == {"reset-password-web", "reset-password-app"}
    payload = answer.to_json()
    assert payload["match"] is None and len(payload["suggestions"]) == 3
    assert {c["id"] for c in payload["choices"]} == {"reset-password-web", "reset-password-app"}


def test_a_question_naming_one_of_them_is_answered_without_choices(ambiguous):
    answer = ambiguous.answer("I forgot my password in the app, help")
    assert answer.match is not None and answer.match.id == "reset-password-app"
    assert answer.choices == [] and answer.to_json()["choices"] == []
    clear = ambiguous.answer("when does my parcel arrive")
    assert clear.match.id == "shipping-time" and not clear.choices


def test_without_the_ambiguity_rule_the_near_tie_is_not_offered_as_choices(ambiguous):
    ambiguous.answerer.ambiguity = None
    assert ambiguous.answer("how do I reset my password").choices == []


def test_retriever_keeps_raw_cosine_and_ranks_by_the_whitened_entry_score(ambiguous, local_embed_model):
    retriever = ambiguous.answerer.retriever
    assert retriever.entry_space is not None
    question = "when will my parcel arrive please"
    hits = retriever.retrieve(question)
    vector = np.asarray(local_embed_model.get_query_embedding(question))
    store = ambiguous.stored.store
    for hit in hits:
        faq_id = hit.node.metadata["faq_id"]
        phrasings = [n for n in store.get_nodes() if n.metadata["faq_id"] == faq_id]
        best = max(float(store.vector_of(n.node_id) @ vector) for n in phrasings)
        assert hit.node.metadata[COSINE] == pytest.approx(best, abs=1e-5)
        assert hit.node.metadata[ENTRY_SCORE] == hit.score
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # per-question copies: the entry nodes the retriever keeps are never given a question's scores
    again = retriever.retrieve("when will my parcel arrive please")
    assert again[0].node is not hits[0].node
    assert all(COSINE not in node.metadata for node in retriever._entry_nodes.values())


def test_service_reads_confidence_weights_from_the_index_calibration(ambiguous, tmp_path, local_embed_model):
    settings = ambiguous.settings
    (rescorer,) = ambiguous.answerer.rescorers
    assert isinstance(rescorer, FaqConfidence)
    assert rescorer.weights == profile_for("multilingual-e5-small-q4").confidence
    never = ConfidenceWeights(lexical_weight=0.1, bias=-50.0, fused_weight=0.0, margin_weight=0.0,
                              cosine_weight=0.0, lexical_feature_weight=0.0)
    update_calibration(settings.index_dir, {"confidence": never.model_dump()})
    reloaded = FaqService(settings, embed_model=local_embed_model)
    assert reloaded.answerer.rescorers[0].weights == never
    answer = reloaded.answer("when does my parcel arrive")
    assert answer.match is None and answer.candidates[0].score < 1e-10
    assert load_index(settings.index_dir).manifest.calibration["confidence"]["bias"] == -50.0


def test_answerer_pipeline_works_with_hand_built_retriever(tmp_path, local_embed_model):
    """The rescorer and ambiguity rule compose with a plain FaqRetriever, as LlamaIndex parts."""
    texts = {"a": ["How do I pay by card?", "card payment"], "b": ["Where is my order?", "track my parcel"]}
    nodes = []
    for faq_id, phrasings in texts.items():
        for i, text in enumerate(phrasings):
            nodes.append(TextNode(id_=f"{faq_id}#{i}", text=text, embedding=local_embed_model.get_text_embedding(text),
                                  metadata={"faq_id": faq_id, "question": phrasings[0], "alternates": phrasings[1:],
                                            "answer": f"answer {faq_id}", "source": "x.md", "line": 1}))
    store = FaqVectorStore(dimension=len(nodes[0].embedding))
    store.add(nodes)
    retriever = FaqRetriever(store, local_embed_model, 2, entry_space=WhitenedAggregation().build(store))
    answerer = FaqAnswerer(retriever, 0.65, [FaqConfidence(weights=profile_for("x").confidence,
                                                           lexicon=LexicalIndex.from_nodes(store.get_nodes()))],
                           Ambiguity())
    answer = answerer.answer("can I pay with my credit card")
    assert answer.candidates[0].node.metadata["faq_id"] == "a"
    assert answer.match is not None and answer.match.id == "a"


def test_ask_prints_did_you_mean_and_json_choices(tmp_path):
    faq_dir = tmp_path / "faq"
    write_faq(faq_dir, "help.md", AMBIGUOUS_FAQ)
    base = [sys.executable, "-m", "bot", "--faq-dir", str(faq_dir), "--index-dir", str(tmp_path / "index")]
    text = subprocess.run([*base, "ask", "how do I reset my password"], capture_output=True, text=True, timeout=300)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Did you mean…")
    assert "reset-password-web" in text.stdout and "reset-password-app" in text.stdout
    as_json = subprocess.run([*base, "ask", "how do I reset my password", "--json"], capture_output=True, text=True,
                             timeout=300)
    payload = json.loads(as_json.stdout)
    assert payload["match"] is None
    assert {c["id"] for c in payload["choices"]} == {"reset-password-web", "reset-password-app"}
    assert set(payload["choices"][0]) == {"id", "question", "score"}

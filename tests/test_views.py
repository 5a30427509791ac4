"""Scoring views (bot/index/views.py): built, stored, reused and used, with the real e5 model."""

import threading

import numpy as np
import pytest

from bot.faq.entry import FaqEntry
from bot.index.builder import build_index
from bot.index.storage import IndexCorruptError, load_index
from bot.index.views import DOCUMENT, SYMMETRIC, entry_document_text
from bot.retrieval.aggregation import EntryScorer, EntrySpace, WhitenedAggregation
from bot.profiles import profile_for
from bot.service import FaqService
from conftest import SHOP_FAQ, write_faq

E5 = "multilingual-e5-small-q4"


@pytest.fixture
def service(settings, local_embed_model):
    return FaqService(settings, embed_model=local_embed_model)


def stored_vector(store, text):
    vector = store.vector_for_text(text)
    assert vector is not None, text
    return vector


def test_e5_index_stores_both_views_embedded_the_right_way(service, local_embed_model):
    report = service.build()
    stored = load_index(service.settings.index_dir)
    assert stored.manifest.views == ["document", "symmetric"]
    assert {"view-document.npy", "view-document.json", "view-symmetric.npy",
            "view-symmetric.json"} <= set(stored.manifest.files)
    symmetric, documents = stored.views["symmetric"], stored.views["document"]
    assert len(symmetric) == len(stored.store) == report.vectors
    assert len(documents) == len(stored.manifest.entries) == 4
    assert report.embedded_for_views == len(symmetric) + len(documents)

    # symmetric: the phrasing embedded as a query ("query: "), unlike the searched store ("passage: ")
    text = "I forgot my password"
    as_query = np.asarray(local_embed_model.get_query_embedding(text))
    as_passage = np.asarray(local_embed_model.get_text_embedding(text))
    assert np.allclose(stored_vector(symmetric, text), as_query, atol=1e-5)
    assert np.allclose(stored_vector(stored.store, text), as_passage, atol=1e-5)
    assert not np.allclose(as_query, as_passage, atol=1e-3)
    # document: question and alternates as one passage
    joined = "How do I reset my password. I forgot my password. 忘记密码了怎么办."
    assert np.allclose(stored_vector(documents, joined),
                       local_embed_model.get_text_embedding(joined), atol=1e-5)


def test_document_text_joins_question_and_alternates():
    entry = FaqEntry(id="x", question="Where is my order?", answer="a",
                     alternates=("track my parcel!", "我的快递在哪里？"))
    assert entry_document_text(entry) == "Where is my order. track my parcel. 我的快递在哪里."


def test_an_edit_embeds_only_that_entrys_view_texts(service, faq_dir):
    service.build()
    assert service.build().embedded_for_views == 0  # unchanged: nothing at all
    write_faq(faq_dir, "shop.md", SHOP_FAQ.replace("- update the email on my account", "- new mail address"))
    report = service.build()
    assert report.changed == ["change-email"]
    # the new phrasing for the searched store and the symmetric view, and the entry's new document
    assert (report.embedded, report.embedded_for_views) == (1, 2)
    stored = load_index(service.settings.index_dir)
    assert stored.views["symmetric"].vector_for_text("new mail address") is not None
    assert len(stored.views["document"]) == 4


def test_removed_entry_leaves_every_view(service, faq_dir):
    service.build()
    write_faq(faq_dir, "shop.md", SHOP_FAQ.split("## Can I get a refund?")[0])
    service.build()
    stored = load_index(service.settings.index_dir)
    for view in stored.views.values():
        assert set(view.entry_ids) == set(stored.manifest.entries)
    assert "refund" not in stored.manifest.entries


def test_index_without_views_gets_them_on_load_reusing_its_phrasing_vectors(settings, local_embed_model):
    service = FaqService(settings, embed_model=local_embed_model)
    build_index(settings.faq_dir, settings.index_dir, local_embed_model, service.signature)  # no views
    assert load_index(settings.index_dir).views == {}
    service.load()
    stored = load_index(settings.index_dir)
    assert stored.manifest.views == ["document", "symmetric"]
    assert service.answerer.retriever.entry_space.views == ["symmetric", "document"]


def test_tampered_view_file_fails_its_checksum(service):
    service.build()
    stored = load_index(service.settings.index_dir)
    path = service.settings.index_dir / stored.generation / "view-document.npy"
    path.write_bytes(path.read_bytes()[:-8] + b"\0" * 8)
    with pytest.raises(IndexCorruptError, match="checksum"):
        load_index(service.settings.index_dir)


def test_answers_are_ranked_by_the_mixed_score(service):
    service.build()
    stored = service.stored
    params = profile_for(E5).aggregation
    question = "how long until my package shows up"
    q = np.asarray(service.embed_model.get_query_embedding(question))
    answer = service.answer(question)
    ids = [c.node.metadata["faq_id"] for c in answer.candidates]

    nodes, vectors = stored.store.all_vectors()
    phrasings = EntrySpace([n.metadata["faq_id"] for n in nodes], vectors, params)
    symmetric = EntrySpace(stored.views["symmetric"].entry_ids, stored.views["symmetric"].vectors, params)
    documents = dict(zip(stored.views["document"].entry_ids, stored.views["document"].vectors))
    expected = ((1 - params.symmetric_weight) * phrasings.score(q, ids).score
                + params.symmetric_weight * symmetric.score(q, ids).score
                + params.document_weight * np.array([documents[i] @ q for i in ids]))
    got = [c.node.metadata["entry_score"] for c in answer.candidates]
    assert np.allclose(got, expected, atol=1e-4)
    assert ids[0] == "shipping-time"


def test_scorer_mixes_views_and_falls_back_for_an_entry_a_view_lacks():
    rng = np.random.default_rng(0)
    ids = ["a", "a", "b", "b", "c"]
    phrasings, symmetric = rng.normal(size=(5, 8)), rng.normal(size=(5, 8))
    params = WhitenedAggregation(symmetric_weight=0.3, document_weight=0.5)
    main, sym = EntrySpace(ids, phrasings, params), EntrySpace(ids[:4], symmetric[:4], params)
    from bot.retrieval.aggregation import DocumentVectors
    docs = DocumentVectors(["a", "b"], rng.normal(size=(2, 8)))
    scorer = EntryScorer(main, symmetric=sym, documents=docs, params=params)
    q = rng.normal(size=8)
    q /= np.linalg.norm(q)
    got = scorer.score(q, ["a", "b", "c", "zz"])
    base, other = main.score(q, ["a", "b", "c"]).score, sym.score(q, ["a", "b"]).score
    assert np.allclose(got.score[:2], 0.7 * base[:2] + 0.3 * other + 0.5 * (docs.vectors @ q))
    assert np.isclose(got.score[2], base[2])  # "c" is in neither view: the phrasing score alone
    assert np.isnan(got.score[3])
    assert np.allclose(got.cosine[:3], main.score(q, ["a", "b", "c"]).cosine)


def test_view_vectors_drop_add_and_round_trip(tmp_path):
    from bot.index.views import ViewVectors

    view = ViewVectors.empty(3).plus([("a", "x"), ("b", "y"), ("a", "z")], [[2, 0, 0], [0, 1, 0], [0, 0, 3]])
    assert np.allclose(view.vector_for_text("z"), [0, 0, 1])  # stored normalised
    view = view.without(["a"]).plus([("c", "w")], [[0, 3, 4]])
    loaded = ViewVectors.from_payload(3, *view.to_payload())
    assert (loaded.entry_ids, loaded.texts) == (["b", "c"], ["y", "w"])
    assert np.allclose(loaded.vectors, [[0, 1, 0], [0, 0.6, 0.8]])
    with pytest.raises(ValueError, match="dimension"):
        ViewVectors.from_payload(4, *view.to_payload())


def test_views_are_built_only_for_the_model_they_were_measured_on():
    assert [v.name for v in profile_for(E5).views] == [SYMMETRIC.name, DOCUMENT.name]
    assert profile_for("Qwen/Qwen3-Embedding-0.6B").views == []
    assert WhitenedAggregation().views() == []


QUESTIONS = ["I forgot my password", "怎么重置密码", "how long does shipping take?", "can I pay with paypal",
             "what is the meaning of life"]


def answers_of(service):
    return [service.answer(question).to_json() for question in QUESTIONS]


def test_phrasings_go_live_first_then_the_views_end_as_a_one_pass_build(settings, local_embed_model, tmp_path):
    """`faqbot index` on a fresh folder: the phrasings are written and served first, then the
    views are added reusing every phrasing vector; the index and its answers end exactly as a
    one-pass build's."""
    phased = FaqService(settings, embed_model=local_embed_model)
    first = phased.build(views_later=True)
    assert phased.views_pending and first.embedded_for_views == 0 and first.embedded == first.vectors
    assert load_index(settings.index_dir).manifest.views == [] == phased.stored.manifest.views
    assert phased.answer("I forgot my password").match.id == "reset-password"  # live already

    views = phased.complete_views()
    assert not phased.views_pending and views.embedded == 0 and views.embedded_for_views > 0
    assert phased.stored.manifest.views == ["document", "symmetric"]
    assert phased.complete_views() is None  # nothing pending
    assert phased.build(views_later=True).embedded_for_views == 0 and not phased.views_pending  # unchanged

    one_pass = FaqService(settings.model_copy(update={"index_dir": tmp_path / "one-pass"}),
                          embed_model=local_embed_model)
    one_pass.build()
    for name in ("document", "symmetric"):
        a, b = phased.stored.views[name], one_pass.stored.views[name]
        assert a.texts == b.texts and np.array_equal(np.asarray(a.vectors[:]), np.asarray(b.vectors[:]))
    assert answers_of(phased) == answers_of(one_pass)

    # Views already there: a later build with views_later embeds only what changed, as ever.
    write_faq(settings.faq_dir, "more.md", "## Do you ship to Mars?\n\nNot yet.\n")
    later = phased.build(views_later=True)
    assert not phased.views_pending and later.embedded == 1 and later.embedded_for_views == 2


def test_a_serving_process_answers_while_the_views_are_embedded_in_the_background(settings, local_embed_model):
    service = FaqService(settings, embed_model=local_embed_model)
    service.views_in_background = True
    assert service.answer("I forgot my password").match.id == "reset-password"  # builds the phrasings
    for _ in range(600):  # the background thread adds the views (up to a minute on a busy machine)
        if not service.views_pending:
            break
        threading.Event().wait(0.1)
    assert not service.views_pending
    assert service.stored.manifest.views == ["document", "symmetric"]
    assert load_index(settings.index_dir).manifest.views == ["document", "symmetric"]

"""Answering within FAQ categories and with a per-call cutoff (AnswerPolicy), on the real
embedded model and a real index of a shop FAQ filed in categories."""

from __future__ import annotations

import numpy as np
import pytest
from llama_index.core.vector_stores.types import VectorStoreQuery

from bot.config import Settings
from bot.retrieval.policy import AnswerPolicy, category_filters
from bot.service import FaqService
from shop_categories import CATEGORY_OF, write_shop_faq

BILLING = AnswerPolicy.of(["Billing"])  # one entry only: refund
SHIPPING = AnswerPolicy.of(["Shipping"])


@pytest.fixture(scope="module")
def shop(tmp_path_factory, local_embed_model) -> FaqService:
    root = tmp_path_factory.mktemp("categorised_shop")
    settings = Settings(faq_dir=write_shop_faq(root / "faq"), index_dir=root / "index")
    service = FaqService(settings, embed_model=local_embed_model)
    service.load()
    return service


def offered(answer) -> set[str]:
    """Every entry an answer shows the user: the match, suggestions and choices."""
    ids = {s.id for s in answer.suggestions} | {c.id for c in answer.choices}
    return ids | ({answer.match.id} if answer.match else set())


def test_the_vector_store_searches_only_the_phrasings_that_pass_the_filter(shop):
    store = shop.stored.store
    query = shop.embed_model.get_query_embedding("when will my parcel arrive")
    unfiltered = store.query(VectorStoreQuery(query_embedding=query, similarity_top_k=3))
    assert unfiltered.nodes[0].metadata["faq_id"] == "shipping-time"

    filtered = store.query(VectorStoreQuery(query_embedding=query, similarity_top_k=100,
                                            filters=category_filters(["Billing", "Account"])))
    categories = {n.metadata["category"] for n in filtered.nodes}
    assert categories == {"Billing", "Account"}
    # every Billing and Account phrasing, best first, with their true cosines
    expected = [n for n in store.get_nodes() if n.metadata["category"] in {"Billing", "Account"}]
    assert len(filtered.nodes) == len(expected)
    assert filtered.similarities == sorted(filtered.similarities, reverse=True)
    vectors = np.stack([store.vector_of(n.node_id) for n in filtered.nodes])
    q = np.asarray(query) / np.linalg.norm(query)
    assert np.allclose(vectors @ q, filtered.similarities, atol=1e-5)

    nothing = store.query(VectorStoreQuery(query_embedding=query, similarity_top_k=5,
                                           filters=category_filters(["No such category"])))
    assert nothing.nodes == []


def test_a_question_answered_outside_the_categories_gets_no_such_answer_inside(shop):
    question = "when will my parcel arrive"
    assert shop.answer(question).match.id == "shipping-time"
    assert shop.answer(question, SHIPPING).match.id == "shipping-time"

    in_billing = shop.answer(question, BILLING)
    assert in_billing.match is None
    assert offered(in_billing) <= {"refund"}
    assert all(CATEGORY_OF[n.node.metadata["faq_id"]] == "Billing" for n in in_billing.candidates)


def test_a_one_entry_category_does_not_make_every_question_look_clear_cut(shop):
    """Searched alone, the Billing channel's only entry has no runner-up, so any question
    would look certain (confidence 1.0 for all of these when measured that way). Scored beside
    the whole FAQ, unrelated questions are not answered."""
    for question in ["I forgot my password", "what is the wifi password", "my package is late",
                     "what is the airspeed velocity of an unladen swallow?"]:
        answer = shop.answer(question, BILLING)
        assert answer.match is None, question
        assert offered(answer) <= {"refund"}, question
    assert shop.answer("我想退款", BILLING).match.id == "refund"
    assert shop.answer("can I get my money back for a late parcel?", BILLING).match.id == "refund"


def test_uncategorised_entries_are_outside_every_category_list(shop):
    assert shop.answer("what is the wifi password").match.id == "wifi-password"
    answer = shop.answer("what is the wifi password", AnswerPolicy.of(["Account", "Shipping"]))
    assert "wifi-password" not in offered(answer)


def test_several_categories_answer_from_each(shop):
    both = AnswerPolicy.of(["Account", "Shipping"])
    assert shop.answer("I forgot my password", both).match.id == "reset-password"
    assert shop.answer("how long does delivery take?", both).match.id == "shipping-time"
    assert shop.answer("我想退款", both).match is None


def test_the_cutoff_of_a_policy_replaces_the_services(shop):
    default = shop.answer("my package is late")
    assert default.match.id == "track-order"
    strict = shop.answer("my package is late", AnswerPolicy(cutoff=min(1.0, default.match.score + 0.05)))
    assert strict.match is None
    assert [s.id for s in strict.suggestions][0] == "track-order"

    unsure = shop.answer("do you ship to Canada?")
    assert unsure.match is None
    best = unsure.suggestions[0]
    lenient = shop.answer("do you ship to Canada?", AnswerPolicy(cutoff=best.score - 0.01))
    assert lenient.match.id == best.id == "shipping-time"


def test_categories_and_cutoff_together(shop):
    policy = AnswerPolicy.of(["Shipping"], cutoff=0.3)
    assert shop.answer("do you ship to Canada?", policy).match.id == "shipping-time"
    assert shop.answer("I forgot my password", policy).match is None


def test_the_matched_entry_carries_its_category(shop):
    match = shop.answer("我想退款").match
    assert (match.id, match.category) == ("refund", "Billing")
    assert shop.entry("wifi-password").category is None
    assert shop.categories() == {"Account", "Shipping", "Billing"}


def test_the_async_path_applies_the_policy_too(shop):
    import asyncio

    assert asyncio.run(shop.aanswer("when will my parcel arrive", BILLING)).match is None
    assert asyncio.run(shop.aanswer("when will my parcel arrive", SHIPPING)).match.id == "shipping-time"


def test_the_answerer_used_directly_applies_the_policy(shop):
    """FaqAnswerer.answer embeds through the retriever; the policy still holds."""
    assert shop.answerer.answer("when will my parcel arrive", BILLING).match is None
    assert shop.answerer.answer("when will my parcel arrive", SHIPPING).match.id == "shipping-time"

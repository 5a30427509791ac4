"""Index → retriever → answer with the real embedded model and real files."""

import pytest
from llama_index.core.llms import MockLLM
from llama_index.core.postprocessor import SimilarityPostprocessor
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.response_synthesizers.no_text import NoText

from bot.config import Settings
from bot.service import FaqService
from conftest import write_faq


@pytest.fixture
def service(settings, local_embed_model):
    service = FaqService(settings, embed_model=local_embed_model)
    service.build()
    return service


@pytest.mark.parametrize(
    "question, expected",
    [
        ("怎么修改密码？", "reset-password"),
        ("I can't remember my login password", "reset-password"),
        ("我的快递什么时候到", "shipping-time"),
        ("I want my money back for this item", "refund"),
    ],
)
def test_paraphrased_questions_match_the_right_entry(service, question, expected):
    answer = service.answer(question)
    assert answer.candidates[0].node.metadata["faq_id"] == expected


def test_retriever_returns_one_node_per_entry_with_top_k(service):
    retriever = service.answerer.retriever
    retriever.similarity_top_k = 3
    hits = retriever.retrieve("forgot password")
    ids = [h.node.metadata["faq_id"] for h in hits]
    assert len(ids) == 3 == len(set(ids))
    assert hits[0].score >= hits[1].score >= hits[2].score
    assert hits[0].node.get_content() == hits[0].node.metadata["answer"]


def test_confident_match_carries_answer_and_location(service):
    service.answerer.cutoff.similarity_cutoff = 0.5
    match = service.answer("I forgot my password, help").match
    assert match.id == "reset-password"
    assert match.answer.startswith("Open **Settings")
    assert (match.source, match.line) == ("shop.md", 7)
    assert match.to_json()["source"] == "shop.md:7"


def test_below_cutoff_gives_no_match_and_three_suggestions(service):
    service.answerer.cutoff.similarity_cutoff = 0.999
    answer = service.answer("what's the weather on Mars")
    assert answer.match is None
    assert len(answer.suggestions) == 3
    assert set(answer.to_json()) >= {"match", "suggestions"}


def test_works_inside_a_llamaindex_query_engine(service):
    engine = RetrieverQueryEngine(
        retriever=service.answerer.retriever,
        response_synthesizer=NoText(llm=MockLLM()),  # the factory drops llm for no_text
        node_postprocessors=[SimilarityPostprocessor(similarity_cutoff=0.5)],
    )
    response = engine.query("快递多久能到？")
    assert response.source_nodes[0].node.metadata["faq_id"] == "shipping-time"


def test_async_answer_matches_sync(service):
    import asyncio

    answer = asyncio.run(service.aanswer("how do I update my e-mail"))
    assert answer.candidates[0].node.metadata["faq_id"] == "change-email"


def test_reindex_of_unchanged_content_embeds_nothing_and_answer_edits_embed_nothing(settings, local_embed_model):
    service = FaqService(settings, embed_model=local_embed_model)
    first = service.build()
    assert first.embedded == 11 and len(first.added) == 4
    assert service.build().embedded == 0
    path = settings.faq_dir / "shop.md"
    path.write_text(path.read_text().replace("2–5 days", "1–3 days"))
    third = service.build()
    assert third.embedded == 0 and third.changed == ["shipping-time"]
    assert "1–3 days" in service.answer("how long is delivery").candidates[0].node.metadata["answer"]


def test_broken_file_keeps_its_previously_indexed_entries(settings, local_embed_model):
    service = FaqService(settings, embed_model=local_embed_model)
    service.build()
    (settings.faq_dir / "shop.md").write_text("## Broken\nid: has space\n\nA\n")
    report = service.build()
    assert [str(e) for e in report.errors] == ["shop.md:2: invalid id 'has space': one word without spaces, at most 200 characters"]
    assert "reset-password" in report.kept_from_previous
    assert service.answer("forgot my password").candidates[0].node.metadata["faq_id"] == "reset-password"


def test_index_from_another_model_is_refused_with_reindex_advice(settings, local_embed_model, sglang_server):
    FaqService(settings, embed_model=local_embed_model).build()
    other = Settings(faq_dir=settings.faq_dir, index_dir=settings.index_dir, embed_backend="sglang",
                     embed_api_base=sglang_server.base_url, embed_dimensions=256)
    with pytest.raises(Exception, match="re-index"):
        FaqService(other).load()
    assert sglang_server.embedding_requests() == []

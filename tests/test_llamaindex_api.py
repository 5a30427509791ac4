"""faqbot's components in standard LlamaIndex pipelines (bot.llamaindex), one test per
reported failure, on the real embedded model and real files."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest
from llama_index.core import Document, SimpleDirectoryReader, StorageContext
from llama_index.core.base.response.schema import Response
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.events.retrieval import RetrievalEndEvent
from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.query_engine import CustomQueryEngine
from llama_index.core.schema import MetadataMode
from llama_index.core.tools import QueryEngineTool

import bot.llamaindex as api
from bot.faq.entry import FaqError
from bot.llamaindex import (
    FaqFirstQueryEngine, FaqMarkdownReader, FaqPhrasingNodeParser, FaqService, FaqVectorStore,
    SGLangEmbedding,
)
from bot.config import Settings
from conftest import SHOP_FAQ, write_faq


@pytest.fixture(scope="module")
def shop_service(tmp_path_factory) -> FaqService:
    """One service over the shop FAQ, built once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("shop")
    write_faq(folder / "faq_sources", "shop.md", SHOP_FAQ)
    service = FaqService(Settings(faq_dir=folder / "faq_sources", index_dir=folder / "index_store"))
    service.load()
    return service


# -- 1. SimpleDirectoryReader -------------------------------------------------
def test_reader_works_as_a_simple_directory_reader_file_extractor(faq_dir):
    documents = SimpleDirectoryReader(
        str(faq_dir), file_extractor={".md": FaqMarkdownReader()}).load_data()
    assert sorted(d.doc_id for d in documents) == ["change-email", "refund", "reset-password",
                                                   "shipping-time"]
    reset = next(d for d in documents if d.doc_id == "reset-password")
    assert reset.metadata["file_name"] == "shop.md"          # SimpleDirectoryReader's extra_info
    assert reset.metadata["question"] == "How do I reset my password?"  # never overridden
    assert "file_name" not in reset.get_content(metadata_mode=MetadataMode.LLM)


def test_duplicate_ids_across_files_read_one_by_one_are_warned(faq_dir, caplog):
    write_faq(faq_dir, "more.md", "## Another refund question\nid: refund\n\nNo.\n")
    with caplog.at_level(logging.WARNING, logger="bot.faq.reader"):
        SimpleDirectoryReader(str(faq_dir), file_extractor={".md": FaqMarkdownReader()}).load_data()
    assert "duplicate id 'refund'" in caplog.text and "shop.md" in caplog.text
    with pytest.raises(FaqError, match="duplicate id 'refund'"):
        FaqMarkdownReader().load_data(faq_dir)  # a whole folder: rejected, as the bot does


def test_reader_serialises_with_a_class_name():
    data = FaqMarkdownReader().to_dict()
    assert data["class_name"] == "FaqMarkdownReader"
    assert isinstance(FaqMarkdownReader.from_dict(data), FaqMarkdownReader)


# -- 2 and 3. the vector store in a StorageContext, persisted -------------------
def test_an_empty_store_is_used_by_storage_context_not_replaced():
    store = FaqVectorStore(dimension=384)
    assert len(store) == 0
    assert StorageContext.from_defaults(vector_store=store).vector_store is store


def test_persist_writes_a_file_that_loads_back(tmp_path, local_embed_model, faq_dir):
    nodes = FaqPhrasingNodeParser().get_nodes_from_documents(FaqMarkdownReader().load_data(faq_dir))
    for node in nodes:
        node.embedding = local_embed_model.get_text_embedding(node.get_content())
    store = FaqVectorStore(dimension=384)
    store.add(nodes)
    StorageContext.from_defaults(vector_store=store).persist(str(tmp_path / "storage"))
    written = tmp_path / "storage" / "default__vector_store.json"
    loaded = FaqVectorStore.from_persist_path(str(written))
    assert len(loaded) == len(nodes)
    assert loaded.get_nodes([nodes[3].node_id])[0].text == nodes[3].text
    written.write_text(written.read_text().replace('"dimension": 384', '"dimension": 385'))
    with pytest.raises(ValueError, match="cannot load a FaqVectorStore"):
        FaqVectorStore.from_persist_path(str(written))


# -- 4. the answer reaches an LLM once -----------------------------------------
def test_a_retrieved_entry_shows_its_answer_to_an_llm_once(shop_service):
    (hit, *_) = shop_service.answerer.retriever.retrieve("I forgot my password")
    llm_text = hit.node.get_content(metadata_mode=MetadataMode.LLM)
    assert llm_text.count("We email you a link that works for 30 minutes.") == 1
    assert "How do I reset my password?" in llm_text  # the question still shows


# -- 6. one public import surface ----------------------------------------------
def test_public_api_exports_components_with_non_clashing_names():
    import llama_index.core as core

    for name in api.__all__:
        assert getattr(api, name) is not None
        assert not hasattr(core, name), f"{name} clashes with llama_index.core.{name}"
    assert "Settings" not in api.__all__ and "FaqBotSettings" in api.__all__


# -- 7. secrets never serialised -------------------------------------------------
def test_embedding_serialisation_round_trips_without_the_key():
    adapter = SGLangEmbedding(api_key="sk-very-secret", api_base="http://127.0.0.1:9/v1",
                              dimensions=256)
    data = adapter.to_dict()
    for text in (json.dumps(data), adapter.to_json(), repr(adapter), str(adapter)):
        assert "sk-very-secret" not in text
    again = SGLangEmbedding.from_dict(data, api_key="sk-very-secret")
    assert again.to_dict() == data
    assert again.api_key == "sk-very-secret" and again.dimensions == 256


# -- 8. the node parser on ordinary Documents -----------------------------------
def test_node_parser_reads_faq_markdown_from_an_ordinary_document():
    document = Document(text=SHOP_FAQ, metadata={"file_name": "shop.md"})
    nodes = FaqPhrasingNodeParser().get_nodes_from_documents([document])
    assert [n.node_id for n in nodes[:3]] == ["reset-password#0", "reset-password#1",
                                              "reset-password#2"]
    assert nodes[1].text == "I forgot my password"
    assert nodes[0].metadata["answer"].startswith("Open **Settings")


def test_node_parser_names_a_document_without_entries():
    with pytest.raises(FaqError, match="no FAQ entry found"):
        FaqPhrasingNodeParser().get_nodes_from_documents([Document(text="just some prose")])


def test_node_parser_serialisation_round_trips():
    data = FaqPhrasingNodeParser().to_dict()
    assert isinstance(FaqPhrasingNodeParser.from_dict(data), FaqPhrasingNodeParser)


# -- also: instrumentation, cutoff, instruction, prompt style --------------------
class _Retrievals(BaseEventHandler):
    seen: list = []

    @classmethod
    def class_name(cls) -> str:
        return "Retrievals"

    def handle(self, event, **kwargs) -> None:
        if isinstance(event, RetrievalEndEvent):
            self.seen.append(event.str_or_query_bundle)


def test_the_bots_own_answers_emit_retrieval_events(shop_service):
    service = shop_service
    handler = _Retrievals(seen=[])
    get_dispatcher().add_event_handler(handler)
    try:
        service.answer("how long does shipping take")
    finally:
        get_dispatcher().event_handlers.remove(handler)
    assert any(getattr(q, "query_str", q) == "how long does shipping take" for q in handler.seen)


def test_retriever_takes_a_similarity_cutoff(shop_service):
    retriever = shop_service.answerer.retriever
    scores = [hit.score for hit in retriever.retrieve("I forgot my password")]
    retriever.similarity_cutoff = (scores[0] + scores[1]) / 2
    try:
        assert [hit.score for hit in retriever.retrieve("I forgot my password")] == scores[:1]
    finally:
        retriever.similarity_cutoff = None


def test_full_qwen3_prefix_as_query_instruction_is_not_doubled(sglang_server):
    adapter = SGLangEmbedding(api_base=sglang_server.base_url, max_retries=0,
                              query_instruction="Instruct: Find the FAQ entry\nQuery:")
    adapter.get_query_embedding("refund?")
    (request,) = sglang_server.embedding_requests()
    assert request.json["input"] == ["Instruct: Find the FAQ entry\nQuery:refund?"]


def test_an_unknown_prompt_style_fails_at_construction():
    with pytest.raises(ValueError, match="unknown prompt style 'qwen'"):
        SGLangEmbedding(prompt_style="qwen")


# -- the FAQ-first query engine ---------------------------------------------------
class _Fallback(CustomQueryEngine):
    """A fallback engine that records what it was asked."""

    asked: list = []

    def custom_query(self, query_str: str) -> Response:
        self.asked.append(query_str)
        return Response(response=f"generated answer to {query_str}", metadata={})


def test_faq_first_engine_answers_verbatim_when_confident(shop_service):
    fallback = _Fallback(asked=[])
    engine = FaqFirstQueryEngine(shop_service, fallback_engine=fallback)
    response = engine.query("I forgot my password")
    assert response.response == ("Open **Settings → Security** and click *Reset password*.\n"
                                 "We email you a link that works for 30 minutes.")
    assert response.metadata["answered_by"] == "faq"
    assert response.metadata["faq_id"] == "reset-password"
    assert 0 < response.metadata["confidence"] <= 1
    assert response.source_nodes[0].node.metadata["faq_id"] == "reset-password"
    assert fallback.asked == []


def test_faq_first_engine_delegates_what_the_faq_cannot_answer(shop_service):
    fallback = _Fallback(asked=[])
    engine = FaqFirstQueryEngine(shop_service, fallback_engine=fallback)
    question = "what is the airspeed velocity of an unladen swallow"
    response = engine.query(question)
    assert fallback.asked == [question]
    assert response.response == f"generated answer to {question}"
    assert response.metadata["answered_by"] == "fallback"
    assert asyncio.run(engine.aquery(question)).metadata["answered_by"] == "fallback"


def test_faq_first_engine_without_fallback_says_not_sure(shop_service):
    response = FaqFirstQueryEngine(shop_service).query("what is the airspeed of a swallow")
    assert response.metadata["answered_by"] == "none"
    assert "not sure" in response.response
    assert len(response.metadata["suggestions"]) >= 1


def test_faq_first_engine_async_and_as_a_tool(shop_service):
    engine = FaqFirstQueryEngine(shop_service)
    response = asyncio.run(engine.aquery("快递多久能到"))
    assert response.metadata["faq_id"] == "shipping-time"
    tool = QueryEngineTool.from_defaults(engine, name="faq", description="Company FAQ")
    output = tool.call("how long until my parcel arrives")
    assert "Orders ship within 24 hours" in output.content

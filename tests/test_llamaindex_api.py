"""faqbot's components in standard LlamaIndex pipelines (bot.llamaindex), one test per
reported failure, on the real embedded model and real files."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest
from llama_index.core import Document, SimpleDirectoryReader, StorageContext
from llama_index.core.base.response.schema import Response
from llama_index.core.instrumentation.events.retrieval import RetrievalEndEvent
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
from llamaindex_events import recorded_events


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
def test_the_bots_own_answers_emit_retrieval_events(shop_service):
    with recorded_events() as events:
        shop_service.answer("how long does shipping take")
    seen = [event.str_or_query_bundle for event in events if isinstance(event, RetrievalEndEvent)]
    assert any(getattr(q, "query_str", q) == "how long does shipping take" for q in seen)


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


# == issue 22: components that stay correct in long-lived pipelines ==================
def _pipeline(store, embed_model):
    from llama_index.core.ingestion import IngestionPipeline
    from llama_index.core.storage.docstore import SimpleDocumentStore

    return IngestionPipeline(transformations=[FaqPhrasingNodeParser(), embed_model], vector_store=store,
                             docstore=SimpleDocumentStore())


def _faq_store(faq_dir, embed_model) -> FaqVectorStore:
    store = FaqVectorStore(dimension=384)
    _pipeline(store, embed_model).run(documents=FaqMarkdownReader().load_data(faq_dir))
    return store


# -- 1. a long-lived retriever sees an upsert --------------------------------------------
def test_a_long_lived_retriever_and_engine_answer_from_the_updated_store(faq_dir, local_embed_model):
    from bot.llamaindex import FaqAnswerer, FaqRetriever

    store = FaqVectorStore(dimension=384)
    pipeline = _pipeline(store, local_embed_model)
    pipeline.run(documents=FaqMarkdownReader().load_data(faq_dir))
    retriever = FaqRetriever(store, local_embed_model, similarity_top_k=2)
    engine = FaqFirstQueryEngine(FaqAnswerer(retriever, 0.0, [api.FaqConfidence()]))
    assert retriever.retrieve("how long does shipping take")[0].node.text.startswith("Orders ship within 24")
    assert engine.query("how long does shipping take").response.startswith("Orders ship within 24")
    shop = faq_dir / "shop.md"
    shop.write_text(shop.read_text().replace("Orders ship within 24 hours", "Orders ship within 48 hours"))
    assert len(pipeline.run(documents=FaqMarkdownReader().load_data(faq_dir))) == 3  # only that entry
    assert retriever.retrieve("how long does shipping take")[0].node.text.startswith("Orders ship within 48")
    assert engine.query("how long does shipping take").response.startswith("Orders ship within 48")


def test_an_entry_space_of_an_older_store_is_not_used(faq_dir, local_embed_model, caplog):
    from bot.llamaindex import FaqRetriever, WhitenedAggregation

    store = _faq_store(faq_dir, local_embed_model)
    retriever = FaqRetriever(store, local_embed_model, entry_space=WhitenedAggregation().build(store))
    hit = retriever.retrieve("I forgot my password")[0]
    assert "typicality" in hit.node.metadata  # scored in the space
    store.delete("refund")
    with caplog.at_level(logging.WARNING, logger="bot.retrieval.retriever"):
        hit = retriever.retrieve("I forgot my password")[0]
    assert "entry_space" in caplog.text and "typicality" not in hit.node.metadata
    assert hit.score == hit.node.metadata["cosine"]
    retriever.entry_space = WhitenedAggregation().build(store)  # a space of the store as it is now
    assert "typicality" in retriever.retrieve("I forgot my password")[0].node.metadata


# -- 2. the manifest records the model passed in ------------------------------------------
def test_the_index_records_the_model_passed_in_and_another_model_is_refused(tmp_path, faq_dir):
    from bot.embeddings.minilm import MODEL_NAME as MINILM, MiniLMEmbedding
    from bot.index.storage import IndexMismatchError

    settings = Settings(faq_dir=faq_dir, index_dir=tmp_path / "index_store", self_calibrate_on_index=False)
    minilm = MiniLMEmbedding(num_threads=1)
    built = FaqService(settings, embed_model=minilm).load()
    assert (built.manifest.signature.backend, built.manifest.signature.model) == ("minilm", MINILM)
    with pytest.raises(IndexMismatchError, match=r"model: index has 'sentence-transformers/all-MiniLM"):
        FaqService(settings).load()  # the default (e5) service says so, rather than decline everything

    other = Settings(faq_dir=faq_dir, index_dir=tmp_path / "e5_index", self_calibrate_on_index=False)
    FaqService(other).load()
    with pytest.raises(IndexMismatchError, match=r"configured 'sentence-transformers/all-MiniLM"):
        FaqService(other, embed_model=minilm).load()


# -- 3. a plain document beside the FAQ ---------------------------------------------------
def test_a_plain_document_in_the_store_is_kept_and_never_breaks_faq_retrieval(faq_dir, local_embed_model):
    from llama_index.core import VectorStoreIndex

    from bot.llamaindex import FaqRetriever

    store = _faq_store(faq_dir, local_embed_model)
    index = VectorStoreIndex.from_vector_store(store, embed_model=local_embed_model)
    index.insert(Document(text="Gift cards are sold at the front desk.", id_="plain-1"))
    hits = FaqRetriever(store, local_embed_model, similarity_top_k=10).retrieve("where can I buy gift cards?")
    assert hits and all("faq_id" in h.node.metadata for h in hits)  # FAQ entries only
    assert "plain-1" not in {h.node.node_id for h in hits}
    plain = index.as_retriever(similarity_top_k=1).retrieve("where can I buy gift cards?")
    assert plain[0].node.text == "Gift cards are sold at the front desk."  # kept whole, retrievable


# -- 4. the standard reload pattern -------------------------------------------------------
def test_an_faq_index_reloads_through_load_index_from_storage(tmp_path, faq_dir, local_embed_model):
    from llama_index.core import VectorStoreIndex, load_index_from_storage

    store = _faq_store(faq_dir, local_embed_model)
    VectorStoreIndex.from_vector_store(store, embed_model=local_embed_model).storage_context.persist(
        str(tmp_path / "storage"))
    persist_dir = str(tmp_path / "storage")
    with pytest.raises(ValueError, match="FaqVectorStore.from_persist_dir"):
        load_index_from_storage(StorageContext.from_defaults(persist_dir=persist_dir))
    context = StorageContext.from_defaults(persist_dir=persist_dir,
                                           vector_store=FaqVectorStore.from_persist_dir(persist_dir))
    index = load_index_from_storage(context, embed_model=local_embed_model)
    hit = index.as_retriever(similarity_top_k=1).retrieve("I forgot my password")[0]
    assert hit.node.metadata["faq_id"] == "reset-password" and len(index.vector_store) == len(store)


# -- 5. doc_ids through a retriever over the FAQ store ------------------------------------
def test_doc_ids_and_filters_reach_the_faq_store(faq_dir, local_embed_model):
    from llama_index.core import VectorStoreIndex
    from llama_index.core.vector_stores.types import FilterOperator, MetadataFilter, MetadataFilters

    store = _faq_store(faq_dir, local_embed_model)
    index = VectorStoreIndex.from_vector_store(store, embed_model=local_embed_model)
    hits = index.as_retriever(doc_ids=["refund"], similarity_top_k=10).retrieve("I forgot my password")
    assert {h.node.ref_doc_id for h in hits} == {"refund"}
    store.delete_nodes(filters=MetadataFilters(filters=[
        MetadataFilter(key="faq_id", operator=FilterOperator.IN, value=["refund", "change-email"])]))
    assert {n.metadata["faq_id"] for n in store.get_nodes()} == {"reset-password", "shipping-time"}


# -- 6. pickling keeps the store -----------------------------------------------------------
def test_a_pickled_faq_store_keeps_its_rows(faq_dir, local_embed_model):
    import pickle

    store = _faq_store(faq_dir, local_embed_model)
    again = pickle.loads(pickle.dumps(store))
    assert len(again) == len(store) > 0
    assert [e.id for e in again.entries()] == [e.id for e in store.entries()]


# -- 7. streaming and async response types --------------------------------------------------
def test_faq_hits_stream_when_the_fallback_streams(shop_service):
    from llama_index.core import VectorStoreIndex
    from llama_index.core.base.response.schema import AsyncStreamingResponse, StreamingResponse
    from llama_index.core.llms import MockLLM

    fallback = VectorStoreIndex.from_documents(
        [Document(text="The on-call rota is pinned in #eng-oncall.")],
        embed_model=shop_service.embed_model).as_query_engine(llm=MockLLM(), streaming=True)
    engine = FaqFirstQueryEngine(shop_service, fallback_engine=fallback)
    for question in ("I forgot my password", "who is on call for engineering this week?"):
        response = engine.query(question)
        assert isinstance(response, StreamingResponse), question
        assert "".join(response.response_gen) is not None
    hit = engine.query("I forgot my password")
    assert "".join(hit.response_gen).startswith("Open **Settings") and hit.metadata["answered_by"] == "faq"
    hit.print_response_stream()  # what failed with AttributeError on a plain Response

    async def asked() -> str:
        response = await engine.aquery("I forgot my password")
        assert isinstance(response, AsyncStreamingResponse)
        return "".join([chunk async for chunk in response.async_response_gen()])

    assert asyncio.run(asked()).startswith("Open **Settings")
    assert isinstance(FaqFirstQueryEngine(shop_service).query("I forgot my password"), Response)


# -- 8. FaqConfidence from the public imports, round trip with its lexicon -------------------
def test_faq_confidence_defaults_and_round_trips_its_lexicon(shop_service):
    import pickle

    from llama_index.core.schema import QueryBundle

    from bot.llamaindex import LexicalIndex

    default = api.FaqConfidence()
    assert default.weights.bias != 0
    lexicon = LexicalIndex(shop_service.stored.store.texts_by_entry())
    confidence = api.FaqConfidence(lexicon=lexicon, weights=default.weights)
    question = "I forgot my password"
    candidates = shop_service.answerer.retriever.retrieve(question)

    def scores(postprocessor):
        return [n.score for n in postprocessor.postprocess_nodes(list(candidates), QueryBundle(question))]

    data = confidence.to_dict()
    assert data != default.to_dict()  # the lexicon is part of it
    for again in (api.FaqConfidence.from_dict(data), api.FaqConfidence.from_json(confidence.to_json()),
                  pickle.loads(pickle.dumps(confidence))):
        assert scores(again) == pytest.approx(scores(confidence))
    assert scores(default) != pytest.approx(scores(confidence))


# -- 9. delete by entry id for entries of a plain Document --------------------------------------
def test_an_entry_of_a_plain_markdown_document_is_deleted_by_its_id(local_embed_model):
    from llama_index.core import VectorStoreIndex

    store = FaqVectorStore(dimension=384)
    index = VectorStoreIndex([], storage_context=StorageContext.from_defaults(vector_store=store),
                             embed_model=local_embed_model, transformations=[FaqPhrasingNodeParser()])
    index.insert(Document(text=SHOP_FAQ, id_="shop-file"))
    index.delete_ref_doc("refund")
    assert "refund" not in {n.metadata["faq_id"] for n in store.get_nodes()}
    index.delete_ref_doc("shop-file")  # the source document's id still deletes all of it
    assert len(store) == 0


# -- 10. a retriever is not an answerer ------------------------------------------------------
def test_faq_first_engine_refuses_a_retriever_saying_what_to_pass(shop_service):
    with pytest.raises(TypeError, match=r"FaqAnswerer\(retriever"):
        FaqFirstQueryEngine(shop_service.answerer.retriever)


# -- 11. the SGLang adapter's defaults follow the model ---------------------------------------
def test_sglang_adapter_defaults_follow_the_model(sglang_server):
    assert SGLangEmbedding().api_key == "EMPTY"
    bge = SGLangEmbedding(model_name="BAAI/bge-m3", api_base=sglang_server.base_url, max_retries=0)
    assert bge.prompt_style == "none"
    bge.get_query_embedding("refund?")
    bare = SGLangEmbedding(api_base=sglang_server.base_url, max_retries=0, query_instruction="")
    bare.get_query_embedding("refund?")
    qwen = SGLangEmbedding(api_base=sglang_server.base_url, max_retries=0)
    qwen.get_query_embedding("refund?")
    inputs = [r.json["input"] for r in sglang_server.embedding_requests()]
    assert inputs[:2] == [["refund?"], ["refund?"]]
    assert inputs[2][0].startswith("Instruct: Given a customer service question") and qwen.prompt_style == "qwen3"


# -- 12. a very long query is read up to the limit -----------------------------------------------
def test_components_read_a_query_up_to_max_query_chars(shop_service):
    from llama_index.core.schema import QueryBundle

    from bot.llamaindex import FaqRetriever
    from bot.retrieval.retriever import MAX_QUERY_CHARS

    assert MAX_QUERY_CHARS == Settings.model_fields["max_question_chars"].default
    seen = []

    class Recording(type(shop_service.embed_model)):
        def _get_query_embedding(self, query):
            seen.append(query)
            return super()._get_query_embedding(query)

    retriever = FaqRetriever(shop_service.stored.store, Recording(), max_query_chars=50)
    bundle = QueryBundle("I forgot my password " * 1000)
    assert retriever.retrieve(bundle)[0].node.metadata["faq_id"] == "reset-password"
    assert [len(q) for q in seen] == [50] and len(bundle.query_str) == 50


# -- 13. errors and validation; BLAS threads left alone -------------------------------------------
def test_constructing_a_service_leaves_blas_threads_alone(settings):
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads():
        return [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]

    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        FaqService(settings)
        assert blas_threads() == before


@pytest.mark.parametrize(("arguments", "message"), [
    ({"similarity_top_k": 0}, "similarity_top_k"), ({"max_query_chars": 0}, "max_query_chars"),
])
def test_retriever_arguments_are_checked(shop_service, arguments, message):
    from bot.llamaindex import FaqRetriever

    with pytest.raises(ValueError, match=message):
        FaqRetriever(shop_service.stored.store, shop_service.embed_model, **arguments)
    with pytest.raises(TypeError, match="needs a FaqVectorStore"):
        FaqRetriever(object(), shop_service.embed_model)


# -- 14. the reader is strict about what is an FAQ file ---------------------------------------------
def test_reader_refuses_a_markdown_file_that_is_not_an_faq(tmp_path, faq_dir):
    readme = write_faq(tmp_path, "README.md", "# Project\n\n## Quick start\n\nRun it.\n\n## Settings\n\nNone.\n")
    with pytest.raises(FaqError, match=r"README.md:3: not an FAQ file"):
        FaqMarkdownReader().load_data(readme)
    assert len(FaqMarkdownReader(require_ids=False).load_data(readme)) == 2
    empty = write_faq(tmp_path, "empty.md", "# Nothing here\n")
    with pytest.raises(FaqError, match="no FAQ entry found"):
        FaqMarkdownReader().load_data(empty)  # as the node parser says for such a Document
    with pytest.raises(FaqError, match="has no 'id:' line"):
        FaqPhrasingNodeParser().get_nodes_from_documents([Document(text=readme.read_text())])


def test_one_file_read_by_two_spellings_is_not_its_own_duplicate(faq_dir, caplog, monkeypatch):
    monkeypatch.chdir(faq_dir.parent)
    reader = FaqMarkdownReader()
    with caplog.at_level(logging.WARNING, logger="bot.faq.reader"):
        reader.load_data("faq_sources/shop.md")
        reader.load_data(str(faq_dir / "shop.md"))
    assert "duplicate id" not in caplog.text


# -- 15. in-process embeddings copy and pickle ---------------------------------------------------
def test_the_embedded_model_deep_copies_and_pickles_quietly(local_embed_model, caplog):
    import copy
    import pickle

    vector = local_embed_model.get_query_embedding("refund")
    with caplog.at_level(logging.WARNING):
        for other in (copy.deepcopy(local_embed_model), pickle.loads(pickle.dumps(local_embed_model))):
            assert other.get_query_embedding("refund") == pytest.approx(vector)
    assert "unpickleable" not in caplog.text

"""The bot's own answers skip LlamaIndex's instrumentation only while nobody listens
(bot/instrumentation.py), and answer exactly the same either way; real model, real files."""

from __future__ import annotations

import pytest
from llama_index.core.callbacks.base_handler import BaseCallbackHandler
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.events.embedding import EmbeddingEndEvent
from llama_index.core.instrumentation.events.retrieval import RetrievalEndEvent
from llama_index.core.instrumentation.span_handlers import SimpleSpanHandler

from bot.config import Settings
from bot.instrumentation import observed, query_embedding
from bot.retrieval.policy import AnswerPolicy
from bot.retrieval.retriever import FaqRetriever
from bot.service import FaqService
from conftest import SHOP_FAQ, write_faq
from llamaindex_events import recorded_events

QUESTIONS = ["I forgot my password", "how long does shipping take", "can I get my money back",
             "change the email on my account", "what is the weather on mars", "我忘记密码了"]


class _Callbacks(BaseCallbackHandler):
    def __init__(self) -> None:
        super().__init__([], [])
        self.events: list[str] = []

    def on_event_start(self, event_type, payload=None, event_id="", parent_id="", **kwargs) -> str:
        self.events.append(event_type.value)
        return event_id

    def on_event_end(self, event_type, payload=None, event_id="", **kwargs) -> None:
        pass

    def start_trace(self, trace_id=None) -> None:
        pass

    def end_trace(self, trace_id=None, trace_map=None) -> None:
        pass


@pytest.fixture(scope="module")
def service(tmp_path_factory) -> FaqService:
    folder = tmp_path_factory.mktemp("shop")
    write_faq(folder / "faq_sources", "shop.md", SHOP_FAQ)
    service = FaqService(Settings(faq_dir=folder / "faq_sources", index_dir=folder / "index_store"))
    service.load()
    return service


def _components(service: FaqService) -> list:
    return [service.answerer.retriever, *service.answerer.rescorers]


def _answer_record(answer) -> tuple:
    return (answer.to_json(), [(n.node.node_id, n.score, list(n.node.metadata.items()),
                                n.node.excluded_embed_metadata_keys, n.node.excluded_llm_metadata_keys,
                                n.node.get_content()) for n in answer.candidates])


def test_nobody_listens_by_default(service):
    assert not observed(_components(service)) and not observed([service.embed_model])


@pytest.mark.parametrize("where", ["root", "module of a base class", "module of the component"])
def test_an_event_handler_on_a_dispatcher_the_calls_reach_is_a_listener(service, where):
    name = {"root": "root", "module of a base class": "llama_index.core.base.base_retriever",
            "module of the component": "bot.retrieval.retriever"}[where]
    with recorded_events(name):
        assert observed(_components(service))
    assert not observed(_components(service))


def test_a_handler_on_an_unrelated_module_is_not_a_listener(service):
    with recorded_events("llama_index.core.query_engine.retriever_query_engine"):
        assert not observed(_components(service))


def test_a_span_handler_is_a_listener(service):
    handler = SimpleSpanHandler()
    get_dispatcher().add_span_handler(handler)
    try:
        assert observed(_components(service))
        service.answer("I forgot my password")
        assert any(span.id_.startswith("_TimedRetriever.retrieve-") for span in handler.completed_spans)
    finally:
        get_dispatcher().span_handlers.remove(handler)


def test_a_callback_handler_in_the_retrievers_callback_manager_is_a_listener(service):
    callbacks, manager = _Callbacks(), service.answerer.retriever.callback_manager
    manager.add_handler(callbacks)
    try:
        assert observed(_components(service))
        service.answer("I forgot my password")
        assert "retrieve" in callbacks.events
    finally:
        manager.remove_handler(callbacks)
    assert not observed(_components(service))


def test_answers_are_the_same_whether_or_not_anyone_listens(service):
    policy = AnswerPolicy(categories=frozenset({"Account"}))
    quiet = [_answer_record(service.answer(q)) for q in QUESTIONS]
    quiet_restricted = [_answer_record(service.answer(q, policy)) for q in QUESTIONS]
    with recorded_events() as events:
        heard = [_answer_record(service.answer(q)) for q in QUESTIONS]
        heard_restricted = [_answer_record(service.answer(q, policy)) for q in QUESTIONS]
    assert heard == quiet and heard_restricted == quiet_restricted
    seen = {type(event) for event in events}
    assert RetrievalEndEvent in seen and EmbeddingEndEvent in seen
    assert any(record[0]["match"] for record in quiet)  # real answers, not only "not sure"


def test_unobserved_answers_do_not_go_through_llamaindex_calls(service, monkeypatch):
    def refused(*args, **kwargs):
        raise AssertionError("an instrumented LlamaIndex call on an unobserved answer")

    expected = service.answer("I forgot my password").match.id
    monkeypatch.setattr(FaqRetriever, "retrieve", refused)
    monkeypatch.setattr(type(service.embed_model), "get_query_embedding", refused)
    monkeypatch.setattr(type(service.answerer.rescorers[0]), "postprocess_nodes", refused)
    assert service.answer("I forgot my password").match.id == expected
    with recorded_events(), pytest.raises(AssertionError, match="instrumented LlamaIndex call"):
        service.answer("I forgot my password")


def test_query_embedding_goes_through_llamaindex_while_observed(service):
    quiet = query_embedding(service.embed_model, "I forgot my password")
    with recorded_events() as events:
        heard = query_embedding(service.embed_model, "I forgot my password")
    seen = {type(event) for event in events}
    assert heard == quiet and EmbeddingEndEvent in seen
    assert RetrievalEndEvent not in seen


def test_a_model_with_an_embeddings_cache_goes_through_llamaindex(service):
    class _Cache:
        def __init__(self) -> None:
            self.puts = 0

        def get(self, key, collection=None):
            return None

        def put(self, key, val, collection=None):
            self.puts += 1

    model = service.embed_model.model_copy()
    cache = _Cache()
    object.__setattr__(model, "embeddings_cache", cache)
    query_embedding(model, "I forgot my password")
    assert cache.puts == 1

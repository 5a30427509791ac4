"""An FAQ-first LlamaIndex query engine: the maintainers' verbatim answer when the FAQ
matches confidently, otherwise whatever engine the developer puts behind it.

Support teams want curated answers first and generation only when no FAQ entry fits.
The FAQ path never generates: its response text is the entry's answer exactly, with
the entry's node as the source and the confidence in the metadata.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Optional, Protocol

from llama_index.core.base.base_query_engine import BaseQueryEngine
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.response.schema import (
    RESPONSE_TYPE,
    AsyncStreamingResponse,
    Response,
    StreamingResponse,
)
from llama_index.core.callbacks import CallbackManager
from llama_index.core.prompts.mixin import PromptMixinType
from llama_index.core.schema import QueryBundle

from bot.retrieval.answer import Answer

NOT_SURE = "I'm not sure which FAQ entry answers that."

# Response.metadata["answered_by"]: which path produced the response.
BY_FAQ, BY_FALLBACK, BY_NONE = "faq", "fallback", "none"


class Answers(Protocol):
    """What the engine asks: ``FaqService`` (follows live reloads) or a ``FaqAnswerer``."""

    def answer(self, question: str) -> Answer: ...

    async def aanswer(self, question: str) -> Answer: ...


class FaqFirstQueryEngine(BaseQueryEngine):
    """Answer from the FAQ when it is confident, else delegate to ``fallback_engine``.

    Example::

        engine = FaqFirstQueryEngine(FaqService(FaqBotSettings()), fallback_engine=rag_engine)
        response = engine.query("how long does shipping take?")
        response.metadata["answered_by"]   # "faq" or "fallback"

    Without a fallback engine an unmatched question gets a polite "not sure" and the
    closest FAQ questions in ``metadata["suggestions"]``. Usable as a ``QueryEngineTool``.

    Every question gets the response type the fallback gives: with a streaming fallback
    (``as_query_engine(streaming=True)``) an FAQ answer is a ``StreamingResponse`` too
    (one chunk: the answer), and an ``AsyncStreamingResponse`` from ``aquery``.
    ``streaming`` overrides what is read from the fallback.
    """

    def __init__(self, answers: Answers, fallback_engine: Optional[BaseQueryEngine] = None,
                 callback_manager: Optional[CallbackManager] = None,
                 streaming: Optional[bool] = None) -> None:
        if isinstance(answers, BaseRetriever) or not (callable(getattr(answers, "answer", None))
                                                      and callable(getattr(answers, "aanswer", None))):
            raise TypeError(
                f"FaqFirstQueryEngine needs something that answers (a FaqService or FaqAnswerer), got "
                f"{type(answers).__name__}: a retriever only ranks entries; wrap it as "
                "FaqAnswerer(retriever, similarity_cutoff, [FaqConfidence(lexicon=None)])")
        if fallback_engine is not None and not isinstance(fallback_engine, BaseQueryEngine):
            raise TypeError(f"fallback_engine must be a LlamaIndex query engine, got {type(fallback_engine).__name__}")
        self.answers = answers
        self.fallback_engine = fallback_engine
        self.streaming = _streams(fallback_engine) if streaming is None else bool(streaming)
        super().__init__(callback_manager)

    def _get_prompt_modules(self) -> PromptMixinType:
        return {"fallback_engine": self.fallback_engine} if self.fallback_engine else {}

    def _query(self, query_bundle: QueryBundle) -> RESPONSE_TYPE:
        answer = self.answers.answer(query_bundle.query_str)
        if answer.match is None and self.fallback_engine is not None:
            return _delegated(self.fallback_engine.query(query_bundle), answer)
        response = _from_faq(answer)
        return _streamed(response) if self.streaming else response

    async def _aquery(self, query_bundle: QueryBundle) -> RESPONSE_TYPE:
        answer = await self.answers.aanswer(query_bundle.query_str)
        if answer.match is None and self.fallback_engine is not None:
            return _delegated(await self.fallback_engine.aquery(query_bundle), answer)
        response = _from_faq(answer)
        return _astreamed(response) if self.streaming else response


def _streams(engine: Optional[BaseQueryEngine]) -> bool:
    """Whether ``engine`` answers with streaming responses: LlamaIndex's query engines keep
    it on their response synthesizer (``as_query_engine(streaming=True)``) or as a field."""
    if engine is None:
        return False
    synthesizer = getattr(engine, "_response_synthesizer", None)
    flag = getattr(synthesizer, "_streaming", None)
    if flag is None:
        flag = getattr(engine, "streaming", False)
    return flag is True


def _streamed(response: Response) -> StreamingResponse:
    return StreamingResponse(response_gen=iter([response.response or ""]), source_nodes=response.source_nodes,
                             metadata=response.metadata)


def _astreamed(response: Response) -> AsyncStreamingResponse:
    async def one_chunk() -> AsyncIterator[str]:
        yield response.response or ""

    return AsyncStreamingResponse(response_gen=one_chunk(), source_nodes=response.source_nodes,
                                  metadata=response.metadata)


def _from_faq(answer: Answer) -> Response:
    if answer.match is None:
        return Response(response=NOT_SURE, source_nodes=[], metadata=_declined(answer, BY_NONE))
    match = answer.match
    source = next((c for c in answer.candidates if c.node.metadata.get("faq_id") == match.id), None)
    return Response(
        response=match.answer,
        source_nodes=[source] if source is not None else [],
        metadata={"answered_by": BY_FAQ, "faq_id": match.id, "faq_question": match.question,
                  "confidence": match.score, "source": f"{match.source}:{match.line}",
                  # Which of the entry's answers the response is (the question's language).
                  "answer_language": match.language},
    )


def _delegated(response: Any, answer: Answer) -> Any:
    """The fallback's response, marked as such (streaming responses have metadata too)."""
    metadata = getattr(response, "metadata", None)
    if metadata is None:
        metadata = {}
        response.metadata = metadata
    metadata.update(_declined(answer, BY_FALLBACK))
    return response


def _declined(answer: Answer, answered_by: str) -> dict[str, Any]:
    closest = answer.choices or answer.suggestions
    return {"answered_by": answered_by,
            "suggestions": [{"faq_id": s.id, "question": s.question, "confidence": s.score}
                            for s in closest]}

"""The answer facade: a confident match, "did you mean A or B?", or "not sure" with suggestions.

The decision runs through LlamaIndex node postprocessors: first any that rescore
candidates (confidence), then a ``SimilarityPostprocessor`` holding the cutoff.
A pipeline that reuses the retriever with the same postprocessors decides the same.
When the two best entries are too close to call (:class:`~bot.retrieval.confidence.Ambiguity`)
the answer offers both as ``choices`` instead of guessing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional, Sequence

from llama_index.core.postprocessor import SimilarityPostprocessor
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import NodeWithScore, QueryBundle

from bot.retrieval.confidence import Ambiguity
from bot.retrieval.retriever import FaqRetriever

MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Match:
    id: str
    question: str
    answer: str
    score: float
    source: str
    line: int

    def to_json(self) -> dict:
        return {"id": self.id, "question": self.question, "answer": self.answer,
                "score": self.score, "source": f"{self.source}:{self.line}"}


@dataclass(frozen=True)
class Suggestion:
    id: str
    question: str
    score: float

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    question: str
    match: Optional[Match]
    suggestions: list[Suggestion] = field(default_factory=list)
    candidates: list[NodeWithScore] = field(default_factory=list, repr=False, compare=False)
    # "Did you mean…": the two entries that were too close to call (then match is None).
    choices: list[Suggestion] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "match": self.match.to_json() if self.match else None,
            "suggestions": [s.to_json() for s in self.suggestions],
            "choices": [c.to_json() for c in self.choices],
        }


class FaqAnswerer:
    """Turn a question into an :class:`Answer` using the retriever and postprocessors."""

    def __init__(
        self,
        retriever: FaqRetriever,
        similarity_cutoff: float,
        rescorers: Sequence[BaseNodePostprocessor] = (),
        ambiguity: Optional[Ambiguity] = None,
    ) -> None:
        self.retriever = retriever
        self.rescorers = list(rescorers)
        self.cutoff = SimilarityPostprocessor(similarity_cutoff=similarity_cutoff)
        self.ambiguity = ambiguity

    @property
    def node_postprocessors(self) -> list[BaseNodePostprocessor]:
        """Postprocessors to hand to e.g. ``RetrieverQueryEngine`` for the same decisions."""
        return [*self.rescorers, self.cutoff]

    def answer(self, question: str) -> Answer:
        bundle = QueryBundle(question)
        return self._decide(question, self.retriever.retrieve(bundle), bundle)

    async def aanswer(self, question: str) -> Answer:
        bundle = QueryBundle(question)
        return self._decide(question, await self.retriever.aretrieve(bundle), bundle)

    def answer_embedding(self, question: str, embedding: list[float]) -> Answer:
        # Through retrieve(), not retrieve_by_embedding(): LlamaIndex's instrumentation
        # (retrieval spans, callback events) sees the bot's own questions too.
        bundle = QueryBundle(question, embedding=embedding)
        return self._decide(question, self.retriever.retrieve(bundle), bundle)

    def _decide(self, question: str, candidates: list[NodeWithScore], bundle: QueryBundle) -> Answer:
        for rescorer in self.rescorers:
            candidates = rescorer.postprocess_nodes(candidates, query_bundle=bundle)
        suggestions = [_suggestion(n) for n in candidates[:MAX_SUGGESTIONS]]
        if self.ambiguity is not None:
            choices = self.ambiguity.choices(candidates, self.cutoff.similarity_cutoff or 0.0)
            if choices:
                return Answer(question, None, suggestions, candidates, [_suggestion(n) for n in choices])
        confident = self.cutoff.postprocess_nodes(candidates, query_bundle=bundle)
        if confident:
            return Answer(question, _match(confident[0]), [], candidates)
        return Answer(question, None, suggestions, candidates)


def _match(hit: NodeWithScore) -> Match:
    meta = hit.node.metadata
    return Match(meta["faq_id"], meta["question"], meta["answer"], float(hit.score),
                 meta["source"], int(meta["line"]))


def _suggestion(hit: NodeWithScore) -> Suggestion:
    meta = hit.node.metadata
    return Suggestion(meta["faq_id"], meta["question"], float(hit.score))

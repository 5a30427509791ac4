"""The answer facade: a confident match, "did you mean A or B?", or "not sure" with suggestions.

The decision runs through LlamaIndex node postprocessors: first any that rescore
candidates (confidence), then a ``SimilarityPostprocessor`` holding the cutoff.
A pipeline that reuses the retriever with the same postprocessors decides the same.
When the two best entries are too close to call (:class:`~bot.retrieval.confidence.Ambiguity`)
the answer offers both as ``choices`` instead of guessing.

An :class:`~bot.retrieval.policy.AnswerPolicy` can restrict the categories answered from
and override the cutoff. The best entries inside the categories are searched for, but
their confidence is computed beside the best entries of the whole FAQ: the confidence's
margin is over the runner-up, and a question that an entry outside the categories answers
better must not look clear-cut just because that entry was left out. Entries outside the
categories are then dropped: never answered, suggested or offered as a choice.

A match carries the entry's answer in the question's language when the entry has one
(bot/retrieval/language.py), else its default answer.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional, Sequence

from llama_index.core.postprocessor import SimilarityPostprocessor
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import NodeWithScore, QueryBundle

from bot.faq.nodes import entry_from_metadata
from bot.retrieval.confidence import Ambiguity
from bot.retrieval.policy import CATEGORY, UNRESTRICTED, AnswerPolicy
from bot.retrieval.language import detect_language
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
    category: Optional[str] = None
    # The language of ``answer`` (its ``::: <language>`` block, or the file's
    # ``language:``); None when the entry does not say.
    language: Optional[str] = None

    def to_json(self) -> dict:
        return {"id": self.id, "question": self.question, "answer": self.answer,
                "language": self.language, "score": self.score,
                "source": f"{self.source}:{self.line}"}


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

    def answer(self, question: str, policy: AnswerPolicy = UNRESTRICTED) -> Answer:
        bundle = QueryBundle(question)
        candidates = self._with_allowed(self.retriever.retrieve(bundle), bundle.embedding, policy)
        return self._decide(question, candidates, bundle, policy)

    async def aanswer(self, question: str, policy: AnswerPolicy = UNRESTRICTED) -> Answer:
        bundle = QueryBundle(question)
        candidates = self._with_allowed(await self.retriever.aretrieve(bundle), bundle.embedding, policy)
        return self._decide(question, candidates, bundle, policy)

    def answer_embedding(self, question: str, embedding: list[float],
                         policy: AnswerPolicy = UNRESTRICTED) -> Answer:
        # Through retrieve(), not retrieve_by_embedding(): LlamaIndex's instrumentation
        # (retrieval spans, callback events) sees the bot's own questions too.
        bundle = QueryBundle(question, embedding=embedding)
        candidates = self._with_allowed(self.retriever.retrieve(bundle), embedding, policy)
        return self._decide(question, candidates, bundle, policy)

    def _with_allowed(self, candidates: list[NodeWithScore], embedding: Optional[list[float]],
                      policy: AnswerPolicy) -> list[NodeWithScore]:
        """The whole FAQ's best entries plus the best entries the policy allows."""
        if not policy.restricts_categories or embedding is None:
            return candidates
        seen = {n.node.node_id for n in candidates}
        allowed = self.retriever.retrieve_by_embedding(embedding, filters=policy.filters())
        merged = candidates + [n for n in allowed if n.node.node_id not in seen]
        return sorted(merged, key=lambda n: n.score or 0.0, reverse=True)

    def _decide(self, question: str, candidates: list[NodeWithScore], bundle: QueryBundle,
                policy: AnswerPolicy = UNRESTRICTED) -> Answer:
        for rescorer in self.rescorers:
            candidates = rescorer.postprocess_nodes(candidates, query_bundle=bundle)
        allowed = [n for n in candidates if policy.allows(n.node.metadata.get(CATEGORY))]
        cutoff = self.cutoff if policy.cutoff is None \
            else SimilarityPostprocessor(similarity_cutoff=policy.cutoff)
        suggestions = [_suggestion(n) for n in allowed[:MAX_SUGGESTIONS]]
        if self.ambiguity is not None:
            choices = self.ambiguity.choices(candidates, cutoff.similarity_cutoff or 0.0)
            if choices and all(policy.allows(n.node.metadata.get(CATEGORY)) for n in choices):
                return Answer(question, None, suggestions, allowed, [_suggestion(n) for n in choices])
        confident = cutoff.postprocess_nodes(allowed, query_bundle=bundle)
        if confident:
            return Answer(question, _match(confident[0], question), [], allowed)
        return Answer(question, None, suggestions, allowed)


NOT_SURE_TEXT = "I'm not sure which FAQ entry answers that."


def reply_text(answer: Answer) -> str:
    """The answer as plain text, as ``faqbot ask`` prints it (and the console shows it)."""
    if answer.match:
        match = answer.match
        return (f"{match.answer or '(this FAQ entry has no answer text)'}\n\n"
                f"— {match.question}  [{match.id}, score {match.score:.3f}, {match.source}:{match.line}]\n")
    if answer.choices:
        return "Did you mean…\n" + "".join(
            f"  - {choice.question}  [{choice.id}, score {choice.score:.3f}]\n" for choice in answer.choices)
    lines = [NOT_SURE_TEXT]
    if answer.suggestions:
        lines.append("Closest entries:")
        lines += [f"  - {s.question}  [{s.id}, score {s.score:.3f}]" for s in answer.suggestions]
    return "\n".join(lines) + "\n"


def _match(hit: NodeWithScore, question: str) -> Match:
    """``hit`` as a Match whose answer is in the language ``question`` is written in."""
    entry = entry_from_metadata(hit.node.metadata)
    chosen = entry.answer_in(detect_language(question))
    return Match(entry.id, entry.question, chosen.text, float(hit.score), entry.source, entry.line,
                 entry.category, chosen.language)


def _suggestion(hit: NodeWithScore) -> Suggestion:
    meta = hit.node.metadata
    return Suggestion(meta["faq_id"], meta["question"], float(hit.score))

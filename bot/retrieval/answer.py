"""The answer facade: a confident match, "did you mean A or B?", or "not sure" with suggestions.

The candidates run through LlamaIndex node postprocessors that rescore them (confidence),
then the cutoff of a ``SimilarityPostprocessor`` decides (:func:`bot.retrieval.scoring.decide`,
which the answer path without LlamaIndex runs too). A pipeline that reuses the retriever
with the same postprocessors (``node_postprocessors``) decides the same.
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

from typing import Optional, Sequence

from llama_index.core.postprocessor import SimilarityPostprocessor
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import NodeWithScore, QueryBundle

from bot.faq.nodes import entry_from_metadata
from bot.retrieval.confidence import FUSED, PAIR_CONFIDENCE, Ambiguity, FaqConfidence, confidence_values
from bot.instrumentation import observed
from bot.retrieval.policy import CATEGORY, UNRESTRICTED, AnswerPolicy
# The records and the decision are LlamaIndex-free (bot/retrieval/records.py, scoring.py),
# shared with the plain answer path; re-exported here, where pipelines import them from.
from bot.retrieval.records import (  # noqa: F401
    NOT_SURE_TEXT,
    Answer,
    Match,
    RankedEntry,
    Suggestion,
    match_of,
    reply_text,
)
from bot.retrieval.retriever import FaqRetriever
from bot.retrieval.scoring import (  # noqa: F401
    MAX_SUGGESTIONS,
    Candidate,
    EntryHit,
    answer_from_ranked,
    decide,
    ranked_entries,
    with_allowed,
)


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
        """The answer to ``question`` from its embedding: the bot's own path. While an
        instrumentation or callback handler listens (or the rescorers are not just the
        confidence), through ``retrieve()`` and ``postprocess_nodes()``, so handlers see the
        bot's questions too; else the same arithmetic on plain records, with each
        candidate's node made once at the end (bot/instrumentation.py)."""
        confidence = self._plain_confidence()
        if confidence is None or observed([self.retriever, *self.rescorers]):
            bundle = QueryBundle(question, embedding=embedding)
            candidates = self._with_allowed(self.retriever.retrieve(bundle), embedding, policy)
            return self._decide(question, candidates, bundle, policy)
        retriever = self.retriever
        hits = retriever.rank(embedding)
        if policy.restricts_categories:
            hits = with_allowed(hits, retriever.rank(embedding, filters=policy.filters()), lambda h: h.entry_id,
                                lambda h: h.score)
        read = question[:retriever.max_query_chars]  # as far as retrieve() reads it
        ranked = ranked_entries(hits, confidence.rescore_hits(hits, read))
        store = retriever.vector_store
        return answer_from_ranked(question, ranked, [store.entry(r.id) for r in ranked],
                                  self.cutoff.similarity_cutoff, policy, self.ambiguity,
                                  lambda allowed: CandidateNodes(retriever, allowed))

    def _plain_confidence(self) -> Optional[FaqConfidence]:
        """The confidence, when it is the only rescorer after faqbot's own retriever (what
        the bot runs without a reranker): the answer is then plain arithmetic."""
        if isinstance(self.retriever, FaqRetriever) and len(self.rescorers) == 1 \
                and type(self.rescorers[0]) is FaqConfidence:
            return self.rescorers[0]
        return None

    def _with_allowed(self, candidates: list[NodeWithScore], embedding: Optional[list[float]],
                      policy: AnswerPolicy) -> list[NodeWithScore]:
        """The whole FAQ's best entries plus the best entries the policy allows."""
        if not policy.restricts_categories or embedding is None:
            return candidates
        allowed = self.retriever.retrieve_by_embedding(embedding, filters=policy.filters())
        return with_allowed(candidates, allowed, lambda n: n.node.node_id, lambda n: n.score or 0.0)

    def _decide(self, question: str, candidates: list[NodeWithScore], bundle: QueryBundle,
                policy: AnswerPolicy = UNRESTRICTED) -> Answer:
        for rescorer in self.rescorers:
            candidates = rescorer.postprocess_nodes(candidates, query_bundle=bundle)
        cutoff = self.cutoff.similarity_cutoff
        decision = decide([_candidate(n) for n in candidates], cutoff, policy, self.ambiguity)
        allowed = [candidates[i] for i in decision.allowed]
        suggestions = [_suggestion(candidates[i]) for i in decision.suggestions]
        if decision.choices:
            return Answer(question, None, suggestions, allowed, [_suggestion(candidates[i]) for i in decision.choices])
        if decision.match is not None:
            return Answer(question, _match(candidates[decision.match], question), [], allowed)
        return Answer(question, None, suggestions, allowed)


class CandidateNodes(Sequence[NodeWithScore]):
    """An answer's candidates as the nodes ``retrieve()`` and ``postprocess_nodes()`` give,
    made when first read: the bot's replies never read them (the console and evaluation do)."""

    def __init__(self, retriever: FaqRetriever, ranked: list[RankedEntry]) -> None:
        self._retriever, self._ranked = retriever, ranked
        self._nodes: Optional[list[NodeWithScore]] = None

    def _made(self) -> list[NodeWithScore]:
        if self._nodes is None:
            self._nodes = [self._retriever.node_of(EntryHit(r.id, r.entry_score, r.cosine, r.typicality),
                                                   r.confidence, confidence_values(r)) for r in self._ranked]
        return self._nodes

    def __getitem__(self, index):
        return self._made()[index]

    def __len__(self) -> int:
        return len(self._ranked)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, CandidateNodes)) else NotImplemented

    def __repr__(self) -> str:
        return repr(self._made())

    def __reduce__(self):
        return list, (self._made(),)


def _candidate(hit: NodeWithScore) -> Candidate:
    meta = hit.node.metadata
    return Candidate(hit.score, meta.get(CATEGORY), meta.get(FUSED), meta.get(PAIR_CONFIDENCE))


def _match(hit: NodeWithScore, question: str) -> Match:
    """``hit`` as a Match whose answer is in the language ``question`` is written in."""
    return match_of(entry_from_metadata(hit.node.metadata), hit.score, question)


def _suggestion(hit: NodeWithScore) -> Suggestion:
    meta = hit.node.metadata
    return Suggestion(meta["faq_id"], meta["question"], float(hit.score))

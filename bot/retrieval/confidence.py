"""Confidence: the probability that the top FAQ entry is the right answer.

:class:`FaqConfidence` is a LlamaIndex node postprocessor that runs after
:class:`~bot.retrieval.retriever.FaqRetriever`. For each candidate entry it

1. fuses the retriever's entry score (``metadata["entry_score"]``) with lexical
   evidence: ``fused = entry_score + lexical_weight · tfidf_cosine(question, entry)``
   (:mod:`bot.retrieval.lexical`), and reorders by it;
2. turns the features into a probability with a logistic model::

       confidence = σ(bias + w_fused·fused + w_margin·(fused − best other fused)
                      + w_cosine·raw cosine + w_lexical·tfidf_cosine
                      + w_typicality·typicality)

   (``w_fused`` is 0 in the defaults: the fitted features are the other four).

   The margin is what separates "clearly this entry" from "one of several similar
   entries"; the raw cosine catches questions far from every entry; the typicality
   (:mod:`bot.retrieval.aggregation`) catches questions near an entry but not among its
   phrasings, as a question on a neighbouring topic the FAQ does not cover is.

The node's score becomes that confidence (highest first: the order is the fused order and
a lower-ranked entry's confidence is capped at the one above it), so the
``SimilarityPostprocessor`` cutoff that follows reads as "answer when at least this
likely to be right". The features stay in the node's metadata. The weights are fitted
per embedding model (its profile in bot/profiles.py, see docs/quality.md) and can be refitted
for one index with ``faqbot calibrate --refit``.

:class:`Ambiguity` decides when the two best entries are too close to call.
"""

from __future__ import annotations

from typing import Any, List, Optional

from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import NodeWithScore, QueryBundle
from pydantic import Field, PrivateAttr

from bot.retrieval.lexical import LexicalIndex
from bot.retrieval.records import RankedEntry
from bot.retrieval.retriever import with_metadata
# The model and its features are plain functions over arrays (bot/retrieval/scoring.py),
# which the answer path without LlamaIndex uses too; re-exported here where they are documented.
from bot.retrieval.scoring import (  # noqa: F401
    COSINE,
    ENTRY_SCORE,
    FUSED,
    LEXICAL,
    MARGIN,
    MAX_QUERY_CHARS,
    PAIR_CONFIDENCE,
    TYPICALITY,
    Ambiguity,
    ConfidenceWeights,
    EntryHit,
    Rescored,
    rescore,
    rescore_hits,
)


def _default_weights() -> ConfidenceWeights:
    """The embedded model's fitted weights (bot/profiles.py; imported here: profiles imports this module)."""
    from bot.embeddings.e5_engine import MODEL_NAME
    from bot.profiles import profile_for

    return profile_for(MODEL_NAME).confidence


class FaqConfidence(BaseNodePostprocessor):
    """Rescore FAQ candidates into the probability that each is the right answer.

    ``FaqConfidence()`` uses the embedded model's fitted weights and no lexical evidence;
    pass ``lexicon=LexicalIndex(store.texts_by_entry())`` for the bot's fusion, and the
    weights of your model's profile (``bot.profiles.profile_for(model).confidence``).
    ``to_dict()`` carries the lexicon's texts, so ``from_dict`` (and pickle) rebuild it.
    """

    weights: ConfidenceWeights = Field(default_factory=_default_weights,
                                       description="Logistic model and lexical fusion weight.")
    runner_up_floor: float = Field(
        0.0, description="Fused score assumed for the runner-up when there is only one candidate.")

    _lexicon: Optional[LexicalIndex] = PrivateAttr(default=None)

    def __init__(self, lexicon: Optional[LexicalIndex] = None, **kwargs: Any) -> None:
        if lexicon is not None and not isinstance(lexicon, LexicalIndex):
            raise TypeError(f"lexicon must be a LexicalIndex, got {type(lexicon).__name__}")
        super().__init__(**kwargs)
        self._lexicon = lexicon

    @property
    def lexicon(self) -> Optional[LexicalIndex]:
        return self._lexicon

    @classmethod
    def class_name(cls) -> str:
        return "FaqConfidence"

    def to_dict(self, **kwargs: Any) -> dict[str, Any]:
        data = super().to_dict(**kwargs)
        # The lexicon changes scores (0.549 -> 0.342 without it): never dropped silently.
        data["lexicon_documents"] = None if self._lexicon is None else self._lexicon.documents()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], **kwargs: Any) -> "FaqConfidence":
        data = {**data, **kwargs}
        data.pop("class_name", None)
        documents = data.pop("lexicon_documents", None)
        lexicon = kwargs.get("lexicon")
        if lexicon is None and documents is not None:
            if not isinstance(documents, dict) or not all(
                    isinstance(k, str) and isinstance(v, list) and all(isinstance(t, str) for t in v)
                    for k, v in documents.items()):
                raise ValueError("lexicon_documents must map entry ids to lists of texts")
            lexicon = LexicalIndex(documents)
        data.pop("lexicon", None)
        return cls(lexicon=lexicon, **data)

    def __reduce__(self):
        return _confidence_from_dict, (self.to_dict(),)

    def _postprocess_nodes(
        self, nodes: List[NodeWithScore], query_bundle: Optional[QueryBundle] = None
    ) -> List[NodeWithScore]:
        hits = [EntryHit(n.node.metadata.get("faq_id", n.node.node_id),
                         float(n.node.metadata.get(ENTRY_SCORE, n.score or 0.0)),
                         float(n.node.metadata.get(COSINE, n.score or 0.0)),
                         float(n.node.metadata.get(TYPICALITY, 0.0))) for n in nodes]
        return [NodeWithScore(node=with_metadata(nodes[scored.position].node, confidence_values(scored)),
                              score=scored.confidence)
                for scored in self.rescore_hits(hits, query_bundle.query_str if query_bundle is not None else None)]

    def rescore_hits(self, hits: List[EntryHit], question: Optional[str]) -> List[Rescored]:
        """The confidence of each of the retriever's ranked ``hits`` (FaqRetriever.rank), in
        the order and with the values ``postprocess_nodes`` gives their nodes; outside
        LlamaIndex's instrumentation (bot/instrumentation.py), for the bot's own answers
        while no handler listens."""
        return rescore_hits(hits, question, self._lexicon, self.weights, self.runner_up_floor)


def confidence_values(scored: Rescored | RankedEntry) -> dict[str, float]:
    """A rescored candidate's features, as node metadata."""
    values = {LEXICAL: scored.lexical, FUSED: scored.fused, MARGIN: scored.margin}
    if scored.pair_confidence is not None:
        values[PAIR_CONFIDENCE] = scored.pair_confidence
    return values


def _confidence_from_dict(data: dict[str, Any]) -> FaqConfidence:
    return FaqConfidence.from_dict(data)

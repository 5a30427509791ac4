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

import math
from typing import Any, List, Optional, Sequence

import numpy as np
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import NodeWithScore, QueryBundle
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from bot.retrieval.lexical import LexicalIndex
from bot.retrieval.retriever import COSINE, ENTRY_SCORE, MAX_QUERY_CHARS, TYPICALITY, with_metadata

LEXICAL = "lexical"
FUSED = "fused_score"
MARGIN = "margin"
PAIR_CONFIDENCE = "pair_confidence"

def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


class ConfidenceWeights(BaseModel):
    """The logistic model over the confidence features (see module docstring)."""

    model_config = ConfigDict(extra="forbid")

    lexical_weight: float = Field(0.1, ge=0, description="γ in fused = entry score + γ · lexical cosine.")
    bias: float = Field(description="Intercept of the logistic model.")
    fused_weight: float = Field(description="Weight of the fused entry score.")
    margin_weight: float = Field(description="Weight of fused score minus the best other candidate's.")
    cosine_weight: float = Field(description="Weight of the raw best-phrasing cosine.")
    lexical_feature_weight: float = Field(0.0, description="Weight of the lexical cosine itself.")
    typicality_weight: float = Field(
        0.0, description="Weight of the question's typicality for the entry (0 in calibrations "
        "stored before it existed).")

    def logit(self, fused: float, margin: float, cosine: float, lexical: float, typicality: float = 0.0) -> float:
        return (self.bias + self.fused_weight * fused + self.margin_weight * margin
                + self.cosine_weight * cosine + self.lexical_feature_weight * lexical
                + self.typicality_weight * typicality)

    @classmethod
    def from_vector(cls, values: Sequence[float], lexical_weight: float) -> "ConfidenceWeights":
        """From (bias, fused, margin, cosine, lexical, typicality) coefficients."""
        bias, fused, margin, cosine, lexical, typicality = (float(v) for v in values)
        return cls(lexical_weight=lexical_weight, bias=bias, fused_weight=fused, margin_weight=margin,
                   cosine_weight=cosine, lexical_feature_weight=lexical, typicality_weight=typicality)


def _default_weights() -> ConfidenceWeights:
    """The embedded model's fitted weights (bot/profiles.py; imported here: profiles imports this module)."""
    from bot.embeddings.local import MODEL_NAME
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
        if not nodes:
            return []
        ids = [n.node.metadata.get("faq_id", n.node.node_id) for n in nodes]
        base = np.array([float(n.node.metadata.get(ENTRY_SCORE, n.score or 0.0)) for n in nodes])
        cosine = np.array([float(n.node.metadata.get(COSINE, n.score or 0.0)) for n in nodes])
        typicality = np.array([float(n.node.metadata.get(TYPICALITY, 0.0)) for n in nodes])
        if self._lexicon is not None and query_bundle is not None and query_bundle.query_str:
            # Read as far as the retriever reads a question: tokenising costs per character.
            lexical = self._lexicon.score(query_bundle.query_str[:MAX_QUERY_CHARS], ids)
        else:
            lexical = np.zeros(len(nodes))
        fused = base + self.weights.lexical_weight * lexical
        ranked = sorted(range(len(nodes)), key=lambda i: -fused[i])
        ordered = fused[ranked]
        floor = self.runner_up_floor
        second = ordered[1] if len(ordered) > 1 else floor
        third = ordered[2] if len(ordered) > 2 else floor
        out = []
        ceiling = 1.0
        for position, i in enumerate(ranked):
            margin = fused[i] - (second if position == 0 else ordered[0])
            # Order stays by fused score; an entry never shows more confidence than a better-ranked one.
            confidence = min(ceiling, _sigmoid(self.weights.logit(fused[i], margin, cosine[i], lexical[i],
                                                                  typicality[i])))
            ceiling = confidence
            values = {LEXICAL: float(lexical[i]), FUSED: float(fused[i]), MARGIN: float(margin)}
            if position == 0:
                # "One of the top two is right": the pair scored as one entry against the third.
                values[PAIR_CONFIDENCE] = _sigmoid(self.weights.logit(fused[i], second - third, cosine[i],
                                                                      lexical[i], typicality[i]))
            out.append(NodeWithScore(node=with_metadata(nodes[i].node, values), score=confidence))
        return out


def _confidence_from_dict(data: dict[str, Any]) -> FaqConfidence:
    return FaqConfidence.from_dict(data)


class Ambiguity(BaseModel):
    """When to answer "Did you mean A or B?" instead of guessing between two entries.

    Both must hold: the top two fused scores are within ``margin`` of each other, and the
    pair together is likely right (``pair_confidence`` ≥ the answer cutoff, and at least
    ``min_pair_confidence`` so that a cutoff of 0 does not turn every near-tie into choices).
    """

    model_config = ConfigDict(extra="forbid")

    margin: float = Field(
        0.02, ge=0, description="Fused-score gap below which the top two entries are too close to call.")
    min_pair_confidence: float = Field(
        0.5, ge=0, le=1, description="Least pair confidence for choices, whatever the cutoff.")

    def choices(self, candidates: Sequence[NodeWithScore], cutoff: float) -> list[NodeWithScore]:
        if len(candidates) < 2:
            return []
        first, second = candidates[0], candidates[1]
        meta = first.node.metadata
        if PAIR_CONFIDENCE not in meta or FUSED not in second.node.metadata:
            return []
        gap = meta[FUSED] - second.node.metadata[FUSED]
        if 0 <= gap < self.margin and meta[PAIR_CONFIDENCE] >= max(cutoff, self.min_pair_confidence):
            return [first, second]
        return []

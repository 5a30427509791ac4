"""The arithmetic of an answer, over plain records and numpy arrays: no LlamaIndex.

One implementation, used two ways:

- the LlamaIndex components (:class:`~bot.retrieval.retriever.FaqRetriever`,
  :class:`~bot.retrieval.confidence.FaqConfidence`, :class:`~bot.retrieval.answer.FaqAnswerer`)
  turn their nodes into these records and back;
- the plain answer path (bot/plain_answer.py: ``faqbot ask``) calls them directly, so a
  one-question process never imports LlamaIndex.

The steps, in order: :func:`rank_entries` groups phrasing hits by entry and scores each entry
(best cosine, or the whitened entry score of bot/retrieval/aggregation.py);
:func:`rescore` fuses lexical evidence and turns the features into a confidence
(bot/retrieval/confidence.py explains the model); :func:`decide` picks the answer, the
"Did you mean" choices or the suggestions under an answer policy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, NamedTuple, Optional, Protocol, Sequence, TypeVar

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from bot.faq.entry import FaqEntry
from bot.retrieval.policy import AnswerPolicy
from bot.retrieval.records import Answer, RankedEntry, Suggestion, match_of

# Questions are read up to this many characters (the default of the bot's own
# ``max_question_chars`` setting): embedding and lexical scoring cost grows with length,
# and the embedded model runs one inference at a time.
MAX_QUERY_CHARS = 2000

# Search this many phrasings per wanted entry, so entries with several close
# phrasings do not crowd out the runner-ups.
PHRASINGS_PER_ENTRY = 8
MIN_PHRASING_POOL = 64

MAX_SUGGESTIONS = 3

# The features' names, as the LlamaIndex components keep them in node metadata.
COSINE = "cosine"
ENTRY_SCORE = "entry_score"
TYPICALITY = "typicality"
LEXICAL = "lexical"
FUSED = "fused_score"
MARGIN = "margin"
PAIR_CONFIDENCE = "pair_confidence"


def phrasing_pool(top_k: int) -> int:
    """How many phrasings to search for ``top_k`` entries."""
    return max(MIN_PHRASING_POOL, top_k * PHRASINGS_PER_ENTRY)


class EntryScores(Protocol):
    """What scores candidate entries from a question's embedding (bot/retrieval/aggregation.py)."""

    def score(self, query: Sequence[float], entry_ids: Sequence[str]) -> Any: ...


@dataclass(frozen=True)
class EntryHit:
    """One candidate entry as the retriever ranks it."""

    entry_id: str
    score: float  # the entry score: whitened aggregation, or the best phrasing's cosine
    cosine: float  # the best phrasing's raw cosine
    typicality: Optional[float] = None  # only with an entry space that holds the entry


def rank_entries(entry_ids: Sequence[str], similarities: Sequence[float], embedding: Optional[Sequence[float]],
                 space: Optional[EntryScores], top_k: int, cutoff: Optional[float] = None) -> list[EntryHit]:
    """One hit per entry among the phrasing hits (their entry ids and cosines), the best
    ``top_k`` first, those below ``cutoff`` dropped."""
    best: dict[str, float] = {}
    for entry_id, score in zip(entry_ids, similarities):
        if entry_id not in best or score > best[entry_id]:
            best[entry_id] = float(score)
    if not best:
        return []
    ids = list(best)
    cosines = np.fromiter(best.values(), np.float64, len(ids))
    scores, typicality = cosines, None
    in_space = np.zeros(len(ids), dtype=bool)
    if space is not None and embedding is not None:
        found = space.score(embedding, ids)
        in_space = ~np.isnan(found.score)  # an entry the space lacks keeps its best cosine
        scores = np.where(in_space, found.score, cosines)
        cosines = np.where(in_space, found.cosine, cosines)
        typicality = found.typicality
    # Best first; equal scores in the order the phrasing hits found them (a stable sort).
    order = np.argsort(-scores, kind="stable")[:top_k].tolist()
    ranked = [EntryHit(ids[k], float(scores[k]), float(cosines[k]),
                       float(typicality[k]) if in_space[k] else None) for k in order]
    if cutoff is not None:
        ranked = [hit for hit in ranked if hit.score >= cutoff]
    return ranked


T = TypeVar("T")


def with_allowed(candidates: list[T], allowed: list[T], id_of: Callable[[T], str],
                 score_of: Callable[[T], float]) -> list[T]:
    """The whole FAQ's best entries plus the best entries a policy allows, best first."""
    seen = {id_of(c) for c in candidates}
    merged = candidates + [c for c in allowed if id_of(c) not in seen]
    return sorted(merged, key=score_of, reverse=True)


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


class LexicalScores(Protocol):
    """What scores a question's words against entries (bot/retrieval/lexical.py)."""

    def score(self, text: str, entry_ids: Sequence[str]) -> np.ndarray: ...


class ConfidenceWeights(BaseModel):
    """The logistic model over the confidence features (see bot/retrieval/confidence.py)."""

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


@dataclass(frozen=True)
class Rescored:
    """A candidate's confidence and the features it came from; ``position`` is its place
    in the candidates given to :func:`rescore`."""

    position: int
    confidence: float
    lexical: float
    fused: float
    margin: float
    pair_confidence: Optional[float] = None  # the best candidate only: "one of the top two is right"


def rescore(entry_scores: np.ndarray, cosines: np.ndarray, typicalities: np.ndarray, lexical: np.ndarray,
            weights: ConfidenceWeights, runner_up_floor: float = 0.0) -> list[Rescored]:
    """Candidates in fused order with their confidence (a lower-ranked one never above a
    better-ranked one)."""
    fused = entry_scores + weights.lexical_weight * lexical
    ranked = sorted(range(len(fused)), key=lambda i: -fused[i])
    ordered = fused[ranked]
    second = ordered[1] if len(ordered) > 1 else runner_up_floor
    third = ordered[2] if len(ordered) > 2 else runner_up_floor
    out = []
    ceiling = 1.0
    for place, i in enumerate(ranked):
        margin = fused[i] - (second if place == 0 else ordered[0])
        confidence = min(ceiling, sigmoid(weights.logit(fused[i], margin, cosines[i], lexical[i], typicalities[i])))
        ceiling = confidence
        pair = sigmoid(weights.logit(fused[i], second - third, cosines[i], lexical[i], typicalities[i])) \
            if place == 0 else None
        out.append(Rescored(i, confidence, float(lexical[i]), float(fused[i]), float(margin), pair))
    return out


def rescore_hits(hits: Sequence[EntryHit], question: Optional[str], lexicon: Optional[LexicalScores],
                 weights: ConfidenceWeights, runner_up_floor: float = 0.0) -> list[Rescored]:
    """:func:`rescore` of ranked ``hits``, with the lexical evidence of ``question`` (read up
    to MAX_QUERY_CHARS) when there is a lexicon and a question."""
    if not hits:
        return []
    ids = [h.entry_id for h in hits]
    if lexicon is not None and question:
        # Read as far as the retriever reads a question: tokenising costs per character.
        lexical = lexicon.score(question[:MAX_QUERY_CHARS], ids)
    else:
        lexical = np.zeros(len(hits))
    return rescore(np.array([h.score for h in hits]), np.array([h.cosine for h in hits]),
                   np.array([h.typicality or 0.0 for h in hits]), lexical, weights, runner_up_floor)


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

    def too_close(self, first_fused: float, second_fused: float, pair_confidence: float, cutoff: float) -> bool:
        gap = first_fused - second_fused
        return 0 <= gap < self.margin and pair_confidence >= max(cutoff, self.min_pair_confidence)

    def choices(self, candidates: Sequence[Any], cutoff: float) -> list[Any]:
        """The top two of nodes rescored by ``FaqConfidence`` (``NodeWithScore``) when they
        are too close to call, else []."""
        if len(candidates) < 2:
            return []
        first, second = candidates[0].node.metadata, candidates[1].node.metadata
        if PAIR_CONFIDENCE not in first or FUSED not in second:
            return []
        if self.too_close(first[FUSED], second[FUSED], first[PAIR_CONFIDENCE], cutoff):
            return [candidates[0], candidates[1]]
        return []


class Candidate(NamedTuple):
    """What :func:`decide` reads of a rescored candidate (None: the step did not run)."""

    confidence: Optional[float]
    category: Optional[str]
    fused: Optional[float] = None
    pair_confidence: Optional[float] = None


@dataclass(frozen=True)
class Decision:
    """Positions in the candidates given to :func:`decide`."""

    allowed: list[int]
    match: Optional[int] = None
    suggestions: tuple[int, ...] = ()
    choices: tuple[int, ...] = ()


def decide(candidates: Sequence[Candidate], cutoff: Optional[float], policy: AnswerPolicy,
           ambiguity: Optional[Ambiguity]) -> Decision:
    """Answer with the first allowed candidate at or above ``cutoff`` (None: any scored one),
    offer the top two as choices when they are too close to call, else suggest the best
    allowed ones."""
    cutoff = cutoff if policy.cutoff is None else policy.cutoff
    allowed = [i for i, c in enumerate(candidates) if policy.allows(c.category)]
    suggestions = tuple(allowed[:MAX_SUGGESTIONS])
    if ambiguity is not None and len(candidates) >= 2:
        first, second = candidates[0], candidates[1]
        if first.pair_confidence is not None and second.fused is not None \
                and ambiguity.too_close(first.fused, second.fused, first.pair_confidence, cutoff or 0.0) \
                and policy.allows(first.category) and policy.allows(second.category):
            return Decision(allowed, suggestions=suggestions, choices=(0, 1))
    for i in allowed:
        score = candidates[i].confidence
        if cutoff is None or (score is not None and score >= cutoff):  # as SimilarityPostprocessor keeps
            return Decision(allowed, match=i)
    return Decision(allowed, suggestions=suggestions)


def answer_from_ranked(question: str, ranked: Sequence[RankedEntry], entries: Sequence[FaqEntry],
                       cutoff: Optional[float], policy: AnswerPolicy, ambiguity: Optional[Ambiguity],
                       candidates: Callable[[list[RankedEntry]], Sequence[Any]] = lambda allowed: []) -> Answer:
    """The answer from the rescored candidates (best first) and their entries: a match, "Did
    you mean" choices, or suggestions. ``ranked`` of the answer is the allowed candidates;
    ``candidates`` makes the answer's ``candidates`` from them (the LlamaIndex path's nodes)."""
    decision = decide([Candidate(r.confidence, e.category, r.fused, r.pair_confidence)
                       for r, e in zip(ranked, entries)], cutoff, policy, ambiguity)
    allowed = [ranked[i] for i in decision.allowed]

    def suggestion(i: int) -> Suggestion:
        return Suggestion(ranked[i].id, entries[i].question, float(ranked[i].confidence))

    suggestions = [suggestion(i) for i in decision.suggestions]
    if decision.choices:
        return Answer(question, None, suggestions, candidates(allowed),
                      choices=[suggestion(i) for i in decision.choices], ranked=allowed)
    if decision.match is not None:
        i = decision.match
        return Answer(question, match_of(entries[i], ranked[i].confidence, question), [], candidates(allowed),
                      ranked=allowed)
    return Answer(question, None, suggestions, candidates(allowed), ranked=allowed)


def ranked_entries(hits: Sequence[EntryHit], rescored: Sequence[Rescored]) -> list[RankedEntry]:
    """The rescored hits as records, in the order of ``rescored``."""
    return [RankedEntry(hits[r.position].entry_id, r.confidence, hits[r.position].score, hits[r.position].cosine,
                        hits[r.position].typicality, r.lexical, r.fused, r.margin, r.pair_confidence)
            for r in rescored]


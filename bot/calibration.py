"""``faqbot calibrate``: fit the answer cutoff (and optionally the confidence model) to labelled questions.

Every labelled question (``{"query", "gold"}`` JSONL, ``gold`` null when no entry
answers it) goes through the service's real answer path. Then:

- with ``refit``, the logistic confidence model (:mod:`bot.retrieval.confidence`) is
  refitted on these questions' features, and the cutoff is chosen on *out-of-fold*
  confidences (each question scored by a model fitted without it), so the cutoff is not
  chosen on answers the model has already seen;
- the cutoff is the lowest confidence at which the answers given reach the target
  precision (correct answers / answers given; answering a gold-null question is wrong)
  with the most questions answered correctly.

The result goes into the index manifest (``calibration``), where ``FaqService`` reads it:
``cutoff`` (and ``confidence`` after a refit). With the reranker on, the cutoff is for the
reranker's score and the calibration records ``"reranker": <model>``. The whole
precision–coverage curve the cutoff was picked from is stored beside the index for the
console's plot (bot/curve.py).

``python -m bot.fit_defaults INDEX_DIR:QUERIES.jsonl ...`` fits the
model-level defaults over several labelled sets pooled (how the e5 profile's confidence
weights in bot/profiles.py were made; see docs/quality.md).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from bot.asked_share import ShareEstimate, estimate_share
from bot.curve import cumulative_answers
from bot.evaluation import LabelledQuery, read_labelled_queries
from bot.profiles import profile_for, weights_for
from bot.retrieval.confidence import FUSED, LEXICAL, MARGIN, ConfidenceWeights
from bot.index.views import DOCUMENT, SYMMETRIC, ViewVectors
from bot.retrieval.retriever import COSINE, TYPICALITY

DEFAULT_PRECISION = 0.9
L2 = 1e-2
FOLDS = 5
# Columns of Observation.features that are fitted: margin, cosine, lexical, typicality (fused
# gets weight 0; see the e5 profile in bot/profiles.py and docs/quality.md for why).
FEATURES = ("fused", "margin", "cosine", "lexical", "typicality")
FITTED = (1, 2, 3, 4)


def full_coefficients(fitted: np.ndarray) -> np.ndarray:
    """(bias, fused, margin, cosine, lexical, typicality) from a fit over the FITTED columns."""
    out = np.zeros(1 + len(FEATURES))
    out[0] = fitted[0]
    out[[1 + c for c in FITTED]] = fitted[1:]
    return out


@dataclass(frozen=True)
class Observation:
    """One labelled question as answered: the top candidate's features and the final score."""

    gold: Optional[str]
    predicted: Optional[str]
    features: tuple[float, ...]  # FEATURES
    score: float  # the final score the cutoff applies to

    @property
    def correct(self) -> bool:
        return self.gold is not None and self.predicted == self.gold


def observe(service, queries: Sequence[LabelledQuery], show_progress: bool = True) -> list[Observation]:
    from tqdm import tqdm

    return [observation(item.gold, service.answer(item.query).candidates)
            for item in tqdm(queries, desc="Calibrating", unit="q", disable=not show_progress, file=sys.stderr)]


def observation(gold: Optional[str], candidates) -> Observation:
    """One answered question's Observation, from the answer's ranked candidates."""
    if not candidates:
        return Observation(gold, None, (0.0,) * len(FEATURES), 0.0)
    # The confidence model's features belong to its top entry (highest fused score).
    top = max(candidates, key=lambda n: n.node.metadata.get(FUSED, float("-inf")))
    meta = top.node.metadata
    features = (float(meta.get(FUSED, top.score)), float(meta.get(MARGIN, 0.0)),
                float(meta.get(COSINE, top.score)), float(meta.get(LEXICAL, 0.0)),
                float(meta.get(TYPICALITY, 0.0)))
    return Observation(gold, candidates[0].node.metadata["faq_id"], features, float(candidates[0].score))


# -- the logistic model ------------------------------------------------------------
def fit_logistic(features: np.ndarray, labels: np.ndarray, l2: float = L2) -> np.ndarray:
    """(bias, weights) by Newton's method on standardised features with an L2 penalty."""
    features = np.asarray(features, float)
    labels = np.asarray(labels, float)
    if len(labels) == 0 or labels.min() == labels.max():
        raise ValueError("calibration needs questions answered correctly and questions answered wrongly")
    mean, scale = features.mean(axis=0), features.std(axis=0)
    scale[scale == 0] = 1.0
    x = np.column_stack([np.ones(len(features)), (features - mean) / scale])
    w = np.zeros(x.shape[1])
    penalty = l2 * len(labels) * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - labels) + penalty @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = w[1:] / scale
    return np.concatenate([[w[0] - float(weights @ mean)], weights])


def logits(coefficients: np.ndarray, features: np.ndarray) -> np.ndarray:
    return coefficients[0] + np.asarray(features, float) @ coefficients[1:]


def out_of_fold_scores(features: np.ndarray, labels: np.ndarray, folds: int = FOLDS, seed: int = 0) -> np.ndarray:
    """Confidence of each question from a model fitted on the other folds."""
    order = np.random.default_rng(seed).permutation(len(labels))
    scores = np.zeros(len(labels))
    for fold in range(folds):
        held = order[fold::folds]
        kept = np.setdiff1d(order, held)
        coefficients = fit_logistic(features[kept], labels[kept])
        scores[held] = 1.0 / (1.0 + np.exp(-logits(coefficients, features[held])))
    return scores


# -- the cutoff --------------------------------------------------------------------
def pick_cutoff(scores: Sequence[float], correct: Sequence[bool], in_scope: float,
                precision: float, weights: Optional[Sequence[float]] = None) -> tuple[float, float, float]:
    """(cutoff, precision, coverage): the most correct answers with precision >= target.

    Answering means score >= cutoff. ``weights`` (default 1 each) count a question that
    many times, ``in_scope`` being the total weight of in-scope questions. Raises
    ValueError when no cutoff reaches the target.
    """
    sorted_scores, hits, answered, last_of_tie = cumulative_answers(scores, correct, weights)
    ok = last_of_tie & (hits / answered >= precision)
    if not ok.any():
        raise ValueError(f"no cutoff reaches precision {precision:g} on these questions")
    best = np.flatnonzero(ok)[np.argmax(hits[ok])]
    return float(sorted_scores[best]), float(hits[best] / answered[best]), float(hits[best] / max(1e-12, in_scope))


# -- the command -------------------------------------------------------------------
def calibrate(service, queries: Sequence[LabelledQuery], precision: float = DEFAULT_PRECISION,
              refit: bool = False, show_progress: bool = True, store: bool = True) -> dict:
    """Fit and (with ``store``) save the calibration for the service's index; return it."""
    if not 0 < precision <= 1:
        raise ValueError("--precision must be in (0, 1]")
    if not queries:
        raise ValueError("no labelled questions")
    stored = service.stored
    model = stored.manifest.signature.model
    previous = dict(stored.manifest.calibration)
    observations = observe(service, queries, show_progress)
    in_scope = sum(o.gold is not None for o in observations)
    correct = np.array([o.correct for o in observations])
    calibration = {k: previous[k] for k in ("confidence", "aggregation") if k in previous}
    if refit:
        if service.reranker is not None:
            raise ValueError("--refit fits the embedding stage's confidence; turn the reranker off to refit")
        features = np.array([o.features for o in observations])[:, FITTED]
        labels = correct.astype(float)
        scores = out_of_fold_scores(features, labels, folds=min(FOLDS, max(2, len(labels) // 20)))
        current = weights_for(model, previous)
        fitted = ConfidenceWeights.from_vector(full_coefficients(fit_logistic(features, labels)),
                                               current.lexical_weight)
        calibration["confidence"] = fitted.model_dump()
    else:
        scores = np.array([o.score for o in observations])
    cutoff, reached, coverage = pick_cutoff(scores, correct, in_scope, precision)
    calibration.update({
        "cutoff": round(cutoff, 6),
        "precision_target": precision,
        "measured": {"precision": round(reached, 4), "coverage": round(coverage, 4),
                     "queries": len(observations), "in_scope": in_scope,
                     "out_of_fold": bool(refit)},
        "embed_model": model,
        "calibrated_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    })
    if service.reranker is not None:
        calibration["reranker"] = service.reranker.model
    if store:
        from bot.index.storage import update_calibration

        with service.writing():  # a new generation: only the index writer may write it
            update_calibration(service.settings.index_dir, calibration)
        _store_curve(service, "calibrate", calibration, scores, correct, in_scope)
    return calibration


def _store_curve(service, source: str, calibration: dict, scores, correct, in_scope: float,
                 weights=None) -> None:
    """Keep the curve the cutoff was picked from, for the console's plot (bot/curve.py)."""
    from bot.curve import PrecisionCoverageCurve, curve_points, save_curve_quietly

    save_curve_quietly(service.settings.index_dir, PrecisionCoverageCurve(
        source=source, created_at=calibration["calibrated_at"], embed_model=calibration["embed_model"],
        questions=calibration["measured"]["queries"], in_scope=float(in_scope),
        chosen_cutoff=calibration["cutoff"], precision_target=calibration["precision_target"],
        points=curve_points(scores, correct, in_scope, weights)))


# -- label-free calibration: pseudo-questions from the FAQ itself ------------------
SELF_MIN_ROUNDS, SELF_MAX_ROUNDS = 5, 10
SELF_TARGET_QUESTIONS = 3000  # rounds are added (up to the maximum) until this many are asked
SELF_HOLDOUT = 0.2  # share of entries left out whole in each round
SELF_MAX_PER_ROUND = 300  # pseudo-questions of each kind asked per round (bounds the time)


@dataclass(frozen=True)
class SelfRounds:
    """What the rounds of label-free calibration measured.

    ``observations``: the pseudo-questions as the real answer pipeline scores them (the
    cutoff is picked on these). For estimating the unanswerable share from asked
    questions (bot/asked_share.py), the asked questions are answered by the same reduced
    copies, and the in-scope pseudo-questions again, both without the document view:
    an entry's document vector still holds the left-out phrasing's text, which would
    flatter the pseudo-questions against the asked ones.
    """

    observations: list[Observation]
    rounds: int
    kept_share: float  # share of entries each round's reduced copy keeps
    in_scope_plain: list[float] = field(default_factory=list)  # in-scope pseudo-questions, no document view
    asked_plain: list[float] = field(default_factory=list)  # asked questions, every round, no document view


def _query_vectors(nodes, vectors: np.ndarray, views: dict) -> np.ndarray:
    """Each phrasing as a question: its symmetric-view (query-embedded) vector where the
    index stores one, else its phrasing vector (embedded as a document: an approximation)."""
    symmetric = views.get(SYMMETRIC.name)
    if symmetric is None or not len(symmetric):
        return vectors
    row_of = {(e, t): i for i, (e, t) in enumerate(zip(symmetric.entry_ids, symmetric.texts))}
    out = vectors.copy()
    for i, node in enumerate(nodes):
        row = row_of.get((node.metadata["faq_id"], node.get_content()))
        if row is not None:
            out[i] = symmetric.vectors[row]
    return out


def _reduced_answerer(service, nodes, vectors: np.ndarray, keep: np.ndarray, views: dict):
    """The service's answer pipeline over only the ``keep`` rows of the index (no embedding)."""
    from bot.index.vector_store import FaqVectorStore
    from bot.profiles import aggregation_for
    from bot.retrieval.answer import FaqAnswerer
    from bot.retrieval.confidence import FaqConfidence
    from bot.retrieval.lexical import LexicalIndex
    from bot.retrieval.retriever import FaqRetriever

    stored = service.stored
    model, calibration = stored.manifest.signature.model, stored.manifest.calibration
    kept_nodes = [nodes[i] for i in keep]
    store = FaqVectorStore(dimension=vectors.shape[1])
    store.add([node.model_copy(update={"embedding": vectors[i].tolist()}) for node, i in zip(kept_nodes, keep)])
    kept_pairs = {(n.metadata["faq_id"], n.get_content()) for n in kept_nodes}
    kept_entries = {pair[0] for pair in kept_pairs}
    reduced_views = {}
    for name, view in views.items():
        if name == SYMMETRIC.name:  # one row per phrasing: drop the rows of removed phrasings
            rows = [i for i, pair in enumerate(zip(view.entry_ids, view.texts)) if pair in kept_pairs]
        else:  # one row per entry (the document view): drop left-out entries
            rows = [i for i, entry in enumerate(view.entry_ids) if entry in kept_entries]
        reduced_views[name] = ViewVectors([view.entry_ids[i] for i in rows], [view.texts[i] for i in rows],
                                          view.vectors[rows])
    space = aggregation_for(model, calibration).build(store, reduced_views)
    retriever = FaqRetriever(store, service.embed_model, service.settings.similarity_top_k, entry_space=space)
    confidence = FaqConfidence(lexicon=LexicalIndex.from_nodes(kept_nodes), weights=weights_for(model, calibration))
    return FaqAnswerer(retriever, 0.0, [confidence])


def rounds_for(questions_per_round: int) -> int:
    """Rounds enough for ``SELF_TARGET_QUESTIONS`` pseudo-questions, within the bounds: a
    small FAQ gives few per round, and a cutoff picked on few is noisy."""
    wanted = -(-SELF_TARGET_QUESTIONS // max(1, questions_per_round))
    return int(min(SELF_MAX_ROUNDS, max(SELF_MIN_ROUNDS, wanted)))


def self_rounds(service, rounds: Optional[int] = None, max_per_round: int = SELF_MAX_PER_ROUND,
                seed: int = 0, asked: Sequence[tuple[str, Sequence[float]]] = ()) -> SelfRounds:
    """Pseudo-questions answered against reduced copies of the index, round after round.

    Each round leaves ``SELF_HOLDOUT`` of the entries out whole (their phrasings are
    questions the rest should decline) and one phrasing out of each kept entry with two
    or more (a question whose answer is that entry), then asks up to ``max_per_round`` of
    each kind, by their stored vectors, through the same retriever and confidence.
    ``rounds`` defaults to :func:`rounds_for` the first round's count. ``asked`` (questions
    users asked, each with its query embedding) are answered by every round's copy too.
    """
    stored = service.stored
    nodes, vectors = stored.store.all_vectors()
    views = dict(stored.views)
    plain_views = {name: view for name, view in views.items() if name != DOCUMENT.name}
    questions = _query_vectors(nodes, vectors, views)
    rows_of: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        rows_of.setdefault(node.metadata["faq_id"], []).append(i)
    entries = sorted(rows_of)
    if len(entries) < 3 or not any(len(r) > 1 for r in rows_of.values()):
        raise ValueError("label-free calibration needs at least 3 entries and some alternates")
    held_count = max(1, round(SELF_HOLDOUT * len(entries)))
    rng = np.random.default_rng(seed)
    observations, in_scope_plain, asked_plain = [], [], []
    done = 0
    while rounds is None or done < rounds:
        held = set(rng.choice(entries, size=held_count, replace=False).tolist())
        removed = {int(rng.choice(rows)) for entry, rows in rows_of.items() if entry not in held and len(rows) > 1}
        keep = np.array([i for i in range(len(nodes)) if i not in removed and nodes[i].metadata["faq_id"] not in held])
        answerer = _reduced_answerer(service, nodes, vectors, keep, views)
        plain = _reduced_answerer(service, nodes, vectors, keep, plain_views) if len(asked) else None
        positives = sorted(removed)
        negatives = [i for entry in sorted(held) for i in rows_of[entry]]
        pseudo_this_round = 0
        for rows, in_scope in ((positives, True), (negatives, False)):
            if len(rows) > max_per_round:
                rows = rng.choice(rows, size=max_per_round, replace=False).tolist()
            for i in rows:
                gold = nodes[i].metadata["faq_id"] if in_scope else None
                text, vector = nodes[i].get_content(), questions[i].tolist()
                observations.append(observation(gold, answerer.answer_embedding(text, vector).candidates))
                if plain is not None and in_scope:
                    in_scope_plain.append(_score(plain, text, vector))
            pseudo_this_round += len(rows)
        if plain is not None:
            asked_plain.extend(_score(plain, text, list(vector)) for text, vector in asked)
        done += 1
        if rounds is None:
            rounds = rounds_for(pseudo_this_round)
    return SelfRounds(observations, done, 1.0 - held_count / len(entries), in_scope_plain, asked_plain)


def _score(answerer, text: str, vector: list[float]) -> float:
    return observation(None, answerer.answer_embedding(text, vector).candidates).score


def self_observations(service, rounds: Optional[int] = None, max_per_round: int = SELF_MAX_PER_ROUND,
                      seed: int = 0) -> list[Observation]:
    """The pseudo-questions of :func:`self_rounds`, as answered by the real pipeline."""
    return self_rounds(service, rounds, max_per_round, seed).observations


def unanswerable_weights(observations: Sequence[Observation], share: float) -> np.ndarray:
    """Weights making gold-null questions ``share`` of the total (in-scope ones weigh 1).

    Leaving entries out makes about as many "no answer" questions as answerable ones; a
    team's real questions hold far fewer (11.5% on banking77's DEV questions, 6.2% on
    clinc150's, 42.5% on banking77-heldout's). Weighting keeps the cutoff from being
    chosen for a mix of questions the bot will not see.
    """
    if not 0 <= share < 1:
        raise ValueError("expected_unanswerable_share must be in [0, 1)")
    null = np.array([o.gold is None for o in observations])
    weights = np.ones(len(observations))
    if null.any() and (~null).any():
        weights[null] = share / (1 - share) * (~null).sum() / null.sum()
    return weights


def self_calibrate(service, precision: float = DEFAULT_PRECISION, share: Optional[float] = None,
                   rounds: Optional[int] = None, store: bool = True, asked: Sequence[str] = ()) -> dict:
    """Fit (and with ``store`` save) the cutoff from the FAQ alone; return the calibration.

    Only the cutoff is fitted: refitting the confidence weights on pseudo-questions was
    unstable (issue 15). The pseudo "no answer" questions are weighted to ``share``; without
    it, to the share estimated from ``asked`` (questions users asked, unlabelled:
    bot/asked_share.py) when there are at least ``self_calibration_min_asked``, else to the
    ``expected_unanswerable_share`` setting.
    """
    if not 0 < precision <= 1:
        raise ValueError("--precision must be in (0, 1]")
    if service.reranker is not None:
        raise ValueError("label-free calibration fits the embedding stage; turn the reranker off to run it")
    settings = service.settings
    started = time.perf_counter()
    stored = service.stored
    previous = dict(stored.manifest.calibration)
    at_hand = len(asked)
    estimating = share is None and at_hand >= settings.self_calibration_min_asked
    asked = list(asked)[-settings.self_calibration_max_asked:] if estimating else []
    measured = self_rounds(service, rounds, asked=[(q, service.embed_question(q)) for q in asked])
    observations = measured.observations
    if estimating:
        estimate = estimate_share(measured.in_scope_plain, measured.asked_plain, measured.kept_share, len(asked))
    elif share is not None:
        estimate = ShareEstimate(share, "--share")
    else:
        estimate = ShareEstimate(settings.expected_unanswerable_share, "setting", at_hand)
    weights = unanswerable_weights(observations, estimate.share)
    correct = np.array([o.correct for o in observations])
    in_scope = float(weights[[o.gold is not None for o in observations]].sum())
    cutoff, reached, coverage = pick_cutoff([o.score for o in observations], correct, in_scope, precision, weights)
    calibration = {k: previous[k] for k in ("confidence", "aggregation") if k in previous}
    calibration.update({
        "cutoff": round(cutoff, 6),
        "precision_target": precision,
        "source": "self",
        "expected_unanswerable_share": round(estimate.share, 4),
        "share_estimate": estimate.to_json(),
        "measured": {"precision": round(reached, 4), "coverage": round(coverage, 4),
                     "queries": len(observations), "in_scope": int(sum(o.gold is not None for o in observations)),
                     "rounds": measured.rounds, "seconds": round(time.perf_counter() - started, 2),
                     "out_of_fold": False},
        "embed_model": stored.manifest.signature.model,
        "calibrated_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    })
    if store:
        from bot.index.storage import update_calibration

        with service.writing():  # a new generation: only the index writer may write it
            update_calibration(service.settings.index_dir, calibration)
        _store_curve(service, "calibrate --self", calibration, [o.score for o in observations], correct,
                     in_scope, weights)
    return calibration


def calibrate_from_asked_if_due(service, fetch_asked: Callable[[], Sequence[str]]) -> Optional[dict]:
    """Run :func:`self_calibrate` on the asked questions if it is due; return its calibration.

    ``fetch_asked`` (the feedback database's most recent questions) is called only once the
    index could be due at all, so an index that never is costs no database round trip.

    Due (``self_calibrate_from_asked``) when the index's cutoff is not from labelled
    questions, no ``similarity_cutoff`` is set, this process may write the index, and the
    asked questions at hand are at least ``self_calibration_min_asked`` and twice as many as
    the last estimate used (capped at ``self_calibration_max_asked``): with questions at
    hand, label-free calibration met the precision and coverage targets on every DEV set,
    where the e5 profile's cutoff does not (docs/quality.md), so it becomes every model's.
    """
    settings = service.settings
    if (not settings.self_calibrate_from_asked or service.read_only or service.reranker is not None
            or settings.similarity_cutoff is not None):
        return None
    # The manifest alone: an unchanged `faqbot index` never loads the index it did not touch.
    calibration = service.live_manifest().calibration
    if calibration.get("cutoff") is not None and calibration.get("source") != "self":
        return None  # labelled: better than any estimate
    asked = fetch_asked()
    usable = min(len(asked), settings.self_calibration_max_asked)
    last = calibration.get("share_estimate") or {}
    used = last.get("asked", 0) if last.get("source") == "asked questions" else 0
    if usable < settings.self_calibration_min_asked or (used and usable < 2 * used):
        return None
    return self_calibrate(service, asked=asked)


# -- model-level defaults ----------------------------------------------------------
def fit_defaults(sets: Sequence[tuple[object, Path]], precision: float = DEFAULT_PRECISION) -> dict:
    """Pool several (loaded service, labelled questions) sets and fit one confidence model.

    The services are built by the caller (``python -m bot.fit_defaults``): calibration reads
    a service it is given and never builds one, so it does not import bot.service."""
    features, labels, per_set = [], [], []
    service = None
    for service, path in sets:
        observations = observe(service, read_labelled_queries(path))
        features.append(np.array([o.features for o in observations])[:, FITTED])
        labels.append(np.array([o.correct for o in observations], float))
        per_set.append((path, observations))
    coefficients = fit_logistic(np.vstack(features), np.concatenate(labels))
    lexical_weight = profile_for(service.stored.manifest.signature.model).confidence.lexical_weight
    fitted = ConfidenceWeights.from_vector(full_coefficients(coefficients), lexical_weight)
    result = {"confidence": {k: round(v, 3) for k, v in fitted.model_dump().items()},
              "cutoff_per_set": {}}
    all_scores, all_correct, all_in_scope = [], [], 0
    for (path, observations), x in zip(per_set, features):
        scores = 1.0 / (1.0 + np.exp(-logits(coefficients, x)))
        correct = [o.correct for o in observations]
        in_scope = sum(o.gold is not None for o in observations)
        all_scores.append(scores); all_correct += correct; all_in_scope += in_scope
        try:
            result["cutoff_per_set"][str(path)] = round(pick_cutoff(scores, correct, in_scope, precision)[0], 4)
        except ValueError:
            result["cutoff_per_set"][str(path)] = None
    result["cutoff_pooled"] = round(pick_cutoff(np.concatenate(all_scores), all_correct, all_in_scope,
                                                precision)[0], 4)
    return result

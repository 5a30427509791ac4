"""Measure matching quality on labelled questions (``{"query", "gold"}`` JSONL).

``gold`` is an FAQ id, or null when no entry answers the question and the bot
should decline. Definitions:

- top-1 / recall@3 / MRR: over in-scope questions (gold not null).
- AUROC: how well the confidence ranks in-scope questions above gold-null ones.
- precision: correct answers / all answers given (answering a gold-null question is wrong).
- coverage: correct answers / in-scope questions.
- coverage@P: the best coverage any cutoff reaches with precision >= P.

:func:`measured_curve` is the whole precision–coverage curve of a run, which ``faqbot
eval`` stores for the console's calibration plot (bot/curve.py).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from bot.faq.entry import FaqError


@dataclass(frozen=True)
class LabelledQuery:
    query: str
    gold: Optional[str]


@dataclass(frozen=True)
class Prediction:
    query: str
    gold: Optional[str]
    predicted: Optional[str]
    score: float
    confidence: float
    answered: bool
    ranked: tuple[str, ...] = ()

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("ranked")
        return data


def read_labelled_queries(path: Path) -> list[LabelledQuery]:
    queries = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                query, gold = record["query"], record.get("gold")
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise FaqError(str(path), number, f"expected {{\"query\", \"gold\"}} JSON: {error}") from None
            if not isinstance(query, str) or not (gold is None or isinstance(gold, str)):
                raise FaqError(str(path), number, "'query' must be a string and 'gold' a string or null")
            queries.append(LabelledQuery(query, gold))
    return queries


def auroc(positive: Iterable[float], negative: Iterable[float]) -> Optional[float]:
    """Probability that a random positive outscores a random negative (ties count half)."""
    pos, neg = np.asarray(list(positive), float), np.asarray(list(negative), float)
    if not len(pos) or not len(neg):
        return None
    scores = np.concatenate([pos, neg])
    order = scores.argsort(kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    # average ranks for ties
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    rank_sum = ranks[: len(pos)].sum()
    return float((rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def precision_coverage(predictions: list[Prediction]) -> tuple[float, float, float]:
    in_scope = sum(p.gold is not None for p in predictions)
    answered = [p for p in predictions if p.answered]
    correct = sum(p.predicted == p.gold for p in answered if p.gold is not None)
    precision = correct / len(answered) if answered else 1.0
    coverage = correct / in_scope if in_scope else 0.0
    f1 = 2 * precision * coverage / (precision + coverage) if precision + coverage else 0.0
    return precision, coverage, f1


def coverage_at_precision(predictions: list[Prediction], target: float) -> tuple[float, Optional[float]]:
    """Best coverage over all cutoffs with precision >= target, and that cutoff."""
    in_scope = sum(p.gold is not None for p in predictions)
    if not in_scope:
        return 0.0, None
    ordered = sorted(predictions, key=lambda p: p.confidence, reverse=True)
    correct = answered = 0
    best, best_cutoff = 0.0, None
    for index, prediction in enumerate(ordered):
        answered += 1
        correct += prediction.gold is not None and prediction.predicted == prediction.gold
        is_last_of_tie = index + 1 == len(ordered) or ordered[index + 1].confidence < prediction.confidence
        if is_last_of_tie and correct / answered >= target and correct / in_scope > best:
            best, best_cutoff = correct / in_scope, prediction.confidence
    return best, best_cutoff


def metrics(predictions: list[Prediction], precision_target: float = 0.9) -> dict:
    in_scope = [p for p in predictions if p.gold is not None]
    out_of_scope = [p for p in predictions if p.gold is None]
    top1 = np.mean([p.predicted == p.gold for p in in_scope]) if in_scope else 0.0
    recall3 = np.mean([p.gold in p.ranked[:3] for p in in_scope]) if in_scope else 0.0
    mrr = np.mean([1 / (p.ranked.index(p.gold) + 1) if p.gold in p.ranked else 0.0 for p in in_scope]) if in_scope else 0.0
    precision, coverage, f1 = precision_coverage(predictions)
    best_coverage, best_cutoff = coverage_at_precision(predictions, precision_target)
    return {
        "queries": len(predictions),
        "in_scope": len(in_scope),
        "no_answer": len(out_of_scope),
        "top1": round(float(top1), 4),
        "recall@3": round(float(recall3), 4),
        "mrr": round(float(mrr), 4),
        "auroc": _round(auroc([p.confidence for p in in_scope], [p.confidence for p in out_of_scope])),
        "answered": sum(p.answered for p in predictions),
        "precision": round(precision, 4),
        "coverage": round(coverage, 4),
        "f1": round(f1, 4),
        f"coverage@{precision_target:g}": round(best_coverage, 4),
        f"cutoff@{precision_target:g}": _round(best_cutoff),
    }


def measured_curve(predictions: list[Prediction], embed_model: str, cutoff_used: Optional[float]):
    """The run's precision–coverage curve over the confidence of each question's top entry."""
    import time

    from bot.curve import PrecisionCoverageCurve, curve_points

    in_scope = sum(p.gold is not None for p in predictions)
    correct = [p.gold is not None and p.predicted == p.gold for p in predictions]
    return PrecisionCoverageCurve(
        source="eval", created_at=time.strftime("%Y-%m-%dT%H:%M:%S"), embed_model=embed_model,
        questions=len(predictions), in_scope=float(in_scope), cutoff_used=cutoff_used,
        points=curve_points([p.confidence for p in predictions], correct, in_scope))


def _round(value: Optional[float]) -> Optional[float]:
    return None if value is None else round(float(value), 4)


def predict_all(service, queries: list[LabelledQuery], show_progress: bool = True) -> list[Prediction]:
    """Answer every query through the service's real answer path."""
    from tqdm import tqdm

    predictions = []
    for item in tqdm(queries, desc="Evaluating", unit="q", disable=not show_progress, file=sys.stderr):
        answer = service.answer(item.query)
        top = answer.candidates[0] if answer.candidates else None
        predictions.append(
            Prediction(
                query=item.query,
                gold=item.gold,
                predicted=top.node.metadata["faq_id"] if top else None,
                score=round(float(top.node.metadata.get("cosine", top.score)), 6) if top else 0.0,
                confidence=round(float(top.score), 6) if top else 0.0,
                answered=answer.match is not None,
                ranked=tuple(n.node.metadata["faq_id"] for n in answer.candidates),
            )
        )
    return predictions

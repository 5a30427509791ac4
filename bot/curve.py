"""The precision–coverage curve of the last ``faqbot eval`` or ``faqbot calibrate``, kept for
the console's calibration page.

Every distinct score of the measured questions is a possible cutoff: answering the
questions scoring at least that much gives a precision (correct answers / answers given)
and a coverage (correct answers / in-scope questions), as defined in bot/evaluation.py.
The curve is those points, thinned to at most ``MAX_POINTS`` (the first and last kept).

It is stored beside the index generations as ``index_store/calibration-curve.json``
(written atomically, read back through the typed record, never executed), not inside a
generation: ``eval`` measures without writing the index, and the cutoff it is drawn
against is the one the bot uses now (shown beside it), whatever generation measured it.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Literal, Optional, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

log = logging.getLogger(__name__)

CURVE_FILE = "calibration-curve.json"
MAX_POINTS = 200


class CurveError(ValueError):
    """A stored curve that cannot be read (damaged or from an incompatible version)."""


class CurvePoint(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    cutoff: float = Field(description="Answer when the score is at least this.")
    precision: float = Field(ge=0, le=1, description="Correct answers / answers given at this cutoff.")
    coverage: float = Field(ge=0, le=1, description="Correct answers / in-scope questions at this cutoff.")


class PrecisionCoverageCurve(BaseModel):
    """One measurement's curve and what it was measured on."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: Literal["eval", "calibrate", "calibrate --self"] = Field(
        description="The command that measured it.")
    created_at: str = Field(description="When, local time, ISO 8601.")
    embed_model: str = Field(description="The embedding model of the index measured.")
    questions: int = Field(ge=0, description="Questions measured (pseudo-questions for --self).")
    in_scope: float = Field(ge=0, description="In-scope questions (weighted for --self).")
    cutoff_used: Optional[float] = Field(
        None, description="The cutoff the bot answered with while measuring (eval).")
    chosen_cutoff: Optional[float] = Field(None, description="The cutoff calibrate chose and stored.")
    precision_target: Optional[float] = Field(None, description="calibrate's target precision.")
    points: list[CurvePoint] = Field(description="By cutoff, highest first (coverage grows along it).")


def cumulative_answers(scores: Sequence[float], correct: Sequence[bool],
                       weights: Optional[Sequence[float]] = None):
    """Answering the best-scored questions first: (scores best first, correct answers and
    answers so far at each, and where a run of tied scores ends — the only places a cutoff
    can fall). ``weights`` (default 1 each) count a question that many times."""
    scores = np.asarray(scores, float)
    correct = np.asarray(correct, bool)
    weights = np.ones(len(scores)) if weights is None else np.asarray(weights, float)
    order = np.argsort(-scores, kind="mergesort")
    ranked = scores[order]
    hits = np.cumsum((correct * weights)[order])
    answered = np.cumsum(weights[order])
    last_of_tie = np.r_[ranked[1:] < ranked[:-1], True]
    return ranked, hits, answered, last_of_tie


def curve_points(scores: Sequence[float], correct: Sequence[bool], in_scope: float,
                 weights: Optional[Sequence[float]] = None, max_points: int = MAX_POINTS) -> list[CurvePoint]:
    """(cutoff, precision, coverage) at every distinct score, highest cutoff first, thinned
    evenly to ``max_points``. ``weights`` count a question that many times (calibrate --self)."""
    if not len(scores):
        return []
    ranked, hits, answered, last_of_tie = cumulative_answers(scores, correct, weights)
    last_of_tie = np.flatnonzero(last_of_tie)
    if len(last_of_tie) > max_points:
        keep = np.unique(np.linspace(0, len(last_of_tie) - 1, max_points).round().astype(int))
        last_of_tie = last_of_tie[keep]
    return [CurvePoint(cutoff=round(float(ranked[i]), 6),
                       precision=round(float(hits[i] / answered[i]), 6) if answered[i] > 0 else 1.0,
                       coverage=round(float(min(1.0, hits[i] / in_scope)), 6) if in_scope > 0 else 0.0)
            for i in last_of_tie]


def save_curve(index_dir: Path, curve: PrecisionCoverageCurve) -> Path:
    """Write ``curve`` as the index's last measurement (atomically: temp file + rename)."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / CURVE_FILE
    tmp = index_dir / f".{CURVE_FILE}.tmp"
    tmp.write_text(curve.model_dump_json(indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path


def save_curve_quietly(index_dir: Path, curve: PrecisionCoverageCurve) -> None:
    """:func:`save_curve`, logging instead of failing: the measurement itself succeeded
    and was printed; only the console's plot of it is lost (a read-only index folder)."""
    try:
        save_curve(index_dir, curve)
    except OSError as error:
        log.warning("could not store the precision–coverage curve in %s: %s", index_dir, error)


def load_curve(index_dir: Path) -> Optional[PrecisionCoverageCurve]:
    """The stored curve, or None when no eval or calibrate has stored one."""
    path = Path(index_dir) / CURVE_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise CurveError(f"{path}: unreadable ({error})") from None
    try:
        return PrecisionCoverageCurve.model_validate(json.loads(text))
    except (json.JSONDecodeError, ValidationError) as error:
        first = str(error).splitlines()[0]
        raise CurveError(f"{path}: not a stored curve ({first})") from None

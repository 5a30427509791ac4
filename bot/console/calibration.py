"""The Calibration page: the precision–coverage curve of the last ``eval`` / ``calibrate``
(bot/curve.py) against the cutoff the bot answers with now."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot.console.plot import at_cutoff, cutoff_plot, precision_coverage_plot
from bot.curve import CurveError, CurvePoint, PrecisionCoverageCurve, load_curve


@dataclass(frozen=True)
class CalibrationPage:
    cutoff: float
    cutoff_origin: str
    calibration: dict
    curve: Optional[PrecisionCoverageCurve]
    curve_error: Optional[str]
    here: Optional[CurvePoint]
    pc_plot: object = None
    cutoff_plot: object = None


def cutoff_origin(service) -> str:
    """Where the cutoff in use comes from, in words."""
    if service.settings.similarity_cutoff is not None:
        return "set by similarity_cutoff (FAQBOT_SIMILARITY_CUTOFF)"
    calibration = service.stored.manifest.calibration
    if calibration.get("cutoff") is not None:
        if calibration.get("source") != "self":
            return f"calibrated for this index by faqbot calibrate on {calibration.get('calibrated_at', '?')}"
        return (f"calibrated for this index by faqbot calibrate --self on {calibration.get('calibrated_at', '?')}, "
                + share_origin(calibration))
    return "the embedding model's profile default (bot/profiles.py): no calibration stored with this index"


def share_origin(calibration: dict) -> str:
    """How many questions label-free calibration took to be unanswerable, and why."""
    estimate = calibration.get("share_estimate") or {}
    share = float(estimate.get("share", calibration.get("expected_unanswerable_share", 0.0)))
    if estimate.get("source") == "asked questions":
        return f"{share:.0%} of questions unanswerable as estimated from {estimate.get('asked', '?')} asked questions"
    if estimate.get("source") == "--share":
        return f"{share:.0%} of questions assumed unanswerable (--share)"
    return (f"{share:.0%} of questions assumed unanswerable (expected_unanswerable_share: too few asked "
            "questions to estimate it)")


def calibration_page(service) -> CalibrationPage:
    cutoff = float(service.answerer.cutoff.similarity_cutoff or 0.0)
    calibration = dict(service.stored.manifest.calibration)
    try:
        curve, error = load_curve(service.settings.index_dir), None
    except CurveError as problem:
        curve, error = None, str(problem)
    if curve is None or not curve.points:
        return CalibrationPage(cutoff, cutoff_origin(service), calibration, curve, error, None)
    return CalibrationPage(cutoff, cutoff_origin(service), calibration, curve, error,
                           at_cutoff(curve.points, cutoff), precision_coverage_plot(curve.points, cutoff),
                           cutoff_plot(curve.points, cutoff))

"""The Calibration page: the precision–coverage curve of the last ``eval`` / ``calibrate``
(bot/curve.py) against the cutoff the bot answers with now."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

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
    rows: list = field(default_factory=list)  # the stored calibration in words: (label, text)


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
    rows = calibration_rows(calibration)
    try:
        curve, error = load_curve(service.settings.index_dir), None
    except CurveError as problem:
        curve, error = None, str(problem)
    if curve is None or not curve.points:
        return CalibrationPage(cutoff, cutoff_origin(service), calibration, curve, error, None, rows=rows)
    return CalibrationPage(cutoff, cutoff_origin(service), calibration, curve, error,
                           at_cutoff(curve.points, cutoff), precision_coverage_plot(curve.points, cutoff),
                           cutoff_plot(curve.points, cutoff), rows)


def self_calibrate_serving(service, precision: float, asked: list[str]) -> dict:
    """``faqbot calibrate --self`` inside the serving process, then serve the new cutoff.

    Held under the service's build lock: a re-index after an edit (live reload) and the
    calibration's new generation must not be written from the same old one at once — the
    later would drop the other's change."""
    from bot.calibration import self_calibrate

    with service.building():
        result = self_calibrate(service, precision, asked=asked)
    service.refresh()
    return result


# -- the stored calibration, in words -----------------------------------------------------
# Keys calibration stores (bot/calibration.py), in the order and words a maintainer reads them.
_LABELS = {
    "cutoff": "Cutoff", "source": "Fitted by", "precision_target": "Precision aimed at",
    "measured": "Measured when fitted", "expected_unanswerable_share": "Questions the FAQ cannot answer",
    "embed_model": "Embedding model", "reranker": "Reranker", "calibrated_at": "Calibrated at",
    "aggregation": "Entry scoring",
}
_SHOWN_ELSEWHERE = {"confidence", "share_estimate"}  # the confidence model's weights; folded into the share


def calibration_rows(calibration: dict) -> list[tuple[str, str]]:
    """The calibration stored with the index as (label, sentence) rows: no raw dicts, numbers
    as people write them."""
    keys = [k for k in _LABELS if k in calibration]
    keys += sorted(k for k in calibration if k not in _LABELS and k not in _SHOWN_ELSEWHERE)
    return [(_LABELS.get(k, _words(k).capitalize()), _said(k, calibration[k], calibration)) for k in keys]


def _said(key: str, value: Any, calibration: dict) -> str:
    if key == "cutoff":
        return f"{float(value):.3f}"
    if key == "source":
        return ("faqbot calibrate --self (from the FAQ's own phrasings)" if value == "self"
                else f"faqbot calibrate {value}")
    if key == "precision_target":
        return _percent(value)
    if key == "measured" and isinstance(value, dict):
        return _measured(value)
    if key == "expected_unanswerable_share":
        return share_origin(calibration)
    if key == "calibrated_at":
        return str(value).replace("T", " ")
    return _plain(value)


def _measured(measured: dict) -> str:
    head = f"precision {_percent(measured.get('precision'))}, coverage {_percent(measured.get('coverage'))}"
    if measured.get("queries") is not None:
        head += f" on {_number(measured['queries'])} questions"
        if measured.get("in_scope") is not None:
            head += f" ({_number(measured['in_scope'])} of them answerable from the FAQ)"
    parts = [head]
    if measured.get("out_of_fold"):
        parts.append("out-of-fold")
    if measured.get("rounds"):
        parts.append(f"{_number(measured['rounds'])} rounds")
    if measured.get("seconds") is not None:
        parts.append(f"{_number(measured['seconds'])} s")
    rest = {k: v for k, v in measured.items()
            if k not in ("precision", "coverage", "queries", "in_scope", "out_of_fold", "rounds", "seconds")}
    return ", ".join(parts + ([_plain(rest)] if rest else []))


def _plain(value: Any) -> str:
    """Any stored value in words: a mapping as "name value, …", a list joined, numbers plain."""
    if isinstance(value, dict):
        return ", ".join(f"{_words(k)} {_plain(v)}" for k, v in value.items()) or "none"
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value) or "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return _number(value)
    return "not set" if value is None else str(value)


def _number(value: float) -> str:
    """1,740 rather than 1740.0; at most 3 decimals otherwise."""
    value = float(value)
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def _percent(value: Any) -> str:
    return "–" if value is None else f"{float(value):.1%}".replace(".0%", "%")


def _words(key: str) -> str:
    return str(key).replace("_", " ")

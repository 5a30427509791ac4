"""Server-rendered SVG charts (no JavaScript, no image files): the hit-testing bars and the
calibration curves. Every text goes through :func:`markupsafe.escape`, and colours are
presentation attributes, so the page's Content-Security-Policy needs no inline styles.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Optional, Sequence

from markupsafe import Markup, escape

from bot.curve import CurvePoint

BAR_COLOURS = {"above": "#2f7d32", "below": "#9e9e9e"}
CUTOFF_COLOUR = "#c62828"


def _n(value: float) -> str:
    return f"{value:.1f}"


LABEL_FONT = 12  # px, the bar labels' font-size
_NARROW = set("iljI.,:;'!|()[] ")
_WIDEST = set("MWmw@%")


def _em(char: str) -> float:
    """A character's width in em, rounded up for the widest common sans-serif faces (the
    browser picks the font: the estimate must never be short, or a label starts left of 0)."""
    if unicodedata.east_asian_width(char) in ("W", "F") or char in _WIDEST:
        return 1.0
    if char in _NARROW:
        return 0.4
    if char.isupper():
        return 0.8
    if char.isdigit() or char.islower():
        return 0.65
    return 0.75


def _fit(label: str, width_px: float, font_px: float = LABEL_FONT) -> str:
    """``label`` cut with "…" so it is at most ``width_px`` wide at ``font_px``."""
    budget = width_px / font_px - _em("…")
    used = 0.0
    for i, char in enumerate(label):
        used += _em(char)
        if used > budget:
            return label[:i].rstrip() + "…"
    return label


@dataclass(frozen=True)
class Bar:
    label: str
    value: float


def bar_chart(bars: Sequence[Bar], cutoff: float, width: int = 640, row: int = 26,
              test_id: str = "hit-chart") -> Markup:
    """Horizontal bars of values in [0, 1], with the cutoff as a vertical dashed line."""
    left, right, top = 250, 60, 24
    plot = width - left - right
    height = top + row * len(bars) + 10
    x = lambda v: left + plot * min(1.0, max(0.0, v))  # noqa: E731
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" data-testid="{escape(test_id)}" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             f'<title>Confidence of each candidate entry; the cutoff is the dashed line at {cutoff:.3f}</title>']
    for i, bar in enumerate(bars):
        y = top + i * row
        colour = BAR_COLOURS["above" if bar.value >= cutoff else "below"]
        label = _fit(bar.label, left - 8 - 2)  # right-aligned at left - 8, 2 px clear of the edge
        parts.append(f'<text x="{left - 8}" y="{_n(y + row * 0.62)}" text-anchor="end" font-size="{LABEL_FONT}" '
                     f'fill="#222">{escape(label)}</text>')
        parts.append(f'<rect data-testid="hit-bar" x="{left}" y="{_n(y + 4)}" width="{_n(x(bar.value) - left)}" '
                     f'height="{row - 8}" fill="{colour}"><title>{escape(bar.label)}: {bar.value:.3f}</title></rect>')
        parts.append(f'<text x="{_n(x(bar.value) + 4)}" y="{_n(y + row * 0.62)}" font-size="11" '
                     f'fill="#222">{bar.value:.3f}</text>')
    cx = x(cutoff)
    parts.append(f'<line data-testid="cutoff-line" x1="{_n(cx)}" y1="{top - 14}" x2="{_n(cx)}" y2="{height - 4}" '
                 f'stroke="{CUTOFF_COLOUR}" stroke-width="2" stroke-dasharray="5,3"/>')
    parts.append(f'<text x="{_n(cx + 4)}" y="{top - 6}" font-size="11" fill="{CUTOFF_COLOUR}">'
                 f'cutoff {cutoff:.3f}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def at_cutoff(points: Sequence[CurvePoint], cutoff: float) -> Optional[CurvePoint]:
    """The point the bot is at with ``cutoff``: the lowest measured cutoff still >= it
    (questions scoring at least ``cutoff`` are answered). None if it is above them all."""
    eligible = [p for p in points if p.cutoff >= cutoff]
    return min(eligible, key=lambda p: p.cutoff) if eligible else None


def _axes(parts: list[str], left: int, top: int, plot_w: int, plot_h: int, x_label: str, y_label: str,
          x_range: tuple[float, float]) -> None:
    parts.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#444"/>')
    lo, hi = x_range
    for k in range(6):
        fraction = k / 5
        gx = left + plot_w * fraction
        gy = top + plot_h * (1 - fraction)
        parts.append(f'<line x1="{_n(gx)}" y1="{top}" x2="{_n(gx)}" y2="{top + plot_h}" stroke="#e0e0e0"/>')
        parts.append(f'<line x1="{left}" y1="{_n(gy)}" x2="{left + plot_w}" y2="{_n(gy)}" stroke="#e0e0e0"/>')
        parts.append(f'<text x="{_n(gx)}" y="{top + plot_h + 16}" font-size="11" text-anchor="middle" '
                     f'fill="#222">{lo + (hi - lo) * fraction:.2f}</text>')
        parts.append(f'<text x="{left - 6}" y="{_n(gy + 4)}" font-size="11" text-anchor="end" '
                     f'fill="#222">{fraction:.1f}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{top + plot_h + 34}" font-size="12" text-anchor="middle" '
                 f'fill="#222">{escape(x_label)}</text>')
    parts.append(f'<text x="14" y="{top + plot_h / 2}" font-size="12" text-anchor="middle" fill="#222" '
                 f'transform="rotate(-90 14 {top + plot_h / 2})">{escape(y_label)}</text>')


def precision_coverage_plot(points: Sequence[CurvePoint], cutoff: float, width: int = 520,
                            height: int = 360) -> Markup:
    """Precision (y) against coverage (x), one point per possible cutoff; the bot's current
    cutoff is a red ring on the curve with its numbers."""
    left, top, plot_w, plot_h = 56, 20, width - 80, height - 70
    to_x = lambda c: left + plot_w * c  # noqa: E731
    to_y = lambda p: top + plot_h * (1 - p)  # noqa: E731
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" data-testid="pc-curve" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}">',
             "<title>Precision against coverage for every cutoff; the current cutoff is marked</title>"]
    _axes(parts, left, top, plot_w, plot_h, "coverage (correct answers / in-scope questions)", "precision",
          (0.0, 1.0))
    path = " ".join(f"{'M' if i == 0 else 'L'}{_n(to_x(p.coverage))},{_n(to_y(p.precision))}"
                    for i, p in enumerate(points))
    if path:
        parts.append(f'<path data-testid="pc-line" d="{path}" fill="none" stroke="#1565c0" stroke-width="2"/>')
    here = at_cutoff(points, cutoff)
    if here is not None:
        cx, cy = to_x(here.coverage), to_y(here.precision)
        parts.append(f'<circle data-testid="cutoff-marker" cx="{_n(cx)}" cy="{_n(cy)}" r="6" fill="none" '
                     f'stroke="{CUTOFF_COLOUR}" stroke-width="2.5"><title>cutoff {cutoff:.3f}: precision '
                     f'{here.precision:.3f}, coverage {here.coverage:.3f}</title></circle>')
        anchor = "end" if cx > left + plot_w * 0.6 else "start"
        dx = -9 if anchor == "end" else 9
        parts.append(f'<text x="{_n(cx + dx)}" y="{_n(cy + 16)}" font-size="12" text-anchor="{anchor}" '
                     f'fill="{CUTOFF_COLOUR}">cutoff {cutoff:.3f}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def cutoff_plot(points: Sequence[CurvePoint], cutoff: float, width: int = 520, height: int = 360) -> Markup:
    """Precision and coverage (y) against the cutoff (x), the current cutoff a vertical line."""
    left, top, plot_w, plot_h = 56, 20, width - 80, height - 70
    values = [p.cutoff for p in points] + [cutoff]
    lo, hi = min(0.0, min(values)), max(1.0, max(values))
    to_x = lambda c: left + plot_w * (c - lo) / ((hi - lo) or 1.0)  # noqa: E731
    to_y = lambda p: top + plot_h * (1 - p)  # noqa: E731
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" data-testid="cutoff-curve" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}">',
             "<title>Precision and coverage at each cutoff; the current cutoff is the dashed line</title>"]
    _axes(parts, left, top, plot_w, plot_h, "cutoff (answer when the confidence is at least this)",
          "precision / coverage", (lo, hi))
    ordered = sorted(points, key=lambda p: p.cutoff)
    for name, colour, value in (("precision", "#1565c0", lambda p: p.precision),
                                ("coverage", "#ef6c00", lambda p: p.coverage)):
        path = " ".join(f"{'M' if i == 0 else 'L'}{_n(to_x(p.cutoff))},{_n(to_y(value(p)))}"
                        for i, p in enumerate(ordered))
        if path:
            parts.append(f'<path data-testid="{name}-line" d="{path}" fill="none" stroke="{colour}" '
                         f'stroke-width="2"/>')
    cx = to_x(cutoff)
    parts.append(f'<line data-testid="cutoff-line" x1="{_n(cx)}" y1="{top}" x2="{_n(cx)}" y2="{top + plot_h}" '
                 f'stroke="{CUTOFF_COLOUR}" stroke-width="2" stroke-dasharray="5,3"/>')
    parts.append(f'<text x="{_n(cx + 4)}" y="{top + 14}" font-size="12" fill="{CUTOFF_COLOUR}">'
                 f'cutoff {cutoff:.3f}</text>')
    legend_y = top + plot_h - 30
    for k, (name, colour) in enumerate((("precision", "#1565c0"), ("coverage", "#ef6c00"))):
        y = legend_y + 14 * k
        parts.append(f'<line x1="{left + 8}" y1="{y}" x2="{left + 28}" y2="{y}" stroke="{colour}" stroke-width="2"/>')
        parts.append(f'<text x="{left + 32}" y="{y + 4}" font-size="11" fill="#222">{name}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))

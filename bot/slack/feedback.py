"""The append-only JSONL log of what users thought, and its summary for maintainers.

One JSON object per line, each with ``time`` and ``kind``:

- ``unanswered``: a question no entry matched confidently (``question``, ``suggestions``);
- ``suggestion_accepted``: the user clicked a suggested entry (``question``, ``faq_id``);
- ``feedback``: a 👍/👎 click (``vote`` "up"/"down", ``faq_id``, ``question``, ``message_ts``).

Records name Slack users and channels by id; they never hold tokens.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Optional

log = logging.getLogger(__name__)

UNANSWERED = "unanswered"
ACCEPTED = "suggestion_accepted"
FEEDBACK = "feedback"


class FeedbackLog:
    """Appends records, one line per write, safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(self, kind: str, **fields) -> None:
        entry = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"), "kind": kind,
                 **fields}
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write(line)

    def records(self) -> Iterator[dict]:
        return read_records(self.path)


def read_records(path: Path) -> Iterator[dict]:
    """Every well-formed record; a damaged line (say, a torn last write) is skipped."""
    if not Path(path).exists():
        return
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                log.warning("%s:%d: not a JSON record, skipped", path, number)
                continue
            if isinstance(record, dict):
                yield record


@dataclass
class Report:
    unanswered: list[tuple[str, int]] = field(default_factory=list)       # question, times asked
    downvoted: list[tuple[str, int, int]] = field(default_factory=list)   # faq_id, 👎, 👍
    accepted: list[tuple[str, str, int]] = field(default_factory=list)    # question, faq_id, times

    def to_json(self) -> dict:
        return {
            "unanswered": [{"question": q, "count": n} for q, n in self.unanswered],
            "downvoted": [{"faq_id": i, "down": d, "up": u} for i, d, u in self.downvoted],
            "accepted_suggestions": [{"question": q, "faq_id": i, "count": n}
                                     for q, i, n in self.accepted],
        }


def summarise(records: Iterable[dict], top: int = 10) -> Report:
    records = list(records)
    return Report(
        unanswered=_top_unanswered(records, top),
        downvoted=_most_downvoted(records, top),
        accepted=_top_accepted(records, top),
    )


def _top_unanswered(records: list[dict], top: int) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    first_wording: dict[str, str] = {}
    for record in _of_kind(records, UNANSWERED):
        key = _normalised(record.get("question", ""))
        counts[key] += 1
        first_wording.setdefault(key, record.get("question", ""))
    return [(first_wording[key], n) for key, n in counts.most_common(top)]


def _most_downvoted(records: list[dict], top: int) -> list[tuple[str, int, int]]:
    latest: dict[tuple, str] = {}  # one vote per user per answer message: their last click
    for record in _of_kind(records, FEEDBACK):
        voter = (record.get("user"), record.get("message_ts"), record.get("faq_id"))
        latest[voter] = record.get("vote")
    down: Counter[str] = Counter()
    up: Counter[str] = Counter()
    for (_, _, faq_id), vote in latest.items():
        (down if vote == "down" else up)[faq_id] += 1
    ranked = sorted(down, key=lambda i: (-down[i], up[i], i))[:top]
    return [(faq_id, down[faq_id], up[faq_id]) for faq_id in ranked]


def _top_accepted(records: list[dict], top: int) -> list[tuple[str, str, int]]:
    counts: Counter[tuple[str, str]] = Counter()
    for record in _of_kind(records, ACCEPTED):
        counts[(record.get("question", ""), record.get("faq_id", ""))] += 1
    return [(question, faq_id, n) for (question, faq_id), n in counts.most_common(top)]


def _of_kind(records: list[dict], kind: str) -> Iterator[dict]:
    return (r for r in records if r.get("kind") == kind)


def _normalised(question: str) -> str:
    return re.sub(r"\s+", " ", question).strip().rstrip("?？!！.。").casefold()


def format_report(report: Report, source: Optional[Path] = None) -> str:
    lines = [f"Feedback report{f' from {source}' if source else ''}", ""]
    lines += _section("Top unanswered questions", [f"{n:>4}×  {q}" for q, n in report.unanswered])
    lines += _section("Entries with the most 👎", [f"{d:>4} 👎 {u:>4} 👍  {i}"
                                                  for i, d, u in report.downvoted])
    lines += _section("Suggestions users accepted", [f"{n:>4}×  {q}  →  {i}"
                                                    for q, i, n in report.accepted])
    return "\n".join(lines).rstrip() + "\n"


def _section(title: str, rows: list[str]) -> list[str]:
    return [title, *(rows or ["     (none yet)"]), ""]

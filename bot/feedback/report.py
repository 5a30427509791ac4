"""The maintainers' summary of the feedback store: what to write, what to fix, what to add."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable, Optional

from bot.feedback.store import Escalation, FeedbackStore, OutcomeCounts, VoteCount


@dataclass
class Report:
    unanswered: list[tuple[str, int]] = field(default_factory=list)       # question, times asked
    downvoted: list[tuple[str, int, int]] = field(default_factory=list)   # faq_id, 👎, 👍
    accepted: list[tuple[str, str, int]] = field(default_factory=list)    # question, faq_id, times
    outcomes: Optional[OutcomeCounts] = None
    escalations: list[Escalation] = field(default_factory=list)  # oldest first

    def to_json(self) -> dict:
        data = {
            "unanswered": [{"question": q, "count": n} for q, n in self.unanswered],
            "downvoted": [{"faq_id": i, "down": d, "up": u} for i, d, u in self.downvoted],
            "accepted_suggestions": [{"question": q, "faq_id": i, "count": n}
                                     for q, i, n in self.accepted],
        }
        if self.outcomes is not None:
            data["outcomes"] = self.outcomes.to_json()
        data["escalations"] = [
            {"thread": e.thread_ref, "question": e.question, "asked_by": e.user_id,
             "escalated_at": e.escalated_at.isoformat(),
             "answered_at": e.answered_at.isoformat() if e.answered_at else None,
             "answered_by": e.answered_by,
             "seconds_to_answer": e.time_to_answer.total_seconds() if e.time_to_answer else None}
            for e in self.escalations]
        return data


def summarise(store: FeedbackStore, top: int = 10, since: Optional[datetime] = None,
              known_ids: Optional[set[str]] = None) -> Report:
    """The report. ``since``: also count question outcomes from then on. ``known_ids``:
    list only entries the FAQ still has (votes on deleted entries are not actionable)."""
    keep = (lambda faq_id: faq_id in known_ids) if known_ids is not None else (lambda _: True)
    return Report(
        unanswered=top_unanswered(store.unanswered_questions(), top),
        downvoted=most_downvoted([v for v in store.vote_counts() if keep(v.faq_id)], top),
        accepted=[row for row in store.accepted_counts() if keep(row[1])][:top],
        outcomes=store.outcome_counts(since) if since is not None else None,
        escalations=store.escalations(since),
    )


def top_unanswered(questions: Iterable[str], top: int) -> list[tuple[str, int]]:
    """Most often unanswered questions, the same question however punctuated or cased."""
    counts: Counter[str] = Counter()
    first_wording: dict[str, str] = {}
    for question in questions:
        key = _normalised(question)
        counts[key] += 1
        first_wording.setdefault(key, question)
    return [(first_wording[key], n) for key, n in counts.most_common(top)]


def most_downvoted(counts: list[VoteCount], top: int) -> list[tuple[str, int, int]]:
    ranked = sorted((c for c in counts if c.down), key=lambda c: (-c.down, c.up, c.faq_id))
    return [(c.faq_id, c.down, c.up) for c in ranked[:top]]


def question_key(question: str) -> str:
    """The same question however punctuated, spaced or cased."""
    return _normalised(question)


def _normalised(question: str) -> str:
    return re.sub(r"\s+", " ", question).strip().rstrip("?？!！.。").casefold()


def format_report(report: Report, source: Optional[str] = None) -> str:
    lines = [f"Feedback report{f' from {source}' if source else ''}", ""]
    if report.outcomes is not None:
        o = report.outcomes
        lines += _section(f"Questions since {o.since:%Y-%m-%d %H:%M} UTC", [
            f"{o.total:>4}   asked", f"{o.answered:>4}   answered",
            f"{o.unanswered:>4}   not answered ({o.did_you_mean} did-you-mean, {o.declined} declined"
            + (f", {o.imported_unanswered} imported" if o.imported_unanswered else "") + ")"])
    lines += _section("Questions asked of a person (Ask a person)", _escalation_lines(report.escalations))
    lines += _section("Top unanswered questions", [f"{n:>4}×  {q}" for q, n in report.unanswered])
    lines += _section("Entries with the most 👎", [f"{d:>4} 👎 {u:>4} 👍  {i}"
                                                  for i, d, u in report.downvoted])
    lines += _section("Suggestions users accepted", [f"{n:>4}×  {q}  →  {i}"
                                                    for q, i, n in report.accepted])
    return "\n".join(lines).rstrip() + "\n"


def _escalation_lines(escalations: list[Escalation], top: int = 10) -> list[str]:
    if not escalations:
        return []
    answered = sorted(e.time_to_answer for e in escalations if e.time_to_answer is not None)
    open_ = [e for e in escalations if not e.answered]
    median = f", median time to answer {_duration(answered[len(answered) // 2].total_seconds())}" \
        if answered else ""
    lines = [f"{len(open_):>4}   open", f"{len(answered):>4}   answered{median}"]
    lines += [f"  open since {e.escalated_at:%Y-%m-%d %H:%M}  {e.question or '(erased)'}"
              for e in open_[-top:]]
    return lines


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _section(title: str, rows: list[str]) -> list[str]:
    return [title, *(rows or ["     (none yet)"]), ""]

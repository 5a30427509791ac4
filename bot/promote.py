"""Learning from use: promote questions users confirmed into alternates of the entry.

A suggestion a user accepted, or a 👍 on an answer, is evidence that the user's
wording means that entry. After a maintainer confirms, ``faqbot report --promote``
writes the wording into the entry's markdown source as an alternate, so the same
question matches confidently from the next reload on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from bot.faq.entry import FaqEntry, normalise_question
from bot.faq.markdown import add_alternate, read_faq_file
from bot.faq.reader import load_faq_folder
from bot.slack.feedback import ACCEPTED, FEEDBACK


@dataclass(frozen=True)
class Candidate:
    question: str
    faq_id: str
    evidence: int  # how many accepted suggestions / 👍 votes back it


def candidates(records: Iterable[dict], entries: dict[str, FaqEntry]) -> list[Candidate]:
    """Confirmed wordings that are not yet a phrasing of their entry, most-backed first."""
    counts: Counter[tuple[str, str]] = Counter()
    wording: dict[tuple[str, str], str] = {}
    for record in records:
        confirmed = record.get("kind") == ACCEPTED or (
            record.get("kind") == FEEDBACK and record.get("vote") == "up")
        faq_id, question = record.get("faq_id"), (record.get("question") or "").strip()
        if not confirmed or faq_id not in entries or not question:
            continue
        key = (_wording_key(question), faq_id)
        if key[0] in {_wording_key(p) for p in entries[faq_id].phrasings}:
            continue
        counts[key] += 1
        wording.setdefault(key, question)
    return [Candidate(wording[key], key[1], n) for key, n in counts.most_common()]


def _wording_key(question: str) -> str:
    return normalise_question(question).rstrip("?？!！.。 ")


def promote(candidate: Candidate, faq_dir: Path) -> FaqEntry:
    """Write the candidate into its entry's markdown file; return the updated entry."""
    entry = {e.id: e for e in load_faq_folder(faq_dir).entries}[candidate.faq_id]
    path = faq_dir / entry.source
    updated = add_alternate(path.read_text(encoding="utf-8"), entry, candidate.question)
    tmp = path.with_name(f".{path.name}.promote.tmp")
    tmp.write_text(updated, encoding="utf-8")
    tmp.replace(path)
    return next(e for e in read_faq_file(path, entry.source) if e.id == entry.id)


def review(found: list[Candidate], entries: dict[str, FaqEntry], faq_dir: Path,
           confirm: Callable[[str], bool], say: Callable[[str], None] = print) -> list[Candidate]:
    """Ask about each candidate; promote the confirmed ones; return them."""
    promoted = []
    for candidate in found:
        entry = entries[candidate.faq_id]
        prompt = (f"{candidate.question!r} → {entry.question!r} [{entry.id}, {entry.source}] "
                  f"({candidate.evidence}× confirmed). Add as an alternate? [y/N] ")
        if confirm(prompt):
            promote(candidate, faq_dir)
            promoted.append(candidate)
            say(f"  added to {entry.source}")
    return promoted

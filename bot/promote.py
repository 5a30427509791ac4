"""Learning from use: promote questions users confirmed into alternates of the entry.

A suggestion a user accepted, or a 👍 on an answer that still stands, is evidence that
the user's wording means that entry. One user is not enough (anyone can click any
button): a wording is offered only once ``promote_min_users`` distinct users confirmed
it, and ``--yes`` never accepts one fewer than two users confirmed. After a maintainer
confirms, ``faqbot report --promote`` writes the wording into the entry's markdown
source as an alternate, so the same question matches confidently from the next reload on.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from bot.faq.entry import FaqEntry, normalise_question
from bot.faq.markdown import add_alternate, read_faq_file
from bot.faq.reader import load_faq_folder
from bot.feedback.store import Confirmation

# --yes promotes nothing fewer users confirmed, whatever promote_min_users says.
MIN_USERS_UNREVIEWED = 2


@dataclass(frozen=True)
class Candidate:
    question: str
    faq_id: str
    evidence: int  # accepted suggestions and standing 👍 votes backing it
    users: int     # distinct users among them (erased user ids are not counted)


def candidates(confirmations: Iterable[Confirmation],
               entries: dict[str, FaqEntry]) -> list[Candidate]:
    """Confirmed wordings that are not yet a phrasing of their entry, most users first."""
    evidence: dict[tuple[str, str], int] = defaultdict(int)
    users: dict[tuple[str, str], set[str]] = defaultdict(set)
    wording: dict[tuple[str, str], str] = {}
    for confirmation in confirmations:
        faq_id, question = confirmation.faq_id, (confirmation.question or "").strip()
        if faq_id not in entries or not question:
            continue
        key = (_wording_key(question), faq_id)
        if key[0] in {_wording_key(p) for p in entries[faq_id].phrasings}:
            continue
        evidence[key] += 1
        if confirmation.user_id:
            users[key].add(confirmation.user_id)
        wording.setdefault(key, question)
    ranked = sorted(evidence, key=lambda k: (-len(users[k]), -evidence[k], wording[k], k[1]))
    return [Candidate(wording[k], k[1], evidence[k], len(users[k])) for k in ranked]


def users_needed(min_users: int, accept_all: bool) -> int:
    """Distinct users a wording needs before it is offered (or, with --yes, accepted)."""
    return max(min_users, MIN_USERS_UNREVIEWED) if accept_all else min_users


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
                  f"({candidate.evidence}× confirmed by {candidate.users} users). "
                  "Add as an alternate? [y/N] ")
        if confirm(prompt):
            promote(candidate, faq_dir)
            promoted.append(candidate)
            say(f"  added to {entry.source}")
    return promoted

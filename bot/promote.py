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

from bot.faq.edits import EditRefused, FileEdit, StaleEdit, apply_edit, faq_file, read_for_edit
from bot.faq.entry import FaqEntry, FaqError, normalise_question
from bot.faq.markdown import add_alternate, one_line, parse_faq_markdown
from bot.faq.reader import load_faq_folder
from bot.feedback.store import Confirmation

__all__ = ["Candidate", "FileEdit", "apply_edit", "candidates", "plan_alternate", "promote", "review",
           "users_needed"]

# --yes promotes nothing fewer users confirmed, whatever promote_min_users says.
MIN_USERS_UNREVIEWED = 2
# An alternate is a question, not a paragraph (the feedback store keeps 500 characters).
MAX_WORDING_CHARS = 500
PROMOTE_ATTEMPTS = 3  # plans of one promotion, when other processes keep editing its file


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


def plan_alternate(faq_dir: Path, faq_id: str, wording: str,
                   entries: dict[str, FaqEntry] | None = None) -> FileEdit:
    """The edit adding ``wording`` to entry ``faq_id``'s alternates, not yet written.

    The entry is located in the bytes of its file as they are now, so the edit keeps
    every other byte. Raises :class:`EditRefused` naming ``question`` (empty, too long,
    already a phrasing of the entry) or ``faq_id`` (no such entry).
    """
    wording = one_line(wording or "")
    if not wording:
        raise EditRefused("question", "is empty")
    if len(wording) > MAX_WORDING_CHARS:
        raise EditRefused("question", f"is longer than {MAX_WORDING_CHARS} characters")
    entries = entries if entries is not None else {e.id: e for e in load_faq_folder(faq_dir).entries}
    entry = entries.get(faq_id)
    if entry is None:
        raise EditRefused("faq_id", "no FAQ entry has this id (it may have been renamed or removed)")
    if _wording_key(wording) in {_wording_key(p) for p in entry.phrasings}:
        raise EditRefused("question", f"is already a phrasing of {entry.id!r}")
    path, source = faq_file(faq_dir, entry.source, existing={entry.source})
    text, sha = read_for_edit(path)
    try:
        current = {e.id: e for e in parse_faq_markdown(text, source)}.get(faq_id)
    except FaqError as error:
        raise EditRefused("faq_id", f"its file no longer parses: {error}") from None
    if current is None:
        raise EditRefused("faq_id", f"{source} no longer holds this entry")
    after = add_alternate(text, current, wording)
    updated = {e.id: e for e in parse_faq_markdown(after, source)}
    if updated.get(faq_id) is None or updated[faq_id].alternates[-1:] != (wording,) \
            or len(updated) != len(parse_faq_markdown(text, source)):
        raise EditRefused("question", "would not read back as one new alternate of the entry")
    return FileEdit(path, source, text, after, sha, folder=Path(faq_dir).resolve())


def promote(candidate: Candidate, faq_dir: Path) -> FaqEntry:
    """Write the candidate into its entry's markdown file; return the updated entry."""
    for attempt in range(PROMOTE_ATTEMPTS):
        # Planned from the file as it is now and written at once: a file another process
        # (the console) changed in between is planned again from its new bytes.
        edit = plan_alternate(faq_dir, candidate.faq_id, candidate.question)
        try:
            apply_edit(edit)
            break
        except StaleEdit:
            if attempt == PROMOTE_ATTEMPTS - 1:
                raise
    return next(e for e in parse_faq_markdown(edit.after, edit.source) if e.id == candidate.faq_id)


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

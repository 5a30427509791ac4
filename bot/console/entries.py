"""The Entries page: every indexed entry with its phrasings, source, and what users did with it.

Entries come from the live index (what the bot answers from right now); use counts from
the feedback database (read by bot/console/feedback.py, bounded in time): questions each entry answered and when it last did, and the
standing 👍/👎 votes (one per user per answer, as ``faqbot report`` counts them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional

from bot.faq.entry import FaqEntry

PAGE_SIZE = 100
SNIPPET_CONTEXT = 60  # characters shown either side of a search match in an answer


@dataclass(frozen=True)
class Snippet:
    """Where a search matched text the row does not show: ``before`` + ``hit`` + ``after``
    (the page marks ``hit``)."""

    where: str   # "answer", or "answer (zh)" for one language's block
    before: str
    hit: str
    after: str


@dataclass(frozen=True)
class EntryRow:
    entry: FaqEntry
    answered: int
    last_answered: Optional[datetime]
    up: int
    down: int
    snippets: list[Snippet] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        return [a.language for a in self.entry.answers]


@dataclass(frozen=True)
class EntriesPage:
    rows: list[EntryRow]
    matching: int     # entries matching the search (rows holds up to PAGE_SIZE of them)
    total: int        # entries in the index
    feedback_error: Optional[str]


def _matches(entry: FaqEntry, needle: str) -> bool:
    texts = [entry.id, entry.question, *entry.alternates, entry.answer, entry.source, entry.category or "",
             *(a.text for a in entry.answers)]
    return any(needle in text.casefold() for text in texts)


def snippets(entry: FaqEntry, needle: str) -> list[Snippet]:
    """The search's matches in the entry's answers (the page shows questions and
    alternates, not answers): one snippet per answer text that contains ``needle``."""
    if not needle:
        return []
    texts = [(f"answer ({a.language})", a.text) for a in entry.answers]
    if entry.answer and entry.answer not in {a.text for a in entry.answers}:
        texts.insert(0, ("answer", entry.answer))
    found = []
    for where, text in texts:
        match = re.search(re.escape(needle), text, re.IGNORECASE)
        if match is None:
            continue
        start, end = match.span()
        before = text[max(0, start - SNIPPET_CONTEXT):start]
        after = text[end:end + SNIPPET_CONTEXT]
        found.append(Snippet(where, ("…" if start > SNIPPET_CONTEXT else "") + before, text[start:end],
                             after + ("…" if end + SNIPPET_CONTEXT < len(text) else "")))
    return found


@dataclass(frozen=True)
class EntryFeedback:
    """What the feedback database says about entries (read within the console's bound)."""

    activity: dict  # faq_id → EntryActivity
    votes: dict     # faq_id → VoteCount


def entry_feedback(store) -> EntryFeedback:
    return EntryFeedback({a.faq_id: a for a in store.entry_activity()},
                         {v.faq_id: v for v in store.vote_counts()})


def entries_page(service, feedback: "EntryFeedback | str", search: str = "",
                 page_size: int = PAGE_SIZE) -> EntriesPage:
    """``feedback``: what :func:`entry_feedback` read, or a sentence saying why there is none."""
    entries = service.stored.store.entries()
    needle = search.strip().casefold()
    found = [e for e in entries if _matches(e, needle)] if needle else entries
    found.sort(key=lambda e: (e.source, e.line))
    error = feedback if isinstance(feedback, str) else None
    activity, votes = ({}, {}) if error else (feedback.activity, feedback.votes)
    rows = []
    for entry in found[:page_size]:
        used, voted = activity.get(entry.id), votes.get(entry.id)
        rows.append(EntryRow(entry, used.answered if used else 0, used.last_answered if used else None,
                             voted.up if voted else 0, voted.down if voted else 0, snippets(entry, search.strip())))
    return EntriesPage(rows, len(found), len(entries), error)

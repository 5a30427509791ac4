"""Unanswered groups marked resolved or ignored, kept across restarts.

Kept in ``.faqbot-console-triage.json`` inside the FAQ folder: every console on that
folder (``serve`` replicas, a second console) sees the same marks, and the index watcher
and the FAQ reader skip dot files. (Not in the feedback database: its schema belongs to
the feedback store's migrations.) A mark is per question, by the key the Unanswered page
counts questions by (case and punctuation folded); a group is closed while every one of its
questions is marked, so a new wording of it opens the group again. Written like FAQ edits:
under the folder's edit lock, to a temporary file renamed over the old one.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional

from bot.faq.edits import _replace, folder_lock
from bot.feedback.report import question_key

log = logging.getLogger(__name__)

TRIAGE_FILE = ".faqbot-console-triage.json"
RESOLVED, IGNORED = "resolved", "ignored"
STATES = (RESOLVED, IGNORED)
MAX_MARKS = 20_000  # oldest dropped beyond this: the file stays small


def read_marks(faq_dir: Path) -> dict[str, dict]:
    """question key → {"state", "at"}; a missing or damaged file reads as no marks (logged)."""
    path = Path(faq_dir) / TRIAGE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("console: %s unreadable (%s): every group shows as open", path, error)
        return {}
    marks = data.get("marks") if isinstance(data, dict) else None
    return {k: v for k, v in (marks or {}).items()
            if isinstance(k, str) and isinstance(v, dict) and v.get("state") in STATES}


def mark(faq_dir: Path, questions: Iterable[str], state: Optional[str]) -> None:
    """Mark ``questions`` ``state`` (resolved / ignored), or reopen them (``None``)."""
    if state is not None and state not in STATES:
        raise ValueError(f"state must be one of {STATES}")
    keys = [question_key(q) for q in questions if q.strip()]
    with folder_lock(Path(faq_dir)):
        marks = read_marks(faq_dir)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        for key in keys:
            marks.pop(key, None)
            if state is not None:
                marks[key] = {"state": state, "at": now}
        while len(marks) > MAX_MARKS:
            marks.pop(next(iter(marks)))
        data = json.dumps({"marks": marks}, ensure_ascii=False, indent=1).encode("utf-8")
        _replace(Path(faq_dir) / TRIAGE_FILE, data)


def group_state(marks: dict[str, dict], questions: Iterable[str]) -> Optional[str]:
    """The group's state: the mark all its questions share (ignored wins over resolved), or
    None (open) when any question is unmarked."""
    states = [marks.get(question_key(q), {}).get("state") for q in questions]
    if not states or None in states:
        return None
    return IGNORED if IGNORED in states else RESOLVED

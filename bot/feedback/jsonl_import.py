"""Importing the old append-only JSONL feedback log into the store, once.

Every field of every record is kept: fields with a column go there, everything else
(unknown fields, unexpected types, explicit nulls, a timestamp that does not re-render
exactly) goes into the row's ``extra`` JSON, and :func:`record_of` rebuilds the original
record from a row. Two bounds apply as to every write: question text is truncated to
``feedback_question_chars``, and personal data older than the retention period is erased.

The file is only read, never changed. The import is remembered by the SHA-256 of the
file's content; a log that has since grown by appended lines is imported from where
the previous import ended. A damaged line is reported as ``file:line: reason`` and
skipped; it never stops the import.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from bot.feedback.schema import (
    ACCEPTED, FEEDBACK, ID_CHARS, QUESTION, UNANSWERED, events, imports,
)
from bot.feedback.store import VOTES, FeedbackStore, upsert_votes, valid_faq_id, vote_row

log = logging.getLogger(__name__)

LEGACY_UNANSWERED = "unanswered"
IMPORT_BATCH = 2000
OTHER = "other"  # a record of a kind the old bot never wrote: kept whole in ``extra``

# The fields each old kind had, and the column each lands in.
KNOWN_FIELDS = {
    LEGACY_UNANSWERED: {"question", "user", "channel", "suggestions"},
    ACCEPTED: {"question", "faq_id", "user", "channel"},
    FEEDBACK: {"vote", "faq_id", "question", "user", "channel", "message_ts"},
}
COLUMN_OF = {"question": "question", "user": "user_id", "channel": "channel",
             "message_ts": "message_ts", "faq_id": "faq_id", "vote": "vote",
             "suggestions": "suggestions"}
EVENT_COLUMNS = [c.name for c in events.columns if c.name != "id"]


class DamagedLine(ValueError):
    """A line that cannot be imported; the message says why."""


@dataclass
class ImportResult:
    path: Path
    sha256: str
    imported: int = 0
    already: bool = False               # this exact content was imported before
    resumed_at_line: int = 1            # > 1: the earlier part was imported before
    truncated: int = 0                  # questions cut to feedback_question_chars
    problems: list[str] = field(default_factory=list)  # "file:line: reason", skipped

    def summary(self) -> str:
        if self.already:
            return f"{self.path}: already imported"
        parts = [f"{self.path}: imported {self.imported} records"]
        if self.resumed_at_line > 1:
            parts.append(f"from line {self.resumed_at_line} (the lines before were imported earlier)")
        if self.problems:
            parts.append(f"skipped {len(self.problems)} damaged lines")
        if self.truncated:
            parts.append(f"truncated {self.truncated} long questions")
        return ", ".join(parts)


def import_jsonl(store: FeedbackStore, path: Path) -> ImportResult:
    """Import ``path`` into ``store`` unless this content was imported already."""
    path = Path(path)
    data = path.read_bytes()
    result = ImportResult(path, hashlib.sha256(data).hexdigest())
    start = _resume_offset(store, data, result)
    if result.already:
        return result
    result.resumed_at_line = data[:start].count(b"\n") + 1
    try:
        with store.engine.begin() as connection:
            # The import's own row first: a replica importing the same file at the same
            # moment blocks on its primary key, then fails here and imports nothing.
            connection.execute(imports.insert(), [{
                "sha256": result.sha256, "path": str(path), "size": len(data),
                "imported_at": store.clock(), "records": 0, "skipped": 0}])
            # In batches, so a large log never sits in memory as rows all at once.
            for rows in _batches(_parse(data[start:], result, store), IMPORT_BATCH):
                connection.execute(events.insert(), rows)
                upsert_votes(connection, [vote_row(r) for r in rows if r["kind"] == FEEDBACK])
                result.imported += len(rows)
            connection.execute(imports.update().where(imports.c.sha256 == result.sha256).values(
                records=result.imported, skipped=len(result.problems)))
    except IntegrityError:
        return ImportResult(path, result.sha256, already=True)
    for problem in result.problems:
        log.warning("%s, skipped", problem)
    store.erase_expired()  # an old log's personal data is past retention at once
    return result


def record_of(row: Any) -> dict:
    """The JSONL record an imported event row came from (question text as stored)."""
    row = row._mapping if hasattr(row, "_mapping") else row
    record: dict = {"time": row["time"].isoformat(timespec="seconds")}
    if row["kind"] != OTHER:
        legacy = row["kind"] == QUESTION and row["outcome"] == UNANSWERED
        record["kind"] = LEGACY_UNANSWERED if legacy else row["kind"]
    for key, column in COLUMN_OF.items():
        if row[column] is not None:
            record[key] = row[column]
    record.update(row["extra"] or {})
    return record


def imported_events(store: FeedbackStore, sha256: str) -> list[dict]:
    """The records imported from the file with this content, in file order."""
    prefix = f"{sha256[:16]}:"
    query = (sa.select(events).where(events.c.origin.startswith(prefix))
             .order_by(events.c.id))
    with store.engine.connect() as connection:
        return [record_of(row) for row in connection.execute(query)]


def _resume_offset(store: FeedbackStore, data: bytes, result: ImportResult) -> int:
    """0, or the end of an earlier import whose content this file starts with."""
    with store.engine.connect() as connection:
        earlier = connection.execute(sa.select(imports.c.sha256, imports.c.size)).all()
    offset = 0
    for sha256, size in earlier:
        if sha256 == result.sha256:
            result.already = True
            return len(data)
        if offset < size < len(data) and hashlib.sha256(data[:size]).hexdigest() == sha256:
            offset = size
    return offset


def _parse(data: bytes, result: ImportResult, store: FeedbackStore) -> Iterator[dict]:
    for number, raw in enumerate(data.split(b"\n"), start=result.resumed_at_line):
        if not raw.strip():
            continue
        try:
            record = _decode(raw)
            yield _event(record, f"{result.sha256[:16]}:{number}", store, result)
        except DamagedLine as problem:
            result.problems.append(f"{result.path}:{number}: {problem}")


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _decode(raw: bytes) -> dict:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DamagedLine("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise DamagedLine(f"not a JSON record ({error.msg})") from None
    if not isinstance(record, dict):
        raise DamagedLine("not a JSON object")
    return record


def _event(record: dict, origin: str, store: FeedbackStore, result: ImportResult) -> dict:
    row: dict = dict.fromkeys(EVENT_COLUMNS)
    row["origin"] = origin
    extra: dict = {}
    row["time"] = _time(record.get("time"), extra)
    kind = record.get("kind")
    known = KNOWN_FIELDS.get(kind) if isinstance(kind, str) else None
    if known is None:
        row["kind"] = OTHER
        extra.update((k, v) for k, v in record.items() if k != "time")
    else:
        row["kind"], row["outcome"] = (QUESTION, UNANSWERED) if kind == LEGACY_UNANSWERED \
            else (kind, None)
        for key, value in record.items():
            if key in ("time", "kind"):
                continue
            if key in known and _fits(key, value):
                row[COLUMN_OF[key]] = value
            else:
                extra[key] = value
        _check_required(kind, row, record)
    if row["question"] is not None and len(row["question"]) > store.question_chars:
        row["question"] = store.clip(row["question"])
        result.truncated += 1
    row["extra"] = extra or None
    return row


def _time(value: object, extra: dict) -> datetime:
    if not isinstance(value, str):
        raise DamagedLine("field 'time' missing or not a string")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise DamagedLine(f"field 'time' is not an ISO 8601 time: {value[:40]!r}") from None
    when = when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)
    if when.isoformat(timespec="seconds") != value:
        extra["time"] = value  # keep the exact original text
    return when


def _fits(key: str, value: object) -> bool:
    """Can this value go into its column as is? (Otherwise it is kept in ``extra``.)"""
    if key == "question":
        return isinstance(value, str)
    if key in ("user", "channel", "message_ts"):
        return isinstance(value, str) and len(value) <= ID_CHARS
    if key == "suggestions":
        return isinstance(value, list) and all(valid_faq_id(i) for i in value)
    if key == "faq_id":
        return valid_faq_id(value)
    return key == "vote" and value in VOTES


def _check_required(kind: str, row: dict, record: dict) -> None:
    """Records the reports count must be whole; ids must be ids (a forged button's
    path-like id is never stored)."""
    if "faq_id" in record and not valid_faq_id(record["faq_id"]):
        raise DamagedLine(f"field 'faq_id' is not an FAQ id: {_shown(record['faq_id'])}")
    if kind in (ACCEPTED, FEEDBACK) and row["faq_id"] is None:
        raise DamagedLine("field 'faq_id' missing")
    if kind == FEEDBACK and row["vote"] is None:
        raise DamagedLine(f"field 'vote' is not 'up' or 'down': {_shown(record.get('vote'))}")


def _shown(value: object) -> str:
    return repr(value)[:80]

"""Import FAQ entries from JSONL or CSV into FAQ markdown.

- JSONL: one ``{"id", "question", "alternates": [...], "answer"}`` object per line
  (the schema of ``shared/datasets/*/faq.jsonl``); ``id`` and ``alternates`` optional.
- CSV with a header row: ``question``, ``answer``, optional ``alternates``
  (separated by ``|``) and optional ``id``.

Ids are kept exactly; entries without one get the id derived from the question.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from bot.faq.entry import ID_PATTERN, FaqEntry, FaqError, derive_id
from bot.faq.markdown import render_faq_markdown


def read_import_file(path: Path) -> list[FaqEntry]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        entries = list(_read_jsonl(path))
    elif suffix == ".csv":
        entries = list(_read_csv(path))
    else:
        raise FaqError(str(path), 1, "unsupported file type: use .jsonl or .csv")
    _check_unique(entries, str(path))
    return entries


def _entry(source: str, line: int, question, answer, alternates, entry_id) -> FaqEntry:
    if not isinstance(question, str) or not question.strip():
        raise FaqError(source, line, "missing 'question'")
    if answer is None:
        answer = ""
    if not isinstance(answer, str):
        raise FaqError(source, line, "'answer' must be a string")
    if not isinstance(alternates, list) or not all(isinstance(a, str) for a in alternates):
        raise FaqError(source, line, "'alternates' must be a list of strings")
    if entry_id is not None and (not isinstance(entry_id, str) or not ID_PATTERN.match(entry_id)):
        raise FaqError(source, line, f"invalid id {entry_id!r}: one word without spaces")
    question = " ".join(question.split())
    return FaqEntry(
        id=entry_id or derive_id(question),
        question=question,
        answer=answer.strip(),
        alternates=tuple(" ".join(a.split()) for a in alternates if a.strip()),
        source=source,
        line=line,
        id_is_explicit=entry_id is not None,
    )


def _read_jsonl(path: Path):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise FaqError(str(path), number, f"invalid JSON: {error.msg}") from None
            if not isinstance(record, dict):
                raise FaqError(str(path), number, "each line must be a JSON object")
            yield _entry(str(path), number, record.get("question"), record.get("answer"),
                         record.get("alternates") or [], record.get("id") or None)


def _read_csv(path: Path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = {c.strip().lower() for c in reader.fieldnames or []}
        if not {"question", "answer"} <= columns:
            raise FaqError(str(path), 1, "CSV header must name 'question' and 'answer' columns")
        for row in reader:
            row = {(k or "").strip().lower(): (v or "") for k, v in row.items()}
            alternates = [a.strip() for a in row.get("alternates", "").split("|") if a.strip()]
            yield _entry(str(path), reader.line_num, row.get("question"), row.get("answer"),
                         alternates, row.get("id", "").strip() or None)


def _check_unique(entries: list[FaqEntry], source: str) -> None:
    seen: dict[str, int] = {}
    for entry in entries:
        if entry.id in seen:
            raise FaqError(source, entry.line, f"duplicate id {entry.id!r}, first at line {seen[entry.id]}")
        seen[entry.id] = entry.line


def import_to_markdown(path: Path, faq_dir: Path, name: str | None = None, overwrite: bool = False) -> tuple[Path, int]:
    """Write the file's entries as ``faq_dir/<name>.md``; return the path and entry count."""
    entries = read_import_file(path)
    target = faq_dir / f"{name or _default_name(path)}.md"
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} exists: pass --force to replace it or --name to pick another")
    faq_dir.mkdir(parents=True, exist_ok=True)
    text = render_faq_markdown(entries, title=f"Imported from {path.name}")
    tmp = target.with_suffix(".md.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    return target, len(entries)


def _default_name(path: Path) -> str:
    stem = path.stem
    return path.parent.name if stem in ("faq", "faqs") and path.parent.name else stem

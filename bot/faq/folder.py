"""Loading a whole FAQ folder into entries, with one error per bad file or duplicate id.

Plain Python (no LlamaIndex): `faqbot check` and an unchanged `faqbot index` load a folder
without the pipeline's imports. The LlamaIndex reader (bot/faq/reader.py) builds on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.faq.entry import FaqEntry, FaqError
from bot.faq.markdown import read_faq_file

FAQ_GLOB = "*.md"


@dataclass
class FolderLoad:
    """The entries of every good file, and one error per bad file or duplicate id."""

    entries: list[FaqEntry] = field(default_factory=list)
    errors: list[FaqError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    failed_files: set[str] = field(default_factory=set)
    duplicate_ids: set[str] = field(default_factory=set)


def faq_files(folder: Path) -> list[Path]:
    """The markdown files under ``folder``, skipping dot files and dot folders (``.git``,
    ``.github`` of a FAQ clone: not FAQ; the watcher ignores them too)."""
    return sorted(p for p in folder.rglob(FAQ_GLOB)
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def load_faq_folder(folder: Path) -> FolderLoad:
    """Load every FAQ file under ``folder``.

    A bad file is reported and skipped; the other files still load. An id used in two
    files is reported naming both places, and neither copy is kept.
    """
    result = FolderLoad()
    by_id: dict[str, FaqEntry] = {}
    for path in faq_files(folder):
        name = path.relative_to(folder).as_posix()
        result.files.append(name)
        try:
            entries = read_faq_file(path, display_name=name)
        except FaqError as error:
            result.errors.append(error)
            result.failed_files.add(name)
            continue
        for entry in entries:
            first = by_id.get(entry.id)
            if first is None:
                by_id[entry.id] = entry
                continue
            result.duplicate_ids.add(entry.id)
            result.errors.append(
                FaqError(entry.source, entry.line,
                         f"duplicate id {entry.id!r}, also used at {first.location}")
            )
    result.entries = [e for e in by_id.values() if e.id not in result.duplicate_ids]
    return result

"""LlamaIndex reader for FAQ markdown, and loading a whole FAQ folder."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from llama_index.core.readers.base import BasePydanticReader
from llama_index.core.schema import Document
from pydantic import PrivateAttr

from bot.faq.entry import FaqEntry, FaqError
from bot.faq.markdown import read_faq_file
from bot.faq.nodes import entry_to_document

log = logging.getLogger(__name__)

FAQ_GLOB = "*.md"


class FaqMarkdownReader(BasePydanticReader):
    """Read FAQ markdown files into one Document per FAQ entry.

    ``load_data(path)`` accepts a file or a folder. A malformed file raises
    :class:`~bot.faq.entry.FaqError` naming file and line; use :func:`load_faq_folder`
    to load the good files of a folder and collect the errors of the others.

    As a ``file_extractor`` of ``SimpleDirectoryReader`` it is called once per file
    with the file's ``extra_info``, which is added to each Document's metadata (hidden
    from embeddings and LLMs). Loaded that way, an id already read from another file
    by this reader is logged as a warning naming both places; load the folder with
    ``load_data(folder)`` to have such duplicates rejected instead.
    """

    _seen: dict[str, str] = PrivateAttr(default_factory=dict)

    @classmethod
    def class_name(cls) -> str:
        return "FaqMarkdownReader"

    def lazy_load_data(self, path: str | Path, extra_info: Optional[dict[str, Any]] = None,
                       **kwargs: Any) -> Iterable[Document]:
        path = Path(path)
        if path.is_dir():
            loaded = load_faq_folder(path)
            if loaded.errors:
                raise loaded.errors[0]
            entries = loaded.entries
        else:
            entries = read_faq_file(path)
            self._warn_about_ids_seen_elsewhere(entries)
        for entry in entries:
            yield entry_to_document(entry, extra_info)

    def _warn_about_ids_seen_elsewhere(self, entries: list[FaqEntry]) -> None:
        for entry in entries:
            first = self._seen.setdefault(entry.id, entry.location)
            if first != entry.location and first.rsplit(":", 1)[0] != entry.source:
                log.warning("%s: duplicate id %r, also used at %s", entry.location, entry.id, first)


@dataclass
class FolderLoad:
    """The entries of every good file, and one error per bad file or duplicate id."""

    entries: list[FaqEntry] = field(default_factory=list)
    errors: list[FaqError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    failed_files: set[str] = field(default_factory=set)
    duplicate_ids: set[str] = field(default_factory=set)


def faq_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob(FAQ_GLOB) if p.is_file() and not p.name.startswith("."))


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

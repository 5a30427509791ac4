"""LlamaIndex reader for FAQ markdown (a whole folder is loaded by bot/faq/folder.py)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable, Optional

from llama_index.core.readers.base import BasePydanticReader
from llama_index.core.schema import Document
from pydantic import Field, PrivateAttr

from bot.faq.entry import FaqEntry, FaqError
# Re-exported: loading a folder lives where it imports no LlamaIndex.
from bot.faq.folder import FAQ_GLOB, FolderLoad, faq_files, load_faq_folder  # noqa: F401
from bot.faq.markdown import read_faq_file
from bot.faq.nodes import entry_to_document, entries_without_id_line

log = logging.getLogger(__name__)


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

    Strict by default (``require_ids``): every entry needs an ``id:`` line, the stable id
    a pipeline's docstore and ``delete_ref_doc`` go by. A markdown file that is not an FAQ
    (a README: its ``##`` sections carry no ids) then raises :class:`FaqError` naming it
    instead of becoming entries; so does a file with no entry at all, as the node parser
    does for such a Document. Give SimpleDirectoryReader ``exclude=[...]`` for such files.
    """

    require_ids: bool = Field(
        default=True, description="Every entry must carry an 'id:' line (else FaqError naming the line); "
        "False reads any '## heading' as an entry with an id derived from the question.")

    _seen: dict[str, tuple[str, str]] = PrivateAttr(default_factory=dict)

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
            for name in loaded.files:
                self._check(path / name, [e for e in entries if e.source == name], name)
        else:
            entries = read_faq_file(path)
            self._check(path, entries, str(path))
            self._warn_about_ids_seen_elsewhere(path, entries)
        for entry in entries:
            yield entry_to_document(entry, extra_info)

    def _check(self, path: Path, entries: list[FaqEntry], name: str) -> None:
        if not entries:
            raise FaqError(name, 1, "no FAQ entry found: each entry starts at a '## question' heading")
        if self.require_ids:
            missing = entries_without_id_line(path.read_text(encoding="utf-8"), entries)
            if missing:
                first = missing[0]
                what = ("not an FAQ file: none of its '##' headings has an 'id:' line"
                        if len(missing) == len(entries) else f"entry {first.question!r} has no 'id:' line")
                raise FaqError(name, first.line, f"{what} (FaqMarkdownReader(require_ids=False) reads "
                                                 "entries without ids)")

    def _warn_about_ids_seen_elsewhere(self, path: Path, entries: list[FaqEntry]) -> None:
        # Keyed by the resolved file: the same file read again (by another path spelling,
        # or on a pipeline re-run) is not a duplicate of itself.
        where = str(path.resolve())
        for entry in entries:
            first_file, first_location = self._seen.setdefault(entry.id, (where, entry.location))
            if first_file != where:
                log.warning("%s: duplicate id %r, also used at %s", entry.location, entry.id, first_location)

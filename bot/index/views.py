"""More vectors per FAQ entry, kept beside the searched phrasing vectors to score candidates.

The FAISS store of :mod:`bot.index.vector_store` holds every phrasing embedded as a
*document* (e5's ``passage:``); questions are searched against it. Two more views of
the same entries, used only to rescore the candidate entries that search found
(:mod:`bot.retrieval.aggregation`), rank better together than either alone (DEV
numbers in docs/quality.md):

- ``symmetric``: each phrasing embedded as a *query*, exactly like the question (e5's
  ``query:``). Matching a question to a phrasing is a symmetric task, and this view
  errs on different questions than the document view.
- ``document``: one text per entry, its question and alternates joined into one
  passage, embedded as a document: the entry as a whole rather than phrasing by phrasing.

Views are never searched, so each is a plain :class:`ViewVectors` table (entry id, text,
vector), stored as a ``.npy`` matrix (memory-mapped on load) and a JSON list: loading
30,000 rows takes milliseconds, where the same rows as LlamaIndex nodes took over a second. Vectors are
reused by exact text from one build to the next, like the phrasings'.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional, Sequence

import numpy as np

from bot.embeddings.vectors import normalise_rows
from bot.index.npy_rows import NpyRows
from bot.faq.entry import FaqEntry


def entry_document_text(entry: FaqEntry) -> str:
    """Question and alternates as one passage: ``"Question. Alternate one. Alternate two."``."""
    parts = [entry.question, *entry.alternates]
    return ". ".join(part.strip().rstrip("?.!。？！") for part in parts) + "."


@dataclass(frozen=True)
class EntryView:
    """A way of turning an entry into extra vectors."""

    name: str
    embed_as_query: bool
    texts_of: Callable[[FaqEntry], Sequence[str]]

    def rows(self, entries: Iterable[FaqEntry]) -> list[tuple[str, str]]:
        """(entry id, text) for each text to embed."""
        return [(entry.id, text) for entry in entries for text in self.texts_of(entry)]


SYMMETRIC = EntryView("symmetric", embed_as_query=True, texts_of=lambda entry: entry.phrasings)
DOCUMENT = EntryView("document", embed_as_query=False, texts_of=lambda entry: [entry_document_text(entry)])


@dataclass
class ViewVectors:
    """One view of an index: row ``i`` is ``texts[i]`` of entry ``entry_ids[i]``, embedded."""

    entry_ids: list[str]
    texts: list[str]
    vectors: np.ndarray
    _row_by_text: Optional[dict[str, int]] = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.vectors, NpyRows):  # a stored matrix stays on disk (bot/index/npy_rows.py)
            self.vectors = np.asarray(self.vectors, dtype=np.float32)
        if self.vectors.ndim != 2 or not (len(self.entry_ids) == len(self.texts) == len(self.vectors)):
            raise ValueError(f"{len(self.entry_ids)} entry ids, {len(self.texts)} texts, "
                             f"{len(self.vectors)} vectors")

    @classmethod
    def empty(cls, dimension: int) -> "ViewVectors":
        return cls([], [], np.zeros((0, dimension), np.float32))

    def __len__(self) -> int:
        return len(self.entry_ids)

    @property
    def dimension(self) -> int:
        return self.vectors.shape[1]

    def without(self, entry_ids: Iterable[str]) -> "ViewVectors":
        """A copy without the rows of these entries."""
        gone = set(entry_ids)
        keep = [i for i, entry in enumerate(self.entry_ids) if entry not in gone]
        return ViewVectors([self.entry_ids[i] for i in keep], [self.texts[i] for i in keep], self.vectors[keep])

    def plus(self, rows: Sequence[tuple[str, str]], vectors: Sequence[Sequence[float]]) -> "ViewVectors":
        """A copy with these (entry id, text) rows and their vectors appended."""
        if not rows:
            return self
        added = normalise_rows(np.asarray(vectors, dtype=np.float32).reshape(len(rows), self.dimension))
        return ViewVectors(self.entry_ids + [e for e, _ in rows], self.texts + [t for _, t in rows],
                           np.vstack([self.vectors, added]))

    def vector_for_text(self, text: str) -> Optional[np.ndarray]:
        """The stored vector of a row with exactly this text, if any (an embedding cache)."""
        if self._row_by_text is None:
            self._row_by_text = {t: i for i, t in enumerate(self.texts)}
        row = self._row_by_text.get(text)
        return None if row is None else self.vectors[row]

    # -- serialisation (files and checksums: bot.index.storage) -----------------
    def to_payload(self) -> tuple[bytes, bytes]:
        """(the vectors as .npy, the rows as a JSON list of [entry id, text])."""
        matrix = io.BytesIO()
        np.save(matrix, self.vectors, allow_pickle=False)
        rows = json.dumps([[e, t] for e, t in zip(self.entry_ids, self.texts)], ensure_ascii=False)
        return matrix.getvalue(), rows.encode("utf-8")

    @classmethod
    def from_payload(cls, dimension: int, matrix: bytes, rows: bytes) -> "ViewVectors":
        return cls.from_stored(dimension, np.load(io.BytesIO(matrix), allow_pickle=False), rows)

    @classmethod
    def from_stored(cls, dimension: int, vectors: np.ndarray, rows: bytes) -> "ViewVectors":
        """From the stored matrix (an array, or a stored ``.npy`` read row by row) and the rows' JSON."""
        pairs = json.loads(rows.decode("utf-8"))
        if vectors.ndim != 2 or vectors.shape[1] != dimension or vectors.dtype != np.float32:
            raise ValueError(f"view vectors have shape {vectors.shape} ({vectors.dtype}), "
                             f"the index dimension is {dimension}")
        # Checked a column at a time (C loops over 30,000 rows at 10,000 entries, not a
        # Python expression per row).
        if not isinstance(pairs, list) or not set(map(type, pairs)) <= {list} or not set(map(len, pairs)) <= {2}:
            raise ValueError("view rows must be [entry id, text] pairs")
        entry_ids, texts = (list(column) for column in zip(*pairs)) if pairs else ([], [])
        if not set(map(type, entry_ids)) <= {str} or not set(map(type, texts)) <= {str}:
            raise ValueError("view rows must be [entry id, text] pairs")
        return cls(entry_ids, texts, vectors)

"""An index's phrasing rows without LlamaIndex: reading ``rows.json`` and searching the FAISS index.

:class:`~bot.index.vector_store.FaqVectorStore` (the LlamaIndex vector store) reads its
rows through :func:`parse_rows` and searches through :func:`search_flat`; the plain answer
path (bot/plain_answer.py) holds the same rows as a :class:`PhrasingRows`, read-only, so a
``faqbot ask`` process never imports LlamaIndex. The rows document holds each entry once
and, per FAISS id, its entry and phrasing index (0 = the question)::

    {"format": "faqbot-rows/2", "entries": [...], "rows": [[faiss id, entry, phrasing]], "nodes": [...]}

``nodes`` are whole LlamaIndex nodes inserted beside the FAQ; only the vector store reads them.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple, Optional, Sequence

import faiss
import numpy as np

from bot.embeddings.vectors import normalise_rows
from bot.faq.entry import FaqEntry, LocalisedAnswer

ROWS_FORMAT = "faqbot-rows/2"
# The columns of an entry record in the rows document, in FaqEntry's own field names.
_ENTRY_STRINGS = ("id", "question", "answer", "source")
_ENTRY_OPTIONAL_STRINGS = ("category", "language")
_ENTRY_STRING_LISTS = ("alternates", "tags")


class Phrasing(NamedTuple):
    """A lean row: phrasing ``index`` of entry ``entry_id`` (0 = its question)."""

    entry_id: str
    index: int


class RecordEntries(Mapping):
    """Entries built from their records when first asked for, each checked field by field
    then: a process answering one question builds the few it returns, not all of them."""

    def __init__(self, records: list, position_by_id: dict[str, int]) -> None:
        self._records = records
        self._position = position_by_id
        self._built: dict[str, FaqEntry] = {}

    def __getitem__(self, entry_id: str) -> FaqEntry:
        entry = self._built.get(entry_id)
        if entry is None:
            position = self._position[entry_id]
            entry = self._built[entry_id] = _entry_from_record(self._records[position], position)
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(self._position)

    def __len__(self) -> int:
        return len(self._position)

    def positions(self) -> Iterator[tuple[str, int]]:
        """(entry id, record position) of each entry."""
        return iter(self._position.items())


@dataclass
class ParsedRows:
    """A rows document read and checked: the entries that have rows, and per FAISS id its row."""

    entries: Mapping[str, FaqEntry]
    rows: dict[int, Phrasing]
    ids_by_entry: dict[str, list[int]]
    nodes: list  # [faiss id, node JSON] of the other nodes, for the vector store


@dataclass
class RowColumns:
    """A rows document read and checked, its rows as columns (one per FAISS id, in the
    document's order) rather than one Python object per row: what a reader that only
    answers needs (:class:`PhrasingRows`), and what :func:`parse_rows` makes dicts of."""

    records: list  # the entry records, unchecked beyond their id and alternates
    ids: list[str]  # per record, its entry id
    faiss_ids: np.ndarray  # int64
    entries: np.ndarray  # int64: the record position of each row
    phrasings: np.ndarray  # int64: the phrasing index of each row (0 = the question)
    nodes: list  # [faiss id, node JSON] of the other nodes, for the vector store


def parse_row_columns(document: Any) -> RowColumns:
    """The rows of a ``faqbot-rows/2`` document as columns; ValueError naming what is wrong.

    Checked column-wise with numpy (~20,000 rows at 10,000 entries): each row is three
    ints, points at an entry's existing phrasing, and neither a FAISS id nor a phrasing
    repeats. Entry records are checked as far as rows need (id, alternates)."""
    if not isinstance(document, dict) or document.get("format") != ROWS_FORMAT:
        raise ValueError(f"rows are not a {ROWS_FORMAT} document")
    records = _list(document, "entries")
    ids, sizes = _ids_and_sizes(records)
    if len(set(ids)) != len(ids):
        raise ValueError("an entry id is stored twice")
    rows = _list(document, "rows")
    table = _int_table(rows)
    faiss_ids, entries, phrasings = table[:, 0], table[:, 1], table[:, 2]
    size = np.asarray(sizes, dtype=np.int64)
    outside = (entries < 0) | (entries >= len(ids)) | (phrasings < 0)
    outside[~outside] = phrasings[~outside] >= size[entries[~outside]]
    if outside.any():
        raise ValueError(f"row {rows[int(np.argmax(outside))]!r} points outside the {len(ids)} entries")
    # Each phrasing has one slot: its entry's first slot plus its index.
    slots = (np.cumsum(size) - size)[entries] + phrasings
    for column in (faiss_ids, slots):
        order = np.argsort(column, kind="stable")
        repeats = np.flatnonzero(np.diff(column[order]) == 0)
        if repeats.size:
            raise ValueError(f"row {rows[int(order[repeats[0] + 1])]!r} repeats a vector or a phrasing")
    nodes = _list(document, "nodes")
    known = set(faiss_ids.tolist()) if nodes else set()
    for item in nodes:
        if not (isinstance(item, list) and len(item) == 2 and type(item[0]) is int) or item[0] in known:
            raise ValueError("nodes must be [faiss id, node] pairs of their own vectors")
    return RowColumns(records, ids, faiss_ids, entries, phrasings, nodes)


def _int_table(rows: list) -> np.ndarray:
    """``rows`` as an (n, 3) int64 array if every row is three ints; else ValueError naming the
    first row that is not (found row by row: only a malformed document pays for that)."""
    if not rows:
        return np.zeros((0, 3), dtype=np.int64)
    try:
        table = np.array(rows)
    except (ValueError, TypeError, OverflowError):
        table = None
    if table is not None and table.dtype.kind == "i" and table.ndim == 2 and table.shape[1] == 3:
        return table.astype(np.int64, copy=False)
    for row in rows:
        if not (type(row) is list and len(row) == 3 and all(type(x) is int for x in row)):
            raise ValueError(f"row {row!r} is not [faiss id, entry, phrasing]")
    raise ValueError("rows are not [faiss id, entry, phrasing] (ints out of range?)")


def parse_rows(document: Any, build_entries: bool = True) -> ParsedRows:
    """The rows of a ``faqbot-rows/2`` document; ValueError naming what is wrong.

    ``build_entries``: every entry is built (and checked) now, into a dict; else each when
    first read (:class:`RecordEntries`)."""
    columns = parse_row_columns(document)
    ids = columns.ids
    if build_entries:
        built = [_entry_from_record(record, k) for k, record in enumerate(columns.records)]
    rows: dict[int, Phrasing] = {}
    by_ref: dict[str, list[int]] = {}
    for faiss_id, position, index in zip(columns.faiss_ids.tolist(), columns.entries.tolist(),
                                         columns.phrasings.tolist()):
        rows[faiss_id] = phrasing = Phrasing(ids[position], index)
        by_ref.setdefault(phrasing.entry_id, []).append(faiss_id)
    if build_entries:
        by_id = dict(zip(ids, built))
        kept: Mapping[str, FaqEntry] = {entry_id: by_id[entry_id] for entry_id in by_ref}
    else:
        position_by_id = {entry_id: k for k, entry_id in enumerate(ids)}
        kept = RecordEntries(columns.records, {entry_id: position_by_id[entry_id] for entry_id in by_ref})
    return ParsedRows(kept, rows, by_ref, columns.nodes)


def _ids_and_sizes(records: list) -> tuple[list[str], list[int]]:
    """Each record's id and phrasing count (1 + its alternates), checked as far as rows need."""
    ids, sizes = [], []
    for position, record in enumerate(records):
        entry_id = record.get("id") if type(record) is dict else None
        alternates = record.get("alternates") if type(record) is dict else None
        if type(entry_id) is not str or type(alternates) is not list:
            raise ValueError(f"entry {position}: field 'id' or 'alternates' is missing or of the wrong type")
        ids.append(entry_id)
        sizes.append(1 + len(alternates))
    return ids, sizes


def check_ids(index: Any, faiss_ids: "set[int] | np.ndarray") -> None:
    """The FAISS index holds exactly ``faiss_ids`` (distinct ids), in ascending order (insertion
    order is id order, which reading vectors by position relies on)."""
    if len(faiss_ids) != index.ntotal:
        raise ValueError(f"{len(faiss_ids)} rows but {index.ntotal} vectors")
    ids = faiss.vector_to_array(index.id_map) if hasattr(index, "id_map") else None
    if ids is None or (len(ids) > 1 and not np.all(np.diff(ids) > 0)):
        raise ValueError("the FAISS ids do not match the rows, or are out of order")
    same = (np.array_equal(ids, np.sort(faiss_ids)) if isinstance(faiss_ids, np.ndarray)
            else set(ids.tolist()) == faiss_ids)
    if not same:
        raise ValueError("the FAISS ids do not match the rows, or are out of order")


def search_flat(index: Any, vector: np.ndarray, k: int,
                allowed: Optional[np.ndarray] = None) -> tuple[list[float], list[int]]:
    """Top ``k`` of a normalised query row by inner product, among the FAISS ids ``allowed``
    (None: all): (scores, ids), best first."""
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 0:
        raise ValueError(f"similarity_top_k must be an int >= 0, got {k!r}")
    params = None
    if allowed is None:
        k = min(k, index.ntotal)
    else:
        k = min(k, len(allowed))
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
    if k <= 0:
        return [], []
    # One OpenMP thread for one question: splitting a single query's scan across FAISS's
    # threads buys little, and on a busy machine each parallel region waits for a second
    # core (bench/bench_answer_path.py). The setting is this thread's own (OpenMP's ICVs are
    # per thread), so batch searches and other threads keep their threads.
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        scores, ids = index.search(vector, k, params=params)
    finally:
        faiss.omp_set_num_threads(threads)
    found = ids[0] >= 0
    return scores[0][found].tolist(), ids[0][found].tolist()


class PhrasingRows:
    """A stored index's FAQ phrasings, read-only: FAISS search returning entry ids, and
    what the scoring tables read (``entry_vectors``, ``vectors_at``, ``texts_by_entry``).

    Only for an index whose rows are all FAQ phrasings (what faqbot writes); one with other
    nodes is refused, and is read as a ``FaqVectorStore``."""

    version = 0  # never changes: read-only

    def __init__(self, dimension: int, index: Any, columns: RowColumns) -> None:
        if columns.nodes:
            raise ValueError("the rows hold nodes other than FAQ phrasings (read them as a FaqVectorStore)")
        check_ids(index, columns.faiss_ids)
        self.dimension = dimension
        self._index = index
        # Per row in FAISS id order (the order of the index itself: check_ids), its entry's
        # record position and phrasing index: arrays, not a Python object per row.
        order = np.argsort(columns.faiss_ids, kind="stable")
        self._faiss_ids = columns.faiss_ids[order]
        self._row_entries = columns.entries[order]
        self._row_phrasings = columns.phrasings[order]
        self._ids = [sys.intern(e) for e in columns.ids]  # as the scoring tables' (FaqVectorStore._entry_ids_of)
        with_rows = np.unique(self._row_entries).tolist()
        self._entries = RecordEntries(columns.records, {self._ids[k]: k for k in with_rows})

    @classmethod
    def from_index(cls, dimension: int, index: Any, rows: bytes) -> "PhrasingRows":
        if index.d != dimension:
            raise ValueError(f"FAISS index has dimension {index.d}, manifest says {dimension}")
        return cls(dimension, index, parse_row_columns(json.loads(rows)))

    def __len__(self) -> int:
        return self._index.ntotal

    def entry(self, entry_id: str) -> Optional[FaqEntry]:
        return self._entries.get(entry_id)

    def entries(self) -> list[FaqEntry]:
        return list(self._entries.values())

    def _entry_ids_at(self, rows: np.ndarray) -> list[str]:
        ids = self._ids
        return [ids[k] for k in self._row_entries[rows].tolist()]

    def faiss_ids_where(self, keep) -> np.ndarray:
        """FAISS ids, ascending, of the rows whose entry ``keep(entry)`` accepts."""
        kept = np.zeros(len(self._ids), dtype=bool)
        for entry_id, position in self._entries.positions():
            kept[position] = keep(self._entries[entry_id])
        return self._faiss_ids[kept[self._row_entries]]

    def search_entries(self, embedding: Sequence[float], k: int,
                       allowed: Optional[np.ndarray] = None) -> tuple[list[str], list[float]]:
        """The entry id and cosine of each of the ``k`` best phrasings (among the FAISS ids
        ``allowed``), best first."""
        vector = normalise_rows(embedding)
        if vector.shape[1] != self.dimension:
            raise ValueError(f"vector has {vector.shape[1]} dimensions but the index has {self.dimension}")
        scores, ids = search_flat(self._index, vector, k, allowed)
        return self._entry_ids_at(np.searchsorted(self._faiss_ids, np.asarray(ids, dtype=np.int64))), scores

    def entry_vectors(self) -> tuple[list[str], np.ndarray]:
        """The entry id of every row and its vector, in FAISS id order."""
        ids, vectors = ids_and_vectors(self._index, self.dimension)
        return self._entry_ids_at(np.searchsorted(self._faiss_ids, ids)), vectors

    def vectors_at(self, positions: np.ndarray) -> np.ndarray:
        """The vectors of rows ``positions`` of :meth:`entry_vectors` (a copy)."""
        return vectors_at(self._index, self.dimension, positions)

    def texts_by_entry(self) -> dict[str, list[str]]:
        """Each entry's phrasing texts in row order (the lexical index's documents)."""
        documents: dict[str, list[str]] = {}
        for entry_id, index in zip(self._entry_ids_at(slice(None)), self._row_phrasings.tolist()):
            # builds every entry: for rewriting, not answering
            documents.setdefault(entry_id, []).append(self._entries[entry_id].phrasings[index])
        return documents


def ids_and_vectors(index: Any, dimension: int) -> tuple[np.ndarray, np.ndarray]:
    """Every FAISS id of an ``IndexIDMap`` over a flat index, ascending, with its vector."""
    if not index.ntotal:
        return np.zeros(0, np.int64), np.zeros((0, dimension), dtype=np.float32)
    # One bulk copy out of the flat index (rows in insertion order, ids beside them)
    # instead of a reconstruct() call per vector. Ids only grow and a removal keeps the
    # order of the rest, so insertion order is id order (which vectors_at relies on).
    ids = faiss.vector_to_array(index.id_map)
    vectors = index.index.reconstruct_n(0, index.ntotal)
    order = np.argsort(ids, kind="stable")
    return ids[order], vectors[order]


def vectors_at(index: Any, dimension: int, positions: np.ndarray) -> np.ndarray:
    """The vectors of rows ``positions`` (insertion order) of an ``IndexIDMap`` (a copy)."""
    if len(positions) == 0:
        return np.zeros((0, dimension), np.float32)
    return index.index.reconstruct_batch(np.asarray(positions, dtype=np.int64))


def entry_record(entry: FaqEntry) -> dict[str, Any]:
    return {"id": entry.id, "question": entry.question, "alternates": list(entry.alternates),
            "answer": entry.answer, "source": entry.source, "line": entry.line,
            "category": entry.category, "tags": list(entry.tags), "language": entry.language,
            "answers": [[a.language, a.text] for a in entry.answers]}


def _entry_from_record(record: Any, position: int) -> FaqEntry:
    """An entry record read back, checked field by field (stored data is never trusted)."""
    try:
        alternates, tags = record["alternates"], record["tags"]
        ok = (type(record["id"]) is str and type(record["question"]) is str and type(record["answer"]) is str
              and type(record["source"]) is str and type(record["line"]) is int
              and (record["category"] is None or type(record["category"]) is str)
              and (record["language"] is None or type(record["language"]) is str)
              and type(alternates) is list and type(tags) is list
              and all(type(x) is str for x in alternates) and all(type(x) is str for x in tags))
        # Optional: rows written before entries had per-language answers have none.
        answers = record.get("answers", [])
        ok = ok and _valid_field("answers", answers)
    except (KeyError, TypeError, AttributeError):
        ok = False
    if not ok:
        fields = ("id", "question", "answer", "source", "line", "category", "language", "alternates", "tags",
                  "answers")
        wrong = [name for name in fields if not isinstance(record, dict) or not _valid_field(name, record.get(name))]
        raise ValueError(f"entry {position}: field {', '.join(map(repr, wrong)) or '(record)'} "
                         "is missing or of the wrong type")
    return FaqEntry(id=record["id"], question=record["question"], answer=record["answer"],
                    alternates=tuple(alternates), source=record["source"], line=record["line"],
                    category=record["category"], tags=tuple(tags), language=record["language"],
                    answers=tuple(LocalisedAnswer(language, text) for language, text in answers))


def _valid_field(name: str, value: Any) -> bool:
    if name == "answers":  # [[language, text], ...]
        return type(value) is list and all(
            type(pair) is list and len(pair) == 2 and all(type(x) is str for x in pair) for pair in value)
    if name in _ENTRY_STRINGS:
        return type(value) is str
    if name in _ENTRY_OPTIONAL_STRINGS:
        return value is None or type(value) is str
    if name in _ENTRY_STRING_LISTS:
        return type(value) is list and all(type(x) is str for x in value)
    return type(value) is int  # line


def _list(document: dict, key: str) -> list:
    value = document.get(key)
    if not isinstance(value, list):
        raise ValueError(f"rows document has no {key!r} list")
    return value

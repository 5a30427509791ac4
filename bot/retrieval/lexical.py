"""Lexical evidence: TF-IDF cosine between a question and each FAQ entry's phrasings.

Terms are character 3–5-grams of the words for alphabetic scripts (robust to typos
and inflection: "refunded" shares most grams with "refund") and jieba words for
Chinese runs (Chinese has no spaces; character n-grams of a phrase cut across words).
One document per entry: its question and alternates together. IDF comes from the
indexed entries, so a term every entry shares ("card" in a banking FAQ) weighs little.

The tables are computed when an index is written and stored with it
(:meth:`LexicalIndex.to_tables`, bot/index/tables.py): loading them tokenises nothing.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Mapping
import sys
from typing import Callable, Iterable, Iterator, NamedTuple, Optional, Sequence

import numpy as np

from bot.index.tables import Tables, fingerprint

GRAM_SIZES = (3, 4, 5)
# Identifies stored tables: change it with the tokenisation or the weighting.
TABLES_FINGERPRINT = fingerprint("lexical", {"grams": GRAM_SIZES, "cjk": "jieba", "tf": "1+log", "idf": "log1p"})
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_jieba_lock = threading.Lock()


def _jieba_words(text: str) -> list[str]:
    import jieba

    with _jieba_lock:  # its lazy dictionary load is not thread-safe
        jieba.setLogLevel(60)
        return [w for w in jieba.lcut(text) if w.strip()]


def lexical_terms(text: str) -> list[str]:
    """The terms of ``text``: jieba words for Chinese runs, character n-grams elsewhere."""
    text = unicodedata.normalize("NFKC", text).lower()
    terms: list[str] = []
    for run in _CJK.findall(text):
        terms.extend(_jieba_words(run))
    rest = _SPACES.sub(" ", _NOT_WORD.sub(" ", _CJK.sub(" ", text))).strip()
    if rest:
        padded = f" {rest} "
        for size in GRAM_SIZES:
            terms.extend(padded[i:i + size] for i in range(len(padded) - size + 1))
    return terms


class LexicalIndex:
    """Sparse TF-IDF vectors per entry (term ids + weights); ``score`` gives cosines for chosen entries.

    Built from ``{entry id: its texts}``. Given the ``previous`` index (the live one, on a
    reload), entries whose texts did not change reuse its term counts, so a reload only
    tokenises what changed; IDF and weights are recomputed for all, giving the same scores
    (and the same stored tables) as a fresh build. The previous index is only read, never
    changed: it keeps serving.

    ``frozen_idf``: keep the previous index's IDF (frozen corpus statistics,
    bot/index/statistics.py): its terms keep their ids and IDF, even terms no entry uses any
    more; a term it lacks gets an id after them and the IDF of the entries as they are now.
    Unchanged entries then keep their stored weights exactly, and the tables change only
    where entries changed.
    """

    def __init__(self, documents: dict[str, Sequence[str]], previous: Optional["LexicalIndex"] = None,
                 frozen_idf: bool = False) -> None:
        counts, vocabulary = _count_documents(documents, previous)
        frozen = previous._idf if frozen_idf and previous is not None else None
        idf, entries = _weigh_entries(counts, len(vocabulary), frozen)
        if previous is not None and frozen is None and 2 * _unused_terms(idf) > len(vocabulary):
            # Most terms are leftovers of earlier builds: start afresh, so edits cannot grow it forever.
            counts, vocabulary = _count_documents(documents, None)
            idf, entries = _weigh_entries(counts, len(vocabulary))
        self._vocabulary, self._idf, self._entries = vocabulary, idf, entries
        self._stable_ids = frozen is not None
        self._term_counts: Optional[dict[str, _TermCounts]] = counts
        self._load_counts: Optional[Callable[[], dict[str, _TermCounts]]] = None

    @property
    def _counts(self) -> dict[str, _TermCounts]:
        """Term counts per entry (what a later build reuses); read from stored tables on first use."""
        if self._term_counts is None:
            self._term_counts = self._load_counts()
        return self._term_counts

    def documents(self) -> dict[str, list[str]]:
        """Each entry's texts: ``LexicalIndex(index.documents())`` scores as this index does."""
        return {entry: list(counts.texts) for entry, counts in self._counts.items() if entry in self._entries}

    @property
    def unused_terms(self) -> int:
        """Terms kept from earlier builds that no current entry uses."""
        return _unused_terms(self._idf)

    @classmethod
    def from_nodes(cls, nodes: Iterable, previous: Optional["LexicalIndex"] = None) -> "LexicalIndex":
        """From phrasing nodes (text = one phrasing, ``metadata["faq_id"]`` = its entry)."""
        documents: dict[str, list[str]] = {}
        for node in nodes:
            documents.setdefault(node.metadata["faq_id"], []).append(node.get_content())
        return cls(documents, previous=previous)

    # -- stored tables ------------------------------------------------------
    def to_tables(self) -> Tables:
        """The index as arrays to store with the FAQ index. Terms are numbered as a fresh
        build numbers them (in the order entries first use them) and terms no entry uses are
        left out, so the tables are a fresh build's, byte for byte; with frozen IDF, terms
        keep their ids (new ones after the others), so tables change only where entries did."""
        entries = list(self._entries)
        new_id, terms = self._stored_numbering(entries)
        counts = self._counts
        sizes = [len(self._entries[e][0]) for e in entries]
        concatenate = lambda parts, dtype: np.concatenate(parts) if parts else np.zeros(0, dtype)  # noqa: E731
        arrays = {
            "idf": self._idf[new_id >= 0][np.argsort(new_id[new_id >= 0], kind="stable")],
            "bounds": np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]).astype(np.int64),
            "terms": new_id[concatenate([self._entries[e][0] for e in entries], np.int64)].astype(np.int64),
            "weights": concatenate([self._entries[e][1] for e in entries], np.float64),
            "counts": concatenate([counts[e].counts for e in entries], np.float64),
        }
        return Tables(fingerprint=TABLES_FINGERPRINT, arrays=arrays, meta={"vocabulary": terms, "entries": entries})

    def _stored_numbering(self, entries: list[str]) -> tuple[np.ndarray, list[str]]:
        """Per term id, its id in the stored tables (-1: left out), and the stored terms in order."""
        by_id = sorted(self._vocabulary, key=self._vocabulary.__getitem__)
        if self._stable_ids:
            return np.arange(len(by_id), dtype=np.int64), by_id
        ids = np.concatenate([self._entries[e][0] for e in entries]) if entries else np.zeros(0, np.int64)
        unique, first = np.unique(ids, return_index=True)
        in_order = unique[np.argsort(first, kind="stable")]  # ids as entries first use them
        new_id = np.full(len(by_id), -1, dtype=np.int64)
        new_id[in_order] = np.arange(len(in_order))
        return new_id, [by_id[i] for i in in_order.tolist()]

    @classmethod
    def from_tables(cls, tables: Tables,
                    documents: Callable[[], dict[str, Sequence[str]]]) -> "LexicalIndex":
        """Read back :meth:`to_tables`. ``documents()`` gives each entry's texts; it is called
        only if a later build reuses this index's term counts."""
        terms, entries = tables.meta.get("vocabulary"), tables.meta.get("entries")
        # Checked a column at a time (C loops: ~30,000 terms at 10,000 entries).
        if not (isinstance(terms, list) and isinstance(entries, list)
                and set(map(type, terms)) <= {str} and set(map(type, entries)) <= {str}):
            raise ValueError("lexical table lacks its vocabulary or entries")
        idf, bounds = np.array(tables.array("idf")), np.array(tables.array("bounds"))
        # The per-entry spans stay where they are stored: a question reads its candidates'
        # spans only (_StoredSpans), and a later build reads the counts.
        ids, weights, counts = tables.array("terms"), tables.array("weights"), tables.array("counts")
        if len(idf) != len(terms) or len(bounds) != len(entries) + 1 or not (
                len(ids) == len(weights) == len(counts) == (bounds[-1] if len(bounds) else -1)) \
                or (len(bounds) and (bounds[0] != 0 or np.any(np.diff(bounds) < 0))):
            raise ValueError("lexical table arrays do not fit together")
        index = cls.__new__(cls)
        index._vocabulary = dict(zip(terms, range(len(terms))))
        index._idf = idf
        edges = bounds.tolist()  # Python ints once, not a numpy scalar per entry
        spans = dict(zip(map(sys.intern, entries), zip(edges, edges[1:])))  # see FaqVectorStore._entry_ids_of
        index._entries = _StoredSpans(spans, ids, weights, len(terms))
        index._term_counts = None
        index._stable_ids = True  # written again as stored

        def load_counts() -> dict[str, _TermCounts]:
            texts = documents()
            stored = index._entries
            return {e: _TermCounts(tuple(texts.get(e, ())), stored.term_ids(e), np.asarray(counts[a:b]))
                    for e, (a, b) in spans.items()}

        index._load_counts = load_counts
        return index

    def score(self, text: str, entry_ids: Sequence[str]) -> np.ndarray:
        """Cosine between ``text`` and each entry (0 for an unknown entry)."""
        vocabulary = self._vocabulary
        counts = Counter(vocabulary[t] for t in lexical_terms(text) if t in vocabulary)
        out = np.zeros(len(entry_ids))
        if not counts:
            return out
        ids = np.fromiter(counts.keys(), np.int64, len(counts))
        weights = _tf_idf(np.fromiter(counts.values(), np.float64, len(counts)), self._idf[ids])
        norm = float(np.sqrt(weights @ weights))
        if not norm:
            return out
        query = np.zeros(len(self._idf))
        query[ids] = weights / norm
        for i, entry in enumerate(entry_ids):
            found = self._entries.get(entry)
            if found is not None:
                out[i] = query[found[0]] @ found[1]
        return out


class _StoredSpans(Mapping):
    """``{entry id: (term ids, weights)}`` of a stored lexical table, each entry's span
    read from the table when asked for (a question asks for its few candidates)."""

    def __init__(self, spans: dict[str, tuple[int, int]], ids, weights, vocabulary_size: int) -> None:
        self._spans, self._ids, self._weights, self._size = spans, ids, weights, vocabulary_size

    def __getitem__(self, entry: str) -> tuple[np.ndarray, np.ndarray]:
        start, stop = self._spans[entry]
        return self.term_ids(entry), np.asarray(self._weights[start:stop])

    def term_ids(self, entry: str) -> np.ndarray:
        start, stop = self._spans[entry]
        ids = np.asarray(self._ids[start:stop])
        if len(ids) and (ids.min() < 0 or ids.max() >= self._size):
            raise ValueError(f"lexical table: entry {entry!r} names a term outside the vocabulary")
        return ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


class _TermCounts(NamedTuple):
    texts: tuple[str, ...]
    ids: np.ndarray
    counts: np.ndarray


def _count_documents(documents: dict[str, Sequence[str]], previous: Optional[LexicalIndex]):
    """Term counts per entry, reusing ``previous``'s for entries whose texts are unchanged.

    Term ids only ever grow (the vocabulary is copied from ``previous``); a term no entry
    uses any more gets IDF 0, which leaves every cosine as a fresh build would have it.
    """
    vocabulary = dict(previous._vocabulary) if previous is not None else {}
    reusable = previous._counts if previous is not None else {}
    counts: dict[str, _TermCounts] = {}
    for entry, texts in documents.items():
        key = tuple(texts)
        found = reusable.get(entry)
        counts[entry] = found if found is not None and found.texts == key else _count_terms(key, vocabulary)
    return counts, vocabulary


def _count_terms(texts: tuple[str, ...], vocabulary: dict[str, int]) -> _TermCounts:
    counts = Counter(t for text in texts for t in lexical_terms(text))
    ids = np.fromiter((vocabulary.setdefault(t, len(vocabulary)) for t in counts), np.int64, len(counts))
    return _TermCounts(texts, ids, np.fromiter(counts.values(), np.float64, len(counts)))


def _unused_terms(idf: np.ndarray) -> int:
    """Vocabulary terms no entry uses (IDF 0, see ``_count_documents``)."""
    return int(np.count_nonzero(idf == 0))


def _tf_idf(counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
    return (1.0 + np.log(counts)) * idf


def _weigh_entries(counts: dict[str, _TermCounts], vocabulary_size: int, frozen_idf: Optional[np.ndarray] = None):
    """IDF over the entries (``frozen_idf`` for the terms it has), and each entry's
    L2-normalised TF-IDF weights (all at once)."""
    entries = list(counts)
    sizes = np.fromiter((len(counts[e].ids) for e in entries), np.int64, len(entries))
    ids = np.concatenate([counts[e].ids for e in entries]) if entries else np.zeros(0, np.int64)
    tf = np.concatenate([counts[e].counts for e in entries]) if entries else np.zeros(0)
    frequency = np.bincount(ids, minlength=vocabulary_size)
    idf = np.zeros(vocabulary_size)
    used = frequency > 0
    idf[used] = np.log1p(max(1, len(entries)) / frequency[used])
    if frozen_idf is not None:
        idf[:len(frozen_idf)] = frozen_idf
    weights = _tf_idf(tf, idf[ids])
    owner = np.repeat(np.arange(len(entries)), sizes)
    norms = np.sqrt(np.bincount(owner, weights=weights * weights, minlength=len(entries)))
    norms[norms == 0] = 1.0
    weights /= norms[owner]
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    return idf, {e: (ids[bounds[k]:bounds[k + 1]], weights[bounds[k]:bounds[k + 1]]) for k, e in enumerate(entries)}

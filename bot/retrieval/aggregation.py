"""Scoring a FAQ entry from its phrasing vectors: a whitened centroid plus the best phrasing.

Embedding models spread their vectors unevenly: e5 cosines between unrelated texts sit
around 0.75, and most of the differences between two phrasings of the *same* entry lie
in a few directions (wording, length, the ``query:``/``passage:`` prefix) that say
nothing about which entry a question belongs to. :class:`EntrySpace` removes both,
using only the indexed FAQ (no labelled questions):

1. **centre**: subtract the mean phrasing vector (shrunk towards zero for small FAQs,
   where the mean of a handful of entries is mostly those entries themselves);
2. **whiten**: multiply by ``(S_w + a·I)^-1/2``, where ``S_w`` is the covariance of
   phrasings around their own entry's mean (the within-entry spread) and ``a`` a ridge
   (``shrinkage`` × the mean eigenvalue of ``S_w``), so directions in which one entry's
   phrasings differ from each other count less;
3. **aggregate**: an entry scores ``cos(q, centroid) + phrasing_weight · max cos(q, p)``
   in that space, the centroid being the mean of its normalised phrasing vectors.

The FAISS search over raw vectors still picks the candidate entries; only their score
changes. When the index stores the extra scoring views of :mod:`bot.index.views`,
:class:`EntryScorer` mixes in the same whitened score computed over the *symmetric* view
(phrasings embedded as queries) and the raw cosine to the entry's *document* vector:
``(1 − w_s)·score + w_s·score_symmetric + w_d·cos(q, document)``.

``EntrySpace.score`` also returns the raw best cosine and the entry's
**typicality** for the question: the mean whitened cosine between the question and the
entry's phrasings, minus the mean whitened cosine between the entry's phrasings
themselves. Near 0 or above, the question sits among the entry's phrasings as closely as
they sit to each other; well below, it is further from them than they are from each
other, a sign of a question the entry does not answer (a confidence feature).

The spaces depend only on the index and the parameters, so they are computed when a
generation is written (:meth:`WhitenedAggregation.tables`) and stored with it
(bot/index/tables.py); :meth:`WhitenedAggregation.build` then only wraps the stored
arrays, computing afresh only for an index without them or with other parameters.
"""

from __future__ import annotations

import sys
from typing import Callable, Mapping, NamedTuple, Optional, Protocol, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, Field
from threadpoolctl import threadpool_limits

from bot.index.tables import Tables, fingerprint
from bot.index.views import DOCUMENT, SYMMETRIC, EntryView, ViewVectors


class PhrasingVectors(Protocol):
    """The phrasing rows an entry space is built from: a ``FaqVectorStore``, or the plain
    answer path's rows (bot/index/rows.py)."""

    def __len__(self) -> int: ...

    def entry_vectors(self) -> tuple[list[str], np.ndarray]: ...

    def vectors_at(self, positions: np.ndarray) -> np.ndarray: ...


# Bump when EntrySpace's statistics change, so stored tables of the old kind are recomputed.
SPACE_VERSION = "whitened-space/1"


class WhitenedAggregation(BaseModel):
    """Model-level parameters of the entry score (see module docstring)."""

    model_config = ConfigDict(extra="forbid")

    shrinkage: float = Field(
        3.0, gt=0,
        description="Ridge added to the within-entry covariance before whitening, as a multiple "
        "of its mean eigenvalue. Small: whiten hard; large: close to plain centred cosine.",
    )
    centering_prior: float = Field(
        20.0, ge=0,
        description="Centre on mean × E/(E + prior) for a FAQ of E entries, so a tiny FAQ is "
        "barely centred (its own mean would make its few entries look opposite).",
    )
    phrasing_weight: float = Field(
        0.25, ge=0,
        description="Weight of the best single phrasing's whitened cosine, added to the "
        "centroid cosine (0: centroid only).",
    )

    symmetric_weight: float = Field(
        0.0, ge=0, le=1,
        description="Share of the score taken from the same whitened score over the symmetric "
        "view (phrasings embedded as queries), if the index has it (0: not used, not built).",
    )
    document_weight: float = Field(
        0.0, ge=0,
        description="Weight of the raw cosine to the entry's document vector (question and "
        "alternates as one passage), added if the index has it (0: not used, not built).",
    )

    def views(self) -> list[EntryView]:
        """The scoring views these parameters use, which the index must store."""
        return [view for view, weight in ((SYMMETRIC, self.symmetric_weight), (DOCUMENT, self.document_weight))
                if weight > 0]

    def fingerprint(self) -> str:
        """Identifies the stored spaces these parameters give (see :meth:`tables`)."""
        return fingerprint(SPACE_VERSION, self.model_dump())

    def build(self, store: PhrasingVectors, views: Mapping[str, ViewVectors] = {},
              tables: Optional[Tables] = None) -> "EntryScorer":
        """Scorer for an index: its phrasing store and whichever scoring views it has.

        With ``tables`` computed by :meth:`tables` for these parameters, the spaces are
        read from them instead of computed.
        """
        symmetric = views.get(SYMMETRIC.name) if self.symmetric_weight > 0 else None
        documents = views.get(DOCUMENT.name) if self.document_weight > 0 else None
        if tables is not None and tables.fingerprint == self.fingerprint():
            phrasings = EntrySpace.from_arrays(tables, "phrasings", self, store.vectors_at, len(store))
            other = None
            if symmetric is not None:
                source = symmetric.vectors
                other = EntrySpace.from_arrays(tables, "symmetric", self, lambda rows: np.asarray(source[rows]),
                                               len(source))
        else:
            entry_ids, vectors = store.entry_vectors()
            phrasings = EntrySpace(entry_ids, vectors, self)
            other = EntrySpace(symmetric.entry_ids, symmetric.vectors, self) if symmetric is not None else None
        return EntryScorer(
            phrasings, symmetric=other,
            documents=DocumentVectors(documents.entry_ids, documents.vectors) if documents is not None else None,
            params=self,
        )

    def tables(self, store: PhrasingVectors, views: Mapping[str, ViewVectors] = {}) -> Tables:
        """The spaces of :meth:`build` as arrays to store with the index (computed once, at write time)."""
        return self.derive(store, views)[0]

    def derive(self, store: PhrasingVectors, views: Mapping[str, ViewVectors] = {},
               frozen: Optional["FrozenSpaces"] = None) -> tuple[Tables, dict[str, float]]:
        """:meth:`tables`, and the values a later build needs to reuse their statistics
        (``frozen``: a stored generation's, whose centring and whitening are reused)."""
        symmetric = views.get(SYMMETRIC.name) if self.symmetric_weight > 0 else None
        spaces = {"phrasings": store.entry_vectors()}
        if symmetric is not None:
            spaces["symmetric"] = (symmetric.entry_ids, np.asarray(symmetric.vectors))
        arrays, meta, values = {}, {}, {}
        for prefix, (entry_ids, vectors) in spaces.items():
            space = EntrySpace(entry_ids, vectors, self, frozen.space(prefix) if frozen is not None else None)
            more, more_meta = space.to_arrays(prefix)
            arrays.update(more)
            meta.update(more_meta)
            values[f"{prefix}_tightness_fill"] = space.tightness_fill
        return Tables(fingerprint=self.fingerprint(), arrays=arrays, meta=meta), values


class FrozenSpace(NamedTuple):
    """A stored space's statistics, reused to place the rows of a later build in the same space."""

    mean: np.ndarray
    transform: np.ndarray
    tightness_fill: float
    # (entry id, raw vector bytes) -> its stored whitened rows, in space order
    white_of: dict[tuple[str, bytes], list[np.ndarray]]


class FrozenSpaces:
    """The spaces of a stored generation (its aggregation table, the raw rows they were
    computed from, and the values :meth:`WhitenedAggregation.derive` returned with them)."""

    def __init__(self, table: Tables, store: PhrasingVectors, views: Mapping[str, ViewVectors],
                 values: Mapping[str, float]) -> None:
        self._table, self._store, self._views, self._values = table, store, views, values

    def space(self, prefix: str) -> FrozenSpace:
        table = self._table
        if prefix == "phrasings":
            entry_ids, raw = self._store.entry_vectors()
        else:
            view = self._views[SYMMETRIC.name]
            entry_ids, raw = view.entry_ids, np.asarray(view.vectors)
        order = np.asarray(table.array(f"{prefix}_order"))
        white = np.asarray(table.array(f"{prefix}_white"))
        if len(order) != len(raw):
            raise ValueError(f"the stored {prefix} space has {len(order)} rows, its source {len(raw)}")
        white_of: dict[tuple[str, bytes], list[np.ndarray]] = {}
        for k, row in enumerate(order.tolist()):  # a vector stored twice may have two rows (last bits)
            white_of.setdefault((entry_ids[row], raw[row].tobytes()), []).append(white[k])
        fill = self._values.get(f"{prefix}_tightness_fill")
        return FrozenSpace(np.array(table.array(f"{prefix}_mean")), np.array(table.array(f"{prefix}_transform")),
                           float(fill) if fill is not None else TYPICAL_TIGHTNESS, white_of)


# Phrasing-to-phrasing whitened cosine assumed when no entry has two phrasings to measure it
# (typical of the DEV FAQs in docs/quality.md: 0.50-0.70).
TYPICAL_TIGHTNESS = 0.6


class EntryScores(NamedTuple):
    """Per candidate entry; NaN where the entry is not in the space."""

    score: np.ndarray
    cosine: np.ndarray  # raw best-phrasing cosine
    typicality: np.ndarray


def unit_query(query: Sequence[float]) -> np.ndarray:
    """A question's embedding as float32 of length 1 (what the spaces and views score)."""
    q = np.asarray(query, dtype=np.float32)
    return q / (np.linalg.norm(q) or 1.0)


def _normalise(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    return (rows / norms).astype(np.float32)


class EntrySpace:
    """Per-index statistics for :class:`WhitenedAggregation`, computed once per loaded index."""

    def __init__(self, entry_of_row: Sequence[str], vectors: np.ndarray, params: WhitenedAggregation,
                 frozen: Optional["FrozenSpace"] = None) -> None:
        """``frozen``: the statistics of a stored space to reuse (bot/index/statistics.py):
        its centring and whitening, and its whitened rows for vectors it already holds."""
        self.params = params
        vectors = np.asarray(vectors, dtype=np.float32)
        dim = vectors.shape[1] if vectors.ndim == 2 else 0
        order = sorted(range(len(entry_of_row)), key=lambda i: entry_of_row[i])
        ids = [entry_of_row[i] for i in order]
        vectors = vectors[order] if len(order) else np.zeros((0, dim), np.float32)
        self.order = np.asarray(order, dtype=np.int64)  # row k of this space is input row order[k]
        self.entry_ids: list[str] = sorted(set(ids))
        self.index = {entry: i for i, entry in enumerate(self.entry_ids)}
        rows = np.asarray([self.index[e] for e in ids], dtype=np.int64)
        # rows of entry i are starts[i]:starts[i + 1]
        self.starts = np.searchsorted(rows, np.arange(len(self.entry_ids) + 1)) if len(rows) else np.zeros(1, int)
        self.raw = vectors
        self._raw_rows: Callable[[np.ndarray], np.ndarray] = lambda rows: self.raw[rows]

        count = len(self.entry_ids)
        if count == 0:
            self.mean = np.zeros(dim, np.float32)
            self.transform = np.eye(dim, dtype=np.float32)
            self.white = self.centroids = np.zeros((0, dim), np.float32)
            self.tightness = np.zeros(0)
            self.tightness_fill = TYPICAL_TIGHTNESS
            return
        if frozen is not None:
            self._place_in(frozen, vectors)
            return
        mean = vectors.mean(axis=0, dtype=np.float64) * (count / (count + params.centering_prior))
        sizes = np.diff(self.starts)[:, None].astype(np.float32)
        entry_means = np.add.reduceat(vectors, self.starts[:-1], axis=0) / sizes
        residuals = vectors - entry_means[rows]
        # One BLAS thread: on a busy host threaded eigh of 384x384 took 2 s instead of 20 ms.
        with threadpool_limits(limits=1, user_api="blas"):
            within = (residuals.T @ residuals).astype(np.float64) / len(vectors)
            eigenvalues, eigenvectors = np.linalg.eigh(within)
        eigenvalues = np.clip(eigenvalues, 0.0, None)
        ridge = params.shrinkage * float(eigenvalues.mean())
        if ridge <= 1e-12:  # no alternates anywhere: nothing to whiten
            transform = np.eye(dim)
        else:
            transform = (eigenvectors * np.sqrt(ridge / (eigenvalues + ridge))) @ eigenvectors.T
        self.mean = mean.astype(np.float32)
        self.transform = transform.astype(np.float32)
        self.white = _normalise((vectors - self.mean) @ self.transform)
        sums = np.add.reduceat(self.white, self.starts[:-1], axis=0)
        self.centroids = _normalise(sums)
        self.tightness, self.tightness_fill = _tightness(sums, np.diff(self.starts))

    def _place_in(self, frozen: "FrozenSpace", vectors: np.ndarray) -> None:
        """Rows whitened with the frozen statistics: a vector the frozen space holds gets its
        stored row as it is (no second computation, no last-bit differences), only new
        vectors are computed; centroids and tightness per entry follow from the rows."""
        self.mean, self.transform = frozen.mean, frozen.transform
        ids = [self.entry_ids[i] for i in np.repeat(np.arange(len(self.entry_ids)), np.diff(self.starts))]
        taken: dict[tuple[str, bytes], int] = {}
        stored = []
        for entry_id, vector in zip(ids, vectors):
            key = (entry_id, vector.tobytes())
            rows = frozen.white_of.get(key, ())
            stored.append(rows[taken.get(key, 0)] if taken.get(key, 0) < len(rows) else None)
            taken[key] = taken.get(key, 0) + 1
        white = np.empty(vectors.shape, np.float32)
        new = [i for i, row in enumerate(stored) if row is None]
        if new:
            white[new] = _normalise((vectors[new] - self.mean) @ self.transform)
        for i, row in enumerate(stored):
            if row is not None:
                white[i] = row
        self.white = white
        sums = np.add.reduceat(self.white, self.starts[:-1], axis=0)
        self.centroids = _normalise(sums)
        self.tightness, self.tightness_fill = _tightness(sums, np.diff(self.starts), frozen.tightness_fill)

    # Stored as arrays named ``<prefix>_<field>``; the raw vectors are not (they are the
    # index's own): ``raw_rows(positions)`` gives the input rows ``positions`` on load.
    _STORED = ("starts", "mean", "transform", "white", "centroids", "tightness", "order")

    def to_arrays(self, prefix: str) -> tuple[dict[str, np.ndarray], dict[str, list[str]]]:
        """The space as arrays and its entry ids, to store with the index."""
        arrays = {f"{prefix}_{name}": np.asarray(getattr(self, name)) for name in self._STORED}
        return arrays, {f"{prefix}_entry_ids": list(self.entry_ids)}

    @classmethod
    def from_arrays(cls, tables: Tables, prefix: str, params: WhitenedAggregation,
                    raw_rows: Callable[[np.ndarray], np.ndarray], source_rows: int) -> "EntrySpace":
        """A space read back from :meth:`to_arrays`; ``raw_rows`` fetches its ``source_rows``
        input rows by position."""
        space = cls.__new__(cls)
        space.params = params
        entry_ids = tables.meta.get(f"{prefix}_entry_ids")
        if not isinstance(entry_ids, list) or not all(isinstance(e, str) for e in entry_ids):
            raise ValueError(f"table has no entry ids for {prefix}")
        for name in cls._STORED:
            stored = tables.array(f"{prefix}_{name}")
            # The big matrices stay on disk (a question reads a few rows: bot/index/npy_rows.py);
            # the rest is small.
            setattr(space, name, stored if name in ("white", "centroids") else np.array(stored))
        count, rows = len(entry_ids), len(space.order)
        if len(space.starts) != count + 1 or len(space.centroids) != count or len(space.tightness) != count \
                or len(space.white) != rows or (rows and int(space.starts[-1]) != rows) or rows != source_rows \
                or not np.array_equal(np.sort(space.order), np.arange(rows)):
            raise ValueError(f"the stored {prefix} space does not fit its {count} entries and {source_rows} rows")
        space.entry_ids = [sys.intern(e) for e in entry_ids]  # see _entry_ids_of in vector_store.py
        space.index = {entry: i for i, entry in enumerate(space.entry_ids)}
        space.raw = None
        order = space.order
        space._raw_rows = lambda positions: raw_rows(order[positions])
        return space

    def __len__(self) -> int:
        return len(self.entry_ids)

    def whiten(self, query: Sequence[float]) -> np.ndarray:
        q = np.asarray(query, dtype=np.float32)
        return _normalise((q - self.mean) @ self.transform)

    def locate(self, entry_ids: Sequence[str]) -> "Located":
        """Where the entries of ``entry_ids`` that this space holds are, in both."""
        index = self.index
        known = [(k, index[e]) for k, e in enumerate(entry_ids) if e in index]
        if not known:
            return Located(len(entry_ids), np.zeros(0, np.int64), np.zeros(0, np.int64))
        positions, entries = (np.asarray(column, dtype=np.int64) for column in zip(*known))
        return Located(len(entry_ids), positions, entries)

    def score(self, query: Sequence[float], entry_ids: Sequence[str], located: Optional["Located"] = None,
              features: bool = True) -> EntryScores:
        """Entry score, raw max cosine and typicality for each of ``entry_ids``.

        ``located``: this space's :meth:`locate` of them, when already known (spaces over the
        same entries share it). ``features=False`` computes the score alone (cosine and
        typicality stay NaN): a second space's score needs no raw vectors."""
        return self.score_unit(unit_query(query), entry_ids, located, features)

    def score_unit(self, q: np.ndarray, entry_ids: Sequence[str], located: Optional["Located"] = None,
                   features: bool = True) -> EntryScores:
        """:meth:`score` of a query already through :func:`unit_query`."""
        white_q = self.whiten(q)
        located = located if located is not None else self.locate(entry_ids)
        out = EntryScores(*(np.full(located.count, np.nan) for _ in EntryScores._fields))
        positions, entries = located.positions, located.entries
        if not len(entries):
            return out
        # Every row of these entries, entry after entry, from one arange: each entry's rows
        # are starts[e]..starts[e + 1], so row j of the result is j plus its entry's shift.
        firsts = np.asarray(self.starts[entries], dtype=np.int64)
        sizes = np.asarray(self.starts[entries + 1], dtype=np.int64) - firsts
        bounds = np.cumsum(sizes) - sizes
        rows = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(firsts - bounds, sizes)
        white_cosines = self.white[rows] @ white_q
        best_white = np.maximum.reduceat(white_cosines, bounds)
        out.score[positions] = self.centroids[entries] @ white_q + self.params.phrasing_weight * best_white
        if features:
            out.cosine[positions] = np.maximum.reduceat(self._raw_rows(rows) @ q, bounds)
            out.typicality[positions] = np.add.reduceat(white_cosines, bounds) / sizes - self.tightness[entries]
        return out


class Located(NamedTuple):
    """The candidate entries a space holds: ``positions`` among the ``count`` asked for,
    and each one's entry number in the space."""

    count: int
    positions: np.ndarray
    entries: np.ndarray


class DocumentVectors:
    """One vector per entry; cosine of a question to the entries asked for.

    Rows are normalised when asked for (row by row, so exactly as normalising them all
    up front would): a stored view is memory-mapped and only those rows are read.
    """

    def __init__(self, entry_ids: Sequence[str], vectors: np.ndarray) -> None:
        self.entry_ids = [sys.intern(e) for e in entry_ids]
        self.index = {entry: i for i, entry in enumerate(self.entry_ids)}
        self._raw = vectors

    @property
    def vectors(self) -> np.ndarray:
        """Every row, normalised."""
        return _normalise(np.asarray(self._raw, dtype=np.float32))

    def cosine(self, query: np.ndarray, entry_ids: Sequence[str], located: Optional[Located] = None) -> np.ndarray:
        """``located``: where the entries are, when this view's rows are in the order of the
        space that located them (EntryScorer checks)."""
        if located is None:
            rows = [self.index.get(e, -1) for e in entry_ids]
            positions = [k for k, r in enumerate(rows) if r >= 0]
            located = Located(len(entry_ids), np.asarray(positions, dtype=np.int64),
                              np.asarray([rows[k] for k in positions], dtype=np.int64))
        out = np.full(located.count, np.nan)
        if len(located.entries):
            out[located.positions] = _normalise(np.asarray(self._raw[located.entries], dtype=np.float32)) @ query
        return out


class EntryScorer:
    """Entry scores from the phrasings' :class:`EntrySpace`, mixed with the scoring views the index has.

    An entry missing from a view (which a build never produces) still gets a score: the
    phrasing score stands in for its symmetric part, and its document part is left out.
    """

    def __init__(self, phrasings: EntrySpace, symmetric: Optional[EntrySpace] = None,
                 documents: Optional[DocumentVectors] = None,
                 params: Optional[WhitenedAggregation] = None) -> None:
        self.phrasings = phrasings
        self.symmetric = symmetric
        self.documents = documents
        self.params = params or phrasings.params
        # The views hold the same entries in the same order as the phrasings (what a build
        # writes): the candidates are then located once for all three.
        self._symmetric_shares = symmetric is not None and symmetric.entry_ids == phrasings.entry_ids
        self._documents_share = documents is not None and documents.entry_ids == phrasings.entry_ids

    def __len__(self) -> int:
        return len(self.phrasings)

    @property
    def views(self) -> list[str]:
        """Names of the scoring views in use."""
        return [view.name for view, used in ((SYMMETRIC, self.symmetric), (DOCUMENT, self.documents))
                if used is not None]

    def score(self, query: Sequence[float], entry_ids: Sequence[str]) -> EntryScores:
        """Entry score, raw max cosine and typicality for each of ``entry_ids`` (see EntrySpace.score)."""
        q = unit_query(query)
        located = self.phrasings.locate(entry_ids)
        found = self.phrasings.score_unit(q, entry_ids, located)
        score = found.score
        if self.symmetric is not None:
            other = self.symmetric.score_unit(q, entry_ids, located if self._symmetric_shares else None,
                                              features=False).score
            other = np.where(np.isnan(other), score, other)
            weight = self.params.symmetric_weight
            score = (1.0 - weight) * score + weight * other
        if self.documents is not None:
            cosine = self.documents.cosine(q, entry_ids, located if self._documents_share else None)
            score = score + self.params.document_weight * np.nan_to_num(cosine, nan=0.0)
        return found._replace(score=score)


def _tightness(sums: np.ndarray, sizes: np.ndarray, fill: Optional[float] = None) -> tuple[np.ndarray, float]:
    """Mean cosine between an entry's distinct (normalised) phrasings: (|sum|² − n) / (n(n − 1)),
    and the value given to entries with one phrasing.

    Entries with one phrasing get ``fill`` (frozen statistics), else the FAQ's mean, or
    TYPICAL_TIGHTNESS if no entry has two.
    """
    sizes = sizes.astype(np.float64)
    pairs = sizes * (sizes - 1)
    measured = pairs > 0
    tightness = np.full(len(sizes), TYPICAL_TIGHTNESS)
    if measured.any():
        squared = np.einsum("ij,ij->i", sums, sums).astype(np.float64)
        tightness[measured] = (squared[measured] - sizes[measured]) / pairs[measured]
        if fill is None:
            fill = float(tightness[measured].mean())
    fill = TYPICAL_TIGHTNESS if fill is None else fill
    tightness[~measured] = fill
    return tightness, fill

"""Each vector's nearest others at or above a cosine threshold, exactly, without scoring every pair in full.

`faqbot check` compares every FAQ phrasing with every other (bot/check.py). Scored in full
that is n² products of ``d`` dimensions: at 10,000 entries (about 20,000 phrasings of 384
dimensions) the bulk of the command's time. Near-duplicates are rare and the threshold is
high, so almost every pair can be ruled out from a few dimensions:

Filter, then verify. Split each unit vector ``a`` into its projection ``p_a`` onto ``RANK``
orthonormal directions (the vectors' principal ones, where they differ most) and the rest,
of norm ``r_a``. By Cauchy-Schwarz ``a·b = p_a·p_b + (rest_a·rest_b) <= p_a·p_b + r_a r_b``:
the inner product of the short vectors ``[p_a, r_a]`` and ``[p_b, r_b]`` bounds the cosine
from above, for any directions chosen. A FAISS range search over the short vectors finds
every pair whose bound reaches the threshold (a small margin covers float rounding), and
only those pairs are scored in full. No pair at or above the threshold can be missed; the
directions only decide how few pairs are left to score.

When the threshold is so low that too many pairs survive the filter, a block of rows is
searched by brute force instead (what :func:`brute_force_neighbours` does for all rows):
the answer is the same, only the work differs.
"""

from __future__ import annotations

from typing import Optional

import faiss
import numpy as np
from threadpoolctl import threadpool_limits

RANK = 64
# Below this many vectors brute force is already fast: the filter would not pay for itself.
BRUTE_FORCE_BELOW = 2048
# The filter's bound is computed in float32: rounding is far below this.
MARGIN = 1e-3
BLOCK = 2048
SCORE_CHUNK = 65536
# Past this many surviving pairs per row (on average over a block), the block is searched by
# brute force: scoring that many pairs one by one would cost more.
MAX_CANDIDATES_PER_ROW = 256
# Directions are fitted on at most this many vectors (any directions keep the answer exact).
BASIS_SAMPLE = 4096

Neighbours = list[list[tuple[int, float]]]


def nearest_above(vectors: np.ndarray, threshold: float, k: int) -> Neighbours:
    """For each row of ``vectors`` (unit length, float32): up to ``k`` ``(row, cosine)`` of
    the rows whose cosine with it is at least ``threshold``, itself included, highest first
    (ties by row). The same as taking each row's ``k`` nearest by brute force and dropping
    those below the threshold."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if len(vectors) < BRUTE_FORCE_BELOW:
        return brute_force_neighbours(vectors, threshold, k)
    short = _bounding_vectors(vectors)
    index = faiss.IndexFlatIP(short.shape[1])
    index.add(short)
    found: Neighbours = []
    for start in range(0, len(vectors), BLOCK):
        rows = slice(start, min(start + BLOCK, len(vectors)))
        lims, _, columns = index.range_search(short[rows], threshold - MARGIN)
        if len(columns) > MAX_CANDIDATES_PER_ROW * (rows.stop - rows.start):
            found += brute_force_neighbours(vectors, threshold, k, rows)
        else:
            found += _verified(vectors, rows, lims, columns, threshold, k)
    return found


def brute_force_neighbours(vectors: np.ndarray, threshold: float, k: int,
                           rows: Optional[slice] = None) -> Neighbours:
    """:func:`nearest_above` by scoring every pair (of ``rows`` against all, default all rows)."""
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    queries = vectors if rows is None else vectors[rows]
    scores, columns = index.search(queries, min(k, len(vectors)))
    found = []
    for row_scores, row_columns in zip(scores, columns):
        hits = [(int(c), float(s)) for s, c in zip(row_scores, row_columns) if c >= 0 and s >= threshold]
        found.append(sorted(hits, key=lambda hit: (-hit[1], hit[0])))
    return found


def _bounding_vectors(vectors: np.ndarray) -> np.ndarray:
    """``[p_a, r_a]`` per row: the projection onto the top ``RANK`` directions and the norm of
    the rest, so that their inner products bound the cosines from above."""
    sample = vectors[:: max(1, len(vectors) // BASIS_SAMPLE)]
    # Small products: threaded BLAS would only spin against FAISS's own threads.
    with threadpool_limits(1, user_api="blas"):
        _, basis = np.linalg.eigh((sample.T @ sample).astype(np.float64))  # eigenvalues ascending
        basis = np.ascontiguousarray(basis[:, -min(RANK, vectors.shape[1]):], dtype=np.float32)
        projected = vectors @ basis
    # The rest's squared norm in float64: near zero, float32 would lose it to cancellation.
    rest = np.einsum("ij,ij->i", vectors, vectors, dtype=np.float64) \
        - np.einsum("ij,ij->i", projected, projected, dtype=np.float64)
    return np.hstack([projected, np.sqrt(np.maximum(rest, 0.0)).astype(np.float32)[:, None]])


def _verified(vectors: np.ndarray, rows: slice, lims: np.ndarray, columns: np.ndarray,
              threshold: float, k: int) -> Neighbours:
    """Score the pairs that passed the filter in full; keep each row's ``k`` best at or above
    the threshold."""
    lims = lims.astype(np.int64)
    row_of = np.repeat(np.arange(rows.start, rows.stop), np.diff(lims))
    scores = np.empty(len(columns), dtype=np.float32)
    for start in range(0, len(columns), SCORE_CHUNK):  # in chunks: a row pair's copy per candidate
        part = slice(start, start + SCORE_CHUNK)
        scores[part] = np.einsum("ij,ij->i", vectors[row_of[part]], vectors[columns[part]])
    kept = scores >= threshold
    row_of, columns, scores = row_of[kept], columns[kept], scores[kept]
    order = np.lexsort((columns, -scores, row_of))  # by row, then best first, then by column
    row_of, columns, scores = row_of[order], columns[order], scores[order]
    place = np.arange(len(row_of)) - np.searchsorted(row_of, row_of)  # rank within its row
    found: Neighbours = [[] for _ in range(rows.stop - rows.start)]
    best = place < k
    for row, column, score in zip(row_of[best].tolist(), columns[best].tolist(), scores[best].tolist()):
        found[row - rows.start].append((column, score))
    return found

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

The bound is symmetric, so each block of rows is filtered against itself and the rows after
it only. When the threshold is so low that too many pairs survive the filter, the search
falls back to brute force (:func:`brute_force_neighbours`): the answer is the same, only the
work differs.
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
SCORE_CHUNK = 8192
# Past this many surviving pairs per row the search falls back to brute force: scoring that
# many pairs one by one would cost more (and hold them all in memory).
MAX_CANDIDATES_PER_ROW = 128
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
    pairs = _candidate_pairs(_bounding_vectors(vectors), threshold - MARGIN)
    if pairs is None:
        return brute_force_neighbours(vectors, threshold, k)
    return _verified(vectors, *pairs, threshold, k)


def brute_force_neighbours(vectors: np.ndarray, threshold: float, k: int) -> Neighbours:
    """:func:`nearest_above` by scoring every pair."""
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    scores, columns = index.search(vectors, min(k, len(vectors)))
    found = []
    for row_scores, row_columns in zip(scores, columns):
        hits = [(int(c), float(s)) for s, c in zip(row_scores, row_columns) if c >= 0 and s >= threshold]
        found.append(sorted(hits, key=lambda hit: (-hit[1], hit[0])))
    return found


def _candidate_pairs(short: np.ndarray, bound: float) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """Rows ``i <= j`` whose bounding vectors' inner product reaches ``bound`` (each row with
    itself included), or None when more survive than scoring one by one would pay for. The
    bound is symmetric, so each block of rows is searched only against itself and the rows
    after it: half the products of a full search."""
    threads = faiss.omp_get_max_threads()
    # One thread: the filter is short, and FAISS's OpenMP threads spin, burning CPU while
    # they wait, whenever another process holds a core.
    faiss.omp_set_num_threads(1)
    try:
        return _filtered(short, bound)
    finally:
        faiss.omp_set_num_threads(threads)


def _filtered(short: np.ndarray, bound: float) -> Optional[tuple[np.ndarray, np.ndarray]]:
    firsts, seconds, count = [], [], 0
    for start in range(0, len(short), BLOCK):
        stop = min(start + BLOCK, len(short))
        index = faiss.IndexFlatIP(short.shape[1])
        index.add(short[start:])
        lims, _, columns = index.range_search(short[start:stop], bound)
        rows = np.repeat(np.arange(start, stop), np.diff(lims.astype(np.int64)))
        columns = columns + start
        later = columns > rows  # a pair within the block is found from both of its rows
        firsts.append(rows[later])
        seconds.append(columns[later])
        count += int(later.sum())
        if count > MAX_CANDIDATES_PER_ROW * len(short):
            return None
    itself = np.arange(len(short))
    return np.concatenate([itself, *firsts]), np.concatenate([itself, *seconds])


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


def _verified(vectors: np.ndarray, firsts: np.ndarray, seconds: np.ndarray,
              threshold: float, k: int) -> Neighbours:
    """Score the pairs that passed the filter in full; keep each row's ``k`` best at or above
    the threshold (a pair ``i, j`` counts for both rows: its product is the same either way)."""
    scores = np.empty(len(firsts), dtype=np.float32)
    for start in range(0, len(firsts), SCORE_CHUNK):  # in chunks: a copy of both vectors per pair
        part = slice(start, start + SCORE_CHUNK)
        scores[part] = np.einsum("ij,ij->i", vectors[firsts[part]], vectors[seconds[part]])
    kept = scores >= threshold
    firsts, seconds, scores = firsts[kept], seconds[kept], scores[kept]
    mirrored = firsts != seconds
    rows = np.concatenate([firsts, seconds[mirrored]])
    columns = np.concatenate([seconds, firsts[mirrored]])
    scores = np.concatenate([scores, scores[mirrored]])
    order = np.lexsort((columns, -scores, rows))  # by row, then best first, then by column
    rows, columns, scores = rows[order], columns[order], scores[order]
    place = np.arange(len(rows)) - np.searchsorted(rows, rows)  # rank within its row
    found: Neighbours = [[] for _ in range(len(vectors))]
    best = place < k
    for row, column, score in zip(rows[best].tolist(), columns[best].tolist(), scores[best].tolist()):
        found[row].append((column, score))
    return found

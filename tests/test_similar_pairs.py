"""The near-duplicate search of `faqbot check` (bot/similar_pairs.py) finds exactly what scoring
every pair finds: same rows, same order, same cosines up to float rounding."""

import numpy as np
import pytest

from bot import similar_pairs
from bot.similar_pairs import BRUTE_FORCE_BELOW, brute_force_neighbours, nearest_above


def unit(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def corpus_with_planted_near_duplicates(seed: int, count: int = 3000, dimension: int = 160) -> np.ndarray:
    """Vectors like an embedding model's (a strong common direction, most of the spread in a
    few directions), with planted near-duplicates at cosines from 0.90 to 0.999; some differ
    only outside the main directions, where the filter sees least of them."""
    rng = np.random.default_rng(seed)
    scales = np.concatenate([np.full(8, 1.0), np.full(dimension - 8, 0.15)])
    base = rng.standard_normal((count, dimension)) * scales
    base[:, 0] += 4.0  # every pair fairly similar, as e5 vectors are
    vectors = unit(base)
    planted = []
    for noise in (0.002, 0.01, 0.03, 0.08):
        originals = rng.choice(count, 60, replace=False)
        planted.append(vectors[originals] + noise * rng.standard_normal((60, dimension)))
    # Differences only in the weak directions: invisible to a projection onto the strong ones.
    originals = rng.choice(count, 60, replace=False)
    hidden = np.zeros((60, dimension))
    hidden[:, 100:] = 0.02 * rng.standard_normal((60, dimension - 100))
    planted.append(vectors[originals] + hidden)
    planted.append(vectors[originals[:10]])  # exact copies
    return np.vstack([vectors, unit(np.vstack(planted))])


def assert_same(found, expected, k=6):
    """Same rows with the same cosines (to float rounding: the two compute them with different
    BLAS calls), in the same order; rows whose cosines tie to rounding may come in either order,
    and a tie at the k-th place may keep either."""
    assert len(found) == len(expected)
    for row, (ours, theirs) in enumerate(zip(found, expected)):
        ours_by, theirs_by = dict(ours), dict(theirs)
        assert all(abs(ours_by[c] - theirs_by[c]) < 1e-5 for c in ours_by.keys() & theirs_by.keys()), row
        last = min([s for _, s in theirs], default=1.0)
        differ = ours_by.keys() ^ theirs_by.keys()
        assert all(abs({**ours_by, **theirs_by}[c] - last) < 1e-5 for c in differ) and len(ours) == len(theirs), row
        scores = [s for _, s in ours]
        assert all(a >= b - 1e-5 for a, b in zip(scores, scores[1:])), row
        assert [s for _, s in ours] == pytest.approx([s for _, s in theirs], abs=1e-5), row


@pytest.mark.parametrize("threshold", [0.999, 0.98, 0.95, 0.9])
def test_equals_brute_force_on_planted_near_duplicates(threshold):
    vectors = corpus_with_planted_near_duplicates(seed=int(threshold * 1000))
    assert len(vectors) > BRUTE_FORCE_BELOW  # the filter runs, not the brute-force shortcut
    expected = brute_force_neighbours(vectors, threshold, 6)
    found = nearest_above(vectors, threshold, 6)
    assert_same(found, expected)
    pairs = sum(1 for row, hits in enumerate(expected) for column, _ in hits if column != row)
    assert pairs >= 100  # the planted pairs are there to be found


def test_rows_with_more_neighbours_than_k_keep_the_k_best():
    vectors = corpus_with_planted_near_duplicates(seed=5)
    crowd = unit(vectors[7] + 0.001 * np.random.default_rng(1).standard_normal((20, vectors.shape[1])))
    vectors = np.vstack([vectors, crowd])
    found = nearest_above(vectors, 0.98, 6)
    assert len(found[7]) == 6
    assert_same(found, brute_force_neighbours(vectors, 0.98, 6))


def test_a_low_threshold_falls_back_to_brute_force_with_the_same_answer(monkeypatch):
    vectors = corpus_with_planted_near_duplicates(seed=9)
    fallbacks = []
    real = similar_pairs.brute_force_neighbours
    monkeypatch.setattr(similar_pairs, "brute_force_neighbours", lambda *args: fallbacks.append(args) or real(*args))
    found = nearest_above(vectors, 0.3, 6)  # nearly every pair passes: scoring them one by one would not pay
    assert len(fallbacks) == 1
    assert_same(found, real(vectors, 0.3, 6))


def test_the_filter_prunes_most_pairs_of_a_realistic_corpus(monkeypatch):
    """Exactness does not depend on it, speed does: few pairs are left to score in full."""
    vectors = corpus_with_planted_near_duplicates(seed=3)
    scored = []
    real = similar_pairs._verified
    monkeypatch.setattr(similar_pairs, "_verified",
                        lambda vectors, firsts, *rest: scored.append(len(firsts)) or real(vectors, firsts, *rest))
    nearest_above(vectors, 0.98, 6)
    assert len(vectors) <= scored[0] < 0.01 * len(vectors) ** 2


def test_small_sets_and_thresholds_above_one():
    vectors = corpus_with_planted_near_duplicates(seed=1)[:50]
    assert_same(nearest_above(vectors, 0.9, 6), brute_force_neighbours(vectors, 0.9, 6))
    vectors = corpus_with_planted_near_duplicates(seed=2)
    assert nearest_above(vectors, 1.5, 6) == [[]] * len(vectors)

"""Small vector helpers shared by the embedding backends and the index."""

from __future__ import annotations

import numpy as np


def normalise_rows(vectors) -> np.ndarray:
    """L2-normalise each row (float32), so inner product is cosine similarity."""
    array = np.asarray(vectors, dtype=np.float32)
    if array.ndim == 1:
        array = array[None, :]
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(array / norms, dtype=np.float32)

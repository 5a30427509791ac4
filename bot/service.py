"""Wiring: settings → embedding model → stored index → retriever → answerer.

``FaqService`` is what the CLI and the Slack app hold. ``reload()`` builds the new
index off to the side and swaps the answerer in one assignment, so a question in
flight keeps the answerer it started with.
"""

from __future__ import annotations

import logging
import threading
from typing import Optional

from llama_index.core.base.embeddings.base import BaseEmbedding

from bot.config import Settings
from bot.embeddings import build_embed_model, prompt_style_for
from bot.index.builder import BuildReport, build_index
from bot.index.storage import EmbeddingSignature, IndexMissingError, StoredIndex, load_index
from bot.retrieval.answer import Answer, FaqAnswerer
from bot.retrieval.retriever import FaqRetriever

log = logging.getLogger(__name__)

# Used when neither the settings nor the index's calibration give a cutoff.
# multilingual-e5-small-q4: see README "Choosing the cutoff" (measured on DEV data).
# Qwen3-Embedding-0.6B: not measured here (no GPU); run `faqbot calibrate` on your data.
DEFAULT_CUTOFFS = {
    "multilingual-e5-small-q4": 0.88,
    "Qwen/Qwen3-Embedding-0.6B": 0.60,
}
FALLBACK_CUTOFF = 0.8


class FaqService:
    def __init__(self, settings: Settings, embed_model: Optional[BaseEmbedding] = None) -> None:
        self.settings = settings
        self.embed_model = embed_model or build_embed_model(settings)
        self._lock = threading.Lock()
        self._answerer: Optional[FaqAnswerer] = None
        self._stored: Optional[StoredIndex] = None

    # -- index ------------------------------------------------------------
    def signature(self, dimension: int) -> EmbeddingSignature:
        return EmbeddingSignature(
            backend=self.settings.embed_backend,
            model=self.settings.resolved_model,
            dimension=dimension,
            prompt=prompt_style_for(self.settings).fingerprint,
        )

    def build(self, rebuild: bool = False, show_progress: bool = False) -> BuildReport:
        with self._lock:
            report = build_index(
                self.settings.faq_dir, self.settings.index_dir, self.embed_model,
                self.signature, rebuild=rebuild, show_progress=show_progress,
            )
            self._install(load_index(self.settings.index_dir))
            return report

    def load(self, build_if_missing: bool = True) -> StoredIndex:
        """Load the stored index, checking it matches the configured embedding setup."""
        from bot.index.builder import known_dimension

        expected = self.signature(known_dimension(self.embed_model) or 0)
        try:
            stored = load_index(self.settings.index_dir, expected=expected)
        except IndexMissingError:
            if not build_if_missing:
                raise
            log.info("no index yet in %s: building it", self.settings.index_dir)
            self.build(show_progress=True)
            return self._stored
        self._install(stored)
        return stored

    def _install(self, stored: StoredIndex) -> None:
        retriever = FaqRetriever(stored.store, self.embed_model, self.settings.similarity_top_k)
        self._stored = stored
        self._answerer = FaqAnswerer(retriever, self.cutoff_for(stored))

    def cutoff_for(self, stored: StoredIndex) -> float:
        if self.settings.similarity_cutoff is not None:
            return self.settings.similarity_cutoff
        calibrated = stored.manifest.calibration.get("cutoff")
        if calibrated is not None:
            return float(calibrated)
        return DEFAULT_CUTOFFS.get(stored.manifest.signature.model, FALLBACK_CUTOFF)

    # -- answering --------------------------------------------------------
    @property
    def answerer(self) -> FaqAnswerer:
        if self._answerer is None:
            self.load()
        return self._answerer

    @property
    def stored(self) -> StoredIndex:
        if self._stored is None:
            self.load()
        return self._stored

    def answer(self, question: str) -> Answer:
        return self.answerer.answer(question)

    async def aanswer(self, question: str) -> Answer:
        return await self.answerer.aanswer(question)

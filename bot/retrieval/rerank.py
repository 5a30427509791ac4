"""Second stage: Qwen3-Reranker on SGLang's ``/v1/rerank``, as a LlamaIndex node postprocessor.

The first stage (FAISS over phrasing vectors) gives the top-k FAQ entries; this
postprocessor sends the question and one document per entry to the reranker, reorders
the entries by its score and makes that score the node's score, so the cutoff that
follows (``SimilarityPostprocessor``) applies to the reranked score. The first-stage
score stays in the node's metadata as ``first_stage_score``.

**What the reranker reads for an entry**: the question followed by its alternates, one
per line (``with_alternates=False``: the question only). Not the answer. The first
stage matched on exactly these phrasings, and alternates are the maintainers' own list
of how users ask, so a paraphrase that only an alternate covers still reads as
relevant; answers are long (cost grows with tokens, for every candidate of every
question) and say how to do something rather than what is being asked.

**Request** (SGLang ``V1RerankReqInput``): ``query``, ``documents``, ``instruct``,
``top_n`` (when set), ``return_documents: false`` (we map results back by ``index``);
``model`` is sent too, for servers that route by it. **Response**: a bare JSON list of
``{score, index, document?}``. Qwen3-Reranker's score is p(yes) / (p(yes) + p(no)).

**Through sglang-router** (0.3.2; ``RerankRequest`` in sgl-router's
``protocols/rerank.rs``) the request is re-serialised with only ``query``,
``documents``, ``model`` (sent to the worker as "unknown"), ``return_documents`` (true),
``rid`` and ``user``: ``top_n`` and ``instruct`` are dropped, so the worker ranks every
document under its default instruction. The answer comes back wrapped:
``{"results": [{score, document, index}], "model": "unknown", "object": "rerank", ...}``.
Both shapes are accepted, the top ``top_n`` are always kept here, and a configured
instruction that the router drops is warned about once.

**When the reranker fails** (unreachable, timeout, HTTP error, malformed answer, or its
circuit breaker is open) the first-stage result is used and a warning is logged. So
that the cutoff still decides as the first stage alone would, first-stage scores are
shifted by ``fallback_shift`` (reranker cutoff minus first-stage cutoff, set by the
service) onto the reranker's scale; order is unchanged.
"""

from __future__ import annotations

import logging
from typing import Any, List, Optional

import httpx
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import NodeWithScore, QueryBundle
from pydantic import Field, PrivateAttr

from bot.metrics import METRICS, Metrics
from bot.resilience import CircuitBreaker, CircuitOpenError, async_retrying, retrying

log = logging.getLogger(__name__)

FIRST_STAGE_SCORE = "first_stage_score"
RERANKED = "reranked"


class RerankError(RuntimeError):
    def __init__(self, message: str, reason: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.reason = reason
        self.retryable = retryable


def _retryable(error: BaseException) -> bool:
    return isinstance(error, RerankError) and error.retryable


def _service_failure(error: BaseException) -> bool:
    return not isinstance(error, RerankError) or error.retryable or error.reason == "invalid"


class SGLangRerank(BaseNodePostprocessor):
    """Rerank FAQ candidates with a cross-encoder served by SGLang.

    Example::

        SGLangRerank(api_base="http://gpu-host:8001/v1", model="Qwen/Qwen3-Reranker-0.6B")
    """

    api_base: str = Field(description="Base URL of the reranker's /v1 API.")
    model: str = Field(default="Qwen/Qwen3-Reranker-0.6B", description="Reranker model name.")
    instruction: Optional[str] = Field(default=None, description="'instruct' for Qwen3-Reranker.")
    top_n: Optional[int] = Field(default=None, description="Keep this many candidates (None: all).")
    with_alternates: bool = Field(default=True, description="Documents include the alternates.")
    timeout: float = Field(default=5.0, gt=0, description="Seconds per request.")
    max_retries: int = Field(default=1, ge=0, description="Retries of transient failures.")
    retry_max_wait: float = Field(default=0.5, gt=0, description="Longest backoff between retries.")
    fallback_shift: float = Field(
        default=0.0, description="Added to first-stage scores when falling back (cutoff alignment).")
    failure_threshold: int = Field(default=5, ge=1, description="Failures that open the breaker.")
    reset_timeout: float = Field(default=30.0, gt=0, description="Seconds before an open breaker probes.")

    _client: httpx.Client = PrivateAttr()
    _breaker: CircuitBreaker = PrivateAttr()
    _metrics: Metrics = PrivateAttr()
    _warned_router: bool = PrivateAttr(default=False)

    def __init__(self, clock=None, metrics: Optional[Metrics] = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._metrics = metrics or METRICS
        self._client = httpx.Client(timeout=self.timeout)
        self._breaker = CircuitBreaker(
            f"reranker at {self.url}", self.failure_threshold, self.reset_timeout,
            on_change=lambda state: self._metrics.set_breaker_state("reranker", state),
            **({"clock": clock} if clock else {}),
        )
        self._metrics.set_breaker_state("reranker", "closed")

    @classmethod
    def class_name(cls) -> str:
        return "SGLangRerank"

    @property
    def url(self) -> str:
        return self.api_base.rstrip("/") + "/rerank"

    @property
    def breaker(self) -> CircuitBreaker:
        return self._breaker

    def close(self) -> None:
        self._client.close()

    # -- request / response ---------------------------------------------------
    def document_for(self, node: NodeWithScore) -> str:
        meta = node.node.metadata
        question = meta.get("question") or node.node.get_content()
        if not self.with_alternates:
            return question
        return "\n".join([question, *(meta.get("alternates") or [])])

    def request_body(self, query: str, nodes: List[NodeWithScore]) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "query": query,
            "documents": [self.document_for(n) for n in nodes],
            "return_documents": False,
        }
        if self.instruction:
            body["instruct"] = self.instruction
        if self.top_n:
            body["top_n"] = self.top_n
        return body

    def _parse(self, response: httpx.Response, count: int) -> list[tuple[int, float]]:
        if response.status_code != 200:
            retryable = response.status_code in (408, 409, 429) or response.status_code >= 500
            raise RerankError(f"HTTP {response.status_code}: {_short(_error_message(response))}",
                              "http", retryable)
        try:
            data = response.json()
            if isinstance(data, dict):  # sglang-router's RerankResponse
                self._note_router()
                data = data["results"]
            if not isinstance(data, list):
                raise TypeError(f"a {type(data).__name__}, not a list of results")
            results = [(int(item["index"]), float(item["score"])) for item in data]
        except (ValueError, TypeError, KeyError) as error:
            raise RerankError(f"unexpected response ({error})", "invalid") from None
        indexes = [i for i, _ in results]
        if len(set(indexes)) != len(indexes) or any(i < 0 or i >= count for i in indexes) or not results:
            raise RerankError(f"response indexes {indexes} do not fit {count} documents", "invalid")
        ranked = sorted(results, key=lambda pair: pair[1], reverse=True)
        return ranked[: self.top_n] if self.top_n else ranked

    def _note_router(self) -> None:
        if self.instruction and not self._warned_router:
            self._warned_router = True
            log.warning("the reranker at %s answers through sglang-router, which does not forward "
                        "'instruct': its workers rank with their default instruction", self.url)

    def _post(self, body: dict) -> httpx.Response:
        try:
            return self._client.post(self.url, json=body)
        except httpx.HTTPError as error:
            raise RerankError(f"unreachable ({type(error).__name__})", "unreachable", True) from None

    async def _apost(self, body: dict) -> httpx.Response:
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as client:
                return await client.post(self.url, json=body)
        except httpx.HTTPError as error:
            raise RerankError(f"unreachable ({type(error).__name__})", "unreachable", True) from None

    # -- BaseNodePostprocessor -------------------------------------------------
    def _postprocess_nodes(self, nodes: List[NodeWithScore],
                           query_bundle: Optional[QueryBundle] = None) -> List[NodeWithScore]:
        if not nodes or query_bundle is None or not query_bundle.query_str.strip():
            return nodes
        body = self.request_body(query_bundle.query_str, nodes)

        def attempt() -> list[tuple[int, float]]:
            for retry in retrying(self.max_retries, _retryable, self.retry_max_wait, multiplier=0.05):
                with retry:
                    return self._parse(self._post(body), len(nodes))

        with self._metrics.stage("rerank"):
            try:
                ranked = self._breaker.call(attempt, is_failure=_service_failure)
            except (RerankError, CircuitOpenError) as error:
                return self._fallback(nodes, error)
        return self._apply(nodes, ranked)

    async def _apostprocess_nodes(self, nodes: List[NodeWithScore],
                                  query_bundle: Optional[QueryBundle] = None) -> List[NodeWithScore]:
        if not nodes or query_bundle is None or not query_bundle.query_str.strip():
            return nodes
        body = self.request_body(query_bundle.query_str, nodes)

        async def attempt() -> list[tuple[int, float]]:
            async for retry in async_retrying(self.max_retries, _retryable, self.retry_max_wait,
                                              multiplier=0.05):
                with retry:
                    return self._parse(await self._apost(body), len(nodes))

        with self._metrics.stage("rerank"):
            try:
                ranked = await self._breaker.acall(attempt, is_failure=_service_failure)
            except (RerankError, CircuitOpenError) as error:
                return self._fallback(nodes, error)
        return self._apply(nodes, ranked)

    # -- results ---------------------------------------------------------------
    def _apply(self, nodes: List[NodeWithScore], ranked: list[tuple[int, float]]) -> List[NodeWithScore]:
        return [_rescored(nodes[index], score, reranked=True) for index, score in ranked]

    def _fallback(self, nodes: List[NodeWithScore], error: Exception) -> List[NodeWithScore]:
        reason = "circuit_open" if isinstance(error, CircuitOpenError) else error.reason
        self._metrics.rerank_fallbacks.labels(reason).inc()
        if isinstance(error, CircuitOpenError):
            log.debug("reranker skipped (%s); using the first-stage ranking", error)
        else:
            log.warning("reranker at %s failed (%s); using the first-stage ranking", self.url, error)
        kept = nodes[: self.top_n] if self.top_n else nodes
        return [_rescored(n, (n.score or 0.0) + self.fallback_shift, reranked=False) for n in kept]


def _rescored(hit: NodeWithScore, score: float, reranked: bool) -> NodeWithScore:
    """A copy with a new score: retrievers may share node objects between questions."""
    metadata = dict(hit.node.metadata)
    metadata.setdefault(FIRST_STAGE_SCORE, hit.score)
    metadata[RERANKED] = reranked
    ours = [FIRST_STAGE_SCORE, RERANKED]
    node = hit.node.model_copy(update={
        "metadata": metadata,
        "excluded_embed_metadata_keys": _with(hit.node.excluded_embed_metadata_keys, ours),
        "excluded_llm_metadata_keys": _with(hit.node.excluded_llm_metadata_keys, ours),
    })
    return NodeWithScore(node=node, score=float(score))


def _with(keys: List[str], extra: List[str]) -> List[str]:
    return [*keys, *(k for k in extra if k not in keys)]


def _error_message(response: httpx.Response) -> str:
    try:
        data = response.json()
        if isinstance(data, dict) and data.get("message"):
            return str(data["message"])
    except ValueError:
        pass
    return response.text


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "…"

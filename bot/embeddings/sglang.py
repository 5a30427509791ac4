"""Embeddings from an OpenAI-compatible server: SGLang serving Qwen3-Embedding in production.

Built on ``OpenAILikeEmbedding`` but sends texts itself, because the parent class
replaces every "\\n" with " ", which would break Qwen3's ``Instruct: ...\\nQuery:...``
query format. Queries get the instruction prefix, documents never do.
"""

from __future__ import annotations

import base64
from typing import Any, List, Optional

import numpy as np
import openai
from llama_index.embeddings.openai_like import OpenAILikeEmbedding
from pydantic import Field, field_validator

from bot.embeddings.errors import EmbeddingServiceError
from bot.embeddings.prompts import DEFAULT_INSTRUCTION, PromptStyle, check_prompt_style, task_text
from bot.embeddings.vectors import normalise_rows


# SGLang's default port; never a hosted API by default, where the key would go.
DEFAULT_API_BASE = "http://127.0.0.1:30000/v1"


class SGLangEmbedding(OpenAILikeEmbedding):
    """Qwen3-Embedding (or any OpenAI-compatible embedding model) over HTTP.

    Example::

        SGLangEmbedding(model_name="Qwen/Qwen3-Embedding-0.6B",
                        api_base="http://gpu-host:30000/v1", dimensions=512)
    """

    # The key is a secret: never serialised (to_dict/to_json) nor shown in repr. Pass it
    # again when deserialising: SGLangEmbedding.from_dict(data, api_key=...).
    api_key: str = Field(default="EMPTY", exclude=True, repr=False,
                         description="API key for the server (never serialised); 'EMPTY' for SGLang without one.")
    prompt_style: str = Field(
        default="qwen3",
        description="Prefix style: qwen3, e5 or none. Unset, it follows the model: its faqbot profile's, "
        "else qwen3 for Qwen3-Embedding models, e5 for e5 models, none for any other (e.g. BAAI/bge-m3).")
    query_instruction: str = Field(
        default=DEFAULT_INSTRUCTION,
        description="Task text for Qwen3's query prefix 'Instruct: {task}\\nQuery:{query}' (the default "
        "suits FAQ retrieval; set your own for other documents). The full prefix as LlamaIndex's "
        "HuggingFace/TEI/Ollama integrations take it ('Instruct: {task}\\nQuery:') is accepted too and "
        "reduced to its task text. Empty: queries are sent without a prefix.",
    )
    encoding_format: str = Field(
        default="float",
        description="encoding_format asked of the server. Float lists and base64 "
        "(little-endian float32) responses are both accepted whatever is asked.",
    )
    send_input_type: bool = Field(
        default=False,
        description="Also send input_type 'query'/'passage' (for servers that prefix by it).",
    )
    expected_dimension: Optional[int] = Field(
        default=None, description="Fail clearly when the server returns another dimension."
    )

    def __init__(self, model_name: str = "Qwen/Qwen3-Embedding-0.6B", **kwargs: Any) -> None:
        if kwargs.get("api_key") is None:
            kwargs["api_key"] = "EMPTY"  # OpenAILikeEmbedding would put "fake" here
        if kwargs.get("prompt_style") is None:
            kwargs["prompt_style"] = default_prompt_style(model_name)
        kwargs.setdefault("api_base", DEFAULT_API_BASE)
        kwargs.setdefault("max_retries", 2)
        kwargs.setdefault("timeout", 10.0)
        kwargs.setdefault("embed_batch_size", 32)
        super().__init__(model_name=model_name, **kwargs)
        if self.expected_dimension is None and self.dimensions:
            self.expected_dimension = self.dimensions

    @field_validator("prompt_style")
    @classmethod
    def _known_prompt_style(cls, value: str) -> str:
        return check_prompt_style(value)

    @field_validator("query_instruction")
    @classmethod
    def _task_text_only(cls, value: str) -> str:
        return task_text(value)

    @classmethod
    def class_name(cls) -> str:
        return "SGLangEmbedding"

    @property
    def style(self) -> PromptStyle:
        return PromptStyle(self.prompt_style, self.query_instruction)

    # -- request building -------------------------------------------------
    def _request(self, texts: List[str], is_query: bool) -> dict[str, Any]:
        style = self.style
        inputs = [style.format_query(t) if is_query else style.format_document(t) for t in texts]
        request: dict[str, Any] = {
            "model": self.model_name,
            "input": inputs,
            "encoding_format": self.encoding_format,
        }
        if self.dimensions:
            request["dimensions"] = self.dimensions
        extra = {k: v for k, v in self.additional_kwargs.items() if k != "dimensions"}
        if self.send_input_type:
            extra["input_type"] = "query" if is_query else "passage"
        if extra:
            request["extra_body"] = extra
        return request

    def _vectors(self, response, count: int) -> List[List[float]]:
        data = sorted(response.data, key=lambda item: item.index)
        if len(data) != count:
            raise EmbeddingServiceError(
                f"embedding server at {self.api_base} returned {len(data)} vectors for {count} inputs"
            )
        rows = [_decode(item.embedding) for item in data]
        dims = {len(row) for row in rows}
        if len(dims) != 1 or (self.expected_dimension and dims != {self.expected_dimension}):
            raise EmbeddingServiceError(
                f"embedding server at {self.api_base} returned {sorted(dims)}-dimensional vectors, "
                f"expected {self.expected_dimension}: check the served model and 'dimensions'"
            )
        # Matryoshka truncation leaves vectors un-normalised on some servers.
        return normalise_rows(rows).tolist()

    def _embed(self, texts: List[str], is_query: bool) -> List[List[float]]:
        if not texts:
            return []
        try:
            response = self._get_client().embeddings.create(**self._request(texts, is_query))
        except openai.APIError as error:
            raise _service_error(self.api_base, error) from None
        return self._vectors(response, len(texts))

    async def _aembed(self, texts: List[str], is_query: bool) -> List[List[float]]:
        if not texts:
            return []
        try:
            response = await self._get_aclient().embeddings.create(**self._request(texts, is_query))
        except openai.APIError as error:
            raise _service_error(self.api_base, error) from None
        return self._vectors(response, len(texts))

    # -- several queries in one request (used by the batching wrapper) -----
    def embed_queries(self, queries: List[str]) -> List[List[float]]:
        return self._embed(queries, is_query=True)

    async def aembed_queries(self, queries: List[str]) -> List[List[float]]:
        return await self._aembed(queries, is_query=True)

    # -- BaseEmbedding ----------------------------------------------------
    def _get_query_embedding(self, query: str) -> List[float]:
        return self._embed([query], is_query=True)[0]

    async def _aget_query_embedding(self, query: str) -> List[float]:
        return (await self._aembed([query], is_query=True))[0]

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._embed([text], is_query=False)[0]

    async def _aget_text_embedding(self, text: str) -> List[float]:
        return (await self._aembed([text], is_query=False))[0]

    def _get_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return self._embed(texts, is_query=False)

    async def _aget_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return await self._aembed(texts, is_query=False)


def default_prompt_style(model_name: str) -> str:
    """The prompt style a model was trained with: its faqbot profile's if it has one, else
    by family name; ``none`` for a model of unknown family (never another family's prefix)."""
    from bot.profiles import PROFILES

    profile = PROFILES.get(model_name)
    if profile is not None and profile.prompt_style:
        return profile.prompt_style
    name = model_name.lower()
    if "qwen3-embedding" in name:
        return "qwen3"
    if "e5-" in name or name.startswith("e5") or "/e5" in name:
        return "e5"
    return "none"


def _decode(embedding) -> np.ndarray:
    if isinstance(embedding, str):
        return np.frombuffer(base64.b64decode(embedding), dtype="<f4")
    return np.asarray(embedding, dtype=np.float32)


def _service_error(api_base: str, error: openai.APIError) -> EmbeddingServiceError:
    if isinstance(error, openai.APIConnectionError):
        return EmbeddingServiceError(
            f"embedding server at {api_base} unreachable (connection failed or timed out)",
            reason="unreachable", retryable=True)
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        return EmbeddingServiceError(
            f"embedding server at {api_base} answered HTTP {status}: {_short(error.message)}",
            reason="http", retryable=status in (408, 409, 429) or status >= 500)
    return EmbeddingServiceError(f"embedding server at {api_base} {_short(str(error))}", reason="http")


def _short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + "…"

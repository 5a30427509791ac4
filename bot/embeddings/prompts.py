"""How query and document texts are prefixed before embedding, for each model family.

- ``qwen3``: queries become ``Instruct: {task}\\nQuery:{query}`` (Qwen3-Embedding's
  official format: newline kept, no space after "Query:"); documents are sent as is.
- ``e5``: ``query: `` / ``passage: `` (the e5 family's training convention).
- ``none``: texts are sent unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

PromptStyleName = Literal["qwen3", "e5", "none"]
PROMPT_STYLES: tuple[str, ...] = get_args(PromptStyleName)
# Task text of the Qwen3 query prefix (and the reranker's instruction) unless configured.
DEFAULT_INSTRUCTION = "Given a customer service question, retrieve the FAQ entry that answers it"

# LlamaIndex's HuggingFace, TEI and Ollama integrations call the whole query prefix the
# "query instruction" ("Instruct: ...\nQuery:"); here it is the task text alone.
_FULL_QWEN3_PREFIX = re.compile(r"^\s*Instruct:\s*(.*?)\s*(?:\n\s*Query:\s*)?$", re.DOTALL)


def task_text(instruction: str) -> str:
    """The task text of a Qwen3 instruction given either as task text or as the full prefix."""
    full = _FULL_QWEN3_PREFIX.match(instruction)
    return full.group(1) if full else instruction


@dataclass(frozen=True)
class PromptStyle:
    name: PromptStyleName = "none"
    instruction: str = ""

    def __post_init__(self):
        check_prompt_style(self.name)
        object.__setattr__(self, "instruction", task_text(self.instruction))

    def format_query(self, query: str) -> str:
        if self.name == "qwen3":
            # No task text, no prefix: "Instruct: \nQuery:" would be neither form Qwen3 knows.
            return f"Instruct: {self.instruction}\nQuery:{query}" if self.instruction.strip() else query
        if self.name == "e5":
            return f"query: {query}"
        return query

    def format_document(self, text: str) -> str:
        if self.name == "e5":
            return f"passage: {text}"
        return text

    @property
    def fingerprint(self) -> str:
        """What the index manifest records: a change means vectors are not comparable."""
        return f"{self.name}:{self.instruction}" if self.name == "qwen3" else self.name


def check_prompt_style(name: str) -> str:
    if name not in PROMPT_STYLES:
        raise ValueError(f"unknown prompt style {name!r}: use {', '.join(PROMPT_STYLES)}")
    return name

"""How query and document texts are prefixed before embedding, for each model family.

- ``qwen3``: queries become ``Instruct: {task}\\nQuery:{query}`` (Qwen3-Embedding's
  official format: newline kept, no space after "Query:"); documents are sent as is.
- ``e5``: ``query: `` / ``passage: `` (the e5 family's training convention).
- ``none``: texts are sent unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PromptStyleName = Literal["qwen3", "e5", "none"]


@dataclass(frozen=True)
class PromptStyle:
    name: PromptStyleName = "none"
    instruction: str = ""

    def __post_init__(self):
        if self.name not in ("qwen3", "e5", "none"):
            raise ValueError(f"unknown prompt style {self.name!r}: use qwen3, e5 or none")

    def format_query(self, query: str) -> str:
        if self.name == "qwen3":
            return f"Instruct: {self.instruction}\nQuery:{query}"
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

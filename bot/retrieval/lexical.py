"""Lexical evidence: TF-IDF cosine between a question and each FAQ entry's phrasings.

Terms are character 3–5-grams of the words for alphabetic scripts (robust to typos
and inflection: "refunded" shares most grams with "refund") and jieba words for
Chinese runs (Chinese has no spaces; character n-grams of a phrase cut across words).
One document per entry: its question and alternates together. IDF comes from the
indexed entries, so a term every entry shares ("card" in a banking FAQ) weighs little.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections import Counter
from typing import Iterable, Sequence

import numpy as np

GRAM_SIZES = (3, 4, 5)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_jieba_lock = threading.Lock()


def _jieba_words(text: str) -> list[str]:
    import jieba

    with _jieba_lock:  # its lazy dictionary load is not thread-safe
        jieba.setLogLevel(60)
        return [w for w in jieba.lcut(text) if w.strip()]


def lexical_terms(text: str) -> list[str]:
    """The terms of ``text``: jieba words for Chinese runs, character n-grams elsewhere."""
    text = unicodedata.normalize("NFKC", text).lower()
    terms: list[str] = []
    for run in _CJK.findall(text):
        terms.extend(_jieba_words(run))
    rest = _SPACES.sub(" ", _NOT_WORD.sub(" ", _CJK.sub(" ", text))).strip()
    if rest:
        padded = f" {rest} "
        for size in GRAM_SIZES:
            terms.extend(padded[i:i + size] for i in range(len(padded) - size + 1))
    return terms


class LexicalIndex:
    """Sparse TF-IDF vectors per entry (term ids + weights); ``score`` gives cosines for chosen entries."""

    def __init__(self, documents: dict[str, Sequence[str]]) -> None:
        vocabulary: dict[str, int] = {}
        counted: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for entry, texts in documents.items():
            counts = Counter(t for text in texts for t in lexical_terms(text))
            ids = np.fromiter((vocabulary.setdefault(t, len(vocabulary)) for t in counts), np.int64, len(counts))
            counted[entry] = (ids, np.fromiter(counts.values(), np.float64, len(counts)))
        frequency = np.bincount(np.concatenate([ids for ids, _ in counted.values()] or [np.zeros(0, np.int64)]),
                                minlength=len(vocabulary))
        self._vocabulary = vocabulary
        self._idf = np.log1p(max(1, len(counted)) / np.maximum(frequency, 1))
        self._entries = {entry: (ids, self._weigh(ids, tf)) for entry, (ids, tf) in counted.items()}

    @classmethod
    def from_nodes(cls, nodes: Iterable) -> "LexicalIndex":
        """From phrasing nodes (text = one phrasing, ``metadata["faq_id"]`` = its entry)."""
        documents: dict[str, list[str]] = {}
        for node in nodes:
            documents.setdefault(node.metadata["faq_id"], []).append(node.get_content())
        return cls(documents)

    def _weigh(self, ids: np.ndarray, tf: np.ndarray) -> np.ndarray:
        weights = (1.0 + np.log(tf)) * self._idf[ids]
        norm = float(np.sqrt(weights @ weights))
        return weights / norm if norm else weights

    def score(self, text: str, entry_ids: Sequence[str]) -> np.ndarray:
        """Cosine between ``text`` and each entry (0 for an unknown entry)."""
        vocabulary = self._vocabulary
        counts = Counter(vocabulary[t] for t in lexical_terms(text) if t in vocabulary)
        out = np.zeros(len(entry_ids))
        if not counts:
            return out
        ids = np.fromiter(counts.keys(), np.int64, len(counts))
        query = np.zeros(len(vocabulary))
        query[ids] = self._weigh(ids, np.fromiter(counts.values(), np.float64, len(counts)))
        for i, entry in enumerate(entry_ids):
            found = self._entries.get(entry)
            if found is not None:
                out[i] = query[found[0]] @ found[1]
        return out

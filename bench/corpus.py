"""The benchmark FAQ: the 227 real banking77 + clinc150 entries plus generated filler entries.

The datasets are read from ``../shared/datasets`` beside the checkout, or from
``FAQBOT_DATASETS``. :class:`SyntheticEmbedding` gives seeded random unit vectors, for
benchmarks whose cost does not depend on what the vectors mean (loading, cold start).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from pathlib import Path
from typing import List

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding

from bot.faq.entry import FaqEntry
from bot.faq.markdown import render_faq_markdown

ROOT = Path(__file__).resolve().parent.parent
DATASETS = Path(os.environ.get("FAQBOT_DATASETS") or ROOT.parent / "shared" / "datasets")
TOPICS = ["order", "parcel", "invoice", "password", "card", "account", "subscription", "voucher",
          "warranty", "delivery slot", "gift wrap", "loyalty points", "store pickup", "return label",
          "price match", "bulk discount", "newsletter", "two-factor login", "address book", "wishlist"]
ACTIONS = ["change", "cancel", "track", "renew", "transfer", "verify", "download", "pause", "merge",
           "split", "reactivate", "upgrade", "share", "print", "dispute", "extend", "replace",
           "report a problem with", "get a copy of", "set a reminder for"]
CONTEXTS = ["from abroad", "on the mobile app", "for a company account", "after 30 days",
            "for a gift", "without logging in", "in another currency", "for a family member",
            "before it ships", "during a sale", "on a weekend", "with a voucher", "as a new customer",
            "from a shared computer", "for multiple items", "after moving house", "on the website",
            "for an old order", "when travelling", "using a gift card", "in bulk", "for a refund",
            "via customer chat", "by phone", "with a damaged label"]


def real_entries() -> list[FaqEntry]:
    entries = []
    for name in ("banking77", "clinc150"):
        for line in (DATASETS / name / "faq.jsonl").read_text().splitlines():
            row = json.loads(line)
            entries.append(FaqEntry(id=f"{name}.{row['id']}", question=row["question"],
                                    alternates=tuple(row["alternates"]), answer=f"Answer for {row['question']}."))
    return entries


def filler_entries(count: int) -> list[FaqEntry]:
    combos = [(a, t, c) for a in ACTIONS for t in TOPICS for c in CONTEXTS]
    random.Random(7).shuffle(combos)
    return [
        FaqEntry(id=f"gen-{i}", question=f"How do I {a} my {t} {c}?",
                 alternates=(f"can I {a} the {t} {c}",), answer=f"To {a} your {t} {c}, open Settings.")
        for i, (a, t, c) in enumerate(combos[:count])
    ]


def write_faq(folder: Path, entries: list[FaqEntry]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.md"):
        old.unlink()
    for start in range(0, len(entries), 1000):
        (folder / f"part-{start // 1000:03d}.md").write_text(render_faq_markdown(entries[start:start + 1000]))


def bench_entries(count: int) -> list[FaqEntry]:
    real = real_entries()
    return real + filler_entries(count - len(real))


def banking_queries(count: int) -> list[str]:
    rows = (DATASETS / "banking77" / "queries_dev.jsonl").read_text().splitlines()
    queries = [json.loads(row)["query"] for row in rows]
    return random.Random(1).sample(queries, min(count, len(queries)))


class SyntheticEmbedding(BaseEmbedding):
    """A unit vector per text, seeded by the text's hash: an index of any size in seconds.

    For sizes and timings only: the vectors carry no meaning. Built under the settings'
    embedding signature (e5 by default), so ``faqbot ask`` serves the index as usual.
    """

    dimension: int = 384

    def _vector(self, text: str) -> List[float]:
        seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
        vector = np.random.default_rng(seed).standard_normal(self.dimension).astype(np.float32)
        return (vector / np.linalg.norm(vector)).tolist()

    def _get_query_embedding(self, query: str) -> List[float]:
        return self._vector("query: " + query)

    async def _aget_query_embedding(self, query: str) -> List[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._vector("passage: " + text)

    def embed_queries(self, queries: List[str]) -> List[List[float]]:
        return [self._get_query_embedding(q) for q in queries]

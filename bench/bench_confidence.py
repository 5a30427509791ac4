"""Per-question latency with and without the confidence stage, in the same run.

"without": the plain first stage — ``FaqRetriever`` scoring each entry by its best
phrasing cosine, the cutoff on that cosine (the pipeline before docs/quality.md).
"with": what ``FaqService`` installs — whitened entry scores in the retriever, then the
``FaqConfidence`` rescorer (lexical evidence + logistic confidence) and the ambiguity rule.

Both answer every question from scratch (query embedding included, the embedded default
model), alternating which goes first, so machine load hits both alike. Also reports the
stages after embedding alone (same precomputed vector for both) and the one-off cost of
building the whitened space and lexical index when an index is installed.

    python bench/bench_confidence.py [--queries 400] [--filler 0]

The FAQ is banking77's 77 entries (plus --filler generated entries); the questions are
banking77 DEV questions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import DATASETS, banking_queries, filler_entries, write_faq  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.faq.entry import FaqEntry  # noqa: E402
from bot.retrieval.answer import FaqAnswerer  # noqa: E402
from bot.retrieval.retriever import FaqRetriever  # noqa: E402
from bot.service import FaqService  # noqa: E402


def banking_entries() -> list[FaqEntry]:
    import json

    rows = (DATASETS / "banking77" / "faq.jsonl").read_text().splitlines()
    return [FaqEntry(id=r["id"], question=r["question"], alternates=tuple(r["alternates"]),
                     answer=f"Answer for {r['question']}.") for r in map(json.loads, rows)]


def ms(values, q=50) -> float:
    return float(np.percentile(values, q)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--filler", type=int, default=0, help="generated entries added to the 77")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench-confidence")
    args = parser.parse_args()

    entries = banking_entries() + (filler_entries(args.filler) if args.filler else [])
    settings = Settings(faq_dir=args.workdir / "faq", index_dir=args.workdir / "index")
    write_faq(settings.faq_dir, entries)
    service = FaqService(settings)
    service.build()
    stored, model = service.stored, service.embed_model

    started = time.perf_counter()
    service._install(stored)  # what a load / reload pays for the whitened space + lexical index
    install_with = time.perf_counter() - started
    started = time.perf_counter()
    plain = FaqAnswerer(FaqRetriever(stored.store, model, settings.similarity_top_k), 0.88)
    install_without = time.perf_counter() - started
    full = service.answerer

    queries = banking_queries(args.queries)
    for q in queries[:20]:  # warm-up (jieba, caches)
        plain.answer(q), full.answer(q)

    whole = {"without": [], "with": []}
    after_embedding = {"without": [], "with": []}
    for i, q in enumerate(queries):
        pair = [("without", plain), ("with", full)]
        for name, answerer in (pair if i % 2 else pair[::-1]):
            t0 = time.perf_counter()
            answerer.answer(q)
            whole[name].append(time.perf_counter() - t0)
        vector = model.get_query_embedding(q)
        for name, answerer in (pair if i % 2 else pair[::-1]):
            t0 = time.perf_counter()
            answerer.answer_embedding(q, vector)
            after_embedding[name].append(time.perf_counter() - t0)

    print(f"{len(entries)} entries, {len(stored.store)} phrasings, {len(queries)} banking77 DEV questions")
    print(f"{'':<42}{'without':>10}{'with':>10}{'ratio':>8}")
    for label, data in (("whole answer incl. embedding, p50 ms", whole),
                        ("after embedding (search+scoring), p50 ms", after_embedding)):
        a, b = ms(data["without"]), ms(data["with"])
        print(f"{label:<42}{a:>10.2f}{b:>10.2f}{b / a:>8.3f}")
    a, b = ms(whole["without"], 90), ms(whole["with"], 90)
    print(f"{'whole answer incl. embedding, p90 ms':<42}{a:>10.2f}{b:>10.2f}{b / a:>8.3f}")
    ratios = [w / o for w, o in zip(whole["with"], whole["without"])]
    print(f"per-question ratio with/without (whole): median {statistics.median(ratios):.3f}")
    print(f"install (load/reload) ms: without {install_without * 1000:.1f}, with {install_with * 1000:.1f}")


if __name__ == "__main__":
    main()

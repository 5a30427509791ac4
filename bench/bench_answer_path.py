"""Per-question latency of the answer path at N FAQ entries on the embedded default.

Reports p50/p99 of the whole answer (`FaqService.answer`), split into query embedding,
vector search and everything else, and the ratio of the whole to raw embedding plus a
raw FAISS search of the same vectors, all measured in the same run.

    python bench/bench_answer_path.py [--entries 10000] [--queries 500]

The FAQ is the 227 real banking77 + clinc150 entries plus generated filler entries,
built once into --workdir (re-runs reuse the index: only changed phrasings embed).
Queries are real banking77 DEV questions.
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

from bench.corpus import banking_queries, bench_entries, write_faq  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.service import FaqService  # noqa: E402


def pct(values, q):
    return float(np.percentile(values, q)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench")
    args = parser.parse_args()

    entries = bench_entries(args.entries)
    settings = Settings(faq_dir=args.workdir / "faq", index_dir=args.workdir / "index")
    write_faq(settings.faq_dir, entries)
    service = FaqService(settings)
    started = time.perf_counter()
    report = service.build(show_progress=True)
    print(f"index: {report.summary()} in {time.perf_counter() - started:.1f}s")

    queries = banking_queries(args.queries)
    embed_model, answerer = service.embed_model, service.answerer
    store = service.stored.store
    raw_index = store.client
    pool = max(64, answerer.retriever.similarity_top_k * 8)
    for q in queries[:20]:  # warm-up
        answerer.answer(q)

    totals, embeds, searches, raw_searches, ratios = [], [], [], [], []
    for q in queries:
        t0 = time.perf_counter()
        answerer.answer(q)
        total = time.perf_counter() - t0

        t0 = time.perf_counter()
        vector = embed_model.get_query_embedding(q)
        embed = time.perf_counter() - t0
        t0 = time.perf_counter()
        answerer.retriever.retrieve_by_embedding(vector)
        retrieve = time.perf_counter() - t0
        array = np.asarray([vector], dtype=np.float32)
        t0 = time.perf_counter()
        raw_index.search(array, pool)
        raw = time.perf_counter() - t0

        totals.append(total); embeds.append(embed); searches.append(retrieve); raw_searches.append(raw)
        ratios.append(total / (embed + raw))

    other = [max(0.0, t - e - s) for t, e, s in zip(totals, embeds, searches)]
    print(f"\n{len(entries)} entries, {len(store)} vectors, {len(queries)} queries (banking77 DEV)")
    print(f"{'stage':<34}{'p50 ms':>10}{'p99 ms':>10}")
    for name, values in [("whole answer (FaqService.answer)", totals), ("query embedding", embeds),
                         ("retrieval (search+group)", searches), ("everything else", other),
                         ("raw FAISS search (k=%d)" % pool, raw_searches)]:
        print(f"{name:<34}{pct(values, 50):>10.2f}{pct(values, 99):>10.2f}")
    print(f"\nratio whole / (raw embed + raw FAISS search): median {statistics.median(ratios):.3f}, "
          f"p99 {float(np.percentile(ratios, 99)):.3f}")


if __name__ == "__main__":
    main()

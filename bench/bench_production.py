"""Production serving costs, against local SGLang stand-ins over real HTTP on 127.0.0.1.

1. Reranker stage: added latency per question. The same questions go through
   ``FaqService.answer`` with and without the Qwen3-Reranker stage, against stand-ins
   that answer instantly (each in its own process, a constant-time scorer), so the
   difference is our own cost (building the documents, one HTTP round trip, parsing,
   reordering). Reported: p50/p99 per question in both runs, the per-question paired
   difference, and p50/p99 of the rerank stage itself, timed around the postprocessor.
2. Batching: throughput of concurrent questions (threads, as the Slack app runs them)
   with micro-batching on vs off, the embedding stand-in sleeping a fixed delay per
   request to model GPU time. Two server models: "one GPU queue" (requests processed
   one at a time, ``max_concurrency=1``) and "parallel" (every request sleeps in its
   own thread: a server with unlimited concurrency, the best case for no batching).
   Measured for the whole answer (``FaqService.answer``: embedding, search, confidence)
   and for the query embedding alone, which isolates what batching changes when the
   answer path's own CPU time (shared by all threads under the GIL) is the bottleneck.

The query-embedding cache is off throughout (every question is distinct anyway).

    python bench/bench_production.py [--questions 400] [--concurrency 32] [--delay-ms 20]

FAQ: the 227 real banking77 + clinc150 entries; questions: banking77 DEV queries.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time

# As the Dockerfile deploys the bot: one BLAS/OpenMP thread per call. The bot answers each
# question on its own thread; letting every numpy/FAISS call also fan out over all cores
# oversubscribes the CPU (measured here: ~8 instead of ~130 questions/s at 32 threads).
# `--blas-threads 0` keeps the libraries' defaults (must be decided before numpy loads).
if "--blas-threads" in sys.argv:
    _threads = sys.argv[sys.argv.index("--blas-threads") + 1]
else:
    _threads = "1"
if _threads != "0":
    for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_name, _threads)
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.corpus import banking_queries, real_entries, write_faq  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.metrics import METRICS  # noqa: E402
from bot.service import FaqService  # noqa: E402
from sglang_standin import SGLangStandIn  # noqa: E402


def instant_score(query: str, document: str, instruct) -> float:
    """A reranker score that costs nothing to compute (and still reorders candidates)."""
    return (len(document) % 97) / 97


def _serve(kwargs: dict, ports) -> None:
    server = SGLangStandIn(**kwargs).start()
    ports.put(server.port)
    multiprocessing.Event().wait()


class Remote:
    """A stand-in in its own process, so its work never competes with the bot for the GIL."""

    def __init__(self, **kwargs) -> None:
        ports = multiprocessing.Queue()
        self.process = multiprocessing.Process(target=_serve, args=(kwargs, ports), daemon=True)
        self.process.start()
        self.base_url = f"http://127.0.0.1:{ports.get(timeout=30)}/v1"

    def stop(self) -> None:
        self.process.terminate()
        self.process.join(10)


def requests_sent() -> float:
    """Embedding requests this process made (one batch-size observation per request)."""
    return METRICS.registry.get_sample_value("faqbot_embedding_batch_size_count") or 0.0


def ms(values, q) -> float:
    return float(np.percentile(values, q)) * 1000


def settings_for(workdir: Path, embed, **overrides) -> Settings:
    values = dict(faq_dir=workdir / "faq", index_dir=workdir / "index", embed_backend="sglang",
                  embed_api_base=embed.base_url, embed_cache_size=0, embed_max_retries=0)
    values.update(overrides)
    return Settings(**values)


def timed_answers(service: FaqService, questions: list[str]) -> list[float]:
    times = []
    for question in questions:
        start = time.perf_counter()
        service.answer(question)
        times.append(time.perf_counter() - start)
    return times


def rerank_latency(workdir: Path, questions: list[str], rounds: int) -> dict:
    embed = Remote()
    reranker = Remote(model_path="Qwen/Qwen3-Reranker-0.6B", rerank_scorer=instant_score)
    try:
        plain = FaqService(settings_for(workdir, embed, embed_batch_window_ms=0))
        plain.load()
        reranked = FaqService(settings_for(workdir, embed, embed_batch_window_ms=0,
                                           rerank_api_base=reranker.base_url))
        reranked.load()
        stage = []
        original = reranked.reranker._postprocess_nodes

        def timed_stage(nodes, query_bundle=None):
            start = time.perf_counter()
            try:
                return original(nodes, query_bundle)
            finally:
                stage.append(time.perf_counter() - start)

        object.__setattr__(reranked.reranker, "_postprocess_nodes", timed_stage)
        timed_answers(plain, questions[:20])  # warm up connections
        timed_answers(reranked, questions[:20])
        stage.clear()
        without, with_ = [], []
        for _ in range(rounds):  # paired: each question without, then with, back to back
            for question in questions:
                without += timed_answers(plain, [question])
                with_ += timed_answers(reranked, [question])
        added = [b - a for a, b in zip(without, with_)]
        return {
            "questions": len(without),
            "candidates_per_question": reranked.settings.similarity_top_k,
            "without_reranker_p50_ms": ms(without, 50), "without_reranker_p99_ms": ms(without, 99),
            "with_reranker_p50_ms": ms(with_, 50), "with_reranker_p99_ms": ms(with_, 99),
            "added_p50_ms": ms(added, 50),
            "added_mean_ms": statistics.mean(added) * 1000,
            "rerank_stage_p50_ms": ms(stage, 50), "rerank_stage_p99_ms": ms(stage, 99),
        }
    finally:
        embed.stop()
        reranker.stop()


def throughput(workdir: Path, questions: list[str], concurrency: int, delay: float,
               serial: bool, batching: bool, embed_only: bool = False) -> dict:
    embed = Remote(delay_seconds=delay, max_concurrency=1 if serial else None)
    try:
        service = FaqService(settings_for(workdir, embed, embed_batch_window_ms=5.0 if batching else 0.0,
                                          embed_batch_size=concurrency))
        service.load()
        before = requests_sent()
        work = service.embed_model.get_query_embedding if embed_only else service.answer
        with ThreadPoolExecutor(concurrency) as pool:
            start = time.perf_counter()
            answers = list(pool.map(work, questions))
            elapsed = time.perf_counter() - start
        requests = int(requests_sent() - before)
        assert len(answers) == len(questions)
        return {"questions_per_s": len(questions) / elapsed, "embedding_requests": requests,
                "questions_per_request": len(questions) / requests}
    finally:
        embed.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the reranker comparison")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--delay-ms", type=float, default=20.0, help="stand-in delay per embedding request")
    parser.add_argument("--blas-threads", default="1",
                        help="BLAS/OpenMP threads per call (default 1, as deployed; 0: library default)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    questions = banking_queries(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        write_faq(workdir / "faq", real_entries())
        index_server = SGLangStandIn().start()
        try:
            FaqService(settings_for(workdir, index_server)).build()
        finally:
            index_server.stop()

        result = {"rerank": rerank_latency(workdir, questions[:100], args.rounds), "batching": {}}
        for embed_only in (False, True):
            for serial in (True, False):
                for batching in (False, True):
                    key = (f"{'embedding only' if embed_only else 'whole answer'}, "
                           f"{'one GPU queue' if serial else 'parallel'}, batching {'on' if batching else 'off'}")
                    result["batching"][key] = throughput(workdir, questions, args.concurrency,
                                                         args.delay_ms / 1000, serial, batching, embed_only)

    if args.json:
        print(json.dumps(result, indent=1))
        return
    r = result["rerank"]
    print(f"Reranker stage ({r['questions']} questions, {r['candidates_per_question']} candidates each, "
          "instant stand-ins):")
    print(f"  per question without reranker  p50 {r['without_reranker_p50_ms']:.2f} ms  "
          f"p99 {r['without_reranker_p99_ms']:.2f} ms")
    print(f"  per question with reranker     p50 {r['with_reranker_p50_ms']:.2f} ms  "
          f"p99 {r['with_reranker_p99_ms']:.2f} ms")
    print(f"  added per question (paired)    p50 {r['added_p50_ms']:.2f} ms  mean {r['added_mean_ms']:.2f} ms")
    print(f"  rerank stage alone             p50 {r['rerank_stage_p50_ms']:.2f} ms  "
          f"p99 {r['rerank_stage_p99_ms']:.2f} ms")
    print(f"\nConcurrent questions ({len(questions)} questions, {args.concurrency} threads, "
          f"{args.delay_ms:.0f} ms per embedding request, BLAS threads {args.blas_threads}):")
    for key, row in result["batching"].items():
        print(f"  {key:<44} {row['questions_per_s']:8.1f} questions/s   "
              f"{row['embedding_requests']:4d} requests ({row['questions_per_request']:.1f} questions each)")


if __name__ == "__main__":
    main()

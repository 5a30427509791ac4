"""Answer latency through sglang-router vs straight to an SGLang worker.

    python bench/bench_router.py [--questions 200] [--rounds 3] [--concurrency 8] [--json]

Two SGLang stand-ins (tests/sglang_standin.py), each in its own process, behind the real
sglang-router binary started with the flags `faqbot sglang router` prints. The bot
(FaqService, query cache off, batching off) answers the same questions, paired back to
back: once with FAQBOT_EMBED_API_BASE at one worker, once at the router; then the same
with `--concurrency` threads at once (questions/s). The stand-ins answer in microseconds,
so the difference is the router's own cost per question (one extra HTTP hop on
127.0.0.1); a GPU worker's own time comes on top of both.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.bench_production import Remote, ms, settings_for, timed_answers  # noqa: E402
from bench.corpus import banking_queries, real_entries, write_faq  # noqa: E402
from bot.service import FaqService  # noqa: E402
from sglang_router_process import RouterProcess  # noqa: E402
from sglang_standin import SGLangStandIn  # noqa: E402


def root(remote: Remote) -> str:
    return remote.base_url[: -len("/v1")]


def paired_latency(direct: FaqService, routed: FaqService, questions: list[str], rounds: int) -> dict:
    timed_answers(direct, questions[:20])  # warm up connections
    timed_answers(routed, questions[:20])
    straight, through = [], []
    for _ in range(rounds):
        for question in questions:
            straight += timed_answers(direct, [question])
            through += timed_answers(routed, [question])
    added = [b - a for a, b in zip(straight, through)]
    return {
        "questions": len(straight),
        "direct_p50_ms": ms(straight, 50), "direct_p99_ms": ms(straight, 99),
        "router_p50_ms": ms(through, 50), "router_p99_ms": ms(through, 99),
        "p50_ratio": ms(through, 50) / ms(straight, 50),
        "p99_ratio": ms(through, 99) / ms(straight, 99),
        "added_p50_ms": ms(added, 50), "added_mean_ms": statistics.mean(added) * 1000,
    }


def concurrent_rate(service: FaqService, questions: list[str], concurrency: int) -> float:
    with ThreadPoolExecutor(concurrency) as pool:
        start = time.perf_counter()
        answers = list(pool.map(service.answer, questions))
        elapsed = time.perf_counter() - start
    assert len(answers) == len(questions)
    return len(questions) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    questions = banking_queries(args.questions)
    workers = [Remote(), Remote()]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        router = RouterProcess([root(w) for w in workers], workdir / "router.log",
                               extra="--log-level warn")
        try:
            router.start(healthy=2)
            write_faq(workdir / "faq", real_entries())
            index_server = SGLangStandIn().start()
            try:
                FaqService(settings_for(workdir, index_server)).build()
            finally:
                index_server.stop()
            options = dict(embed_batch_window_ms=0)
            direct = FaqService(settings_for(workdir, workers[0], **options))
            routed = FaqService(settings_for(workdir, router, **options))
            direct.load()
            routed.load()
            result = paired_latency(direct, routed, questions, args.rounds)
            result["concurrency"] = args.concurrency
            result["direct_questions_per_s"] = concurrent_rate(direct, questions, args.concurrency)
            result["router_questions_per_s"] = concurrent_rate(routed, questions, args.concurrency)
        finally:
            router.stop()
            for worker in workers:
                worker.stop()

    if args.json:
        print(json.dumps(result, indent=1))
        return
    r = result
    print(f"Answer latency, {r['questions']} questions paired (stand-in workers answer instantly):")
    print(f"  straight to a worker   p50 {r['direct_p50_ms']:.2f} ms  p99 {r['direct_p99_ms']:.2f} ms")
    print(f"  through sglang-router  p50 {r['router_p50_ms']:.2f} ms  p99 {r['router_p99_ms']:.2f} ms")
    print(f"  ratio                  p50 {r['p50_ratio']:.2f}x  p99 {r['p99_ratio']:.2f}x")
    print(f"  added per question     p50 {r['added_p50_ms']:.2f} ms  mean {r['added_mean_ms']:.2f} ms")
    print(f"{r['concurrency']} threads: straight {r['direct_questions_per_s']:.0f} questions/s, "
          f"through the router {r['router_questions_per_s']:.0f} questions/s")


if __name__ == "__main__":
    main()

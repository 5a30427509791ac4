"""What the scoring views cost a fresh index build, with and without them, in the same run.

Builds the benchmark FAQ (the real banking77 + clinc150 entries plus generated filler) from
scratch with the embedded default model: once with the phrasings only, once with the
phrasings plus the scoring views e5 uses (bot/index/views.py), and once as `faqbot index`
builds it (the phrasings written and live first, the views added by a second write reusing
the phrasing vectors), alternating, ``--repeats`` times each. Reports the median wall time, the texts embedded and the bytes stored.
A later build reuses every stored vector (only changed entries are embedded).

    python bench/bench_index_build.py [--entries 2000 | --faq-dir faq_sources] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import bench_entries, write_faq  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.index.builder import build_index  # noqa: E402
from bot.profiles import profile_for  # noqa: E402
from bot.service import FaqService  # noqa: E402

PHASED = "phrasings, then views"


def stored_bytes(index_dir: Path, generation: str) -> int:
    return sum(p.stat().st_size for p in (index_dir / generation).iterdir())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench-index-build")
    parser.add_argument("--faq-dir", type=Path, help="build this FAQ folder instead (e.g. faq_sources)")
    args = parser.parse_args()

    settings = Settings(faq_dir=args.faq_dir or args.workdir / "faq", index_dir=args.workdir / "index")
    if args.faq_dir is None:
        write_faq(settings.faq_dir, bench_entries(args.entries))
    service = FaqService(settings)  # the embedded default model, BLAS capped as in production
    service.embed_model.get_query_embedding("warm up")
    views = profile_for(settings.resolved_model).views
    variants = {"phrasings only": (), "with scoring views": views, PHASED: views}
    seconds = {name: [] for name in variants}
    live_seconds = []
    report = {}
    for repeat in range(args.repeats):
        order = list(variants) if repeat % 2 == 0 else list(variants)[::-1]
        for name in order:
            shutil.rmtree(settings.index_dir, ignore_errors=True)
            started = time.perf_counter()
            build = lambda views, live=None: build_index(  # noqa: E731
                settings.faq_dir, settings.index_dir, service.embed_model, service.signature, views=views, live=live)
            if name == PHASED:  # what `faqbot index` does: the phrasings go live, then the views
                first = build(())
                live_seconds.append(time.perf_counter() - started)
                built = build(views, live=first.stored)
                built.embedded += first.embedded
            else:
                built = build(variants[name])
            seconds[name].append(time.perf_counter() - started)
            report[name] = (built, stored_bytes(settings.index_dir, built.generation))

    print(f"{args.faq_dir or f'{args.entries} entries'}, fresh build, median of {args.repeats}")
    print(f"{'':<22}{'seconds':>10}{'texts embedded':>16}{'MB stored':>11}")
    for name in variants:
        built, size = report[name]
        texts = built.embedded + built.embedded_for_views
        print(f"{name:<22}{statistics.median(seconds[name]):>10.2f}{texts:>16}{size / 1e6:>11.1f}")
    alone = statistics.median(seconds["phrasings only"])
    print(f"time ratio with / without: {statistics.median(seconds['with scoring views']) / alone:.2f}")
    print(f"{PHASED}: live after {statistics.median(live_seconds):.2f} s = "
          f"{statistics.median(live_seconds) / alone:.2f}x the phrasings only; complete after "
          f"{statistics.median(seconds[PHASED]) / alone:.2f}x")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()

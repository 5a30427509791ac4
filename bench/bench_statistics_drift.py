"""Does freezing the corpus statistics cost answer quality? (bot/index/statistics.py)

For a DEV dataset (``../shared/datasets/<name>``, or ``FAQBOT_DATASETS``), with the real
default model: the FAQ is indexed with the last alternate of some entries held back, then
those alternates are added (``--drift`` of the phrasings, under ``index_statistics_max_drift``
so the build reuses the statistics computed without them), and a seeded sample of the DEV
queries is answered; then the statistics are recomputed (``faqbot index --full``) and the
same queries answered again. Prints top-1 accuracy of both (the first candidate's entry is
the gold one).

    python bench/bench_statistics_drift.py --dataset banking77 [--drift 0.055] [--queries 600]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import DATASETS  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.faq.entry import FaqEntry  # noqa: E402
from bot.faq.markdown import render_faq_markdown  # noqa: E402
from bot.service import FaqService  # noqa: E402


def entries_of(name: str) -> list[FaqEntry]:
    rows = [json.loads(line) for line in (DATASETS / name / "faq.jsonl").read_text().splitlines() if line.strip()]
    return [FaqEntry(id=row["id"], question=row["question"], alternates=tuple(row["alternates"]),
                     answer=f"Answer for {row['question']}.") for row in rows]


def top1(service: FaqService, queries: list[dict]) -> float:
    hits = 0
    for query in queries:
        candidates = service.answer(query["query"]).candidates
        hits += bool(candidates) and candidates[0].node.metadata["faq_id"] == query["gold"]
    return hits / len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", default="banking77")
    parser.add_argument("--drift", type=float, default=0.055, help="share of phrasings added after the statistics")
    parser.add_argument("--queries", type=int, default=600, help="DEV queries answered (a seeded sample)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench-drift")
    args = parser.parse_args()

    entries = entries_of(args.dataset)
    phrasings = sum(len(entry.phrasings) for entry in entries)
    with_alternates = [i for i, entry in enumerate(entries) if entry.alternates]
    held = min(max(1, round(args.drift * phrasings)), len(with_alternates))
    held_back = set(random.Random(3).sample(with_alternates, held))
    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
    rows = [json.loads(line) for line in (DATASETS / args.dataset / "queries_dev.jsonl").read_text().splitlines()
            if line.strip()]
    queries = [row for row in rows if row.get("gold")]
    queries = random.Random(1).sample(queries, min(args.queries, len(queries)))

    shutil.rmtree(args.workdir, ignore_errors=True)
    faq = args.workdir / "faq"
    faq.mkdir(parents=True)
    (faq / "faq.md").write_text(render_faq_markdown(reduced))
    settings = Settings(faq_dir=faq, index_dir=args.workdir / "index", self_calibrate_on_index=False,
                        index_statistics_max_drift=args.drift + 0.01)
    service = FaqService(settings)
    service.build()
    (faq / "faq.md").write_text(render_faq_markdown(entries))
    frozen = service.build()
    assert frozen.statistics_computed is None, frozen.statistics_computed
    frozen_top1 = top1(service, queries)
    fresh = service.build(full=True)
    assert fresh.statistics_computed is not None
    fresh_top1 = top1(service, queries)
    print(f"{args.dataset}: {len(entries)} entries, {phrasings} phrasings, {held} added after the "
          f"statistics (drift {frozen.statistics_drift:.1%}); top-1 on {len(queries)} DEV queries: "
          f"frozen {frozen_top1:.4f}, recomputed {fresh_top1:.4f}")


if __name__ == "__main__":
    main()

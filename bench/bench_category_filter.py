"""What a channel's category restriction costs per question, on the embedded default model.

A restricted answer searches FAISS twice (the whole FAQ, then only the allowed categories'
phrasings through an id selector) and scores the union of candidates. For each question,
in the same run and interleaved so every policy sees the same machine load:

- **all**: ``FaqService.answer(question)``;
- **own**: restricted to the category of the entry the question was written for;
- **other**: restricted to one other category (the answer is outside it);
- **five**: restricted to five categories, the question's own among them.

    python bench/bench_category_filter.py [--entries 2000] [--queries 300] [--workdir DIR]

With --workdir the FAQ and index are kept there and re-runs reuse the index.

The FAQ is generated: one file per topic (20 topics = 20 categories), entries "How do I
<action> my <topic> <context>?" with one alternate; questions reword entries ("is it
possible to <action> my <topic> <context>"). Also reports how often each policy answers
and, for **own**, how often it answers with the same entry as **all**.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import ACTIONS, CONTEXTS, TOPICS  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.faq.entry import FaqEntry  # noqa: E402
from bot.faq.markdown import render_faq_markdown  # noqa: E402
from bot.retrieval.policy import AnswerPolicy  # noqa: E402
from bot.service import FaqService  # noqa: E402

WARM_UP = 20


def generated_faq(count: int) -> list[tuple[FaqEntry, str]]:
    """(entry, its category) for ``count`` entries spread over the topics."""
    combos = [(a, t, c) for a in ACTIONS for t in TOPICS for c in CONTEXTS]
    random.Random(7).shuffle(combos)
    return [(FaqEntry(id=f"gen-{i}", question=f"How do I {a} my {t} {c}?",
                      alternates=(f"can I {a} the {t} {c}",), answer=f"To {a} your {t} {c}, open Settings.",
                      category=t), t)
            for i, (a, t, c) in enumerate(combos[:count])]


def write_by_category(folder: Path, faq: list[tuple[FaqEntry, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, topic in enumerate(TOPICS):
        entries = [e for e, category in faq if category == topic]
        front = f"---\ncategory: {topic}\n---\n"
        (folder / f"topic-{n:02d}.md").write_text(front + render_faq_markdown(entries), encoding="utf-8")


def ms(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--workdir", type=Path,
                        help="keep the FAQ and index here (default: a temporary folder)")
    args = parser.parse_args()

    faq = generated_faq(args.entries)
    picked = random.Random(3).sample(faq, min(args.queries + WARM_UP, len(faq)))
    with tempfile.TemporaryDirectory() as temporary:
        work = args.workdir or Path(temporary)
        settings = Settings(faq_dir=work / "faq", index_dir=work / "index")
        write_by_category(settings.faq_dir, faq)
        service = FaqService(settings)
        started = time.perf_counter()
        service.load()
        print(f"index: {len(faq)} entries in {len(TOPICS)} categories, loaded or built in "
              f"{time.perf_counter() - started:.1f}s", flush=True)

        rng = random.Random(5)
        times: dict[str, list[float]] = {"all": [], "own": [], "other": [], "five": []}
        answered = {name: 0 for name in times}
        same_as_all = 0
        for i, (entry, topic) in enumerate(picked):
            action, rest = entry.question[len("How do I "):].split(" my ", 1)
            question = f"is it possible to {action} my {rest.rstrip('?')}"
            others = [t for t in TOPICS if t != topic]
            policies = {
                "all": AnswerPolicy(),
                "own": AnswerPolicy.of([topic]),
                "other": AnswerPolicy.of([rng.choice(others)]),
                "five": AnswerPolicy.of([topic, *rng.sample(others, 4)]),
            }
            results = {}
            for name, policy in policies.items():
                start = time.perf_counter()
                results[name] = service.answer(question, policy)
                elapsed = time.perf_counter() - start
                if i >= WARM_UP:
                    times[name].append(elapsed)
                    answered[name] += results[name].match is not None
            if i >= WARM_UP:
                all_match, own_match = results["all"].match, results["own"].match
                same_as_all += (all_match and own_match and all_match.id == own_match.id) or \
                    (all_match is None and own_match is None)

    n = len(times["all"])
    print(f"{n} questions, sequential, interleaved\n")
    print(f"{'policy':<8}{'p50 ms':>9}{'p99 ms':>9}{'p50 / all':>11}{'answered':>10}")
    for name, values in times.items():
        print(f"{name:<8}{ms(values, 50):>9.1f}{ms(values, 99):>9.1f}"
              f"{ms(values, 50) / ms(times['all'], 50):>11.2f}{answered[name] / n:>10.0%}")
    print(f"\nown category: same outcome as all categories for {same_as_all / n:.0%} of questions")


if __name__ == "__main__":
    main()

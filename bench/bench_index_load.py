"""How long loading a stored index takes, until the service is ready to answer, at 10,000 entries.

Writes the benchmark FAQ (bench/corpus.py: the real banking77 + clinc150 entries plus
generated filler), indexes it once, then times ``load_index`` alone and
``FaqService.load`` (load + everything the service derives before answering), each in
``--repeats`` fresh processes, with each process's peak RSS (imports included).

The code measured is the checkout in ``--code`` (default: this one), so the same script
measures a checkout of an older commit, before and after in one session:

    git worktree add --detach <scratch>/faqbot-before <commit>
    python bench/bench_index_load.py --code <scratch>/faqbot-before
    python bench/bench_index_load.py

By default the index holds seeded random vectors (``SyntheticEmbedding``) under the e5
signature: loading does not depend on what the vectors mean, and embedding 10,000 entries
with the real model (about 50,000 texts with the scoring views) takes the better part of
an hour on two cores. ``--real-model`` embeds with it.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(mode: str, faq_dir: Path, index_dir: Path, real_model: bool) -> None:
    """Run inside the measured checkout (its ``bot`` first on the path)."""
    import resource
    import time

    from corpus import SyntheticEmbedding  # bench/ is this script's folder

    from bot.config import Settings
    from bot.index.storage import load_index
    from bot.service import FaqService

    settings = Settings(faq_dir=faq_dir, index_dir=index_dir)
    model = None if real_model else SyntheticEmbedding()
    if mode == "build":
        started = time.perf_counter()
        report = FaqService(settings, embed_model=model).build(show_progress=True)
        print(json.dumps({"summary": report.summary(), "seconds": time.perf_counter() - started}))
        return
    started = time.perf_counter()
    if mode == "read":
        stored = load_index(index_dir)
        facts = {"format": stored.manifest.format, "vectors": len(stored.store)}
    else:  # "ready": what a process does before its first answer
        service = FaqService(settings, embed_model=model or SyntheticEmbedding())
        service.load(build_if_missing=False)
        facts = {}
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak, **facts}))


def run_child(code: Path, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", *args],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def prepare(code: Path, workdir: Path, entries: int, real_model: bool) -> tuple[Path, Path]:
    """The FAQ and this checkout's index of it (built once, reused while they match)."""
    faq_dir = workdir / f"faq-{entries}"
    if not faq_dir.exists():
        sys.path.insert(0, str(HERE))
        from corpus import bench_entries, write_faq

        write_faq(faq_dir, bench_entries(entries))
    tag = hashlib.sha1(f"{code.resolve()}|{real_model}".encode()).hexdigest()[:8]
    index_dir = workdir / f"index-{entries}-{tag}"
    built = run_child(code, "build", str(faq_dir), str(index_dir), str(real_model))
    print(f"index {index_dir}: {built['summary']} ({built['seconds']:.1f} s)", file=sys.stderr)
    return faq_dir, index_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--code", type=Path, default=HERE.parent, help="checkout whose code is measured")
    parser.add_argument("--real-model", action="store_true", help="embed with the real model (slow)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench-load")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, faq_dir, index_dir, real = args.child
        child(mode, Path(faq_dir), Path(index_dir), real == "True")
        return

    faq_dir, index_dir = prepare(args.code, args.workdir, args.entries, args.real_model)
    runs = {mode: [] for mode in ("read", "ready")}
    for _ in range(args.repeats):
        for mode in runs:
            runs[mode].append(run_child(args.code, mode, str(faq_dir), str(index_dir), str(args.real_model)))
    median = lambda mode, key: statistics.median(run[key] for run in runs[mode])  # noqa: E731
    first = runs["read"][0]
    print(f"{args.code}: {args.entries} entries, {first['vectors']} phrasing vectors, "
          f"index format {first['format']}, median of {args.repeats} fresh processes each")
    print(f"{'':<36}{'seconds':>9}{'peak MiB':>10}")
    print(f"{'load_index (read + verify)':<36}{median('read', 'seconds'):>9.3f}{median('read', 'peak_mib'):>10.0f}")
    print(f"{'FaqService.load (ready to answer)':<36}{median('ready', 'seconds'):>9.3f}"
          f"{median('ready', 'peak_mib'):>10.0f}")


if __name__ == "__main__":
    main()

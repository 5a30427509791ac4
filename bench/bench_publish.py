"""What publishing index generations through PostgreSQL costs (bot/index/publish).

Builds the benchmark FAQ at ``--entries`` with hashed stand-in vectors (bench/corpus.py
``SyntheticEmbedding``: sizes and timings do not depend on what vectors mean), in a fresh
PostgreSQL database, then measures:

1. publish the first generation (seconds, bytes stored);
2. a fresh host with an empty index folder downloads it and serves it (seconds to the
   generation being served, bytes downloaded);
3. one edit at a time: one entry's answer edited, one phrasing added to one entry, one
   entry added, one entry removed. The writer re-indexes (not timed here: bench_reload.py),
   publishes (seconds, bytes newly stored vs the whole generation), and the host that has the
   previous generation downloads and serves it (seconds, bytes downloaded vs copied from its
   own previous generation).

Each step is repeated ``--repeats`` times on fresh edits; medians are printed.
``--tree NAME=CHECKOUT`` (repeatable) runs the whole bench for each checkout in turn (a
child process importing the bot from there) and ends with the bytes stored per edit side
by side, e.g. before and after a change to the index layout.

    python bench/bench_publish.py --entries 500 [--repeats 5] [--chunk-kib 64]
        [--tree before=<checkout of main> --tree after=.]
    FAQBOT_BENCH_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A child run for one --tree imports the bot (and the bench corpus) from that checkout.
sys.path.insert(0, sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv else str(ROOT))

import sqlalchemy as sa  # noqa: E402

from bench.corpus import SyntheticEmbedding, bench_entries, write_faq  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.index.publish.store import GenerationStore  # noqa: E402
from bot.service import FaqService  # noqa: E402

ADMIN_URL = os.environ.get("FAQBOT_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def service(workdir: Path, name: str, url: str, read_only: bool, shared_faq: Path) -> FaqService:
    settings = Settings(faq_dir=shared_faq, index_dir=workdir / name, index_publish_url=url,
                        self_calibrate_on_index=False, index_lock_timeout=5)
    svc = FaqService(settings, embed_model=SyntheticEmbedding())
    svc.read_only = read_only
    return svc


def stored_bytes(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text(
                "SELECT pg_total_relation_size('faqbot_index_chunks')")).scalar()
    finally:
        engine.dispose()


def edit_answer(faq: Path, round_: int) -> None:
    """Prefix the answer of a different entry each round (the real entries, in the first file)."""
    path = sorted(faq.glob("*.md"))[0]
    text = path.read_text()
    at = -1
    for _ in range(1 + 37 * round_):
        at = text.index("Answer for ", at + 1)
    path.write_text(text[:at] + f"Edited {round_}. " + text[at:])


def add_phrasing(faq: Path, round_: int) -> None:
    path = sorted(faq.glob("*.md"))[0]
    text = path.read_text()
    at = text.index("\n- ") + 1
    path.write_text(text[:at] + f"- an added wording number {round_} for this entry\n" + text[at:])


def add_entry(faq: Path, round_: int) -> None:
    """A new entry at the end of the first file (the middle of the FAQ when it has several)."""
    path = sorted(faq.glob("*.md"))[0]
    path.write_text(path.read_text().rstrip("\n") + f"\n\n## How do I add bench entry {round_}?\n"
                    f"id: bench-added-{round_}\nalternates:\n- adding bench entry number {round_}\n\n"
                    f"Added entry {round_} answers it.\n")


def remove_entry(faq: Path, round_: int) -> None:
    """Remove one real entry of the first file (a different one each round)."""
    path = sorted(faq.glob("*.md"))[0]
    text = path.read_text()
    starts = [i for i in range(len(text)) if text.startswith("## ", i) and (i == 0 or text[i - 1] == "\n")]
    k = (11 + 37 * round_) % (len(starts) - 1)
    path.write_text(text[:starts[k]] + text[starts[k + 1]:])


EDITS = (("one answer edited", edit_answer), ("one phrasing added", add_phrasing),
         ("one entry added", add_entry), ("one entry removed", remove_entry))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--chunk-kib", type=int, default=64, help="average chunk size (KiB)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "faqbot-bench-publish")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=CHECKOUT",
                        help="run the bench for this checkout (repeatable) and compare")
    parser.add_argument("--code", help=argparse.SUPPRESS)  # a child's checkout (see --tree)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # where a child writes its results
    args = parser.parse_args()
    if args.tree:
        compare_trees(args)
        return

    shutil.rmtree(args.workdir, ignore_errors=True)
    faq = args.workdir / "faq"
    write_faq(faq, bench_entries(args.entries))
    admin = sa.create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    database = f"faqbot_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{database}"'))
    url = sa.engine.make_url(ADMIN_URL).set(database=database).render_as_string(hide_password=False)
    try:
        run(args, faq, url)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()


def run(args, faq: Path, url: str) -> None:
    import bot.index.publish.chunks as chunking

    writer = service(args.workdir, "writer", url, False, faq)
    writer.publication.store.chunk_average = args.chunk_kib * 1024
    reports = []
    publish = writer.publication.store.publish

    def recorded(*a, **k):
        reports.append(publish(*a, **k))
        return reports[-1]

    writer.publication.store.publish = recorded
    assert writer.writer_lock.try_acquire()
    writer.build()
    store = GenerationStore(url)
    first = reports[-1]
    print(f"{args.entries} entries, one generation {first.bytes / 1e6:.1f} MB in {len(list((writer.settings.index_dir / first.generation).iterdir()))} files, "
          f"chunks {args.chunk_kib} KiB on average (fastcdc, {args.chunk_kib // 4}-{args.chunk_kib * 4} KiB; "
          f"default {chunking.AVERAGE_BYTES // 1024} KiB)")

    engine = sa.create_engine(url)
    first_publish, fresh = [first.seconds], []
    for repeat in range(args.repeats):
        if repeat:  # the first publish again, into an empty database
            with engine.begin() as connection:
                connection.execute(sa.text("TRUNCATE faqbot_index_generation_chunks, faqbot_index_generations, "
                                           "faqbot_index_chunks"))
            first_publish.append(recorded(writer.settings.index_dir / first.generation, writer.writer_lock.epoch,
                                          "bench").seconds)
        host = service(args.workdir, f"fresh-{repeat}", url, True, faq)
        started = time.perf_counter()
        host.load()  # empty cache: download, check, make live, load (checks again)
        fresh.append(time.perf_counter() - started)
        assert host.serving_generation == first.generation
        shutil.rmtree(host.settings.index_dir)
    db_first = stored_bytes(url)

    follower = service(args.workdir, "follower", url, True, faq)
    follower.load()
    rows = []
    for kind, change in EDITS:
        publish_s, new_mb, follow_s, down_mb, reused_mb, fetch_s = [], [], [], [], [], []
        for repeat in range(args.repeats):
            change(faq, repeat)
            writer.build()
            report = reports[-1]
            publish_s.append(report.seconds)
            new_mb.append(report.new_bytes / 1e6)
            started = time.perf_counter()
            fetched = follower.publication.catch_up()
            follower.refresh()
            follow_s.append(time.perf_counter() - started)
            fetch_s.append(fetched.seconds)
            down_mb.append(fetched.downloaded_bytes / 1e6)
            reused_mb.append(fetched.reused_bytes / 1e6)
            assert follower.serving_generation == report.generation
        rows.append((kind, publish_s, new_mb, follow_s, fetch_s, down_mb, reused_mb))
    db_after = stored_bytes(url)
    engine.dispose()
    store.dispose()
    writer.writer_lock.release()

    whole = first.bytes / 1e6
    print(f"medians of {args.repeats}")
    print(f"first publish (cut, hash, insert every chunk): {statistics.median(first_publish):.2f} s; "
          f"chunks table {db_first / 1e6:.1f} MB on disk")
    print(f"fresh host, empty cache, download + check + load until served: {statistics.median(fresh):.2f} s, "
          f"{whole:.1f} MB downloaded")
    print("follow s: download + check + make live + load until served; fetch s: its download part")
    print(f"{'edit':<20}{'publish s':>10}{'MB stored':>11}{'of whole':>10}{'follow s':>10}{'fetch s':>9}{'MB down':>9}{'MB reused':>11}")
    for kind, publish_s, new_mb, follow_s, fetch_s, down_mb, reused_mb in rows:
        print(f"{kind:<20}{statistics.median(publish_s):>10.2f}{statistics.median(new_mb):>11.2f}"
              f"{statistics.median(new_mb) / whole:>10.1%}{statistics.median(follow_s):>10.2f}"
              f"{statistics.median(fetch_s):>9.2f}"
              f"{statistics.median(down_mb):>9.2f}{statistics.median(reused_mb):>11.1f}")
    print(f"chunks table after {len(EDITS) * args.repeats} edits (keeping {writer.settings.index_publish_keep} "
          f"generations): {db_after / 1e6:.1f} MB on disk")
    if args.json:
        args.json.write_text(json.dumps({
            "whole_mb": whole, "edits": {kind: {"mb_stored": statistics.median(new_mb),
                                                "publish_s": statistics.median(publish_s),
                                                "follow_s": statistics.median(follow_s)}
                                         for kind, publish_s, new_mb, follow_s, *_ in rows}}))


def compare_trees(args) -> None:
    """The bench once per --tree, in a child importing that checkout; then the bytes side by side."""
    results = {}
    for spec in args.tree:
        name, _, path = spec.partition("=")
        if not name or not path:
            raise SystemExit(f"--tree wants NAME=CHECKOUT, got {spec!r}")
        code = str(Path(path).resolve())
        out = args.workdir.with_name(f"{args.workdir.name}-{name}.json")
        print(f"== {name} ({code})", flush=True)
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--entries", str(args.entries),
                        "--repeats", str(args.repeats), "--chunk-kib", str(args.chunk_kib),
                        "--workdir", str(args.workdir), "--code", code, "--json", str(out)],
                       env={**os.environ, "PYTHONPATH": code}, check=True)
        results[name] = json.loads(out.read_text())
        out.unlink()
    print(f"\nbytes newly stored per edit, % of a whole generation (medians of {args.repeats}, "
          f"{args.entries} entries)")
    print(f"{'edit':<20}" + "".join(f"{name:>22}" for name in results))
    for kind, _ in EDITS:
        cells = []
        for result in results.values():
            found = result["edits"].get(kind)
            cells.append(f"{found['mb_stored']:.2f} MB {found['mb_stored'] / result['whole_mb']:>6.1%}"
                         if found else "-")
        print(f"{kind:<20}" + "".join(f"{cell:>22}" for cell in cells))


if __name__ == "__main__":
    main()

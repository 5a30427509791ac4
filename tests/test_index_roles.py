"""One index writer, many readers: real processes on one shared index folder.

The embedding server is the recording SGLang stand-in, so what each process embeds can
be counted; the replicas are real `faqbot serve` processes in HTTP mode answering signed
Slack events, their replies recorded by the Slack Web API stand-in; the writer is a real
`faqbot watch`. Deadlines are generous: bench/bench_reload.py measures how fast.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

import pytest

from bot.cli import main
from bot.config import Settings
from bot.index.lock import IndexLockedError, IndexReadOnlyError, IndexWriterLock
from bot.index.storage import CURRENT
from bot.roles import IndexRole
from bot.service import FaqService
from production_support import free_port
from sglang_standin import SGLangStandIn
from slack_standin import BOT_TOKEN, SIGNING_SECRET, app_mention, event_callback, post, signed_headers
from waiting import DEADLINE, wait_for

ROOT = Path(__file__).resolve().parent.parent


def phrasing_embeds(server: SGLangStandIn, text: str) -> int:
    """How many times ``text`` was sent to be embedded as an FAQ phrasing (not as a question:
    questions carry Qwen3's "Instruct: …" prefix)."""
    return sum(item == text for request in server.embedding_requests() for item in request.json["input"])


def save(path: Path, text: str) -> None:
    """Save as editors and git do: a temporary file renamed over the old one (one change event)."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def current(index_dir: Path) -> str:
    return (index_dir / CURRENT).read_text().strip()


# -- one process at a time: the lock and the reader role ------------------------------
HOLDER = """
import sys, time
from bot.index.lock import IndexWriterLock
lock = IndexWriterLock(sys.argv[1], command="lock holder for a test")
assert lock.try_acquire()
print("locked", flush=True)
time.sleep(600)
"""


def test_a_second_writer_is_refused_naming_the_holder_and_the_lock_dies_with_it(
        tmp_path, faq_dir, sglang_server, monkeypatch, capsys):
    index_dir = tmp_path / "index_store"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(index_dir)], stdout=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline() == b"locked\n"
        settings = Settings(faq_dir=faq_dir, index_dir=index_dir, embed_backend="sglang",
                            embed_api_base=sglang_server.base_url, index_lock_timeout=0.5)
        # `faqbot serve --role writer` (the role object it runs): refused after the timeout
        with pytest.raises(IndexLockedError) as refused:
            IndexRole(FaqService(settings), settings, role="writer").start()
        assert f"pid {holder.pid} on " in str(refused.value)
        assert "lock holder for a test" in str(refused.value)
        # `faqbot index`: says whom it waits for, then gives up naming it; nothing embedded
        for name, value in {"FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": sglang_server.base_url,
                            "FAQBOT_INDEX_LOCK_TIMEOUT": "0.5"}.items():
            monkeypatch.setenv(name, value)
        code = main(["--faq-dir", str(faq_dir), "--index-dir", str(index_dir), "index"])
        err = capsys.readouterr().err
        assert code == 2
        assert f"waiting up to 0.5 s for the index writer lock on {index_dir}, held by pid {holder.pid}" in err
        assert f"faqbot: error: the index in {index_dir} is being written by pid {holder.pid}" in err
        assert sglang_server.embedding_requests() == []
        assert not (index_dir / CURRENT).exists()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # the kernel dropped the dead holder's lock: no stale lock to clean up
    code = main(["--faq-dir", str(faq_dir), "--index-dir", str(index_dir), "index"])
    assert code == 0, capsys.readouterr().err
    lock = IndexWriterLock(index_dir, command="after")
    assert lock.try_acquire()
    assert lock.holder().pid == os.getpid() and lock.holder().command == "after"
    lock.release()


def test_a_reader_waits_for_the_writers_first_generation_and_embeds_only_questions(tmp_path, faq_dir):
    writer_server, reader_server = SGLangStandIn().start(), SGLangStandIn().start()
    role = None
    try:
        common = dict(faq_dir=faq_dir, index_dir=tmp_path / "index_store", embed_backend="sglang",
                      embed_dimensions=256, index_poll_seconds=0.2)
        reader = FaqService(Settings(**common, embed_api_base=reader_server.base_url, index_role="reader"))
        role = IndexRole(reader, reader.settings)
        starting = threading.Thread(target=role.start)
        starting.start()
        wait_for(lambda: role.follower is not None, "the reader to follow the index folder")
        time.sleep(1.0)  # five poll periods in which a reader that builds would have started to
        assert starting.is_alive() and not (tmp_path / "index_store" / CURRENT).exists()
        with pytest.raises(IndexReadOnlyError):
            reader.build()

        writer = FaqService(Settings(**common, embed_api_base=writer_server.base_url))
        first = writer.build()
        starting.join(DEADLINE)
        assert not starting.is_alive() and reader.serving_generation == first.generation
        assert reader.answer("I forgot my password").match.id == "reset-password"

        shop = faq_dir / "shop.md"
        shop.write_text(shop.read_text().replace("We email you a link", "We text you a code"))
        second = writer.build()
        wait_for(lambda: reader.serving_generation == second.generation, "the reader to follow")
        assert "We text you a code" in reader.answer("I forgot my password").match.answer
        asked = [text for r in reader_server.embedding_requests() for text in r.json["input"]]
        assert asked and all(text.startswith("Instruct: ") for text in asked)  # questions only
        assert phrasing_embeds(writer_server, "I forgot my password") == 1
    finally:
        if role is not None:
            role.stop()
        writer_server.stop()
        reader_server.stop()


class AsksAsServingFlips(FaqService):
    """A service that asks ``probe`` at the very instant its ``serving_generation`` changes:
    the worst moment for a question arriving from another thread (a Slack handler, a bench
    asking once per generation it sees served)."""

    probe: str = ""

    def __setattr__(self, name, value):
        super().__setattr__(name, value)
        if name == "_stored" and value is not None and self.probe:
            self.seen.append((value.generation, self.answer(self.probe).match.answer))


def test_a_question_seeing_a_new_generation_served_is_answered_from_it(tmp_path, faq_dir):
    """serving_generation never names a generation before its answerer is live: a reader
    once reported the new generation while still answering from the previous one, and a
    question asked on seeing the switch got the old answer."""
    server = SGLangStandIn().start()
    try:
        common = dict(faq_dir=faq_dir, index_dir=tmp_path / "index_store", embed_backend="sglang",
                      embed_api_base=server.base_url, embed_dimensions=256)
        writer = FaqService(Settings(**common))
        writer.build()
        reader = AsksAsServingFlips(Settings(**common, index_role="reader"))
        reader.read_only = True
        reader.load()
        reader.seen, reader.probe = [], "I forgot my password"
        shop = faq_dir / "shop.md"
        shop.write_text(shop.read_text().replace("We email you a link", "We text you a code"))
        second = writer.build()
        assert reader.refresh() == second.generation
        assert len(reader.seen) == 1 and reader.seen[0][0] == second.generation
        assert "We text you a code" in reader.seen[0][1]
    finally:
        server.stop()


# -- real processes: `faqbot watch` + two `faqbot serve` replicas -------------------------
class Process(subprocess.Popen):
    log: Path


def start(args: list[str], env: dict[str, str], log: Path) -> Process:
    handle = open(log, "wb")
    process = Process([sys.executable, "-m", "bot", *args], env=env, cwd=log.parent,
                      stdout=handle, stderr=subprocess.STDOUT)
    handle.close()
    process.log = log
    return process


def health(port: int) -> dict:
    try:
        with urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            return json.loads(response.read())
    except (URLError, OSError, ValueError):
        return {}


def ask(port: int, slack_api, channel: str, question: str) -> str:
    """Ask the replica on ``port`` over signed Slack HTTP; the text of its reply."""
    event = app_mention(question, channel=channel)
    body = json.dumps(event_callback(event)).encode()
    status, _ = post(f"http://127.0.0.1:{port}/slack/events", body, signed_headers(body))
    assert status == 200
    slack_api.wait_for(lambda calls: any(c.params.get("thread_ts") == event["ts"] for c in calls))
    (reply,) = [c for c in slack_api.calls_to("chat.postMessage") if c.params.get("thread_ts") == event["ts"]]
    return reply.params["text"]


def wait_for_replicas_to_follow(index_dir: Path, before: str, ports: list[int], processes) -> None:
    """Wait until the writer made a generation newer than ``before`` and every replica serves it."""
    wait_for(lambda: current(index_dir) != before, "the writer to write a new generation", processes=processes)
    wait_for(lambda: all(health(port).get("index_generation") == current(index_dir) for port in ports),
             "every replica to serve the writer's new generation", processes=processes)


def holder_pid(index_dir: Path):
    lock = IndexWriterLock(index_dir)
    holder = lock.holder()
    return holder.pid if holder else None


def test_one_writer_two_replicas_follow_edits_and_a_replica_takes_over_when_the_writer_dies(
        tmp_path, faq_dir, sglang_server, slack_api):
    index_dir = tmp_path / "index_store"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "FAQBOT_CONFIG": str(tmp_path / "none.toml"),
           "FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": sglang_server.base_url,
           "FAQBOT_EMBED_DIMENSIONS": "256", "FAQBOT_RELOAD_DEBOUNCE_SECONDS": "0.2",
           "FAQBOT_INDEX_POLL_SECONDS": "0.5", "FAQBOT_READY_TIMEOUT": "60",
           "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "FAQBOT_SLACK_API_URL": slack_api.api_url, "FAQBOT_HOST": "127.0.0.1",
           "FAQBOT_FEEDBACK_LOG": str(tmp_path / "feedback.jsonl")}
    paths = ["--faq-dir", str(faq_dir), "--index-dir", str(index_dir)]
    shop = faq_dir / "shop.md"
    processes: list[Process] = []
    try:
        watcher = start([*paths, "watch"], env, tmp_path / "watch.log")
        processes.append(watcher)
        wait_for(lambda: b"watching" in watcher.log.read_bytes(), "`faqbot watch` to index", processes=processes)
        ports = [free_port(), free_port()]
        replicas = [start([*paths, "serve", "--role", "auto"], {**env, "FAQBOT_PORT": str(port)},
                          tmp_path / f"replica{i}.log") for i, port in enumerate(ports)]
        processes += replicas
        wait_for(lambda: all(health(port).get("status") == "ok" for port in ports), "both replicas to serve",
                 processes=processes)
        assert holder_pid(index_dir) == watcher.pid  # the replicas are readers
        for replica in replicas:
            assert "index reader of" in replica.log.read_text()

        # an edit: both replicas serve the new answer; the new phrasing is embedded once in all
        before = current(index_dir)
        save(shop, shop.read_text()
                        .replace("We email you a link that works for 30 minutes.", "Answer revision ONE.")
                        .replace("- I forgot my password\n", "- I forgot my password\n- lost my zebrapass\n"))
        wait_for_replicas_to_follow(index_dir, before, ports, processes)
        for i, port in enumerate(ports):
            assert "Answer revision ONE." in ask(port, slack_api, f"C0REPLICA{i}", "I forgot my password")
        assert phrasing_embeds(sglang_server, "lost my zebrapass") == 1

        # a second writer while `faqbot watch` runs: refused, naming it
        refused = subprocess.run([sys.executable, "-m", "bot", *paths, "index"], capture_output=True,
                                 env={**env, "FAQBOT_INDEX_LOCK_TIMEOUT": "1"}, cwd=tmp_path, timeout=DEADLINE)
        assert refused.returncode == 2
        assert f"being written by pid {watcher.pid} on " in refused.stderr.decode()
        assert "faqbot watch" in refused.stderr.decode()

        # the writer dies: one `auto` replica becomes the writer, and the next edit goes live
        watcher.send_signal(signal.SIGKILL)
        watcher.wait()
        processes.remove(watcher)
        wait_for(lambda: holder_pid(index_dir) in {r.pid for r in replicas}, "a replica to take over",
                 processes=processes)
        new_writer = next(r for r in replicas if r.pid == holder_pid(index_dir))
        wait_for(lambda: "takes over" in new_writer.log.read_text(), "the takeover to be logged")
        before = current(index_dir)
        save(shop, shop.read_text().replace("Answer revision ONE.", "Answer revision TWO.")
                        .replace("- lost my zebrapass\n", "- lost my zebrapass\n- misplaced my quokkakey\n"))
        wait_for_replicas_to_follow(index_dir, before, ports, processes)
        for i, port in enumerate(ports):
            assert "Answer revision TWO." in ask(port, slack_api, f"C0AGAIN{i}", "I forgot my password")
        assert phrasing_embeds(sglang_server, "misplaced my quokkakey") == 1
        assert phrasing_embeds(sglang_server, "lost my zebrapass") == 1  # the takeover re-embedded nothing
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

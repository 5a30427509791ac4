"""An idle replica costs (almost) no CPU: a real `faqbot serve --role reader` process
following an index folder nobody writes, its CPU time read from /proc.

The bound is generous (a tenth of a core over a few seconds) so a busy shared machine
cannot fail it; the reader that woke on the open/close of its own read of CURRENT burned
most of a core. bench/bench_idle.py measures the real numbers.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bot.cli import main
from production_support import free_port
from sglang_standin import SGLangStandIn
from slack_standin import BOT_TOKEN, SIGNING_SECRET
from test_index_roles import ROOT, current, health, save, start, wait_for

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")

IDLE_SECONDS = 4.0
MAX_CPU_SHARE = 0.10  # of one core; the self-waking reader used 0.8-0.9


def cpu_seconds(pid: int) -> float:
    """utime + stime of ``pid`` (all its threads), from /proc/<pid>/stat."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) "
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_an_idle_reader_replica_uses_almost_no_cpu_and_still_follows_the_writer(
        tmp_path, faq_dir, slack_api, monkeypatch):
    server = SGLangStandIn().start()
    index_dir = tmp_path / "index_store"
    paths = ["--faq-dir", str(faq_dir), "--index-dir", str(index_dir)]
    for name, value in {"FAQBOT_CONFIG": str(tmp_path / "none.toml"), "FAQBOT_EMBED_BACKEND": "sglang",
                        "FAQBOT_EMBED_API_BASE": server.base_url, "FAQBOT_EMBED_DIMENSIONS": "256"}.items():
        monkeypatch.setenv(name, value)
    reader = None
    try:
        assert main([*paths, "index"]) == 0
        port = free_port()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
               "FAQBOT_INDEX_POLL_SECONDS": "1", "FAQBOT_READY_TIMEOUT": "60",
               "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
               "FAQBOT_SLACK_API_URL": slack_api.api_url, "FAQBOT_HOST": "127.0.0.1",
               "FAQBOT_PORT": str(port), "FAQBOT_FEEDBACK_LOG": str(tmp_path / "feedback.jsonl")}
        reader = start([*paths, "serve", "--role", "reader"], env, tmp_path / "reader.log")
        wait_for(lambda: health(port).get("index_generation") == current(index_dir), "the reader to serve",
                 processes=[reader])
        time.sleep(1.0)  # start-up work (imports, the first reads) settles

        before, started = cpu_seconds(reader.pid), time.monotonic()
        time.sleep(IDLE_SECONDS)
        used, elapsed = cpu_seconds(reader.pid) - before, time.monotonic() - started
        assert used < MAX_CPU_SHARE * elapsed, f"idle reader used {used:.2f} CPU-s in {elapsed:.1f} s"
        assert "overflow" not in reader.log.read_text().lower()

        # ...and it still follows a new generation (the pointer's rename wakes it)
        shop = faq_dir / "shop.md"
        save(shop, shop.read_text().replace("We email you a link", "We text you a code"))
        assert main([*paths, "index"]) == 0
        wait_for(lambda: health(port).get("index_generation") == current(index_dir),
                 "the reader to serve the new generation", processes=[reader])
    finally:
        if reader is not None:
            reader.terminate()
            reader.wait(30)
        server.stop()


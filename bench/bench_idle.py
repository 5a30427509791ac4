"""What idle replicas cost, and how fast a reader follows the writer.

Starts a real index writer (`faqbot watch`) and a real reader replica (`faqbot serve
--role reader`, HTTP mode, replies to the Slack Web API stand-in) on one index folder,
embedding through the SGLang stand-in (so the numbers are the bot's own, not a model's).
Reports, from one run:

- CPU seconds (utime + stime from /proc/<pid>/stat) each process used over --seconds
  of idleness, and that as a share of one core;
- for --generations FAQ edits: the time from the writer's new generation going live
  (the ctime of CURRENT, set by its rename) to the reader's /healthz naming it; median
  and max.

    python bench/bench_idle.py [--seconds 60] [--generations 5] [--code DIR]

``--code DIR`` runs the processes from another checkout (e.g. main, for "before"):
its ``bot`` package is put first on their PYTHONPATH.
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
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the stand-ins

from production_support import free_port  # noqa: E402
from sglang_standin import SGLangStandIn  # noqa: E402
from slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn  # noqa: E402

FAQ = """---
category: Account
---
## How do I reset my password?
- I forgot my password
- password reset

Use the reset link on the sign-in page. Revision {revision}.
"""


def cpu_seconds(pid: int) -> float:
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def served_generation(port: int) -> str | None:
    try:
        with urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
            return json.loads(response.read()).get("index_generation")
    except (URLError, OSError, ValueError):
        return None


def wait_until(predicate, what: str, processes, deadline: float = 120.0, step: float = 0.05) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if predicate():
            return
        for process in processes:
            if process.poll() is not None:
                raise SystemExit(f"{what}: {process.args} exited with {process.returncode}")
        time.sleep(step)
    raise SystemExit(f"timed out waiting for {what}")


def save(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--generations", type=int, default=5)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose bot package runs")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="faqbot-idle-"))
    faq_dir, index_dir = work / "faq", work / "index"
    faq_dir.mkdir()
    faq = faq_dir / "account.md"
    faq.write_text(FAQ.format(revision=0), encoding="utf-8")
    embedder, slack = SGLangStandIn().start(), SlackWebStandIn().start()
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(args.code.resolve()), "FAQBOT_CONFIG": str(work / "none.toml"),
           "FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": embedder.base_url,
           "FAQBOT_EMBED_DIMENSIONS": "256", "FAQBOT_RELOAD_DEBOUNCE_SECONDS": "0.2",
           "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "FAQBOT_SLACK_API_URL": slack.api_url, "FAQBOT_HOST": "127.0.0.1", "FAQBOT_PORT": str(port),
           "FAQBOT_FEEDBACK_LOG": str(work / "feedback.jsonl")}
    paths = ["--faq-dir", str(faq_dir), "--index-dir", str(index_dir)]
    logs = {name: open(work / f"{name}.log", "wb") for name in ("writer", "reader")}
    writer = subprocess.Popen([sys.executable, "-m", "bot", *paths, "watch"], env=env, cwd=work,
                              stdout=logs["writer"], stderr=subprocess.STDOUT)
    processes = [writer]
    try:
        wait_until(lambda: b"watching" in (work / "writer.log").read_bytes(), "the writer to index", processes)
        reader = subprocess.Popen([sys.executable, "-m", "bot", *paths, "serve", "--role", "reader"], env=env,
                                  cwd=work, stdout=logs["reader"], stderr=subprocess.STDOUT)
        processes.append(reader)
        current = index_dir / "CURRENT"
        wait_until(lambda: served_generation(port) == current.read_text().strip(), "the reader to serve",
                   processes)
        time.sleep(2.0)  # start-up settles

        before = {p.pid: cpu_seconds(p.pid) for p in processes}
        started = time.monotonic()
        time.sleep(args.seconds)
        elapsed = time.monotonic() - started
        print(f"code: {args.code.resolve()}")
        print(f"idle over {elapsed:.1f} s (CPU seconds from /proc/<pid>/stat):")
        for name, process in (("writer (faqbot watch)", writer), ("reader (faqbot serve --role reader)", reader)):
            used = cpu_seconds(process.pid) - before[process.pid]
            print(f"  {name:38s} {used:7.2f} CPU-s  = {100 * used / elapsed:6.2f} % of a core")
        overflows = sum((work / f"{n}.log").read_text(errors="replace").lower().count("overflow") for n in logs)
        print(f"  'overflow' lines in the logs: {overflows}")

        delays = []
        for revision in range(1, args.generations + 1):
            old = current.read_text().strip()
            save(faq, FAQ.format(revision=revision))
            wait_until(lambda: current.read_text().strip() != old, "the writer's new generation", processes,
                       step=0.005)
            new, live_at = current.read_text().strip(), current.stat().st_ctime
            wait_until(lambda: served_generation(port) == new, "the reader to serve it", processes, step=0.005)
            delays.append(time.time() - live_at)
        print(f"new generation live -> reader serving it, {len(delays)} generations: "
              f"median {1000 * statistics.median(delays):.0f} ms, max {1000 * max(delays):.0f} ms")
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        for handle in logs.values():
            handle.close()
        embedder.stop()
        slack.stop()


if __name__ == "__main__":
    main()

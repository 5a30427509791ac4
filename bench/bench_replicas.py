"""A burst over three `faqbot serve` replicas: ack latency and event → post, before and after.

For each code tree given (``--tree NAME=PATH``, e.g. ``main=../main`` and
``delivery=.``), in one run and in turns: a Redis of its own, the recording Slack
stand-in, the IT FAQ indexed once, and ``--replicas`` real ``python -m bot serve``
processes in HTTP mode (Redis claims, and Redis pacing where the tree has it) running
that tree's code. Then ``--questions`` signed ``app_mention`` deliveries, each in a
channel of its own (so Slack's per-channel pace is not what is measured), or with
``--channels N`` spread round robin over N channels (so it is, and question order in a
channel is), sent round robin to the replicas by ``--concurrency`` client threads at
once. Reported per tree:

- **ack**: the POST's round trip (Slack wants it within 3 s);
- **event → post**: from sending the delivery to the stand-in receiving its
  ``chat.postMessage``;
- replies posted, duplicates, and the replicas' own ``faqbot_stage_latency_seconds{total}``
  and (where the tree has it) ``faqbot_slack_queue_seconds`` means, to show what the
  answer-path metric alone hides;
- **overtaken**: answers posted before the answer to an earlier question (by ts) in the
  same channel;
- the load average (1 min) before and after each tree's burst: other work on the machine.

    python bench/bench_replicas.py --tree main=../main --tree delivery=. [--questions 300]
        [--tree delivery4=. --tree-env delivery4:FAQBOT_SLACK_ANSWER_THREADS=4]
    python bench/bench_replicas.py --tree before=../main --tree after=. --questions 120 \
        --channels 3 --concurrency 20

``--rounds N`` repeats the trees' turns N times (main, delivery, main, delivery…) and
pools each tree's samples, so both see the same machine load.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.request import urlopen

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the Slack stand-in, payload builders, Redis

from redis_process import RedisProcess, free_port  # noqa: E402
from slack_fixtures import QUESTIONS, write_it_faq  # noqa: E402
from slack_standin import (  # noqa: E402
    BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn, app_mention, event_callback, post, signed_headers,
)

START_TIMEOUT = 300
PHRASINGS = list(QUESTIONS)


class Replica:
    def __init__(self, tree: Path, workdir: Path, name: str, env: dict[str, str]) -> None:
        self.port = free_port()
        self.log_path = workdir / f"{name}.log"
        env = {**env, "PYTHONPATH": str(tree), "FAQBOT_PORT": str(self.port)}
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "bot", "serve"], env=env,
                                            cwd=workdir, stdout=log, stderr=subprocess.STDOUT)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def wait_ready(self) -> None:
        body = json.dumps({"token": "t", "challenge": "x", "type": "url_verification"}).encode()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"replica exited:\n{self.log_path.read_text()[-2000:]}")
            try:
                if post(self.url, body, signed_headers(body))[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("replica not ready")

    def metric_mean(self, name: str, labels: str = "") -> tuple[float, float]:
        """(sum, count) of a histogram in this replica's /metrics; (0, 0) if absent."""
        with urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=30) as response:
            text = response.read().decode()
        total = count = 0.0
        for metric, value in re.findall(rf"^{name}_(sum|count){re.escape(labels)} (\S+)$", text, re.M):
            if metric == "sum":
                total = float(value)
            else:
                count = float(value)
        return total, count

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()


def burst(tree: Path, workdir: Path, args, extra_env: dict[str, str]) -> dict:
    slack = SlackWebStandIn().start()
    redis_server = RedisProcess(workdir).start()
    faq_dir, index_dir = write_it_faq(workdir / "faq"), workdir / "index"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAQBOT_", "SLACK_"))}
    env.update(FAQBOT_CONFIG=str(workdir / "none.toml"), FAQBOT_FAQ_DIR=str(faq_dir),
               FAQBOT_INDEX_DIR=str(index_dir), FAQBOT_EMBED_THREADS="1",
               FAQBOT_FEEDBACK_LOG=str(workdir / "feedback.jsonl"),
               SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
               FAQBOT_SLACK_API_URL=slack.api_url, FAQBOT_HOST="127.0.0.1",
               FAQBOT_REDIS_URL=redis_server.url, FAQBOT_REDIS_KEY_PREFIX=f"bench:{uuid.uuid4().hex[:8]}:",
               FAQBOT_REDIS_TIMEOUT="2", FAQBOT_USER_RATE_LIMIT="off", **extra_env)
    subprocess.run([sys.executable, "-m", "bot", "index"], env={**env, "PYTHONPATH": str(tree)},
                   cwd=workdir, check=True, capture_output=True, timeout=START_TIMEOUT)
    replicas = [Replica(tree, workdir, f"r{i}", env) for i in range(args.replicas)]
    try:
        for replica in replicas:
            replica.wait_ready()
        shared = [f"C{uuid.uuid4().hex[:10].upper()}" for _ in range(args.channels)]
        asked = [app_mention(PHRASINGS[n % len(PHRASINGS)], user=f"U{n:09d}",
                             channel=shared[n % len(shared)] if shared
                             else f"C{uuid.uuid4().hex[:10].upper()}")
                 for n in range(args.questions)]
        sent_at: dict[str, float] = {}

        def send(n: int) -> float:
            event = asked[n]
            body = json.dumps(event_callback(event)).encode()
            headers = signed_headers(body)
            started = time.perf_counter()
            sent_at[event["ts"]] = started
            status, _ = post(replicas[n % len(replicas)].url, body, headers)
            if status != 200:
                raise RuntimeError(f"HTTP {status}")
            return time.perf_counter() - started

        with ThreadPoolExecutor(args.concurrency) as pool:
            acks = list(pool.map(send, range(args.questions)))
        wanted = {e["ts"] for e in asked}
        slack.wait_for(lambda calls: len({c.params.get("thread_ts") for c in calls
                                          if c.method == "chat.postMessage"} & wanted) == len(wanted),
                       timeout=600)
        time.sleep(1.0)  # a duplicate would come now
        posts = [c for c in slack.calls_to("chat.postMessage") if c.params.get("thread_ts") in wanted]
        first: dict[str, float] = {}
        for call in posts:
            first.setdefault(call.params["thread_ts"], call.received_at)
        overtaken = count_overtaken([(call.params["channel"], call.params["thread_ts"])
                                     for call in posts])
        to_post = [first[ts] - sent_at[ts] for ts in wanted]
        total = [r.metric_mean("faqbot_stage_latency_seconds", '{stage="total"}') for r in replicas]
        queue = [r.metric_mean("faqbot_slack_queue_seconds") for r in replicas]
        return {"acks": acks, "to_post": to_post, "posts": len(posts), "answered": len(first),
                "total_mean": _mean(total), "queue_mean": _mean(queue), "overtaken": overtaken}
    finally:
        for replica in replicas:
            replica.stop()
        redis_server.kill()
        slack.stop()


def count_overtaken(posted: list[tuple[str, str]]) -> int:
    """Answers posted (``posted``: (channel, question ts) in the order Slack got them, first
    post of each question) before the answer to an earlier question in their channel."""
    firsts = [(channel, float(ts)) for channel, ts in dict.fromkeys(posted)]
    earliest_after: dict[str, float] = {}
    overtaken = 0
    for channel, ts in reversed(firsts):  # an earlier question answered after this one?
        if ts > earliest_after.get(channel, float("inf")):
            overtaken += 1
        earliest_after[channel] = min(ts, earliest_after.get(channel, float("inf")))
    return overtaken


def _mean(pairs: list[tuple[float, float]]) -> float | None:
    count = sum(c for _, c in pairs)
    return sum(s for s, _ in pairs) / count if count else None


def ms(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", required=True,
                        help="NAME=PATH of a checkout whose bot/ to run (repeat)")
    parser.add_argument("--tree-env", action="append", default=[],
                        help="NAME:KEY=VALUE: an environment variable for tree NAME's replicas")
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--channels", type=int, default=0,
                        help="spread the questions over N channels (0: each in its own)")
    args = parser.parse_args()
    trees = [(name, Path(path).resolve()) for name, path in (t.split("=", 1) for t in args.tree)]
    envs: dict[str, dict[str, str]] = {name: {} for name, _ in trees}
    for spec in args.tree_env:
        name, assignment = spec.split(":", 1)
        key, value = assignment.split("=", 1)
        envs[name][key] = value

    results: dict[str, dict] = {name: {"acks": [], "to_post": [], "posts": 0, "answered": 0,
                                       "total": [], "queue": [], "overtaken": 0, "load": []}
                                for name, _ in trees}
    for _ in range(args.rounds):
        for name, tree in trees:
            load_before = os.getloadavg()[0]
            with tempfile.TemporaryDirectory() as work:
                got = burst(tree, Path(work), args, envs[name])
            pooled = results[name]
            pooled["load"] += [load_before, os.getloadavg()[0]]
            pooled["overtaken"] += got["overtaken"]
            pooled["acks"] += got["acks"]
            pooled["to_post"] += got["to_post"]
            pooled["posts"] += got["posts"]
            pooled["answered"] += got["answered"]
            pooled["total"].append(got["total_mean"])
            pooled["queue"].append(got["queue_mean"])

    where = f"in {args.channels} channels" if args.channels else "each in its own channel"
    print(f"{args.questions} concurrent questions ({args.concurrency} client threads) over "
          f"{args.replicas} replicas, {args.rounds} round(s), {where}\n")
    print(f"{'tree':<12}{'ack p50':>9}{'ack p99':>9}{'post p50':>10}{'post p99':>10}"
          f"{'p99/p50':>9}{'answered':>10}{'posts':>7}{'overtaken':>11}{'total mean':>12}"
          f"{'queue mean':>12}{'load':>12}")
    for name, _ in trees:
        r = results[name]
        total = [t for t in r["total"] if t is not None]
        queue = [q for q in r["queue"] if q is not None]
        load = f"{min(r['load']):.1f}-{max(r['load']):.1f}"
        print(f"{name:<12}{ms(r['acks'], 50):>9.0f}{ms(r['acks'], 99):>9.0f}"
              f"{ms(r['to_post'], 50):>10.0f}{ms(r['to_post'], 99):>10.0f}"
              f"{ms(r['to_post'], 99) / ms(r['to_post'], 50):>9.2f}"
              f"{r['answered']:>10}{r['posts']:>7}{r['overtaken']:>11}"
              f"{(f'{1000 * np.mean(total):.0f} ms' if total else '-'):>12}"
              f"{(f'{1000 * np.mean(queue):.0f} ms' if queue else '-'):>12}"
              f"{load:>12}")
    print("\nack, post: milliseconds from sending the delivery; overtaken: answers posted before "
          "an earlier question's answer in their channel; total: the replicas' "
          "stage_latency{total} mean; queue: their slack_queue_seconds mean (dispatch → work); "
          "load: 1-min load average before/after each burst")


if __name__ == "__main__":
    main()

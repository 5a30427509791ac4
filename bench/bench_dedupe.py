"""Exactly-once claims: Redis vs in-memory, alone and on the whole Slack path.

1. **claim**: one ``claim()`` of a delivery's three keys (event id, channel+ts,
   client_msg_id), each a new message, on: in-memory claims; Redis claims (the Lua
   script, one round trip) back to back, and one every 30 ms (the Slack path's pace);
   Redis claims with nothing listening on the port (the fallback an outage costs
   when the connection is refused).
2. **Slack path**: a signed ``app_mention`` POSTed over HTTP to the real Bolt app until
   its ``chat.postMessage`` reaches the recording Slack stand-in (bench_slack.py's round
   trip), on two apps sharing one FaqService: in-memory claims vs Redis claims,
   interleaved question by question (alternating which goes first) so both see the
   same machine load; the median of the per-question differences is the steadiest
   figure on a busy host.

    python bench/bench_dedupe.py [--redis-url redis://127.0.0.1:6379/0] [--claims 5000]
                                 [--requests 300] [--faq-dir faq_sources]

Keys go under a fresh ``faqbot-bench:<random>:`` prefix and are deleted afterwards.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from bench.bench_slack import WARM_UP, ms, questions_of, slack_round_trip  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.metrics import Metrics  # noqa: E402
from bot.service import FaqService  # noqa: E402
from bot.slack.app import create_app  # noqa: E402
from bot.slack.dedupe import Deduplicator, MemoryDeduplicator  # noqa: E402
from bot.slack.dedupe_redis import RedisDeduplicator  # noqa: E402
from redis_process import free_port  # noqa: E402  (tests/, on the path via bench_slack)
from slack_fixtures import serving_http  # noqa: E402
from slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn  # noqa: E402

_n = itertools.count()
PACE = 0.03  # about one Slack round trip on the embedded model


def delivery_keys() -> list[str]:
    n = next(_n)
    return [f"event:Ev{n:010d}", f"message:C0BENCH001:{1700000000 + n}.000100",
            f"client_msg:{uuid.uuid4()}"]


def claim_latencies(deduplicator: Deduplicator, count: int, pause: float = 0.0) -> list[float]:
    """``pause`` seconds between claims: back to back, Redis stays hot on its core; at the
    Slack path's pace it may first have to be scheduled again."""
    for _ in range(WARM_UP):
        deduplicator.claim(delivery_keys())
    seconds = []
    for _ in range(count):
        keys = delivery_keys()
        started = time.perf_counter()
        deduplicator.claim(keys)
        seconds.append(time.perf_counter() - started)
        time.sleep(pause)
    return seconds


def delete_prefix(url: str, prefix: str) -> None:
    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(f"{prefix}*", count=1000))
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start:start + 1000])
    client.close()


def row(name: str, seconds: list[float]) -> str:
    return f"{name:<44}{ms(seconds, 50):>9.3f}{ms(seconds, 99):>9.3f}"


def bench_claims(url: str, prefix: str, count: int) -> None:
    memory = claim_latencies(MemoryDeduplicator(), count)
    redis_claims = RedisDeduplicator.from_url(url, prefix=prefix, metrics=Metrics())
    shared = claim_latencies(redis_claims, count)
    paced = claim_latencies(redis_claims, min(count, 500), pause=PACE)
    down = RedisDeduplicator.from_url(f"redis://127.0.0.1:{free_port()}/0", prefix=prefix,
                                      metrics=Metrics())
    unreachable = claim_latencies(down, min(count, 500))
    print(f"claim() of 3 keys, {count} new messages each; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print(f"{'claims':<44}{'p50 ms':>9}{'p99 ms':>9}")
    print(row("in-memory", memory))
    print(row("Redis, back to back", shared))
    print(row(f"Redis, one every {PACE * 1000:.0f} ms", paced))
    print(row("Redis unreachable (refused: fallback)", unreachable))
    print()


def bench_slack_path(url: str, prefix: str, faq_dir: Path, requests: int) -> None:
    questions = questions_of(faq_dir)
    slack_api = SlackWebStandIn().start()
    with tempfile.TemporaryDirectory() as work:
        settings = Settings(faq_dir=faq_dir, index_dir=Path(work) / "index",
                            slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                            slack_api_url=slack_api.api_url,
                            feedback_log=Path(work) / "feedback.jsonl")
        service = FaqService(settings)
        service.load()
        in_memory = create_app(settings, service)
        in_redis = create_app(settings.model_copy(update={
            "redis_url": SecretStr(url), "redis_key_prefix": prefix}), service)
        memory, shared = [], []
        with serving_http(in_memory) as memory_app, serving_http(in_redis) as redis_app:
            for i in range(WARM_UP + requests):
                question = questions[i % len(questions)]
                # One user per question (as bench_slack.py): the per-user rate limit stays in
                # the path, its counts in Redis for the Redis app, without refusing any.
                user = f"U{i:09d}"
                if i % 2:  # alternate which app goes first, so neither gets a warmer cache
                    m = slack_round_trip(memory_app, slack_api, question, user)
                    r = slack_round_trip(redis_app, slack_api, question, user)
                else:
                    r = slack_round_trip(redis_app, slack_api, question, user)
                    m = slack_round_trip(memory_app, slack_api, question, user)
                if i >= WARM_UP:
                    memory.append(m)
                    shared.append(r)
        for app in (in_memory, in_redis):
            app.listener_runner.listener_executor.shutdown(wait=True)
    slack_api.stop()

    print(f"signed event POST -> chat.postMessage, {requests} questions "
          f"({len(questions)} phrasings from {faq_dir}), embedded model, sequential\n")
    print(f"{'claims':<44}{'p50 ms':>9}{'p99 ms':>9}")
    print(row("in-memory", memory))
    print(row("Redis", shared))
    print(f"{'difference (Redis - in-memory), ms':<44}{ms(shared, 50) - ms(memory, 50):>9.3f}"
          f"{ms(shared, 99) - ms(memory, 99):>9.3f}")
    print(f"{'ratio (Redis / in-memory)':<44}{ms(shared, 50) / ms(memory, 50):>9.3f}"
          f"{ms(shared, 99) / ms(memory, 99):>9.3f}")
    paired = [r - m for r, m in zip(shared, memory)]
    print(f"{'median per-question difference, ms':<44}{ms(paired, 50):>9.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--faq-dir", type=Path, default=ROOT / "faq_sources")
    args = parser.parse_args()

    prefix = f"faqbot-bench:{uuid.uuid4().hex[:12]}:"
    try:
        bench_claims(args.redis_url, prefix, args.claims)
        bench_slack_path(args.redis_url, prefix, args.faq_dir, args.requests)
    finally:
        delete_prefix(args.redis_url, prefix)


if __name__ == "__main__":
    main()

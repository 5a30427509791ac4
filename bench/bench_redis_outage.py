"""What a hung Redis costs a DM: the real Bolt app in HTTP mode, claims and rate limit in a
redis-server of the bench's own, answered from the IT FAQ with the embedded model.

For --dms direct messages, one after another, the time from POSTing the signed delivery
to the Slack stand-in receiving the reply: first with Redis answering, then with it
stopped (SIGSTOP: connections are accepted, nothing answers). Also how many claims and
rate-limit calls timed out, failed or were skipped by the circuit breaker meanwhile.

    python bench/bench_redis_outage.py [--dms 20]

Runs the ``bot`` package first on sys.path (PYTHONPATH): to measure another checkout,
run from outside this one with ``PYTHONPATH=../other-checkout``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the stand-ins, redis-server helper
sys.path.append(str(ROOT))  # after PYTHONPATH: `bot` comes from there when it is set

from pydantic import SecretStr  # noqa: E402

import bot  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.metrics import METRICS  # noqa: E402
from bot.service import FaqService  # noqa: E402
from bot.slack.app import create_app  # noqa: E402
from redis_process import RedisProcess  # noqa: E402
from slack_fixtures import serving_http, write_it_faq  # noqa: E402
from slack_standin import (  # noqa: E402
    BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn, direct_message, event_callback, post, signed_headers,
)


def counts(name: str) -> dict[str, float]:
    counter = getattr(METRICS, name, None)
    if counter is None:
        return {}
    return {reason: counter.labels(reason)._value.get()
            for reason in ("timeout", "unreachable", "error", "circuit_open")
            if (reason != "circuit_open" or name != "dedupe_fallbacks" or reason in _labels(counter))}


def _labels(counter) -> set[str]:
    return {labels[0] for labels in counter._metrics}


def ask(running, slack: SlackWebStandIn, n: int, tag: str) -> float:
    channel = f"D0{tag}{n:05d}"
    event = direct_message("I forgot my password", user=f"U0{tag}{n:04d}", channel=channel)
    body = json.dumps(event_callback(event, f"Ev{tag}{n}")).encode()
    started = time.perf_counter()
    assert post(running.url, body, signed_headers(body))[0] == 200
    calls = slack.wait_for(lambda calls: any(c.params.get("channel") == channel for c in calls), timeout=60)
    reply = next(c for c in calls if c.params.get("channel") == channel)
    return reply.received_at - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dms", type=int, default=20)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="faqbot-redis-outage-"))
    slack = SlackWebStandIn().start()
    server = RedisProcess(work).start()
    settings = Settings(faq_dir=write_it_faq(work / "faq"), index_dir=work / "index",
                        slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                        slack_api_url=slack.api_url, feedback_log=work / "feedback.jsonl",
                        redis_url=SecretStr(server.url))
    service = FaqService(settings)
    service.load()
    app = create_app(settings, service)
    print(f"bot package: {Path(bot.__file__).parent.parent}; redis_timeout {settings.redis_timeout}s")
    try:
        with serving_http(app) as running:
            ask(running, slack, 0, "WARM")
            healthy = [ask(running, slack, n, "UP") for n in range(args.dms)]
            before = {name: counts(name) for name in ("dedupe_fallbacks", "rate_limit_fallbacks")}
            server.pause()
            try:
                hung = [ask(running, slack, n, "HUNG") for n in range(args.dms)]
            finally:
                server.resume()
        after = {name: counts(name) for name in before}
    finally:
        server.kill()
        slack.stop()
    for label, seconds in (("Redis answering", healthy), ("Redis stopped (SIGSTOP)", hung)):
        ordered = sorted(seconds)
        print(f"{label:24s} DM -> reply over {len(seconds)} DMs: median {1000 * statistics.median(seconds):6.0f} ms,"
              f" max {1000 * ordered[-1]:6.0f} ms, sum {sum(seconds):5.1f} s")
    for name in before:
        delta = {k: int(v - before[name].get(k, 0)) for k, v in after[name].items()}
        print(f"  during the outage, {name}: {delta or 'not counted by this version'}")


if __name__ == "__main__":
    main()

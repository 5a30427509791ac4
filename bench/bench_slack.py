"""Slack round trip vs the bare answer path, on the embedded default model.

For each question, in the same run and interleaved so both see the same machine load:

- **bare**: ``FaqService.answer(question)``;
- **slack**: a signed ``app_mention`` event POSTed over HTTP to the real Bolt app (the
  bot's own HTTP-mode server) until its ``chat.postMessage`` reaches the local
  recording Slack stand-in. This includes signature verification, Bolt dispatch, the
  ack, the lazy listener, Block Kit rendering and the Web API call.

    python bench/bench_slack.py [--faq-dir faq_sources] [--requests 300]

Questions are the FAQ's own alternate phrasings, cycled. Requests are sequential, so
the numbers are latency, not queueing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the Slack stand-in and payload builders

from bot.config import Settings  # noqa: E402
from bot.faq.reader import load_faq_folder  # noqa: E402
from bot.service import FaqService  # noqa: E402
from bot.slack.app import create_app  # noqa: E402
from slack_fixtures import serving_http  # noqa: E402
from slack_standin import (  # noqa: E402
    BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn, app_mention, event_callback, post, signed_headers,
)

WARM_UP = 20


def questions_of(faq_dir: Path) -> list[str]:
    entries = load_faq_folder(faq_dir).entries
    return [alt for e in entries for alt in e.alternates] or [e.question for e in entries]


def slack_round_trip(running, slack_api: SlackWebStandIn, question: str, user: str) -> float:
    # One user per question: the per-user rate limit (default 10/minute) stays in the path
    # without refusing the benchmark's own questions.
    mention = app_mention(question, user=user)
    body = json.dumps(event_callback(mention)).encode()
    headers = signed_headers(body)
    started = time.perf_counter()
    status, _ = post(running.url, body, headers)
    if status != 200:
        raise RuntimeError(f"the app answered HTTP {status}")
    calls = slack_api.wait_for(lambda calls: any(
        c.method == "chat.postMessage" and c.params.get("thread_ts") == mention["ts"] for c in calls))
    reply = next(c for c in calls if c.params.get("thread_ts") == mention["ts"])
    return reply.received_at - started


def bare_answer(service: FaqService, question: str) -> float:
    started = time.perf_counter()
    service.answer(question)
    return time.perf_counter() - started


def ms(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--faq-dir", type=Path, default=ROOT / "faq_sources")
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()

    questions = questions_of(args.faq_dir)
    slack_api = SlackWebStandIn().start()
    with tempfile.TemporaryDirectory() as work:
        settings = Settings(faq_dir=args.faq_dir, index_dir=Path(work) / "index",
                            slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                            slack_api_url=slack_api.api_url,
                            feedback_log=Path(work) / "feedback.jsonl")
        service = FaqService(settings)
        service.load()
        app = create_app(settings, service)
        bare, slack = [], []
        with serving_http(app) as running:
            for i in range(WARM_UP + args.requests):
                question = questions[i % len(questions)]
                b = bare_answer(service, question)
                s = slack_round_trip(running, slack_api, question, user=f"U{i:09d}")
                if i >= WARM_UP:
                    bare.append(b)
                    slack.append(s)
        app.listener_runner.listener_executor.shutdown(wait=True)
    slack_api.stop()

    print(f"{args.requests} questions ({len(questions)} phrasings from {args.faq_dir}), "
          f"embedded model, sequential\n")
    print(f"{'path':<44}{'p50 ms':>9}{'p99 ms':>9}")
    print(f"{'bare FaqService.answer()':<44}{ms(bare, 50):>9.1f}{ms(bare, 99):>9.1f}")
    print(f"{'signed event POST -> chat.postMessage':<44}{ms(slack, 50):>9.1f}{ms(slack, 99):>9.1f}")
    print(f"{'ratio (Slack / bare)':<44}{ms(slack, 50) / ms(bare, 50):>9.2f}"
          f"{ms(slack, 99) / ms(bare, 99):>9.2f}")


if __name__ == "__main__":
    main()

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

Then **isolation**: the same Slack round trip for ordinary questions, alternating between
rounds with nothing else going on (idle) and rounds where one maximum-length question
(``max_question_chars`` characters of Chinese, the costliest script per character) is
always in flight over the same server, a new one sent as soon as the last is answered
(busy). The ratio busy / idle of the ordinary questions' p50 is what a long question
costs everyone else. ``--no-long-lane`` embeds long questions in the ordinary queue, to
compare.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
import uuid
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
    BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn, app_mention, direct_message, event_callback, post,
    signed_headers,
)

WARM_UP = 20
LONG_TEXT = "我有一个很长的问题关于公司的各种制度和流程请耐心看完"


def questions_of(faq_dir: Path) -> list[str]:
    entries = load_faq_folder(faq_dir).entries
    return [alt for e in entries for alt in e.alternates] or [e.question for e in entries]


def slack_round_trip(running, slack_api: SlackWebStandIn, question: str,
                     user: str | None = None) -> float:
    # One user per question: the per-user rate limit (default 10/minute) stays in the path
    # without refusing the benchmark's own questions. One channel per question too: Slack's
    # per-channel pace (about one post a second, bot/slack/pacing.py) is not measured here.
    mention = app_mention(question, user=user or f"U{uuid.uuid4().hex[:9].upper()}",
                          channel=f"C{uuid.uuid4().hex[:10].upper()}")
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


class LongQuestions:
    """Keeps one maximum-length question in flight (a DM, each in a channel of its own) until stopped."""

    def __init__(self, running, slack_api: SlackWebStandIn, chars: int) -> None:
        self.running, self.slack_api = running, slack_api
        self.text = (LONG_TEXT * (chars // len(LONG_TEXT) + 1))[:chars]
        self.latencies: list[float] = []
        self._stop = threading.Event()
        self._in_flight = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "LongQuestions":
        self._thread.start()
        self._in_flight.wait()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            channel = f"D0L{uuid.uuid4().hex[:8].upper()}"  # tells its reply apart
            body = json.dumps(event_callback(direct_message(self.text, channel=channel))).encode()
            started = time.perf_counter()
            post(self.running.url, body, signed_headers(body))
            self._in_flight.set()
            self.slack_api.wait_for(lambda calls: any(
                c.params.get("channel") == channel for c in calls), timeout=600)
            self.latencies.append(time.perf_counter() - started)


def isolation(running, slack_api: SlackWebStandIn, questions: list[str], rounds: int,
              per_round: int, chars: int) -> tuple[list[float], list[float], list[float]]:
    """(idle, busy, long) latencies: ordinary questions alone and beside a long one."""
    idle, busy, long = [], [], []
    asked = 0
    for _ in range(rounds):
        for _ in range(per_round):
            idle.append(slack_round_trip(running, slack_api, questions[asked % len(questions)]))
            asked += 1
        with LongQuestions(running, slack_api, chars) as load:
            for _ in range(per_round):
                busy.append(slack_round_trip(running, slack_api, questions[asked % len(questions)]))
                asked += 1
        long.extend(load.latencies)
    return idle, busy, long


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
    parser.add_argument("--rounds", type=int, default=8, help="isolation: idle/busy round pairs")
    parser.add_argument("--per-round", type=int, default=25, help="isolation: questions per round")
    parser.add_argument("--no-long-lane", action="store_true",
                        help="embed long questions in the ordinary queue (for comparison)")
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
        if args.no_long_lane:
            service._long_lane = None
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
            idle, busy, long = isolation(running, slack_api, questions, args.rounds, args.per_round,
                                         settings.max_question_chars)
        app.listener_runner.listener_executor.shutdown(wait=True)
    slack_api.stop()

    print(f"{args.requests} questions ({len(questions)} phrasings from {args.faq_dir}), "
          f"embedded model, sequential\n")
    print(f"{'path':<44}{'p50 ms':>9}{'p99 ms':>9}")
    print(f"{'bare FaqService.answer()':<44}{ms(bare, 50):>9.1f}{ms(bare, 99):>9.1f}")
    print(f"{'signed event POST -> chat.postMessage':<44}{ms(slack, 50):>9.1f}{ms(slack, 99):>9.1f}")
    print(f"{'ratio (Slack / bare)':<44}{ms(slack, 50) / ms(bare, 50):>9.2f}"
          f"{ms(slack, 99) / ms(bare, 99):>9.2f}")

    lane = "one queue (--no-long-lane)" if args.no_long_lane else "long-question lane"
    print(f"\nisolation, {lane}: {args.rounds} x {args.per_round} ordinary questions idle, the "
          f"same beside one {settings.max_question_chars}-character question always in flight\n")
    print(f"{'path':<44}{'p50 ms':>9}{'p99 ms':>9}")
    print(f"{'ordinary question, idle':<44}{ms(idle, 50):>9.1f}{ms(idle, 99):>9.1f}")
    print(f"{'ordinary question, long one in flight':<44}{ms(busy, 50):>9.1f}{ms(busy, 99):>9.1f}")
    print(f"{'ratio (in flight / idle)':<44}{ms(busy, 50) / ms(idle, 50):>9.2f}"
          f"{ms(busy, 99) / ms(idle, 99):>9.2f}")
    print(f"{f'maximum-length question ({len(long)} answered)':<44}{ms(long, 50):>9.1f}"
          f"{ms(long, 99):>9.1f}")


if __name__ == "__main__":
    main()

"""Two ``faqbot serve`` replicas in HTTP mode sharing exactly-once claims in Redis.

Black box: each replica is a real ``python -m bot serve`` process on its own port,
driven only by signed Slack deliveries POSTed to ``/slack/events``; replies are what the
recording Slack stand-in received. The Redis is a redis-server of the module's own, so
one test can kill and restart it. The index is built once with ``faqbot index`` and
both replicas serve it.

A dropped delivery leaves a line naming its message in the replica's log ("already
answered: <ts> in <channel>"); waiting for those lines tells when every delivery has
been handled, instead of sleeping.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Optional
from urllib.error import URLError
from urllib.request import urlopen

import pytest

from bot.slack.blocks import ButtonValue
from production_support import free_port
from redis_process import RedisProcess
from slack_fixtures import QUESTIONS, write_it_faq
from slack_standin import (
    BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn, app_mention, buttons_of, channel_message_for,
    event_callback, post, signed_headers,
)

START_TIMEOUT = 180  # model and index load on a busy machine; not a latency assertion
WAIT = 90
DROPPED = "already answered"  # bot/slack/listeners/events.py logs this for each duplicate
PHRASINGS = list(QUESTIONS)


class Replica:
    """One ``python -m bot serve`` process, its log in a file."""

    def __init__(self, name: str, workdir: Path, env: dict[str, str]) -> None:
        self.name = name
        self.workdir = workdir
        self.env = env
        self.log_path = workdir / f"{name}.log"
        self.port = 0
        self.process: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> "Replica":
        self.port = free_port()
        env = {**self.env, "FAQBOT_PORT": str(self.port),
               "FAQBOT_FEEDBACK_LOG": str(self.workdir / f"{self.name}-feedback.jsonl")}
        with open(self.log_path, "a", encoding="utf-8") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "bot", "serve"], env=env,
                                            cwd=self.workdir, stdout=log, stderr=subprocess.STDOUT)
        return self

    def wait_ready(self) -> None:
        """Until a signed url_verification round trip over /slack/events succeeds."""
        body = json.dumps({"token": "t", "challenge": "ready", "type": "url_verification"}).encode()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if not self.alive:
                raise AssertionError(f"replica {self.name} exited:\n{self.log()[-3000:]}")
            try:
                if post(self.url, body, signed_headers(body))[0] == 200:
                    return
            except (URLError, ConnectionError):
                pass
            time.sleep(0.2)
        raise AssertionError(f"replica {self.name} not ready in {START_TIMEOUT}s:\n{self.log()[-3000:]}")

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(WAIT)

    def stop(self) -> None:
        if self.alive:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def metrics(self) -> str:
        with urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=WAIT) as response:
            return response.read().decode()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """The Slack stand-in, an own Redis, and two replicas on one prebuilt index."""
    root = tmp_path_factory.mktemp("replicas")
    faq_dir, index_dir = write_it_faq(root / "faq"), root / "index"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FAQBOT_", "SLACK_"))}
    env.update(FAQBOT_CONFIG=str(root / "none.toml"), FAQBOT_FAQ_DIR=str(faq_dir),
               FAQBOT_INDEX_DIR=str(index_dir), FAQBOT_EMBED_THREADS="1")
    subprocess.run([sys.executable, "-m", "bot", "index"], env=env, cwd=root, check=True,
                   capture_output=True, timeout=START_TIMEOUT)

    slack = SlackWebStandIn().start()
    redis_server = RedisProcess(root).start()
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
               FAQBOT_SLACK_API_URL=slack.api_url, FAQBOT_HOST="127.0.0.1",
               FAQBOT_REDIS_URL=redis_server.url,
               FAQBOT_REDIS_KEY_PREFIX=f"faqbot-test:{uuid.uuid4().hex[:12]}:",
               # generous on a shared 2-core machine: a timeout would mean a fallback
               FAQBOT_REDIS_TIMEOUT="2",
               # the open breaker's probe waits out a whole outage test's deliveries even on a
               # loaded machine (at 2 s a probe came mid-outage and failed once more)
               FAQBOT_REDIS_CIRCUIT_RESET_SECONDS="10",
               # 200 answers in one channel: not about Slack's per-channel pace here
               # (tests/test_slack_shutdown_pacing.py is)
               FAQBOT_SLACK_CHANNEL_POST_INTERVAL="0.001")
    replicas = [Replica(name, root, env).start() for name in ("a", "b")]
    try:
        for replica in replicas:
            replica.wait_ready()
        yield slack, redis_server, replicas
    finally:
        for replica in replicas:
            replica.stop()
        redis_server.kill()
        slack.stop()


@pytest.fixture
def replicas(cluster):
    """Both replicas running (a test before may have killed one)."""
    slack, redis_server, (a, b) = cluster
    for replica in (a, b):
        if not replica.alive:
            replica.start().wait_ready()
    return a, b


# -- helpers ----------------------------------------------------------------------
def deliver(replica: Replica, event: dict, event_id: str, retry: int = 0) -> Optional[int]:
    """POST one signed delivery; None if the replica is not there."""
    body = json.dumps(event_callback(event, event_id)).encode()
    headers = signed_headers(body)
    if retry:
        headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    try:
        return post(replica.url, body, headers)[0]
    except (URLError, ConnectionError):
        return None


def question(n: int, channel: str) -> dict:
    return app_mention(PHRASINGS[n % len(PHRASINGS)], user=f"U{n:09d}", channel=channel)


def replies_in(slack: SlackWebStandIn, channel: str) -> dict[str, list]:
    by_ts: dict[str, list] = {}
    for call in slack.calls_to("chat.postMessage"):
        if call.params.get("channel") == channel:
            by_ts.setdefault(call.params["thread_ts"], []).append(call)
    return by_ts


def dropped(replicas, channel: str) -> list[str]:
    """The ts of every delivery in ``channel`` a replica dropped as a duplicate."""
    pattern = re.compile(rf"{DROPPED}: (\S+) in {re.escape(channel)}\b")
    return [ts for r in replicas for ts in pattern.findall(r.log())]


def wait_until(condition, what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def wait_handled(slack, replicas, channel: str, answered: int, duplicates: int) -> dict[str, list]:
    """Until ``answered`` messages got a reply and ``duplicates`` deliveries were dropped."""
    try:
        wait_until(lambda: len(replies_in(slack, channel)) >= answered
                   and len(dropped(replicas, channel)) >= duplicates,
                   f"{answered} messages answered and {duplicates} duplicates dropped")
    except AssertionError as error:
        by_ts = replies_in(slack, channel)
        raise AssertionError(
            f"{error}; got {sum(map(len, by_ts.values()))} replies to {len(by_ts)} messages and "
            f"{len(dropped(replicas, channel))} dropped") from None
    return replies_in(slack, channel)


def answered_id(call) -> str:
    return ButtonValue.decode(buttons_of(call.blocks)[0]["value"]).faq_id


def channel() -> str:
    return f"C{uuid.uuid4().hex[:10].upper()}"


# -- tests ------------------------------------------------------------------------
def test_a_duplicate_and_retries_sent_to_the_other_replica_get_one_reply(cluster, replicas):
    slack, _, _ = cluster
    a, b = replicas
    where = channel()
    mention = question(0, where)
    message = channel_message_for(mention)
    statuses = [
        deliver(a, mention, "EvMENTION1"),
        deliver(b, message, "EvMESSAGE1"),
        deliver(b, mention, "EvMENTION1", retry=1),  # the retry reaches the other replica
        deliver(a, message, "EvMESSAGE1", retry=1),
    ]
    assert statuses == [200] * 4

    by_ts = wait_handled(slack, replicas, where, answered=1, duplicates=3)
    (reply,) = by_ts[mention["ts"]]
    assert answered_id(reply) == QUESTIONS[PHRASINGS[0]]

    # A retry arriving before its first delivery (which was lost) is answered.
    lost_first = question(1, where)
    assert deliver(b, lost_first, "EvLOST0001", retry=1) == 200
    assert deliver(a, lost_first, "EvLOST0001", retry=2) == 200
    by_ts = wait_handled(slack, replicas, where, answered=2, duplicates=4)
    assert [len(by_ts[m["ts"]]) for m in (mention, lost_first)] == [1, 1]


def test_200_concurrent_questions_over_both_replicas_get_one_reply_each(cluster, replicas):
    slack, _, _ = cluster
    a, b = replicas
    where = channel()
    asked = [question(n, where) for n in range(200)]
    deliveries = []
    for n, mention in enumerate(asked):
        first, second = (a, b) if n % 2 else (b, a)
        deliveries += [(first, mention, f"EvM{n:08d}"),
                       (second, channel_message_for(mention), f"EvN{n:08d}")]
    with ThreadPoolExecutor(32) as pool:
        statuses = list(pool.map(lambda d: deliver(*d), deliveries))
    assert statuses == [200] * 400

    by_ts = wait_handled(slack, replicas, where, answered=200, duplicates=200)
    assert sorted(by_ts) == sorted(m["ts"] for m in asked)
    for mention in asked:
        (reply,) = by_ts[mention["ts"]]
        assert answered_id(reply) == QUESTIONS[mention["text"].split("> ", 1)[1]]


def test_redis_restart_mid_run_no_crash_and_claims_resume(cluster, replicas):
    slack, redis_server, _ = cluster
    a, b = replicas
    where = channel()
    redis_server.kill()

    during = [question(n, where) for n in range(10)]
    for n, mention in enumerate(during):  # both deliveries to one replica: it remembers
        assert deliver(a, mention, f"EvD{n:08d}") == 200
        assert deliver(a, channel_message_for(mention), f"EvE{n:08d}") == 200
    by_ts = wait_handled(slack, replicas, where, answered=10, duplicates=10)
    assert all(len(by_ts[m["ts"]]) == 1 for m in during)

    redis_server.start()  # same port, no data
    # a's circuit breaker skips Redis until a probe (its write-back of the outage's claims,
    # every redis_circuit_reset_seconds) finds it back: then claims are shared again.
    wait_until(lambda: 'faqbot_circuit_breaker_state{service="redis"} 0.0' in a.metrics(),
               "a's Redis circuit to close")
    after = [question(n, where) for n in range(10, 30)]
    for n, mention in enumerate(after):  # duplicates across replicas are claimed again
        assert deliver(a, mention, f"EvF{n:08d}") == 200
        assert deliver(b, channel_message_for(mention), f"EvG{n:08d}", retry=n % 2) == 200
    by_ts = wait_handled(slack, replicas, where, answered=30, duplicates=30)
    assert all(len(by_ts[m["ts"]]) == 1 for m in during + after)
    assert a.alive and b.alive

    log = a.log()
    assert log.count("answering without shared claims") == 1
    (back,) = re.findall(r"Redis claims at \S+ work again after .*", log)  # the rate limit says its own
    assert "20 calls fell back" in back
    fell_back = {reason: float(re.search(rf'faqbot_dedupe_fallbacks_total\{{reason="{reason}"\}} (\S+)',
                                         a.metrics()).group(1)) for reason in ("unreachable", "circuit_open")}
    # Three failures (claims and rate limit together) opened the breaker and most calls then
    # skipped Redis. Not an exact count: claims already in flight on other answering threads when
    # it opened, and one probe per reset window on a slow machine, also find Redis unreachable.
    assert sum(fell_back.values()) == 20 and fell_back["circuit_open"] > fell_back["unreachable"]
    assert re.search(r"failed \d+ time\(s\) in a row: circuit open", log)


def test_a_replica_killed_mid_run_leaves_the_other_answering(cluster, replicas):
    slack, _, _ = cluster
    a, b = replicas
    where = channel()
    asked = [question(n, where) for n in range(60)]
    sent_after_kill = []
    with ThreadPoolExecutor(8) as pool:
        for n, mention in enumerate(asked):
            if n == 20:
                a.kill()
            if n >= 20:
                sent_after_kill.append(mention)
            pool.submit(deliver, a, mention, f"EvK{n:08d}")
            pool.submit(deliver, b, channel_message_for(mention), f"EvL{n:08d}")
            time.sleep(0.02)

    # b handles all 60 of its deliveries: a reply, or a drop because a claimed it first
    # (a killed between its claim and its reply leaves that message unanswered).
    def b_handled() -> bool:
        replied, skipped = replies_in(slack, where), set(dropped([b], where))
        return all(m["ts"] in replied or m["ts"] in skipped for m in asked)

    wait_until(b_handled, "b to handle every delivery")
    by_ts = replies_in(slack, where)
    assert all(len(replies) == 1 for replies in by_ts.values())
    assert all(m["ts"] in by_ts for m in sent_after_kill)
    assert b.alive

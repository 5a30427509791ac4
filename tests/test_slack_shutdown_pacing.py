"""Deploys and bursts with real ``faqbot serve`` processes (HTTP mode, Redis claims and
pacing), signed deliveries, and the recording Slack stand-in.

- SIGTERM right after 40 questions were acknowledged: all 40 answered, once each,
  and the process exits by itself (uvicorn's signal handling does not cut it short).
- A grace period too short for a burst: what is left is handed back (claims released),
  so the deliveries retried at another replica are answered: every question once.
- 30 mentions in one channel over 3 replicas, the stand-in limiting chat.postMessage to
  1/s per channel (burst 5) as Slack does: 30 answers, none refused by the limit.

Black box: the replicas are driven only over HTTP and SIGTERM; what Slack got is what the
stand-in recorded.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from redis_process import RedisProcess
from slack_fixtures import write_it_faq
from slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn
from test_replicas_http import (
    START_TIMEOUT, WAIT, Replica, deliver, question, replies_in, wait_until,
)


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """The stand-in, an own Redis, one prebuilt index, and an environment for replicas."""
    root = tmp_path_factory.mktemp("shutdown")
    faq_dir, index_dir = write_it_faq(root / "faq"), root / "index"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAQBOT_", "SLACK_"))}
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
               FAQBOT_REDIS_TIMEOUT="2", FAQBOT_USER_RATE_LIMIT="off")
    started: list[Replica] = []

    def replica(name: str, **overrides: str) -> Replica:
        started.append(Replica(name, root, {**env, **overrides}).start())
        return started[-1]

    try:
        yield slack, replica
    finally:
        for r in started:
            r.stop()
        redis_server.kill()
        slack.stop()


def channel() -> str:
    return f"C{uuid.uuid4().hex[:10].upper()}"


def sigterm_and_wait(replica: Replica) -> int:
    replica.process.send_signal(signal.SIGTERM)
    return replica.process.wait(WAIT)


def test_30_mentions_in_one_channel_over_3_replicas_are_paced_not_refused(setup):
    slack, replica = setup
    replicas = [replica(name) for name in ("p1", "p2", "p3")]
    for r in replicas:
        r.wait_ready()
    slack.limit_channel_posts(per_second=1, burst=5)  # Slack's documented special limit
    try:
        where = channel()
        asked = [question(n, where) for n in range(30)]
        with ThreadPoolExecutor(10) as pool:
            statuses = list(pool.map(lambda n: deliver(replicas[n % 3], asked[n], f"EvP{n:07d}"),
                                     range(30)))
        assert statuses == [200] * 30
        wait_until(lambda: len(replies_in(slack, where)) >= 30, "30 answers", timeout=WAIT + 60)
        by_ts = replies_in(slack, where)
        assert sorted(by_ts) == sorted(m["ts"] for m in asked)
        assert all(len(calls) == 1 for calls in by_ts.values())  # none refused, none twice
        assert slack.rate_limited_posts == 0
        assert not any("failed for good" in r.log() for r in replicas)
    finally:
        slack.unlimit_channel_posts()
        for r in replicas:
            r.stop()


def test_sigterm_after_40_acknowledged_questions_answers_all_40_once(setup):
    slack, replica = setup
    server = replica("drain")
    server.wait_ready()
    channels = [channel() for _ in range(40)]  # one each: no pacing in the way
    asked = [question(n, channels[n]) for n in range(40)]
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda n: deliver(server, asked[n], f"EvD{n:07d}"), range(40)))
    assert statuses == [200] * 40  # acknowledged: Slack will never send them again
    assert sigterm_and_wait(server) == 0
    for where, mention in zip(channels, asked):
        assert [len(c) for c in replies_in(slack, where).values()] == [1], mention["ts"]
    log = server.log()
    assert "0 handed back" in log and "Traceback" not in log


def test_what_a_short_grace_cannot_finish_is_handed_back_and_answered_elsewhere(setup):
    slack, replica = setup
    leaving = replica("leaving", FAQBOT_SHUTDOWN_GRACE_SECONDS="2")
    staying = replica("staying")
    leaving.wait_ready()
    staying.wait_ready()
    where = channel()  # one channel: paced at 1/s, so 12 answers need about 10 s
    asked = [question(n, where) for n in range(12)]
    for n, mention in enumerate(asked):
        assert deliver(leaving, mention, f"EvH{n:07d}") == 200
    wait_until(lambda: len(replies_in(slack, where)) >= 1, "the first answer")
    assert sigterm_and_wait(leaving) == 0
    answered_before = set(replies_in(slack, where))
    assert 0 < len(answered_before) < 12
    assert "handed back" in leaving.log() and " 0 handed back" not in leaving.log()

    # Slack's retries (or an operator's) reach the other replica: the handed-back questions
    # are answered there, the ones already answered are dropped.
    for n, mention in enumerate(asked):
        assert deliver(staying, mention, f"EvH{n:07d}", retry=1) == 200
    wait_until(lambda: len(replies_in(slack, where)) >= 12, "12 answers", timeout=WAIT + 30)
    by_ts = replies_in(slack, where)
    assert sorted(by_ts) == sorted(m["ts"] for m in asked)
    assert all(len(calls) == 1 for calls in by_ts.values())


def test_sigterm_in_socket_mode_answers_every_acknowledged_question(setup):
    from slack_standin import APP_TOKEN, SocketModeStandIn, event_callback

    slack, replica = setup
    endpoint = SocketModeStandIn().start()
    slack.ws_url = endpoint.url
    try:
        server = replica("socket", SLACK_APP_TOKEN=APP_TOKEN)
        endpoint.wait_connected()
        channels = [channel() for _ in range(20)]
        asked = [question(n, channels[n]) for n in range(20)]
        envelopes = [endpoint.send("events_api", event_callback(m)) for m in asked]
        for envelope in envelopes:
            endpoint.wait_for_ack(envelope)  # acknowledged: Slack will not send them again
        assert sigterm_and_wait(server) == 0
        for where, mention in zip(channels, asked):
            assert [len(c) for c in replies_in(slack, where).values()] == [1], mention["ts"]
        assert "0 handed back" in server.log()
    finally:
        endpoint.stop()

"""Question order in one channel across three ``faqbot serve`` replicas (bot/slack/ordering.py).

Black box, as tests/test_replicas_http.py: real ``python -m bot serve`` processes in HTTP
mode sharing a Redis of the module's own, signed ``app_mention`` deliveries, and what the
recording Slack stand-in received.

- A burst of 21 questions in one channel, sent in the order they were asked and spread
  round robin over the replicas, is answered in that order (before question order across
  replicas, whichever replica finished answering first posted first).
- A replica holding the earliest question dies (SIGKILL) while its post hangs: the others
  wait for it only until its lease lapses, then answer everything else in order; one lease
  counted as lapsed, no wait timed out.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from urllib.parse import urlparse

import pytest
import redis

from hanging_proxy import HangingProxy
from redis_process import RedisProcess
from slack_fixtures import write_it_faq
from slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn
from test_replicas_http import START_TIMEOUT, WAIT, Replica, deliver, question, replies_in, wait_until

LEASE_SECONDS = 3  # short, for the killed replica's question; renewed every second


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """The stand-in, an own Redis, one prebuilt index, and a way to start replicas."""
    root = tmp_path_factory.mktemp("order")
    faq_dir, index_dir = write_it_faq(root / "faq"), root / "index"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAQBOT_", "SLACK_"))}
    env.update(FAQBOT_CONFIG=str(root / "none.toml"), FAQBOT_FAQ_DIR=str(faq_dir),
               FAQBOT_INDEX_DIR=str(index_dir), FAQBOT_EMBED_THREADS="1")
    subprocess.run([sys.executable, "-m", "bot", "index"], env=env, cwd=root, check=True,
                   capture_output=True, timeout=START_TIMEOUT)
    slack = SlackWebStandIn().start()
    redis_server = RedisProcess(root).start()
    prefix = f"faqbot-test:{uuid.uuid4().hex[:12]}:"
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
               FAQBOT_SLACK_API_URL=slack.api_url, FAQBOT_HOST="127.0.0.1",
               FAQBOT_REDIS_URL=redis_server.url, FAQBOT_REDIS_KEY_PREFIX=prefix,
               FAQBOT_REDIS_TIMEOUT="2", FAQBOT_USER_RATE_LIMIT="off",
               # Slack's pace is not what is tested here: a fast one keeps the test short
               FAQBOT_SLACK_CHANNEL_POST_INTERVAL="0.05",
               FAQBOT_SLACK_CHANNEL_ORDER_LEASE_SECONDS=str(LEASE_SECONDS))
    started: list[Replica] = []

    def replica(name: str, **overrides: str) -> Replica:
        started.append(Replica(name, root, {**env, **overrides}).start())
        return started[-1]

    try:
        yield slack, redis_server, prefix, replica
    finally:
        for r in started:
            r.stop()
        redis_server.kill()
        slack.stop()


def channel() -> str:
    return f"C{uuid.uuid4().hex[:10].upper()}"


def posted_order(slack: SlackWebStandIn, where: str) -> list[str]:
    """The questions (their ts) in the order their replies reached Slack."""
    return [c.params["thread_ts"] for c in slack.calls_to("chat.postMessage")
            if c.params.get("channel") == where]


def metric(replica: Replica, name: str) -> float:
    found = re.search(rf"^{name} (\S+)$", replica.metrics(), re.M)
    return float(found.group(1)) if found else 0.0


def test_a_burst_in_one_channel_over_3_replicas_is_answered_in_question_order(setup):
    slack, _, _, replica = setup
    replicas = [replica(name) for name in ("o1", "o2", "o3")]
    for r in replicas:
        r.wait_ready()
    where = channel()
    asked = [question(n, where) for n in range(21)]
    for n, mention in enumerate(asked):  # as Slack delivers a burst: in order, back to back
        assert deliver(replicas[n % 3], mention, f"EvO{n:08d}") == 200

    wait_until(lambda: len(posted_order(slack, where)) >= len(asked), "21 replies")
    assert posted_order(slack, where) == [m["ts"] for m in asked]
    assert all(len(replies) == 1 for replies in replies_in(slack, where).values())
    assert sum(metric(r, "faqbot_slack_order_timeouts_total") for r in replicas) == 0


def test_a_replica_killed_holding_the_earliest_question_delays_the_rest_only_by_its_lease(setup):
    slack, redis_server, prefix, replica = setup
    upstream = urlparse(slack.api_url)
    proxy = HangingProxy((upstream.hostname, upstream.port)).start()
    try:
        doomed = replica("k0", FAQBOT_SLACK_API_URL=f"http://127.0.0.1:{proxy.port}{upstream.path}")
        others = [replica(name) for name in ("k1", "k2")]
        for r in (doomed, *others):
            r.wait_ready()
        where = channel()
        asked = [question(n, where) for n in range(21)]
        registered = redis.Redis.from_url(redis_server.url)
        order_key = f"{prefix}order:{where}"

        proxy.hang()  # the doomed replica's reply to the earliest question hangs on the wire
        assert deliver(doomed, asked[0], "EvK00000000") == 200
        wait_until(lambda: registered.zcard(order_key) == 1, "the earliest question registered")
        for n, mention in enumerate(asked[1:], 1):
            assert deliver(others[n % 2], mention, f"EvK{n:08d}") == 200
        wait_until(lambda: registered.zcard(order_key) == len(asked), "every question registered")
        # Answers are ready, and wait for the earliest question while its replica lives.
        wait_until(lambda: sum(metric(r, "faqbot_slack_outbox_posts") for r in others) == 20,
                   "20 replies queued")
        assert posted_order(slack, where) == []

        doomed.kill()
        wait_until(lambda: len(posted_order(slack, where)) >= 20, "20 replies after the kill")
        assert posted_order(slack, where) == [m["ts"] for m in asked[1:]]
        assert all(len(replies) == 1 for replies in replies_in(slack, where).values())
        assert sum(metric(r, "faqbot_slack_order_lapsed_total") for r in others) == 1
        assert sum(metric(r, "faqbot_slack_order_timeouts_total") for r in others) == 0
        wait_until(lambda: registered.zcard(order_key) == 0, "nothing left registered")
    finally:
        proxy.stop()

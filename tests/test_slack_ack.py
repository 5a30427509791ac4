"""Issue 20: in HTTP mode an Events API delivery is acknowledged before Bolt dispatches it,
and a graceful shutdown still finishes or hands back every delivery acknowledged that way;
a reply already on the wire when the grace period ends keeps its question's claim.

The real Bolt app behind the bot's own HTTP server, signed requests, the Slack stand-in.
Bolt's dispatch is held at a gate (a global middleware added by the test) the way a process
whose cores are busy answering holds it: the 200 must not wait for it. Old code: the POST
waits for Bolt's dispatch, so it does not return while the gate is shut.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager

from bot.slack.app import create_app
from bot.slack.lifecycle import lifecycle_of
from slack_fixtures import drain, serving_http
from slack_standin import WAIT_SECONDS, app_mention, event_callback, post, signed_headers


class Gate:
    """A Bolt global middleware holding every dispatch until opened."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.held = threading.Semaphore(0)  # one release per dispatch waiting at the gate

    def __call__(self, next) -> None:  # noqa: A002 (Bolt's argument name)
        self.held.release()
        self.opened.wait(2 * WAIT_SECONDS)  # past the client's timeout: an ack waiting for it fails
        next()

    def wait_held(self, count: int = 1) -> None:
        for _ in range(count):
            assert self.held.acquire(timeout=WAIT_SECONDS), "no dispatch reached the gate"


@contextmanager
def gated_app(settings, service, wait_for_work: bool = True, **overrides):
    """The app with its gate; on leaving, the gate opens and (``wait_for_work``) every
    listener started is waited for (not after a hand-back: that process would exit)."""
    overrides = {"slack_working_reaction_after": None, "user_rate_limit": "off", **overrides}
    app = create_app(settings.model_copy(update=overrides), service)
    gate = Gate()
    app.use(gate)
    with serving_http(app) as running:
        try:
            yield running, gate
        finally:
            gate.opened.set()
            if wait_for_work:
                drain(app)


def send(running, event: dict) -> int:
    body = json.dumps(event_callback(event)).encode()
    return post(running.url, body, signed_headers(body))[0]


def test_an_event_is_acknowledged_before_bolt_dispatches_it(slack_api, slack_settings, faq_service):
    with gated_app(slack_settings, faq_service) as (running, gate):
        assert send(running, app_mention("I forgot my password", channel="C0GATED001")) == 200
        gate.wait_held()  # Bolt has it now, after the 200
        assert not slack_api.posts_in("C0GATED001")
        gate.opened.set()
        slack_api.wait_for(lambda calls: slack_api.posts_in("C0GATED001"))
    assert len(slack_api.posts_in("C0GATED001")) == 1


def test_a_shutdown_finishes_deliveries_acknowledged_before_dispatch(slack_api, slack_settings, faq_service):
    channels = [f"C0DRAIN{n:03d}" for n in range(3)]
    with gated_app(slack_settings, faq_service) as (running, gate):
        lifecycle = lifecycle_of(running.app)
        for channel in channels:
            assert send(running, app_mention("what is the wifi password", channel=channel)) == 200
        gate.wait_held()  # one in Bolt's dispatch, two waiting for it
        assert lifecycle.in_flight == 3
        result: list[tuple[int, int]] = []
        drainer = threading.Thread(target=lambda: result.append(lifecycle.drain()))
        drainer.start()
        try:
            # Draining: a new delivery is refused (Slack retries it at another replica)…
            assert send(running, app_mention("I forgot my password", channel="C0DRAINNEW")) == 503
            # …and the three acknowledged ones are still dispatched and answered.
            gate.opened.set()
            drainer.join(WAIT_SECONDS)
            assert result == [(3, 0)]
        finally:
            from bot.metrics import METRICS

            METRICS.set_draining(False)
    assert [len(slack_api.posts_in(c)) for c in channels] == [1, 1, 1]
    assert not slack_api.posts_in("C0DRAINNEW")


def test_a_shutdown_hands_back_deliveries_not_dispatched_in_time(slack_api, slack_settings, faq_service):
    with gated_app(slack_settings, faq_service, wait_for_work=False,
                   shutdown_grace_seconds=0.5) as (running, gate):
        lifecycle = lifecycle_of(running.app)
        for n in range(2):
            assert send(running, app_mention("I forgot my password", channel=f"C0LATE{n:04d}")) == 200
        gate.wait_held()
        try:
            # Nothing claimed yet: handed back as they are, for Slack's retry or another replica.
            assert lifecycle.drain() == (0, 2)
        finally:
            from bot.metrics import METRICS

            METRICS.set_draining(False)


def test_a_reply_on_the_wire_at_the_deadline_keeps_its_claim(slack_api, slack_settings, faq_service):
    """chat.postMessage received by Slack, its answer slow to come back, and the grace period
    ends: the post lands, so the question stays claimed and a retry at another replica is
    not answered again (old: the claim was released at the deadline: two posts)."""
    import time

    from bot.metrics import METRICS
    from bot.slack.dedupe import MemoryDeduplicator

    claims = MemoryDeduplicator()  # shared by the two replicas, as Redis is
    settings = slack_settings.model_copy(update={
        "slack_working_reaction_after": None, "shutdown_grace_seconds": 0.5, "slack_timeout": 30.0})
    question = app_mention("I forgot my password", channel="C0WIRE0001")
    slack_api.hold_channel("C0WIRE0001")
    first = create_app(settings, faq_service, dedupe=claims)
    lifecycle = lifecycle_of(first)

    def release_after_the_deadline() -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        while not lifecycle.outbox.stopped and time.monotonic() < deadline:
            time.sleep(0.01)
        slack_api.release_channel("C0WIRE0001")

    try:
        with serving_http(first) as running:
            assert send(running, question) == 200
            slack_api.wait_for(lambda calls: slack_api.posts_in("C0WIRE0001"))  # on the wire
            releaser = threading.Thread(target=release_after_the_deadline)
            releaser.start()
            assert lifecycle.drain() == (1, 0)
            releaser.join()
    finally:
        slack_api.release_channel("C0WIRE0001")
        METRICS.set_draining(False)
    second = create_app(settings, faq_service, dedupe=claims)
    with serving_http(second) as running:
        assert send(running, question) == 200  # Slack's retry, at another replica
        drain(second)
    assert len(slack_api.posts_in("C0WIRE0001")) == 1

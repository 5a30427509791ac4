"""Graceful shutdown: every acknowledged question answered, or handed back, never lost.

A deploy or a scale-in sends SIGTERM (Ctrl+C, SIGINT). Slack already has its 200 for
every question this process acknowledged and will not send them again, so on the
signal the process:

1. stops taking deliveries: ``/readyz`` answers 503 (so a load balancer or readiness
   probe stops sending), and new Slack deliveries get 503 (Slack retries them later,
   reaching another replica); in Socket Mode the connection is closed, so Slack sends
   to the other connections;
2. finishes every question already acknowledged and posts its answer (deliveries the HTTP
   front acknowledged and not yet dispatched to Bolt, the listener executor's work and the
   outbox's posts: bot/slack/work.py), for at most ``shutdown_grace_seconds``;
3. past that deadline, hands back what is left: posts not yet made are dropped, work
   not yet started is cancelled, a post already on the wire gets up to ``slack_timeout``
   more to settle (it lands, or is known not to have: a question whose reply landed keeps
   its claim, so a retry elsewhere cannot post it twice), and the exactly-once claims of
   the other unfinished questions are released, so Slack's retry or one sent to another
   replica is answered;
4. logs one line (finished, handed back, seconds) and exits.

uvicorn's own SIGTERM handling (stop at once, then re-raise the signal, which kills
the process) is turned off for the bot's server (bot/asgi.py): this module owns the
signals, and stops the server once the drain is over.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Iterable, Optional

from slack_bolt import App, BoltRequest, BoltResponse

from bot.metrics import METRICS, Metrics
from bot.slack.ordering import ChannelOrder, question_of
from bot.slack.outbox import Outbox
from bot.slack.work import (
    Work, acknowledged, dispatching_acknowledged, running, stamp_delivery, take_delivery_stamp,
)

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Lifecycle:
    """The state of one bot process's Slack work: what is in flight, and draining."""

    def __init__(self, outbox: Outbox, grace_seconds: float = 25.0, metrics: Metrics = METRICS,
                 settle_seconds: float = 10.0) -> None:
        self.outbox = outbox
        self.order = outbox.order  # question order per channel across replicas
        self._registering = threading.local()  # the question of the delivery being dispatched
        self.grace_seconds = grace_seconds
        self.settle_seconds = settle_seconds  # for posts on the wire at the deadline
        self.metrics = metrics
        self.draining = False
        self._changed = threading.Condition()
        self._works: dict[Work, Optional[Future]] = {}
        self._finished_while_draining = 0
        self._deduplicator: Any = None
        self._drainer: Optional[threading.Thread] = None
        self._before_drain: list[Callable[[], None]] = []
        self._after_drain: list[Callable[[], None]] = []
        self._dispatcher: Optional[ThreadPoolExecutor] = None
        self._on_stop: list[Callable[[], None]] = []

    @classmethod
    def from_settings(cls, settings: Any, switch: Any = None,
                      order: Optional[ChannelOrder] = None) -> "Lifecycle":
        """With ``switch`` (bot/slack/workspace.py), the outbox sends nothing once it trips;
        with ``order`` (bot/slack/ordering.py), replies keep question order across replicas."""
        from bot.slack.outbox import outbox_for

        return cls(outbox_for(settings, switch, order), settings.shutdown_grace_seconds,
                   settle_seconds=settings.slack_timeout)

    # -- wiring into the Bolt app ---------------------------------------------------------
    def executor(self, threads: int) -> "TrackingExecutor":
        return TrackingExecutor(self, threads)

    def tracked(self, deduplicator: Any) -> "TrackedClaims":
        """``deduplicator``, recording each claim in the work that took it."""
        self._deduplicator = TrackedClaims(deduplicator)
        return self._deduplicator

    def middleware(self, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        """Bolt global middleware: while draining, refuse deliveries (503, Slack retries);
        otherwise note when this delivery was dispatched."""
        if self.draining and acknowledged() is None:
            return BoltResponse(status=503, body="shutting down")
        stamp_delivery()
        # Registered when a listener takes it (open_work, on this thread, after the middleware).
        self._registering.question = question_of(req.body)
        return next()

    # -- deliveries acknowledged before dispatch (HTTP mode) ------------------------------
    def acknowledge(self, dispatch: Callable[[], BoltResponse]) -> bool:
        """Take a delivery the HTTP front acknowledges itself, before Bolt dispatches it
        (bot/slack/http_server.py): ``dispatch`` runs later on the dispatch thread, and
        until it has (and the work it starts is tracked) the delivery is work in flight, so
        a shutdown finishes it or hands it back like any other. False while draining: the
        caller answers 503 instead of acknowledging."""
        with self._changed:
            if self.draining:
                return False
            work = Work(outbox=self.outbox, on_finished=self._finished)
            self._works[work] = None
            if self._dispatcher is None:
                # One thread: deliveries reach the listener executor in the order they were
                # acknowledged. Dispatch only verifies routing and queues the lazy listener.
                self._dispatcher = ThreadPoolExecutor(1, thread_name_prefix="faqbot-dispatch")
            dispatcher = self._dispatcher

        def run() -> None:
            dispatching_acknowledged(work)
            try:
                response = dispatch()
                if response.status >= 300:
                    log.warning("an acknowledged delivery was refused by the app after its ack: "
                                "HTTP %d", response.status)
            except Exception:
                log.exception("dispatching an acknowledged delivery failed")
            finally:
                dispatching_acknowledged(None)
                work.returned()

        future = dispatcher.submit(run)
        future.add_done_callback(lambda f: work.returned() if f.cancelled() else None)
        self.submitted(work, future)
        return True

    def join_dispatch(self) -> None:
        """Wait until every delivery acknowledged so far has been dispatched (its lazy
        listener queued on the listener executor)."""
        with self._changed:
            dispatcher, self._dispatcher = self._dispatcher, None
        if dispatcher is not None:
            dispatcher.shutdown(wait=True)

    # -- work in flight -------------------------------------------------------------------
    def open_work(self) -> Work:
        work = Work(delivered_at=take_delivery_stamp(), outbox=self.outbox,
                    on_finished=self._finished)
        # The first work a delivery starts answers its question (one lazy listener per event).
        # Registered now, before the work waits for a listener thread: a question queued here
        # already holds its place, so another replica's answer to a later one waits for it.
        question = getattr(self._registering, "question", None)
        self._registering.question = None
        if question is not None:
            work.order_ticket = self.order.register(*question)
        with self._changed:
            self._works[work] = None
            hold = acknowledged()
            if hold is not None:  # this work answers the delivery being dispatched
                hold.handed_on = True
        return work

    def submitted(self, work: Work, future: Future) -> None:
        with self._changed:
            if work in self._works:
                self._works[work] = future

    def _finished(self, work: Work) -> None:
        if work.order_ticket is not None:  # answered (or failed for good): later ones may go
            self.order.release(work.order_ticket)
        with self._changed:
            self._works.pop(work, None)
            if self.draining and not work.handed_on:
                self._finished_while_draining += 1
            self._changed.notify_all()

    @property
    def in_flight(self) -> int:
        """Acknowledged questions not finished (a delivery handed on to its work counts once)."""
        with self._changed:
            return sum(1 for work in self._works if not work.handed_on)

    # -- shutdown -------------------------------------------------------------------------
    def drain(self) -> tuple[int, int]:
        """Stop taking deliveries, finish what is in flight within the grace period, hand
        back the rest; (finished, handed back)."""
        started = time.monotonic()
        with self._changed:
            self.draining = True
            self._finished_while_draining = 0
        self.metrics.set_draining(True)
        log.info("shutting down: finishing %d acknowledged questions (at most %.0f s); new "
                 "deliveries get 503", self.in_flight, self.grace_seconds)
        with self._changed:
            self._changed.wait_for(lambda: not self._works, self.grace_seconds)
            left = list(self._works.items())
            finished = self._finished_while_draining
        if left:
            left, settled = self._settle(left)
            finished += settled
            self._hand_back(left)
        handed_back = sum(1 for work, _ in left if not work.handed_on)
        self.metrics.drained.labels("finished").inc(finished)
        self.metrics.drained.labels("handed_back").inc(handed_back)
        log.info("shut down after %.1f s: %d questions finished, %d handed back (claims released "
                 "for Slack's retry or another replica)", time.monotonic() - started, finished, handed_back)
        return finished, handed_back

    def _settle(self, left: list[tuple[Work, Optional[Future]]]
                ) -> tuple[list[tuple[Work, Optional[Future]]], int]:
        """The deadline passed: send nothing more, let posts on the wire land or fail, and
        keep (as finished) the questions a reply of which reached Slack; (the rest, how
        many were kept)."""
        self.outbox.stop()
        if not self.outbox.settle(self.settle_seconds):
            log.warning("posts still under way %.0f s after the grace period: their questions "
                        "are handed back", self.settle_seconds)
        # A reply out means Slack has the answer: releasing the claim could only duplicate it.
        kept = [work for work, _ in left if work.landed]
        rest = [(work, future) for work, future in left if not work.landed]
        return rest, len(kept)

    def _hand_back(self, left: list[tuple[Work, Optional[Future]]]) -> None:
        for work, future in left:
            if future is not None:
                future.cancel()  # not started: nothing claimed yet
            if work.order_ticket is not None:  # later replies elsewhere need not wait for it
                self.order.release(work.order_ticket)
        claims = [key for work, _ in left for key in work.claims if not key.startswith("work:")]
        if claims and self._deduplicator is not None:
            self._deduplicator.release(claims)

    # -- signals --------------------------------------------------------------------------
    def on_signal(self, signum: int, frame: Any = None) -> None:
        """SIGTERM/SIGINT: drain in a thread (a signal handler must not block)."""
        if self._drainer is not None:
            log.info("already shutting down (signal %d): still finishing acknowledged questions",
                     signum)
            return
        self._drainer = threading.Thread(target=self._drain_then_stop, name="faqbot-drain")
        self._drainer.start()

    def on_stop(self, step: Callable[[], None]) -> None:
        """Run ``step`` once when the process starts draining (a signal) or the listener
        executor is shut down: background work of the app's own (reminders) stops there."""
        self._on_stop.append(step)

    def stop_background(self) -> None:
        steps, self._on_stop = self._on_stop, []
        for step in steps:
            _quietly(step)

    def install_signal_handlers(self) -> None:
        for signum in SIGNALS:
            signal.signal(signum, self.on_signal)

    def _drain_then_stop(self) -> None:
        self.stop_background()
        for step in self._before_drain:
            _quietly(step)
        _, handed_back = self.drain()
        for step in self._after_drain:
            _quietly(step)
        if handed_back:
            # Threads still answering or posting must not post what was handed back.
            logging.shutdown()
            os._exit(0)

    def serve_http(self, server: Any) -> None:
        """Run ``server`` (bot/asgi.py AsgiServer) until a signal, then drain and stop it."""
        self._after_drain.append(lambda: server.request_exit())
        self.install_signal_handlers()
        server.serve_forever(handle_signals=False)
        if self._drainer is not None:
            self._drainer.join()

    def serve_socket_mode(self, handler: Any) -> None:
        """Connect ``handler`` (Bolt's SocketModeHandler); on a signal, disconnect first (Slack
        sends to the app's other connections), then drain."""
        done = threading.Event()
        self._before_drain.append(handler.close)
        self._after_drain.append(done.set)
        self.install_signal_handlers()
        handler.connect()
        while not done.wait(1.0):  # wakes for signals on every platform
            pass
        if self._drainer is not None:
            self._drainer.join()


def _quietly(step: Callable[[], None]) -> None:
    try:
        step()
    except Exception:
        log.warning("shutdown step failed", exc_info=True)


class TrackingExecutor(ThreadPoolExecutor):
    """The listener executor: each task (a lazy listener, after its ack) is a Work."""

    def __init__(self, lifecycle: Lifecycle, threads: int) -> None:
        super().__init__(threads, thread_name_prefix="faqbot-slack")
        self.lifecycle = lifecycle

    def submit(self, fn, /, *args, **kwargs) -> Future:
        work = self.lifecycle.open_work()
        metrics = self.lifecycle.metrics

        def run():
            work.started_at = time.monotonic()
            metrics.observe_queue(work.started_at - work.delivered_at)
            running(work)
            try:
                return fn(*args, **kwargs)
            finally:
                running(None)
                work.returned()

        try:
            future = super().submit(run)
        except RuntimeError:  # shut down already: nothing will run
            work.returned()
            raise
        future.add_done_callback(lambda f: work.returned() if f.cancelled() else None)
        self.lifecycle.submitted(work, future)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if wait:  # deliveries acknowledged but not dispatched yet bring work here
            self.lifecycle.join_dispatch()
        self.lifecycle.stop_background()
        super().shutdown(wait, cancel_futures=cancel_futures)
        if wait:  # the listeners' replies are part of their work
            self.lifecycle.outbox.join()


class TrackedClaims:
    """A deduplicator (bot/slack/dedupe.py) whose claims are recorded in the running work,
    so a shutdown can release the claims of questions it could not finish."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def claim(self, keys: Iterable[str]) -> bool:
        from bot.slack.work import current

        keys = [k for k in keys if k]
        first = self.inner.claim(keys)
        work = current()
        if first and work is not None:
            work.claims.extend(keys)
        return first

    def release(self, keys: list[str]) -> None:
        release = getattr(self.inner, "release", None)
        if release is not None:
            release(keys)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def lifecycle_of(app: App) -> Lifecycle:
    """The Lifecycle whose executor runs ``app``'s listeners (bot/slack/app.py)."""
    return app.listener_runner.listener_executor.lifecycle

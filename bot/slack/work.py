"""One acknowledged Slack request, from its ack to its last post.

Bolt acks a delivery (or, for Events API deliveries in HTTP mode, the HTTP front acked it
before Bolt saw it: a Work held until Bolt has dispatched it), then runs the listener's
work (a lazy listener) on the listener executor (bot/slack/lifecycle.py). That work is a :class:`Work`: when it was delivered
and started, the exactly-once claims it took (bot/slack/dedupe.py), and the posts it
handed to the outbox (bot/slack/outbox.py) that are not out yet. It is finished when the
listener returned and its last post is out; a graceful shutdown waits for exactly that,
and hands back (releases the claims of) what it could not finish.

The work running in a thread is found with :func:`current`: the deduplicator records its
claims there, and ``post_message`` queues its posts through it, with the claim as the
post's identity (bot/slack/delivery.py).
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

_local = threading.local()


@dataclass(eq=False)
class Work:
    delivered_at: float = field(default_factory=time.monotonic)  # Bolt dispatch (monotonic)
    started_at: Optional[float] = None
    claims: list[str] = field(default_factory=list)
    outbox: Any = None  # bot.slack.outbox.Outbox; Any to keep this module import-free
    on_finished: Optional[Callable[["Work"], None]] = None
    # A delivery acknowledged before dispatch whose dispatch started the work that answers
    # it: that work is the question from then on (counted once, not twice).
    handed_on: bool = False
    # Posts that reached Slack / that did not (failed for good, or cancelled by a shutdown).
    landed: int = 0
    unsent: int = 0
    # The question's place in its channel's order across replicas (bot/slack/ordering.py
    # Ticket), released when the work is finished or handed back.
    order_ticket: Any = None
    _posts: int = 0
    _open_posts: int = 0
    _returned: bool = False
    _when_posted: list[Callable[[], None]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def identity(self) -> str:
        """What names the question across replicas and Slack's retries: its message
        claim (``message:<channel>:<ts>``), else any claim, else this work alone."""
        with self._lock:
            for key in self.claims:
                if key.startswith("message:"):
                    return key
            if self.claims:
                return self.claims[0]
            self.claims.append(f"work:{uuid.uuid4().hex}")  # no claim: a button, a command
            return self.claims[0]

    @property
    def question_ts(self) -> Optional[float]:
        """The question's Slack ts, when a claim names it: the order answers go out in."""
        for key in self.claims:
            if key.startswith("message:"):
                try:
                    return float(key.rsplit(":", 1)[1])
                except ValueError:
                    return None
        return None

    def next_post_id(self) -> str:
        """The identity of this work's next post, the same on any replica that answers."""
        identity = self.identity
        with self._lock:
            self._posts += 1
            return f"{identity}#{self._posts}"

    def post_opened(self) -> None:
        with self._lock:
            self._open_posts += 1

    def post_closed(self) -> None:
        with self._lock:
            self._open_posts -= 1
            callbacks = self._when_posted if self._open_posts == 0 else []
            if callbacks:
                self._when_posted = []
        for callback in callbacks:
            callback()
        self._finish_if_done()

    def when_posted(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the posts queued so far are out (now if none is)."""
        with self._lock:
            waiting = self._open_posts > 0
            if waiting:
                self._when_posted.append(callback)
        if not waiting:
            callback()

    def returned(self) -> None:
        with self._lock:
            self._returned = True
        self._finish_if_done()

    def _finish_if_done(self) -> None:
        with self._lock:
            done = self._returned and self._open_posts == 0
        if done and self.on_finished is not None:
            callback, self.on_finished = self.on_finished, None
            callback(self)


def current() -> Optional[Work]:
    return getattr(_local, "work", None)


def running(work: Optional[Work]) -> None:
    """Make ``work`` the one of this thread (None: no work)."""
    _local.work = work


def stamp_delivery() -> None:
    """Bolt dispatch saw a delivery in this thread: the work it starts was delivered now,
    or, for a delivery the HTTP front acknowledged before dispatching it, when it was
    acknowledged (so its wait for dispatch counts as queueing)."""
    hold = acknowledged()
    _local.delivered_at = hold.delivered_at if hold is not None else time.monotonic()


def acknowledged() -> Optional[Work]:
    """The delivery this thread dispatches, acknowledged before dispatch (None: a delivery
    Bolt itself acknowledges)."""
    return getattr(_local, "acknowledged", None)


def dispatching_acknowledged(hold: Optional[Work]) -> None:
    """This thread now dispatches the acknowledged delivery ``hold`` (None: done)."""
    _local.acknowledged = hold


def take_delivery_stamp() -> float:
    stamped = getattr(_local, "delivered_at", None)
    return stamped if stamped is not None else time.monotonic()

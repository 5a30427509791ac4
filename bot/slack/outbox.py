"""The outbox: replies leave here, one channel at a time, paced, in question order.

Answering (embedding, search) runs on the listener executor's fixed threads; posting does
not: the listener queues its reply here and returns. Each channel with replies waiting
has one sender thread of its own, so a channel whose posts are slow or hung (Slack
timing out, a 30 s Retry-After) holds up only itself, never answering or other channels.
The sender waits for the channel's slot (bot/slack/pacing.py, shared by replicas through
Redis) and posts exactly once (bot/slack/delivery.py ``send_message``). Replies waiting
in one channel go out in the order of their questions' ts; across replicas, a reply first
waits until the earlier questions in its channel are answered (bot/slack/ordering.py),
giving way when an earlier reply of this process is queued meanwhile. A sender exits when
its channel has nothing left, so threads follow the channels active right now.

Private replies (a ``response_url`` for /faq and buttons, ``chat.postEphemeral``) leave
here too (:meth:`Outbox.aside`), on a lane per user and channel: in order for that user,
not paced (Slack's per-channel pace is chat.postMessage's), and a hung response_url holds
up only that user's private replies there, never an answering thread.

Once the posting switch trips (the app uninstalled, its token revoked:
bot/slack/workspace.py), nothing queued is sent, including the replies of questions
still being answered when the uninstall arrived.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from slack_sdk import WebClient

from bot.metrics import METRICS, Metrics
from bot.slack.blocks import Message
from bot.slack.delivery import SendPolicy, send_message
from bot.slack.ordering import ChannelOrder
from bot.slack.pacing import MemoryPacer, Pacer
from bot.slack.work import Work
from bot.slack.workspace import PostingSwitch

log = logging.getLogger(__name__)


@dataclass(order=True)
class _Post:
    order: tuple[float, int]
    work: Work = field(compare=False)
    client: WebClient = field(compare=False)
    message: Message = field(compare=False)
    channel: str = field(compare=False)
    thread_ts: Optional[str] = field(compare=False)
    user: Optional[str] = field(compare=False)
    post_id: str = field(compare=False)
    waiting_since: Optional[float] = field(default=None, compare=False)  # for its turn


@dataclass(order=True)
class _Aside:
    order: tuple[float, int]
    work: Work = field(compare=False)
    send: Callable[[], Any] = field(compare=False)
    lane: str = field(compare=False)


class Outbox:
    def __init__(self, pacer: Optional[Pacer] = None, policy: SendPolicy = SendPolicy(),
                 metrics: Metrics = METRICS, switch: Optional[PostingSwitch] = None,
                 order: Optional[ChannelOrder] = None) -> None:
        self.pacer = pacer or MemoryPacer()
        self.order = order or ChannelOrder()
        self.policy = policy
        self.metrics = metrics
        self.switch = switch or PostingSwitch()
        self._changed = threading.Condition()
        # channel (or "private:" lane) → heap; present while its sender runs
        self._queues: dict[str, list[Any]] = {}
        self._pending = 0
        self._sending = 0  # posts with an attempt under way (on the wire)
        self._seq = itertools.count()
        self._stopped = False

    def post(self, work: Work, client: WebClient, message: Message, *, channel: str,
             thread_ts: Optional[str] = None, user: Optional[str] = None) -> None:
        """Queue ``message`` for ``channel``; it counts as ``work``'s until it is out."""
        work.post_opened()
        item = _Post((work.question_ts or time.time(), next(self._seq)), work, client, message,
                     channel, thread_ts, user, work.next_post_id())
        self._queue(channel, item)

    def aside(self, work: Work, send: Callable[[], Any], *, lane: str) -> None:
        """Queue ``send`` (a private reply, which does its own retrying and logging) on
        ``lane``; run after the lane's earlier ones, it counts as ``work``'s until done."""
        work.post_opened()
        self._queue(f"private:{lane}", _Aside((time.time(), next(self._seq)), work, send, lane))

    def _queue(self, key: str, item: Any) -> None:
        with self._changed:
            queue = self._queues.get(key)
            start = queue is None
            if start:
                queue = self._queues[key] = []
            heapq.heappush(queue, item)
            self._pending += 1
            self.metrics.outbox_posts.inc()
        if start:
            threading.Thread(target=self._send_all, args=(key,), daemon=True,
                             name=f"faqbot-post-{key}").start()

    def _send_all(self, key: str) -> None:
        while True:
            with self._changed:
                queue = self._queues[key]
                if not queue or self._stopped:
                    if not queue:
                        del self._queues[key]
                    return
                item = queue[0]
            if isinstance(item, _Post) and not self._turn_of(item, queue):
                continue  # an earlier reply of this process was queued: it goes first
            with self._changed:
                if queue[0] is not item:
                    continue  # one was queued just now
                heapq.heappop(queue)
            try:
                if isinstance(item, _Aside):
                    self._send_aside(item)
                else:
                    self._send(item)
            finally:
                with self._changed:
                    self._pending -= 1
                    self.metrics.outbox_posts.dec()
                    self._changed.notify_all()
                item.work.post_closed()

    def _turn_of(self, item: _Post, queue: list[Any]) -> bool:
        """Wait until the earlier questions in the channel, on any replica, are answered;
        False if an earlier reply of this process is queued meanwhile (the head of
        ``queue`` is no longer ``item``)."""
        ticket = getattr(item.work, "order_ticket", None)
        if ticket is None or ticket.channel != item.channel:
            return True  # not a question registered in this channel: nothing to wait for
        if item.waiting_since is None:
            item.waiting_since = time.monotonic()

        def give_way() -> bool:
            with self._changed:
                return queue[0] is not item

        return self.order.wait_turn(ticket, item.waiting_since, give_way=give_way,
                                    stop=self._cancelled)

    def _send(self, item: _Post) -> None:
        def posted() -> None:
            self.metrics.observe_delivered(time.monotonic() - item.work.delivered_at)

        ts = None
        with self._changed:
            self._sending += 1
        try:
            ts = send_message(item.client, item.message, channel=item.channel, thread_ts=item.thread_ts,
                              user=item.user, post_id=item.post_id, policy=self.policy,
                              pacer=self.pacer, on_posted=posted, cancelled=self._cancelled)
        except Exception:  # a bug must not kill the channel's sender with replies queued
            log.exception("posting a reply failed unexpectedly: channel=%s", item.channel)
        finally:
            if ts:
                item.work.landed += 1
            else:
                item.work.unsent += 1
            with self._changed:
                self._sending -= 1
                self._changed.notify_all()

    def _cancelled(self) -> bool:
        """Send nothing more: a shutdown handed the rest back, or posting stopped."""
        if self.switch.stopped:
            log.debug("dropped a queued reply: posting stopped")
            return True
        return self._stopped

    def _send_aside(self, item: _Aside) -> None:
        if self._cancelled():
            return
        try:
            item.send()
        except Exception:  # a bug must not kill the lane's sender with replies queued
            log.exception("a private reply failed unexpectedly: lane=%s", item.lane)

    def join(self, timeout: Optional[float] = None) -> bool:
        """Wait until every queued post is out (or failed for good); False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: self._pending == 0, timeout)

    def stop(self) -> None:
        """Send nothing more (a shutdown handing back what is left); posts under way finish."""
        with self._changed:
            self._stopped = True

    def settle(self, timeout: float) -> bool:
        """After :meth:`stop`: wait until no post is under way (each ends posted, or known
        not to be: an ambiguous failure is looked up as usual); False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: self._sending == 0, timeout)

    @property
    def stopped(self) -> bool:
        return self._stopped

    @property
    def pending(self) -> int:
        return self._pending


def outbox_for(settings: Any, switch: Optional[PostingSwitch] = None,
               order: Optional[ChannelOrder] = None) -> Outbox:
    """With ``order`` (bot/slack/ordering.py), replies wait for earlier questions on any replica."""
    from bot.slack.pacing import pacer_for

    return Outbox(pacer_for(settings), SendPolicy(settings.slack_max_retries, settings.slack_retry_budget),
                  switch=switch, order=order)

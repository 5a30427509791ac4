"""Question order per channel across replicas: a reply waits for earlier questions' answers.

Within one process the outbox already sends a channel's replies in the order of their
questions' ts (bot/slack/outbox.py). Across replicas nothing did: with a burst in one
channel spread over three replicas, whichever replica finished answering first posted
first. So every question is registered, when its delivery is dispatched, in Redis:

- ``<prefix>order:<channel>``: a sorted set of the channel's registered questions, each a
  member ``<ts>/<random>`` scored by the question's Slack ts (a delivery of its own: the
  ``app_mention`` and ``message`` deliveries of one mention, or Slack's retries, are
  separate members with the same score, and none of them waits for the others);
- ``<prefix>order-lease:<channel>``: each member's lease, a deadline in Redis's clock,
  renewed by a background thread of the replica holding it every third of
  ``slack_channel_order_lease_seconds``. A replica that dies (SIGKILL, a lost node)
  stops renewing; the first replica then finding that lease past its deadline removes the
  member and counts it in ``faqbot_slack_order_lapsed_total``.

Before posting a reply, the outbox polls (every 50 ms) "is any question earlier than this
one in the channel still registered, with a live lease?" and posts when none is, or when
``slack_channel_order_wait_seconds`` passed (``faqbot_slack_order_timeouts_total``), or
when an earlier reply of this very process was queued meanwhile (it goes first). A
question is released (removed) when its work is finished (its reply posted, or failed for
good, or no reply at all) and when a shutdown hands it back.

When Redis fails (down, hung, the shared circuit breaker open: bot/slack/redis_link.py)
replies are not held: an answer late is worse than one out of order. Order is per channel,
not per thread, and only among questions registered: a delivery arriving late (Slack's
retry of a delivery that failed) cannot go before answers already posted.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Optional

import redis

from bot.config import Settings
from bot.metrics import METRICS, Metrics
from bot.resilience import CircuitOpenError
from bot.slack.redis_link import OutageLog, RedisLink, link_from_settings

log = logging.getLogger(__name__)

ORDER_KEY = "order:"  # after redis_key_prefix: faqbot:order:<channel>
LEASE_KEY = "order-lease:"  # faqbot:order-lease:<channel>
POLL_SECONDS = 0.05
# Message events that may be questions; edits, joins and bots' own posts are not.
QUESTION_EVENTS = frozenset({"message", "app_mention"})

_NOW_MS = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
"""

# KEYS: order set, lease set; ARGV: ts, member, lease ms. Both keys outlive the last renewal
# by a few leases, so a channel gone quiet leaves nothing behind.
REGISTER_SCRIPT = _NOW_MS + """
local lease = tonumber(ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], now + lease, ARGV[2])
redis.call('PEXPIRE', KEYS[1], 3 * lease)
redis.call('PEXPIRE', KEYS[2], 3 * lease)
return 1
"""

# KEYS: order set, lease set; ARGV: lease ms, members. A member already removed (its lease
# lapsed while this replica stalled) stays removed: others may have posted past it.
RENEW_SCRIPT = _NOW_MS + """
local lease = tonumber(ARGV[1])
local renewed = 0
for i = 2, #ARGV do
  if redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    redis.call('ZADD', KEYS[2], now + lease, ARGV[i])
    renewed = renewed + 1
  end
end
redis.call('PEXPIRE', KEYS[1], 3 * lease)
redis.call('PEXPIRE', KEYS[2], 3 * lease)
return renewed
"""

# KEYS: order set, lease set; ARGV: ts. Earliest first: lapsed members are removed (and
# counted) until the first live one, which is all the caller needs to know about.
# Returns {1 if a live earlier question remains else 0, members found lapsed}.
EARLIER_SCRIPT = _NOW_MS + """
local earlier = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
local lapsed = 0
for _, member in ipairs(earlier) do
  local deadline = tonumber(redis.call('ZSCORE', KEYS[2], member))
  if deadline and deadline >= now then
    return {1, lapsed}
  end
  redis.call('ZREM', KEYS[1], member)
  redis.call('ZREM', KEYS[2], member)
  lapsed = lapsed + 1
end
return {0, lapsed}
"""


@dataclass(frozen=True)
class Ticket:
    """One registered question: its channel, its Slack ts, and its member in Redis."""

    channel: str
    ts: str
    member: str


def question_of(body: Any) -> Optional[tuple[str, str]]:
    """(channel, ts) of an Events API delivery that may be a question, else None."""
    if not isinstance(body, dict) or body.get("type") != "event_callback":
        return None
    event = body.get("event")
    if not isinstance(event, dict) or event.get("type") not in QUESTION_EVENTS:
        return None
    if event.get("subtype") or event.get("bot_id"):
        return None
    channel, ts = event.get("channel"), event.get("ts")
    if not isinstance(channel, str) or not isinstance(ts, str) or not channel or not ts:
        return None
    try:
        float(ts)
    except ValueError:
        return None
    return channel, ts


class ChannelOrder:
    """No order across replicas (no Redis, or turned off): nothing registered or held."""

    def register(self, channel: str, ts: str) -> Optional[Ticket]:
        return None

    def release(self, ticket: Ticket) -> None:
        pass

    def wait_turn(self, ticket: Ticket, since: float, *, give_way: Callable[[], bool],
                  stop: Callable[[], bool]) -> bool:
        return True


class RedisChannelOrder(ChannelOrder):
    """Question order per channel in Redis, through the process's Redis link (its
    timeouts and circuit breaker, shared with claims, rate limit and pacing)."""

    def __init__(self, link: RedisLink, *, prefix: str = "faqbot:", lease_seconds: float = 10.0,
                 wait_seconds: float = 30.0, metrics: Metrics = METRICS,
                 poll_seconds: float = POLL_SECONDS) -> None:
        self.prefix = prefix
        self.lease_ms = max(1, int(lease_seconds * 1000))
        self.wait_seconds = wait_seconds
        self.poll_seconds = poll_seconds
        self.metrics = metrics
        self._link = link
        self._register = link.client.register_script(REGISTER_SCRIPT)
        self._renew = link.client.register_script(RENEW_SCRIPT)
        self._earlier = link.client.register_script(EARLIER_SCRIPT)
        self._lock = threading.Lock()
        self._held: set[Ticket] = set()
        self._renewer: Optional[threading.Thread] = None
        self._outage = OutageLog(f"Redis question order at {link.where}",
                                 "replies are posted without waiting for other replicas' earlier "
                                 "questions", lambda reason: None)

    def _keys(self, channel: str) -> list[str]:
        return [f"{self.prefix}{ORDER_KEY}{channel}", f"{self.prefix}{LEASE_KEY}{channel}"]

    def _call(self, function: Callable[[], Any]) -> Any:
        """``function()`` through the link; None when Redis failed (logged once per outage)."""
        try:
            result = self._link.call(function)
        except (redis.RedisError, CircuitOpenError) as error:
            self._outage.failed(error)
            return None
        self._outage.recovered()
        return result

    def register(self, channel: str, ts: str) -> Optional[Ticket]:
        ticket = Ticket(channel, ts, f"{ts}/{uuid.uuid4().hex[:12]}")
        if self._call(lambda: self._register(keys=self._keys(channel),
                                             args=[ts, ticket.member, self.lease_ms])) is None:
            return None  # not registered: nobody waits for it
        with self._lock:
            self._held.add(ticket)
            if self._renewer is None:
                self._renewer = threading.Thread(target=self._renew_while_held, daemon=True,
                                                 name="faqbot-order-leases")
                self._renewer.start()
        return ticket

    def release(self, ticket: Ticket) -> None:
        with self._lock:
            self._held.discard(ticket)

        def remove() -> None:
            pipe = self._link.client.pipeline(transaction=False)
            for key in self._keys(ticket.channel):
                pipe.zrem(key, ticket.member)
            pipe.execute()

        self._call(remove)  # if Redis failed, the lease lapses: later replies wait at most that

    def wait_turn(self, ticket: Ticket, since: float, *, give_way: Callable[[], bool],
                  stop: Callable[[], bool]) -> bool:
        """Wait until no earlier question in the channel is registered and alive. True: post
        now; False: ``give_way()`` said an earlier reply of this process is queued (post
        that first, then call again with the same ``since``: when this reply's wait began).
        Returns True at once when ``stop()`` (a shutdown; posting stopped) or Redis fails."""
        while True:
            if stop():
                return True
            found = self._call(lambda: self._earlier(keys=self._keys(ticket.channel), args=[ticket.ts]))
            if found is not None and int(found[1]):
                self.metrics.order_lapsed.inc(int(found[1]))
                log.info("question order in %s: %d earlier question(s) no longer waited for: "
                         "their replica stopped renewing the lease", ticket.channel, int(found[1]))
            waited = time.monotonic() - since
            if found is None or not int(found[0]):
                self.metrics.order_wait.observe(waited)
                return True
            if give_way():
                return False
            if waited >= self.wait_seconds:
                self.metrics.order_wait.observe(waited)
                self.metrics.order_timeouts.inc()
                log.warning("question order in %s: posting the reply to %s after %.0f s "
                            "(slack_channel_order_wait_seconds) without an earlier question's answer",
                            ticket.channel, ticket.ts, waited)
                return True
            time.sleep(self.poll_seconds)

    @property
    def held(self) -> int:
        with self._lock:
            return len(self._held)

    def _renew_while_held(self) -> None:
        """Renew every held lease each third of the lease; exit when none is held."""
        while True:
            time.sleep(self.lease_ms / 3000.0)
            with self._lock:
                if not self._held:
                    self._renewer = None
                    return
                by_channel: dict[str, list[str]] = defaultdict(list)
                for ticket in self._held:
                    by_channel[ticket.channel].append(ticket.member)

            def renew() -> None:
                pipe = self._link.client.pipeline(transaction=False)
                for channel, members in by_channel.items():
                    self._renew(keys=self._keys(channel), args=[self.lease_ms, *members], client=pipe)
                pipe.execute()

            self._call(renew)


def order_for(settings: Settings) -> ChannelOrder:
    """Question order in Redis when ``redis_url`` is set and the wait is not 0, else none
    across replicas (the outbox still keeps each replica's own replies in order)."""
    link = link_from_settings(settings)
    if link is None or settings.slack_channel_order_wait_seconds <= 0:
        return ChannelOrder()
    return RedisChannelOrder(link, prefix=settings.redis_key_prefix,
                             lease_seconds=settings.slack_channel_order_lease_seconds,
                             wait_seconds=settings.slack_channel_order_wait_seconds)

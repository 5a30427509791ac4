"""The "working on it" signal: a reaction on a question whose answer is slow.

People expect to see that the bot got their question. When no reply has been posted
``after`` seconds after it arrived, the bot adds a reaction (👀 by default) to the
question, and removes it once the reply is posted (a reply waiting for its channel's
pace keeps it); a fast answer never shows one.

The reaction is cosmetic: its calls run on a few threads of their own, with a short
``timeout`` and no retries (bot/slack/delivery.py ``cosmetic_client``). Answering never
waits for them: a rate-limited or hung ``reactions.add`` costs the question nothing.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional

from slack_sdk import WebClient

from bot.slack import work as current_work
from bot.slack.delivery import add_reaction, cosmetic_client, remove_reaction

# Threads for cosmetic calls, shared by every question: a call takes at most the
# cosmetic timeout, and a question makes at most two.
_COSMETIC = ThreadPoolExecutor(4, thread_name_prefix="faqbot-cosmetic")


@dataclass(frozen=True)
class WorkingSignal:
    after: Optional[float] = 1.0  # seconds; None turns the signal off
    reaction: str = "eyes"
    timeout: float = 2.0  # seconds per reaction call

    @contextmanager
    def around(self, client: WebClient, *, channel: str, ts: str,
               user: Optional[str] = None) -> Iterator[None]:
        """Show the reaction on message ``ts`` while the block runs longer than ``after``."""
        if self.after is None:
            yield
            return
        pending = _PendingReaction(cosmetic_client(client, self.timeout), self.reaction, channel,
                                   ts, user)
        timer = threading.Timer(self.after, pending.start)
        timer.daemon = True
        timer.start()
        def finish() -> None:
            timer.cancel()
            pending.finish()

        try:
            yield
        finally:
            work = current_work.current()
            if work is not None:  # the reply is queued (bot/slack/outbox.py): until it is out
                work.when_posted(finish)
            else:
                finish()


class _PendingReaction:
    """Adds the reaction at most once, and only while the work is still going on; removes
    it once the work is done, after the add if one is under way. Neither ever blocks the
    caller: both run on the cosmetic threads."""

    def __init__(self, client: WebClient, name: str, channel: str, ts: str,
                 user: Optional[str]) -> None:
        self.client, self.name, self.channel, self.ts, self.user = client, name, channel, ts, user
        self._lock = threading.Lock()
        self._finished = False
        self._adding: Optional[Future] = None

    def start(self) -> None:
        with self._lock:
            if not self._finished:
                self._adding = _COSMETIC.submit(self._add)

    def _add(self) -> bool:
        return add_reaction(self.client, self.name, channel=self.channel, ts=self.ts,
                            user=self.user)

    def finish(self) -> None:
        with self._lock:
            self._finished = True
            adding = self._adding
        if adding is not None:
            adding.add_done_callback(self._remove_if_added)

    def _remove_if_added(self, adding: Future) -> None:
        if not adding.cancelled() and adding.exception() is None and adding.result():
            _COSMETIC.submit(remove_reaction, self.client, self.name, channel=self.channel,
                             ts=self.ts, user=self.user)

"""The "working on it" signal: a reaction on a question whose answer is slow.

People expect to see that the bot got their question. When no reply has been posted
``after`` seconds after it arrived, the bot adds a reaction (👀 by default) to the
question, and removes it once the reply is posted; a fast answer never shows one.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional

from slack_sdk import WebClient

from bot.slack.delivery import add_reaction, remove_reaction


@dataclass(frozen=True)
class WorkingSignal:
    after: Optional[float] = 1.0  # seconds; None turns the signal off
    reaction: str = "eyes"

    @contextmanager
    def around(self, client: WebClient, *, channel: str, ts: str,
               user: Optional[str] = None) -> Iterator[None]:
        """Show the reaction on message ``ts`` while the block runs longer than ``after``."""
        if self.after is None:
            yield
            return
        pending = _PendingReaction(client, self.reaction, channel, ts, user)
        timer = threading.Timer(self.after, pending.add)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            pending.finish()


class _PendingReaction:
    """Adds the reaction at most once, and only while the work is still going on.

    ``add`` (timer thread) and ``finish`` (listener thread) share a lock: ``finish``
    waits for an ``add`` under way, so a reaction is never left behind."""

    def __init__(self, client: WebClient, name: str, channel: str, ts: str,
                 user: Optional[str]) -> None:
        self.client, self.name, self.channel, self.ts, self.user = client, name, channel, ts, user
        self._lock = threading.Lock()
        self._finished = False
        self._added = False

    def add(self) -> None:
        with self._lock:
            if not self._finished:
                self._added = add_reaction(self.client, self.name, channel=self.channel,
                                           ts=self.ts, user=self.user)

    def finish(self) -> None:
        with self._lock:
            self._finished = True
            if self._added:
                remove_reaction(self.client, self.name, channel=self.channel, ts=self.ts,
                                user=self.user)

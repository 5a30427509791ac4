"""Lowering the CPU priority of the calling thread (Linux: ``setpriority`` on the thread id).

Used for work that may wait a little so that other work in the same process gets the
cores first: Slack's answering threads, below the HTTP server's event loop that
acknowledges deliveries (bot/slack/lifecycle.py), and the long-question lane, below the
answering threads (bot/embeddings/long_lane.py). Threads a thread creates afterwards
(OpenMP workers) inherit its priority. Raising niceness needs no privilege; lowering it
again does, so a thread once lowered stays lowered. Where it is not possible (not Linux,
not permitted) the thread runs at normal priority and one INFO line says so.
"""

from __future__ import annotations

import logging
import os
import threading

log = logging.getLogger(__name__)


def lower_thread_priority(niceness: int, what: str) -> None:
    """Set the calling thread's niceness to ``niceness`` (``what`` names it in the log)."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)
    except (AttributeError, OSError) as error:
        log.info("%s run at normal priority: %s", what, error)

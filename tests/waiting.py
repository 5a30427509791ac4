"""Waiting for a condition instead of sleeping a fixed time: poll until it holds, and fail
naming what was awaited (and the log of any process that died meanwhile)."""

from __future__ import annotations

import time

import pytest

DEADLINE = 120.0  # generous: the tests check that things happen; bench/ measures how fast


def wait_for(predicate, what: str, deadline: float = DEADLINE, processes=(), interval: float = 0.05) -> None:
    """Until ``predicate()`` is true; fails after ``deadline`` seconds, or as soon as one of
    ``processes`` (Popen objects with a ``log`` path) has exited."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if predicate():
            return
        for process in processes:
            if process.poll() is not None:
                pytest.fail(f"{what}: {process.args} exited with {process.returncode}:\n"
                            f"{process.log.read_text()[-3000:]}")
        time.sleep(interval)
    pytest.fail(f"timed out waiting for {what}")

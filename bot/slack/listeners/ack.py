"""The ack half of every listener."""

from __future__ import annotations

from slack_bolt import Ack


def acknowledge(ack: Ack) -> None:
    """Tell Slack the request arrived; the lazy listener does the work afterwards."""
    ack()

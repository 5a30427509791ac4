"""Helpers for the feedback store tests: reading rows back, and a writer process.

Run as a script, it is one bot replica: it opens the store (migrating the database,
racing the other replicas started with it) and records questions and votes.
``python feedback_support.py URL NAME COUNT``
"""

from __future__ import annotations

import sys

import sqlalchemy as sa

from bot.config import Settings
from bot.feedback.schema import events, votes
from bot.feedback.startup import database_url


def rows(url: str, table: sa.Table = events) -> list[dict]:
    """Every row of ``table`` (events: in insertion order), as dicts."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return [dict(r._mapping) for r in connection.execute(sa.select(table).order_by(table.c.id))]
    finally:
        engine.dispose()


def event_rows(settings: Settings) -> list[dict]:
    """The feedback events the Slack app (opened with ``settings``) recorded."""
    return rows(database_url(settings).render_as_string(hide_password=False), events)


def vote_rows(settings: Settings) -> list[dict]:
    return rows(database_url(settings).render_as_string(hide_password=False), votes)


def write_as_replica(url: str, name: str, count: int) -> None:
    from bot.feedback.store import FeedbackStore

    store = FeedbackStore.open(url)
    for i in range(count):
        store.record_question("declined", question=f"{name} question {i}", user=f"U{name}{i}",
                              channel="C1", suggestions=["refund"])
        store.record_vote("up" if i % 2 else "down", "refund", question=f"{name} {i}",
                          user=f"U{name}{i}", channel="C1", message_ts=f"{i}.1")
    store.close()


if __name__ == "__main__":
    write_as_replica(sys.argv[1], sys.argv[2], int(sys.argv[3]))

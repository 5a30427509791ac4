"""Helpers for the feedback store tests: reading rows back, and a writer process.

Run as a script, it is one bot replica: it opens the store (migrating the database,
racing the other replicas started with it) and records questions and votes.
``python feedback_support.py URL NAME COUNT``

``spool COUNT`` and ``replay SECONDS``: a replica spooling its records with the database
down, and one replaying them after a restart (settings from the environment).
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


def spool_as_replica(count: int) -> None:
    """One bot process on the settings in its environment: opens the store as ``faqbot
    serve`` does, records ``count`` questions and ``count`` votes (each vote must be
    durably recorded, or the process fails), then exits: what the database did not
    take stays in the spool for the next run."""
    from bot.feedback.startup import open_store

    store = open_store(Settings(), spooled=True)
    for i in range(count):
        store.record_question("answered", question=f"question {i}", user=f"U{i}", channel="C1",
                              faq_id="refund", score=0.9)
        store.record_vote("up" if i % 2 else "down", "refund", question=f"question {i}",
                          user=f"U{i}", channel="C1", message_ts=f"{i}.1")
    # No close(): an ordinary exit must still spool what was handed over (atexit).


def replay_as_replica(wait_seconds: float) -> None:
    """A bot process starting on an existing spool: waits until it is replayed, or fails."""
    import time

    from bot.feedback.startup import open_store, spool_path
    from bot.feedback.spool import Spool

    settings = Settings()
    store = open_store(settings, spooled=True)
    spool, deadline = Spool(spool_path(settings)), time.monotonic() + wait_seconds
    while spool.depth() and time.monotonic() < deadline:
        time.sleep(0.1)
    store.close()
    sys.exit(0 if spool.depth() == 0 else 1)


if __name__ == "__main__":
    if sys.argv[1] == "spool":
        spool_as_replica(int(sys.argv[2]))
    elif sys.argv[1] == "replay":
        replay_as_replica(float(sys.argv[2]))
    else:
        write_as_replica(sys.argv[1], sys.argv[2], int(sys.argv[3]))

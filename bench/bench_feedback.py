"""What recording feedback costs the bot, on SQLite and PostgreSQL.

Written directly, each question's outcome is one insert and a vote an insert plus an
upsert. Also measured: the
one-time import of an old JSONL log, and the analytics query an App Home tab runs.

    python bench/bench_feedback.py [--writes 500] [--import-records 50000]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres]

PostgreSQL runs in a scratch database created and dropped by the script (skipped if
the server is not reachable). Prints one JSON object per engine. Written directly, as
here, is what the CLI and the embedded SQLite default do; ``faqbot serve`` on PostgreSQL
records through the spool: see bench/bench_feedback_spool.py.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.feedback.jsonl_import import import_jsonl  # noqa: E402
from bot.feedback.store import FeedbackStore  # noqa: E402


def median_ms(timings: list[float]) -> float:
    return round(statistics.median(timings) * 1000, 3)


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def write_log(path: Path, records: int) -> None:
    now = datetime.now(timezone.utc)
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(records):
            when = (now - timedelta(seconds=records - i)).isoformat(timespec="seconds")
            record = ({"kind": "unanswered", "question": f"where is parcel {i}?", "user": f"U{i % 97}",
                       "channel": "C1", "suggestions": ["shipping", "refund"]} if i % 3 == 0 else
                      {"kind": "feedback", "vote": "up" if i % 2 else "down", "faq_id": "refund",
                       "question": f"money back {i}", "user": f"U{i % 97}", "channel": "C1",
                       "message_ts": f"{i % 500}.1"} if i % 3 == 1 else
                      {"kind": "suggestion_accepted", "question": f"refund {i}", "faq_id": "refund",
                       "user": f"U{i % 97}", "channel": "C1"})
            handle.write(json.dumps({"time": when, **record}) + "\n")


def measure(url: str, writes: int, log: Path, import_records: int) -> dict:
    store = FeedbackStore.open(url)
    question = [timed(lambda i=i: store.record_question(
        "declined", question=f"question {i}", user=f"U{i}", channel="C1",
        faq_id="refund", score=0.4, suggestions=["refund", "shipping"])) for i in range(writes)]
    voting = [timed(lambda i=i: store.record_vote(
        "up" if i % 2 else "down", "refund", question="q", user=f"U{i % 50}", channel="C1",
        message_ts="1.1")) for i in range(writes)]
    importing = timed(lambda: import_jsonl(store, log))
    since = datetime.now(timezone.utc) - timedelta(days=30)
    counting = [timed(lambda: store.outcome_counts(since)) for _ in range(20)]
    store.close()
    return {"engine": sa.engine.make_url(url).get_backend_name(),
            "record_question_median_ms": median_ms(question),
            "record_vote_median_ms": median_ms(voting),
            "import_records": import_records,
            "import_seconds": round(importing, 2),
            "import_records_per_s": round(import_records / importing),
            "outcome_counts_median_ms": median_ms(counting)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--writes", type=int, default=500)
    parser.add_argument("--import-records", type=int, default=50_000)
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        log = Path(work) / "old.jsonl"
        write_log(log, args.import_records)
        print(json.dumps(measure(f"sqlite:///{Path(work) / 'feedback.db'}", args.writes, log,
                                 args.import_records)))
        admin = sa.create_engine(args.postgres, isolation_level="AUTOCOMMIT")
        name = f"faqbot_bench_{uuid.uuid4().hex[:12]}"
        try:
            with admin.connect() as connection:
                connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        except sa.exc.OperationalError as error:
            print(f"PostgreSQL skipped: {error.orig}", file=sys.stderr)
            return
        try:
            url = sa.engine.make_url(args.postgres).set(database=name)
            print(json.dumps(measure(url.render_as_string(hide_password=False), args.writes, log,
                                     args.import_records)))
        finally:
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()

"""Answers with PostgreSQL healthy vs hung, and what the feedback spool replays.

The real Bolt app (HTTP mode, Slack stand-in, embedded default model) records into a
scratch PostgreSQL database through a local TCP proxy (tests/tcp_proxy.py):

1. **healthy**: ``--requests`` questions, one at a time: Slack round-trip latency;
2. **hung**: the proxy accepts and holds connections and stops relaying open ones;
   the same number of questions: latency, and how many were answered;
3. the proxy forwards again: how many records were spooled and replayed, and the time
   until the spool is empty;
4. **drain**: a fresh database and a spool of ``--drain-records`` records (half
   questions, half votes) spooled with the database refusing; the time one replay pass
   takes to move them all (then the rows are counted).

    python bench/bench_feedback_spool.py [--faq-dir faq_sources] [--requests 100]
        [--drain-records 1000] [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import sqlalchemy as sa
from pydantic import SecretStr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.bench_slack import questions_of, slack_round_trip  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.feedback.startup import open_store, spool_path  # noqa: E402
from bot.feedback.spool import Spool  # noqa: E402
from bot.service import FaqService  # noqa: E402
from bot.slack.app import create_app  # noqa: E402
from slack_fixtures import serving_http  # noqa: E402
from slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn  # noqa: E402
from tcp_proxy import TcpProxy  # noqa: E402

WARM_UP = 10


@contextmanager
def scratch_database(admin_url: str):
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"faqbot_bench_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.engine.make_url(admin_url).set(database=name)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def count_rows(url, table: str = "feedback_events") -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
    except sa.exc.ProgrammingError:
        return 0
    finally:
        engine.dispose()


def wait_empty(spool: Spool, limit: float = 300.0) -> float:
    started = time.perf_counter()
    while spool.depth():
        if time.perf_counter() - started > limit:
            raise RuntimeError(f"spool not drained in {limit:.0f} s")
        time.sleep(0.01)
    return time.perf_counter() - started


def pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)) * 1000, 1)


def answering(args, work: Path, url) -> dict:
    proxy = TcpProxy(url.host, url.port or 5432)
    proxied = url.set(port=proxy.port)
    slack_api = SlackWebStandIn().start()
    settings = Settings(faq_dir=args.faq_dir, index_dir=work / "index", slack_bot_token=BOT_TOKEN,
                        slack_signing_secret=SIGNING_SECRET, slack_api_url=slack_api.api_url,
                        feedback_log=work / "feedback.jsonl",
                        database_url=SecretStr(proxied.render_as_string(hide_password=False)))
    service = FaqService(settings)
    service.load()
    questions = questions_of(args.faq_dir)
    app = create_app(settings, service)
    spool = Spool(spool_path(settings))
    result: dict = {}
    try:
        with serving_http(app) as running:
            def run(label: str, n: int, offset: int) -> list[float]:
                return [slack_round_trip(running, slack_api, questions[i % len(questions)],
                                         user=f"U{label}{i:06d}") for i in range(offset, offset + n)]

            run("w", WARM_UP, 0)
            healthy = run("h", args.requests, WARM_UP)
            wait_empty(spool)
            before = count_rows(url)
            proxy.hang()
            hung = run("x", args.requests, WARM_UP + args.requests)
            time.sleep(1.0)  # the last answers' records are spooled after they are posted
            spooled = spool.depth()
            proxy.forward()
            drained = wait_empty(spool)
            result = {
                "questions_each": args.requests,
                "healthy_p50_ms": pct(healthy, 50), "healthy_p99_ms": pct(healthy, 99),
                "hung_p50_ms": pct(hung, 50), "hung_p99_ms": pct(hung, 99),
                "hung_answered": len(hung),
                "spooled_while_hung": spooled,
                "replayed_after_hang": count_rows(url) - before,
                "seconds_to_empty_after_forward": round(drained, 2),
            }
    finally:
        proxy.close()
        app.listener_runner.listener_executor.shutdown(wait=True)
        slack_api.stop()
    return result


def drain_time(args, work: Path, url) -> dict:
    with TcpProxy(url.host, url.port or 5432) as proxy:
        proxy.refuse()
        settings = Settings(feedback_log=work / "drain.jsonl", database_connect_timeout=2,
                            database_url=SecretStr(url.set(port=proxy.port).render_as_string(
                                hide_password=False)))
        store = open_store(settings, import_log=False, spooled=True)
        half = args.drain_records // 2
        for i in range(half):
            store.record_question("answered", question=f"q{i}", user=f"U{i}", channel="C1",
                                  faq_id="refund", score=0.9)
            store.record_vote("up", "refund", question=f"q{i}", user=f"U{i}", channel="C1",
                              message_ts=f"{i}.1")
        store.close()  # a replica stopped during the outage, its records in the spool
    spool = Spool(spool_path(settings))
    depth = spool.depth()
    settings = settings.model_copy(update={"database_url": SecretStr(
        url.render_as_string(hide_password=False))})
    started = time.perf_counter()
    store = open_store(settings, import_log=False, spooled=True)  # migrates, then replays
    seconds = wait_empty(spool)
    total = time.perf_counter() - started
    store.close()
    return {"spooled": depth, "rows_after_replay": count_rows(url),
            "standing_votes": count_rows(url, "feedback_votes"),
            "drain_seconds": round(seconds, 2), "open_and_drain_seconds": round(total, 2),
            "records_per_s": round(depth / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--faq-dir", type=Path, default=ROOT / "faq_sources")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--drain-records", type=int, default=1000)
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        with scratch_database(args.postgres) as url:
            print(json.dumps({"answers": answering(args, Path(work), url)}), flush=True)
        with scratch_database(args.postgres) as url:
            print(json.dumps({"drain": drain_time(args, Path(work), url)}), flush=True)


if __name__ == "__main__":
    main()

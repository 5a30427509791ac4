"""Feedback when PostgreSQL hangs, refuses or is down at start-up, through a real TCP
proxy (tests/tcp_proxy.py) in front of the machine's PostgreSQL: answers go on, a vote
is thanked only once it is spooled, and every record reaches the database once and in
order after an outage and a restart."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from pydantic import SecretStr

from bot.feedback.schema import events, votes
from bot.feedback.spool import Spool
from bot.feedback.startup import open_store, spool_path
from bot.health import HEALTH
from bot.metrics import METRICS
from bot.slack.app import create_app
from bot.slack.blocks import THANKS, VOTE_NOT_RECORDED, ButtonValue
from feedback_support import rows
from slack_fixtures import QUESTIONS, drain, serving_http
from slack_standin import (
    BOT_ID, app_mention, block_actions, buttons_of, event_callback, interaction_body, post,
    signed_headers,
)
from tcp_proxy import TcpProxy

HERE = Path(__file__).parent
WAIT = 90.0  # upper bound for something to happen; never a latency assertion


@pytest.fixture(autouse=True)
def close_spooled_stores():
    """The stores the Slack apps of these tests opened stop replaying when the test ends."""
    yield
    from bot.feedback.spool import close_all

    close_all()


@pytest.fixture
def proxy(postgres_url):
    url = sa.engine.make_url(postgres_url)
    with TcpProxy(url.host, url.port or 5432) as running:
        yield running


@pytest.fixture
def proxied(postgres_url, proxy, slack_settings):
    """The Slack test settings, recording into a fresh PostgreSQL database through the proxy."""
    url = sa.engine.make_url(postgres_url).set(port=proxy.port)
    return slack_settings.model_copy(update={
        "database_url": SecretStr(url.render_as_string(hide_password=False)),
        "database_connect_timeout": 2.0, "database_statement_timeout": 1.0,
        "database_pool_timeout": 2.0})


def wait_until(condition, what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.1)


def table_rows(url: str, table=events) -> list[dict]:
    try:
        return rows(url, table)
    except sa.exc.ProgrammingError:  # not migrated yet
        return []


def ask(running, question: str) -> dict:
    event = app_mention(question)
    body = json.dumps(event_callback(event)).encode()
    assert post(running.url, body, signed_headers(body))[0] == 200
    return event


def click(running, slack_api, answer, mention: dict, which: int = 0) -> str:
    """Click 👍 (0) or 👎 (1) under ``answer``; the text the clicker got back."""
    response_url = slack_api.response_url()
    message = {"type": "message", "ts": f"1700000999.{which:06d}", "thread_ts": mention["ts"],
               "blocks": answer.blocks, "bot_id": BOT_ID}
    body = interaction_body(block_actions(buttons_of(answer.blocks)[which], response_url,
                                          message=message))
    post(running.url, body, signed_headers(body, content_type="application/x-www-form-urlencoded"))
    path = response_url.split(slack_api.base_url, 1)[1]
    (reply,) = [c for c in slack_api.wait_for(lambda calls: any(c.path == path for c in calls))
                if c.path == path]
    return reply.params["text"]


def answered_ids(slack_api) -> list[str]:
    return [ButtonValue.decode(buttons_of(c.blocks)[0]["value"]).faq_id
            for c in slack_api.calls_to("chat.postMessage")]


# -- the answer path does not wait on the database ------------------------------------------
def test_answers_and_votes_go_on_while_postgresql_hangs(proxy, proxied, postgres_url, faq_service,
                                                        slack_api):
    questions = list(QUESTIONS)[:6]
    app = create_app(proxied, faq_service)  # healthy at start: migrated
    try:
        with serving_http(app) as running:
            ask(running, questions[0])
            slack_api.wait_for_posts(1)
            wait_until(lambda: len(rows(postgres_url)) == 1, "the first record stored")
            proxy.hang()  # accepts connections, never answers; open ones stop answering too
            mentions = [ask(running, q) for q in questions[1:]]
            posts = slack_api.wait_for_posts(len(questions))
            assert sorted(answered_ids(slack_api)) == sorted(QUESTIONS[q] for q in questions)
            assert click(running, slack_api, posts[-1], mentions[-1]) == THANKS["up"]
            assert len(rows(postgres_url)) == 1  # the hung database took nothing

            proxy.forward()
            wait_until(lambda: len(rows(postgres_url)) == len(questions) + 1,
                       "every spooled record replayed after the hang")
    finally:
        proxy.refuse()  # frees listener threads that old code left blocked on the database
        drain(app)
    stored = rows(postgres_url)
    # Listener threads answer concurrently: recorded in the order they finished, once each.
    assert sorted(r["question"] for r in stored if r["kind"] == "question") == sorted(questions)
    assert len({r["record_id"] for r in stored}) == len(stored)
    assert [r["vote"] for r in rows(postgres_url, votes)] == ["up"]


def test_a_replica_starts_and_serves_with_postgresql_down(proxy, proxied, postgres_url,
                                                          faq_service, slack_api, caplog):
    caplog.set_level(logging.INFO, logger="bot.feedback")

    def counted(name: str, **labels) -> float:
        return METRICS.registry.get_sample_value(name, labels) or 0.0

    stored_before = counted("faqbot_feedback_replayed_total", result="stored")
    failures_before = counted("faqbot_feedback_write_failures_total", stage="database")
    proxy.refuse()
    app = create_app(proxied, faq_service)  # old code: OperationalError, `serve` exits 2
    try:
        with serving_http(app) as running:
            mentions = [ask(running, q) for q in list(QUESTIONS)[:3]]
            posts = slack_api.wait_for_posts(3)
            by_id = {ButtonValue.decode(buttons_of(p.blocks)[0]["value"]).faq_id: p for p in posts}
            first = by_id[QUESTIONS[list(QUESTIONS)[0]]]
            assert click(running, slack_api, first, mentions[0], which=1) == THANKS["down"]
            spool = Spool(spool_path(proxied))
            wait_until(lambda: spool.depth() == 4, "three questions and a vote spooled")
            assert table_rows(postgres_url) == []
            assert METRICS.registry.get_sample_value("faqbot_feedback_spool_depth") == 4
            assert METRICS.registry.get_sample_value("faqbot_feedback_spool_oldest_age_seconds") > 0
            # (Stores of earlier tests in this process may still log about their databases.)
            warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING
                        and (str(spool.path) in r.getMessage() or str(proxy.port) in r.getMessage())]
            assert len(warnings) == 1, warnings
            assert "not available" in warnings[0]

            proxy.forward()  # the empty database is migrated, then the spool replayed
            wait_until(lambda: spool.depth() == 0, "the spool drained")
    finally:
        drain(app)
    stored = rows(postgres_url)
    assert [r["kind"] for r in stored] == ["question"] * 3 + ["feedback"]
    assert [r["vote"] for r in rows(postgres_url, votes)] == ["down"]
    assert "answers again: 4 spooled records replayed" in caplog.text
    assert counted("faqbot_feedback_replayed_total", result="stored") - stored_before == 4
    assert counted("faqbot_feedback_write_failures_total", stage="database") > failures_before


def test_a_vote_that_cannot_be_spooled_is_not_thanked(proxy, proxied, postgres_url, faq_service,
                                                      slack_api):
    app = create_app(proxied, faq_service)
    try:
        with serving_http(app) as running:
            mention = ask(running, "what is the wifi password")
            (answer,) = slack_api.wait_for_posts(1)
            wait_until(lambda: len(table_rows(postgres_url)) == 1, "the question stored")
            proxy.refuse()
            # The spool file becomes unwritable (a directory in its place): nowhere durable.
            path = spool_path(proxied)
            for leftover in path.parent.glob(path.name + "*"):
                if not leftover.name.endswith("replay-lock"):
                    leftover.unlink()
            path.mkdir()
            assert click(running, slack_api, answer, mention) == VOTE_NOT_RECORDED
    finally:
        drain(app)


def test_a_statement_on_a_connection_that_stops_answering_fails_within_its_timeout(
        proxy, proxied):
    store = open_store(proxied, import_log=False)  # migrated through the healthy proxy
    since = store.clock()
    store.outcome_counts(since)  # a pooled connection, now idle
    proxy.hang()
    outcome: list = []
    reader = threading.Thread(target=lambda: outcome.append(_result(store.outcome_counts, since)),
                              daemon=True)
    reader.start()
    reader.join(WAIT)
    proxy.refuse()  # unblocks the thread on old code
    try:
        assert not reader.is_alive(), "the read waited on the hung database for good"
        assert isinstance(outcome[0], sa.exc.OperationalError)
    finally:
        store.close()


def _result(call, *args):
    try:
        return call(*args)
    except Exception as error:
        return error


# -- nothing lost across an outage and a restart -----------------------------------------
def test_no_record_is_lost_across_an_outage_and_a_restart(proxy, proxied, postgres_url, tmp_path):
    count = 150
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join([str(HERE.parent), os.environ.get("PYTHONPATH", "")]),
           "FAQBOT_DATABASE_URL": proxied.database_url.get_secret_value(),
           "FAQBOT_FEEDBACK_LOG": str(proxied.feedback_log),
           "FAQBOT_DATABASE_CONNECT_TIMEOUT": "2", "FAQBOT_DATABASE_STATEMENT_TIMEOUT": "2"}

    def replica(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(HERE / "feedback_support.py"), *args],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)

    proxy.refuse()  # the outage: an empty database nobody can reach
    first = replica("spool", str(count))
    assert first.returncode == 0, first.stderr
    assert first.stderr.count("not available") == 1  # one warning for the outage
    spool = Spool(spool_path(proxied))
    assert spool.depth() == 2 * count and table_rows(postgres_url) == []
    spooled = [record for _, record in spool.oldest(10 * count)]
    shutil.copy(spool.path, tmp_path / "before-replay.db")  # a replica's copy, replayed later

    proxy.forward()  # the database is back; the replica restarts on its spool
    second = replica("replay", str(WAIT))
    assert second.returncode == 0, second.stderr
    stored = rows(postgres_url)
    assert [r["record_id"] for r in stored] == [r["record_id"] for r in spooled]  # once, in order
    assert [(r["kind"], r["question"]) for r in stored] == [
        (kind, f"question {i}") for i in range(count) for kind in ("question", "feedback")]
    standing = rows(postgres_url, votes)
    assert len(standing) == count
    assert sum(v["vote"] == "up" for v in standing) == count // 2

    # The same records replayed again (a crash between commit and delete, or a copy of the
    # spool on another replica): nothing is stored twice.
    shutil.copy(tmp_path / "before-replay.db", spool.path)
    for leftover in (Path(f"{spool.path}-wal"), Path(f"{spool.path}-shm")):
        leftover.unlink(missing_ok=True)
    assert spool.depth() == 2 * count
    again = replica("replay", str(WAIT))
    assert again.returncode == 0, again.stderr
    assert len(rows(postgres_url)) == 2 * count and len(rows(postgres_url, votes)) == count


def test_the_store_reports_the_database_and_the_spool_for_readiness(proxy, proxied):
    proxy.refuse()
    store = open_store(proxied, import_log=False, spooled=True)
    try:
        store.record_vote("up", "refund", question="q", user="U1", channel="C1", message_ts="1.1")
        status = store.spooler.status()
        assert (status["database"], status["spool_depth"]) == ("failing", 1)
        assert status["spool_oldest_age_seconds"] >= 0
        ready, report = HEALTH.readiness(lambda: (True, {}))
        assert ready and report["checks"]["feedback"]["ok"] is False  # degraded, not out
        assert report["checks"]["feedback"]["spool_depth"] == 1
        proxy.forward()
        wait_until(lambda: (store.spooler.status()["database"], store.spooler.status()["spool_depth"])
                   == ("ok", 0), "the vote replayed, the database found well")
    finally:
        store.close()


def test_a_record_the_database_refuses_is_set_aside_and_the_rest_replayed(proxy, proxied,
                                                                          postgres_url):
    store = open_store(proxied, import_log=False, spooled=True)
    try:
        proxy.refuse()
        store.record_question("answered", question="before", user="U1", channel="C1",
                              faq_id="refund", score=0.9)
        # A record no column can hold (kind is 32 characters at most), as a bug or a
        # hand-edited spool could leave: PostgreSQL refuses it as data.
        Spool(spool_path(proxied)).append([{"record_id": "f" * 32, "time": store.clock(),
                                            "kind": "k" * 40, "question": "bad"}])
        store.record_vote("up", "refund", question="after", user="U1", channel="C1",
                          message_ts="1.1")
        proxy.forward()
        spool = Spool(spool_path(proxied))
        wait_until(lambda: spool.depth() == 0, "the spool drained past the refused record")
    finally:
        store.close()
    assert [r["question"] for r in rows(postgres_url)] == ["before", "after"]
    ((record_id, reason),) = spool.rejected()
    assert record_id == "f" * 32 and "too long" in reason
    assert Spool(spool_path(proxied)).path.stat().st_mode & 0o077 == 0  # personal data: owner only
    assert spool.forget_rejected(older_than=0) == 1 and spool.rejected() == []  # retention


def test_an_unwritable_spool_path_is_a_clear_error_at_start(proxied, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    settings = proxied.model_copy(update={"feedback_spool_path": tmp_path / "a-file" / "spool.db"})
    with pytest.raises(ValueError, match=r"feedback spool .*a-file/spool.db cannot be written"):
        open_store(settings, spooled=True)

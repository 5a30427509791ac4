"""The feedback store on real SQLite files and a real PostgreSQL server: migrations,
honest votes, bounded personal data, the one-time JSONL import, and the report."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pydantic import SecretStr

from bot.cli import main
from bot.config import Settings
from bot.feedback import migrate
from bot.feedback.jsonl_import import import_jsonl, imported_events
from bot.feedback.report import summarise
from bot.feedback.schema import PERMALINK_CHARS, events, metadata, votes
from bot.feedback.startup import database_url, open_store
from bot.feedback.store import FeedbackStore, InvalidFeedback, VoteCount
from feedback_support import rows

NOW = datetime(2026, 11, 29, 12, 0, 0, tzinfo=timezone.utc)
TABLES = {"feedback_events", "feedback_votes", "feedback_imports", "feedback_escalations", migrate.VERSION_TABLE}


class Clock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'feedback.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(db_url, clock):
    store = FeedbackStore.open(db_url, clock=clock)
    yield store
    store.close()


def vote(store, value, user="U1", faq_id="refund", message_ts="1.1", question="money back?"):
    store.record_vote(value, faq_id, question=question, user=user, channel="C1",
                      message_ts=message_ts)


# -- migrations ------------------------------------------------------------------------
def test_migration_chain_applies_on_an_empty_database_and_matches_the_model(db_url):
    engine = sa.create_engine(db_url)
    with engine.connect() as connection:
        assert sa.inspect(connection).get_table_names() == []
    migrate.upgrade(sa.engine.make_url(db_url))
    with engine.connect() as connection:
        assert set(sa.inspect(connection).get_table_names()) == TABLES
        assert migrate.current_revision(connection) == migrate.head_revision()
        context = MigrationContext.configure(connection, opts={
            "version_table": migrate.VERSION_TABLE, "compare_type": True})
        assert compare_metadata(context, metadata) == []
    migrate.upgrade(sa.engine.make_url(db_url))  # at head: nothing to do, no error
    engine.dispose()


def test_migration_0006_keeps_the_escalations_made_before_and_permalinks_are_stored_after(db_url, clock):
    """A database at 0005 with an open and an answered escalation is upgraded by opening the
    store: both rows stay (without a permalink), and new escalations keep theirs."""
    migrate.upgrade(sa.engine.make_url(db_url), revision="0005")
    engine = sa.create_engine(db_url)
    insert = sa.text("INSERT INTO feedback_escalations (thread_ref, target_ref, user_id, question, escalated_at,"
                     " answered_at, answered_by, remind_at, reply)"
                     " VALUES (:thread, :target, 'U0ASKER001', :question, :at, :answered, :by, :remind, :reply)")
    before = NOW.replace(tzinfo=None) - timedelta(hours=3)
    with engine.begin() as connection:
        assert "permalink" not in {c["name"] for c in sa.inspect(connection).get_columns("feedback_escalations")}
        connection.execute(insert, [
            {"thread": "C0GENERAL1/1.000100", "target": "C0HELP0001/1.000200", "question": "Is there parking?",
             "at": before, "answered": None, "by": None, "remind": before + timedelta(hours=1), "reply": None},
            {"thread": "C0GENERAL1/2.000100", "target": "C0HELP0001/2.000200", "question": "Can I bring my dog?",
             "at": before, "answered": before + timedelta(minutes=5), "by": "U0HELPER01", "remind": None,
             "reply": "*Yes*, on a lead."}])
    engine.dispose()

    store = FeedbackStore.open(db_url, clock=clock)  # migrates to head
    try:
        open_, answered = store.escalations()
        assert (open_.question, open_.answered, open_.remind_at, open_.permalink) == \
            ("Is there parking?", False, NOW - timedelta(hours=2), None)
        assert (answered.reply, answered.answered_by, answered.permalink) == ("*Yes*, on a lead.", "U0HELPER01", None)
        link = "https://acme.slack.com/archives/C0GENERAL1/p3000100"
        store.record_escalation(thread_ref="C0GENERAL1/3.000100", target_ref="C0HELP0001/3.000200",
                                user="U0ASKER001", question="Is the canteen open?", permalink=link)
        # Longer than a permalink can be: not stored (clipped, it would open the wrong place).
        store.record_escalation(thread_ref="C0GENERAL1/4.000100", target_ref="C0HELP0001/4.000200",
                                user="U0ASKER001", question="Where is room 4?",
                                permalink=link + "?x=" + "a" * PERMALINK_CHARS)
        assert [e.permalink for e in store.escalations()[2:]] == [link, None]
    finally:
        store.close()
    with sa.create_engine(db_url).connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision() == "0006"


def test_replicas_starting_at_once_migrate_once_and_all_their_writes_land(db_url, tmp_path):
    """Three real processes open the same empty database at the same moment (each runs
    the migrations), then write concurrently: every row of every process is there."""
    count = 40
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).parent.parent), os.environ.get("PYTHONPATH", "")])}
    writers = [subprocess.Popen(
        [sys.executable, str(Path(__file__).parent / "feedback_support.py"), db_url, name, str(count)],
        cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True) for name in "ABC"]
    for writer in writers:
        _, stderr = writer.communicate(timeout=300)
        assert writer.returncode == 0, stderr
    written = rows(db_url, events)
    assert len(written) == 3 * 2 * count
    assert {r["question"] for r in written if r["kind"] == "question"} == {
        f"{name} question {i}" for name in "ABC" for i in range(count)}
    assert len(rows(db_url, votes)) == 3 * count  # distinct users: nothing replaced
    store = FeedbackStore.open(db_url)
    assert store.vote_counts() == [VoteCount("refund", 3 * count // 2, 3 * count // 2)]
    store.close()


# -- honest votes ----------------------------------------------------------------------
def test_repeated_votes_by_one_user_on_one_answer_count_once(store, db_url):
    for value in ["up", "up", "down", "down"]:
        vote(store, value)
    assert store.vote_counts() == [VoteCount("refund", 1, 0)]
    vote(store, "up")  # a change of mind replaces the vote
    assert store.vote_counts() == [VoteCount("refund", 0, 1)]
    vote(store, "down", user="U2")
    vote(store, "down", message_ts="2.1")  # another answer: another vote
    assert store.vote_counts() == [VoteCount("refund", 2, 1)]
    clicks = [r for r in rows(db_url, events) if r["kind"] == "feedback"]
    assert [c["vote"] for c in clicks] == ["up", "up", "down", "down", "up", "down", "down"]


def test_a_late_arriving_older_click_does_not_replace_a_newer_vote(store, clock):
    vote(store, "down")
    clock.now = NOW - timedelta(seconds=5)  # another replica's earlier click, written later
    vote(store, "up")
    assert store.vote_counts() == [VoteCount("refund", 1, 0)]


@pytest.mark.parametrize("faq_id", ["", "two words", "x" * 201, "nul\x00byte", "tab\there", None, 7])
def test_ids_that_cannot_be_faq_ids_are_refused_and_nothing_is_stored(store, db_url, faq_id):
    with pytest.raises(InvalidFeedback, match="not an FAQ id"):
        vote(store, "up", faq_id=faq_id)
    with pytest.raises(InvalidFeedback, match="not an FAQ id"):
        store.record_accepted(faq_id, question="q", user="U1", channel="C1")
    with pytest.raises(InvalidFeedback, match="not an FAQ id"):
        store.record_question("declined", question="q", user="U1", channel="C1",
                              suggestions=["refund", faq_id])
    assert rows(db_url, events) == [] and rows(db_url, votes) == []


def test_questions_are_stored_truncated(db_url):
    store = FeedbackStore.open(db_url, question_chars=20)
    long = "我的包裹到哪里了 where is my parcel " * 40
    store.record_question("declined", question=long, user="U1", channel="C1")
    store.record_accepted("refund", question=long, user="U1", channel="C1")
    vote(store, "up", question=long)
    stored = [r["question"] for r in rows(db_url, events)] + [r["question"] for r in rows(db_url, votes)]
    assert stored == [long[:20]] * 4
    store.close()


def test_slack_ids_longer_than_any_slack_id_are_clipped_not_refused(store, db_url):
    store.record_question("answered", question="q", user="U" * 5000, channel="C" * 5000,
                          faq_id="refund", score=0.9)
    (row,) = rows(db_url, events)
    assert (len(row["user_id"]), len(row["channel"])) == (64, 64)


# -- analytics -------------------------------------------------------------------------
def test_outcome_counts_answered_and_unanswered_per_period(store, clock):
    for days_ago, outcome in [(40, "answered"), (20, "answered"), (10, "did_you_mean"),
                              (5, "declined"), (1, "answered"), (1, "declined")]:
        clock.now = NOW - timedelta(days=days_ago)
        store.record_question(outcome, question="q", user="U1", channel="C1",
                              faq_id="refund", score=0.5)
    clock.now = NOW
    week = store.outcome_counts(NOW - timedelta(days=7))
    assert (week.answered, week.did_you_mean, week.declined, week.unanswered, week.total) == (1, 0, 2, 2, 3)
    assert (week.since, week.until) == (NOW - timedelta(days=7), NOW)
    month = store.outcome_counts(NOW - timedelta(days=30), until=NOW - timedelta(days=7))
    assert (month.answered, month.unanswered) == (1, 1)
    assert store.outcome_counts(NOW - timedelta(days=365)).total == 6


# -- retention -------------------------------------------------------------------------
def test_retention_erases_user_ids_and_question_text_but_keeps_the_counts(db_url, clock):
    clock.now = NOW - timedelta(days=100)
    old = FeedbackStore.open(db_url, clock=clock, retention=timedelta(days=90))
    old.record_question("declined", question="where is my parcel", user="U1", channel="C1")
    old.record_accepted("shipping", question="parcel?", user="U1", channel="C1")
    vote(old, "down", question="refund??")
    clock.now = NOW - timedelta(days=10)
    old.record_question("answered", question="reset password", user="U2", channel="C1",
                        faq_id="reset", score=0.9)
    old.close()

    clock.now = NOW
    store = FeedbackStore.open(db_url, clock=clock, retention=timedelta(days=90))  # on start-up
    by_question = {r["kind"]: r for r in rows(db_url, events)}
    assert [(r["user_id"], r["question"]) for r in rows(db_url, events)] == [
        (None, None), (None, None), (None, None), ("U2", "reset password")]
    assert by_question["suggestion_accepted"]["faq_id"] == "shipping"  # what it was about stays
    assert [(r["user_id"], r["question"]) for r in rows(db_url, votes)] == [(None, None)]
    counts = store.outcome_counts(NOW - timedelta(days=365))
    assert (counts.answered, counts.declined) == (1, 1)
    assert store.vote_counts() == [VoteCount("refund", 1, 0)]

    clock.now = NOW + timedelta(days=85)  # while writing, at most hourly
    store.record_question("declined", question="new", user="U3", channel="C1")
    assert [r["user_id"] for r in rows(db_url, events)] == [None, None, None, None, "U3"]
    store.close()


# -- the old JSONL log -------------------------------------------------------------------
def t(minutes: int) -> str:
    return (NOW - timedelta(minutes=minutes)).isoformat(timespec="seconds")


# Records as the old FeedbackLog wrote them, and some it never wrote but a file may hold.
LEGACY = [
    {"time": t(50), "kind": "unanswered", "question": "How do I cancel?", "user": "U1",
     "channel": "C1", "suggestions": ["refund"]},
    {"time": t(49), "kind": "unanswered", "question": "退货地址在哪里", "user": None,
     "channel": None, "suggestions": []},
    {"time": t(48), "kind": "suggestion_accepted", "question": "money back?", "faq_id": "refund",
     "user": "U4", "channel": "C1"},
    {"time": t(47), "kind": "feedback", "vote": "down", "faq_id": "refund", "question": "q",
     "user": "U1", "channel": "C1", "message_ts": "1.1"},
    {"time": t(47), "kind": "feedback", "vote": "up", "faq_id": "refund", "question": "q",
     "user": "U1", "channel": "C1", "message_ts": "1.1"},
    {"time": t(46), "kind": "feedback", "vote": "down", "faq_id": "wifi", "question": "q",
     "user": "U3", "message_ts": "2.1", "client": {"os": "mac", "n": [1, 2.5, None]}},
    {"time": "2026-11-29T11:10:00Z", "kind": "unanswered", "question": "zulu time"},
    {"time": "2026-11-29T19:11:00.123456+08:00", "kind": "unanswered", "question": "offset"},
    {"time": "2026-11-29T11:12:00", "kind": "unanswered", "question": "naive", "user": 12345,
     "channel": "C" * 65, "suggestions": "refund"},
    {"time": t(40), "kind": "app_home_opened", "user": "U9"},
    {"time": t(39), "question": "no kind at all"},
]


def write_lines(path: Path, lines: list[str | bytes]) -> Path:
    with open(path, "wb") as handle:
        for line in lines:
            handle.write((line if isinstance(line, bytes) else line.encode()) + b"\n")
    return path


def test_asked_questions_are_the_most_recent_live_ones_oldest_first(db_url, clock, tmp_path):
    clock.now = NOW - timedelta(days=100)
    store = FeedbackStore.open(db_url, clock=clock, retention=timedelta(days=90))
    store.record_question("declined", question="erased by retention", user="U0", channel="C1")
    for day, outcome in enumerate(("answered", "declined", "did_you_mean", "answered")):
        clock.now = NOW - timedelta(days=10 - day)
        store.record_question(outcome, question=f"question {day}", user="U1", channel="C1",
                              **({"faq_id": "reset", "score": 0.9} if outcome == "answered" else {}))
    store.record_accepted("reset", question="not a question asked", user="U1", channel="C1")
    # The old JSONL log only ever logged unanswered questions: imported ones would skew the share.
    log = tmp_path / "old.jsonl"
    log.write_text(json.dumps({"time": t(5), "kind": "unanswered", "question": "imported"}) + "\n")
    import_jsonl(store, log)
    clock.now = NOW
    store.erase_expired()
    assert store.asked_questions(10) == ["question 0", "question 1", "question 2", "question 3"]
    assert store.asked_questions(2) == ["question 2", "question 3"]
    store.close()


def test_jsonl_import_keeps_every_record_reports_damaged_lines_and_runs_once(store, db_url, tmp_path):
    damaged = [
        '{"kind": "feedback", "vote": "do',                                        # torn write
        '["a", "list"]',
        b'{"time": "' + t(1).encode() + b'", "kind": "unanswered", "question": "\xff"}',
        json.dumps({"time": t(1), "kind": "feedback", "vote": "maybe", "faq_id": "refund"}),
        json.dumps({"time": t(1), "kind": "feedback", "vote": "up", "faq_id": "bad id"}),
        json.dumps({"time": t(1), "kind": "suggestion_accepted", "question": "q"}),
        json.dumps({"time": "yesterday", "kind": "unanswered"}),
        json.dumps({"kind": "unanswered", "question": "when?"}),
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in LEGACY[:4]] + damaged[:4] + [""] + \
        [json.dumps(r, ensure_ascii=False) for r in LEGACY[4:]] + damaged[4:]
    log = write_lines(tmp_path / "faqbot-feedback.jsonl", lines)
    before = log.read_bytes()

    result = import_jsonl(store, log)
    assert result.imported == len(LEGACY) and not result.already
    assert imported_events(store, result.sha256) == LEGACY
    assert [p.split(": ", 1)[0] for p in result.problems] == [
        f"{log}:{n}" for n in (5, 6, 7, 8, 17, 18, 19, 20)]
    assert "not a JSON record" in result.problems[0] and "not a JSON object" in result.problems[1]
    assert "not UTF-8" in result.problems[2] and "'vote'" in result.problems[3]
    assert "'faq_id' is not an FAQ id: 'bad id'" in result.problems[4]
    assert "'faq_id' missing" in result.problems[5] and "'time'" in result.problems[6]
    # U1 changed their mind (down, then up in the same second): their last click counts.
    assert sorted(store.vote_counts(), key=lambda v: v.faq_id) == [
        VoteCount("refund", 0, 1), VoteCount("wifi", 1, 0)]

    again = import_jsonl(store, log)
    assert again.already and again.imported == 0
    assert len(rows(db_url, events)) == len(LEGACY)
    assert log.read_bytes() == before  # read, never changed

    with open(log, "ab") as handle:  # an old bot version kept appending to it
        handle.write((json.dumps(LEGACY[0]) + "\n").encode())
    grown = import_jsonl(store, log)
    assert (grown.imported, grown.resumed_at_line, grown.problems) == (1, len(lines) + 1, [])
    assert len(rows(db_url, events)) == len(LEGACY) + 1


def test_a_log_longer_than_one_import_batch_is_imported_whole(tmp_path):
    from bot.feedback.jsonl_import import IMPORT_BATCH

    store = FeedbackStore.open(f"sqlite:///{tmp_path / 'feedback.db'}", clock=Clock())
    records = [{"time": t(1), "kind": "feedback", "vote": "up" if i % 3 else "down",
                "faq_id": "refund", "question": "q", "user": f"U{i % 7}", "message_ts": "1.1"}
               for i in range(2 * IMPORT_BATCH + 5)]
    log = write_lines(tmp_path / "log.jsonl", [json.dumps(r) for r in records])
    result = import_jsonl(store, log)
    assert result.imported == len(records)
    assert imported_events(store, result.sha256) == records
    # Seven users, each with one standing vote: their last click in the file.
    last = {r["user"]: r["vote"] for r in records}
    assert store.vote_counts() == [VoteCount("refund", list(last.values()).count("down"),
                                             list(last.values()).count("up"))]
    store.close()


def test_jsonl_import_truncates_long_questions_like_every_write(db_url, tmp_path):
    store = FeedbackStore.open(db_url, question_chars=10)
    log = write_lines(tmp_path / "log.jsonl", [json.dumps(
        {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"), "kind": "unanswered",
         "question": "x" * 100})])
    result = import_jsonl(store, log)
    assert result.truncated == 1 and "truncated 1 long questions" in result.summary()
    assert [r["question"] for r in rows(db_url, events)] == ["x" * 10]
    store.close()


def test_two_replicas_importing_the_same_log_at_once_import_it_once(postgres_url, tmp_path):
    log = write_lines(tmp_path / "log.jsonl", [json.dumps(r) for r in LEGACY])
    stores = [FeedbackStore.open(postgres_url, clock=Clock()) for _ in range(2)]
    results = []
    start = threading.Barrier(2)

    def run(store):
        start.wait()
        results.append(import_jsonl(store, log))

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(r.already for r in results) == [False, True]
    assert len(rows(postgres_url, events)) == len(LEGACY)
    for store in stores:
        store.close()


def test_open_store_imports_the_feedback_log_setting_once(tmp_path):
    log = write_lines(tmp_path / "faqbot-feedback.jsonl", [json.dumps(r) for r in LEGACY[:3]])
    settings = Settings(feedback_log=log)
    assert database_url(settings).database == str(tmp_path / "faqbot-feedback.db")
    for _ in range(2):
        open_store(settings).close()
    assert len(rows(f"sqlite:///{tmp_path / 'faqbot-feedback.db'}")) == 3


# -- the report --------------------------------------------------------------------------
def store_with_history(store: FeedbackStore) -> FeedbackStore:
    for question in ["How do I cancel?", "how do i cancel", "Where is the canteen?"]:
        store.record_question("declined", question=question, suggestions=["refund"], user="U1",
                              channel="C1")
    store.record_question("answered", question="refund?", user="U1", channel="C1",
                          faq_id="refund", score=0.9)
    vote(store, "down", user="U1", question="q")
    vote(store, "down", user="U1", question="q")
    vote(store, "down", user="U2", question="q")
    vote(store, "down", user="U3", faq_id="wifi", message_ts="2.1", question="q")
    vote(store, "up", user="U3", faq_id="wifi", message_ts="2.1", question="q")
    store.record_accepted("refund", question="money back?", user="U4", channel="C1")
    return store


def test_report_summarises_misses_votes_and_accepted_suggestions(store):
    report = summarise(store_with_history(store), since=NOW - timedelta(days=1))
    assert report.unanswered == [("How do I cancel?", 2), ("Where is the canteen?", 1)]
    # One vote per user per message (their last click): U3 changed their mind.
    assert report.downvoted == [("refund", 2, 0)]
    assert report.accepted == [("money back?", "refund", 1)]
    assert (report.outcomes.answered, report.outcomes.unanswered) == (1, 3)
    listed = summarise(store, known_ids={"wifi"})  # entries the FAQ no longer has: not listed
    assert listed.downvoted == [] and listed.accepted == []


def test_report_command_reads_the_database_as_text_and_json(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'feedback.db'}"
    store_with_history(FeedbackStore.open(url)).close()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FAQBOT_DATABASE_URL", url)
    assert main(["report"]) == 0
    text = capsys.readouterr().out
    assert f"Feedback report from {url}" in text
    assert "Top unanswered questions" in text and "2×  How do I cancel?" in text
    assert "2 👎    0 👍  refund" in text
    assert "money back?  →  refund" in text
    assert "   4   asked" in text and "   3   not answered (0 did-you-mean, 3 declined)" in text
    assert main(["report", "--json", "--top", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unanswered"] == [{"question": "How do I cancel?", "count": 2}]
    assert data["downvoted"] == [{"faq_id": "refund", "down": 2, "up": 0}]
    assert data["accepted_suggestions"] == [{"question": "money back?", "faq_id": "refund", "count": 1}]
    assert (data["outcomes"]["answered"], data["outcomes"]["unanswered"]) == (1, 3)


def test_report_log_imports_the_file_once_then_reports(tmp_path, monkeypatch, capsys):
    log = write_lines(tmp_path / "old.jsonl", [json.dumps(r, ensure_ascii=False) for r in LEGACY]
                      + ['{"torn'])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FAQBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'feedback.db'}")
    assert main(["report", "--log", str(log), "--json"]) == 0
    out, err = capsys.readouterr()
    assert f"{log}: imported {len(LEGACY)} records, skipped 1 damaged lines" in err
    assert f"warning: {log}:{len(LEGACY) + 1}: not a JSON record" in err
    data = json.loads(out)
    assert {"question": "How do I cancel?", "count": 1} in data["unanswered"]
    assert data["downvoted"] == [{"faq_id": "wifi", "down": 1, "up": 0}]
    assert main(["report", "--log", str(log), "--json"]) == 0
    out, err = capsys.readouterr()
    assert f"{log}: already imported" in err
    again = json.loads(out)
    assert again["outcomes"].pop("since") >= data["outcomes"].pop("since")  # a later run
    again["outcomes"].pop("until"), data["outcomes"].pop("until")
    assert again == data  # nothing counted twice
    assert main(["report", "--log", str(tmp_path / "missing.jsonl")]) == 2
    assert "missing.jsonl: no such feedback log" in capsys.readouterr().err


# -- secrets -----------------------------------------------------------------------------
PASSWORD = "s3cr3t-db-pw"


def test_the_database_password_never_reaches_logs_errors_or_settings(
        postgres_url, tmp_path, monkeypatch, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    url = sa.engine.make_url(postgres_url).set(password=PASSWORD)  # trust auth: accepted
    settings = Settings(database_url=SecretStr(url.render_as_string(hide_password=False)),
                        feedback_log=tmp_path / "none.jsonl")
    open_store(settings).close()
    assert "feedback store: postgresql+psycopg://postgres:***@" in caplog.text
    assert PASSWORD not in caplog.text and PASSWORD not in repr(settings)
    assert PASSWORD not in settings.model_dump_json()

    monkeypatch.chdir(tmp_path)
    with socket_closed_port() as port:
        monkeypatch.setenv("FAQBOT_DATABASE_URL",
                           f"postgresql+psycopg://postgres:{PASSWORD}@127.0.0.1:{port}/x")
        assert main(["report"]) == 2
    err = capsys.readouterr().err
    assert "faqbot: error: feedback database:" in err and str(port) in err
    monkeypatch.setenv("FAQBOT_DATABASE_URL", f"postgresql+psycopg://u:{PASSWORD}@host:port/db")
    assert main(["report"]) == 2
    err = capsys.readouterr().err
    assert "FAQBOT_DATABASE_URL is not a SQLAlchemy URL" in err
    assert PASSWORD not in err and PASSWORD not in caplog.text


class socket_closed_port:
    """A local port nothing listens on (bound, then released)."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    def __exit__(self, *exc) -> None:
        return None


def test_escalations_are_stored_once_per_thread_and_answered_by_the_first_reply(store, clock):
    store.record_escalation(thread_ref="C0GENERAL1/1.000100", target_ref="C0HELP0001/2.000100",
                            user="U0ASKER001", question="Can I bring my dog?", faq_id="wifi-password",
                            score=0.41)
    # A second escalation of the same thread (another replica's click) stores nothing.
    store.record_escalation(thread_ref="C0GENERAL1/1.000100", target_ref="C0HELP0001/3.000100",
                            user="U0OTHER001", question="again")
    [open_] = store.escalations()
    assert (open_.user_id, open_.question, open_.target_ref, open_.answered) == \
        ("U0ASKER001", "Can I bring my dog?", "C0HELP0001/2.000100", False)
    clock.now = NOW + timedelta(minutes=7)
    store.record_escalation_answered("C0HELP0001/2.000100", user="U0HELPER01",  # in the post's thread
                                     reply="*Yes*, on a lead.")
    clock.now = NOW + timedelta(minutes=9)
    store.record_escalation_answered("C0GENERAL1/1.000100", user="U0LATER001", reply="No!")  # later: no change
    escalation = store.escalation("C0GENERAL1/1.000100")
    assert (escalation.answered_by, escalation.reply) == ("U0HELPER01", "*Yes*, on a lead.")
    assert escalation.time_to_answer == timedelta(minutes=7)
    report = summarise(store, since=NOW - timedelta(days=1))
    assert report.to_json()["escalations"][0]["seconds_to_answer"] == 420
    from bot.feedback.report import format_report
    assert "answered, median time to answer 7 min" in format_report(report)
    # Retention erases the personal data of old escalations.
    clock.now = NOW + timedelta(days=200)
    store.erase_expired()
    erased = store.escalation("C0GENERAL1/1.000100")
    assert (erased.user_id, erased.question, erased.answered_by, erased.reply) == (None, None, None, None)


def test_a_long_reply_is_kept_up_to_the_length_of_an_faq_answer(store):
    from bot.feedback.schema import REPLY_CHARS

    store.record_escalation(thread_ref="C0GENERAL1/7.000100", target_ref=None, user="U0ASKER001",
                            question="Tell me everything")
    store.record_escalation_answered("C0GENERAL1/7.000100", user="U0HELPER01", reply="答" * (REPLY_CHARS + 50))
    assert store.escalation("C0GENERAL1/7.000100").reply == "答" * REPLY_CHARS


def test_escalations_recorded_through_the_spool_reach_postgresql_once(postgres_url, tmp_path):
    import time

    from bot.feedback.spool import open_spooled

    store = open_spooled(sa.engine.make_url(postgres_url), tmp_path / "spool.db")
    try:
        store.record_escalation(thread_ref="C0GENERAL1/5.000100", target_ref="C0HELP0001/6.000100",
                                user="U0ASKER001", question="Is there parking?",
                                permalink="https://acme.slack.com/archives/C0GENERAL1/p5000100")
        store.record_escalation_answered("C0GENERAL1/5.000100", user="U0HELPER01", reply="Yes, level -2.")
        deadline = time.monotonic() + 60
        while not (store.escalations() and store.escalations()[0].answered):
            assert time.monotonic() < deadline, "the spooled escalation never reached the database"
            time.sleep(0.1)
        [row] = store.escalations()
        assert (row.question, row.answered_by, row.reply, row.permalink) == \
            ("Is there parking?", "U0HELPER01", "Yes, level -2.", "https://acme.slack.com/archives/C0GENERAL1/p5000100")
    finally:
        store.close()

"""An escalation's reminder outlives the process that escalated.

Black box: three real ``python -m bot serve`` processes in HTTP mode, sharing the feedback
database (a fresh PostgreSQL database) and the exactly-once claims (Redis), driven only by
signed Slack deliveries; what they post is what the recording Slack stand-in received.
The replica that escalates is SIGKILLed before the reminder is due; one of the other two
sends it, once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional
from urllib.error import URLError

import sqlalchemy as sa

from bot.slack.blocks import ASK_PERSON
from redis_process import free_port
from slack_fixtures import OFF_TOPIC, write_it_faq
from slack_standin import (
    BOT_TOKEN, BOT_USER_ID, SIGNING_SECRET, SlackWebStandIn, app_mention, block_actions, buttons_of,
    event_callback, interaction_body, post, signed_headers,
)

START_TIMEOUT = 180  # model and index load on a busy machine; not a latency assertion
GENERAL, HELPDESK = "C0GENERAL1", "C0HELPDESK1"
ASKER = "U0ASKER001"
REMIND_AFTER = 10.0  # seconds: long enough to kill the escalating replica first
POLL = 0.5


class Replica:
    """One ``python -m bot serve`` process, its log in a file."""

    def __init__(self, name: str, workdir: Path, env: dict[str, str]) -> None:
        self.name, self.workdir = name, workdir
        self.port = free_port()
        self.log_path = workdir / f"{name}.log"
        env = {**env, "FAQBOT_PORT": str(self.port),
               "FAQBOT_FEEDBACK_LOG": str(workdir / f"{name}-feedback.jsonl")}
        with open(self.log_path, "a", encoding="utf-8") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "bot", "serve"], env=env, cwd=workdir,
                                            stdout=log, stderr=subprocess.STDOUT)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def wait_ready(self) -> None:
        body = json.dumps({"token": "t", "challenge": "ready", "type": "url_verification"}).encode()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"replica {self.name} exited:\n{self.log()[-3000:]}")
            try:
                if post(self.url, body, signed_headers(body))[0] == 200:
                    return
            except (URLError, ConnectionError):
                pass
            time.sleep(0.2)
        raise AssertionError(f"replica {self.name} not ready:\n{self.log()[-3000:]}")

    def send(self, body: bytes, content_type: str = "application/json") -> None:
        assert post(self.url, body, signed_headers(body, content_type=content_type))[0] == 200

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(60)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def stored_escalation(database_url: str) -> Optional[dict]:
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as connection:
            row = connection.execute(sa.text("SELECT * FROM feedback_escalations")).first()
            return dict(row._mapping) if row is not None else None
    except sa.exc.ProgrammingError:  # not migrated yet
        return None
    finally:
        engine.dispose()


def wait_until(predicate, what: str, timeout: float = 90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"never happened: {what}")


def test_a_due_reminder_is_sent_once_by_another_replica_after_the_escalating_one_was_killed(
        tmp_path, postgres_url, redis_url, redis_prefix):
    faq_dir = write_it_faq(tmp_path / "faq")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAQBOT_", "SLACK_"))}
    env.update(FAQBOT_CONFIG=str(tmp_path / "none.toml"), FAQBOT_FAQ_DIR=str(faq_dir),
               FAQBOT_INDEX_DIR=str(tmp_path / "index"), FAQBOT_EMBED_THREADS="1")
    subprocess.run([sys.executable, "-m", "bot", "index"], env=env, cwd=tmp_path, check=True,
                   capture_output=True, timeout=START_TIMEOUT)
    slack = SlackWebStandIn().start()
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
               FAQBOT_SLACK_API_URL=slack.api_url, FAQBOT_HOST="127.0.0.1",
               FAQBOT_DATABASE_URL=postgres_url, FAQBOT_REDIS_URL=redis_url,
               FAQBOT_REDIS_KEY_PREFIX=redis_prefix, FAQBOT_REDIS_TIMEOUT="2",
               FAQBOT_CHANNELS=json.dumps({GENERAL: {"escalate_to": HELPDESK}}),
               FAQBOT_ESCALATION_REMINDER_AFTER=str(REMIND_AFTER),
               FAQBOT_ESCALATION_REMINDER_POLL=str(POLL))
    replicas = [Replica(name, tmp_path, env) for name in ("a", "b", "c")]
    try:
        for replica in replicas:
            replica.wait_ready()
        escalating, *others = replicas
        question = app_mention(OFF_TOPIC, channel=GENERAL, user=ASKER)
        escalating.send(json.dumps(event_callback(question)).encode())
        [reply] = slack.wait_for_posts(1)
        button = next(b for b in buttons_of(reply.blocks) if b["action_id"] == ASK_PERSON)
        message = {"type": "message", "ts": "1700000999.000100", "thread_ts": question["ts"],
                   "user": BOT_USER_ID, "text": reply.params.get("text", "")}
        escalating.send(interaction_body(block_actions(button, slack.response_url(), user=ASKER,
                                                       channel=GENERAL, message=message)),
                        "application/x-www-form-urlencoded")
        slack.wait_for(lambda calls: any("I've asked" in c.block_text for c in calls))
        # Stored in the shared database (replayed from the escalating replica's spool)...
        row = wait_until(lambda: stored_escalation(postgres_url), "the escalation reached PostgreSQL")
        # ...and the escalating replica dies before the reminder is due.
        escalating.kill()
        due = row["escalated_at"] + timedelta(seconds=REMIND_AFTER)
        assert datetime.now(timezone.utc).replace(tzinfo=None) < due, \
            "the escalating replica lived until the reminder was due: the test proves nothing"
        assert [c for c in slack.calls_to("chat.postMessage") if "Reminder:" in c.block_text] == []

        slack.wait_for(lambda calls: any("Reminder:" in c.block_text for c in calls), timeout=REMIND_AFTER + 60)
        time.sleep(6 * POLL)  # both survivors looked again since: a second reminder would be here
        reminders = [c for c in slack.calls_to("chat.postMessage") if "Reminder:" in c.block_text]
        assert len(reminders) == 1
        [escalation_post] = [m for m in slack.posts_in(HELPDESK) if "thread_ts" not in m]
        assert (reminders[0].params["channel"], reminders[0].params["thread_ts"]) == \
            (HELPDESK, escalation_post["ts"])
        assert f"<@{ASKER}>" in reminders[0].block_text
        assert stored_escalation(postgres_url)["reminded_at"] is not None
        assert sum("reminding in" in r.log() for r in others) == 1
    finally:
        for replica in replicas:
            replica.stop()
        slack.stop()

"""``faqbot serve`` as a real process with PostgreSQL down (a TCP proxy refusing in
front of the machine's PostgreSQL): it starts and answers, says so once, keeps the
records in its spool across a SIGTERM, and the restarted process replays them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import sqlalchemy as sa

from bot.feedback.spool import Spool
from slack_fixtures import QUESTIONS, write_it_faq
from slack_standin import (
    BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn, app_mention, event_callback, post, signed_headers,
)
from tcp_proxy import TcpProxy
from test_feedback_spool import table_rows, wait_until
from test_replicas_http import START_TIMEOUT, Replica


def test_serve_starts_with_postgresql_down_and_its_spool_survives_a_restart(tmp_path, postgres_url):
    faq_dir, index_dir = write_it_faq(tmp_path / "faq"), tmp_path / "index"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAQBOT_", "SLACK_"))}
    env.update(FAQBOT_CONFIG=str(tmp_path / "none.toml"), FAQBOT_FAQ_DIR=str(faq_dir),
               FAQBOT_INDEX_DIR=str(index_dir), FAQBOT_EMBED_THREADS="1")
    subprocess.run([sys.executable, "-m", "bot", "index"], env=env, cwd=tmp_path, check=True,
                   capture_output=True, timeout=START_TIMEOUT)
    target = sa.engine.make_url(postgres_url)
    slack = SlackWebStandIn().start()
    with TcpProxy(target.host, target.port or 5432) as proxy:
        proxy.refuse()
        env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                   FAQBOT_SLACK_API_URL=slack.api_url, FAQBOT_HOST="127.0.0.1",
                   FAQBOT_DATABASE_URL=target.set(port=proxy.port).render_as_string(hide_password=False),
                   FAQBOT_DATABASE_CONNECT_TIMEOUT="2")
        replica = Replica("a", tmp_path, env).start()
        try:
            replica.wait_ready()  # old code: exits 2 ("feedback database: connection refused")
            questions = list(QUESTIONS)[:3]
            for question in questions:
                body = json.dumps(event_callback(app_mention(question))).encode()
                assert post(replica.url, body, signed_headers(body))[0] == 200
            slack.wait_for_posts(len(questions))
        finally:
            replica.stop()  # SIGTERM: what was handed to the spool is written before exit
        first_log = replica.log()
        spool = Spool(tmp_path / "a-feedback.spool.db")
        assert spool.depth() == len(questions), first_log[-3000:]
        assert table_rows(postgres_url) == []
        warnings = [line for line in first_log.splitlines() if "WARNING" in line and "feedback" in line]
        assert len(warnings) == 1 and "not available" in warnings[0], warnings

        proxy.forward()
        replica = Replica("a", tmp_path, env).start()  # the restart, on the same spool
        try:
            replica.wait_ready()
            wait_until(lambda: spool.depth() == 0, "the restarted replica replayed its spool")
        finally:
            replica.stop()
    slack.stop()
    stored = table_rows(postgres_url)
    assert sorted(r["question"] for r in stored) == sorted(questions)
    assert len({r["record_id"] for r in stored}) == len(questions)

"""Issue 20, item 7: ``faqbot serve`` start-up errors are one line, before the index loads.

Black box: ``python -m bot serve`` processes against the recording Slack stand-in (which
refuses unknown tokens here, as Slack does) with an index folder that does not exist yet:
a process that got as far as loading would build it there.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from redis_process import free_port
from slack_fixtures import write_it_faq
from slack_standin import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn

TIMEOUT = 120  # an interpreter start on a busy machine; not a latency assertion


@pytest.fixture(scope="module")
def slack():
    standin = SlackWebStandIn().start()
    standin.valid_tokens = {BOT_TOKEN, APP_TOKEN}
    yield standin
    standin.stop()


@pytest.fixture
def env(tmp_path: Path, slack: SlackWebStandIn) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("FAQBOT_", "SLACK_"))}
    environment.update(FAQBOT_CONFIG=str(tmp_path / "none.toml"),
                       FAQBOT_FAQ_DIR=str(write_it_faq(tmp_path / "faq")),
                       FAQBOT_INDEX_DIR=str(tmp_path / "index"), FAQBOT_HOST="127.0.0.1",
                       FAQBOT_PORT=str(free_port()), FAQBOT_FEEDBACK_LOG=str(tmp_path / "feedback.jsonl"),
                       FAQBOT_SLACK_API_URL=slack.api_url,
                       SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET)
    return environment


def serve(env: dict[str, str], cwd: Path) -> tuple[int, list[str]]:
    done = subprocess.run([sys.executable, "-m", "bot", "serve"], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=TIMEOUT)
    return done.returncode, done.stderr.splitlines() + done.stdout.splitlines()


def assert_one_line_before_loading(code: int, lines: list[str], env: dict[str, str], *expected: str) -> None:
    assert code == 2, lines
    assert len(lines) == 1, lines
    assert lines[0].startswith("faqbot: error: "), lines
    for text in expected:
        assert text in lines[0], lines
    assert not Path(env["FAQBOT_INDEX_DIR"]).exists()  # nothing was loaded or built


def test_an_invalid_bot_token_is_named(env, tmp_path, slack):
    env["SLACK_BOT_TOKEN"] = "xoxb-1111-wrong-token"
    code, lines = serve(env, tmp_path)
    assert_one_line_before_loading(code, lines, env, "SLACK_BOT_TOKEN", "auth.test", "invalid_auth")
    assert "xoxb-1111-wrong-token" not in lines[0]


def test_an_invalid_app_token_is_named_in_socket_mode(env, tmp_path):
    env["SLACK_APP_TOKEN"] = "xapp-1-wrong-app-token"
    code, lines = serve(env, tmp_path)
    assert_one_line_before_loading(code, lines, env, "SLACK_APP_TOKEN", "apps.connections.open",
                                   "invalid_auth")
    assert "xapp-1-wrong-app-token" not in lines[0]


def test_slack_unreachable_names_the_url_setting(env, tmp_path):
    env["FAQBOT_SLACK_API_URL"] = f"http://127.0.0.1:{free_port()}/api/"  # nothing listens there
    code, lines = serve(env, tmp_path)
    assert_one_line_before_loading(code, lines, env, "Slack is unreachable", env["FAQBOT_SLACK_API_URL"],
                                   "FAQBOT_SLACK_API_URL", "refused")


@pytest.mark.parametrize("setting", ["FAQBOT_PORT", "FAQBOT_METRICS_PORT"])
def test_a_port_in_use_names_the_setting(env, tmp_path, slack, setting):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env[setting] = str(port)
        env["FAQBOT_METRICS_HOST"] = "127.0.0.1"
        calls_before = len(slack.calls)
        code, lines = serve(env, tmp_path)
    assert_one_line_before_loading(code, lines, env, f"127.0.0.1:{port}", f"({setting})", "in use")
    assert len(slack.calls) == calls_before  # refused before contacting Slack


# -- the assembly -----------------------------------------------------------------------
def test_assemble_builds_the_process_from_settings_without_loading_the_index(tmp_path, slack):
    """One switch runs through the Web API client and the listeners: an uninstall delivered to
    the assembled app stops what the client would post, and nothing was loaded to get there."""
    import json

    from slack_bolt.request import BoltRequest

    from bot.config import Settings
    from bot.slack.assembly import assemble
    from bot.slack.http_server import HttpServer
    from slack_standin import event_callback, signed_headers

    settings = Settings(faq_dir=write_it_faq(tmp_path / "faq"), index_dir=tmp_path / "index",
                        slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                        slack_api_url=slack.api_url, host="127.0.0.1", port=0,
                        feedback_log=tmp_path / "feedback.jsonl")
    process = assemble(settings)
    try:
        assert isinstance(process.front, HttpServer) and not process.socket_mode
        assert not (tmp_path / "index").exists()
        body = json.dumps(event_callback({"type": "app_uninstalled"}))
        response = process.app.dispatch(BoltRequest(body=body, headers=signed_headers(body.encode())))
        assert response.status == 200
        assert process.switch.stopped
        watch = process.app.client.retry_handlers[0]
        assert watch.switch is process.switch
    finally:
        process.front.socket.close()

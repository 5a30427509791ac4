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

from production_support import free_port
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


def test_slack_not_answering_is_unreachable_within_the_timeout(env, tmp_path):
    with socket.socket() as silent:  # accepts connections (the backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        env["FAQBOT_SLACK_API_URL"] = f"http://127.0.0.1:{silent.getsockname()[1]}/api/"
        env["FAQBOT_SLACK_TIMEOUT"] = "1"
        code, lines = serve(env, tmp_path)
    assert_one_line_before_loading(code, lines, env, "Slack is unreachable", "FAQBOT_SLACK_API_URL",
                                   "no answer within 1 s (FAQBOT_SLACK_TIMEOUT)")


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


# -- a serving process ------------------------------------------------------------------
def wait_until(predicate, what: str, process: subprocess.Popen, log: Path, timeout: float = 240) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not predicate():
        if process.poll() is not None:
            raise AssertionError(f"faqbot serve exited waiting for {what}:\n{log.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} in {timeout}s:\n{log.read_text()[-3000:]}")
        time.sleep(0.1)


def test_a_serve_process_gives_every_request_a_clear_answer(env, tmp_path, slack):
    """`faqbot serve` in HTTP mode: a bad timestamp, an event it has no listener for, a
    thank-you, a question, then the uninstall, after which nothing is posted."""
    import json
    from urllib.error import URLError

    from slack_standin import direct_message, event_callback, post, signed_headers

    log = tmp_path / "serve.log"
    url = f"http://127.0.0.1:{env['FAQBOT_PORT']}/slack/events"
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen([sys.executable, "-m", "bot", "-v", "serve"], env=env, cwd=tmp_path,
                                   stdout=out, stderr=subprocess.STDOUT)

    def send(payload: dict, **headers: str) -> int:
        body = json.dumps(payload).encode()
        try:
            return post(url, body, {**signed_headers(body), **headers})[0]
        except (URLError, ConnectionError):
            return 0

    def posts() -> list:
        return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == "D0SERVE001"]

    auth_tests_before = len(slack.calls_to("auth.test"))
    try:
        wait_until(lambda: send({"token": "t", "challenge": "c", "type": "url_verification"}) == 200,
                   "HTTP server", process, log)
        question = event_callback(direct_message("I forgot my password", channel="D0SERVE001"))
        assert send(question, **{"X-Slack-Request-Timestamp": "abc"}) == 401
        assert send(question, **{"X-Slack-Request-Timestamp": "1e3"}) == 401
        assert send(event_callback({"type": "member_joined_channel", "user": "U0NEWBIE01",
                                    "channel": "C0GENERAL1", "event_ts": "1.0"})) == 200
        assert send(event_callback(direct_message("thanks, that worked!", channel="D0SERVE001"))) == 200
        assert send(question) == 200
        wait_until(lambda: len(posts()) == 1, "answer", process, log)
        assert send(event_callback({"type": "app_uninstalled"})) == 200
        assert send(event_callback(direct_message("how can I connect to the vpn", channel="D0SERVE001"))) == 200
        wait_until(lambda: "dropped a event_callback request: posting stopped" in log.read_text(),
                   "dropped question", process, log)
    finally:
        process.terminate()
        process.wait(60)
    text = log.read_text()
    # The preflight's auth.test is the only one: the Bolt app is given its answer.
    assert len(slack.calls_to("auth.test")) - auth_tests_before == 1
    assert len(posts()) == 1 and "reset" in posts()[0].params["text"].lower()
    assert "Traceback" not in text and "Unhandled request" not in text
    assert text.count("stopped posting to Slack") == 1
    assert text.count("missing or invalid X-Slack-Request-Timestamp") == 2


def test_two_processes_starting_on_one_port_one_is_refused_at_once(env, tmp_path, slack):
    """The preflight holds the port it checked (bound and listening) until the server serves
    on it: a second process started while the first is still loading fails in one line,
    before loading anything (old: the check was a probe released at once, so both passed)."""
    import json

    from slack_standin import post, signed_headers

    first_log = tmp_path / "first.log"
    with open(first_log, "w", encoding="utf-8") as out:
        first = subprocess.Popen([sys.executable, "-m", "bot", "serve"], env=env, cwd=tmp_path,
                                 stdout=out, stderr=subprocess.STDOUT)
    try:
        # Past its preflight, building its index (none exists yet): not serving.
        wait_until(lambda: "Slack: bot user" in first_log.read_text(), "preflight", first, first_log)
        second_env = {**env, "FAQBOT_INDEX_DIR": str(tmp_path / "second-index")}
        code, lines = serve(second_env, tmp_path)
        assert_one_line_before_loading(code, lines, second_env, f"127.0.0.1:{env['FAQBOT_PORT']}",
                                       "(FAQBOT_PORT)", "in use")
        body = json.dumps({"token": "t", "challenge": "c", "type": "url_verification"}).encode()
        url = f"http://127.0.0.1:{env['FAQBOT_PORT']}/slack/events"

        def first_serves() -> bool:
            try:
                return post(url, body, signed_headers(body))[0] == 200
            except OSError:
                return False

        wait_until(first_serves, "the first process serving", first, first_log)
    finally:
        first.terminate()
        first.wait(60)

"""The HTTP-mode server itself (uvicorn + Starlette in front of the real Bolt app), over
real HTTP and raw sockets on 127.0.0.1: junk from strangers, slow clients, long questions."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import socket
import time

import httpx
import pytest

from bot.slack.blocks import DID_YOU_MEAN, NOT_SURE
from bot.slack.runner import HttpLimits
from bot.slack.text import question_text
from slack_fixtures import drain, serving_http
from slack_standin import (
    SIGNING_SECRET, app_mention, direct_message, event_callback, post, signed_headers,
)
from test_slack_http import answered_id, send_event

SMALL_BODY_LIMIT = 64 * 1024


@pytest.fixture
def guarded_app(slack_app):
    """The app behind the server with short limits, so slow clients are cut off quickly."""
    limits = HttpLimits(max_body_bytes=SMALL_BODY_LIMIT, request_timeout=1.0, keep_alive_timeout=1.0)
    with serving_http(slack_app, limits) as running:
        yield running


def signed_over_bytes(body: bytes) -> dict[str, str]:
    """Slack's signature over any bytes (slack_sdk's own signer only takes UTF-8)."""
    timestamp = str(int(time.time()))
    digest = hmac.new(SIGNING_SECRET.encode(), b"v0:" + timestamp.encode() + b":" + body,
                      hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": f"v0={digest}"}


def no_tracebacks(records) -> None:
    noisy = [r for r in records if r.exc_info or "Traceback" in r.getMessage()]
    assert not noisy, [r.getMessage() for r in noisy]


# -- junk from strangers ---------------------------------------------------------------
def test_unsigned_and_malformed_bodies_get_4xx_and_one_log_line_each(guarded_app, slack_api, caplog):
    caplog.set_level(logging.DEBUG)
    good = json.dumps(event_callback(app_mention("I forgot my password"))).encode()
    unsigned = {"Content-Type": "application/json"}
    cases = [
        (b"{not json", unsigned, 401),
        (b"\xff\xfe\x00garbage", unsigned, 400),
        (good, {**signed_headers(good), "X-Slack-Signature": "v0=" + "0" * 64}, 401),
        (good, signed_headers(good, timestamp=int(time.time()) - 3600), 401),
        # Signed (someone holding the secret, or a Slack bug) yet not a payload: 400, no traceback.
        (b"{not json", signed_headers(b"{not json"), 400),
        (b"\xff\xfe\x00garbage", signed_over_bytes(b"\xff\xfe\x00garbage"), 400),
        (b"[1, 2]", signed_headers(b"[1, 2]"), 400),
        (b"x" * (SMALL_BODY_LIMIT + 1), signed_headers(b"x" * (SMALL_BODY_LIMIT + 1)), 413),
    ]
    for body, headers, expected in cases:
        status, _ = post(guarded_app.url, body, headers)
        assert status == expected, (body[:20], status)

    rejections = [r for r in caplog.records if r.name == "bot.slack.http_server"]
    assert len(rejections) == len(cases)
    assert all("\n" not in r.getMessage() for r in rejections)
    no_tracebacks(caplog.records)
    drain(guarded_app.app)
    assert not slack_api.calls_to("chat.postMessage")  # nothing reached a listener


def test_an_oversized_body_without_a_declared_length_is_cut_off(guarded_app, caplog):
    caplog.set_level(logging.DEBUG)

    def chunks():
        for _ in range(2 * SMALL_BODY_LIMIT // 4096):
            yield b"y" * 4096

    response = httpx.post(guarded_app.url, content=chunks(), timeout=30)  # chunked encoding
    assert response.status_code == 413
    no_tracebacks(caplog.records)


def test_other_methods_and_paths_are_refused_without_tracebacks(guarded_app, caplog):
    caplog.set_level(logging.DEBUG)
    base = guarded_app.url.rsplit("/slack/events", 1)[0]
    assert httpx.get(guarded_app.url, timeout=10).status_code == 405
    assert httpx.post(f"{base}/elsewhere", content=b"{}", timeout=10).status_code == 404
    with socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=10) as raw:
        raw.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        assert raw.recv(100).startswith(b"HTTP/1.1 400")
    no_tracebacks(caplog.records)


# -- slow clients ------------------------------------------------------------------------
def half_open(port: int, count: int, sent: bytes) -> list[socket.socket]:
    connections = []
    for _ in range(count):
        connection = socket.create_connection(("127.0.0.1", port), timeout=10)
        connection.sendall(sent)
        connections.append(connection)
    return connections


def closed_by_server(connection: socket.socket, within: float) -> bool:
    connection.settimeout(within)
    try:
        while True:
            data = connection.recv(4096)
            if not data:
                return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False


def test_half_open_connections_do_not_stop_answers_and_are_released(guarded_app, slack_api):
    port = int(guarded_app.url.split(":")[2].split("/")[0])
    half_headers = b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: applica"
    partial_body = (b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"type\":")
    stalled = half_open(port, 100, half_headers) + half_open(port, 20, partial_body)
    try:
        # A real request still gets its ack and its answer while they hang.
        status, _ = send_event(guarded_app, direct_message("I forgot my password"))
        assert status == 200
        (reply,) = slack_api.wait_for_posts(1)
        assert answered_id(reply) == "reset-password"
        # ...and the server lets go of every one of them (request_timeout is 1 s here).
        assert all(closed_by_server(c, within=15) for c in stalled)
    finally:
        for connection in stalled:
            connection.close()
    drain(guarded_app.app)


def test_a_trickling_client_does_not_extend_its_deadline(guarded_app):
    port = int(guarded_app.url.split(":")[2].split("/")[0])
    (connection,) = half_open(port, 1, b"POST /slack/events HTTP/1.1\r\n")
    try:
        # One header byte every 0.1 s, for up to 30 s (30 times the deadline): a deadline
        # that restarted with each byte would never close it.
        for _ in range(300):
            time.sleep(0.1)
            try:
                connection.sendall(b"X")
            except OSError:
                break
            if closed_by_server(connection, within=0.001):
                break
        else:
            pytest.fail("a trickling client kept its connection for 30 s")
    finally:
        connection.close()


def test_keep_alive_connections_serve_several_requests(guarded_app, slack_api):
    base = guarded_app.url.rsplit("/slack/events", 1)[0]
    with httpx.Client(timeout=10) as client:
        for _ in range(3):
            body = json.dumps(event_callback(direct_message("报销怎么提交"))).encode()
            assert client.post(guarded_app.url, content=body, headers=signed_headers(body)).status_code == 200
        assert client.get(f"{base}/healthz").status_code == 200
        metrics = client.get(f"{base}/metrics")
        assert metrics.status_code == 200 and "faqbot_questions_total" in metrics.text
    assert len(slack_api.wait_for_posts(3)) == 3
    drain(guarded_app.app)


# -- long questions ----------------------------------------------------------------------
def test_a_long_question_does_not_hold_up_dms_sent_after_it(http_app, slack_api, slack_settings):
    # Chinese costs the model the most per character; 20 times the limit, cut to the limit.
    rambling = "我有一个很长的问题关于公司的各种制度和流程请耐心看完" * 2000
    assert len(rambling) > 20 * slack_settings.max_question_chars
    long_mention = app_mention(rambling)
    assert send_event(http_app, long_mention)[0] == 200
    time.sleep(0.5)  # acked, and its lazy listener is embedding it

    # Three DMs, each sent once the one before is answered: behind a long question in
    # one queue, the second could only be sent after the long answer.
    for number, question in enumerate(["I forgot my password", "报销怎么提交", "如何申请VPN"], 1):
        assert send_event(http_app, direct_message(question, channel=f"D0DIRECT0{number}"))[0] == 200
        slack_api.wait_for(lambda calls, n=number: sum(
            c.method == "chat.postMessage" and c.params["channel"].startswith("D0") for c in calls) == n)

    posts = slack_api.wait_for_posts(4)
    assert [p.params["channel"] for p in posts] == ["D0DIRECT01", "D0DIRECT02", "D0DIRECT03",
                                                    long_mention["channel"]]
    assert [answered_id(p) for p in posts[:3]] == ["reset-password", "expenses", "vpn-access"]
    assert posts[3].params["thread_ts"] == long_mention["ts"]  # and the long one is answered too
    drain(http_app.app)


def test_a_long_question_is_read_from_its_beginning(http_app, slack_api, slack_settings):
    limit = slack_settings.max_question_chars
    padding = " and some more context about my account" * (2 * limit // 39)
    send_event(http_app, direct_message("I forgot my password" + padding, channel="D0START001"))
    send_event(http_app, direct_message("lorem ipsum dolor sit amet " * (limit // 27 + 1)
                                        + "I forgot my password", channel="D0PASTEND1"))
    drain(http_app.app)
    replies = {call.params["channel"]: call for call in slack_api.wait_for_posts(2)}
    assert answered_id(replies["D0START001"]) == "reset-password"
    # The question past the limit was never read: no answer, at most suggestions.
    assert replies["D0PASTEND1"].params["text"].startswith((NOT_SURE, DID_YOU_MEAN))


def test_question_text_is_bounded_before_and_after_cleanup():
    marked_up = "<@U0FAQBOT01> " + "<https://a.io|see> " * 100
    short = question_text(marked_up, 20)
    assert short.startswith("see see see") and len(short) <= 20
    huge = "<@U0FAQBOT01> " + "word " * 1_000_000
    cleaned = question_text(huge, 2000)
    assert len(cleaned) <= 2000 and cleaned.startswith("word word")
    assert question_text("plain question", None) == "plain question"

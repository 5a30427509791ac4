"""The real Bolt app in Socket Mode, connected to a local WebSocket stand-in whose URL
comes from the stand-in ``apps.connections.open``."""

from __future__ import annotations

from bot.slack.blocks import ButtonValue
from slack_fixtures import drain
from slack_standin import (
    APP_TOKEN, app_mention, buttons_of, channel_message_for, event_callback, slash_command,
)


def test_connects_with_the_app_token_and_answers_an_event(socket_mode, slack_api):
    endpoint, _ = socket_mode
    (opened,) = slack_api.calls_to("apps.connections.open")
    assert opened.headers["Authorization"] == f"Bearer {APP_TOKEN}"

    mention = app_mention("how can I connect to the vpn", channel="C0SOCKET01")
    envelope_id = endpoint.send("events_api", event_callback(mention))
    assert endpoint.wait_for_ack(envelope_id) == {"envelope_id": envelope_id}

    (reply,) = slack_api.wait_for_posts(1)
    assert reply.params["channel"] == "C0SOCKET01"
    assert reply.params["thread_ts"] == mention["ts"]
    assert ButtonValue.decode(buttons_of(reply.blocks)[0]["value"]).faq_id == "vpn-access"


def test_duplicated_and_retried_envelopes_are_acked_and_answered_once(socket_mode, slack_api):
    endpoint, app = socket_mode
    mention = app_mention("what is the wifi password")
    first = event_callback(mention, event_id="Ev0SOCKET01")
    as_message = event_callback(channel_message_for(mention), event_id="Ev0SOCKET02")
    envelopes = [
        endpoint.send("events_api", first),
        endpoint.send("events_api", as_message),
        endpoint.send("events_api", first, retry_attempt=1, retry_reason="timeout"),
        endpoint.send("events_api", as_message, retry_attempt=2, retry_reason="timeout"),
    ]
    for envelope_id in envelopes:
        assert endpoint.wait_for_ack(envelope_id) == {"envelope_id": envelope_id}
    drain(app)

    (reply,) = slack_api.calls_to("chat.postMessage")
    assert ButtonValue.decode(buttons_of(reply.blocks)[0]["value"]).faq_id == "wifi-password"


def test_slash_command_over_socket_mode(socket_mode, slack_api):
    endpoint, _ = socket_mode
    envelope_id = endpoint.send("slash_commands",
                                slash_command("报销怎么提交", slack_api.response_url()))
    assert endpoint.wait_for_ack(envelope_id) == {"envelope_id": envelope_id}

    slack_api.wait_for(lambda calls: any(c.path.startswith("/response/") for c in calls))
    (private,) = slack_api.calls_under("/response/")
    assert private.params["response_type"] == "ephemeral"
    assert ButtonValue.decode(buttons_of(private.blocks)[0]["value"]).faq_id == "expenses"

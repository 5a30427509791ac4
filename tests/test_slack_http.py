"""The real Bolt app in HTTP mode: signed requests over real HTTP, replies recorded by
the local Slack Web API stand-in."""

from __future__ import annotations

import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from bot.slack.app import create_app
from bot.slack.blocks import ENTRY_GONE, NOT_SURE, THANKS, USAGE, VOTE_DOWN, VOTE_UP, ButtonValue
from feedback_support import event_rows, vote_rows
from slack_fixtures import OFF_TOPIC, QUESTIONS, drain, serving_http
from slack_standin import (
    BOT_ID, BOT_USER_ID, app_mention, block_actions, buttons_of, channel_message_for,
    direct_message, event_callback, form_body, interaction_body, post, signed_headers,
    slash_command,
)


def send_event(http_app, event: dict, event_id: str | None = None,
               retry: int | None = None) -> tuple[int, dict]:
    payload = event_callback(event, event_id)
    body = json.dumps(payload).encode()
    headers = signed_headers(body)
    if retry:
        headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    status, _ = post(http_app.url, body, headers)
    return status, payload


def send_form(http_app, body: bytes) -> tuple[int, bytes]:
    return post(http_app.url, body,
                signed_headers(body, content_type="application/x-www-form-urlencoded"))


def answered_id(call) -> str:
    """The FAQ entry a reply answered with, from its 👍 button."""
    return ButtonValue.decode(buttons_of(call.blocks)[0]["value"]).faq_id


# -- answering ---------------------------------------------------------------------
def test_mention_is_answered_in_its_thread_with_block_kit(http_app, slack_api):
    mention = app_mention("I forgot my password", channel="C0GENERAL1")
    status, _ = send_event(http_app, mention)
    assert status == 200

    (reply,) = slack_api.wait_for_posts(1)
    assert reply.params["channel"] == "C0GENERAL1"
    assert reply.params["thread_ts"] == mention["ts"]
    assert reply.headers["Authorization"] == "Bearer xoxb-0000-test-bot-token"
    section, context, actions = reply.blocks[0], reply.blocks[1], reply.blocks[-1]
    assert section["text"]["type"] == "mrkdwn"
    assert section["text"]["text"] == (
        "Open *Settings → Security* and click "
        "<https://example.com/reset?from=faq&amp;x=1|Reset password>.\n\n"
        "• Check your inbox\n• Follow the link within 30 minutes")
    matched, source = context["elements"]
    assert matched["text"].startswith("Matched “How do I reset my password?” · score 0.9")
    assert source["text"] == "Source: `it.md:3`"
    assert [b["text"]["text"] for b in actions["elements"]] == ["👍", "👎"]
    assert answered_id(reply) == "reset-password"
    assert reply.params["text"].startswith("Open Settings → Security and click Reset password "
                                           "(https://example.com/reset?from=faq&x=1).")


def test_code_in_answers_stays_code(http_app, slack_api):
    send_event(http_app, app_mention("如何申请VPN"))
    (reply,) = slack_api.wait_for_posts(1)
    assert reply.blocks[0]["text"]["text"] == (
        "File a ticket in `#it-help`, then install the client:\n\n```\nsudo apt install openvpn\n```")


def test_direct_messages_are_answered_in_the_dm_and_in_threads_there(http_app, slack_api):
    top_level = direct_message("what is the wifi password", channel="D0DIRECT01")
    in_thread = direct_message("报销怎么提交", channel="D0DIRECT01", thread_ts="1700000000.000001")
    send_event(http_app, top_level)
    send_event(http_app, in_thread)
    drain(http_app.app)

    replies = {answered_id(c): c.params for c in slack_api.calls_to("chat.postMessage")}
    assert set(replies) == {"wifi-password", "expenses"}
    assert replies["wifi-password"]["channel"] == "D0DIRECT01"
    assert "thread_ts" not in replies["wifi-password"]
    assert replies["expenses"]["thread_ts"] == "1700000000.000001"


def test_slack_markup_is_stripped_before_matching(http_app, slack_api):
    send_event(http_app, app_mention(
        ":key: <!here> I forgot my <https://example.com/account|password> :sweat_smile:"))
    (reply,) = slack_api.wait_for_posts(1)
    assert answered_id(reply) == "reset-password"


def test_an_empty_question_gets_a_one_line_usage_hint(http_app, slack_api, slack_settings):
    send_event(http_app, app_mention(":wave:"))
    (reply,) = slack_api.wait_for_posts(1)
    assert reply.params["text"] == USAGE
    assert "\n" not in USAGE
    assert event_rows(slack_settings) == []  # not a question: no outcome recorded


# -- exactly once ------------------------------------------------------------------
def test_mention_delivered_as_app_mention_and_message_and_retried_is_answered_once(
        http_app, slack_api):
    mention = app_mention("how do I get reimbursed for travel")
    message = channel_message_for(mention)
    deliveries = [
        send_event(http_app, mention, event_id="Ev0MENTION1"),
        send_event(http_app, message, event_id="Ev0MESSAGE1"),
        send_event(http_app, mention, event_id="Ev0MENTION1", retry=1),
        send_event(http_app, message, event_id="Ev0MESSAGE1", retry=2),
        send_event(http_app, mention, event_id="Ev0MENTION1", retry=3),
    ]
    assert [status for status, _ in deliveries] == [200] * 5
    drain(http_app.app)

    (reply,) = slack_api.calls_to("chat.postMessage")
    assert answered_id(reply) == "expenses"
    assert reply.params["thread_ts"] == mention["ts"]


def test_a_retry_arriving_first_still_means_one_reply(http_app, slack_api):
    dm = direct_message("如何申请VPN")
    send_event(http_app, dm, event_id="Ev0RETRYFST", retry=1)
    send_event(http_app, dm, event_id="Ev0RETRYFST")
    drain(http_app.app)
    assert len(slack_api.calls_to("chat.postMessage")) == 1


def test_bots_edits_deletions_joins_and_unaddressed_messages_are_ignored(http_app, slack_api):
    ignored = [
        direct_message("I forgot my password", user="U0OTHERBOT", bot_id="B0OTHERBOT"),
        direct_message("I forgot my password", user=BOT_USER_ID, bot_id=BOT_ID),  # its own reply
        direct_message("I forgot my password", subtype="bot_message", bot_id="B0OTHERBOT"),
        direct_message("", subtype="message_changed",
                       message={"type": "message", "user": "U0ASKER001", "text": "I forgot my password"}),
        direct_message("", subtype="message_deleted", previous_message={"text": "x"}),
        {**direct_message("<@U0ASKER001> has joined the channel", subtype="channel_join"),
         "channel_type": "channel"},
        {**direct_message("I forgot my password"), "channel_type": "channel"},  # no @-mention
    ]
    statuses = [send_event(http_app, event)[0] for event in ignored]
    assert statuses == [200] * len(ignored)
    drain(http_app.app)
    assert slack_api.calls_to("chat.postMessage") == []


def test_200_concurrent_questions_from_distinct_users_each_get_one_right_reply(
        slack_settings, faq_service, slack_api):
    # One busy channel, paced faster than Slack's one post a second: at that pace the 200
    # replies alone would take 200 s (tests/test_slack_pacing.py checks the pace itself).
    app = create_app(slack_settings.model_copy(update={"slack_channel_post_interval": 0.01}), faq_service)
    phrasings = list(QUESTIONS)
    asked = [app_mention(phrasings[i % len(phrasings)], user=f"U{i:09d}", channel="C0BUSY00001")
             for i in range(200)]
    with serving_http(app) as running, ThreadPoolExecutor(max_workers=32) as pool:
        statuses = list(pool.map(lambda event: send_event(running, event)[0], asked))
        assert statuses == [200] * 200
        drain(app)

    replies = slack_api.calls_to("chat.postMessage")
    by_thread = {}
    for reply in replies:
        by_thread.setdefault(reply.params["thread_ts"], []).append(reply)
    assert len(replies) == 200
    assert all(len(r) == 1 for r in by_thread.values())
    for event in asked:
        (reply,) = by_thread[event["ts"]]
        question = event["text"].split("> ", 1)[1]
        assert answered_id(reply) == QUESTIONS[question], question


# -- request verification ----------------------------------------------------------
def test_bad_signatures_and_stale_timestamps_are_rejected(http_app, slack_api):
    body = json.dumps(event_callback(app_mention("I forgot my password"))).encode()
    forged = signed_headers(body, secret="not-the-signing-secret")
    stale = signed_headers(body, timestamp=int(time.time()) - 6 * 60)
    tampered = signed_headers(body)
    unsigned = {"Content-Type": "application/json"}

    assert post(http_app.url, body, forged)[0] == 401
    assert post(http_app.url, body, stale)[0] == 401
    assert post(http_app.url, body.replace(b"password", b"passw0rd"), tampered)[0] == 401
    assert post(http_app.url, body, unsigned)[0] == 401
    drain(http_app.app)
    assert slack_api.calls_to("chat.postMessage") == []


def test_url_verification_challenge_is_answered(http_app):
    body = json.dumps({"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV", "type": "url_verification"}).encode()
    status, answer = post(http_app.url, body, signed_headers(body))
    assert status == 200
    assert json.loads(answer) == {"challenge": "3eZbrw1aBm2rZgRNFdxV"}


# -- not sure, suggestions, feedback --------------------------------------------------
def test_not_sure_offers_suggestions_and_a_click_answers_in_the_thread(
        http_app, slack_api, slack_settings):
    mention = app_mention(OFF_TOPIC)
    send_event(http_app, mention)
    (not_sure,) = slack_api.wait_for_posts(1)
    assert not_sure.params["text"].startswith(NOT_SURE)
    suggestions = buttons_of(not_sure.blocks)
    assert 1 <= len(suggestions) <= 3
    (unanswered,) = event_rows(slack_settings)
    assert (unanswered["kind"], unanswered["outcome"]) == ("question", "declined")
    assert (unanswered["question"], unanswered["user_id"]) == (OFF_TOPIC, "U0ASKER001")
    assert unanswered["suggestions"] == [ButtonValue.decode(b["value"]).faq_id for b in suggestions]
    assert unanswered["faq_id"] == unanswered["suggestions"][0]

    picked = suggestions[0]
    bot_message = {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "ts": "1700000009.000100",
                   "thread_ts": mention["ts"], "text": not_sure.params["text"], "blocks": not_sure.blocks}
    status, _ = send_form(http_app, interaction_body(
        block_actions(picked, slack_api.response_url(), message=bot_message)))
    assert status == 200
    _, answer = slack_api.wait_for_posts(2)
    assert answer.params["thread_ts"] == mention["ts"]
    assert answered_id(answer) == ButtonValue.decode(picked["value"]).faq_id
    accepted = event_rows(slack_settings)[-1]
    assert accepted["kind"] == "suggestion_accepted"
    assert (accepted["question"], accepted["faq_id"]) == (OFF_TOPIC, answered_id(answer))


def test_thumbs_down_is_logged_and_reported(http_app, slack_api, slack_settings, capsys,
                                            monkeypatch):
    mention = app_mention("what is the wifi password")
    send_event(http_app, mention)
    (answer,) = slack_api.wait_for_posts(1)
    thumbs_down = buttons_of(answer.blocks)[1]
    message = {"type": "message", "ts": "1700000010.000100", "thread_ts": mention["ts"],
               "blocks": answer.blocks, "bot_id": BOT_ID}
    response_url = slack_api.response_url()
    send_form(http_app, interaction_body(block_actions(thumbs_down, response_url, message=message)))

    slack_api.wait_for(lambda calls: any(c.path.startswith("/response/") for c in calls))
    (thanks,) = slack_api.calls_under("/response/")
    assert thanks.params["text"] == THANKS["down"]
    assert thanks.params["response_type"] == "ephemeral"
    assert thanks.params["replace_original"] is False
    answered, vote = event_rows(slack_settings)
    assert (answered["kind"], answered["outcome"], answered["faq_id"]) == (
        "question", "answered", "wifi-password")
    assert vote["kind"] == "feedback" and vote["vote"] == "down"
    assert (vote["faq_id"], vote["question"]) == ("wifi-password", "what is the wifi password")
    assert (vote["user_id"], vote["message_ts"]) == ("U0ASKER001", "1700000010.000100")

    from bot.cli import main
    monkeypatch.setenv("FAQBOT_FEEDBACK_LOG", str(slack_settings.feedback_log))  # the same database
    assert main(["--faq-dir", str(slack_settings.faq_dir), "report"]) == 0
    assert "1 👎    0 👍  wifi-password" in capsys.readouterr().out


def test_a_user_clicking_up_up_down_down_on_one_answer_counts_once(http_app, slack_api, slack_settings):
    mention = app_mention("how can I connect to the vpn")
    send_event(http_app, mention)
    (answer,) = slack_api.wait_for_posts(1)
    up, down = buttons_of(answer.blocks)[:2]
    message = {"type": "message", "ts": "1700000011.000100", "thread_ts": mention["ts"],
               "blocks": answer.blocks, "bot_id": BOT_ID}
    for n, button in enumerate([up, up, down, down], start=1):
        send_form(http_app, interaction_body(block_actions(button, slack_api.response_url(),
                                                           message=message)))
        slack_api.wait_for(lambda calls: sum(c.path.startswith("/response/") for c in calls) >= n)
    clicks = [e["vote"] for e in event_rows(slack_settings) if e["kind"] == "feedback"]
    assert clicks == ["up", "up", "down", "down"]
    (standing,) = vote_rows(slack_settings)
    assert (standing["vote"], standing["faq_id"], standing["user_id"]) == ("down", "vpn-access", "U0ASKER001")


def test_forged_buttons_naming_no_faq_entry_are_rejected_and_never_stored(
        http_app, slack_api, slack_settings, caplog):
    caplog.set_level(logging.WARNING, logger="bot.slack.replies")
    response_url = slack_api.response_url()
    for faq_id in ["../../etc/passwd", "no-such-entry"]:
        value = json.dumps({"id": faq_id, "q": "forged question", "s": 1.0})
        for action_id in (VOTE_UP, VOTE_DOWN, "faq_suggestion_0"):
            button = {"action_id": action_id, "value": value,
                      "text": {"type": "plain_text", "text": "x"}}
            send_form(http_app, interaction_body(block_actions(button, response_url)))
    slack_api.wait_for(lambda calls: sum(c.path.startswith("/response/") for c in calls) >= 6)
    assert {c.params["text"] for c in slack_api.calls_under("/response/")} == {ENTRY_GONE}
    assert event_rows(slack_settings) == [] and vote_rows(slack_settings) == []
    assert caplog.text.count("button names no FAQ entry in the index, not recorded") == 6
    assert "id '../../etc/passwd' from user 'U0ASKER001'" in caplog.text


# -- /faq --------------------------------------------------------------------------
def test_slash_command_answers_ephemerally_and_can_be_shared(http_app, slack_api):
    response_url = slack_api.response_url()
    status, ack_body = send_form(http_app, form_body(slash_command("I forgot my password", response_url)))
    assert (status, ack_body) == (200, b"")

    slack_api.wait_for(lambda calls: any(c.path.startswith("/response/") for c in calls))
    (private,) = slack_api.calls_under("/response/")
    assert response_url.endswith(private.path)
    assert private.params["response_type"] == "ephemeral"
    assert answered_id(private) == "reset-password"
    share = buttons_of(private.blocks)[-1]
    assert share["text"]["text"] == "Share in channel"

    status, _ = send_form(http_app, interaction_body(block_actions(share, response_url)))
    assert status == 200
    slack_api.wait_for(lambda calls: sum(c.path.startswith("/response/") for c in calls) >= 3)
    _, shared, deleted = slack_api.calls_under("/response/")
    assert shared.params["response_type"] == "in_channel"
    assert answered_id(shared) == "reset-password"
    assert "<@U0ASKER001> shared this FAQ answer" in shared.block_text
    assert "Share in channel" not in shared.block_text
    assert deleted.params["delete_original"] is True


def test_slash_command_suggestion_click_stays_private(http_app, slack_api, slack_settings):
    response_url = slack_api.response_url()
    send_form(http_app, form_body(slash_command(OFF_TOPIC, response_url)))
    slack_api.wait_for(lambda calls: any(c.path.startswith("/response/") for c in calls))
    (not_sure,) = slack_api.calls_under("/response/")
    assert not_sure.params["text"].startswith(NOT_SURE)

    picked = buttons_of(not_sure.blocks)[0]
    send_form(http_app, interaction_body(block_actions(picked, response_url)))
    slack_api.wait_for(lambda calls: sum(c.path.startswith("/response/") for c in calls) >= 2)
    _, answer = slack_api.calls_under("/response/")
    assert answer.params["response_type"] == "ephemeral"
    assert answer.params["replace_original"] is True
    assert answered_id(answer) == ButtonValue.decode(picked["value"]).faq_id
    assert slack_api.calls_to("chat.postMessage") == []


def test_slash_command_without_a_question_gets_the_usage_hint(http_app, slack_api):
    send_form(http_app, form_body(slash_command("   ", slack_api.response_url())))
    slack_api.wait_for(lambda calls: any(c.path.startswith("/response/") for c in calls))
    (hint,) = slack_api.calls_under("/response/")
    assert hint.params["text"] == USAGE


# -- embedding server down -----------------------------------------------------------
EMBED_API_KEY = "sk-embed-secret-4b1d"


def test_embedding_server_down_means_try_again_then_recovery_without_restart(
        tmp_path, slack_api, caplog):
    from pydantic import SecretStr

    from bot.config import Settings
    from bot.service import FaqService
    from bot.slack.app import create_app
    from bot.slack.blocks import UNAVAILABLE
    from sglang_standin import SGLangStandIn
    from slack_fixtures import serving_http, write_it_faq
    from slack_standin import BOT_TOKEN, SIGNING_SECRET

    caplog.set_level(logging.DEBUG)
    embedder = SGLangStandIn().start()
    settings = Settings(
        faq_dir=write_it_faq(tmp_path / "faq"), index_dir=tmp_path / "index",
        embed_backend="sglang", embed_api_base=embedder.base_url,
        embed_api_key=SecretStr(EMBED_API_KEY), embed_max_retries=0, embed_timeout=5,
        slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack_api.api_url, feedback_log=tmp_path / "feedback.jsonl",
    )
    service = FaqService(settings)
    service.load()  # the index is built through the embedding server
    app = create_app(settings, service)
    port = embedder.port
    embedder.stop()
    try:
        with serving_http(app) as running:
            send_event(running, app_mention("I forgot my password"))
            (sorry,) = slack_api.wait_for_posts(1)
            assert sorry.params["text"] == UNAVAILABLE

            embedder = SGLangStandIn().start(port=port)  # back, same address; no bot restart
            send_event(running, app_mention("I forgot my password"))
            _, answer = slack_api.wait_for_posts(2)
            assert answered_id(answer) == "reset-password"
    finally:
        drain(app)
        embedder.stop()

    failures = [r for r in caplog.records if r.name.startswith("bot.slack") and r.levelno >= logging.WARNING]
    assert failures and "embedding server" in failures[0].getMessage()
    for secret in (EMBED_API_KEY, BOT_TOKEN, SIGNING_SECRET):
        assert secret not in caplog.text


# -- feedback database down -------------------------------------------------------------
def test_feedback_database_gone_still_answers_and_logs_no_secrets(
        postgres_url, slack_settings, faq_service, slack_api, caplog):
    """The PostgreSQL database the bot records into disappears while it runs: users still
    get their answers, and the log says what failed without the URL's password."""
    import sqlalchemy as sa
    from pydantic import SecretStr

    from bot.feedback.startup import open_store
    from bot.slack.app import create_app
    from slack_fixtures import serving_http

    password = "pg-pw-5e5e"
    url = sa.engine.make_url(postgres_url).set(password=password)  # trust auth accepts it
    settings = slack_settings.model_copy(update={
        "database_url": SecretStr(url.render_as_string(hide_password=False))})
    store = open_store(settings)
    app = create_app(settings, faq_service, feedback=store)
    caplog.set_level(logging.DEBUG)
    try:
        with serving_http(app) as running:
            send_event(running, app_mention("what is the wifi password"))
            slack_api.wait_for_posts(1)
            admin = sa.create_engine(sa.engine.make_url(postgres_url).set(database="postgres"),
                                     isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE "{url.database}" WITH (FORCE)'))
            admin.dispose()
            send_event(running, app_mention("I forgot my password"))
            _, answer = slack_api.wait_for_posts(2)
            assert answered_id(answer) == "reset-password"
    finally:
        drain(app)
        store.close()
    assert "feedback not stored: OperationalError" in caplog.text
    assert password not in caplog.text

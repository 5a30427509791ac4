"""Ask a person, reply tracking and Save as FAQ, with the real Bolt app in HTTP mode
receiving signed events, block_actions, shortcut and view_submission requests, and the
recording Slack Web API stand-in (chat.postMessage, chat.getPermalink, views.open,
usergroups.users.list). The FAQ, its index and the feedback database are real files."""

from __future__ import annotations

import json
import threading
import time
import uuid
from contextlib import ExitStack
from pathlib import Path
from typing import Optional

import pytest

from bot.config import Settings
from bot.console.app import PREFIX
from bot.faq.edits import folder_lock
from bot.feedback.paths import default_sqlite_path
from bot.feedback.store import FeedbackStore
from bot.service import FaqService
from bot.slack.app import create_app
from bot.slack.blocks import (
    ASK_PERSON, NOT_A_MAINTAINER, SAVE_AS_FAQ, VOTE_DOWN, ButtonValue,
)
from console_support import console_settings, one, page, running_console
from slack_fixtures import OFF_TOPIC, RunningHttpApp, drain, send_event, serving_http, write_it_faq
from slack_standin import (
    BOT_ID, BOT_TOKEN, BOT_USER_ID, SIGNING_SECRET, TEAM_ID, SlackWebStandIn, app_mention, block_actions,
    buttons_of, direct_message, form_body, interaction_body, message_shortcut, message_ts,
    post, signed_headers, slack_error, slash_command, view_submission,
)
from waiting import wait_for

GENERAL = "C0GENERAL1"      # escalates to HELPDESK, mentioning SUPPORT_GROUP
HELPDESK = "C0HELPDESK1"
DESK = "C0DESKDEFLT"        # the workspace default target (escalate_to), when a test sets it
DM = "D0DIRECT01"
QUIET = "C0QUIET0001"       # no escalation target
SUPPORT_GROUP = "S0SUPPORT01"
MAINTAINER_GROUP = "S0MAINTAIN1"
ASKER, HELPER, MAINTAINER = "U0ASKER001", "U0HELPER01", "U0MAINT0001"
FORM = "application/x-www-form-urlencoded"
DOG = "Can I bring my dog to the office on Fridays?"


@pytest.fixture
def bot(tmp_path, slack_api: SlackWebStandIn, local_embed_model):
    """Start the bot on a fresh copy of the IT FAQ (Save as FAQ writes to it)."""
    stack, apps = ExitStack(), []
    slack_api.usergroups[MAINTAINER_GROUP] = [MAINTAINER]

    def start(**overrides) -> RunningHttpApp:
        faq_dir = tmp_path / "faq"
        if not faq_dir.exists():
            write_it_faq(faq_dir)
        values = dict(faq_dir=faq_dir, index_dir=tmp_path / "index", slack_bot_token=BOT_TOKEN,
                      slack_signing_secret=SIGNING_SECRET, slack_api_url=slack_api.api_url,
                      feedback_log=tmp_path / "feedback.jsonl", user_rate_limit="off",
                      channels={GENERAL: {"escalate_to": HELPDESK, "escalate_mention": SUPPORT_GROUP}},
                      faq_maintainer_group=MAINTAINER_GROUP, escalation_reminder_after=None,
                      escalation_reminder_poll=0.3)
        settings = Settings(**{**values, **overrides})
        service = FaqService(settings, embed_model=local_embed_model)
        service.load()
        app = create_app(settings, service)
        apps.append(app)
        return stack.enter_context(serving_http(app))

    yield start
    stack.close()
    for app in apps:
        drain(app)


def send_interaction(running: RunningHttpApp, payload: dict) -> tuple[int, bytes]:
    body = interaction_body(payload)
    return post(running.url, body, signed_headers(body, content_type=FORM))


def stored(tmp_path: Path):
    store = FeedbackStore.open(f"sqlite:///{default_sqlite_path(tmp_path / 'feedback.jsonl')}")
    try:
        return store.escalations()
    finally:
        store.close()


def thread_reply(text: str, *, user: str, channel: str, thread_ts: str) -> dict:
    ts = message_ts()
    return {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts,
            "event_ts": ts, "thread_ts": thread_ts, "channel_type": "channel",
            "client_msg_id": str(uuid.uuid4()), "team": TEAM_ID}


def ask(running, slack_api, text: str, *, channel: str = GENERAL, user: str = ASKER):
    """Mention the bot with ``text``; returns (question event, the bot's reply call)."""
    before = len(slack_api.calls_to("chat.postMessage"))
    question = app_mention(text, channel=channel, user=user)
    send_event(running, question)
    reply = slack_api.wait_for_posts(before + 1)[before]
    return question, reply


def ask_person_button(call) -> Optional[dict]:
    return next((b for b in buttons_of(call.blocks) if b["action_id"] == ASK_PERSON), None)


def click(running, slack_api, button: dict, reply_call, question: dict, *, user: str = ASKER) -> None:
    message = {"type": "message", "ts": "1700000999.000100", "thread_ts": question["ts"],
               "user": BOT_USER_ID, "text": reply_call.params.get("text", "")}
    payload = block_actions(button, slack_api.response_url(), user=user, channel=GENERAL, message=message)
    assert send_interaction(running, payload)[0] == 200


def posts_to(slack_api, channel: str) -> list:
    return [c for c in slack_api.calls_to("chat.postMessage") if c.params.get("channel") == channel]


def test_not_sure_offers_ask_person_and_a_question_is_escalated_once(bot, slack_api, tmp_path):
    running = bot()
    question, reply = ask(running, slack_api, OFF_TOPIC)
    button = ask_person_button(reply)
    assert button is not None and reply.params["thread_ts"] == question["ts"]
    click(running, slack_api, button, reply, question)
    slack_api.wait_for(lambda calls: any(
        c.method == "chat.postMessage" and c.params.get("channel") == HELPDESK for c in calls))
    [post_call] = posts_to(slack_api, HELPDESK)
    text = post_call.block_text
    assert f"<!subteam^{SUPPORT_GROUP}>" in text and f"<@{ASKER}>" in text and f"<#{GENERAL}>" in text
    assert OFF_TOPIC in text and "confidence 0." in text
    [permalink] = slack_api.calls_to("chat.getPermalink")
    assert (permalink.params["channel"], permalink.params["message_ts"]) == (GENERAL, question["ts"])
    assert f"archives/{GENERAL}/p{question['ts'].replace('.', '')}" in text
    # The asker is told, in the thread, who was asked.
    told = slack_api.wait_for(lambda calls: any("I've asked" in c.block_text for c in calls
                                                if c.method == "chat.postMessage"))
    told = next(c for c in slack_api.calls_to("chat.postMessage") if "I've asked" in c.block_text)
    assert told.params["channel"] == GENERAL and told.params["thread_ts"] == question["ts"]
    # Clicking again (the asker, or anyone else) escalates nothing more.
    click(running, slack_api, button, reply, question)
    click(running, slack_api, button, reply, question, user="U0SOMEONE1")
    slack_api.wait_for(lambda calls: sum(c.method == "chat.postEphemeral" for c in calls) >= 2)
    drain(running.app)
    assert len(posts_to(slack_api, HELPDESK)) == 1
    assert all("already been asked" in c.block_text for c in slack_api.calls_to("chat.postEphemeral"))
    [row] = stored(tmp_path)
    assert (row.thread_ref, row.user_id, row.question, row.answered) == \
        (f"{GENERAL}/{question['ts']}", ASKER, OFF_TOPIC, False)
    assert row.target_ref == f"{HELPDESK}/{slack_api.posts_in(HELPDESK)[0]['ts']}"


def test_the_asker_is_told_in_chinese_and_channels_without_a_target_offer_no_button(bot, slack_api):
    running = bot()
    _, quiet_reply = ask(running, slack_api, OFF_TOPIC, channel=QUIET)
    assert ask_person_button(quiet_reply) is None
    question, reply = ask(running, slack_api, "公司的猫叫什么名字")
    button = ask_person_button(reply)
    assert button is not None and "问问同事" in json.dumps(button, ensure_ascii=False)
    click(running, slack_api, button, reply, question)
    slack_api.wait_for(lambda calls: any("我已把你的问题转给" in c.block_text for c in calls))


def test_a_thumbs_down_offers_ask_person(bot, slack_api):
    running = bot()
    question, answer = ask(running, slack_api, "I forgot my password")
    down = next(b for b in buttons_of(answer.blocks) if b["action_id"] == VOTE_DOWN)
    assert ButtonValue.decode(down["value"]).faq_id == "reset-password"
    click(running, slack_api, down, answer, question)
    [thanks] = slack_api.wait_for(lambda calls: any(c.path.startswith("/response/") for c in calls)) and \
        slack_api.calls_under("/response/")
    assert ASK_PERSON in thanks.block_text


def test_a_reminder_when_nobody_replied_and_none_once_a_person_did(bot, slack_api, tmp_path):
    running = bot(escalation_reminder_after=1.0)
    question, reply = ask(running, slack_api, OFF_TOPIC)
    click(running, slack_api, ask_person_button(reply), reply, question)
    slack_api.wait_for(lambda calls: any("Reminder:" in c.block_text for c in calls))
    [post_call, reminder] = posts_to(slack_api, HELPDESK)
    assert reminder.params["thread_ts"] == slack_api.posts_in(HELPDESK)[0]["ts"]  # the escalation's thread
    assert f"<@{ASKER}>" in reminder.block_text
    # A second question, answered by a person before the delay: no reminder.
    other = bot(escalation_reminder_after=3.0)
    question2, reply2 = ask(other, slack_api, "how fast does a penguin swim underwater")
    click(other, slack_api, ask_person_button(reply2), reply2, question2)
    slack_api.wait_for(lambda calls: sum("I've asked" in c.block_text for c in calls) >= 2)
    send_event(other, thread_reply("It is grey.", user=HELPER, channel=GENERAL, thread_ts=question2["ts"]))
    time.sleep(5)  # past the delay: the reminder would have been posted by now
    assert sum("Reminder:" in c.block_text for c in posts_to(slack_api, HELPDESK)) == 1


def test_a_waiting_question_links_to_the_asker_thread_in_the_console_until_a_person_replies(
        bot, slack_api, tmp_path, local_embed_model):
    """The permalink fetched for the escalation post is stored (one chat.getPermalink: the
    reminder reuses it) and the console's People's answers page links to the thread while
    nobody has replied."""
    running = bot(escalation_reminder_after=1.0)
    question, reply = ask(running, slack_api, OFF_TOPIC)
    click(running, slack_api, ask_person_button(reply), reply, question)
    slack_api.wait_for(lambda calls: any("Reminder:" in c.block_text for c in calls))
    link = f"https://faqbot-test.slack.com/archives/{GENERAL}/p{question['ts'].replace('.', '')}"
    [_] = slack_api.calls_to("chat.getPermalink")
    assert all(link in post.block_text for post in posts_to(slack_api, HELPDESK))  # the post and the reminder
    [row] = stored(tmp_path)
    assert (row.permalink, row.answered) == (link, False)

    database = f"sqlite:///{default_sqlite_path(tmp_path / 'feedback.jsonl')}"
    with running_console(console_settings(tmp_path / "console"), local_embed_model, watch=False,
                         feedback_database=database) as console:
        [item] = page(console.get(f"{PREFIX}/answers").text).find_all("waiting-question")
        assert (item.attrs["data-ref"], item.field("question"), item.field("asker"), item.field("channel")) == \
            (f"{GENERAL}/{question['ts']}", OFF_TOPIC, ASKER, GENERAL)
        assert item.field("reminder").startswith("Reminder sent ")
        [anchor] = [e for e in item.walk() if e.tag == "a"]
        assert (anchor.attrs["href"], anchor.text) == (link, "Open the thread in Slack")

        send_event(running, thread_reply("Ask facilities.", user=HELPER, channel=GENERAL, thread_ts=question["ts"]))
        wait_for(lambda: stored(tmp_path)[0].answered, "the person's reply recorded")
        html = console.get(f"{PREFIX}/answers").text
        assert page(html).find_all("waiting-question") == [] and one(html, "nobody-waiting")


def test_an_escalation_slack_gives_no_permalink_for_is_stored_without_one(bot, slack_api, tmp_path):
    running = bot()
    slack_api.fail_always("chat.getPermalink", slack_error("channel_not_found"))
    question, reply = ask(running, slack_api, OFF_TOPIC)
    click(running, slack_api, ask_person_button(reply), reply, question)
    slack_api.wait_for(lambda calls: any("I've asked" in c.block_text for c in calls))
    [post_call] = posts_to(slack_api, HELPDESK)
    assert "archives/" not in post_call.block_text and OFF_TOPIC in post_call.block_text
    [row] = stored(tmp_path)
    assert (row.question, row.permalink) == (OFF_TOPIC, None)


def test_the_first_reply_by_another_person_answers_the_escalation(bot, slack_api, tmp_path):
    running = bot(faq_maintainer_users=[MAINTAINER])
    question, reply = ask(running, slack_api, OFF_TOPIC)
    click(running, slack_api, ask_person_button(reply), reply, question)
    slack_api.wait_for(lambda calls: any("I've asked" in c.block_text for c in calls))
    drain_events = [
        thread_reply("still wondering", user=ASKER, channel=GENERAL, thread_ts=question["ts"]),
        thread_reply("About 40 mph.", user=HELPER, channel=GENERAL, thread_ts=question["ts"]),
        thread_reply("African or European?", user="U0LATER001", channel=GENERAL, thread_ts=question["ts"]),
    ]
    for event in drain_events[:2]:
        send_event(running, event)
    for _ in range(200):
        if stored(tmp_path)[0].answered:
            break
        time.sleep(0.05)
    send_event(running, drain_events[2])
    # Maintainers see it on the App Home tab; others do not.
    for user in (MAINTAINER, ASKER):
        send_event(running, {"type": "app_home_opened", "user": user, "channel": "D0HOME00001",
                             "tab": "home", "event_ts": message_ts()})
    slack_api.wait_for(lambda calls: sum(c.method == "views.publish" for c in calls) >= 2)
    drain(running.app)
    [row] = stored(tmp_path)
    assert row.answered_by == HELPER and row.time_to_answer.total_seconds() >= 0
    home = {c.params["user_id"]: c.params["view"] for c in slack_api.calls_to("views.publish")}
    assert "*0* waiting for a reply · *1* answered" in json.dumps(home[MAINTAINER], ensure_ascii=False)
    assert "waiting for a reply" not in json.dumps(home[ASKER], ensure_ascii=False)


def test_save_as_faq_is_refused_to_non_maintainers(bot, slack_api):
    running = bot()
    message = {"type": "message", "user": HELPER, "ts": message_ts(), "text": "an answer"}
    status, _ = send_interaction(running, message_shortcut(SAVE_AS_FAQ, message, slack_api.response_url(),
                                                           user=ASKER))
    assert status == 200
    [refusal] = slack_api.wait_for(lambda calls: any(c.method == "chat.postEphemeral" for c in calls)) \
        and slack_api.calls_to("chat.postEphemeral")
    assert NOT_A_MAINTAINER in refusal.block_text and refusal.params["user"] == ASKER
    drain(running.app)
    assert slack_api.calls_to("views.open") == []


def open_save_modal(running, slack_api, message: dict, user: str = MAINTAINER,
                    channel: Optional[str] = None) -> dict:
    before = len(slack_api.calls_to("views.open"))
    assert send_interaction(running, message_shortcut(SAVE_AS_FAQ, message, slack_api.response_url(),
                                                      user=user, channel=channel or message.get("channel")
                                                      or GENERAL))[0] == 200
    opened = slack_api.wait_for(lambda calls: sum(c.method == "views.open" for c in calls) > before) \
        and slack_api.calls_to("views.open")[before]
    return json.loads(opened.params["view"]) if isinstance(opened.params["view"], str) else opened.params["view"]


def initial_values(view: dict) -> dict[str, dict]:
    values = {}
    for block in view["blocks"]:
        element = block["element"]
        if element["type"] == "plain_text_input":
            values[block["block_id"]] = {element["action_id"]: {"type": "plain_text_input",
                                                                "value": element.get("initial_value")}}
    return values


def submit(running, view: dict, values: dict, user: str = MAINTAINER) -> tuple[int, dict]:
    status, body = send_interaction(running, view_submission(view, values, user=user))
    return status, (json.loads(body) if body.strip() else {})


def test_escalate_remind_reply_save_and_the_bot_answers_the_saved_question(bot, slack_api, tmp_path):
    """The whole loop: escalate → reminder → a person's reply → Save as FAQ → answered."""
    running = bot(escalation_reminder_after=1.0)
    question, reply = ask(running, slack_api, DOG)
    assert ask_person_button(reply) is not None  # the bot does not know
    click(running, slack_api, ask_person_button(reply), reply, question)
    slack_api.wait_for(lambda calls: any("Reminder:" in c.block_text for c in calls))
    human = thread_reply("Yes, *on Fridays* only: register it at <https://example.com/dogs|the dog desk> "
                         "&amp; bring a leash.\n• vaccinated\n• on a leash",
                         user=HELPER, channel=GENERAL, thread_ts=question["ts"])
    send_event(running, human)
    for _ in range(200):
        if stored(tmp_path)[0].answered:
            break
        time.sleep(0.05)
    assert stored(tmp_path)[0].answered_by == HELPER
    assert stored(tmp_path)[0].reply == human["text"]  # kept for the console's People's answers page

    view = open_save_modal(running, slack_api, human)
    values = initial_values(view)
    assert values["question"]["question"]["value"] == DOG
    answer = values["answer"]["answer"]["value"]
    assert answer == ("Yes, **on Fridays** only: register it at [the dog desk](https://example.com/dogs) "
                      "& bring a leash.\n- vaccinated\n- on a leash")
    assert values["file"]["file"]["value"] == "drafts.md"
    status, body = submit(running, view, values)
    assert (status, body) == (200, {})
    saved = slack_api.wait_for(lambda calls: any("Saved to the FAQ as" in c.block_text for c in calls))
    saved = next(c for c in slack_api.calls_to("chat.postMessage") if "Saved to the FAQ as" in c.block_text)
    assert saved.params["thread_ts"] == question["ts"] and "drafts.md" in saved.block_text
    assert "register it at [the dog desk](https://example.com/dogs)" in \
        (tmp_path / "faq" / "drafts.md").read_text(encoding="utf-8")
    # The asker's same question is now answered by the bot, from the saved entry.
    _, again = ask(running, slack_api, DOG)
    [up, *_] = buttons_of(again.blocks)
    assert ButtonValue.decode(up["value"]).faq_id in saved.block_text
    assert "dog desk" in again.block_text


def test_a_save_that_cannot_be_written_keeps_the_modal_open_with_the_reason(bot, slack_api, tmp_path):
    running = bot()
    human = thread_reply("Ask facilities.", user=HELPER, channel=GENERAL, thread_ts=message_ts())
    view = open_save_modal(running, slack_api, human)
    values = initial_values(view)
    # No question (a thread whose parent Slack does not return): refused against the field.
    status, body = submit(running, view, values)
    assert status == 200 and body["response_action"] == "errors" and "question" in body["errors"]
    values["question"] = {"question": {"type": "plain_text_input", "value": "Who fixes the coffee machine?"}}
    # Another edit holds the FAQ folder: nothing written, the modal stays open.
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with folder_lock(tmp_path / "faq"):
            holding.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    try:
        status, body = submit(running, view, values)
    finally:
        release.set()
        holder.join()
    assert body["response_action"] == "errors" and "press Save again" in body["errors"]["question"]
    assert not (tmp_path / "faq" / "drafts.md").exists()
    # Saved again, with the same values: nothing was lost.
    assert submit(running, view, values) == (200, {})
    assert "Who fixes the coffee machine?" in (tmp_path / "faq" / "drafts.md").read_text(encoding="utf-8")
    # A non-maintainer's submission (a forged or stale modal) is refused.
    status, body = submit(running, view, values, user=ASKER)
    assert body == {"response_action": "errors", "errors": {"question": NOT_A_MAINTAINER}}


def test_two_replicas_sharing_redis_escalate_and_remind_once(bot, slack_api, tmp_path, redis_url, redis_prefix):
    """The same click delivered to two replicas (a double click balanced across them): one
    escalation post, one note to the asker, one reminder."""
    shared = dict(redis_url=redis_url, redis_key_prefix=redis_prefix, escalation_reminder_after=1.0)
    first, second = bot(**shared), bot(**shared)
    question, reply = ask(first, slack_api, OFF_TOPIC)
    button = ask_person_button(reply)
    clicks = [threading.Thread(target=click, args=(replica, slack_api, button, reply, question))
              for replica in (first, second)]
    for thread in clicks:
        thread.start()
    for thread in clicks:
        thread.join()
    slack_api.wait_for(lambda calls: any("Reminder:" in c.block_text for c in calls))
    time.sleep(2)  # past a second reminder's delay, had one been armed
    drain(first.app)
    drain(second.app)
    helpdesk = posts_to(slack_api, HELPDESK)
    assert [("Reminder:" in c.block_text) for c in helpdesk] == [False, True]
    assert sum("I've asked" in c.block_text for c in slack_api.calls_to("chat.postMessage")) == 1
    assert len(stored(tmp_path)) == 1


def test_an_escalation_slack_refused_can_be_clicked_again(bot, slack_api, tmp_path):
    running = bot()
    question, reply = ask(running, slack_api, OFF_TOPIC)
    button = ask_person_button(reply)
    slack_api.fail_always("chat.postMessage", slack_error("not_in_channel"))
    click(running, slack_api, button, reply, question)
    [told] = slack_api.wait_for(lambda calls: any(c.method == "chat.postEphemeral" for c in calls)) \
        and slack_api.calls_to("chat.postEphemeral")
    assert "could not reach the people to ask" in told.block_text
    assert stored(tmp_path) == []
    slack_api.clear_script("chat.postMessage")
    click(running, slack_api, button, reply, question)
    slack_api.wait_for(lambda calls: any("I've asked" in c.block_text for c in calls))
    assert len(stored(tmp_path)) == 1


# -- Ask a person from DMs and /faq: the workspace default target --------------------------
def test_a_dm_question_is_escalated_to_the_default_target_and_the_first_reply_passed_on(bot, slack_api, tmp_path):
    """A DM has no channel settings: the workspace default ``escalate_to`` is its target.
    People reply under the escalation post (they cannot open a DM); the first reply by
    someone other than the asker is passed on to the asker's DM, once."""
    running = bot(escalate_to=DESK, escalate_mention=SUPPORT_GROUP)
    question = direct_message(OFF_TOPIC, channel=DM)
    send_event(running, question)
    reply = slack_api.wait_for_posts(1)[0]
    assert reply.params["channel"] == DM
    button = ask_person_button(reply)
    assert button is not None
    message = {"type": "message", "ts": "1700000999.000200", "user": BOT_USER_ID, "text": "not sure"}
    payload = block_actions(button, slack_api.response_url(), user=ASKER, channel=DM, message=message)
    assert send_interaction(running, payload)[0] == 200
    slack_api.wait_for(lambda calls: any("pass the first reply on to you here" in c.block_text for c in calls))
    [escalated] = posts_to(slack_api, DESK)
    assert "asked me privately (in a direct message)" in escalated.block_text
    assert f"<!subteam^{SUPPORT_GROUP}>" in escalated.block_text and OFF_TOPIC in escalated.block_text
    assert slack_api.calls_to("chat.getPermalink") == []  # nobody could open the asker's DM
    told = next(c for c in posts_to(slack_api, DM) if "I've asked" in c.block_text)
    assert f"<#{DESK}>" in told.block_text
    # A second click is refused privately (the click's response_url), nothing posted again.
    assert send_interaction(running, payload)[0] == 200
    slack_api.wait_for(lambda calls: any("already been asked" in c.block_text for c in calls
                                         if c.path.startswith("/response/")))
    post_ts = slack_api.posts_in(DESK)[0]["ts"]
    for user, text in ((ASKER, "any news?"), (HELPER, "About *11 m/s*, <https://example.com/birds|see here>")):
        send_event(running, thread_reply(text, user=user, channel=DESK, thread_ts=post_ts))
    slack_api.wait_for(lambda calls: any("replied in" in c.block_text for c in calls))
    # A later reply, once the first was taken. (Replies a few milliseconds apart are taken in
    # the order their answering threads run, not by message ts: a known race, in the notes.)
    send_event(running, thread_reply("or 24 mph", user="U0LATER001", channel=DESK, thread_ts=post_ts))
    # Deliveries are dispatched in the order they were acknowledged: once a later question is
    # answered, the later reply has reached the listeners, and drain() waits for it.
    ask(running, slack_api, "How do I reset my password?")
    drain(running.app)
    [relayed] = [c for c in posts_to(slack_api, DM) if "replied in" in c.block_text]
    assert f"<@{HELPER}>" in relayed.block_text and "About *11 m/s*" in relayed.block_text
    assert len(posts_to(slack_api, DESK)) == 1
    [row] = stored(tmp_path)
    assert (row.thread_ref, row.answered_by, row.relay_ref) == (f"{DM}/{question['ts']}", HELPER, DM)


def test_a_faq_command_answer_offers_ask_person_and_the_asker_is_told_privately_in_chinese(bot, slack_api, tmp_path):
    """``/faq`` in a channel without its own target: the workspace default. The answer has
    no message: its stamp names the question (escalated once); the asker is told under it,
    in Chinese, and gets the first reply in a DM from the bot (chat.postMessage to the user id)."""
    running = bot(escalate_to=DESK)
    body = form_body(slash_command("公司的猫叫什么名字", slack_api.response_url(), user=ASKER, channel=QUIET))
    assert post(running.url, body, signed_headers(body, content_type=FORM))[0] == 200
    [answer] = slack_api.wait_for(lambda calls: any(c.path.startswith("/response/") for c in calls)) and \
        slack_api.calls_under("/response/")
    button = ask_person_button(answer)
    assert button is not None and "问问同事" in json.dumps(button, ensure_ascii=False)
    # The click on an ephemeral /faq answer: Slack sends no message, only the container.
    payload = block_actions(button, slack_api.response_url(), user=ASKER, channel=QUIET, message=None)
    for _ in range(2):
        assert send_interaction(running, payload)[0] == 200
    slack_api.wait_for(lambda calls: sum(c.path.startswith("/response/") for c in calls) >= 3)
    notes = [c.block_text for c in slack_api.calls_under("/response/")[1:]]
    assert sum("我已把你的问题转给" in n and "私信" in n for n in notes) == 1
    assert sum("已经转给同事" in n for n in notes) == 1
    [escalated] = posts_to(slack_api, DESK)
    assert f"with `/faq` in <#{QUIET}>" in escalated.block_text
    assert posts_to(slack_api, QUIET) == []  # nothing public where /faq was typed
    send_event(running, thread_reply("它叫小白。", user=HELPER, channel=DESK,
                                     thread_ts=slack_api.posts_in(DESK)[0]["ts"]))
    slack_api.wait_for(lambda calls: any(c.params.get("channel") == ASKER for c in calls
                                         if c.method == "chat.postMessage"))
    [relayed] = posts_to(slack_api, ASKER)
    assert "回复了你的问题" in relayed.block_text and "它叫小白" in relayed.block_text
    [row] = stored(tmp_path)
    assert row.thread_ref.startswith(f"{QUIET}/") and row.relay_ref == ASKER


def test_a_channel_target_wins_over_the_default_and_a_dm_without_any_target_offers_no_button(bot, slack_api):
    running = bot()  # no workspace default
    send_event(running, direct_message(OFF_TOPIC, channel=DM))
    assert ask_person_button(slack_api.wait_for_posts(1)[0]) is None
    other = bot(escalate_to=DESK)
    question, reply = ask(other, slack_api, OFF_TOPIC)  # GENERAL names HELPDESK itself
    click(other, slack_api, ask_person_button(reply), reply, question)
    slack_api.wait_for(lambda calls: any("I've asked" in c.block_text for c in calls))
    assert len(posts_to(slack_api, HELPDESK)) == 1 and posts_to(slack_api, DESK) == []


# -- Save as FAQ on any message -------------------------------------------------------------
def test_save_as_faq_on_a_reply_of_any_thread_prefills_the_question_from_the_parent(bot, slack_api):
    """No escalation: the thread's parent (conversations.replies, first message) is the
    question, as plain text; the clicked reply the answer, converted from mrkdwn."""
    running = bot()
    parent = slack_api.add_message(QUIET, {
        "type": "message", "user": ASKER, "ts": message_ts(), "team": TEAM_ID, "channel": QUIET,
        "text": "<@U0HELPER01> where do I pick up *visitor badges*? :pray:"})
    human = slack_api.add_message(QUIET, thread_reply("At _reception_, &lt;ground floor&gt;: `desk 2`",
                                                      user=HELPER, channel=QUIET, thread_ts=parent["ts"]))
    values = initial_values(open_save_modal(running, slack_api, human))
    [read] = slack_api.calls_to("conversations.replies")
    assert (read.params["channel"], read.params["ts"]) == (QUIET, parent["ts"])
    assert values["question"]["question"]["value"] == "where do I pick up *visitor badges*?"
    assert values["answer"]["answer"]["value"] == "At *reception*, <ground floor>: `desk 2`"


def test_save_as_faq_on_a_top_level_message_bot_messages_and_unreadable_threads(bot, slack_api):
    running = bot()
    # A top-level message with no thread is the question itself: no answer to prefill.
    top = {"type": "message", "user": ASKER, "ts": message_ts(), "text": "How do I book a *desk*?",
           "channel": QUIET}
    values = initial_values(open_save_modal(running, slack_api, top))
    assert values["question"]["question"]["value"] == "How do I book a *desk*?"
    assert values["answer"]["answer"].get("value") is None
    assert slack_api.calls_to("conversations.replies") == []
    # A reply under the bot's own post: no person's question there; this bot's own reply
    # clicked: no answer (its answers are the FAQ already).
    bot_post = slack_api.add_message(QUIET, {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID,
                                             "ts": message_ts(), "text": "Daily digest"})
    reply = slack_api.add_message(QUIET, thread_reply("Use the kiosk.", user=HELPER, channel=QUIET,
                                                      thread_ts=bot_post["ts"]))
    values = initial_values(open_save_modal(running, slack_api, reply))
    assert values["question"]["question"].get("value") is None
    assert values["answer"]["answer"]["value"] == "Use the kiosk."
    own = {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "ts": message_ts(), "channel": QUIET,
           "thread_ts": reply["thread_ts"], "text": "I'm not sure which FAQ entry answers that."}
    values = initial_values(open_save_modal(running, slack_api, own))
    assert values["answer"]["answer"].get("value") is None
    # Slack refuses the thread read (the bot is not in the channel): the modal still opens.
    slack_api.fail_always("conversations.replies", slack_error("not_in_channel"))
    lost = thread_reply("Ask facilities.", user=HELPER, channel=QUIET, thread_ts=message_ts())
    values = initial_values(open_save_modal(running, slack_api, lost))
    assert values["question"]["question"].get("value") is None
    assert values["answer"]["answer"]["value"] == "Ask facilities."


# -- Save as FAQ into a git repository: the maintainer is the author ------------------------
def _git(cwd: Path, *args: str) -> str:
    import os
    import subprocess

    env = {"PATH": os.environ["PATH"], "HOME": str(cwd), "LC_ALL": "C", "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_AUTHOR_NAME": "Grace Editor",
           "GIT_AUTHOR_EMAIL": "grace@example.org", "GIT_COMMITTER_NAME": "Grace Editor",
           "GIT_COMMITTER_EMAIL": "grace@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True,
                          text=True).stdout


def test_a_save_into_git_is_committed_as_the_maintainer_by_their_slack_name(bot, slack_api, tmp_path, monkeypatch):
    from bot.faq.git_source import GitSource

    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    (tmp_path / "gitconfig").write_text("")
    bare, work = tmp_path / "origin.git", write_it_faq(tmp_path / "maintainer")
    bare.mkdir()
    _git(bare, "init", "-q", "--bare", "-b", "main")
    _git(work, "init", "-q", "-b", "main")
    _git(work, "add", "it.md")
    _git(work, "commit", "-q", "-m", "IT FAQ")
    _git(work, "push", "-q", str(bare), "HEAD:refs/heads/main")
    GitSource(str(bare), "main", tmp_path / "faq").ensure_clone()
    slack_api.add_user(MAINTAINER, "Ada Lovelace", "ada", email="ada@example.org")
    # A name written to break out of the author field: newline, a forged address, an option.
    slack_api.add_user(HELPER, "Mallory\n--exec=touch pwned <evil@example.org>", "mal")
    running = bot(faq_git_url=str(bare), faq_maintainer_users=[MAINTAINER, HELPER],
                  faq_git_author="FAQ Bot <faqbot@example.org>")
    for user, question in ((MAINTAINER, "Who waters the office plants?"), (HELPER, "Where is the first aid kit?")):
        human = thread_reply("The facilities team.", user="U0SOMEONE1", channel=GENERAL, thread_ts=message_ts())
        view = open_save_modal(running, slack_api, human, user=user)
        values = initial_values(view)
        values["question"] = {"question": {"type": "plain_text_input", "value": question}}
        assert submit(running, view, values, user=user) == (200, {})
    log = _git(bare, "log", "-2", "--format=%an <%ae>|%cn|%s", "main").strip().splitlines()
    assert log[1].startswith("Ada Lovelace <ada@example.org>|faqbot|") and "drafts.md" in log[1]
    assert log[0].split("|")[0] == "Mallory --exec=touch pwned evil@example.org <faqbot@example.org>"
    assert not (tmp_path / "faq" / "pwned").exists()
    assert [c.params["user"] for c in slack_api.calls_to("users.info")] == [MAINTAINER, HELPER]

"""The People's answers page (issue 23, console item 5): replies people gave in Slack to
escalated questions, listed until the FAQ answers the question, each drafted into an entry
through the usual preview and write. Real uvicorn server, real files, real SQLite store."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.console.answers import how_long
from bot.console.app import PREFIX
from console_support import console_settings, form_values, one, page, running_console

DOG = "can I bring my dog to the office"
DOG_THREAD = "C0GENERAL1/1.000100"
REPLY = "*Yes*, dogs on a lead are welcome. See <https://example.com/pets|our pet policy>.\n• ask your team first"
DRAFTED_ANSWER = ("**Yes**, dogs on a lead are welcome. See [our pet policy](https://example.com/pets).\n"
                  "- ask your team first")


@pytest.fixture
def console(tmp_path, local_embed_model):
    with running_console(console_settings(tmp_path), local_embed_model) as running:
        yield running


def escalate(store, thread: str, question: str, reply=None, user="U0ASKER001") -> None:
    store.record_escalation(thread_ref=thread, target_ref=f"C0HELP0001/{thread.split('/')[1]}", user=user,
                            question=question)
    if reply is not None:
        store.record_escalation_answered(thread, user="U0HELPER01", reply=reply)


def answers(console) -> list:
    return page(console.get(f"{PREFIX}/answers").text).find_all("person-answer")


def test_a_persons_reply_is_drafted_into_an_entry_and_leaves_the_page_once_the_bot_answers(console):
    escalate(console.store, DOG_THREAD, DOG, REPLY)
    escalate(console.store, "C0GENERAL1/2.000100", "is there a gym nearby")  # open: nobody replied yet
    [item] = answers(console)
    assert item.attrs["data-ref"] == DOG_THREAD and item.field("question") == DOG
    preview = one(console.get(f"{PREFIX}/answers").text, "reply-preview")
    assert "Yes" in [c.text for c in preview.walk() if c.tag == "b"]  # shown as Slack shows it

    draft = console.get(f"{PREFIX}/draft", escalation=DOG_THREAD)
    assert draft.status_code == 200, draft.text
    values = form_values(draft.text, "draft-form")
    assert (values["question"], values["answer"]) == (DOG, DRAFTED_ANSWER)

    preview = console.post(f"{PREFIX}/draft/preview", values)
    assert preview.status_code == 200, preview.text
    written = console.client.post(f"{PREFIX}/draft/write", data=form_values(preview.text, "draft-write-form"),
                                  follow_redirects=True)
    assert one(written.text, "write-notice").attrs["data-reloaded"] == "yes"
    assert console.service.answer(DOG).match.answer == DRAFTED_ANSWER
    assert answers(console) == []
    assert "1 more the bot now answers itself" in one(console.get(f"{PREFIX}/answers").text, "answers-count").text


def test_a_reply_stays_while_the_bot_still_gives_the_answer_that_got_the_thumbs_down(console):
    question = "how long does shipping take"
    assert console.service.answer(question).match.id == "shipping-time"
    console.store.record_vote("down", "shipping-time", question=question, user="U0ASKER001", channel="C0GENERAL1",
                              message_ts="3.000100")
    escalate(console.store, "C0GENERAL1/3.000100", question, "It depends on the courier: 2 to 9 days.")
    assert [a.field("question") for a in answers(console)] == [question]


def test_drafting_from_an_unknown_or_unanswered_escalation_says_so(console):
    escalate(console.store, "C0GENERAL1/4.000100", "is there a gym nearby")
    for ref in ("C0GENERAL1/4.000100", "C0NOPE/9.9"):
        refused = console.get(f"{PREFIX}/draft", escalation=ref)
        assert refused.status_code == 404
        assert "escalation: no answered escalation" in one(refused.text, "error-reason").text


# -- Still waiting for a person ------------------------------------------------------------
PARKING = "is there parking for visitors"
PARKING_THREAD = "C0GENERAL1/5.000100"
PARKING_LINK = "https://acme.slack.com/archives/C0GENERAL1/p5000100"


class Clock:
    """The store's clock, set by the test: escalations are recorded and the page is read at
    the times it says."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def waiting(console) -> list:
    return page(console.get(f"{PREFIX}/answers").text).find_all("waiting-question")


def links(item) -> list:
    return [e for e in item.walk() if e.tag == "a"]


def test_a_waiting_question_shows_its_wait_and_reminder_with_a_link_and_leaves_once_a_person_replies(console):
    escalated = datetime.now(timezone.utc).replace(microsecond=0)
    console.store.clock = clock = Clock(escalated)
    escalate(console.store, "C0GENERAL1/6.000100", "is there a gym nearby", "Yes, on the 2nd floor.")  # answered
    console.store.record_escalation(thread_ref=PARKING_THREAD, target_ref="C0HELP0001/5.000200", user="U0ASKER001",
                                    question=PARKING, remind_after=3600, permalink=PARKING_LINK)
    clock.now = escalated + timedelta(minutes=20)
    console.store.record_escalation(thread_ref="D0DIRECT01/7.000100", target_ref="C0HELP0001/7.000200",
                                    user="U0ASKER002", question="can I expense a taxi", relay_ref="D0DIRECT01")

    clock.now = escalated + timedelta(minutes=45)
    first, private = waiting(console)  # the longest waiting first
    assert (first.attrs["data-ref"], first.field("question"), first.field("asker"), first.field("channel")) == \
        (PARKING_THREAD, PARKING, "U0ASKER001", "C0GENERAL1")
    assert first.field("escalated") == escalated.strftime("%Y-%m-%d %H:%M UTC")
    assert (first.field("waited"), first.field("reminder")) == ("45 min", "Reminder due in 15 min.")
    [link] = links(first)
    assert (link.attrs["href"], link.text.strip()) == (PARKING_LINK, "Open the thread in Slack")
    # Asked in a DM: nobody could open that thread, so no link, and it says where people reply.
    assert (private.field("waited"), links(private)) == ("25 min", [])
    assert "people reply under the escalation post" in private.text

    clock.now = escalated + timedelta(hours=2, minutes=5)
    assert waiting(console)[0].field("reminder") == "Reminder due 1 h 5 min ago, not sent yet: is the bot running?"
    assert console.store.claim_reminder(PARKING_THREAD)  # a replica sends it now
    clock.now = escalated + timedelta(hours=2, minutes=35)
    assert (waiting(console)[0].field("waited"), waiting(console)[0].field("reminder")) == \
        ("2 h 35 min", "Reminder sent 30 min ago.")

    console.store.record_escalation_answered(PARKING_THREAD, user="U0HELPER01", reply="Level -2, ask at the desk.")
    assert [w.attrs["data-ref"] for w in waiting(console)] == ["D0DIRECT01/7.000100"]
    assert PARKING in [a.field("question") for a in answers(console)]  # the reply is now one to draft from
    console.store.record_escalation_answered("D0DIRECT01/7.000100", user="U0HELPER01", reply="Yes, up to 40 EUR.")
    html = console.get(f"{PREFIX}/answers").text
    assert waiting(console) == []
    assert one(html, "nobody-waiting").text == "Nobody is waiting: every escalated question has a person's reply."


@pytest.mark.parametrize("stored_link", [
    "https://evil.example/archives/C0GENERAL1/p5000100",
    "javascript:alert(document.cookie)//.slack.com/",
    "https://evil.example\\.slack.com/archives/C0GENERAL1/p5000100",  # a browser's host: evil.example
    "https://acme.slack.com.evil.example/archives/C0GENERAL1/p5000100",
    "http://acme.slack.com/archives/C0GENERAL1/p5000100",
    'https://acme.slack.com/archives/" onmouseover="alert(1)',
])
def test_a_stored_link_that_is_not_into_slack_is_not_rendered_and_stored_text_is_escaped(console, stored_link):
    """Whoever can write the feedback database chooses every stored text: a link goes on
    the page only as an https://*.slack.com/ address, and the text is shown as text."""
    question = '<script>alert("asked")</script> <img src=x onerror=alert(1)> & is there parking?'
    console.store.record_escalation(thread_ref=PARKING_THREAD, target_ref=None, user='U0"><b>X</b>',
                                    question=question, permalink=stored_link)
    assert console.store.escalation(PARKING_THREAD).permalink == stored_link  # stored as given
    html = console.get(f"{PREFIX}/answers").text
    [item] = page(html).find_all("waiting-question")
    assert links(item) == [] and "evil.example" not in html and "onmouseover" not in html
    assert item.find_all("waiting-no-link")
    assert (item.field("question"), item.field("asker")) == (question, 'U0"><b>X</b>')
    assert "<script>" not in html and "<img" not in html and "<b>X" not in html


def test_how_long_a_question_waited_is_said_as_people_say_it():
    said = {timedelta(seconds=40): "under a minute", timedelta(minutes=7, seconds=59): "7 min",
            timedelta(hours=1): "1 h", timedelta(hours=2, minutes=5): "2 h 5 min", timedelta(hours=14, minutes=5): "14 h",
            timedelta(days=1, hours=3): "1 day 3 h", timedelta(days=3): "3 days", timedelta(days=12, hours=5): "12 days",
            timedelta(seconds=-5): "under a minute"}  # a replica's clock a little ahead
    assert {delta: how_long(delta) for delta in said} == said

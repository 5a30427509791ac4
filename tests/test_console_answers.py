"""The People's answers page (issue 23, console item 5): replies people gave in Slack to
escalated questions, listed until the FAQ answers the question, each drafted into an entry
through the usual preview and write. Real uvicorn server, real files, real SQLite store."""

from __future__ import annotations

import pytest

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

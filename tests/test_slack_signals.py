"""Signals people expect: a 👀 reaction while a slow answer is on its way (and none
for a fast one), and the App Home tab, for everyone and for admins. The real Bolt app
over real HTTP; slowness comes from a slow embedding server (the SGLang stand-in's
delay), not from patched internals."""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from pydantic import SecretStr

from bot.config import Settings
from bot.service import FaqService
from bot.slack.app import create_app
from bot.slack.listeners.home import COUNTS_FAILED
from sglang_standin import SGLangStandIn
from slack_fixtures import drain, send_event, serving_http, write_it_faq
from slack_standin import (
    BOT_TOKEN, SIGNING_SECRET, app_mention, slack_error,
)

ADMIN, MEMBER = "U0ADMIN001", "U0MEMBER01"


def warnings_from_bot(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("bot.") and r.levelno >= logging.WARNING]


# -- the working-on-it reaction -------------------------------------------------------
def slow_service(tmp_path, slack_api, **overrides):
    embedder = SGLangStandIn().start()
    settings = Settings(
        faq_dir=write_it_faq(tmp_path / "faq"), index_dir=tmp_path / "index",
        embed_backend="sglang", embed_api_base=embedder.base_url, embed_api_key=SecretStr("k"),
        embed_max_retries=0, embed_timeout=30, slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET, slack_api_url=slack_api.api_url,
        feedback_log=tmp_path / "feedback.jsonl", **overrides)
    service = FaqService(settings)
    service.load()  # built at full speed; questions are slow from here on
    return embedder, settings, service


def test_a_slow_answer_shows_eyes_until_the_reply_is_posted(tmp_path, slack_api, caplog):
    embedder, settings, service = slow_service(tmp_path, slack_api,
                                               slack_working_reaction_after=0.3)
    embedder.delay_seconds = 2.0  # the embedding server is slow today
    app = create_app(settings, service)
    try:
        with serving_http(app) as running:
            question = app_mention("help, I cannot remember my password", channel="C0SLOW0001")
            send_event(running, question)
            slack_api.wait_for(lambda calls: any(c.method == "reactions.remove" for c in calls))
    finally:
        drain(app)
        embedder.stop()
    methods = [c.method for c in slack_api.calls
               if c.method in ("reactions.add", "chat.postMessage", "reactions.remove")]
    assert methods == ["reactions.add", "chat.postMessage", "reactions.remove"]
    added, removed = slack_api.calls_to("reactions.add")[0], slack_api.calls_to("reactions.remove")[0]
    for call in (added, removed):
        assert (call.params["channel"], call.params["timestamp"], call.params["name"]) == (
            "C0SLOW0001", question["ts"], "eyes")
    assert slack_api.reactions == set()  # nothing left behind
    assert warnings_from_bot(caplog) == []


def test_a_fast_answer_shows_no_reaction(slack_api, slack_settings, faq_service):
    # The embedded CPU model answers in milliseconds; 2.5 s leaves room for a busy machine.
    settings = slack_settings.model_copy(update={"slack_working_reaction_after": 2.5})
    app = create_app(settings, faq_service)
    try:
        with serving_http(app) as running:
            send_event(running, app_mention("I forgot my password"))
            slack_api.wait_for_posts(1)
    finally:
        drain(app)
    time.sleep(3.0)  # past the reaction's delay: a timer not cancelled would fire now
    assert slack_api.calls_to("reactions.add") == []


def test_a_reaction_that_cannot_be_added_never_costs_the_answer(tmp_path, slack_api, caplog):
    embedder, settings, service = slow_service(tmp_path, slack_api,
                                               slack_working_reaction_after=0.2)
    embedder.delay_seconds = 1.5
    slack_api.fail_always("reactions.add", slack_error("missing_scope"))
    app = create_app(settings, service)
    try:
        with serving_http(app) as running:
            send_event(running, app_mention("help, I cannot remember my password"))
            slack_api.wait_for_posts(1)
    finally:
        drain(app)
        embedder.stop()
    assert len(slack_api.calls_to("chat.postMessage")) == 1
    assert slack_api.calls_to("reactions.remove") == []
    (warning,) = warnings_from_bot(caplog)
    assert "reactions.add failed for good (missing_scope)" in warning.getMessage()


# -- App Home ----------------------------------------------------------------------
@dataclass(frozen=True)
class Counts:
    answered: int
    unanswered: int


class OutcomeLog:
    """A real, local outcome store: timestamped outcomes, counted since a moment (the
    shape of the feedback store's ``outcome_counts(since)``)."""

    def __init__(self) -> None:
        self.outcomes: list[tuple[datetime, str]] = []
        self.asked_since: list[datetime] = []
        self._lock = threading.Lock()

    def record(self, outcome: str, days_ago: float) -> None:
        with self._lock:
            self.outcomes.append((datetime.now(timezone.utc) - timedelta(days=days_ago), outcome))

    def __call__(self, since: datetime) -> Counts:
        with self._lock:
            self.asked_since.append(since)
            recent = [o for t, o in self.outcomes if t >= since]
        return Counts(recent.count("answered"), recent.count("unanswered"))


def home_opened(user: str, tab: str = "home") -> dict:
    return {"type": "app_home_opened", "user": user, "channel": "D0HOME0001", "tab": tab,
            "event_ts": f"{time.time():.6f}"}


def published_view(slack_api, count: int = 1) -> dict:
    slack_api.wait_for(lambda calls: sum(c.method == "views.publish" for c in calls) >= count)
    call = slack_api.calls_to("views.publish")[count - 1]
    view = call.params["view"]
    return {"user": call.params["user_id"], **(json.loads(view) if isinstance(view, str) else view)}


def test_home_tab_shows_what_the_bot_knows_and_admins_see_last_weeks_counts(
        slack_api, slack_settings, faq_service):
    log = OutcomeLog()
    for outcome, days_ago in [("answered", 1), ("answered", 2), ("answered", 6.9),
                              ("unanswered", 3), ("answered", 8), ("unanswered", 30)]:
        log.record(outcome, days_ago)
    settings = slack_settings.model_copy(update={"slack_admin_users": [ADMIN]})
    app = create_app(settings, faq_service, outcome_counts=log)
    try:
        with serving_http(app) as running:
            send_event(running, home_opened(MEMBER))
            member = published_view(slack_api, 1)
            send_event(running, home_opened(ADMIN))
            admin = published_view(slack_api, 2)
    finally:
        drain(app)

    for view, user in ((member, MEMBER), (admin, ADMIN)):
        text = json.dumps(view["blocks"], ensure_ascii=False)
        assert view["user"] == user and view["type"] == "home"
        assert "*4 entries* in 1 categories" in text and "Uncategorised*: 4" in text
        assert "/faq your question" in text
    assert "admins only" not in json.dumps(member) and "answered" not in json.dumps(member)
    assert "*3* questions answered · *1* unanswered" in json.dumps(admin, ensure_ascii=False)
    (since,) = log.asked_since  # asked once, for the admin only
    assert timedelta(days=7) - (datetime.now(timezone.utc) - since) < timedelta(minutes=5)


def test_home_tab_without_counts_or_with_a_failing_store_still_publishes(
        slack_api, slack_settings, faq_service, caplog):
    def broken(since):
        raise ConnectionError("feedback store down")

    settings = slack_settings.model_copy(update={"slack_admin_users": [ADMIN]})
    app = create_app(settings, faq_service, outcome_counts=broken)
    try:
        with serving_http(app) as running:
            send_event(running, home_opened(ADMIN, tab="messages"))  # not the home tab
            send_event(running, home_opened(ADMIN))
            view = published_view(slack_api)
    finally:
        drain(app)
    assert len(slack_api.calls_to("views.publish")) == 1
    assert COUNTS_FAILED in json.dumps(view)
    assert any("outcome counts failed" in r.getMessage() for r in warnings_from_bot(caplog))


def test_admins_see_the_feedback_stores_counts_by_default(slack_api, slack_settings, faq_service):
    """Wired to the real feedback store (SQLite here): questions asked through the app
    show up in the admin's counts."""
    settings = slack_settings.model_copy(update={"slack_admin_users": [ADMIN],
                                                 "slack_working_reaction_after": None})
    app = create_app(settings, faq_service)
    try:
        with serving_http(app) as running:
            send_event(running, app_mention("I forgot my password"))
            send_event(running, app_mention("what is the airspeed velocity of an unladen swallow"))
            slack_api.wait_for_posts(2)  # each question is recorded before its reply
            send_event(running, home_opened(ADMIN))
            admin = published_view(slack_api)
    finally:
        drain(app)
    assert "*1* questions answered · *1* unanswered" in json.dumps(admin, ensure_ascii=False)

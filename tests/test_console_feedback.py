"""The console with a feedback database that hangs: real PostgreSQL behind a TCP proxy that
accepts and never answers (tests/hanging_proxy.py), the console on a real server.

The Entries and Unanswered pages render within their timeout, say the use counts are
missing and why, and do not ask the hung database again on every request; once it
answers again, so do the pages."""

from __future__ import annotations

import time

import httpx
import pytest
import sqlalchemy as sa

from bot.console.app import PREFIX
from bot.feedback.store import FeedbackStore
from console_support import ANSWERED, DECLINED, console_settings, one, page, running_console
from hanging_proxy import HangingProxy

TIMEOUT = 2.0
# Generous: the pages must answer within seconds, not the minutes a hung database takes;
# a bound on the client, not a measurement.
CLIENT_TIMEOUT = 60.0


@pytest.fixture
def proxied_postgres(postgres_url):
    """(the database's URL, the URL through a proxy that can hang, the proxy)."""
    url = sa.engine.make_url(postgres_url)
    proxy = HangingProxy((url.host or "127.0.0.1", url.port or 5432)).start()
    try:
        yield postgres_url, url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False), proxy
    finally:
        proxy.stop()


def seed(url: str) -> None:
    store = FeedbackStore.open(url)
    try:
        store.record_question("answered", question=ANSWERED, user="U1", channel="C1", faq_id="shipping-time",
                              score=0.9)
        store.record_question("declined", question=DECLINED, user="U1", channel="C1", faq_id="refund", score=0.2)
    finally:
        store.close()


def feedback_error(html: str):
    found = page(html).find_all("feedback-error")
    return found[0].text if found else None


def test_feedback_pages_answer_within_seconds_with_the_database_hung(tmp_path, local_embed_model,
                                                                    proxied_postgres):
    direct, proxied, proxy = proxied_postgres
    seed(direct)
    settings = console_settings(tmp_path, console_feedback_timeout=TIMEOUT, console_feedback_retry_seconds=3.0)
    with running_console(settings, local_embed_model, watch=False, feedback_database=proxied) as console:
        console.client.timeout = httpx.Timeout(CLIENT_TIMEOUT)
        healthy = console.get(f"{PREFIX}/entries").text
        assert feedback_error(healthy) is None
        rows = {r.attrs["data-faq-id"]: r for r in page(healthy).find_all("entry-row")}
        assert rows["shipping-time"].field("answered") == "1"
        assert one(console.get(f"{PREFIX}/unanswered").text, "group")

        proxy.hang()
        hung = console.get(f"{PREFIX}/entries")
        assert hung.status_code == 200
        assert "did not answer within 2 s" in feedback_error(hung.text)
        # The index's entries are still listed, without their use counts.
        rows = {r.attrs["data-faq-id"]: r for r in page(hung.text).find_all("entry-row")}
        assert rows["shipping-time"].field("answered") == "0"
        unanswered = console.get(f"{PREFIX}/unanswered")
        assert unanswered.status_code == 200 and "did not answer" in feedback_error(unanswered.text)
        assert not page(unanswered.text).find_all("group")

        # Further views do not ask the hung database again (no new connection, not a byte).
        asked = (proxy.accepted, proxy.bytes_from_clients)
        for _ in range(3):
            for path in ("entries", "unanswered"):
                again = console.get(f"{PREFIX}/{path}")
                assert again.status_code == 200 and "asking again in" in feedback_error(again.text)
        assert (proxy.accepted, proxy.bytes_from_clients) == asked

        # The database answers again: once the failure has lapsed, so do the pages.
        proxy.resume()
        deadline = time.monotonic() + CLIENT_TIMEOUT
        while feedback_error(console.get(f"{PREFIX}/entries").text) is not None:
            assert time.monotonic() < deadline, "the console never asked the database again"
            time.sleep(0.5)
        rows = {r.attrs["data-faq-id"]: r for r in page(console.get(f"{PREFIX}/entries").text).find_all("entry-row")}
        assert rows["shipping-time"].field("answered") == "1"


def test_a_database_hung_from_the_start_does_not_hold_up_the_pages(tmp_path, local_embed_model, proxied_postgres):
    """Opening the store (connect, migrations) is what hangs here."""
    direct, proxied, proxy = proxied_postgres
    seed(direct)
    proxy.hang()
    settings = console_settings(tmp_path, console_feedback_timeout=TIMEOUT, console_feedback_retry_seconds=60.0)
    with running_console(settings, local_embed_model, watch=False, feedback_database=proxied) as console:
        console.client.timeout = httpx.Timeout(CLIENT_TIMEOUT)
        for path in ("entries", "unanswered", "entries"):
            response = console.get(f"{PREFIX}/{path}")
            assert response.status_code == 200 and "did not answer" in feedback_error(response.text)
        assert proxy.accepted == 1  # one connection attempt, not one per view

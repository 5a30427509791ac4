"""The maintainers' console in a real browser: headless Chromium (tests/browser.py) against
a real console server (tests/console_support.py) with a real FAQ folder, live reload, the
embedded model and a SQLite feedback database seeded through the real store.

What a browser adds over tests/test_console.py's HTTP tests: the forms are filled and
submitted by clicking (so every button must work as plain HTML, here with JavaScript
off), the stylesheet and the inline SVG must survive the page's Content-Security-Policy,
cookies carry the session and login, and the charts are laid out on screen.
"""

from __future__ import annotations

from typing import Iterator

import pytest

from bot.console.app import PREFIX
from console_support import COURIER, DECLINED, console_settings, running_console

# Long enough for a hit test on a cold model and a write that waits for live reload
# (RELOAD_WAIT_SECONDS = 20), on a busy 2-core machine.
NAVIGATION_TIMEOUT_MS = 60_000
TOKEN = "browser-test-token-0123456789"


@pytest.fixture
def console(tmp_path, local_embed_model):
    with running_console(console_settings(tmp_path), local_embed_model) as running:
        yield running


@pytest.fixture(scope="module")
def read_only_console(tmp_path_factory, local_embed_model):
    """One console for the tests that only read (building an index costs seconds)."""
    with running_console(console_settings(tmp_path_factory.mktemp("console")), local_embed_model,
                         watch=False) as running:
        yield running


@pytest.fixture
def no_js_page(chromium) -> Iterator["playwright.sync_api.Page"]:  # noqa: F821
    """A page with JavaScript off: the console promises plain HTML forms."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(NAVIGATION_TIMEOUT_MS)
    try:
        yield page
    finally:
        context.close()


def watch_for_page_errors(page) -> list[str]:
    """Collect what the browser complains about (CSP violations, failed loads, 4xx/5xx
    subresources): the console's pages must load cleanly."""
    problems: list[str] = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on("response", lambda response: response.status >= 400 and response.request.resource_type != "document"
            and problems.append(f"{response.status}: {response.url}"))
    return problems


def hit_test_in_browser(page, url: str, question: str) -> dict:
    """Type ``question`` in the hit-testing form, submit it, and read the result off the page."""
    page.goto(f"{url}{PREFIX}/hits")
    page.fill("#question-input", question)
    with page.expect_navigation():
        page.click("#hit-submit")
    outcome = page.get_by_test_id("outcome")
    outcome.wait_for(state="visible")
    rows = page.get_by_test_id("candidate-row")
    return {
        "outcome": outcome.get_attribute("data-outcome"),
        "reply": page.get_by_test_id("reply-text").inner_text(),
        "cutoff": float(page.get_by_test_id("cutoff").get_attribute("data-cutoff")),
        "rows": [{"faq_id": row.get_attribute("data-faq-id"),
                  "confidence": float(row.get_attribute("data-confidence")),
                  "above": row.get_attribute("data-above-cutoff") == "yes",
                  "cosine": row.locator("[data-field=cosine]").inner_text(),
                  "matched": row.locator("[data-field=matched-phrasing]").inner_text()}
                 for row in rows.all()],
    }


def seed_unanswered(store) -> None:
    """What users asked in Slack and the bot did not answer, through the real store."""
    for user in ("U1", "U2"):
        store.record_question("declined", question=COURIER, user=user, channel="C1", faq_id="shipping-time",
                              score=0.4)
    store.record_question("declined", question="courier hasn't shown up, when will it come", user="U3",
                          channel="C1", faq_id="shipping-time", score=0.4)
    store.record_question("declined", question=DECLINED, user="U4", channel="C1", faq_id="refund", score=0.1)


# -- hit testing ----------------------------------------------------------------------
def test_hit_testing_typed_in_the_form_shows_the_candidates_and_the_cutoff(read_only_console, page):
    console = read_only_console
    problems = watch_for_page_errors(page)
    question = "when does my parcel arrive"
    seen = hit_test_in_browser(page, console.url, question)
    assert page.url.startswith(f"{console.url}{PREFIX}/hits?q=")
    assert page.input_value("#question-input") == question  # the form keeps what was typed

    expected = console.service.answer(question)
    assert seen["outcome"] == "answer"
    assert [r["faq_id"] for r in seen["rows"]] == [n.node.metadata["faq_id"] for n in expected.candidates]
    assert [r["confidence"] for r in seen["rows"]] == pytest.approx([n.score for n in expected.candidates],
                                                                    abs=1e-6)
    assert seen["cutoff"] == pytest.approx(console.service.answerer.cutoff.similarity_cutoff, abs=1e-6)
    top = seen["rows"][0]
    assert top["faq_id"] == "shipping-time" and top["above"]
    assert top["matched"].startswith("when will my parcel arrive")
    assert seen["reply"].strip().startswith("Orders arrive in 2–5 days.")

    # Laid out as drawn: the cutoff row sits between the rows above and below the cutoff,
    # and the chart has one bar per candidate with the cutoff line inside the chart.
    table_rows = page.locator("#candidates tbody tr")
    kinds = [r.get_attribute("data-testid") for r in table_rows.all()]
    assert kinds.index("cutoff-row") == sum(r["above"] for r in seen["rows"])
    chart = page.get_by_test_id("hit-chart")
    assert chart.get_by_test_id("hit-bar").count() == len(seen["rows"])
    chart_box, line_box = chart.bounding_box(), chart.get_by_test_id("cutoff-line").bounding_box()
    assert chart_box["width"] > 300 and chart_box["height"] > 50
    assert chart_box["x"] < line_box["x"] < chart_box["x"] + chart_box["width"]
    # The stylesheet applied despite the Content-Security-Policy (the header bar is dark).
    assert page.eval_on_selector("header", "h => getComputedStyle(h).backgroundColor") == "rgb(38, 50, 56)"
    assert problems == []


def test_a_chinese_question_gets_the_chinese_answer_in_the_browser(read_only_console, page):
    console = read_only_console
    seen = hit_test_in_browser(page, console.url, "我怎么联系你们的客服？")
    assert seen["rows"][0]["faq_id"] == "contact-support"
    assert page.get_by_test_id("reply-language").inner_text() == "zh"
    assert seen["reply"].startswith("请发邮件到 **help@example.com**。")


def test_a_question_with_markup_is_shown_as_text_not_run(read_only_console, page):
    console = read_only_console
    executed: list[str] = []
    page.on("dialog", lambda dialog: (executed.append(dialog.message), dialog.dismiss()))
    question = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    hit_test_in_browser(page, console.url, question)
    assert page.input_value("#question-input") == question
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    assert executed == []


# -- fixing a declined question: the add-as-alternate flow --------------------------------
def test_a_maintainer_adds_a_declined_question_as_an_alternate_in_two_clicks(console, page, no_js_page):
    seed_unanswered(console.store)
    before_bytes = console.faq_file.read_bytes()
    # Why was it declined? Hit testing shows it, with the nearest entry below the cutoff.
    before = hit_test_in_browser(page, console.url, COURIER)
    assert before["outcome"] in ("decline", "did_you_mean")
    assert before["rows"][0]["faq_id"] == "shipping-time" and not before["rows"][0]["above"]

    # The maintainer's own steps, with JavaScript off: every button is a plain HTML form.
    browser = no_js_page
    problems = watch_for_page_errors(browser)
    browser.goto(f"{console.url}{PREFIX}/unanswered")
    group = browser.get_by_test_id("group").filter(has=browser.get_by_text(COURIER, exact=True))
    assert group.count() == 1
    assert group.get_attribute("data-count") == "3"  # asked twice, plus a rewording grouped with it
    assert group.get_by_test_id("nearest-entry").get_attribute("data-faq-id") == "shipping-time"
    questions = group.get_by_test_id("group-question").locator("[data-field=question]").all_inner_texts()
    assert questions == [COURIER, "courier hasn't shown up, when will it come"]

    # Click 1: "Add as alternate to …" shows the change to the markdown file.
    with browser.expect_navigation():
        group.get_by_test_id("add-alternate-button").click()
    assert browser.url.startswith(f"{console.url}{PREFIX}/alternate/preview?")
    assert browser.get_by_test_id("preview-file").inner_text() == "help.md"
    added = browser.locator("[data-testid=diff] span.add").all_inner_texts()
    assert added == [f"+- {COURIER}"]
    assert browser.locator("[data-testid=diff] span.del").count() == 0
    assert console.faq_file.read_bytes() == before_bytes  # a preview writes nothing

    # Click 2: write it; the page comes back once live reload serves the edit.
    with browser.expect_navigation(timeout=NAVIGATION_TIMEOUT_MS):
        browser.click("#alternate-write-submit")
    notice = browser.get_by_test_id("write-notice")
    notice.wait_for(state="visible")
    assert notice.get_attribute("data-reloaded") == "yes"
    # Byte for byte the file it was, plus the one line after the entry's last alternate.
    anchor = b"- how many days is delivery\n"
    assert console.faq_file.read_bytes() == before_bytes.replace(anchor, anchor + f"- {COURIER}\n".encode(), 1)
    assert browser.get_by_test_id("outcome").get_attribute("data-outcome") == "answer"
    assert problems == []

    # Hit testing again, typed as before: answered now, and more confidently.
    after = hit_test_in_browser(page, console.url, COURIER)
    assert after["outcome"] == "answer"
    assert after["rows"][0]["faq_id"] == "shipping-time" and after["rows"][0]["above"]
    assert after["rows"][0]["confidence"] > before["rows"][0]["confidence"]
    assert after["rows"][0]["matched"].startswith(COURIER)
    assert after["reply"].strip().startswith("Orders arrive in 2–5 days.")
    # And the Unanswered page says so.
    page.goto(f"{console.url}{PREFIX}/unanswered")
    fixed = page.get_by_test_id("group").filter(has=page.get_by_text(COURIER, exact=True))
    assert fixed.get_attribute("data-answered-now") == "yes"
    assert "shipping-time" in fixed.get_by_test_id("answered-now").inner_text()


def test_a_maintainer_edits_an_answer_and_removes_an_alternate_and_sees_a_broken_file(console, no_js_page):
    browser = no_js_page
    problems = watch_for_page_errors(browser)
    browser.goto(f"{console.url}{PREFIX}/entries")
    row = browser.locator("[data-testid=entry-row][data-faq-id=refund]")
    with browser.expect_navigation():
        row.get_by_test_id("edit-entry").click()
    assert browser.input_value("#entry-answer") == "Yes, within 30 days."
    browser.fill("#entry-answer", "Yes, within **60 days**.")
    with browser.expect_navigation():
        browser.click("#entry-preview-submit")
    assert browser.locator("[data-testid=diff] span.add").all_inner_texts() == ["+Yes, within **60 days**."]
    assert browser.locator("[data-testid=diff] span.del").all_inner_texts() == ["-Yes, within 30 days."]
    with browser.expect_navigation(timeout=NAVIGATION_TIMEOUT_MS):
        browser.click("#entry-write-submit")
    assert browser.get_by_test_id("write-notice").get_attribute("data-reloaded") == "yes"
    assert "Yes, within **60 days**." in console.faq_file.read_text(encoding="utf-8")
    # Shown as Slack shows it: bold, without the asterisks.
    assert browser.get_by_test_id("slack-preview").locator("b").all_inner_texts() == ["60 days"]

    browser.goto(f"{console.url}{PREFIX}/entries")
    alternate = browser.locator("[data-testid=entry-row][data-faq-id=refund] li",
                                has_text="I want my money back")
    with browser.expect_navigation():
        alternate.get_by_test_id("remove-alternate").click()
    assert browser.locator("[data-testid=diff] span.del").all_inner_texts() == ["-- I want my money back"]
    with browser.expect_navigation(timeout=NAVIGATION_TIMEOUT_MS):
        browser.click("#remove-write-submit")
    assert browser.get_by_test_id("write-notice").get_attribute("data-reloaded") == "yes"
    assert "I want my money back" not in console.faq_file.read_text(encoding="utf-8")

    # A file that stops parsing is named on the next page shown.
    (console.settings.faq_dir / "broken.md").write_text("## Q?\nid: q\n\n::: en\nunclosed\n", encoding="utf-8")
    browser.goto(f"{console.url}{PREFIX}/entries")
    assert browser.get_by_test_id("faq-problem").all_inner_texts() == [
        "broken.md:4: language block '::: en' is never closed with ':::'"]
    assert problems == []


# -- calibration ----------------------------------------------------------------------
LABELLED = [
    ("when will my package be delivered", "shipping-time"),
    ("how many days until my order arrives", "shipping-time"),
    ("I want a refund", "refund"),
    ("can I send an item back for my money", "refund"),
    ("change my e-mail address", "change-email"),
    ("I forgot my password in the mobile app", "reset-password-app"),
    ("reset password on the web site", "reset-password-web"),
    ("how do I reach customer support", "contact-support"),
    ("do you sell gift cards", None),
    ("what's the weather like tomorrow", None),
]


def test_the_calibration_page_draws_the_curve_with_the_cutoff_marked(console, page):
    from bot.calibration import calibrate
    from bot.curve import load_curve
    from bot.evaluation import LabelledQuery

    # `faqbot calibrate`'s own code path stores the curve the page reads.
    result = calibrate(console.service, [LabelledQuery(q, gold) for q, gold in LABELLED], precision=0.8,
                       show_progress=False)
    console.service.refresh()
    curve = load_curve(console.settings.index_dir)
    problems = watch_for_page_errors(page)
    page.goto(f"{console.url}{PREFIX}")
    with page.expect_navigation():
        page.get_by_test_id("nav-calibration").click()
    assert page.get_by_test_id("nav-calibration").get_attribute("aria-current") == "page"
    assert page.get_by_test_id("curve-source").inner_text() == "faqbot calibrate"
    assert float(page.get_by_test_id("current-cutoff").get_attribute("data-cutoff")) == pytest.approx(
        result["cutoff"], abs=1e-6)

    pc = page.get_by_test_id("pc-curve")
    pc.wait_for(state="visible")
    box = pc.bounding_box()
    assert box["width"] >= 400 and box["height"] >= 300
    line_box = pc.get_by_test_id("pc-line").bounding_box()
    assert line_box["width"] > 0 or line_box["height"] > 0  # the curve is drawn, not empty
    # The ring sits where the curve's point at the current cutoff is: read its position on
    # screen back into (coverage, precision) through the SVG's own transform.
    here = next(p for p in sorted(curve.points, key=lambda p: p.cutoff) if p.cutoff >= result["cutoff"] - 1e-9)
    marker = pc.get_by_test_id("cutoff-marker")
    assert marker.is_visible()
    centre = marker.evaluate("""c => {
        const point = c.ownerSVGElement.createSVGPoint();
        point.x = c.cx.baseVal.value; point.y = c.cy.baseVal.value;
        const screen = point.matrixTransform(c.getScreenCTM());
        return [screen.x, screen.y];
    }""")
    frame = pc.locator("rect").first.bounding_box()  # the plot's axes frame
    coverage = (centre[0] - frame["x"]) / frame["width"]
    precision = 1 - (centre[1] - frame["y"]) / frame["height"]
    assert (coverage, precision) == pytest.approx((here.coverage, here.precision), abs=0.02)
    assert float(page.get_by_test_id("at-cutoff-precision").inner_text()) == pytest.approx(here.precision,
                                                                                             abs=1e-3)
    # The other plot: the cutoff's dashed line (a vertical line has no width, so its box
    # is checked rather than Playwright's visibility) stands at the cutoff on the x axis.
    by_cutoff = page.get_by_test_id("cutoff-curve")
    frame = by_cutoff.locator("rect").first.bounding_box()
    line = by_cutoff.get_by_test_id("cutoff-line").bounding_box()
    assert line["height"] == pytest.approx(frame["height"], abs=1)
    values = [p.cutoff for p in curve.points] + [result["cutoff"]]
    low, high = min(0.0, *values), max(1.0, *values)
    assert (line["x"] + line["width"] / 2 - frame["x"]) / frame["width"] == pytest.approx(
        (result["cutoff"] - low) / (high - low), abs=0.02)
    assert by_cutoff.get_by_test_id("precision-line").is_visible()
    assert by_cutoff.get_by_test_id("coverage-line").is_visible()
    assert problems == []


# -- security in the browser ----------------------------------------------------------
def test_a_write_with_a_tampered_csrf_token_is_refused_and_the_file_unchanged(console, page):
    seed_unanswered(console.store)
    before = console.faq_file.read_bytes()
    page.goto(f"{console.url}{PREFIX}/unanswered")
    group = page.get_by_test_id("group").filter(has=page.get_by_text(COURIER, exact=True))
    with page.expect_navigation():
        group.get_by_test_id("add-alternate-button").click()
    field = page.locator("#alternate-write-form input[name=csrf_token]")
    genuine = field.input_value()
    assert len(genuine) == 64
    field.evaluate("(input, value) => { input.value = value; }", ("0" if genuine[0] != "0" else "1") + genuine[1:])
    with page.expect_navigation() as navigation:
        page.click("#alternate-write-submit")
    assert navigation.value.status == 403
    assert "CSRF" in page.get_by_test_id("error-reason").inner_text()
    assert console.faq_file.read_bytes() == before
    assert console.service.answer(COURIER).match is None


def test_a_console_with_a_token_shows_the_login_page_first(tmp_path, local_embed_model, page):
    with running_console(console_settings(tmp_path), local_embed_model, token=TOKEN, watch=False) as console:
        target = f"{PREFIX}/hits?q=refund"
        page.goto(f"{console.url}{target}")
        # Redirected to the login form; no page of the console is shown before it.
        assert page.url.startswith(f"{console.url}{PREFIX}/login?")
        assert page.get_by_test_id("outcome").count() == 0
        assert page.locator("#token-input").get_attribute("type") == "password"
        page.fill("#token-input", "not-the-token")
        with page.expect_navigation() as refused:
            page.click("#login-submit")
        assert refused.value.status == 401
        assert page.get_by_test_id("login-error").is_visible()
        assert TOKEN not in page.content()

        page.fill("#token-input", TOKEN)
        with page.expect_navigation():
            page.click("#login-submit")
        # Back where the maintainer was going, logged in for the next pages too.
        assert page.url == f"{console.url}{target}"
        assert page.get_by_test_id("outcome").get_attribute("data-outcome") == "answer"
        page.goto(f"{console.url}{PREFIX}/entries")
        assert page.get_by_test_id("entry-row").count() == 6
        cookies = {c["name"]: c for c in page.context.cookies()}
        assert TOKEN not in str(cookies)
        assert cookies["faqbot_console_auth"]["httpOnly"] and cookies["faqbot_console_auth"]["sameSite"] == "Strict"

        with page.expect_navigation():
            page.click("#logout-submit")
        page.goto(f"{console.url}{PREFIX}/entries")
        assert page.url.startswith(f"{console.url}{PREFIX}/login?")

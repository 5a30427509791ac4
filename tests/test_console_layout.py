"""The console on a phone (issue 23): at 390 px wide no page scrolls sideways, and no chart
label is drawn outside its chart. Real headless Chromium (tests/browser.py) against a real
console server with a real FAQ folder, a calibration curve and a seeded SQLite store."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from bot.console.app import PREFIX
from console_support import COURIER, DECLINED, console_settings, running_console
from conftest import write_faq

PHONE = {"width": 390, "height": 844}
# Wide capitals: the hit-testing chart's label for this entry is the widest it can be.
WIDE_FAQ = """\
## WHAT WILL MY MONTHLY WARRANTY MAXIMUM BE WHEN I MOVE ABROAD?
id: warranty-maximum-abroad

It stays the same.
"""
LONG_WORD = "https://example.com/" + "a" * 120  # one unbreakable run of characters


@pytest.fixture(scope="module")
def console(tmp_path_factory, local_embed_model):
    settings = console_settings(tmp_path_factory.mktemp("layout"))
    write_faq(settings.faq_dir, "wide.md", WIDE_FAQ)
    with running_console(settings, local_embed_model, watch=False) as running:
        from bot.calibration import self_calibrate

        self_calibrate(running.service, precision=0.6, share=0.3)  # the Calibration page's charts
        running.service.refresh()
        for question in (COURIER, DECLINED, LONG_WORD, "我的包裹什么时候到" * 6):
            running.store.record_question("declined", question=question, user="U0ASKER001", channel="C0GENERAL1")
        running.store.record_escalation(thread_ref="C0GENERAL1/1.000100", target_ref="C0HELP0001/1.000200",
                                        user="U0ASKER001", question="can I bring my dog to the office")
        running.store.record_escalation_answered("C0GENERAL1/1.000100", user="U0HELPER01",
                                                 reply=f"*Yes*, see <{LONG_WORD}|the policy> or {LONG_WORD}")
        # Still waiting for a person: a question of one unbreakable word, and a long link.
        running.store.record_escalation(thread_ref="C0GENERAL1/2.000100", target_ref="C0HELP0001/2.000200",
                                        user="U0ASKER001", question=LONG_WORD, remind_after=60,
                                        permalink="https://acme.slack.com/archives/C0GENERAL1/p2000100"
                                                  "?thread_ts=2.000100&cid=C0GENERAL1")
        yield running


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        yield page
    finally:
        context.close()


def pages(console) -> dict[str, str]:
    """Every kind of page the console shows, by name → path and query."""
    csrf = console.csrf()
    draft = {"question": "Do you deliver on Sundays?", "answer": f"No. {LONG_WORD}", "file": "drafts.md"}
    return {
        "hit testing": f"/hits?{urlencode({'q': 'WHAT WILL MY MONTHLY WARRANTY MAXIMUM BE'})}",
        "hit testing, declined": f"/hits?{urlencode({'q': LONG_WORD})}",
        "entries": "/entries",
        "entries search": f"/entries?{urlencode({'search': 'help@example'})}",
        "unanswered": "/unanswered",
        "people's answers": "/answers",
        "calibration": "/calibration",
        "draft": f"/draft?{urlencode(draft)}",
        "draft from a reply": f"/draft?{urlencode({'escalation': 'C0GENERAL1/1.000100'})}",
        "edit entry": "/entry/edit?faq_id=shipping-time",
        "alternate preview": f"/alternate/preview?{urlencode({'faq_id': 'shipping-time', 'question': COURIER})}",
        "remove preview": "/entry/remove/preview?faq_id=warranty-maximum-abroad",
        "error": "/entry/edit?faq_id=no-such-entry",
        "login": "/login",
        "draft preview": ("POST", "/draft/preview", {**draft, "csrf_token": csrf}),
    }


def open_page(phone, console, target) -> None:
    if isinstance(target, tuple):  # a form's result: submit it the way the page does
        _, path, fields = target
        phone.goto(f"{console.url}{PREFIX}/draft")
        for name, value in fields.items():
            if name != "csrf_token":
                phone.fill(f"#draft-{name}", value)
        with phone.expect_navigation():
            phone.click("#draft-preview-submit")
        return
    phone.goto(f"{console.url}{PREFIX}{target}")


def test_no_page_scrolls_sideways_at_390_px(console, phone):
    wide = {}
    for name, target in pages(console).items():
        open_page(phone, console, target)
        width = phone.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if width[0] > width[1]:
            wide[name] = width
    assert wide == {}, f"pages wider than the {PHONE['width']} px screen (scrollWidth, clientWidth): {wide}"


def svg_text_boxes(phone) -> list[dict]:
    """Every text of every chart on the page, laid out by the browser: its box in the chart's
    own coordinates and the chart's size."""
    return phone.evaluate("""() => [...document.querySelectorAll('svg')].flatMap(svg => {
        const box = svg.viewBox.baseVal;
        const toChart = svg.getScreenCTM().inverse();
        return [...svg.querySelectorAll('text')].map(t => {
            // The text's box with its own transform (a rotated axis title) applied.
            const b = t.getBBox(), m = toChart.multiply(t.getScreenCTM());
            const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height],
                             [b.x + b.width, b.y + b.height]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
            const xs = corners.map(p => p.x), ys = corners.map(p => p.y);
            return {chart: svg.dataset.testid, text: t.textContent, x: Math.min(...xs), right: Math.max(...xs),
                    y: Math.min(...ys), bottom: Math.max(...ys), width: box.width, height: box.height};
        });
    })""")


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}])
def test_chart_labels_are_drawn_inside_their_charts(console, chromium, viewport):
    context = chromium.new_context(viewport=viewport)
    try:
        browser = context.new_page()
        boxes = []
        for target in ("/hits?" + urlencode({"q": "WHAT WILL MY MONTHLY WARRANTY MAXIMUM BE"}), "/calibration"):
            browser.goto(f"{console.url}{PREFIX}{target}")
            found = svg_text_boxes(browser)
            assert found, target
            boxes += found
        charts = {b["chart"] for b in boxes}
        assert {"hit-chart", "pc-curve", "cutoff-curve"} <= charts
        assert any("WHAT WILL MY MONTHLY" in b["text"] for b in boxes)
        outside = [b for b in boxes if b["x"] < 0 or b["right"] > b["width"] or b["y"] < 0 or b["bottom"] > b["height"]]
        assert outside == []
    finally:
        context.close()


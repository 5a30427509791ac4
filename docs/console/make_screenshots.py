"""Screenshots of the console's pages for docs/console.md, taken in headless Chromium.

Runs the real `faqbot console` on a scratch copy of the sample FAQ (faq_sources/), with a
feedback database seeded through the real store with questions users might ask that the
sample FAQ does not answer, and a calibration curve stored by the real `faqbot calibrate
--self`; then saves docs/console/*.png at a 1280x800 viewport (and one at a phone's 390
px). Nothing in faq_sources/ changes.

    python docs/console/make_screenshots.py            # from the repository root

Needs what the browser tests need (Debian's chromium, Playwright: see README), and fonts
for the Chinese question and the 👍/👎 columns, which a bare Debian lacks
(`apt-get install fonts-wqy-microhei fonts-noto-color-emoji`).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the tests' launch flags)

VIEWPORT = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
CHINESE_QUESTION = "下单以后几天能收到货？"
DECLINED_QUESTION = "can I pick up my order at your warehouse"
FIXED_QUESTION = "do you deliver on Sundays"  # previewed as an alternate of delivery-times
# (outcome, question, nearest entry the bot offered or answered with, how many users asked)
UNANSWERED = [
    ("declined", DECLINED_QUESTION, "delivery-times", 3),
    ("declined", "can I collect my order from the warehouse myself?", "delivery-times", 1),
    ("did_you_mean", FIXED_QUESTION, "delivery-times", 2),
    ("declined", "你们星期天配送吗", "delivery-times", 1),  # grouped with its English wording
    ("declined", "可以开电子发票吗", "request-fapiao", 2),
    ("declined", "is there a student discount", "promo-code", 1),
]
DOWNVOTED = [("my parcel says delivered but it's not here", "lost-parcel")]
# An Ask-a-person escalation a colleague answered in Slack (mrkdwn), for People's answers.
ESCALATED_QUESTION = "can I bring my dog to your showroom?"
# Ask-a-person escalations nobody has replied to yet: (question, asker, channel, minutes
# waited, reminder after minutes, whether it went out, asked privately), for "Still waiting".
WAITING = [
    ("do you ship to Iceland, and how long does it take?", "U7", "C1", 130, 60, True, False),
    ("can I change the name on an invoice I already paid?", "U8", "D8", 25, 60, False, True),
]
PERSON_REPLY = ("*Yes*, dogs on a lead are welcome in every showroom. Guide dogs can also come into the "
                "café.\n• please keep them off the sofas\n• water bowls are at the entrance\n"
                "Details: <https://example.com/showrooms|showroom rules>")


def faqbot(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], env=env, cwd=ROOT, check=True,
                          capture_output=True, text=True)


def seed_feedback(database_url: str) -> None:
    from bot.feedback.store import FeedbackStore

    store = FeedbackStore.open(database_url)
    try:
        for outcome, question, faq_id, times in UNANSWERED:
            for user in range(times):
                store.record_question(outcome, question=question, user=f"U{user}", channel="C1", faq_id=faq_id,
                                      score=0.5)
        for n, (question, faq_id) in enumerate(DOWNVOTED):
            store.record_question("answered", question=question, user="U9", channel="C1", faq_id=faq_id,
                                  score=0.8)
            store.record_vote("down", faq_id, question=question, user="U9", channel="C1", message_ts=f"{n}.1")
        for user in range(4):
            store.record_question("answered", question="where is my order", user=f"U{user}", channel="C1",
                                  faq_id="track-order", score=0.9)
        store.record_vote("up", "track-order", question="where is my order", user="U1", channel="C1",
                          message_ts="7.1")
        store.record_escalation(thread_ref="C1/8.1", target_ref="C2/8.2", user="U3", question=ESCALATED_QUESTION)
        store.record_escalation_answered("C1/8.1", user="U5", reply=PERSON_REPLY)
    finally:
        store.close()
    seed_waiting(database_url)


def seed_waiting(database_url: str) -> None:
    """Escalations made minutes or hours ago (the store's clock set back), one reminded."""
    from datetime import datetime, timedelta, timezone

    from bot.feedback.store import FeedbackStore

    now = datetime.now(timezone.utc)
    for n, (question, user, channel, waited, remind, reminded, private) in enumerate(WAITING):
        escalated = now - timedelta(minutes=waited)
        store = FeedbackStore.open(database_url, clock=lambda: escalated)
        try:
            ref = f"{channel}/9{n}.1"
            store.record_escalation(
                thread_ref=ref, target_ref=f"C2/9{n}.2", user=user, question=question, remind_after=remind * 60,
                relay_ref=channel if private else None,
                permalink=None if private else f"https://acme.slack.com/archives/{channel}/p9{n}0000001")
            if reminded:
                store.claim_reminder(ref, now=escalated + timedelta(minutes=remind))
        finally:
            store.close()


def start_console(env: dict) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "bot", "console", "--port", "0"], env=env, cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()  # printed once the index is loaded and the port bound
    found = re.search(r"(http://127\.0\.0\.1:\d+)/console/", line)
    if not found:
        process.kill()
        raise SystemExit(f"faqbot console did not start: {line!r}")
    return process, found.group(1)


def shoot(page, name: str) -> None:
    path = OUT / f"{name}.png"
    page.screenshot(path=str(path))
    try:  # Pillow, where installed, makes them a palette PNG about half the size
        from PIL import Image
    except ImportError:
        pass
    else:
        with Image.open(path) as image:
            image.convert("RGB").quantize(colors=256).save(path, optimize=True)
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KiB")


def take_screenshots(url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(viewport=VIEWPORT, device_scale_factor=1).new_page()
        page.set_default_timeout(60_000)
        for name, question in (("hits", CHINESE_QUESTION), ("hits-declined", DECLINED_QUESTION)):
            page.goto(f"{url}/console/hits")
            page.fill("#question-input", question)
            with page.expect_navigation():
                page.click("#hit-submit")
            if name == "hits-declined":  # why it was declined: the candidates under the cutoff
                page.get_by_test_id("outcome").evaluate("e => window.scrollTo(0, e.offsetTop - 8)")
            shoot(page, name)
        page.goto(f"{url}/console/entries?search=track")
        shoot(page, "entries")
        page.goto(f"{url}/console/entries?search=发票")  # matched in answers: the match is marked
        shoot(page, "entries-answer-match")
        page.goto(f"{url}/console/unanswered")
        shoot(page, "unanswered")
        group = page.get_by_test_id("group").filter(has=page.get_by_text(FIXED_QUESTION, exact=True))
        group.get_by_test_id("alternate-target").select_option("delivery-times")  # below the floor: not preselected
        with page.expect_navigation():
            group.get_by_test_id("add-alternate-button").click()
        shoot(page, "alternate-preview")  # the preview only: nothing is written
        page.goto(f"{url}/console/answers")
        shoot(page, "answers")
        page.get_by_test_id("waiting").evaluate("e => window.scrollTo(0, e.offsetTop - 8)")
        shoot(page, "answers-waiting")  # the questions still waiting for a person
        page.evaluate("() => window.scrollTo(0, 0)")
        with page.expect_navigation():
            page.get_by_test_id("draft-from-answer").first.click()
        shoot(page, "draft-from-answer")  # prefilled: nothing is written
        page.goto(f"{url}/console/calibration")
        shoot(page, "calibration")
        page.get_by_test_id("calibration-record").evaluate("e => window.scrollTo(0, e.offsetTop - 60)")
        shoot(page, "calibration-stored")
        phone = browser.new_context(viewport=PHONE, device_scale_factor=1).new_page()
        phone.set_default_timeout(60_000)
        phone.goto(f"{url}/console/unanswered")
        shoot(phone, "phone-unanswered")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder and print where it is")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="faqbot-screenshots-"))
    shutil.copytree(ROOT / "faq_sources", scratch / "faq_sources")
    database_url = f"sqlite:///{scratch / 'feedback.db'}"
    env = {**os.environ, "FAQBOT_FAQ_DIR": str(scratch / "faq_sources"),
           "FAQBOT_INDEX_DIR": str(scratch / "index_store"), "FAQBOT_DATABASE_URL": database_url,
           "FAQBOT_FEEDBACK_LOG": str(scratch / "feedback.jsonl"), "FAQBOT_INDEX_ROLE": "writer"}
    env.pop("FAQBOT_CONSOLE_TOKEN", None)
    process = None
    try:
        faqbot("index", env=env)
        faqbot("calibrate", "--self", env=env)  # stores the curve the Calibration page plots
        seed_feedback(database_url)
        process, url = start_console(env)
        take_screenshots(url)
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        if args.keep:
            print(f"scratch folder: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

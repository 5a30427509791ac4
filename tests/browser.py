"""A real headless Chromium for the console's browser tests, driven by Playwright.

The browser is Debian's Chromium (`apt-get install chromium`), never one Playwright
downloads. Where it is absent the test is skipped with a message naming what to install,
except under CI (``CI`` set), where it fails: `.ci/run` installs it (`.ci/browsers`)
and must never pass by skipping.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = Path(os.environ.get("FAQBOT_TEST_CHROMIUM", "/usr/bin/chromium"))
INSTALL_CHROMIUM = "install Debian's Chromium (apt-get install chromium) or set FAQBOT_TEST_CHROMIUM"

# The machine's network is closed: without these Chromium keeps trying to reach Google's
# services at start-up. Running as root in a container needs --no-sandbox.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def browser_missing(reason: str) -> None:
    message = f"{reason}: {INSTALL_CHROMIUM}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def chromium() -> Iterator["playwright.sync_api.Browser"]:  # noqa: F821
    """One headless Chromium per test module (starting one costs about a second).

    Not per session: Playwright's sync API keeps an asyncio loop marked running on the main
    thread while it is open, and every later test that calls ``asyncio.run`` would fail.
    """
    if not CHROMIUM.exists():
        browser_missing(f"Chromium is not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium) -> Iterator["playwright.sync_api.Page"]:  # noqa: F821
    """A fresh browser context (own cookies) and page per test."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        context.close()

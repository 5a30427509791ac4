"""Fixtures for the Slack bot tests: a real FAQ on disk, the real embedded model, the
real Bolt app wired to the local Slack stand-ins, in HTTP mode or Socket Mode."""

from __future__ import annotations

import json
import textwrap
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
from pydantic import SecretStr
from slack_bolt import App

from bot.config import Settings
from bot.service import FaqService
from bot.slack.app import create_app
from bot.slack.runner import EVENTS_PATH, HttpLimits, http_server, socket_mode_handler
from slack_standin import (
    APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn, SocketModeStandIn, event_callback, post,
    signed_headers,
)

__all__ = ["it_faq_index", "slack_api", "slack_settings", "faq_service", "slack_app", "http_app",
           "socket_mode"]

IT_FAQ = """\
# IT help

## How do I reset my password?
id: reset-password
alternates:
- I forgot my password
- 忘记密码了怎么办

Open **Settings → Security** and click [Reset password](https://example.com/reset?from=faq&x=1).

- Check your inbox
- Follow the link within 30 minutes

## How do I get VPN access?
id: vpn-access
alternates:
- how can I connect to the vpn
- 如何申请VPN

File a ticket in `#it-help`, then install the client:

```bash
sudo apt install openvpn
```

## Where can I find the office wifi password?
id: wifi-password
alternates:
- what is the wifi password
- 办公室wifi密码是多少

It is printed on the back of your badge.

## How do I submit an expense report?
id: expenses
alternates:
- how do I get reimbursed for travel
- 报销怎么提交

Upload your receipts in *Expensify* within 30 days.
"""

# Questions in users' own words, with the entry that answers each.
QUESTIONS = {
    "I forgot my password": "reset-password",
    "忘记密码了怎么办": "reset-password",
    "how can I connect to the vpn": "vpn-access",
    "如何申请VPN": "vpn-access",
    "what is the wifi password": "wifi-password",
    "办公室wifi密码是多少": "wifi-password",
    "how do I get reimbursed for travel": "expenses",
    "报销怎么提交": "expenses",
}
OFF_TOPIC = "what is the airspeed velocity of an unladen swallow"


def write_it_faq(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "it.md").write_text(textwrap.dedent(IT_FAQ), encoding="utf-8")
    return folder


def drain(app: App) -> None:
    """Wait until every lazy listener the app started has finished."""
    app.listener_runner.listener_executor.shutdown(wait=True)


@pytest.fixture
def slack_api():
    standin = SlackWebStandIn().start()
    yield standin
    standin.stop()


@pytest.fixture(scope="session")
def it_faq_index(tmp_path_factory, local_embed_model) -> tuple[Path, Path]:
    """The IT FAQ on disk and its index, built once: the tests only read them."""
    root = tmp_path_factory.mktemp("it_faq")
    faq_dir, index_dir = write_it_faq(root / "faq"), root / "index"
    FaqService(Settings(faq_dir=faq_dir, index_dir=index_dir), embed_model=local_embed_model).load()
    return faq_dir, index_dir


@pytest.fixture
def slack_settings(tmp_path: Path, slack_api: SlackWebStandIn, it_faq_index) -> Settings:
    faq_dir, index_dir = it_faq_index
    return Settings(
        faq_dir=faq_dir,
        index_dir=index_dir,
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack_api.api_url,
        feedback_log=tmp_path / "feedback.jsonl",
    )


@pytest.fixture
def faq_service(slack_settings: Settings, local_embed_model) -> FaqService:
    service = FaqService(slack_settings, embed_model=local_embed_model)
    service.load()
    return service


@pytest.fixture
def slack_app(slack_settings: Settings, faq_service: FaqService):
    app = create_app(slack_settings, faq_service)
    yield app
    drain(app)


@dataclass
class RunningHttpApp:
    app: App
    url: str


@contextmanager
def serving_http(app: App, limits: HttpLimits = HttpLimits()) -> Iterator[RunningHttpApp]:
    """``app`` served by the bot's own HTTP-mode server on a free local port."""
    server = http_server(app, "127.0.0.1", 0, SIGNING_SECRET, limits).start()
    try:
        yield RunningHttpApp(app, f"http://127.0.0.1:{server.port}{EVENTS_PATH}")
    finally:
        server.stop()


def send_event(running: RunningHttpApp, event: dict) -> None:
    """Deliver ``event`` as Slack does (signed, over HTTP); the app must accept it."""
    body = json.dumps(event_callback(event)).encode()
    assert post(running.url, body, signed_headers(body))[0] == 200


@pytest.fixture
def http_app(slack_app: App):
    with serving_http(slack_app) as running:
        yield running


@pytest.fixture
def socket_mode(slack_api: SlackWebStandIn, slack_settings: Settings, faq_service: FaqService):
    """The app connected over Socket Mode; yields (stand-in, app)."""
    endpoint = SocketModeStandIn().start()
    slack_api.ws_url = endpoint.url
    settings = slack_settings.model_copy(update={"slack_app_token": SecretStr(APP_TOKEN)})
    app = create_app(settings, faq_service)
    handler = socket_mode_handler(app, settings)
    handler.connect()
    endpoint.wait_connected()
    yield endpoint, app
    handler.close()
    drain(app)
    endpoint.stop()

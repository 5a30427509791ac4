"""The console on a real server: uvicorn on 127.0.0.1, a real FAQ folder with live reload,
a real SQLite feedback database, driven over HTTP with httpx; and reading its pages."""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator, Optional

import httpx
from pydantic import SecretStr

from bot.config import Settings
from bot.console.server import console_context, console_server
from bot.feedback.store import FeedbackStore
from bot.service import FaqService
from bot.watch import FaqFolderWatcher
from conftest import write_faq
from test_confidence import AMBIGUOUS_FAQ

# A bilingual entry beside AMBIGUOUS_FAQ, for answers in the asker's language.
LANGUAGES_FAQ = """\
## How do I contact support?
id: contact-support
alternates:
- 怎么联系客服

::: en
Write to **help@example.com**.
:::

::: zh
请发邮件到 **help@example.com**。
:::
"""

ANSWERED = "when does my parcel arrive"
DID_YOU_MEAN = "how do I reset my password"
DECLINED = "do you sell gift cards"
COURIER = "the courier hasn't shown up, any idea when it comes"
VOID = (
    "<area", "<base", "<br", "<col", "<embed", "<hr", "<img", "<input", "<link", "<meta", "<source",
    "<track", "<wbr")


@dataclass
class Element:
    tag: str
    attrs: dict
    text: str = ""
    children: list["Element"] = field(default_factory=list)

    def find_all(self, test_id: str) -> list["Element"]:
        found = [c for c in self.children if c.attrs.get("data-testid") == test_id]
        for child in self.children:
            found += child.find_all(test_id)
        return found

    def field(self, name: str) -> str:
        """Text of the descendant with ``data-field=name``."""
        for child in self.walk():
            if child.attrs.get("data-field") == name:
                return child.text.strip()
        raise KeyError(name)

    def walk(self) -> Iterator["Element"]:
        for child in self.children:
            yield child
            yield from child.walk()


class _Tree(HTMLParser):
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
            "wbr", "path", "line", "circle", "rect"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in self.VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        for element in self.stack[1:]:
            element.text += data


def page(html: str) -> Element:
    tree = _Tree()
    tree.feed(html)
    return tree.root


def one(html: str, test_id: str) -> Element:
    found = page(html).find_all(test_id)
    assert len(found) == 1, f"{len(found)} elements with data-testid={test_id!r}"
    return found[0]


def form_values(html: str, form_id: str) -> dict[str, str]:
    """The named inputs, selects (their selected or first option) and textareas of a form."""
    form = next(e for e in page(html).walk() if e.tag == "form" and e.attrs.get("id") == form_id)
    values = {}
    for element in form.walk():
        name = element.attrs.get("name")
        if not name:
            continue
        if element.tag == "input":
            values[name] = element.attrs.get("value", "")
        elif element.tag == "textarea":
            values[name] = element.text
        elif element.tag == "select":
            options = [o for o in element.walk() if o.tag == "option"]
            chosen = next((o for o in options if "selected" in o.attrs), options[0])
            values[name] = chosen.attrs["value"]
    return values


@dataclass
class RunningConsole:
    url: str
    client: httpx.Client
    service: FaqService
    settings: Settings
    store: FeedbackStore
    faq_file: Path

    def get(self, path: str, **params) -> httpx.Response:
        return self.client.get(path, params=params)

    def post(self, path: str, data: dict, **headers) -> httpx.Response:
        return self.client.post(path, data=data, headers=headers)

    def csrf(self) -> str:
        """The CSRF token of this client's session (any page shows it)."""
        html = self.get("/console/draft").text
        return form_values(html, "draft-form")["csrf_token"]


def console_settings(tmp_path: Path, **overrides) -> Settings:
    faq_dir = tmp_path / "faq_sources"
    write_faq(faq_dir, "help.md", AMBIGUOUS_FAQ)
    write_faq(faq_dir, "languages.md", LANGUAGES_FAQ)
    return Settings(faq_dir=faq_dir, index_dir=tmp_path / "index_store",
                    database_url=SecretStr(f"sqlite:///{tmp_path / 'feedback.db'}"),
                    feedback_log=tmp_path / "absent.jsonl", **overrides)


@contextmanager
def running_console(settings: Settings, embed_model, token: Optional[str] = None,
                    watch: bool = True, feedback_database: Optional[str] = None) -> Iterator[RunningConsole]:
    """``feedback_database``: a URL the console opens the feedback database at itself, as
    `faqbot console` does (through a proxy, say); the tests' own store uses the settings'."""
    if token is not None:
        settings = settings.model_copy(update={"console_token": SecretStr(token)})
    service = FaqService(settings, embed_model=embed_model)
    service.load()
    store = FeedbackStore.open(settings.database_url.get_secret_value())
    watcher = FaqFolderWatcher(service, debounce=0.2).start() if watch else None
    if feedback_database is None:
        context = console_context(settings, service, "127.0.0.1", feedback=lambda: store)
    else:
        context = console_context(settings.model_copy(update={"database_url": SecretStr(feedback_database)}),
                                  service, "127.0.0.1")
    if not watch:
        context.reload_wait = 0.2  # nothing reloads: do not wait for it after a write
    server = console_server(context, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{server.port}"
    # Browsers send Origin with every form POST; httpx does not, so the client says it.
    client = httpx.Client(base_url=url, headers={"Origin": url}, timeout=120)
    try:
        yield RunningConsole(url, client, service, settings, store, settings.faq_dir / "help.md")
    finally:
        client.close()
        server.stop()
        if watcher is not None:
            watcher.stop()
        store.close()


def candidate_rows(html: str) -> list[Element]:
    return page(html).find_all("candidate-row")


def reply_of(html: str) -> str:
    return one(html, "reply-text").text


def diff_lines(html: str) -> list[str]:
    return one(html, "diff").text.splitlines()


def strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)

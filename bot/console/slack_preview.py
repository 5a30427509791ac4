"""Replies previewed as Slack shows them: FAQ markdown → Slack mrkdwn with the bot's own
conversion (bot/slack/mrkdwn.py ``to_mrkdwn``), then that mrkdwn drawn as HTML the way
Slack's client renders it (``*bold*``, ``_italic_``, ``~strike~``, `` `code` ``, fenced
blocks, ``<url|text>`` links). Everything is escaped first; only those few tags are made,
and links only to http(s) and mailto, so an answer can never inject markup into the page.
"""

from __future__ import annotations

import html
import re

from markupsafe import Markup

from bot.slack.mrkdwn import to_mrkdwn

_LINK = re.compile(r"<((?:https?|mailto):[^|>\s]+)(?:\|([^>]*))?>")
_CODE = re.compile(r"`([^`\n]+)`")
_STYLES = ((re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), "b"),
           (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), "i"),
           (re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])"), "s"))


def slack_preview(markdown: str) -> Markup:
    """HTML of ``markdown`` as Slack shows the bot's reply."""
    return mrkdwn_html(to_mrkdwn(markdown))


def mrkdwn_html(mrkdwn: str) -> Markup:
    out: list[str] = []
    for number, chunk in enumerate(mrkdwn.split("```")):
        if number % 2:  # inside a fenced block: verbatim
            out.append(f"<pre>{html.escape(_unescape(chunk.strip(chr(10))))}</pre>")
        else:
            out.append("<br>".join(_line(line) for line in chunk.split("\n")))
    return Markup("".join(out))


def _unescape(text: str) -> str:
    """Slack's three escapes back to characters (they are escaped again for HTML)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _line(line: str) -> str:
    parts: list[str] = []
    last = 0
    for link in _LINK.finditer(line):
        parts.append(_styled(line[last:link.start()]))
        url, label = _unescape(link.group(1)), link.group(2)
        text = _styled(label) if label else html.escape(url)
        parts.append(f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{text}</a>')
        last = link.end()
    parts.append(_styled(line[last:]))
    return "".join(parts)


def _styled(text: str) -> str:
    pieces = _CODE.split(text)  # odd pieces are code spans
    out = []
    for number, piece in enumerate(pieces):
        escaped = html.escape(_unescape(piece), quote=False)
        if number % 2:
            out.append(f"<code>{escaped}</code>")
            continue
        for pattern, tag in _STYLES:
            escaped = pattern.sub(lambda m, tag=tag: f"<{tag}>{m.group(1)}</{tag}>", escaped)
        out.append(escaped)
    return "".join(out)

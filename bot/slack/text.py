"""Turning the text of a Slack message into the question to match.

Slack sends message text with its own markup: ``<@U123>`` mentions, ``<#C123|name>``
channel links, ``<https://x|label>`` links, ``<!here>`` broadcasts, ``:emoji:`` codes and
``&amp;``/``&lt;``/``&gt;`` escapes. None of it belongs in the question.
"""

from __future__ import annotations

import html
import re

_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_BROADCAST = re.compile(r"<![^>]*>")
_CHANNEL = re.compile(r"<#[CGD][A-Z0-9]+(?:\|([^>]*))?>")
_LINK = re.compile(r"<((?:https?|mailto|tel):[^>|]*)(?:\|([^>]*))?>")
# ":name:" codes, including skin tones (":+1::skin-tone-2:"); "10:30:45" is left alone.
_EMOJI = re.compile(r"(?<![\w:]):[a-z0-9_+'\-]+:(?::skin-tone-\d:)?(?![\w])")
_SPACES = re.compile(r"\s+")


def question_text(slack_text: str | None) -> str:
    """The question inside a Slack message, with Slack markup removed."""
    text = slack_text or ""
    text = _MENTION.sub(" ", text)
    text = _BROADCAST.sub(" ", text)
    text = _CHANNEL.sub(lambda m: f"#{m.group(1)}" if m.group(1) else " ", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _EMOJI.sub(" ", text)
    return _SPACES.sub(" ", html.unescape(text)).strip()


def mentions(slack_text: str | None, user_id: str | None) -> bool:
    """True when the message text @-mentions ``user_id``."""
    return bool(user_id) and f"<@{user_id}" in (slack_text or "")

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


# Markup shrinks when stripped (a link's URL, a mention's id), so the raw text is cut at
# this multiple of the question limit: enough for a marked-up question of full length,
# and the cleanup's cost stays bounded however long the message is.
RAW_TEXT_FACTOR = 4


def question_text(slack_text: str | None, max_chars: int | None = None) -> str:
    """The question inside a Slack message, with Slack markup removed; with ``max_chars``,
    only its first ``max_chars`` characters (see ``Settings.max_question_chars``)."""
    text = slack_text or ""
    if max_chars is not None:
        text = text[:max_chars * RAW_TEXT_FACTOR]
    text = _MENTION.sub(" ", text)
    text = _BROADCAST.sub(" ", text)
    text = _CHANNEL.sub(lambda m: f"#{m.group(1)}" if m.group(1) else " ", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _EMOJI.sub(" ", text)
    text = _SPACES.sub(" ", html.unescape(text)).strip()
    return text if max_chars is None else text[:max_chars].rstrip()


def mentions(slack_text: str | None, user_id: str | None) -> bool:
    """True when the message text @-mentions ``user_id``."""
    return bool(user_id) and f"<@{user_id}" in (slack_text or "")

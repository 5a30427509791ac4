"""FAQ markdown to Slack mrkdwn, and to plain text for notification fallbacks.

Slack's mrkdwn differs from markdown: ``*bold*``, ``_italic_``, ``~strike~``,
``<url|text>`` links, no headings and no list syntax. ``&``, ``<`` and ``>`` must be
escaped. Code spans and fenced blocks are kept verbatim (escaped only).
Formatting touching CJK characters gets a space around it, or Slack does not render it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|<((?:https?|mailto):[^>\s]+)>")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![*\w])|(?<![_\w])_(?=\S)([^_\n]+?)(?<=\S)_(?![_\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_BOLD_MARK = "\x00"
_LINK_MARK = "\x01"
_SET_ASIDE = re.compile(f"{_LINK_MARK}(\\d+){_LINK_MARK}")


def to_mrkdwn(markdown: str) -> str:
    """Convert FAQ markdown to Slack mrkdwn."""
    out: list[str] = []
    in_fence = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append("```")  # Slack shows a language tag as text: drop it
        elif in_fence:
            out.append(escape(line))
        else:
            out.append(_mrkdwn_line(line))
    return "\n".join(out).strip()


def to_plain_text(markdown: str) -> str:
    """FAQ markdown as plain text: formatting marks dropped, links as 'text (url)'."""
    out: list[str] = []
    for line in markdown.splitlines():
        if _FENCE.match(line):
            continue
        line = _HEADING.sub(r"\1", line)
        line = _BULLET.sub(r"\1• ", line)
        line = _LINK.sub(_plain_link, line)
        line = _BOLD.sub(r"\2", line)
        line = _ITALIC.sub(lambda m: m.group(1) or m.group(2), line)
        line = _STRIKE.sub(r"\1", line)
        out.append(line.replace("`", ""))
    return "\n".join(out).strip()


def escape(text: str) -> str:
    """Escape the three characters Slack reserves for its own markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mrkdwn_line(line: str) -> str:
    if _RULE.match(line):
        return "──────────"
    heading = _HEADING.match(line)
    if heading:
        return f"*{_inline(heading.group(1))}*"
    bullet = _BULLET.match(line)
    if bullet:
        return f"{bullet.group(1)}• {_inline(line[bullet.end():])}"
    return _inline(line)


def _inline(text: str) -> str:
    """Inline markdown to mrkdwn, leaving code spans alone."""
    parts: list[str] = []
    last = 0
    for code in _CODE_SPAN.finditer(text):
        parts.append(_formatted(text[last:code.start()]))
        parts.append(_spaced(text, code.start(), code.end(), f"`{escape(code.group(2))}`"))
        last = code.end()
    parts.append(_formatted(text[last:]))
    return "".join(parts)


def _formatted(text: str) -> str:
    """Links and emphasis; everything else escaped. Links are set aside while
    emphasis is converted, so underscores in URLs stay as they are."""
    links: list[str] = []

    def set_aside(link: re.Match) -> str:
        links.append(_slack_link(link))
        return f"{_LINK_MARK}{len(links) - 1}{_LINK_MARK}"

    text = _emphasis(escape(_LINK.sub(set_aside, text)))
    return _SET_ASIDE.sub(lambda m: links[int(m.group(1))], text)


def _slack_link(link: re.Match) -> str:
    url = link.group(2) or link.group(3)
    label = link.group(1) if link.group(2) else None
    if not label:
        return f"<{escape(url)}>"
    return f"<{escape(url)}|{escape(label.replace('|', '/'))}>"


def _plain_link(link: re.Match) -> str:
    url = link.group(2) or link.group(3)
    label = link.group(1) if link.group(2) else None
    return f"{label} ({url})" if label and label != url else url


def _emphasis(text: str) -> str:
    text = _substitute(_BOLD, text, lambda m: f"{_BOLD_MARK}{m.group(2)}{_BOLD_MARK}")
    text = _substitute(_ITALIC, text, lambda m: f"_{m.group(1) or m.group(2)}_")
    text = _substitute(_STRIKE, text, lambda m: f"~{m.group(1)}~")
    return text.replace(_BOLD_MARK, "*")


def _substitute(pattern: re.Pattern, text: str, render: Callable[[re.Match], str]) -> str:
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(text[last:match.start()])
        parts.append(_spaced(text, match.start(), match.end(), render(match)))
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


def _spaced(text: str, start: int, end: int, rendered: str) -> str:
    """Pad ``rendered`` (replacing text[start:end]) with spaces where it touches wide characters."""
    before = " " if start > 0 and _is_wide(text[start - 1]) else ""
    after = " " if end < len(text) and _is_wide(text[end]) else ""
    return f"{before}{rendered}{after}"


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


# -- Slack mrkdwn back to FAQ markdown (Save as FAQ) ----------------------------------
_M_FENCE = re.compile(r"^\s*```")
_M_CODE = re.compile(r"`[^`\n]+`")
_M_BOLD = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])")
_M_ITALIC = re.compile(r"(?<![_\w])_(?=\S)([^_\n]+?)(?<=\S)_(?![_\w])")
_M_STRIKE = re.compile(r"(?<![~\w])~(?=\S)([^~\n]+?)(?<=\S)~(?![~\w])")
_M_ANGLE = re.compile(r"<([^<>\s|]+)(?:\|([^<>]*))?>")
_M_BULLET = re.compile(r"^(\s*)[•◦▪‣]\s*")
_CODE_MARK = "\x02"


def from_mrkdwn(mrkdwn: str) -> str:
    """A Slack message's text (mrkdwn) as FAQ markdown: ``*bold*`` → ``**bold**``,
    ``_it_`` → ``*it*``, ``~s~`` → ``~~s~~``, ``<url|text>`` → ``[text](url)``, mentions
    as ``@U…``/``#channel``, ``•`` bullets as ``-``, entities unescaped; code kept as is."""
    out: list[str] = []
    in_fence = False
    for line in (mrkdwn or "").replace("\r\n", "\n").split("\n"):
        fences = line.count("```")
        if in_fence or _M_FENCE.match(line):
            out.append(_unescape(line))
            in_fence ^= fences % 2 == 1
            continue
        out.append(_markdown_line(line))
    return "\n".join(out).strip()


def _markdown_line(line: str) -> str:
    codes: list[str] = []

    def set_aside(match: re.Match) -> str:
        codes.append(_unescape(match.group(0)))
        return f"{_CODE_MARK}{len(codes) - 1}{_CODE_MARK}"

    line = _M_CODE.sub(set_aside, line)
    line = _M_BULLET.sub(r"\1- ", line)
    line = _M_ANGLE.sub(_markdown_link, line)
    line = _M_BOLD.sub(lambda m: f"{_BOLD_MARK}{m.group(1)}{_BOLD_MARK}", line)
    line = _M_ITALIC.sub(r"*\1*", line)
    line = _M_STRIKE.sub(r"~~\1~~", line)
    line = _unescape(line.replace(_BOLD_MARK, "**"))
    return re.sub(f"{_CODE_MARK}(\\d+){_CODE_MARK}", lambda m: codes[int(m.group(1))], line)


def _markdown_link(match: re.Match) -> str:
    target, label = match.group(1), match.group(2)
    if target.startswith("@"):          # <@U123>: a person
        return f"@{label or target[1:]}"
    if target.startswith("#"):          # <#C123|general>: a channel
        return f"#{label or target[1:]}"
    if target.startswith("!"):          # <!here>, <!subteam^S1|@team>
        return label or f"@{target[1:].split('^')[0]}"
    if label and label != target:
        return f"[{label}]({target})"
    return f"<{target}>"


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

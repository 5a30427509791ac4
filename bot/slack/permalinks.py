"""Which links to a Slack thread the bot posts and the console shows.

A permalink comes from ``chat.getPermalink`` and is stored with the escalation; whoever
can write the feedback database could store any text there. So a stored link is used
only if it is an ``https://<workspace>.slack.com/…`` address made of URL characters:
never ``javascript:``, another host, credentials or a port, and no backslash or
whitespace (browsers read ``https://evil.example\\.slack.com/`` as a path on
evil.example).
"""

from __future__ import annotations

import re
from typing import Optional

# Host labels as DNS allows them; then a path of RFC 3986 characters only.
_SLACK_URL = re.compile(
    r"https://(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+slack\.com/[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*",
    re.IGNORECASE)


def slack_link(url: object) -> Optional[str]:
    """``url`` if it is a link into a Slack workspace (https://*.slack.com/…), else None."""
    return url if isinstance(url, str) and _SLACK_URL.fullmatch(url) else None

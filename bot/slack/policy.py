"""Where and how the bot answers: the channel allowlist, per-channel settings, listen mode.

- **Allowlist** (``slack_channels``; empty: every channel the bot is in). It governs where
  the bot *speaks in public*. A mention elsewhere gets a short ephemeral pointer (only the
  asker sees it) to DMs and ``/faq``. DMs are always answered. ``/faq`` is private, so it
  is answered everywhere, but offers *Share in channel* only where the bot may post.
- **Per-channel settings** (``[channels.C0123ABCD]``): the categories answered from and the
  cutoff, as an :class:`~bot.retrieval.policy.AnswerPolicy`, for mentions, listened-to
  messages, ``/faq`` there and clicked suggestions or shares there.
- **Listen mode** (``listen = true``): un-mentioned *top-level* messages that look like a
  question (:func:`looks_like_question`) and mention nobody are answered in their thread,
  only when the bot is confident. Thread replies are people talking: never answered unless
  they mention the bot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Optional

from bot.config import ChannelSettings, Settings
from bot.retrieval.policy import UNRESTRICTED, AnswerPolicy
from bot.slack.ratelimit import UserRateLimiter
from bot.slack.text import question_text

NOT_HERE = ("I don't answer questions in this channel. Send me a direct message, or type "
            "`/faq your question` here: only you will see the answer.")
NOT_ANSWERED_HERE = "That FAQ entry is not answered in this channel."


@dataclass(frozen=True)
class ChannelPolicy:
    """How the bot behaves in one conversation."""

    may_post: bool  # answers in public here (the allowlist)
    listen: bool
    answers: AnswerPolicy


DIRECT_MESSAGES = ChannelPolicy(may_post=True, listen=False, answers=UNRESTRICTED)


class ChannelPolicies:
    def __init__(self, allowlist: Optional[list[str]] = None,
                 channels: Optional[Mapping[str, ChannelSettings]] = None) -> None:
        self.allowlist = frozenset(allowlist or ())
        self._channels = {channel: _policy(settings) for channel, settings in (channels or {}).items()}
        self._default = ChannelPolicy(may_post=True, listen=False, answers=UNRESTRICTED)
        self._elsewhere = ChannelPolicy(may_post=False, listen=False, answers=UNRESTRICTED)

    @classmethod
    def from_settings(cls, settings: Settings) -> "ChannelPolicies":
        return cls(settings.slack_channels, settings.channels)

    def for_conversation(self, channel: Optional[str],
                         channel_type: Optional[str] = None) -> ChannelPolicy:
        if channel_type == "im" or (channel or "").startswith("D"):
            return DIRECT_MESSAGES
        if self.allowlist and channel not in self.allowlist:
            return self._elsewhere
        return self._channels.get(channel or "", self._default)

    def categories(self) -> set[str]:
        """Every category some channel restricts itself to."""
        return {c for policy in self._channels.values() for c in policy.answers.categories or ()}


def _policy(settings: ChannelSettings) -> ChannelPolicy:
    answers = AnswerPolicy.of(settings.categories, settings.cutoff)
    return ChannelPolicy(may_post=True, listen=settings.listen, answers=answers)


@dataclass(frozen=True)
class SlackPolicy:
    """Everything that decides whether (and from what) a Slack question is answered."""

    channels: ChannelPolicies
    rate_limit: UserRateLimiter

    @classmethod
    def from_settings(cls, settings: Settings) -> "SlackPolicy":
        return cls(ChannelPolicies.from_settings(settings), UserRateLimiter.from_settings(settings))

    def listens_to(self, event: dict) -> bool:
        """A message in a listening channel that the bot may answer un-mentioned."""
        if not self.channels.for_conversation(event.get("channel"), event.get("channel_type")).listen:
            return False
        if event.get("thread_ts"):  # a reply: people are talking in that thread
            return False
        text = event.get("text") or ""
        # Cut before cleaning: a long message is never a quick question, whatever its markup.
        return not _MENTION.search(text) and looks_like_question(question_text(text, MAX_CHARS + 1))


# -- "looks like a question" ---------------------------------------------------------
# Cheap on purpose: it runs on every message in a listening channel. It only decides
# whether to *try*; the bot still answers only when its confidence passes the cutoff.
MIN_CHARS = 4  # "vpn?" is a question; "ok?" is not
MAX_CHARS = 300  # longer is a discussion or a paste, not a quick FAQ question
MAX_LINES = 3
_MENTION = re.compile(r"<[@!]")  # addressed to someone (or @here): they are asked, not the bot
_QUESTION_MARK = re.compile(r"[?？]\s*$")
_ENGLISH_OPENERS = frozenset(
    "how what why where when who whom whose which can could do does did is are was were "
    "should shall will would may might has have any anyone anybody".split())
_CHINESE_MARKERS = ("吗", "呢", "怎么", "怎样", "如何", "什么", "为什么", "为何", "哪", "多少", "多久",
                    "是否", "能否", "能不能", "可不可以", "有没有", "是不是", "请问")


def looks_like_question(text: str) -> bool:
    """True for a short message that ends in a question mark, opens with an English question
    word, or holds a Chinese question word or particle."""
    text = text.strip()
    if not MIN_CHARS <= len(text) <= MAX_CHARS or text.count("\n") >= MAX_LINES or "```" in text:
        return False
    if _QUESTION_MARK.search(text):
        return True
    first_word = re.split(r"[\s,.!]+", text.lower(), maxsplit=1)[0]
    return first_word in _ENGLISH_OPENERS or any(marker in text for marker in _CHINESE_MARKERS)

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
- **Follow-ups** (:func:`is_new_question`): a reply in a DM thread is a new question only
  when it mentions the bot or looks like a question; an acknowledgement ("thanks!", "👍",
  "that worked", "谢谢", "好的") is never one, wherever it is written: no reply, nothing
  stored as unanswered.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Mapping, Optional

from bot.config import ChannelSettings, Settings
from bot.retrieval.policy import UNRESTRICTED, AnswerPolicy
from bot.slack.ratelimit import UserRateLimiter
from bot.slack.text import mentions, question_text

NOT_HERE = ("I don't answer questions in this channel. Send me a direct message, or type "
            "`/faq your question` here: only you will see the answer.")
NOT_ANSWERED_HERE = "That FAQ entry is not answered in this channel."


@dataclass(frozen=True)
class EscalationTarget:
    """Where *Ask a person* posts a question from a channel (``escalate_to``), and the
    user group mentioned there (``escalate_mention``), from the channel's settings."""

    channel: str
    mention: Optional[str] = None


@dataclass(frozen=True)
class ChannelPolicy:
    """How the bot behaves in one conversation."""

    may_post: bool  # answers in public here (the allowlist)
    listen: bool
    answers: AnswerPolicy
    escalation: Optional[EscalationTarget] = None  # None: no *Ask a person* here


DIRECT_MESSAGES = ChannelPolicy(may_post=True, listen=False, answers=UNRESTRICTED)


class ChannelPolicies:
    """Each conversation's policy. *Ask a person*'s target: a channel's own ``escalate_to``;
    else the workspace default (top-level ``escalate_to``), which also serves DMs and
    ``/faq`` wherever it is typed (``/faq`` in a channel: that channel's target first)."""

    def __init__(self, allowlist: Optional[list[str]] = None,
                 channels: Optional[Mapping[str, ChannelSettings]] = None,
                 escalation: Optional[EscalationTarget] = None) -> None:
        self.allowlist = frozenset(allowlist or ())
        self.escalation = escalation  # the workspace default
        self._channels = {channel: _policy(settings, escalation)
                          for channel, settings in (channels or {}).items()}
        self._default = ChannelPolicy(may_post=True, listen=False, answers=UNRESTRICTED,
                                      escalation=escalation)
        self._direct = DIRECT_MESSAGES if escalation is None else ChannelPolicy(
            may_post=True, listen=False, answers=UNRESTRICTED, escalation=escalation)
        self._elsewhere = ChannelPolicy(may_post=False, listen=False, answers=UNRESTRICTED,
                                        escalation=escalation)

    @classmethod
    def from_settings(cls, settings: Settings) -> "ChannelPolicies":
        default = EscalationTarget(settings.escalate_to, settings.escalate_mention) \
            if settings.escalate_to else None
        return cls(settings.slack_channels, settings.channels, default)

    def for_conversation(self, channel: Optional[str],
                         channel_type: Optional[str] = None) -> ChannelPolicy:
        if channel_type == "im" or (channel or "").startswith("D"):
            return self._direct
        if self.allowlist and channel not in self.allowlist:
            return self._elsewhere
        return self._channels.get(channel or "", self._default)

    def escalation_channels(self) -> frozenset[str]:
        """Channels whose threads may hold an escalation: those offering *Ask a person*
        and the channels they escalate to (a reply elsewhere is never looked up)."""
        found = {self.escalation.channel} if self.escalation is not None else set()
        for channel, policy in self._channels.items():
            if policy.escalation is not None:
                found |= {channel, policy.escalation.channel}
        return frozenset(found)

    def watches_everywhere(self) -> bool:
        """With a workspace default, any channel's thread may hold an escalation."""
        return self.escalation is not None

    def categories(self) -> set[str]:
        """Every category some channel restricts itself to."""
        return {c for policy in self._channels.values() for c in policy.answers.categories or ()}


def _policy(settings: ChannelSettings, default: Optional[EscalationTarget]) -> ChannelPolicy:
    answers = AnswerPolicy.of(settings.categories, settings.cutoff)
    escalation = EscalationTarget(settings.escalate_to, settings.escalate_mention) \
        if settings.escalate_to else default
    return ChannelPolicy(may_post=True, listen=settings.listen, answers=answers, escalation=escalation)


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
_MENTION_ANYONE = re.compile(r"<[@!][^>]*>")
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


# -- follow-ups and acknowledgements ---------------------------------------------------
def is_new_question(event: dict, bot_user_id: Optional[str]) -> bool:
    """Whether a message addressed to the bot (a DM, a mention) asks something new."""
    text = event.get("text") or ""
    if looks_like_acknowledgement(text):
        return False
    thread_ts = event.get("thread_ts")
    in_dm_thread = event.get("channel_type") == "im" and thread_ts and thread_ts != event.get("ts")
    if in_dm_thread and not mentions(text, bot_user_id):
        # People go on talking under an answer: only a question is asked again.
        return looks_like_question(question_text(text, MAX_CHARS + 1))
    return True


ACK_MAX_CHARS = 80  # longer is more than a thank-you
# Words a thank-you or an "it worked" is made of; a message of these words only (and
# emoji, punctuation) acknowledges. "help", "hi", "no" are not here: they ask for something.
_ACK_WORDS = frozenset("""
    thanks thank thankyou thx ty tysm tyvm you u so much very lot lots a many cheers ta
    great good nice cool awesome perfect excellent brilliant wonderful amazing super fantastic
    ok okay k kk okie alright right sure yes yep yup yeah ya got it that this that's thats it's
    its s worked works working work fixed solved sorted resolved done helped helpful
    appreciate appreciated now all set makes sense understood gotcha noted will do
    lol haha wow and the for again really just indeed bye cya man mate guys
""".split())
# Emoji codes that acknowledge (":+1:", ":pray::skin-tone-3:"); other codes (":wave:") do not.
_ACK_EMOJI = frozenset("""
    +1 thumbsup ok_hand pray raised_hands clap tada heart heart_eyes white_check_mark
    heavy_check_mark ballot_box_with_check 100 muscle smile smiley grin slightly_smiling_face
    blush relieved bow ok sparkles star-struck hugging_face partying_face the_horns sunglasses
""".split())
_EMOJI_CODE = re.compile(r":([a-z0-9_+'\-]+):(?::skin-tone-\d:)?")
# Chinese thank-yous and OKs, longest first; what is left must be particles and punctuation.
_ACK_CHINESE = sorted("""
    谢谢 多谢 感谢 谢了 谢啦 谢 好的 好滴 好嘞 好 收到 明白 知道 了解 懂 可以 行 解决 搞定 没问题
    成功 有用 管用 嗯 哦 噢 你 您 非常 太 了 啦 啊 呀 哈 的 嘿 啰 喔 咯 啊 呢 哇
""".split(), key=len, reverse=True)
_CHINESE_GREETINGS = ("你好", "您好")
_WORDS = re.compile(r"[^\W\d_]+")


def looks_like_acknowledgement(text: str) -> bool:
    """True for "thanks!", "👍", ":+1:", "that worked", "谢谢", "好的" and the like: a short
    message of thanks/OK words, acknowledging emoji and punctuation, asking nothing."""
    text = _MENTION_ANYONE.sub(" ", text or "").strip()
    if not text or len(text) > ACK_MAX_CHARS or looks_like_question(question_text(text)):
        return False
    if any(greeting in text for greeting in _CHINESE_GREETINGS):  # 你好 is hello, not thanks
        return False
    acknowledged = False

    def ack_emoji(match: re.Match) -> str:
        nonlocal acknowledged
        if match.group(1) in _ACK_EMOJI:
            acknowledged = True
            return " "
        return match.group(0)

    text = _EMOJI_CODE.sub(ack_emoji, text.lower())
    if ":" in text and _EMOJI_CODE.search(text):  # another emoji code: not a thank-you
        return False
    kept = []
    for char in text:
        if unicodedata.category(char) in ("So", "Sk", "Mn", "Cf"):  # emoji, skin tones, ZWJ
            acknowledged = True
            kept.append(" ")
        else:
            kept.append(char)
    text = "".join(kept)
    for phrase in _ACK_CHINESE:
        if phrase in text:
            acknowledged = True
            text = text.replace(phrase, " ")
    words = _WORDS.findall(text)
    if any(word not in _ACK_WORDS for word in words):
        return False
    return acknowledged or bool(words)

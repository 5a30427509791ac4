"""*Save as FAQ*: a person's reply in Slack becomes an FAQ entry (or an alternate).

A message shortcut on any message opens a modal (``views.open``) prefilled from the
thread (:func:`prefill`):

- the question: of an escalated thread (the asker's, or the escalation post's) the
  question as stored; else the thread's parent, the asker's message, read with
  ``conversations.replies`` (its first message is the parent), as plain text; a parent
  written by this bot (nothing a person asked) leaves it empty. A top-level message (with
  or without replies) is itself the question: the answer is then left empty;
- the answer: the clicked reply, converted from Slack mrkdwn to FAQ markdown; empty for
  this bot's own messages (its answers are the FAQ already) and messages without text;
- the file for a new entry (``console_drafts_file``), or an entry of the FAQ to add the
  question to as an alternate (the bot's nearest entries first).

The thread is read with a short timeout and no retries (the shortcut's trigger_id lasts
3 seconds); a refused or slow read leaves the question for the maintainer to type.

Submitting plans the edit from the files as they are now and writes it with the same
plan-then-write edit as the console (bot/faq/edits.py: the cross-process lock, written
only if the file is unchanged); a refusal or a conflict is shown in the modal against its
field, the form kept (nothing typed is lost). Then the bot reloads and the thread gets
"Saved to the FAQ as …".

Only maintainers may save: the user ids of ``faq_maintainer_users`` and the members of the
user group ``faq_maintainer_group`` (``usergroups.users.list``, cached a minute); others
get an ephemeral refusal, at the shortcut and again at the submission.

With the FAQ in git (bot/faq/git_source.py) the commit's author is the maintainer, by
their Slack name (``users.info``: real name, else display name; :func:`commit_author`),
with their profile e-mail if Slack gives it (scope ``users:read.email``), else the e-mail
of ``faq_git_author``; the committer stays faqbot.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Optional

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.config import Settings
from bot.faq.edits import EditBusy, EditRefused, FileEdit, StaleEdit, apply_edit, maintainer_name
from bot.faq.entry import FaqError
from bot.faq.markdown import parse_faq_markdown
from bot.slack.delivery import cosmetic_client
from bot.slack.mrkdwn import from_mrkdwn
from bot.slack.text import question_text

log = logging.getLogger(__name__)

GROUP_CACHE_SECONDS = 60.0
THREAD_READ_SECONDS = 1.0  # of the shortcut's 3-second trigger_id, before views.open
LOCK_WAIT_SECONDS = 2.0  # Slack wants the submission answered within 3 s
SAVE_STALE = "The FAQ file changed while you were editing: nothing was saved. Press Save again to save on top of the new version."


class Maintainers:
    """Who may save to the FAQ from Slack."""

    def __init__(self, users: frozenset[str], group: Optional[str],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.users = users
        self.group = group
        self._clock = clock
        self._lock = threading.Lock()
        self._members: tuple[float, frozenset[str]] = (float("-inf"), frozenset())

    @classmethod
    def from_settings(cls, settings: Settings) -> "Maintainers":
        return cls(frozenset(settings.faq_maintainer_users), settings.faq_maintainer_group)

    def includes(self, client: WebClient, user: Optional[str]) -> bool:
        if not user:
            return False
        if user in self.users:
            return True
        return self.group is not None and user in self._group_members(client)

    def _group_members(self, client: WebClient) -> frozenset[str]:
        with self._lock:
            read_at, members = self._members
            if self._clock() - read_at < GROUP_CACHE_SECONDS:
                return members
        try:
            users = client.usergroups_users_list(usergroup=self.group).get("users") or []
        except (SlackApiError, SlackClientError, OSError) as error:
            log.warning("usergroups.users.list for %s failed: %s: maintainers by user id only",
                        self.group, type(error).__name__)
            return frozenset()
        members = frozenset(u for u in users if isinstance(u, str))
        with self._lock:
            self._members = (self._clock(), members)
        return members


@dataclass(frozen=True)
class SaveRequest:
    """A submitted *Save as FAQ* modal."""

    question: str
    answer: str
    file: str
    alternate_of: Optional[str]

    @classmethod
    def from_view(cls, view: dict) -> "SaveRequest":
        values = (view.get("state") or {}).get("values") or {}

        def text(block: str) -> str:
            value = (values.get(block) or {}).get(block) or {}
            return str(value.get("value") or "")

        selected = ((values.get("alternate_of") or {}).get("alternate_of") or {}).get("selected_option")
        return cls(text("question"), text("answer"), text("file").strip(),
                   (selected or {}).get("value") or None)


@dataclass(frozen=True)
class Saved:
    faq_id: str
    source: str
    alternate: bool


@dataclass(frozen=True)
class Prefill:
    """What the modal opens with."""

    question: str
    answer: str


@dataclass(frozen=True)
class BotIdentity:
    """This bot in Slack (Bolt's context): its messages are no person's words."""

    user_id: Optional[str]
    bot_id: Optional[str]

    def wrote(self, message: dict) -> bool:
        return bool((self.bot_id and message.get("bot_id") == self.bot_id)
                    or (self.user_id and message.get("user") == self.user_id))


def prefill(client: WebClient, message: dict, *, channel: Optional[str], bot: BotIdentity,
            escalated: Callable[[str, str], Optional[str]], max_question_chars: int) -> Prefill:
    """The modal's question and answer for a shortcut on ``message`` in ``channel``.
    ``escalated(channel, ts)``: the stored question of an escalated thread, if any."""
    ts, thread_ts = message.get("ts"), message.get("thread_ts")
    text = message.get("text") if isinstance(message.get("text"), str) else ""
    if not thread_ts or thread_ts == ts:  # top level: the message is the question itself
        stored = escalated(channel, ts) if channel and ts else None
        question = stored or ("" if bot.wrote(message) else question_text(text, max_question_chars))
        return Prefill(question, "")
    answer = "" if bot.wrote(message) else from_mrkdwn(text).strip()
    stored = escalated(channel, thread_ts) if channel else None
    if stored:
        return Prefill(stored, answer)
    parent = thread_parent(client, channel, thread_ts)
    if parent is None or bot.wrote(parent):
        return Prefill("", answer)
    parent_text = parent.get("text") if isinstance(parent.get("text"), str) else ""
    return Prefill(question_text(parent_text, max_question_chars), answer)


def thread_parent(client: WebClient, channel: Optional[str], thread_ts: str) -> Optional[dict]:
    """The parent message of ``channel``'s thread ``thread_ts``: the first message
    ``conversations.replies`` returns. None when it cannot be read."""
    if not channel:
        return None
    try:
        response = cosmetic_client(client, THREAD_READ_SECONDS).conversations_replies(
            channel=channel, ts=thread_ts, limit=1, inclusive=True)
    except (SlackApiError, SlackClientError, OSError) as error:
        log.warning("Save as FAQ: conversations.replies for %s/%s failed: %s", channel, thread_ts,
                    _error_code(error))
        return None
    messages = response.get("messages")
    first = messages[0] if isinstance(messages, list) and messages else None
    return first if isinstance(first, dict) and first.get("ts") == thread_ts else None


def _error_code(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or "error")
    return type(error).__name__


# -- the commit's author ---------------------------------------------------------------
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253})$")
def commit_author(client: WebClient, user: Optional[str], fallback: str) -> str:
    """``Name <email>`` of the Slack user ``user`` (``users.info``); ``fallback``
    (``faq_git_author``) when Slack does not say who it is."""
    if not user:
        return fallback
    try:
        profile_user: Any = cosmetic_client(client, THREAD_READ_SECONDS).users_info(user=user).get("user")
    except (SlackApiError, SlackClientError, OSError) as error:
        log.warning("Save as FAQ: users.info for %s failed: %s: committing as faq_git_author", user,
                    _error_code(error))
        return fallback
    if not isinstance(profile_user, dict):
        return fallback
    profile = profile_user.get("profile") if isinstance(profile_user.get("profile"), dict) else {}
    name = maintainer_name(profile.get("real_name")) or maintainer_name(profile_user.get("real_name")) \
        or maintainer_name(profile.get("display_name"))
    if not name:
        return fallback
    email = profile.get("email")
    if not (isinstance(email, str) and _EMAIL.match(email)):
        email = fallback.rsplit("<", 1)[-1].rstrip(">")
    return f"{name} <{email}>"


def plan_save(faq_dir, request: SaveRequest) -> FileEdit:
    """The edit a submission asks for; raises :class:`EditRefused` naming the field."""
    from bot.console.drafts import plan_new_entry  # the console's own planning, shared
    from bot.promote import plan_alternate

    if request.alternate_of:
        try:
            return plan_alternate(faq_dir, request.alternate_of, request.question)
        except EditRefused as refused:
            raise EditRefused("alternate_of" if refused.field == "faq_id" else refused.field,
                              refused.reason) from None
    return plan_new_entry(faq_dir, request.file, request.question, request.answer)


def save(faq_dir, request: SaveRequest, author: Optional[str] = None) -> Saved:
    """Plan and write (a commit by ``author`` when the FAQ is in git); :class:`EditRefused`
    or :class:`StaleEdit` when nothing was written."""
    edit = dataclasses.replace(plan_save(faq_dir, request), author=author)
    apply_edit(edit, lock_timeout=LOCK_WAIT_SECONDS)
    before = {e.id for e in parse_faq_markdown(edit.before, edit.source)} if edit.before else set()
    after = parse_faq_markdown(edit.after, edit.source)
    if request.alternate_of:
        return Saved(request.alternate_of, edit.source, True)
    added = next(e.id for e in after if e.id not in before)
    return Saved(added, edit.source, False)


def modal_errors(error: Exception) -> dict[str, str]:
    """Slack's ``response_action: errors`` for a refused or conflicting save: the message
    under the field at fault (a conflict: under the question, the form kept)."""
    if isinstance(error, EditRefused):
        block = error.field if error.field in ("question", "answer", "file", "alternate_of") else "question"
        return {block: f"{error.reason}"[:150 * 2]}
    if isinstance(error, EditBusy):
        return {"question": f"{error} (press Save again)"[:300]}
    if isinstance(error, StaleEdit):
        return {"question": SAVE_STALE}
    if isinstance(error, FaqError):
        return {"file": str(error)[:300]}
    raise error


def metadata(channel: Optional[str], thread_ts: Optional[str]) -> str:
    return json.dumps({"c": channel or "", "t": thread_ts or ""})


def read_metadata(view: dict) -> tuple[Optional[str], Optional[str]]:
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    channel, ts = data.get("c"), data.get("t")
    return (channel if isinstance(channel, str) and channel else None,
            ts if isinstance(ts, str) and ts else None)

"""*Save as FAQ*: a person's reply in Slack becomes an FAQ entry (or an alternate).

A message shortcut on any message opens a modal (``views.open``) prefilled from the
thread: the question (the escalated question of the thread, as the asker wrote it, else
empty), the answer (the message, converted from Slack mrkdwn to FAQ markdown), the file
for a new entry (``console_drafts_file``), or an entry of the FAQ to add the question to as
an alternate (the bot's nearest entries first).

Submitting plans the edit from the files as they are now and writes it with the same
plan-then-write edit as the console (bot/faq/edits.py: the cross-process lock, written
only if the file is unchanged); a refusal or a conflict is shown in the modal against its
field, the form kept (nothing typed is lost). Then the bot reloads and the thread gets
"Saved to the FAQ as …".

Only maintainers may save: the user ids of ``faq_maintainer_users`` and the members of the
user group ``faq_maintainer_group`` (``usergroups.users.list``, cached a minute); others
get an ephemeral refusal, at the shortcut and again at the submission.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable, Optional

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.config import Settings
from bot.faq.edits import EditBusy, EditRefused, FileEdit, StaleEdit, apply_edit
from bot.faq.entry import FaqError
from bot.faq.markdown import parse_faq_markdown

log = logging.getLogger(__name__)

GROUP_CACHE_SECONDS = 60.0
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


def save(faq_dir, request: SaveRequest) -> Saved:
    """Plan and write; :class:`EditRefused` or :class:`StaleEdit` when nothing was written."""
    edit = plan_save(faq_dir, request)
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

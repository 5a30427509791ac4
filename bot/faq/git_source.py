"""FAQ sources kept in a git repository (``faq_git_url``; README "FAQ sources in git").

The FAQ folder (``faq_dir``) is then a clone of one branch of the repository:

- :meth:`GitSource.ensure_clone` makes the clone in an empty folder (a new writer on
  another host does this and carries on); :meth:`GitSource.sync` fetches and
  fast-forwards it. The index writer runs :class:`GitPoller` every
  ``faq_git_poll_seconds`` (bot/roles.py); the FAQ folder watcher (bot/watch.py) sees the
  changed files and re-indexes only what changed, as for a local edit.
- Every faqbot write to the folder (bot/faq/edits.py ``apply_edit``: the console,
  ``faqbot report --promote``) becomes a commit pushed to the branch, made under the
  folder's edit lock. A push refused because the branch moved re-fetches and rebases the
  commit onto it; if the rebase conflicts (someone changed the same lines), the edit is
  undone locally and :class:`FaqEditConflict` (a ``StaleEdit``: the console's 409,
  promote's re-plan) tells the writer to review it again; the origin keeps the other
  change. A push that fails for another reason (origin unreachable) keeps the commit
  locally; the poller pushes it later.

The URL is passed to each fetch and push and never written to ``.git/config``, so a token
in it stays in the process's settings; every message passes through :func:`redact`.
SSH credentials come from the environment (``GIT_SSH_COMMAND``); the ``git`` CLI runs
with no terminal prompt and with no other ``GIT_*`` variable of the environment.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from bot.faq.edits import FileEdit, StaleEdit, folder_lock, register_after_write
from bot.faq.entry import FaqError
from bot.faq.markdown import parse_faq_markdown

log = logging.getLogger(__name__)

GIT_TIMEOUT_SECONDS = 120.0
DEFAULT_AUTHOR = "faqbot <faqbot@localhost>"
PUSH_ATTEMPTS = 3
# Variables git may take from the environment: how to reach the origin (SSH command,
# proxy) and who commits; any other GIT_* (GIT_DIR, GIT_WORK_TREE, ...) would point git
# elsewhere, so it is dropped.
_PASSED_GIT_VARIABLES = {"GIT_SSH_COMMAND", "GIT_SSH", "GIT_SSH_VARIANT", "GIT_ASKPASS",
                         "GIT_PROXY_COMMAND", "GIT_CONFIG_GLOBAL", "GIT_COMMITTER_NAME",
                         "GIT_COMMITTER_EMAIL"}
_EXCLUDED = (".faqbot-edit.lock", ".*.faqbot-edit.tmp")  # faqbot's own files in the folder
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s]*@")
_REJECTED = ("[rejected]", "non-fast-forward", "fetch first", "stale info")


class GitSourceError(RuntimeError):
    """A git operation on the FAQ clone failed; the message names the folder, never a credential."""


class FaqEditConflict(StaleEdit):
    """The edit conflicts with a change pushed to the branch meanwhile: it was not kept;
    review the file as it is now (HTTP 409 in the console)."""


def redact(text: str, url: Optional[str] = None) -> str:
    """``text`` with the user-info part (``user:token@``) of every URL replaced by ``***@``,
    and the configured URL's secret parts too wherever they appear on their own."""
    text = _USERINFO.sub(r"\1***@", text)
    if url:
        match = re.match(r"(?i)[a-z][a-z0-9+.-]*://([^/@\s]*)@", url)
        if match:
            for secret in {match.group(1), *match.group(1).split(":", 1)}:
                if len(secret) >= 4:
                    text = text.replace(secret, "***")
    return text


def git_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") or k in _PASSED_GIT_VARIABLES}
    env["GIT_TERMINAL_PROMPT"] = "0"  # a missing credential fails instead of waiting for a person
    env["LC_ALL"] = "C"  # messages in English: a rejected push is recognised by its words
    env.setdefault("GIT_COMMITTER_NAME", "faqbot")
    env.setdefault("GIT_COMMITTER_EMAIL", "faqbot@localhost")
    return env


@dataclass
class GitSource:
    url: str
    branch: str
    folder: Path
    author: str = DEFAULT_AUTHOR

    @classmethod
    def from_settings(cls, settings) -> Optional["GitSource"]:
        if settings.faq_git_url is None:
            return None
        if settings.faq_git_url.get_secret_value().startswith("-"):
            raise GitSourceError("faq_git_url: must be a URL or a path, not an option")
        return cls(settings.faq_git_url.get_secret_value(), settings.faq_git_branch,
                   Path(settings.faq_dir).resolve(), settings.faq_git_author)

    def __repr__(self) -> str:  # a token in the URL never reaches a log through repr
        return f"GitSource({redact(self.url)!r}, branch={self.branch!r}, folder={str(self.folder)!r})"

    @property
    def remote_ref(self) -> str:
        return f"refs/remotes/origin/{self.branch}"

    # -- running git -----------------------------------------------------------------
    def _git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        # The repository is named explicitly: git would otherwise search the parent folders
        # and commit into whatever repository holds faq_dir (a project checkout, say).
        where = [] if args[0] == "init" else [f"--git-dir={self.folder / '.git'}", f"--work-tree={self.folder}"]
        try:
            result = subprocess.run(["git", *where, *args], cwd=self.folder, env=git_environment(),
                                    capture_output=True, text=True, timeout=GIT_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            raise GitSourceError(self._say(f"git {args[0]} in {self.folder} timed out after "
                                           f"{GIT_TIMEOUT_SECONDS:.0f} s")) from None
        if check and result.returncode != 0:
            raise GitSourceError(self._say(f"git {args[0]} failed in {self.folder} "
                                           f"(origin {self.url}): {result.stderr.strip()}"))
        return result

    def _say(self, message: str) -> str:
        return redact(message, self.url)

    def _rev(self, ref: str) -> str:
        return self._git("rev-parse", "--verify", "-q", ref).stdout.strip()

    def _is_ancestor(self, older: str, newer: str) -> bool:
        return self._git("merge-base", "--is-ancestor", older, newer, check=False).returncode == 0

    # -- clone, fetch, fast-forward ------------------------------------------------------
    def ensure_clone(self) -> bool:
        """Make the folder a clone of the branch if it is not one yet; True if it cloned.

        Only an empty folder (or one holding just faqbot's dot files) is cloned into: FAQ
        files already there would be lost or mixed with the repository's."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if (self.folder / ".git").exists():
            return False
        stray = sorted(p.name for p in self.folder.iterdir() if not p.name.startswith("."))
        if stray:
            raise GitSourceError(f"faq_dir {self.folder} is not a git clone and not empty "
                                 f"({', '.join(stray[:3])}…): empty it or point faq_dir at a new folder "
                                 "for faq_git_url")
        with folder_lock(self.folder):
            try:
                self._git("init", "-q", "-b", self.branch)
                (self.folder / ".git" / "info").mkdir(parents=True, exist_ok=True)
                (self.folder / ".git" / "info" / "exclude").write_text("\n".join(_EXCLUDED) + "\n")
                self._fetch()
                self._git("checkout", "-q", "-B", self.branch, self.remote_ref)
            except BaseException:  # no half-made clone: the next start clones afresh
                shutil.rmtree(self.folder / ".git", ignore_errors=True)
                raise
        log.info("cloned branch %s of %s into %s", self.branch, redact(self.url), self.folder)
        return True

    def _fetch(self) -> None:
        self._git("fetch", "-q", "--no-tags", self.url, f"+refs/heads/{self.branch}:{self.remote_ref}")

    def sync(self) -> bool:
        """Fetch the branch and fast-forward the clone to it (pushing commits of ours the
        origin lacks); True if the FAQ files changed."""
        with folder_lock(self.folder):
            self._fetch()
            return self._integrate()

    def _integrate(self) -> bool:
        local, remote = self._rev("HEAD"), self._rev(self.remote_ref)
        if local == remote:
            return False
        if self._is_ancestor(local, remote):
            self._git("merge", "-q", "--ff-only", self.remote_ref)
            log.info("FAQ clone %s fast-forwarded to %s", self.folder, remote[:12])
            return True
        if not self._is_ancestor(remote, local):  # our unpushed commits and theirs: replay ours
            if self._git("rebase", "-q", self.remote_ref, check=False).returncode != 0:
                self._git("rebase", "--abort", check=False)
                log.error("FAQ clone %s: local commits conflict with %s of the origin; kept "
                          "locally, resolve them by hand", self.folder, self.branch)
                return False
        self._push()
        return True

    # -- edits as commits --------------------------------------------------------------
    def commit_edit(self, edit: FileEdit) -> None:
        """Commit the written ``edit`` and push it (with the folder's edit lock held)."""
        if not (self.folder / ".git").is_dir():
            raise GitSourceError(f"{edit.source} was written to {self.folder} but not committed: the "
                                 "folder is not a clone of faq_git_url yet (the index writer makes it)")
        self._git("add", "--", edit.source)
        if self._git("diff", "--cached", "--quiet", check=False).returncode == 0:
            return  # the file already held these bytes
        # One argument "--author=…": a name cannot become an option; its form is checked.
        self._git("commit", "-q", "--no-verify", f"--author={commit_author(edit.author, self.author)}",
                  "-m", commit_message(edit))
        for _ in range(PUSH_ATTEMPTS):
            try:
                self._push()
                return
            except _PushRejected:
                self._fetch()
                if self._git("rebase", "-q", self.remote_ref, check=False).returncode != 0:
                    self._git("rebase", "--abort", check=False)
                    self._git("reset", "-q", "--hard", "HEAD~1")  # our commit only
                    self._integrate()
                    raise FaqEditConflict(f"{edit.source} was changed on branch {self.branch} of the "
                                          "FAQ repository meanwhile, in the same place: review the "
                                          "change again") from None
            except GitSourceError as error:  # origin unreachable: the poller pushes it later
                log.warning("edit of %s committed in %s but not pushed yet: %s", edit.source,
                            self.folder, error)
                return
        log.warning("edit of %s committed but the branch kept moving: the poller pushes it later",
                    edit.source)

    def _push(self) -> None:
        result = self._git("push", "-q", "--porcelain", self.url, f"HEAD:refs/heads/{self.branch}", check=False)
        if result.returncode == 0:
            self._git("update-ref", self.remote_ref, "HEAD")
            return
        if any(word in result.stdout + result.stderr for word in _REJECTED):
            raise _PushRejected(f"branch {self.branch} moved during the push: retried at the next poll")
        raise GitSourceError(self._say(f"git push from {self.folder} to {self.url} failed: "
                                       f"{result.stderr.strip()}"))


class _PushRejected(Exception):
    """The branch moved since our last fetch."""


_AUTHOR = re.compile(r"^[^<>\x00-\x1f\x7f]{1,200} <[^<>\s]{1,254}>$")


def commit_author(author: Optional[str], default: str) -> str:
    """The edit's own author if it is a clean one-line ``Name <email>``, else ``default``."""
    if author and _AUTHOR.match(author) and not author.startswith("-"):
        return author
    if author:
        log.warning("edit author not usable as a git author, committing as faq_git_author")
    return default


def commit_message(edit: FileEdit) -> str:
    """A subject naming the entries the edit adds, changes or removes, then the file."""
    try:
        before = {e.id: _content(e) for e in parse_faq_markdown(edit.before, edit.source)}
        after = {e.id: _content(e) for e in parse_faq_markdown(edit.after, edit.source)}
    except FaqError:
        before = after = {}
    changes = [("add", sorted(after.keys() - before.keys())),
               ("update", sorted(i for i in after.keys() & before.keys() if after[i] != before[i])),
               ("remove", sorted(before.keys() - after.keys()))]
    summary = "; ".join(f"{verb} {', '.join(ids)}" for verb, ids in changes if ids) or "edit"
    return f"FAQ: {summary} in {edit.source}\n\nWritten by faqbot ({'new file' if edit.creates else 'edited'})."


def _content(entry) -> tuple:
    """What an entry says, without where it is (an edit above it moves its line)."""
    return (entry.question, entry.answer, entry.alternates, entry.category, entry.tags,
            entry.language, entry.answers)


# -- wiring ---------------------------------------------------------------------------
def attach(settings) -> Optional[GitSource]:
    """With ``faq_git_url`` set, make faqbot's writes to ``faq_dir`` in this process commits
    pushed to the branch; returns the source (None for a plain local folder)."""
    source = GitSource.from_settings(settings)
    if source is not None:
        register_after_write(source.folder, source.commit_edit)
    return source


_POLLERS: dict[Path, "GitPoller"] = {}  # running pollers by FAQ folder, for the push webhook


def wake_poller(folder: Path) -> bool:
    """Make this process's poller of ``folder`` fetch now; False if it has none (not the writer)."""
    poller = _POLLERS.get(Path(folder).resolve())
    if poller is None:
        return False
    poller.wake()
    return True


class GitPoller:
    """Syncs ``source`` every ``interval`` seconds, or at once after :meth:`wake` (a push
    webhook). Failures are logged (redacted) and the clone keeps serving what it has."""

    def __init__(self, source: GitSource, interval: float) -> None:
        self.source = source
        self.interval = interval
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="faq-git-poller", daemon=True)

    def start(self) -> "GitPoller":
        self._thread.start()
        _POLLERS[self.source.folder] = self
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        if _POLLERS.get(self.source.folder) is self:
            del _POLLERS[self.source.folder]
        self._stopping.set()
        self._wake.set()
        self._thread.join(timeout=GIT_TIMEOUT_SECONDS)

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.wait(self.interval)
            self._wake.clear()
            if self._stopping.is_set():
                return
            try:
                self.source.sync()
            except Exception as error:  # GitSourceError is redacted already; anything else too
                log.warning("FAQ git sync failed: %s", redact(str(error), self.source.url))

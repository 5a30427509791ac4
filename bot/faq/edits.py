"""Edits to FAQ markdown files, planned first and written atomically after review.

A :class:`FileEdit` holds a file's exact text before and after the edit and the SHA-256
of the bytes it was planned from. :func:`apply_edit` writes it only if the file still
holds those bytes (else :class:`StaleEdit`: someone changed it since the preview), via a
temporary file in the same folder and ``os.replace``, so a reader (the index watcher, an
editor) sees the old file or the new one, never half of one. The temporary file's name
starts with a dot, which the watcher ignores (bot/watch.py ``is_faq_path``), and is unique
to the write (two processes never share one).

Edits are serialised across processes (the console, ``serve`` replicas with the console
enabled, ``faqbot report --promote``) by an OS lock (``flock``) on ``.faqbot-edit.lock``
in the FAQ folder, held from the check that the file is unchanged to the rename: of two
edits planned from the same bytes one is written and the other gets :class:`StaleEdit`,
never a lost line. A writer that cannot get the lock within ``LOCK_TIMEOUT_SECONDS``
(another one hangs) gets :class:`EditBusy`, a :class:`StaleEdit` too.

Used by ``faqbot report --promote`` and the console (bot/promote.py, bot/console/).
A folder that is a git clone (bot/faq/git_source.py) registers a hook that runs after
each write, still under the lock: it commits and pushes the edit, and may refuse it
(a :class:`StaleEdit`) after undoing it, when the branch changed the same lines.
"""

from __future__ import annotations

import difflib
import errno
import fcntl
import hashlib
import os
import re
import secrets
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator, Optional

from bot.faq.entry import FaqError

LOCK_FILE = ".faqbot-edit.lock"  # a dot file: the index watcher and the reader ignore it
LOCK_TIMEOUT_SECONDS = 10.0
_LOCK_POLL_SECONDS = 0.02

MAX_FILE_NAME_CHARS = 200
MAX_FOLDER_DEPTH = 4  # team/area/drafts.md is plenty; a name 95 folders deep is a mistake or an attack
_FILE_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


# Hooks by resolved FAQ folder, run after a write with the lock held (register_after_write).
_AFTER_WRITE: dict[Path, Callable[["FileEdit"], None]] = {}


class EditRefused(ValueError):
    """An edit that cannot be planned from this input; ``field`` names the input at fault
    (``question``, ``faq_id``, ``file``, ``answer``, ...)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class StaleEdit(ValueError):
    """The file changed since the edit was planned (previewed)."""


class EditBusy(StaleEdit):
    """Another process held the FAQ folder's edit lock for too long: nothing was written."""


class UnsafePath(EditRefused):
    """A file name that is not a markdown file inside the FAQ folder."""

    def __init__(self, reason: str, field: str = "file") -> None:
        super().__init__(field, reason)


@dataclass(frozen=True)
class FileEdit:
    path: Path          # the file on disk
    source: str         # its name relative to the FAQ folder, as entries name it
    before: str         # its text when planned ("" for a new file)
    after: str          # its text after the edit
    before_sha256: str  # SHA-256 of the bytes planned from ("" for a file that did not exist)
    folder: Optional[Path] = None  # the FAQ folder, whose lock serialises edits (else path's folder)
    # "Name <email>" of who made it, for a git commit (else faq_git_author): a Slack
    # maintainer's name, or the name a console maintainer gave once per session.
    author: Optional[str] = None

    @property
    def creates(self) -> bool:
        return not self.before_sha256

    def diff(self) -> str:
        """A unified diff of the edit (what the maintainer reviews)."""
        return "".join(difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True),
            fromfile=f"a/{self.source}" if not self.creates else "/dev/null",
            tofile=f"b/{self.source}"))


MAX_AUTHOR_CHARS = 80


def maintainer_name(raw: object) -> str:
    """A person's name (typed in the console, or Slack's profile name) made safe to record
    as an edit's git author: no control or separator characters (newlines, NUL), no ``<>``
    (git's name/e-mail delimiters), quotes or backslashes, single spaces, at most
    ``MAX_AUTHOR_CHARS``, no trailing punctuation. "" when nothing is left."""
    if not isinstance(raw, str):
        return ""
    spaced = "".join(" " if unicodedata.category(c)[0] in ("C", "Z") else c for c in raw)
    kept = "".join(c for c in spaced if c not in '<>"\\')
    return " ".join(kept.split())[:MAX_AUTHOR_CHARS].strip(" .,;:-")


def file_sha256(path: Path) -> str:
    """SHA-256 of the file's bytes, "" when it does not exist."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


def read_for_edit(path: Path) -> tuple[str, str]:
    """(text, SHA-256 of its bytes); ("", "") for a file that does not exist yet.

    Read as bytes and decoded without newline translation, so the text is the file's."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return "", ""
    try:
        return data.decode("utf-8"), hashlib.sha256(data).hexdigest()
    except UnicodeDecodeError as error:
        raise FaqError(str(path), 1, f"not UTF-8 text ({error.reason})") from None


@contextmanager
def folder_lock(folder: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the exclusive edit lock of FAQ folder ``folder`` (every process and thread
    takes its own ``flock`` on the lock file, so threads of one process queue too).

    The lock file stays in place: removing it would let a waiter lock an unlinked file."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_FILE, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o666)  # flock needs no write
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                if time.monotonic() >= deadline:
                    raise EditBusy(f"another edit of the FAQ folder has been under way for {timeout:.0f} s: "
                                   "nothing was written, try again") from None
                time.sleep(_LOCK_POLL_SECONDS)
        yield
    finally:
        os.close(fd)  # closing the only descriptor releases the lock


def apply_edit(edit: FileEdit, expected_sha256: Optional[str] = None,
               lock_timeout: float = LOCK_TIMEOUT_SECONDS) -> None:
    """Write ``edit`` atomically if the file still holds the bytes it was planned from.

    ``expected_sha256`` (the hash shown with a preview) must then match too: the write is
    refused with :class:`StaleEdit` if either differs."""
    with folder_lock(edit.folder or edit.path.parent, lock_timeout):
        current = file_sha256(edit.path)
        if current != edit.before_sha256 or (expected_sha256 is not None and current != expected_sha256):
            raise StaleEdit(f"{edit.source} changed since the preview: review the change again")
        edit.path.parent.mkdir(parents=True, exist_ok=True)
        _replace(edit.path, edit.after.encode("utf-8"))
        hook = _AFTER_WRITE.get(Path(edit.folder or edit.path.parent).resolve())
        if hook is not None:
            hook(edit)


def register_after_write(folder: Path, hook: Callable[["FileEdit"], None]) -> None:
    """Run ``hook(edit)`` after each edit written to FAQ folder ``folder`` in this process."""
    _AFTER_WRITE[Path(folder).resolve()] = hook


def _replace(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file of a name unique to this write, then rename it
    over ``path`` (keeping ``path``'s mode; a new file gets the umask's)."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.faqbot-edit.tmp")
    mode = path.stat().st_mode & 0o777 if path.exists() else None
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    try:
        with open(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def faq_file(faq_dir: Path, name: str, existing: frozenset[str] | set[str] = frozenset()) -> tuple[Path, str]:
    """The path of markdown file ``name`` inside ``faq_dir`` and its normalised name.

    ``name`` is one of the ``existing`` FAQ files (as entries name their source), or a
    new relative name (``drafts.md``, ``team/drafts.md``): letters, digits, ``.``, ``_``
    and ``-`` in each part, no part starting with a dot, ending in ``.md``. Anything else
    (``..``, absolute paths, backslashes, hidden files, a symlink leading outside the
    folder) raises :class:`UnsafePath`.
    """
    if not isinstance(name, str) or not name or len(name) > MAX_FILE_NAME_CHARS:
        raise UnsafePath(f"a file name of 1 to {MAX_FILE_NAME_CHARS} characters is needed")
    parts = PurePosixPath(name).parts
    if name not in existing:
        if name.startswith("/") or "\\" in name or not parts or not all(_FILE_PART.match(p) for p in parts):
            raise UnsafePath("must be a relative path of letters, digits, '.', '_' and '-' inside the "
                             "FAQ folder (no '..', no hidden or absolute paths)")
        if not name.endswith(".md"):
            raise UnsafePath("must be a markdown file name ending in .md")
        if len(parts) > MAX_FOLDER_DEPTH + 1:
            raise UnsafePath(f"is {len(parts) - 1} folders deep: at most {MAX_FOLDER_DEPTH} folders "
                             "inside the FAQ folder")
    root = Path(faq_dir).resolve()
    path = (root / PurePosixPath(*parts)).resolve()
    if not path.is_relative_to(root) or path == root:
        raise UnsafePath("must name a file inside the FAQ folder")
    return path, PurePosixPath(*parts).as_posix()


# -- why an entry cannot be edited ------------------------------------------------------
def missing_entry(faq_dir: Path, faq_id: str, loaded=None) -> EditRefused:
    """The refusal for an id the FAQ folder does not serve, naming the real cause: the
    parse error of the file that holds it, or the places of a duplicate id."""
    from bot.faq.reader import load_faq_folder  # the reader pulls in LlamaIndex: only when needed

    loaded = loaded if loaded is not None else load_faq_folder(Path(faq_dir))
    if faq_id in loaded.duplicate_ids:
        places = "; ".join(str(e) for e in loaded.errors if f"duplicate id {faq_id!r}" in e.reason)
        return EditRefused("faq_id", f"{places}: the bot serves neither copy until one is renamed")
    for error in loaded.errors:
        if error.path in loaded.failed_files and _file_mentions_id(Path(faq_dir) / error.path, faq_id):
            return EditRefused("faq_id", f"{error} (the bot skips this file until it is fixed)")
    return EditRefused("faq_id", "no FAQ entry has this id (it may have been renamed or removed)")


def _file_mentions_id(path: Path, faq_id: str) -> bool:
    """Whether a file that does not parse holds entry ``faq_id`` (an ``id:`` line, or a
    heading whose derived id it is)."""
    from bot.faq.entry import derive_id

    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if re.search(rf"^id\s*:\s*{re.escape(faq_id)}\s*$", text, re.MULTILINE | re.IGNORECASE):
        return True
    return any(derive_id(m.group(1)) == faq_id for m in re.finditer(r"^##\s+(.*?)\s*#*\s*$", text, re.MULTILINE))


# -- readable ids for new entries -------------------------------------------------------
MAX_SLUG_CHARS = 60


def slug_id(question: str, taken: set[str] | frozenset[str]) -> str:
    """A readable id from the question (``do-you-ship-abroad``; letters of any script
    kept), unique among ``taken`` (``-2``, ``-3``… appended)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", question).casefold()
    words = re.findall(r"[^\W_]+", text)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > MAX_SLUG_CHARS and slug:
            break
        slug = f"{slug}-{word}" if slug else word[:MAX_SLUG_CHARS]
    slug = slug or "entry"
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


# -- editing and removing existing entries ----------------------------------------------
def _locate(faq_dir: Path, faq_id: str):
    """(loaded folder, entry as parsed from its file's current bytes, path, source, text, sha)."""
    from bot.faq.markdown import parse_faq_markdown
    from bot.faq.reader import load_faq_folder

    loaded = load_faq_folder(Path(faq_dir))
    entry = {e.id: e for e in loaded.entries}.get(faq_id)
    if entry is None:
        raise missing_entry(faq_dir, faq_id, loaded)
    path, source = faq_file(faq_dir, entry.source, existing={entry.source})
    text, sha = read_for_edit(path)
    try:
        current = {e.id: e for e in parse_faq_markdown(text, source)}.get(faq_id)
    except FaqError as error:
        raise EditRefused("faq_id", f"{error} (the file changed and no longer parses)") from None
    if current is None:
        raise EditRefused("faq_id", f"{source} no longer holds this entry")
    return loaded, current, path, source, text, sha


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _checked(faq_dir: Path, path: Path, source: str, text: str, after: str, sha: str,
             expect: dict, field: str) -> FileEdit:
    """The edit if ``after`` parses to exactly the entries ``expect`` says (id → entry or
    None for removed); every other entry of the file must be unchanged."""
    from bot.faq.markdown import parse_faq_markdown

    before = {e.id: e for e in parse_faq_markdown(text, source)}
    try:
        parsed = parse_faq_markdown(after, source)
    except FaqError as error:
        raise EditRefused(field, f"the entry would not parse: {error.reason} (line {error.line})") from None
    wanted = {k: v for k, v in before.items() if k not in expect}
    wanted.update({k: v for k, v in expect.items() if v is not None})
    got = {e.id: e for e in parsed}

    def same(a, b) -> bool:
        return (a.question, a.alternates, a.answer, a.answers) == (b.question, b.alternates, b.answer, b.answers)

    if len(parsed) != len(wanted) or got.keys() != wanted.keys() or not all(same(got[k], wanted[k]) for k in got):
        raise EditRefused(field, "would not read back as this change alone (a line starting with '## ' "
                          "outside a code block starts another entry)")
    return FileEdit(path, source, text, after, sha, folder=Path(faq_dir).resolve())


def plan_entry_edit(faq_dir: Path, faq_id: str, question: str, alternates, answer: str) -> FileEdit:
    """The edit replacing entry ``faq_id``'s question, alternates and answer (its
    ``::: <language>`` blocks written in the answer); its id stays, written out."""
    from bot.faq.entry import FaqEntry, normalise_question
    from bot.faq.markdown import entry_layout, one_line, parse_faq_markdown, render_faq_markdown

    question = one_line(question or "")
    if not question:
        raise EditRefused("question", "is required")
    answer = (answer or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not answer:
        raise EditRefused("answer", "is required: the bot posts it word for word")
    cleaned = list(dict.fromkeys(a for a in (one_line(a) for a in alternates)
                                 if a and a.casefold() != question.casefold()))
    if len(cleaned) > 50 or any(len(a) > 500 for a in cleaned):
        raise EditRefused("alternates", "at most 50 lines of at most 500 characters")
    loaded, current, path, source, text, sha = _locate(faq_dir, faq_id)
    owners = {normalise_question(p): e for e in loaded.entries if e.id != faq_id for p in e.phrasings}
    for name, wordings in (("question", [question]), ("alternates", cleaned)):
        for wording in wordings:
            owner = owners.get(normalise_question(wording))
            if owner is not None:
                raise EditRefused(name, f"{wording!r} is already a phrasing of {owner.id!r} ({owner.location})")
    layout = entry_layout(text, current)
    newline = _newline(text)
    head = render_faq_markdown([FaqEntry(id=faq_id, question=question, answer="x", alternates=tuple(cleaned))])
    head = head[: head.rindex("\nx")].rstrip("\n") + "\n\n"  # heading, id:, alternates, one blank line
    old_block = "".join(layout.lines[layout.start:layout.end])
    trailing = old_block[len(old_block.rstrip("\r\n")):]  # the blank lines before the next entry, kept
    block = (head + answer).replace("\n", newline) + trailing
    after = "".join(layout.lines[:layout.start]) + block + "".join(layout.lines[layout.end:])
    try:
        parsed = {e.id: e for e in parse_faq_markdown(after, source)}.get(faq_id)
    except FaqError as error:
        raise EditRefused("answer", f"the entry would not parse: {error.reason} (line {error.line})") from None
    if parsed is None or (parsed.question, parsed.alternates) != (question, tuple(cleaned)):
        raise EditRefused("answer", "would not read back as this entry")
    if after == text:
        raise EditRefused("answer", "nothing changed")
    return _checked(faq_dir, path, source, text, after, sha, {faq_id: parsed}, "answer")


def plan_remove_alternate(faq_dir: Path, faq_id: str, alternate: str) -> FileEdit:
    """The edit removing one alternate (its ``- `` line; the ``alternates:`` line too when
    it was the last one). Every other byte is kept."""
    from bot.faq.markdown import entry_layout

    _, current, path, source, text, sha = _locate(faq_dir, faq_id)
    if alternate not in current.alternates:
        raise EditRefused("alternate", f"is not an alternate of {faq_id!r}")
    layout = entry_layout(text, current)
    index = layout.alternate_lines[current.alternates.index(alternate)]
    drop = {index} | ({layout.label} if len(current.alternates) == 1 and layout.label >= 0 else set())
    after = "".join(line for number, line in enumerate(layout.lines) if number not in drop)
    import dataclasses

    expected = dataclasses.replace(current, alternates=tuple(a for a in current.alternates if a != alternate))
    return _checked(faq_dir, path, source, text, after, sha, {faq_id: expected}, "alternate")


def plan_remove_entry(faq_dir: Path, faq_id: str) -> FileEdit:
    """The edit removing a whole entry, from its heading to the next entry's."""
    from bot.faq.markdown import entry_layout

    _, current, path, source, text, sha = _locate(faq_dir, faq_id)
    layout = entry_layout(text, current)
    after = "".join(layout.lines[:layout.start] + layout.lines[layout.end:])
    return _checked(faq_dir, path, source, text, after, sha, {faq_id: None}, "faq_id")

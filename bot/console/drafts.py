"""Drafting a new FAQ entry from the console: plan the markdown, preview it, then append it.

The entry is appended to a markdown file inside the FAQ folder: ``console_drafts_file``
(``drafts.md``) unless the maintainer picks another, created if missing. It is written in
the format ``faqbot import`` writes (bot/faq/markdown.py ``render_faq_markdown``: an
explicit ``id:``, the alternates, a blank line, the answer) and becomes live on the next
reload like any edit: a draft in the FAQ folder is answered from. The file is parsed with
the new entry before anything is written, so an answer that would start another entry
(a ``##`` heading), an unbalanced ``:::`` block or a duplicate id is refused, naming the
field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from bot.faq.edits import EditRefused, FileEdit, faq_file, read_for_edit
from bot.faq.entry import FaqEntry, FaqError, derive_id, normalise_question
from bot.faq.markdown import parse_faq_markdown, render_faq_markdown
from bot.faq.reader import load_faq_folder

MAX_ALTERNATES = 50
MAX_ALTERNATE_CHARS = 500


def plan_new_entry(faq_dir: Path, file_name: str, question: str, answer: str,
                   alternates: Sequence[str] = (), entry_id: Optional[str] = None) -> FileEdit:
    """The edit appending a new entry to ``file_name``; raises :class:`EditRefused`."""
    question = " ".join(question.split())
    if not question:
        raise EditRefused("question", "is required")
    answer = answer.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not answer:
        raise EditRefused("answer", "is required: the bot posts it word for word")
    cleaned = [" ".join(a.split()) for a in alternates]
    cleaned = list(dict.fromkeys(a for a in cleaned if a and a.casefold() != question.casefold()))
    if len(cleaned) > MAX_ALTERNATES:
        raise EditRefused("alternates", f"more than {MAX_ALTERNATES} lines")
    if any(len(a) > MAX_ALTERNATE_CHARS for a in cleaned):
        raise EditRefused("alternates", f"a line is longer than {MAX_ALTERNATE_CHARS} characters")
    loaded = load_faq_folder(faq_dir)
    path, source = faq_file(faq_dir, file_name, existing=set(loaded.files))
    new_id = entry_id or derive_id(question)
    taken = {e.id: e for e in loaded.entries}
    if new_id in taken or new_id in loaded.duplicate_ids:
        where = taken[new_id].location if new_id in taken else "two files"
        raise EditRefused("id" if entry_id else "question",
                          f"the id {new_id!r} is already used by {where}")
    owners = {normalise_question(p): e for e in loaded.entries for p in e.phrasings}
    for name, wordings in (("question", [question]), ("alternates", cleaned)):
        for wording in wordings:
            owner = owners.get(normalise_question(wording))
            if owner is not None:
                raise EditRefused(name, f"{wording!r} is already a phrasing of {owner.id!r} ({owner.location}): "
                                  "add to that entry instead")
    text, sha = read_for_edit(path)
    try:
        before = parse_faq_markdown(text, source)
    except FaqError as error:
        raise EditRefused("file", f"does not parse now, fix it first: {error}") from None
    entry = FaqEntry(id=new_id, question=question, answer=answer, alternates=tuple(cleaned))
    newline = "\r\n" if "\r\n" in text else "\n"
    block = render_faq_markdown([entry]).rstrip("\n") + "\n"
    if text and not text.endswith(("\n", "\r")):
        text_sep = newline * 2
    elif text and not text.endswith(("\n\n", "\r\n\r\n")):
        text_sep = newline
    else:
        text_sep = ""
    after = text + text_sep + block.replace("\n", newline)
    try:
        parsed = parse_faq_markdown(after, source)
    except FaqError as error:
        raise EditRefused("answer", f"the entry would not parse: {error.reason} (line {error.line})") from None
    added = [e for e in parsed if e.id not in {b.id for b in before}]
    if len(parsed) != len(before) + 1 or len(added) != 1 or added[0].id != new_id \
            or added[0].question != question or tuple(added[0].alternates) != tuple(cleaned):
        raise EditRefused("answer", "must not start another entry (a line starting with '## ' "
                          "outside a code block starts one)")
    return FileEdit(path, source, text, after, sha, folder=Path(faq_dir).resolve())

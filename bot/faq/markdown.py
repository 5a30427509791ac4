"""Parse and write the FAQ markdown format (documented in README.md, "FAQ format").

A file holds many entries. Each entry starts at a level-2 heading (the canonical
question), may continue with an ``id:`` line and an ``alternates:`` list, and the
rest up to the next level-2 heading is the answer, in markdown. Optional YAML front
matter sets ``category``, ``tags`` and ``language`` for every entry in the file.

An answer may hold one block per language, Pandoc/markdown-it container style::

    ::: en
    Orders ship within 24 hours.
    :::

    ::: zh
    订单 24 小时内发货。
    :::

Text outside the blocks is the default answer; without any, the first block is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.faq.entry import ID_PATTERN, FaqEntry, FaqError, LocalisedAnswer, derive_id

FRONT_MATTER_KEYS = {"category", "tags", "language"}
_HEADING = re.compile(r"^##\s+(.*?)\s*#*\s*$")
_FIELD = re.compile(r"^(id|alternates)\s*:\s*(.*)$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*[-*+]\s+(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# Any line starting with three colons is a block marker (so a typo cannot pass as answer
# text); what follows must be nothing (close) or one language tag (open).
_MARKER = re.compile(r"^\s{0,3}:{3,}(.*)$")
# BCP-47-ish: a 2-3 letter language, then optional script/region/variant subtags.
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class FileMeta:
    category: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None


def parse_faq_markdown(text: str, source: str) -> list[FaqEntry]:
    """Parse one FAQ file; raise :class:`FaqError` naming ``source`` and the line."""
    lines = text.splitlines()
    meta, body_start = _parse_front_matter(lines, source)
    entries: list[FaqEntry] = []
    for heading_line, block in _split_entries(lines, body_start, source):
        entries.append(_parse_entry(heading_line, block, meta, source))
    _reject_duplicate_ids(entries)
    return entries


def _parse_front_matter(lines: list[str], source: str) -> tuple[FileMeta, int]:
    if not lines or lines[0].strip() != "---":
        return FileMeta(), 0
    for end, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            break
    else:
        raise FaqError(source, 1, "front matter opened with '---' is never closed")
    try:
        data = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = 2 + mark.line if mark else 1
        raise FaqError(source, line, f"front matter is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise FaqError(source, 2, "front matter must be 'key: value' lines")
    unknown = sorted(set(data) - FRONT_MATTER_KEYS)
    if unknown:
        raise FaqError(
            source, 2, f"unknown front matter key(s) {unknown}; allowed: {sorted(FRONT_MATTER_KEYS)}"
        )
    tags = data.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    if not isinstance(tags, (list, tuple)):
        raise FaqError(source, 2, "front matter 'tags' must be a list or a comma-separated string")
    meta = FileMeta(
        category=_optional_str(data.get("category")),
        tags=tuple(str(t) for t in tags),
        language=_optional_str(data.get("language")),
    )
    return meta, end + 1


def _optional_str(value) -> str | None:
    return None if value is None else str(value)


def _split_entries(lines: list[str], start: int, source: str):
    """Yield (1-based heading line, lines of that entry including its heading)."""
    in_fence: int | None = None
    current: list[str] | None = None
    heading_line = 0
    for index in range(start, len(lines)):
        line = lines[index]
        if _FENCE.match(line):
            in_fence = None if in_fence is not None else index + 1
        elif in_fence is None and _HEADING.match(line):
            if current is not None:
                yield heading_line, current
            current, heading_line = [], index + 1
        if current is not None:
            current.append(line)
    if in_fence is not None:
        raise FaqError(source, in_fence, "code fence is never closed")
    if current is not None:
        yield heading_line, current


def _parse_entry(heading_line: int, block: list[str], meta: FileMeta, source: str) -> FaqEntry:
    question = _HEADING.match(block[0]).group(1).strip()
    if not question:
        raise FaqError(source, heading_line, "'##' heading has no question text")
    entry_id: str | None = None
    alternates: list[str] = []
    in_alternates = False
    answer_from = len(block)
    for offset in range(1, len(block)):
        line, line_no = block[offset], heading_line + offset
        field = _FIELD.match(line)
        item = _LIST_ITEM.match(line) if in_alternates else None
        if field and field.group(1).lower() == "id":
            if entry_id is not None:
                raise FaqError(source, line_no, "entry has two 'id:' lines")
            entry_id = field.group(2).strip()
            if not ID_PATTERN.match(entry_id):
                raise FaqError(
                    source,
                    line_no,
                    f"invalid id {entry_id!r}: one word without spaces, at most 200 characters",
                )
            in_alternates = False
        elif field:
            if alternates or in_alternates:
                raise FaqError(source, line_no, "entry has two 'alternates:' lists")
            if field.group(2).strip():
                raise FaqError(
                    source, line_no, "put each alternate on its own '- ' line under 'alternates:'"
                )
            in_alternates = True
        elif item:
            text = item.group(1).strip()
            if not text:
                raise FaqError(source, line_no, "empty alternate phrasing")
            alternates.append(text)
        elif not line.strip() and offset == 1:
            continue
        else:
            answer_from = offset
            break
    if in_alternates and not alternates:
        raise FaqError(source, heading_line, "'alternates:' has no '- ' items")
    answer, answers = _split_languages(block[answer_from:], heading_line + answer_from, source)
    return FaqEntry(
        id=entry_id or derive_id(question),
        question=question,
        answer=answer,
        answers=answers,
        alternates=tuple(alternates),
        source=source,
        line=heading_line,
        category=meta.category,
        tags=meta.tags,
        language=meta.language,
        id_is_explicit=entry_id is not None,
    )


def _split_languages(
    lines: list[str], first_line: int, source: str
) -> tuple[str, tuple[LocalisedAnswer, ...]]:
    """The default answer and the ``::: <language>`` blocks of an answer's lines.

    ``first_line`` is the 1-based line number of ``lines[0]``. Markers inside code
    fences are answer text. Without blocks the default is the whole text, as before.
    """
    outside: list[str] = []
    answers: list[LocalisedAnswer] = []
    seen: dict[str, int] = {}
    open_language: str | None = None
    open_line = 0
    inside: list[str] = []
    in_fence = False
    for offset, line in enumerate(lines):
        line_no = first_line + offset
        marker = None if in_fence else _MARKER.match(line)
        if _FENCE.match(line):
            in_fence = not in_fence
        if marker is None:
            (inside if open_language is not None else outside).append(line)
            continue
        tag = marker.group(1).strip()
        if not tag:
            if open_language is None:
                raise FaqError(source, line_no, "':::' closes no language block")
            text = "\n".join(inside).strip()
            if not text:
                raise FaqError(source, open_line, f"language block '::: {open_language}' is empty")
            answers.append(LocalisedAnswer(open_language, text))
            open_language, inside = None, []
        elif open_language is not None:
            raise FaqError(source, line_no, f"'::: {tag}' inside the block '::: {open_language}' "
                           f"opened at line {open_line}: close that one with ':::' first")
        elif not _LANGUAGE_TAG.match(tag):
            raise FaqError(source, line_no, f"unknown block marker {line.strip()!r}: "
                           "expected '::: <language>' such as '::: en' or '::: zh-Hant', or ':::' to close")
        elif tag.lower() in seen:
            raise FaqError(source, line_no,
                           f"language {tag!r} given twice in this entry, first at line {seen[tag.lower()]}")
        else:
            seen[tag.lower()] = line_no
            open_language, open_line = tag, line_no
    if open_language is not None:
        raise FaqError(source, open_line, f"language block '::: {open_language}' is never closed with ':::'")
    default = "\n".join(outside).strip()
    if answers and not default:
        default = answers[0].text
    return default, tuple(answers)


def _reject_duplicate_ids(entries: list[FaqEntry]) -> None:
    seen: dict[str, FaqEntry] = {}
    for entry in entries:
        if entry.id in seen:
            first = seen[entry.id]
            raise FaqError(
                entry.source,
                entry.line,
                f"duplicate id {entry.id!r}, first used at line {first.line}",
            )
        seen[entry.id] = entry


def render_faq_markdown(entries: list[FaqEntry], title: str | None = None) -> str:
    """Write entries in the format :func:`parse_faq_markdown` reads, ids kept explicit."""
    out: list[str] = []
    if title:
        out += [f"# {title}", ""]
    for entry in entries:
        out.append(f"## {_one_line(entry.question)}")
        out.append(f"id: {entry.id}")
        if entry.alternates:
            out.append("alternates:")
            out += [f"- {_one_line(alt)}" for alt in entry.alternates]
        out.append("")
        out += _answer_lines(entry)
    return "\n".join(out)


def _answer_lines(entry: FaqEntry) -> list[str]:
    out: list[str] = []
    if entry.answer.strip() and not (entry.answers and entry.answer == entry.answers[0].text):
        out += [entry.answer.strip(), ""]
    for localised in entry.answers:
        out += [f"::: {localised.language}", localised.text.strip(), ":::", ""]
    return out


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (line breaks included) made one space."""
    return re.sub(r"\s+", " ", text).strip()


_one_line = one_line


def read_faq_file(path: Path, display_name: str | None = None) -> list[FaqEntry]:
    source = display_name or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FaqError(source, 1, f"not UTF-8 text ({exc.reason})") from None
    return parse_faq_markdown(text, source)


def add_alternate(text: str, entry: FaqEntry, phrasing: str) -> str:
    """``text`` with ``phrasing`` added to ``entry``'s alternates (the file ``entry`` came from).

    Every other byte is kept: the new ``- `` line (and an ``alternates:`` line when the
    entry had none) is inserted after the last field or alternate, ending like the file's
    lines do (``\r\n`` in a CRLF file); a last line without a line break gets one only if
    the new line goes after it.
    """
    lines = text.splitlines(keepends=True)
    bare = [_without_break(line) for line in lines]
    heading = entry.line - 1
    if not (0 <= heading < len(lines) and _HEADING.match(bare[heading])):
        raise FaqError(entry.source, entry.line, f"entry {entry.id!r} is no longer at this line")
    insert_at, needs_label = heading + 1, True
    for index in range(heading + 1, len(lines)):
        line = bare[index]
        field = _FIELD.match(line)
        if field:
            insert_at = index + 1
            needs_label = needs_label and field.group(1).lower() != "alternates"
        elif not needs_label and _LIST_ITEM.match(line):
            insert_at = index + 1
        else:
            break
    newline = _line_break(lines[heading]) or "\n"
    new_lines = [f"{label}{newline}" for label in
                 (["alternates:"] if needs_label else []) + [f"- {_one_line(phrasing)}"]]
    before = lines[insert_at - 1]
    if insert_at == len(lines) and not _line_break(before):
        # The entry ends the file without a final line break: the new line takes its place.
        lines[insert_at - 1] = before + newline
        new_lines[-1] = _without_break(new_lines[-1])
    lines[insert_at:insert_at] = new_lines
    return "".join(lines)


def _without_break(line: str) -> str:
    """``line`` (from ``splitlines(keepends=True)``) without its line break."""
    return line[: len(line) - len(_line_break(line))]


def _line_break(line: str) -> str:
    """The line break ending ``line``: ``\r\n``, another one character break, or ""."""
    if line.endswith("\r\n"):
        return "\r\n"
    content = line.splitlines()[0] if line else ""
    return line[len(content):]


@dataclass(frozen=True)
class EntryLayout:
    """Where one entry sits in its file's lines (``text.splitlines(keepends=True)``):
    ``start`` its heading, ``answer_start`` its first answer line (after ``id:`` and the
    alternates), ``end`` one past its last line (the next entry's heading, or the end),
    ``alternate_lines`` the index of each alternate's ``- `` line and ``label`` the index of
    its ``alternates:`` line (-1 without one)."""

    lines: list[str]
    start: int
    answer_start: int
    end: int
    label: int
    alternate_lines: tuple[int, ...]


def entry_layout(text: str, entry: FaqEntry) -> EntryLayout:
    """The layout of ``entry`` (parsed from ``text``) in ``text``; raises :class:`FaqError`
    if it is no longer where it was parsed from."""
    lines = text.splitlines(keepends=True)
    bare = [_without_break(line) for line in lines]
    start = entry.line - 1
    if not (0 <= start < len(lines) and _HEADING.match(bare[start])):
        raise FaqError(entry.source, entry.line, f"entry {entry.id!r} is no longer at this line")
    later = [e.line - 1 for e in parse_faq_markdown(text, entry.source) if e.line > entry.line]
    end = min(later) if later else len(lines)
    label, alternates, in_alternates = -1, [], False
    answer_start = end
    for index in range(start + 1, end):
        line = bare[index]
        field = _FIELD.match(line)
        if field:
            in_alternates = field.group(1).lower() == "alternates"
            label = index if in_alternates else label
        elif in_alternates and _LIST_ITEM.match(line):
            alternates.append(index)
        elif not line.strip() and index == start + 1:
            continue
        else:
            answer_start = index
            break
    return EntryLayout(lines, start, answer_start, end, label, tuple(alternates))


def raw_answer(text: str, entry: FaqEntry) -> str:
    """The entry's answer as written in its file (``::: <language>`` blocks included)."""
    layout = entry_layout(text, entry)
    return "".join(layout.lines[layout.answer_start:layout.end]).replace("\r\n", "\n").strip("\n")

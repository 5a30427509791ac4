"""The FAQ entry: one question, its alternate phrasings and the maintainers' answer."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

ID_PATTERN = re.compile(r"^\S{1,200}$")


class FaqError(Exception):
    """A problem in FAQ input, located at ``path:line``."""

    def __init__(self, path: str, line: int, reason: str):
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


def normalise_question(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    return re.sub(r"\s+", " ", text)


def derive_id(question: str) -> str:
    """A stable id from the question alone, so edits elsewhere in the file never change it."""
    digest = hashlib.sha1(normalise_question(question).encode("utf-8")).hexdigest()
    return f"q-{digest[:12]}"


def primary_subtag(language: str) -> str:
    """``zh`` of ``zh-Hant``: what a language tag names before any script or region."""
    return language.split("-", 1)[0].lower()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class LocalisedAnswer:
    """The answer in one language, from a ``::: <language>`` block of the entry."""

    language: str
    text: str


@dataclass(frozen=True)
class ChosenAnswer:
    """The answer text picked for an asker, and its language when known."""

    text: str
    language: str | None


@dataclass(frozen=True)
class FaqEntry:
    id: str
    question: str
    answer: str
    alternates: tuple[str, ...] = ()
    source: str = ""
    line: int = 0
    category: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    # Per-language answers in file order; ``answer`` stays the default (text outside the
    # blocks, else the first block), so code that knows nothing of languages is unchanged.
    answers: tuple[LocalisedAnswer, ...] = ()
    id_is_explicit: bool = field(default=False, compare=False)

    @property
    def phrasings(self) -> tuple[str, ...]:
        """The texts that are embedded: the question first, then each alternate."""
        return (self.question, *self.alternates)

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"

    def content_hash(self) -> str:
        """Changes whenever anything a user could see or match on changes (source included)."""
        parts = [self.id, self.question, *self.alternates, "\x00", self.answer, self.location]
        parts += [self.category or "", ",".join(self.tags), self.language or ""]
        parts += [f"{a.language}\x1e{a.text}" for a in self.answers]
        return text_hash("\x1f".join(parts))

    def answer_in(self, language: str | None) -> ChosenAnswer:
        """The answer for an asker writing in ``language`` (None: unknown).

        A block whose tag equals ``language`` wins, then the first block with the same
        primary subtag (``zh`` finds ``zh-Hant``). Otherwise the default answer.
        """
        if language:
            wanted = language.lower()
            exact = [a for a in self.answers if a.language.lower() == wanted]
            same = [a for a in self.answers if primary_subtag(a.language) == primary_subtag(wanted)]
            for found in (*exact, *same)[:1]:
                return ChosenAnswer(found.text, found.language)
        return ChosenAnswer(self.answer, self.default_language)

    @property
    def default_language(self) -> str | None:
        """The default answer's language: its block's, else the file's ``language:``."""
        for localised in self.answers:
            if localised.text == self.answer:
                return localised.language
        return self.language


def phrasing_node_id(entry_id: str, index: int) -> str:
    """The id of phrasing ``index`` of an entry (0 = its question), as node and row."""
    return f"{entry_id}#{index}"

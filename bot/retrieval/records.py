"""What an answer is, as plain records: shared by the LlamaIndex components
(bot/retrieval/answer.py) and the answer path without LlamaIndex (bot/plain_answer.py),
so both give the same :class:`Answer` and print it the same way."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional, Sequence

from bot.faq.entry import FaqEntry
from bot.retrieval.language import detect_language


@dataclass(frozen=True)
class Match:
    id: str
    question: str
    answer: str
    score: float
    source: str
    line: int
    category: Optional[str] = None
    # The language of ``answer`` (its ``::: <language>`` block, or the file's
    # ``language:``); None when the entry does not say.
    language: Optional[str] = None

    def to_json(self) -> dict:
        return {"id": self.id, "question": self.question, "answer": self.answer,
                "language": self.language, "score": self.score,
                "source": f"{self.source}:{self.line}"}


@dataclass(frozen=True)
class Suggestion:
    id: str
    question: str
    score: float

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class RankedEntry:
    """A candidate entry as the plain answer path ranked it: its confidence and the
    features it came from (the LlamaIndex path keeps the same in node metadata)."""

    id: str
    confidence: float
    entry_score: float
    cosine: float
    typicality: Optional[float]
    lexical: float
    fused: float
    margin: float
    pair_confidence: Optional[float] = None


@dataclass(frozen=True)
class Answer:
    question: str
    match: Optional[Match]
    suggestions: list[Suggestion] = field(default_factory=list)
    # The LlamaIndex path's candidates: ``NodeWithScore`` rescored, a sequence made when first
    # read on the bot's own answers (empty on the plain path).
    candidates: Sequence[Any] = field(default_factory=list, repr=False, compare=False)
    # "Did you mean…": the two entries that were too close to call (then match is None).
    choices: list[Suggestion] = field(default_factory=list)
    # The candidates as plain records: the plain path's, and the bot's own answers' while no
    # LlamaIndex handler listens (empty on the instrumented path, whose nodes carry the same).
    ranked: list[RankedEntry] = field(default_factory=list, repr=False, compare=False)

    def to_json(self) -> dict:
        return {
            "match": self.match.to_json() if self.match else None,
            "suggestions": [s.to_json() for s in self.suggestions],
            "choices": [c.to_json() for c in self.choices],
        }


def match_of(entry: FaqEntry, score: float, question: str) -> Match:
    """``entry`` as a Match whose answer is in the language ``question`` is written in."""
    chosen = entry.answer_in(detect_language(question))
    return Match(entry.id, entry.question, chosen.text, float(score), entry.source, entry.line,
                 entry.category, chosen.language)


NOT_SURE_TEXT = "I'm not sure which FAQ entry answers that."


def reply_text(answer: Answer) -> str:
    """The answer as plain text, as ``faqbot ask`` prints it (and the console shows it)."""
    if answer.match:
        match = answer.match
        return (f"{match.answer or '(this FAQ entry has no answer text)'}\n\n"
                f"— {match.question}  [{match.id}, score {match.score:.3f}, {match.source}:{match.line}]\n")
    if answer.choices:
        return "Did you mean…\n" + "".join(
            f"  - {choice.question}  [{choice.id}, score {choice.score:.3f}]\n" for choice in answer.choices)
    lines = [NOT_SURE_TEXT]
    if answer.suggestions:
        lines.append("Closest entries:")
        lines += [f"  - {s.question}  [{s.id}, score {s.score:.3f}]" for s in answer.suggestions]
    return "\n".join(lines) + "\n"

"""Hit testing: why the bot answers, offers "Did you mean…" or declines a question.

The question goes through the bot's own decision (``FaqAnswerer.answer_embedding``, the
path ``FaqService.answer`` takes, minus its metrics: a maintainer's test is not a user's
question), and the page shows what that decision saw: every candidate entry with its
confidence and the features the confidence model read from it (bot/retrieval/confidence.py),
which of its phrasings is closest to the question, and the cutoff. Nothing is scored here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot.console.plot import Bar, bar_chart
from bot.retrieval.answer import Answer, reply_text
from bot.retrieval.confidence import FUSED, LEXICAL, MARGIN
from bot.retrieval.language import detect_language
from bot.retrieval.retriever import COSINE, ENTRY_SCORE, TYPICALITY

ANSWERED, DID_YOU_MEAN, DECLINED = "answer", "did_you_mean", "decline"
OUTCOME_TITLES = {ANSWERED: "Answered", DID_YOU_MEAN: "Did you mean…", DECLINED: "Declined (not sure)"}


@dataclass(frozen=True)
class CandidateRow:
    rank: int
    faq_id: str
    question: str
    source: str
    line: int
    confidence: float
    cosine: float
    margin: Optional[float]
    lexical: Optional[float]
    fused: Optional[float]
    entry_score: Optional[float]
    typicality: Optional[float]
    matched_phrasing: str
    matched_cosine: Optional[float]
    above_cutoff: bool
    role: str  # "answer", "choice", "suggestion" or ""


@dataclass(frozen=True)
class HitTest:
    question: str
    language: Optional[str]
    outcome: str
    cutoff: float
    rows: list[CandidateRow]
    answer: Answer
    reply: str
    chart: object  # Markup

    @property
    def outcome_title(self) -> str:
        return OUTCOME_TITLES[self.outcome]

    @property
    def rows_above(self) -> list[CandidateRow]:
        return [r for r in self.rows if r.above_cutoff]

    @property
    def rows_below(self) -> list[CandidateRow]:
        return [r for r in self.rows if not r.above_cutoff]


def outcome_of(answer: Answer) -> str:
    return ANSWERED if answer.match else DID_YOU_MEAN if answer.choices else DECLINED


def hit_test(service, question: str) -> HitTest:
    question = service.bounded(question)
    embedding = service.embed_question(question)
    answerer = service.answerer
    answer = answerer.answer_embedding(question, embedding)
    cutoff = float(answerer.cutoff.similarity_cutoff or 0.0)
    store = service.stored.store
    chosen = {answer.match.id} if answer.match else set()
    choices = {c.id for c in answer.choices}
    suggested = {s.id for s in answer.suggestions}
    rows = []
    for rank, hit in enumerate(answer.candidates, start=1):
        meta = hit.node.metadata
        faq_id = meta["faq_id"]
        phrasings = store.phrasing_cosines(embedding, faq_id)
        best = max(phrasings, key=lambda p: p[1]) if phrasings else ("", None)
        role = "answer" if faq_id in chosen else "choice" if faq_id in choices else \
            "suggestion" if faq_id in suggested else ""
        rows.append(CandidateRow(
            rank=rank, faq_id=faq_id, question=meta.get("question", ""), source=meta.get("source", ""),
            line=int(meta.get("line", 0) or 0), confidence=float(hit.score or 0.0),
            cosine=float(meta.get(COSINE, hit.score or 0.0)), margin=_float(meta.get(MARGIN)),
            lexical=_float(meta.get(LEXICAL)), fused=_float(meta.get(FUSED)),
            entry_score=_float(meta.get(ENTRY_SCORE)), typicality=_float(meta.get(TYPICALITY)),
            matched_phrasing=best[0], matched_cosine=best[1],
            above_cutoff=float(hit.score or 0.0) >= cutoff, role=role))
    chart = bar_chart([Bar(f"{r.rank}. {r.question}", r.confidence) for r in rows], cutoff)
    return HitTest(question, detect_language(question), outcome_of(answer), cutoff, rows, answer,
                   reply_text(answer), chart)


def _float(value) -> Optional[float]:
    return None if value is None else float(value)

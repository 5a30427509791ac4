"""The Unanswered page: what users asked that the FAQ did not answer, grouped by meaning.

Questions come from the feedback database: every question not answered ("Did you
mean…", declined, or unanswered in an imported log) and every question whose answer got a
standing 👎. The same question however punctuated or cased counts once, with how often
it was asked (bot/feedback/report.py). Up to ``console_max_questions`` distinct questions,
most asked first, are embedded with the bot's own embedding model (as queries, the way
a question is embedded to answer it; cached by text while the process runs).

**Grouping** is greedy, "leader" clustering: questions are taken most asked first, and
each joins the group whose leader (its most asked question) is closest, if at least
``console_group_threshold`` cosine away, else starts a group. One pass, order-stable, no
number of groups to choose; a question never moves between groups as others are added.
On the embedded e5 model, rewordings of one question sit above 0.9 and unrelated short
questions around 0.75–0.85, hence the default 0.9.

**Languages.** The model is multilingual, but every vector also carries its text's
language, which lowers every cosine between a Chinese and an English text: a question
and its translation score below the rewordings threshold, so one threshold kept them in
two groups. A leader in another language (bot/retrieval/language.py) is therefore joined
at ``console_group_threshold_across_languages``, chosen for about the same share of
wrong joins as the threshold within one language (``bench/bench_group_languages.py``;
numbers in docs/console.md).

Each group's leader then goes through the bot's own decision (as hit testing does): its
nearest entries are the candidates to add the group's wordings to, and a group whose
leader the bot now answers (someone already fixed it) says so and sorts last.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from bot.console.hits import ANSWERED, outcome_of
from bot.console.triage import group_state
from bot.feedback.report import question_key
from bot.retrieval.language import detect_language

EMBEDDING_CACHE = 5000
NEAREST = 3


@dataclass
class AskedQuestion:
    text: str
    unanswered: int = 0   # times asked and not answered
    downvoted: int = 0    # standing 👎 on an answer to it
    downvoted_entries: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return self.unanswered + self.downvoted


@dataclass(frozen=True)
class NearEntry:
    faq_id: str
    question: str
    confidence: float
    source: str


@dataclass
class QuestionGroup:
    number: int
    questions: list[AskedQuestion]
    nearest: list[NearEntry]
    outcome_now: str  # what the bot does with the leader today (hits.ANSWERED, ...)
    answered_by: Optional[str] = None
    state: Optional[str] = None  # marked "resolved" / "ignored" (bot/console/triage.py), else open

    @property
    def leader(self) -> AskedQuestion:
        return self.questions[0]

    @property
    def count(self) -> int:
        return sum(q.count for q in self.questions)

    @property
    def answered_now(self) -> bool:
        """The bot answers the leader now, and not with an entry whose answer got a 👎 from
        this group (that answer is the problem, not a fix)."""
        return self.outcome_now == ANSWERED and self.answered_by not in self.downvoted_entries

    @property
    def downvoted_entries(self) -> set[str]:
        return {faq_id for q in self.questions for faq_id in q.downvoted_entries}

    @property
    def still_downvoted(self) -> bool:
        return self.outcome_now == ANSWERED and self.answered_by in self.downvoted_entries


@dataclass(frozen=True)
class UnansweredPage:
    groups: list[QuestionGroup]
    distinct: int       # distinct questions found
    grouped: int        # how many of them were embedded and grouped
    feedback_error: Optional[str]


class EmbeddingCache:
    """Query embeddings by text, so reloading the page embeds only new questions."""

    def __init__(self, size: int = EMBEDDING_CACHE) -> None:
        self._size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, service, text: str) -> np.ndarray:
        key = f"{service.settings.resolved_model}\0{text}"
        with self._lock:
            found = self._vectors.get(key)
            if found is not None:
                self._vectors.move_to_end(key)
                return found
        vector = np.asarray(service.embed_question(text), dtype=np.float32)
        vector /= np.linalg.norm(vector) or 1.0
        with self._lock:
            self._vectors[key] = vector
            while len(self._vectors) > self._size:
                self._vectors.popitem(last=False)
        return vector


def asked_questions(feedback) -> list[AskedQuestion]:
    """Distinct unanswered and 👎 questions, most asked first."""
    found: dict[str, AskedQuestion] = {}
    for text in feedback.unanswered_questions():
        found.setdefault(question_key(text), AskedQuestion(text.strip())).unanswered += 1
    for text, faq_id in feedback.downvoted_questions():
        asked = found.setdefault(question_key(text), AskedQuestion(text.strip()))
        asked.downvoted += 1
        asked.downvoted_entries.add(faq_id)
    return sorted((q for q in found.values() if q.text), key=lambda q: (-q.count, q.text))


def group_questions(vectors: np.ndarray, threshold: float, languages: Optional[list] = None,
                    across: Optional[float] = None) -> list[list[int]]:
    """Greedy leader clustering of unit ``vectors`` (rows in priority order): row indexes per
    group. With ``languages`` (one per row), a leader of another language is joined at
    ``across`` instead of ``threshold``; the closest joinable leader wins."""
    groups: list[list[int]] = []
    leaders: list[int] = []
    for i, vector in enumerate(vectors):
        if leaders:
            similarity = vectors[leaders] @ vector
            bars = np.array([across if across is not None and languages is not None
                             and languages[leader] != languages[i] else threshold for leader in leaders])
            joinable = np.flatnonzero(similarity >= bars)
            if len(joinable):
                groups[int(joinable[np.argmax(similarity[joinable])])].append(i)
                continue
        groups.append([i])
        leaders.append(i)
    return groups


def unanswered_page(service, asked: "list[AskedQuestion] | str", cache: EmbeddingCache, threshold: float,
                    max_questions: int, marks: Optional[dict] = None,
                    across_languages: Optional[float] = None) -> UnansweredPage:
    """``asked``: what :func:`asked_questions` read, or a sentence saying why there is none.
    ``across_languages``: the threshold for a leader in another language (None: the same)."""
    if isinstance(asked, str):
        return UnansweredPage([], 0, 0, asked)
    considered = asked[:max_questions]
    if not considered:
        return UnansweredPage([], len(asked), 0, None)
    vectors = np.vstack([cache.get(service, q.text) for q in considered])
    answerer = service.answerer
    languages = [detect_language(q.text) for q in considered]
    groups = []
    for number, members in enumerate(group_questions(vectors, threshold, languages, across_languages), start=1):
        leader = members[0]
        answer = answerer.answer_embedding(service.bounded(considered[leader].text), vectors[leader].tolist())
        nearest = [NearEntry(n.node.metadata["faq_id"], n.node.metadata.get("question", ""), float(n.score or 0),
                             f"{n.node.metadata.get('source', '')}:{n.node.metadata.get('line', '')}")
                   for n in answer.candidates[:NEAREST]]
        questions = [considered[i] for i in members]
        groups.append(QuestionGroup(number, questions, nearest, outcome_of(answer),
                                    answer.match.id if answer.match else None,
                                    group_state(marks or {}, [q.text for q in questions])))
    # Open groups first, then those the bot answers now, then the ones marked resolved/ignored.
    groups.sort(key=lambda g: (g.state is not None, g.answered_now, -g.count, g.number))
    for number, group in enumerate(groups, start=1):
        group.number = number
    return UnansweredPage(groups, len(asked), len(considered), None)

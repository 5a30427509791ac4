"""The Unanswered page: what users asked that the FAQ did not answer, grouped by meaning.

Questions come from the feedback database: every question not answered ("Did you
mean…", declined, or unanswered in an imported log) and every question whose answer got a
standing 👎. The same question however punctuated or cased counts once, with how often
it was asked (bot/feedback/report.py). Up to ``console_max_questions`` distinct questions,
most asked first, are embedded with the bot's own embedding model (as queries, the way
a question is embedded to answer it; cached by text while the process runs).

**Grouping** is greedy, "leader" clustering: questions are taken most asked first, and
each joins the first group whose leader (its most asked question) is at least
``console_group_threshold`` cosine away, else starts a group. One pass, order-stable, no
number of groups to choose; a question never moves between groups as others are added.
On the embedded e5 model, rewordings of one question sit above 0.9 and unrelated short
questions around 0.75–0.85, hence the default 0.9.

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
from bot.feedback.report import question_key

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

    @property
    def leader(self) -> AskedQuestion:
        return self.questions[0]

    @property
    def count(self) -> int:
        return sum(q.count for q in self.questions)

    @property
    def answered_now(self) -> bool:
        return self.outcome_now == ANSWERED


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


def group_questions(vectors: np.ndarray, threshold: float) -> list[list[int]]:
    """Greedy leader clustering of unit ``vectors`` (rows in priority order): row indexes per group."""
    groups: list[list[int]] = []
    leaders: list[np.ndarray] = []
    for i, vector in enumerate(vectors):
        if leaders:
            similarity = np.vstack(leaders) @ vector
            best = int(np.argmax(similarity))
            if similarity[best] >= threshold:
                groups[best].append(i)
                continue
        groups.append([i])
        leaders.append(vector)
    return groups


def unanswered_page(service, asked: "list[AskedQuestion] | str", cache: EmbeddingCache, threshold: float,
                    max_questions: int) -> UnansweredPage:
    """``asked``: what :func:`asked_questions` read, or a sentence saying why there is none."""
    if isinstance(asked, str):
        return UnansweredPage([], 0, 0, asked)
    considered = asked[:max_questions]
    if not considered:
        return UnansweredPage([], len(asked), 0, None)
    vectors = np.vstack([cache.get(service, q.text) for q in considered])
    answerer = service.answerer
    groups = []
    for number, members in enumerate(group_questions(vectors, threshold), start=1):
        leader = members[0]
        answer = answerer.answer_embedding(service.bounded(considered[leader].text), vectors[leader].tolist())
        nearest = [NearEntry(n.node.metadata["faq_id"], n.node.metadata.get("question", ""), float(n.score or 0),
                             f"{n.node.metadata.get('source', '')}:{n.node.metadata.get('line', '')}")
                   for n in answer.candidates[:NEAREST]]
        groups.append(QuestionGroup(number, [considered[i] for i in members], nearest, outcome_of(answer),
                                    answer.match.id if answer.match else None))
    groups.sort(key=lambda g: (g.answered_now, -g.count, g.number))
    for number, group in enumerate(groups, start=1):
        group.number = number
    return UnansweredPage(groups, len(asked), len(considered), None)

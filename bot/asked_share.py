"""How many of users' questions the FAQ does not answer, read off the questions they asked.

Label-free calibration (:func:`bot.calibration.self_calibrate`) weighs its pseudo "no
answer" questions to an expected share of unanswerable questions, and that share decides
the cutoff: on the DEV sets, cutoffs that meet the precision and coverage targets need a
share near 0.1 or below for banking77 and clinc150 (few unanswerable questions) but 0.2 or
more for banking77-heldout (many), so no fixed default fits every team (docs/quality.md).
The FAQ alone cannot tell which team one is; the questions users asked can, without anyone
labelling them.

The estimate is a mixture-proportion estimate (the "positive and unlabelled" setting). In
each round of label-free calibration the asked questions are answered by the same reduced
copy of the index as the pseudo-questions. Those whose answer is in the FAQ then face what
the in-scope pseudo-questions face (one phrasing fewer per entry, a fifth of the entries
left out), so their confidences are distributed alike, scaled by the share of entries
kept; unanswerable ones rarely reach the confidence of the better half of in-scope ones.
So at any confidence ``c`` in that upper half,

    share of asked answers scoring >= c  ~  kept * (1 - share) * share of in-scope ones >= c

plus the few unanswerable ones scoring that high, and the smallest ratio, divided by
``kept``, bounds ``1 - share`` from above.

Asked against the full index instead, answerable questions score higher than pseudo ones
(their entry has all its phrasings), and the share came out far too low on the DEV sets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from bot.faq.entry import FaqError

# Upper part of the in-scope pseudo-questions' confidences the bound is taken over (top half).
UPPER_PART = 0.5
THRESHOLDS = 40


@dataclass(frozen=True)
class ShareEstimate:
    """The expected unanswerable share label-free calibration used, and where it came from."""

    share: float
    source: str  # "asked questions", "--share" or "setting"
    asked: int = 0  # questions users asked that were at hand

    def to_json(self) -> dict:
        return {"share": round(self.share, 4), "source": self.source, "asked": self.asked}


def estimate_share(in_scope: Sequence[float], asked: Sequence[float], kept: float = 1.0,
                   questions: int | None = None) -> ShareEstimate:
    """The share of asked questions no entry answers, from confidences alone.

    ``in_scope``: confidences of in-scope pseudo-questions; ``asked``: of the asked
    questions, answered by the same reduced copies (every round's answers pooled);
    ``kept``: the share of entries those copies keep; ``questions``: how many distinct
    questions were asked (default ``len(asked)``).
    """
    in_scope, asked = np.asarray(in_scope, float), np.asarray(asked, float)
    if not len(in_scope) or not len(asked):
        raise ValueError("estimating the unanswerable share needs in-scope pseudo-questions and asked questions")
    if not 0 < kept <= 1:
        raise ValueError("kept must be in (0, 1]")
    thresholds = np.quantile(in_scope, np.linspace(0.0, 1.0 - UPPER_PART, THRESHOLDS))
    ratio = min((asked >= c).mean() / (in_scope >= c).mean() for c in thresholds)
    answerable = min(1.0, ratio / kept)
    return ShareEstimate(float(1.0 - answerable), "asked questions", len(asked) if questions is None else questions)


def read_asked_questions(path: Path) -> list[str]:
    """Questions users asked, from a file: JSONL with a ``query`` field per line (any
    ``gold`` is ignored: nothing here is labelled), or plain text, one question per line."""
    questions = []
    with open(path, encoding="utf-8") as handle:
        lines = [(n, line.strip()) for n, line in enumerate(handle, start=1) if line.strip()]
    as_json = Path(path).suffix.lower() in (".jsonl", ".json")
    for number, line in lines:
        if not as_json:
            questions.append(line)
            continue
        try:
            question = json.loads(line)["query"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise FaqError(str(path), number, f"expected a JSON object with a \"query\": {error}") from None
        if not isinstance(question, str) or not question.strip():
            raise FaqError(str(path), number, "'query' must be a non-empty string")
        questions.append(question)
    return questions

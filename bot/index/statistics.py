"""Corpus statistics frozen in the index, so that a small edit rewrites few of its bytes.

Scoring uses statistics of the whole FAQ: the centring and whitening of the entry spaces
(bot/retrieval/aggregation.py) and the IDF of the lexical terms (bot/retrieval/lexical.py),
stored with each generation (bot/index/tables.py). Recomputed on every build, one edited
phrasing moved them all, and with them every whitened row and every TF-IDF weight: most of
a generation's bytes changed, which the publication layer (bot/index/publish/) then stored
and every host downloaded again.

They are computed on a first build and then *frozen*: later builds reuse them (the rows of
unchanged entries are copied as stored, new rows are placed with the frozen statistics)
until the FAQ has **drifted** from the one they were computed on by more than
``index_statistics_max_drift``, or ``faqbot index --full`` asks for them afresh. Then they
are recomputed exactly as a first build computes them.

Drift = phrasings added or removed since the statistics were computed, over the phrasings
indexed then. An edited phrasing counts twice (one removed, one added); an answer, tag or
category edit counts nothing (no statistic depends on them); a phrasing added and later
removed again counts twice (the count only grows, never forgets: it errs towards
recomputing). The bookkeeping is the manifest's ``statistics``::

    {"phrasings": 1520, "changed": 31, "values": {...}}

``values`` are what the table source needs besides its stored tables to reuse them (e.g. the
tightness given to entries with one phrasing).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

from bot.faq.entry import FaqEntry
from bot.index.storage import StoredIndex

DEFAULT_MAX_DRIFT = 0.05


@dataclass(frozen=True)
class StatisticsRecord:
    """When the statistics of a generation were computed, and how far the FAQ moved since."""

    phrasings: int  # phrasings indexed when they were computed
    changed: int = 0  # phrasings added or removed since
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def drift(self) -> float:
        return self.changed / max(1, self.phrasings)

    def to_json(self) -> dict[str, Any]:
        return {"phrasings": self.phrasings, "changed": self.changed, "values": dict(self.values)}

    @classmethod
    def of(cls, stored: Optional[StoredIndex]) -> Optional["StatisticsRecord"]:
        """The record of a stored generation; None if it has none (or a damaged one)."""
        data = stored.manifest.statistics if stored is not None else None
        if not data:
            return None
        phrasings, changed, values = data.get("phrasings"), data.get("changed"), data.get("values")
        if type(phrasings) is not int or type(changed) is not int or not isinstance(values, dict) \
                or phrasings < 0 or changed < 0:
            return None
        return cls(phrasings, changed, values)


@dataclass(frozen=True)
class StatisticsPlan:
    """What a build does with the statistics: reuse ``frozen``'s (a stored generation), or
    compute them (``frozen`` None, ``reason`` says why)."""

    frozen: Optional[StoredIndex]
    phrasings: int  # the record's phrasings, for the generation being written
    changed: int
    reason: str

    def record(self, values: dict[str, Any]) -> StatisticsRecord:
        return StatisticsRecord(self.phrasings, self.changed, values)


def phrasings_changed(old: Iterable[Sequence[str]], new: Iterable[Sequence[str]]) -> int:
    """Phrasings in one list of phrasings and not the other (counted with repeats)."""
    before, after = Counter(t for texts in old for t in texts), Counter(t for texts in new for t in texts)
    return sum(((before - after) + (after - before)).values())


def changed_between(previous: dict[str, FaqEntry], entries: Iterable[FaqEntry], changed_ids: Iterable[str]) -> int:
    """Phrasings added or removed between ``previous`` entries (by id) and ``entries``, looking
    only at the entries ``changed_ids`` (added, edited or removed ones)."""
    now = {entry.id: entry for entry in entries}
    ids = set(changed_ids)
    return phrasings_changed((previous[i].phrasings for i in ids if i in previous),
                             (now[i].phrasings for i in ids if i in now))


def plan_statistics(previous: Optional[StoredIndex], fits: bool, changed: int, phrasings: int,
                    max_drift: float, full: bool) -> StatisticsPlan:
    """Whether to reuse ``previous``'s statistics for an index of ``phrasings`` phrasings,
    ``changed`` of them added or removed since ``previous``. ``fits``: its stored tables are
    of the kind and parameters the new index needs."""
    record = StatisticsRecord.of(previous)
    if full:
        reason = "recomputing them was asked for (--full)"
    elif previous is None:
        reason = "no previous index"
    elif record is None:
        reason = "the previous index does not record when its statistics were computed"
    elif not fits:
        reason = "the previous index's tables are of other parameters or views"
    elif record.changed + changed > max_drift * max(1, record.phrasings):
        reason = (f"drift {(record.changed + changed) / max(1, record.phrasings):.1%} is over "
                  f"index_statistics_max_drift {max_drift:.1%}")
    else:
        return StatisticsPlan(previous, record.phrasings, record.changed + changed, "reused")
    return StatisticsPlan(None, phrasings, 0, reason)

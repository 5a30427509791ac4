"""The statistics FaqService stores with each index generation, and reads back when it loads one.

Two tables (bot/index/tables.py), both computed by the builder when it writes a generation:

- ``aggregation``: the whitened entry spaces of :mod:`bot.retrieval.aggregation`, for the
  aggregation parameters of the index's model and calibration;
- ``lexicon``: the TF-IDF tables of :mod:`bot.retrieval.lexical`.

A load wraps the stored arrays; only an index without them (older, or written by a bare
``build_index`` call) or with other parameters gets them computed, as every load used to.
"""

from __future__ import annotations

from typing import Any, Optional

from bot.index.storage import Manifest, StoredIndex
from bot.index.tables import Tables
from bot.retrieval.aggregation import EntryScorer, FrozenSpaces, WhitenedAggregation
from bot.profiles import aggregation_for
from bot.retrieval.lexical import TABLES_FINGERPRINT, LexicalIndex

AGGREGATION = "aggregation"
LEXICON = "lexicon"


def _aggregation(manifest: Manifest) -> WhitenedAggregation:
    return aggregation_for(manifest.signature.model, manifest.calibration)


class ScoringTables:
    """Computes the tables at write time (``build_index(tables=...)``) and reads them on load.

    It remembers the live lexical index, so writing the next generation tokenises only the
    entries whose texts changed.
    """

    def __init__(self) -> None:
        self.lexicon: Optional[LexicalIndex] = None

    def fingerprints(self, manifest: Manifest) -> dict[str, str]:
        return {AGGREGATION: _aggregation(manifest).fingerprint(), LEXICON: TABLES_FINGERPRINT}

    def derive(self, stored: StoredIndex, frozen: Optional[StoredIndex] = None
               ) -> tuple[dict[str, Tables], dict[str, Any]]:
        """The tables of ``stored``, and the values a later build needs to reuse their
        statistics. ``frozen``: the generation whose statistics to reuse (bot/index/statistics.py),
        its tables of the parameters ``stored`` needs; None: computed as a first build does."""
        texts = stored.store.texts_by_entry()
        if frozen is None:
            lexicon = LexicalIndex(texts, previous=self.lexicon)
            aggregation, values = _aggregation(stored.manifest).derive(stored.store, stored.views)
        else:
            previous = LexicalIndex.from_tables(frozen.tables[LEXICON], frozen.store.texts_by_entry)
            lexicon = LexicalIndex(texts, previous=previous, frozen_idf=True)
            spaces = FrozenSpaces(frozen.tables[AGGREGATION], frozen.store, frozen.views,
                                  frozen.manifest.statistics.get("values") or {})
            aggregation, values = _aggregation(stored.manifest).derive(stored.store, stored.views, spaces)
        return {AGGREGATION: aggregation, LEXICON: lexicon.to_tables()}, values

    def scorer(self, stored: StoredIndex) -> EntryScorer:
        """The entry scorer of ``stored``, from its table when that fits the parameters."""
        return _aggregation(stored.manifest).build(stored.store, stored.views, stored.tables.get(AGGREGATION))

    def lexical_index(self, stored: StoredIndex) -> LexicalIndex:
        """The lexical index of ``stored`` (from its table if it has one); it becomes the live one."""
        table = stored.tables.get(LEXICON)
        if table is not None and table.fingerprint == TABLES_FINGERPRINT:
            lexicon = LexicalIndex.from_tables(table, stored.store.texts_by_entry)
        else:
            lexicon = LexicalIndex(stored.store.texts_by_entry(), previous=self.lexicon)
        self.lexicon = lexicon
        return lexicon

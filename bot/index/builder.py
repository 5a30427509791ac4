"""Build the index from the FAQ folder, embedding only phrasings not embedded before.

Vectors are cached by the hash of the exact phrasing text, taken from the previous
index when it is compatible: unchanged content is never re-embedded, a renamed file
costs nothing, and an edited answer costs nothing either. Files that fail to parse
(and ids claimed by two files) keep their previously indexed entries.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Protocol, Sequence

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from tqdm import tqdm

from bot.faq.entry import FaqEntry, FaqError
from bot.faq.folder import load_faq_folder
from bot.index.current import unchanged_live
from bot.index.statistics import DEFAULT_MAX_DRIFT, StatisticsPlan, changed_between, plan_statistics
from bot.index.storage import (
    EmbeddingSignature,
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
    Manifest,
    StoredIndex,
    load_index,
    current_generation,
    save_index,
)
from bot.index.tables import Tables
from bot.index.vector_store import FaqVectorStore
from bot.embeddings.vectors import normalise_rows
from bot.index.views import EntryView, ViewVectors

log = logging.getLogger(__name__)
PROGRESS_THRESHOLD = 256


@dataclass
class BuildReport:
    generation: str
    entries: int
    vectors: int
    embedded: int
    embedded_for_views: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_from_previous: list[str] = field(default_factory=list)
    errors: list[FaqError] = field(default_factory=list)
    rebuilt_reason: Optional[str] = None
    # corpus statistics (bot/index/statistics.py): None when reused, else why they were computed
    statistics_computed: Optional[str] = None
    statistics_drift: float = 0.0
    stored: Optional[StoredIndex] = field(default=None, repr=False)

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        text = (
            f"{self.entries} entries ({self.vectors} phrasings): {len(self.added)} added, "
            f"{len(self.changed)} changed, {len(self.removed)} removed; "
            f"{self.embedded} phrasings embedded"
        )
        if self.embedded_for_views:
            text += f" (+{self.embedded_for_views} texts for scoring views)"
        if self.statistics_computed is None:
            text += f"; corpus statistics reused (drift {self.statistics_drift:.1%})"
        elif self.changed_anything:
            text += f"; corpus statistics computed ({self.statistics_computed})"
        if self.errors:
            text += f"; {len(self.errors)} error(s)"
        return text


class TableSource(Protocol):
    """What computes the tables stored with a generation (bot/index/tables.py)."""

    def fingerprints(self, manifest: Manifest) -> dict[str, str]:
        """The tables an index with this manifest should have, by name, with their fingerprints."""

    def derive(self, stored: StoredIndex, frozen: Optional[StoredIndex] = None
               ) -> tuple[dict[str, Tables], dict[str, Any]]:
        """Compute them for an index about to be written, reusing ``frozen``'s corpus
        statistics if given (bot/index/statistics.py); return them and the values a later
        build needs to reuse theirs."""


def previous_index(index_dir: Path, signature: Optional[EmbeddingSignature]) -> tuple[Optional[StoredIndex], Optional[str]]:
    """The last good index if it can be reused, else None and why not."""
    try:
        return load_index(index_dir, expected=signature), None
    except IndexMissingError:
        return None, None
    except (IndexCorruptError, IndexMismatchError) as error:
        log.warning("not reusing the stored index: %s", error)
        return None, str(error)


def build_index(
    faq_dir: Path,
    index_dir: Path,
    embed_model: BaseEmbedding,
    signature_for: Callable[[int], EmbeddingSignature],
    rebuild: bool = False,
    show_progress: bool = False,
    live: Optional[StoredIndex] = None,
    views: Sequence[EntryView] = (),
    tables: Optional[TableSource] = None,
    full: bool = False,
    statistics_max_drift: float = DEFAULT_MAX_DRIFT,
) -> BuildReport:
    """Index ``faq_dir`` into ``index_dir``; ``signature_for(dim)`` names the embedding setup.

    ``live`` is the index currently served, if any: when it is the stored one, it is
    reused instead of loaded from disk. It is never modified; the new index is a copy
    with only the added, changed and removed entries touched. ``views`` are the extra
    scoring views to store beside the phrasings (bot/index/views.py), ``tables`` what
    computes the statistics stored with them (bot/index/tables.py). An index stored in an
    older format, or without the wanted views or tables, is written again in full, reusing
    its vectors.

    Layout is kept stable, so that a small edit changes few bytes (what the publication
    layer stores and ships): entries keep their rows and places in every file, only the
    rows of changed entries change, and new entries go at the end. The corpus statistics
    are reused from the previous index until the FAQ drifts more than
    ``statistics_max_drift`` from the one they were computed on; ``full`` recomputes them
    (bot/index/statistics.py).
    """
    view_names = sorted(view.name for view in views)
    folder = load_faq_folder(faq_dir)
    known_signature = _signature_if_known(embed_model, signature_for)
    if not rebuild and not full and not folder.errors:
        unchanged = unchanged_live(index_dir, known_signature, folder.entries, view_names,
                                   tables.fingerprints if tables is not None else None)
        if unchanged:
            return BuildReport(generation=unchanged[0], entries=len(folder.entries),
                               vectors=sum(len(e.phrasings) for e in folder.entries), embedded=0)
    if rebuild:
        previous, reason = None, "rebuild requested"
    elif _is_reusable(live, index_dir, known_signature):
        previous, reason = live, None
    else:
        previous, reason = previous_index(index_dir, known_signature)

    kept = _kept_from_previous(previous, folder)
    entries = list(folder.entries) + kept
    new_hashes = {entry.id: entry.content_hash() for entry in entries}
    old_hashes = previous.manifest.entries if previous else {}
    fresh = [entry for entry in entries if old_hashes.get(entry.id) != new_hashes[entry.id]]
    stale = [entry_id for entry_id, digest in old_hashes.items() if new_hashes.get(entry_id) != digest]

    texts = [text for entry in fresh for text in entry.phrasings]
    vectors, embedded, reused = _reuse_or_embed(texts, previous.store if previous else None,
                                                _embedder(embed_model, False, "Embedding FAQ phrasings", show_progress))
    if previous is not None:
        store = _updated_store(previous.store, fresh, stale, _normalised(vectors, reused))
    else:
        store = FaqVectorStore(dimension=len(vectors[0]) if vectors else _probe_dimension(embed_model))
        store.add_phrasings(fresh, vectors)
    view_stores, embedded_for_views = {}, 0
    for view in views:
        view_stores[view.name], count = _build_view(
            view, store.dimension, entries, fresh, stale, previous, embed_model, show_progress)
        embedded_for_views += count
    manifest = Manifest(
        signature=signature_for(store.dimension),
        entries=new_hashes,
        calibration=previous.manifest.calibration if previous else {},
    )
    stored = StoredIndex(store=store, manifest=manifest, generation="", views=view_stores)
    plan = _statistics_plan(previous, manifest, view_stores, tables, fresh, stale, len(store), full,
                            statistics_max_drift)
    if tables is not None:
        stored.tables, values = tables.derive(stored, plan.frozen)
        manifest.statistics = plan.record(values).to_json()
    stored.generation = save_index(index_dir, store, manifest, view_stores, stored.tables)
    return BuildReport(
        generation=stored.generation,
        entries=len(entries),
        vectors=len(store),
        embedded=embedded,
        embedded_for_views=embedded_for_views,
        added=sorted(set(new_hashes) - set(old_hashes)),
        changed=sorted(i for i in new_hashes if i in old_hashes and old_hashes[i] != new_hashes[i]),
        removed=sorted(set(old_hashes) - set(new_hashes)),
        kept_from_previous=sorted(entry.id for entry in kept),
        errors=folder.errors,
        rebuilt_reason=reason,
        statistics_computed=None if plan.frozen is not None else plan.reason,
        statistics_drift=plan.changed / max(1, plan.phrasings),
        stored=stored,
    )


def _is_reusable(live: Optional[StoredIndex], index_dir: Path, signature: EmbeddingSignature) -> bool:
    if live is None or signature.mismatch(live.manifest.signature):
        return False
    try:
        return current_generation(index_dir) == live.generation
    except IndexCorruptError:
        return False


def _kept_from_previous(previous: Optional[StoredIndex], folder) -> list[FaqEntry]:
    """Entries of files that now fail to parse, or whose id is now claimed twice: keep serving them."""
    if previous is None or not (folder.failed_files or folder.duplicate_ids):
        return []
    return [
        entry for entry in _entries_of(previous).values()
        if entry.source in folder.failed_files or entry.id in folder.duplicate_ids
    ]


def _updated_store(previous: FaqVectorStore, fresh: list[FaqEntry], stale: list[str],
                   vectors: list[np.ndarray]) -> FaqVectorStore:
    """A copy of ``previous`` with ``stale`` entries gone and ``fresh`` ones in (``vectors``:
    one normalised row per phrasing of ``fresh``, in order): an edited entry keeps its place and
    the rows of the phrasings it kept (FaqVectorStore.replace_entry), a new one goes at the end."""
    store = previous.copy()
    fresh_ids = {entry.id for entry in fresh}
    for entry_id in stale:
        if entry_id not in fresh_ids:
            store.delete(entry_id)
    added, added_vectors, at = [], [], 0
    for entry in fresh:
        own = vectors[at:at + len(entry.phrasings)]
        at += len(entry.phrasings)
        if store.entry(entry.id) is not None:
            store.replace_entry(entry, own)
        else:
            added.append(entry)
            added_vectors.extend(own)
    store.add_phrasings(added, added_vectors, normalised=True)
    return store


def _statistics_plan(previous: Optional[StoredIndex], manifest: Manifest, views: dict[str, ViewVectors],
                     tables: Optional[TableSource], fresh: list[FaqEntry], stale: list[str], phrasings: int,
                     full: bool, max_drift: float) -> StatisticsPlan:
    """Reuse the previous index's corpus statistics, or compute them (bot/index/statistics.py)."""
    fits = (previous is not None and tables is not None and sorted(previous.views) == sorted(views)
            and previous.manifest.tables == tables.fingerprints(manifest))
    changed = 0
    if previous is not None:
        old = {entry_id: previous.store.entry(entry_id) for entry_id in stale}
        changed = changed_between({k: v for k, v in old.items() if v is not None}, fresh,
                                  [*stale, *(entry.id for entry in fresh)])
    return plan_statistics(previous, fits, changed, phrasings, max_drift, full)


def _build_view(view: EntryView, dimension: int, entries: list[FaqEntry], fresh: list[FaqEntry],
                stale: list[str], previous: Optional[StoredIndex], embed_model: BaseEmbedding,
                show_progress: bool) -> tuple[ViewVectors, int]:
    """The view's vectors for ``entries``, and how many texts were embedded for it.

    Rows stay in place: an unchanged entry keeps its rows as stored (vectors untouched), an
    edited one gets its new rows where its old ones were, a new one goes at the end."""
    old = previous.views.get(view.name) if previous else None
    embed = _embedder(embed_model, view.embed_as_query, f"Embedding the {view.name} view", show_progress)
    if old is None:  # a view the previous index did not have: every entry needs it
        rows = view.rows(entries)
        vectors, embedded, _ = _reuse_or_embed([text for _, text in rows], None, embed)
        return ViewVectors.empty(dimension).plus(rows, vectors), embedded
    fresh_ids = {entry.id for entry in fresh}
    by_id = {entry.id: entry for entry in entries}
    positions: dict[str, list[int]] = {}
    for row, entry_id in enumerate(old.entry_ids):
        positions.setdefault(entry_id, []).append(row)
    layout: list[tuple[str, str, Optional[int]]] = []  # entry id, text, old row to copy (None: new)
    for entry_id, rows in positions.items():
        if entry_id not in by_id:
            continue  # removed
        if entry_id not in fresh_ids:
            layout.extend((entry_id, old.texts[row], row) for row in rows)
        else:
            own = {old.texts[row]: row for row in rows}
            layout.extend((entry_id, text, own.get(text)) for _, text in view.rows([by_id[entry_id]]))
    layout.extend((entry_id, text, None) for entry_id, text in view.rows(
        entry for entry in entries if entry.id not in positions))
    todo = [text for _, text, row in layout if row is None]
    found, embedded, reused = _reuse_or_embed(todo, old, embed)
    copied = [row for _, _, row in layout if row is not None]
    vectors = np.empty((len(layout), dimension), np.float32)
    is_new = np.fromiter((row is None for _, _, row in layout), bool, len(layout))
    if copied:
        vectors[~is_new] = np.asarray(old.vectors[copied], dtype=np.float32)
    if todo:
        vectors[is_new] = _normalised(found, reused)
    return ViewVectors([e for e, _, _ in layout], [t for _, t, _ in layout], vectors), embedded


def _reuse_or_embed(texts: list[str], previous, embed: Callable[[list[str]], list[list[float]]]):
    """A vector per text: the previous index's for a text it has (``previous.vector_for_text``),
    else embedded, each distinct text once. Returns the vectors, how many texts were embedded,
    and per text whether its vector is the previous index's (stored, so normalised already)."""
    found = {text: previous.vector_for_text(text) if previous is not None else None for text in texts}
    missing = [text for text, vector in found.items() if vector is None]
    found.update(zip(missing, (np.asarray(v, dtype=np.float32) for v in embed(missing))))
    embedded = set(missing)
    return [found[text] for text in texts], len(missing), [text not in embedded for text in texts]


def _normalised(vectors: list[np.ndarray], reused: list[bool]) -> np.ndarray:
    """The vectors as stored rows: embedded ones normalised, reused ones as they were stored
    (normalising twice changes last bits, and bytes)."""
    if not vectors:
        return np.zeros((0, 0), np.float32)
    rows = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1).copy()
    fresh = [i for i, was_stored in enumerate(reused) if not was_stored]
    if fresh:
        rows[fresh] = normalise_rows(rows[fresh])
    return rows


def _entries_of(previous: Optional[StoredIndex]) -> dict[str, FaqEntry]:
    return {} if previous is None else {entry.id: entry for entry in previous.store.entries()}


def _embedder(embed_model: BaseEmbedding, as_query: bool, description: str,
              show_progress: bool) -> Callable[[list[str]], list[list[float]]]:
    return lambda texts: _embed(embed_model, texts, as_query, description, show_progress)


def _embed(embed_model: BaseEmbedding, texts: list[str], as_query: bool, description: str,
           show_progress: bool) -> list[list[float]]:
    if not texts:
        return []
    batch = max(1, embed_model.embed_batch_size)
    embed_batch = _query_batch_embedder(embed_model) if as_query else embed_model.get_text_embedding_batch
    vectors: list[list[float]] = []
    progress = tqdm(
        total=len(texts), desc=description, unit="text",
        disable=not show_progress or len(texts) < PROGRESS_THRESHOLD,
    )
    with progress:
        for start in range(0, len(texts), batch):
            chunk = texts[start:start + batch]
            vectors.extend(embed_batch(chunk))
            progress.update(len(chunk))
    return vectors


def _query_batch_embedder(embed_model: BaseEmbedding) -> Callable[[list[str]], list[list[float]]]:
    """Embed texts as queries: in one call where the model offers ``embed_queries`` (ours all do;
    LlamaIndex has no batch API for queries)."""
    batch = getattr(embed_model, "embed_queries", None)
    return batch or (lambda texts: [embed_model.get_query_embedding(text) for text in texts])


def _signature_if_known(embed_model, signature_for) -> EmbeddingSignature:
    """The configured signature; dimension 0 when only the server knows it."""
    return signature_for(known_dimension(embed_model) or 0)


def known_dimension(embed_model: BaseEmbedding) -> Optional[int]:
    """The output dimension if known without an embedding request."""
    return getattr(embed_model, "expected_dimension", None) or getattr(embed_model, "dimension", None)


def _probe_dimension(embed_model: BaseEmbedding) -> int:
    return known_dimension(embed_model) or len(embed_model.get_text_embedding("dimension probe"))

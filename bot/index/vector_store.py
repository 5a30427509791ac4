"""A FAISS vector store for FAQ phrasings: inner product over L2-normalised vectors.

Scores are cosine similarities (higher is better), so a similarity cutoff means what
it says. Unlike LlamaIndex's ``FaissMapVectorStore`` it deletes by entry
(``ref_doc_id``), never reuses an id after a delete, and serialises to JSON and FAISS's
binary format: loading never evaluates data.

Rows are kept lean: a phrasing node made by :class:`~bot.faq.nodes.FaqPhrasingNodeParser`
(its metadata is exactly its entry's plus the phrasing index, its text that phrasing) is
held as *(entry, phrasing index)* and each entry once, and is rebuilt by that parser only
when asked for (``get_nodes``, ``query``). Any other node is held whole. The bot's own
retriever never builds phrasing nodes: it reads entry ids from :meth:`search_entries`.
A 10,000-entry index then loads as one small JSON document instead of 20,000 node
objects (timings: bench/bench_index_load.py).

Queries may carry LlamaIndex ``MetadataFilters`` (e.g. ``category in [...]``): FAISS then
searches only the matching vectors (an id selector), so the top k are the best k that
pass the filter.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path
import sys
from typing import Any, Callable, Iterable, List, Optional, Sequence

import faiss
import numpy as np
from llama_index.core.schema import BaseNode, TextNode
from llama_index.core.vector_stores.types import (
    DEFAULT_PERSIST_FNAME,
    BasePydanticVectorStore,
    FilterCondition,
    MetadataFilters,
    VectorStoreQuery,
    VectorStoreQueryMode,
    VectorStoreQueryResult,
)
from llama_index.core.vector_stores.utils import build_metadata_filter_fn
from pydantic import Field, PrivateAttr, StrictInt

from bot.embeddings.vectors import normalise_rows
from bot.faq.entry import FaqEntry
from bot.faq.nodes import PHRASING_INDEX, entry_from_metadata, entry_metadata, phrasing_node_id, phrasing_nodes
# The rows document and the FAISS search are shared with the answer path that does not
# import LlamaIndex (bot/index/rows.py).
from bot.index.rows import ROWS_FORMAT, Phrasing, check_ids, entry_record, ids_and_vectors, parse_rows, search_flat
from bot.index.rows import vectors_at as _vectors_at

PERSIST_FORMAT = "faqbot-vector-store/1"
# How to load a persisted FaqVectorStore; also what LlamaIndex's default loader reports
# when it is pointed at one (see _SIMPLE_STORE_GUARD).
HOW_TO_LOAD = ("this file is a faqbot FaqVectorStore, not a SimpleVectorStore: load it with "
               "StorageContext.from_defaults(persist_dir=DIR, vector_store=FaqVectorStore.from_persist_dir(DIR))")
# StorageContext.from_defaults(persist_dir=...) reads every "*vector_store.json" as a
# SimpleVectorStore, which ignores unknown keys: our file would load as an empty store and
# every query would silently find nothing. SimpleVectorStore does decode "embedding_dict"
# (str -> list of floats), so a message in place of a float makes its loader fail, naming
# how to load the file instead. FaqVectorStore's own loader ignores this key.
_SIMPLE_STORE_GUARD = {"embedding_dict": {"faqbot": [HOW_TO_LOAD]}}
NAMESPACE_SEP = "__"

# Distinct filters whose matching ids are kept (a Slack bot has one per channel setting).
FILTER_CACHE_SIZE = 256


class DimensionMismatchError(ValueError):
    pass


class UnsupportedQueryError(ValueError):
    """A query this store cannot answer as asked (e.g. MMR): refused, never approximated."""


class FaqVectorStore(BasePydanticVectorStore):
    """Exact inner-product FAISS index (``IndexIDMap2(IndexFlatIP)``) plus lean phrasing rows."""

    stores_text: bool = True
    dimension: StrictInt = Field(gt=0, description="Vector dimension (the embedding model's), a positive int.")

    _index: Any = PrivateAttr()
    # Bumped on every change: caches built from the store (a retriever's entry nodes) compare it.
    _version: int = PrivateAttr(default=0)
    _entries: dict[str, FaqEntry] = PrivateAttr(default_factory=dict)
    _rows: dict[int, Phrasing] = PrivateAttr(default_factory=dict)
    _foreign: dict[int, TextNode] = PrivateAttr(default_factory=dict)
    _faiss_id_by_node: dict[str, int] = PrivateAttr(default_factory=dict)
    _ids_by_ref: dict[str, list[int]] = PrivateAttr(default_factory=dict)
    _next_id: int = PrivateAttr(default=0)
    _ids_by_text: Optional[dict[str, int]] = PrivateAttr(default=None)
    _ids_by_filter: dict[str, np.ndarray] = PrivateAttr(default_factory=dict)
    _foreign_by_entry: Optional[dict[str, int]] = PrivateAttr(default=None)
    # (version, FAISS ids of the FAQ rows ascending, their entry ids): see _entry_ids_of.
    _entry_column: Optional[tuple[int, np.ndarray, np.ndarray]] = PrivateAttr(default=None)

    def __init__(self, dimension: int, **kwargs: Any) -> None:
        super().__init__(dimension=dimension, **kwargs)
        self._index = faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))

    @classmethod
    def class_name(cls) -> str:
        return "FaqVectorStore"

    @property
    def client(self) -> Any:
        return self._index

    def __len__(self) -> int:
        return self._index.ntotal

    def __bool__(self) -> bool:
        # An empty store is still a store: LlamaIndex tests ``if vector_store`` (e.g.
        # StorageContext.from_defaults) and would silently swap in a SimpleVectorStore.
        return True

    @property
    def version(self) -> int:
        """Changes whenever a row is added or removed: a cache of anything read from the
        store is valid only while ``(store, store.version)`` is the same."""
        return self._version

    def copy(self) -> "FaqVectorStore":
        """An independent copy to modify while this one keeps serving."""
        other = FaqVectorStore(dimension=self.dimension)
        other._index = faiss.clone_index(self._index)
        other._entries = dict(self._entries)
        other._rows = dict(self._rows)
        other._foreign = {i: node.model_copy(deep=True) for i, node in self._foreign.items()}
        other._faiss_id_by_node = dict(self._faiss_id_by_node)
        other._ids_by_ref = {ref: list(ids) for ref, ids in self._ids_by_ref.items()}
        other._next_id = self._next_id
        return other

    # Pickle (joblib, Ray, caches) and deepcopy keep every row: through the same payload
    # as persist(), never through FAISS's SWIG object (which pickles as an empty index).
    def __reduce__(self):
        return _from_pickled_payload, (self.dimension, *self.to_payload())

    def __deepcopy__(self, memo: dict) -> "FaqVectorStore":
        return self.copy()

    # -- writing ----------------------------------------------------------
    def add(self, nodes: Sequence[BaseNode], **kwargs: Any) -> List[str]:
        if not nodes:
            return []
        vectors = self._check_dimension(normalise_rows([node.get_embedding() for node in nodes]))
        for faiss_id, node in zip(self._add_vectors(vectors), nodes):
            lean = _as_phrasing(node)
            if lean is None:
                # the vector lives in FAISS only
                stored = node if node.embedding is None else node.model_copy(update={"embedding": None})
                self._remember_foreign(faiss_id, stored)
            else:
                self._remember_phrasing(faiss_id, *lean)
        return [node.node_id for node in nodes]

    def add_phrasings(self, entries: Sequence[FaqEntry], vectors: Sequence[Sequence[float]],
                      normalised: bool = False) -> List[str]:
        """Add every phrasing of ``entries`` (question first, then alternates), one vector
        each in that order: what ``add(phrasing_nodes(entries))`` stores, without making nodes.
        ``normalised``: the vectors are unit rows already (stored ones), kept as they are."""
        rows = [(entry, index) for entry in entries for index in range(len(entry.phrasings))]
        if not rows:
            return []
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(rows), -1)
        vectors = self._check_dimension(vectors if normalised else normalise_rows(vectors))
        for faiss_id, (entry, index) in zip(self._add_vectors(vectors), rows):
            self._remember_phrasing(faiss_id, entry, index)
        return [phrasing_node_id(entry.id, index) for entry, index in rows]

    def replace_entry(self, entry: FaqEntry, vectors: Sequence[Sequence[float]]) -> None:
        """Swap in another version of a stored entry, in place: the rows of the phrasings it
        keeps keep their FAISS ids and vectors (renumbered to their new phrasing index), rows
        of phrasings it dropped go, its new phrasings are added at the end, and its record keeps
        its place among the entries. ``vectors``: one unit row per phrasing of ``entry``, in order
        (only those of new phrasings are read, and stored as they are). What an index build does
        to change few bytes."""
        old = self._entries[entry.id]
        ids = sorted(i for i in self._ids_by_ref.get(entry.id, []) if i in self._rows)
        by_text: dict[str, list[int]] = {}
        for faiss_id in ids:
            by_text.setdefault(old.phrasings[self._rows[faiss_id].index], []).append(faiss_id)
        kept: dict[int, int] = {}  # faiss id -> its phrasing index in ``entry``
        added: list[int] = []
        for index, text in enumerate(entry.phrasings):
            found = by_text.get(text)
            if found:
                kept[found.pop(0)] = index
            else:
                added.append(index)
        places = list(self._entries)
        self._forget([i for i in ids if i not in kept])
        for faiss_id in kept:  # node ids carry the phrasing index: all old ones go before any new one
            self._faiss_id_by_node.pop(phrasing_node_id(entry.id, self._rows[faiss_id].index), None)
        for faiss_id, index in kept.items():
            self._rows[faiss_id] = Phrasing(entry.id, index)
            self._faiss_id_by_node[phrasing_node_id(entry.id, index)] = faiss_id
        self._entries[entry.id] = entry
        self._version += 1
        self._ids_by_text = self._foreign_by_entry = None
        self._ids_by_filter = {}
        if added:
            fresh = self._check_dimension(
                np.ascontiguousarray(np.asarray([vectors[index] for index in added], dtype=np.float32)))
            for faiss_id, index in zip(self._add_vectors(fresh), added):
                self._remember_phrasing(faiss_id, entry, index)
        self._entries = {entry_id: self._entries[entry_id] for entry_id in places if entry_id in self._entries}

    def _add_vectors(self, vectors: np.ndarray) -> list[int]:
        ids = np.arange(self._next_id, self._next_id + len(vectors), dtype=np.int64)
        self._next_id += len(vectors)
        self._index.add_with_ids(vectors, ids)
        return ids.tolist()

    def _remember_phrasing(self, faiss_id: int, entry: FaqEntry, index: int) -> None:
        node_id = phrasing_node_id(entry.id, index)
        self._forget_node_id(node_id)
        if self._entries.get(entry.id, entry) != entry:
            # another version of the entry: its remaining rows would be rebuilt with the new text
            self._forget(list(self._ids_by_ref.get(entry.id, [])))
        self._entries[entry.id] = entry
        self._rows[faiss_id] = Phrasing(entry.id, index)
        self._note(faiss_id, node_id, entry.id)

    def _remember_foreign(self, faiss_id: int, node: TextNode) -> None:
        self._forget_node_id(node.node_id)
        self._foreign[faiss_id] = node
        self._note(faiss_id, node.node_id, *_refs_of(node))

    def _note(self, faiss_id: int, node_id: str, *refs: str) -> None:
        self._version += 1
        self._ids_by_text = self._foreign_by_entry = None
        self._ids_by_filter = {}
        self._faiss_id_by_node[node_id] = faiss_id
        for ref in refs:
            self._ids_by_ref.setdefault(ref, []).append(faiss_id)

    def _forget_node_id(self, node_id: str) -> None:
        if node_id in self._faiss_id_by_node:
            self._forget([self._faiss_id_by_node[node_id]])

    def delete(self, ref_doc_id: str, **delete_kwargs: Any) -> None:
        self._forget(self._ids_by_ref.get(ref_doc_id, []))

    def delete_nodes(
        self,
        node_ids: Optional[List[str]] = None,
        filters: Optional[MetadataFilters] = None,
        **delete_kwargs: Any,
    ) -> None:
        """Delete the nodes that are in ``node_ids`` (any node, if None) and pass ``filters``."""
        if node_ids is None and filters is None:
            # SimpleVectorStore deletes everything here; a call that forgot its argument must not.
            raise ValueError("delete_nodes needs node_ids and/or filters (clear() deletes every node)")
        ids = self._selected_ids(node_ids=node_ids, filters=filters)
        self._forget(ids.tolist())

    def clear(self) -> None:
        self._forget([*self._rows, *self._foreign])

    def _forget(self, faiss_ids: Iterable[int]) -> None:
        faiss_ids = [i for i in faiss_ids if i in self._rows or i in self._foreign]
        if not faiss_ids:
            return
        self._index.remove_ids(np.asarray(faiss_ids, dtype=np.int64))
        self._version += 1
        self._ids_by_text = self._foreign_by_entry = None
        self._ids_by_filter = {}
        for faiss_id in faiss_ids:
            row = self._rows.pop(faiss_id, None)
            if row is not None:
                node_id, refs = phrasing_node_id(row.entry_id, row.index), (row.entry_id,)
            else:
                node = self._foreign.pop(faiss_id)
                node_id, refs = node.node_id, _refs_of(node)
            self._faiss_id_by_node.pop(node_id, None)
            for ref in refs:
                remaining = [i for i in self._ids_by_ref.get(ref, []) if i != faiss_id]
                if remaining:
                    self._ids_by_ref[ref] = remaining
                else:
                    self._ids_by_ref.pop(ref, None)
            if row is not None and not any(i in self._rows for i in self._ids_by_ref.get(row.entry_id, [])):
                self._entries.pop(row.entry_id, None)

    # -- reading ----------------------------------------------------------
    def query(self, query: VectorStoreQuery, **kwargs: Any) -> VectorStoreQueryResult:
        """The ``similarity_top_k`` nodes closest to the query embedding (cosine, best
        first) among those in ``node_ids``, of a document in ``doc_ids`` and passing
        ``filters``. None restricts nothing; ``doc_ids=[]`` selects nothing (as
        SimpleVectorStore) while an empty ``node_ids`` restricts nothing, as in LlamaIndex's
        text-storing stores: ``VectorStoreIndex.as_retriever()`` passes ``node_ids=[]`` for
        them (its node list is empty when the store keeps the nodes)."""
        if query.mode != VectorStoreQueryMode.DEFAULT:
            raise UnsupportedQueryError(
                f"FaqVectorStore searches by cosine only (mode 'default'), not {query.mode.value!r}: "
                "drop vector_store_query_mode, or rerank the results yourself (e.g. an MMR postprocessor)")
        if query.query_embedding is None:
            raise UnsupportedQueryError(
                "FaqVectorStore needs a query embedding (it has no text search: query_str alone is not enough)")
        node_ids = query.node_ids or None
        if query.doc_ids is None and node_ids is None:
            allowed = None if query.filters is None else self.ids_matching(query.filters)
        else:
            allowed = self._selected_ids(node_ids, query.doc_ids, query.filters)
        scores, ids = self._search(query.query_embedding, query.similarity_top_k, allowed=allowed)
        nodes = self._nodes_of(ids)
        return VectorStoreQueryResult(nodes=nodes, similarities=scores, ids=[n.node_id for n in nodes])

    def _selected_ids(self, node_ids: Optional[Sequence[str]] = None, doc_ids: Optional[Sequence[str]] = None,
                      filters: Optional[MetadataFilters] = None) -> np.ndarray:
        """FAISS ids of the rows in ``node_ids``, of ``doc_ids`` and passing ``filters``
        (None = no restriction), ascending."""
        if node_ids is not None:
            ids = np.unique(np.asarray([self._faiss_id_by_node[n] for n in node_ids if n in self._faiss_id_by_node],
                                       dtype=np.int64))
        else:
            ids = np.asarray(sorted([*self._rows, *self._foreign]), dtype=np.int64)
        if doc_ids is not None:
            ids = np.intersect1d(ids, [i for d in doc_ids for i in self._ids_by_ref.get(d, [])])
        if filters is not None:
            ids = np.intersect1d(ids, self.ids_matching(filters))
        return ids.astype(np.int64)

    def search_entries(self, embedding: Sequence[float], k: int,
                       filters: Optional[MetadataFilters] = None) -> tuple[list[str], list[float]]:
        """The entry id and cosine of each of the ``k`` best FAQ phrasings (among those
        passing ``filters``), best first; builds no nodes. Nodes that are not FAQ phrasings
        (a plain Document inserted beside the FAQ) are never among them."""
        if not self._foreign:  # every row is an FAQ row
            allowed = None if filters is None else self.ids_matching(filters)
        else:
            faq = self._faq_ids()
            allowed = faq if filters is None else np.intersect1d(faq, self.ids_matching(filters))
        scores, ids = self._search(embedding, k, allowed=allowed)
        return self._entry_ids_of(ids), scores

    def _entry_ids_of(self, faiss_ids: list[int]) -> list[str]:
        """The entry ids of FAQ rows, from a column of the rows' entry ids by FAISS id (made
        once per version of the store): a question's hits then read two arrays, not a
        Python object per hit scattered over the heap (which costs more after the model
        and the FAISS scan have evicted the caches)."""
        column = self._entry_column
        if column is None or column[0] != self._version:
            rows = self._rows
            ids = np.fromiter(sorted(rows), dtype=np.int64, count=len(rows))
            # Interned, as the scoring tables' entry ids are: a candidate's lookups there then
            # match by identity, without reading the (cold) strings.
            entries = np.asarray([sys.intern(rows[i].entry_id) for i in ids.tolist()], dtype=object)
            column = self._entry_column = (self._version, ids, entries)
        _, ids, entries = column
        if not len(ids) or not faiss_ids:
            return [self._entry_id_of(i) for i in faiss_ids]
        wanted = np.asarray(faiss_ids, dtype=np.int64)
        at = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
        found = entries[at].tolist()
        if np.array_equal(ids[at], wanted):
            return found
        # some hits are nodes other than FAQ rows (a Document beside the FAQ)
        return [found[k] if ids[at[k]] == i else self._entry_id_of(i) for k, i in enumerate(faiss_ids)]

    def _faq_ids(self) -> np.ndarray:
        """FAISS ids of FAQ rows: lean rows, and whole nodes carrying an FAQ entry's metadata."""
        key = "faq-rows"
        found = self._ids_by_filter.get(key)
        if found is None:
            foreign = [i for i, node in self._foreign.items() if _is_faq_metadata(node.metadata)]
            found = np.asarray(sorted([*self._rows, *foreign]), dtype=np.int64)
            self._ids_by_filter[key] = found
        return found

    def _search(self, embedding: Sequence[float], k: int,
                allowed: Optional[np.ndarray] = None) -> tuple[list[float], list[int]]:
        """Top ``k`` by cosine, among the FAISS ids ``allowed`` (None: all)."""
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 0:
            raise ValueError(f"similarity_top_k must be an int >= 0, got {k!r}")
        if min(k, len(self) if allowed is None else len(allowed)) <= 0:
            return [], []
        return search_flat(self._index, self._check_dimension(normalise_rows(embedding)), k, allowed)

    def ids_matching(self, filters: MetadataFilters) -> np.ndarray:
        """FAISS ids of the nodes whose metadata passes ``filters`` (LlamaIndex's own
        evaluation of every operator and condition), computed once per distinct filter
        until the store changes."""
        key = filters.model_dump_json()
        found = self._ids_by_filter.get(key)
        if found is None:
            by_entry: dict[str, dict[str, Any]] = {}  # each entry's metadata made once
            passes = metadata_filter_fn(lambda i: self._metadata_at(i, by_entry), filters)
            found = np.fromiter((i for i in sorted([*self._rows, *self._foreign]) if passes(i)),
                                dtype=np.int64)
            if len(self._ids_by_filter) >= FILTER_CACHE_SIZE:
                self._ids_by_filter = {}
            self._ids_by_filter[key] = found
        return found

    def _metadata_at(self, faiss_id: int, by_entry: dict[str, dict[str, Any]]) -> dict[str, Any]:
        """The metadata of row ``faiss_id``'s node, without building the node."""
        row = self._rows.get(faiss_id)
        if row is None:
            return self._foreign[faiss_id].metadata
        if row.entry_id not in by_entry:
            by_entry[row.entry_id] = entry_metadata(self._entries[row.entry_id])
        return {**by_entry[row.entry_id], PHRASING_INDEX: row.index}

    def search_many(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, list[list[TextNode]]]:
        """Batch search for evaluation and benchmarks: scores and nodes per query row."""
        vectors = self._check_dimension(normalise_rows(vectors))
        scores, ids = self._index.search(vectors, min(k, len(self)))
        return scores, [self._nodes_of([int(i) for i in row if i >= 0]) for row in ids]

    def get_nodes(
        self, node_ids: Optional[List[str]] = None, filters: Optional[MetadataFilters] = None
    ) -> List[BaseNode]:
        """The nodes in ``node_ids`` (in that order; unknown ids skipped) passing ``filters``;
        every node passing ``filters`` when ``node_ids`` is None."""
        if node_ids is None:
            ids = sorted([*self._rows, *self._foreign]) if filters is None else self.ids_matching(filters).tolist()
            return self._nodes_of(ids)
        ids = [self._faiss_id_by_node[n] for n in node_ids if n in self._faiss_id_by_node]
        if filters is not None:
            passing = set(self.ids_matching(filters).tolist())
            ids = [i for i in ids if i in passing]
        return self._nodes_of(ids)

    def _nodes_of(self, faiss_ids: Sequence[int]) -> list[TextNode]:
        """The nodes of these rows, in this order: phrasing nodes rebuilt, one parser run for all."""
        wanted = list(dict.fromkeys(self._rows[i].entry_id for i in faiss_ids if i in self._rows))
        built = {node.node_id: node for node in phrasing_nodes([self._entries[e] for e in wanted])}
        out = []
        for faiss_id in faiss_ids:
            row = self._rows.get(faiss_id)
            out.append(self._foreign[faiss_id] if row is None else built[phrasing_node_id(*row)])
        return out

    def entry(self, entry_id: str) -> Optional[FaqEntry]:
        """The FAQ entry ``entry_id`` as stored (from a node's metadata if it was added as one)."""
        found = self._entries.get(entry_id)
        if found is not None:
            return found
        if self._foreign_by_entry is None:
            self._foreign_by_entry = {}
            for faiss_id in sorted(self._foreign):
                self._foreign_by_entry.setdefault(self._entry_id_of(faiss_id), faiss_id)
        faiss_id = self._foreign_by_entry.get(entry_id)
        node = self._foreign.get(faiss_id) if faiss_id is not None else None
        return entry_from_metadata(node.metadata) if node is not None and "question" in node.metadata else None

    def entries(self) -> list[FaqEntry]:
        """Every FAQ entry in the store, once, in the order of their first row."""
        ids = dict.fromkeys(self._entry_id_of(i) for i in sorted([*self._rows, *self._foreign]))
        return [entry for entry in map(self.entry, ids) if entry is not None]

    def texts_by_entry(self) -> dict[str, list[str]]:
        """Each entry's phrasing texts in row order (the lexical index's documents)."""
        documents: dict[str, list[str]] = {}
        for faiss_id in sorted([*self._rows, *self._foreign]):
            documents.setdefault(self._entry_id_of(faiss_id), []).append(self._text_of(faiss_id))
        return documents

    def _entry_id_of(self, faiss_id: int) -> str:
        row = self._rows.get(faiss_id)
        if row is not None:
            return row.entry_id
        node = self._foreign[faiss_id]
        return node.metadata.get("faq_id") or node.ref_doc_id or node.node_id

    def _text_of(self, faiss_id: int) -> str:
        row = self._rows.get(faiss_id)
        return self._entries[row.entry_id].phrasings[row.index] if row is not None else self._foreign[faiss_id].get_content()

    def phrasing_cosines(self, embedding: Sequence[float], entry_id: str) -> list[tuple[str, float]]:
        """(text, cosine to ``embedding``) of each phrasing of ``entry_id``, in phrasing order:
        which of an entry's phrasings a question is closest to (the console shows it)."""
        ids = self._ids_by_ref.get(entry_id, [])
        if not ids:
            return []
        query = normalise_rows(embedding)[0]
        vectors = np.vstack([self._index.reconstruct(int(i)) for i in ids])
        return [(self._text_of(int(i)), float(v @ query)) for i, v in zip(ids, vectors)]

    def vector_of(self, node_id: str) -> np.ndarray:
        return self._index.reconstruct(self._faiss_id_by_node[node_id])

    def vector_for_text(self, text: str) -> Optional[np.ndarray]:
        """The stored vector of a row with exactly this text, if any (an embedding cache)."""
        if self._ids_by_text is None:
            self._ids_by_text = {self._text_of(i): i for i in sorted([*self._rows, *self._foreign])}
        faiss_id = self._ids_by_text.get(text)
        return None if faiss_id is None else self._index.reconstruct(faiss_id)

    def all_vectors(self) -> tuple[list[TextNode], np.ndarray]:
        """Every stored node with its vector, in FAISS id order (builds every node: for small stores)."""
        ids, vectors = self._ids_and_vectors()
        return self._nodes_of(ids.tolist()), vectors

    def entry_vectors(self) -> tuple[list[str], np.ndarray]:
        """The entry id of every row and its vector, in FAISS id order (the order of ``all_vectors``)."""
        ids, vectors = self._ids_and_vectors()
        return [self._entry_id_of(i) for i in ids.tolist()], vectors

    def vectors_at(self, positions: np.ndarray) -> np.ndarray:
        """The vectors of rows ``positions`` of :meth:`entry_vectors` (a copy), without copying the rest."""
        return _vectors_at(self._index, self.dimension, positions)

    def _ids_and_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        return ids_and_vectors(self._index, self.dimension)

    def _check_dimension(self, vectors: np.ndarray) -> np.ndarray:
        if vectors.shape[1] != self.dimension:
            raise DimensionMismatchError(
                f"vector has {vectors.shape[1]} dimensions but this FaqVectorStore has {self.dimension}: "
                "embed with the model the store was built with, or build a new store "
                f"(FaqVectorStore(dimension={vectors.shape[1]})); the bot's own index: re-index with "
                "`faqbot index --rebuild`"
            )
        return vectors

    # -- serialisation (see bot.index.storage for files and checksums) ----
    def persist(self, persist_path: str, fs: Any = None) -> None:
        """Write the store to one JSON file (LlamaIndex's ``StorageContext.persist`` calls
        this); read it back with :meth:`from_persist_path`. Checksummed, never pickled."""
        data = json.dumps({**_SIMPLE_STORE_GUARD, **self._document()}).encode("utf-8")
        if fs is not None:
            fs.makedirs(os.path.dirname(persist_path) or ".", exist_ok=True)
            with fs.open(persist_path, "wb") as handle:
                handle.write(data)
            return
        path = Path(persist_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)  # a crash mid-write leaves the previous file whole

    @classmethod
    def from_persist_dir(cls, persist_dir: str, namespace: str = "default", fs: Any = None) -> "FaqVectorStore":
        """The store ``StorageContext.persist(persist_dir)`` wrote (``{namespace}__vector_store.json``)::

            vector_store = FaqVectorStore.from_persist_dir(persist_dir)
            storage_context = StorageContext.from_defaults(persist_dir=persist_dir, vector_store=vector_store)
            index = load_index_from_storage(storage_context, embed_model=embed_model)
        """
        name = f"{namespace}{NAMESPACE_SEP}{DEFAULT_PERSIST_FNAME}"
        path = f"{str(persist_dir).rstrip('/')}/{name}" if fs is not None else os.path.join(persist_dir, name)
        return cls.from_persist_path(path, fs=fs)

    @classmethod
    def from_persist_path(cls, persist_path: str, fs: Any = None) -> "FaqVectorStore":
        """The store :meth:`persist` wrote; a damaged or foreign file raises ValueError."""
        if fs is not None:
            with fs.open(persist_path, "rb") as handle:
                data = handle.read()
        else:
            data = Path(persist_path).read_bytes()
        try:
            return cls._from_document(json.loads(data))
        except ValueError as error:
            raise ValueError(f"{persist_path}: {error}") from None

    def _document(self) -> dict[str, Any]:
        """The whole store as JSON-able data: FAISS bytes and rows, base64, checksummed."""
        parts = self.to_payload()
        return {
            "format": PERSIST_FORMAT,
            "dimension": self.dimension,
            "parts": [base64.b64encode(part).decode("ascii") for part in parts],
            "sha256": [hashlib.sha256(part).hexdigest() for part in parts],
        }

    @classmethod
    def _from_document(cls, document: Any) -> "FaqVectorStore":
        try:
            if not isinstance(document, dict) or document.get("format") != PERSIST_FORMAT:
                raise ValueError(f"not a {PERSIST_FORMAT} file (a SimpleVectorStore's? load that with "
                                 "SimpleVectorStore.from_persist_path)")
            parts = [base64.b64decode(part) for part in document["parts"]]
            if [hashlib.sha256(p).hexdigest() for p in parts] != document["sha256"]:
                raise ValueError("checksum mismatch")
            return cls.from_payload(int(document["dimension"]), *parts)
        except (ValueError, KeyError, TypeError, AttributeError, RuntimeError) as error:
            raise ValueError(f"cannot load a FaqVectorStore ({error})") from None

    # LlamaIndex's component serialisation (StorageContext.to_dict, from_dict) carries the
    # rows too: a store rebuilt from its dict is never silently empty.
    def to_dict(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().to_dict(**kwargs), "store": self._document()}

    @classmethod
    def from_dict(cls, data: dict[str, Any], **kwargs: Any) -> "FaqVectorStore":
        if "store" not in data:
            raise ValueError("a FaqVectorStore dict holds its rows under 'store' (made by to_dict())")
        store = cls._from_document(data["store"])
        if "dimension" in data and data["dimension"] != store.dimension:
            raise ValueError(f"cannot load a FaqVectorStore (dimension {data['dimension']} but rows of "
                             f"{store.dimension})")
        return store

    def to_payload(self) -> tuple[bytes, bytes]:
        """(FAISS index bytes, the rows as one JSON document: entries, lean rows, other nodes)."""
        index_bytes = faiss.serialize_index(self._index).tobytes()
        return index_bytes, self.rows_json()

    def rows_json(self) -> bytes:
        order = {entry_id: k for k, entry_id in enumerate(self._entries)}
        document = {
            "format": ROWS_FORMAT,
            "entries": [entry_record(entry) for entry in self._entries.values()],
            "rows": [[i, order[row.entry_id], row.index] for i, row in sorted(self._rows.items())],
            "nodes": [[i, node.model_dump(mode="json")] for i, node in sorted(self._foreign.items())],
        }
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_payload(cls, dimension: int, index_bytes: bytes, rows: bytes) -> "FaqVectorStore":
        """From :meth:`to_payload`'s parts; ``rows`` may also be the JSON lines of nodes that
        stores wrote before the lean rows (``{"faiss_id", "node"}`` per line)."""
        index = faiss.deserialize_index(np.frombuffer(index_bytes, dtype=np.uint8))
        return cls.from_index(dimension, index, rows)

    @classmethod
    def from_index(cls, dimension: int, index: Any, rows: bytes) -> "FaqVectorStore":
        """From a FAISS index already read and the rows bytes (see :meth:`from_payload`)."""
        if index.d != dimension:
            raise ValueError(f"FAISS index has dimension {index.d}, manifest says {dimension}")
        store = cls(dimension=dimension)
        store._index = index
        text = rows.decode("utf-8")
        if text.lstrip().startswith('{"faiss_id"'):
            store._read_node_lines(text)
        else:
            store._read_rows(json.loads(text))
        check_ids(index, {*store._rows, *store._foreign})
        store._next_id = max([*store._rows, *store._foreign], default=-1) + 1
        return store

    def _read_rows(self, document: Any) -> None:
        parsed = parse_rows(document)
        self._entries, self._rows, self._ids_by_ref = parsed.entries, parsed.rows, parsed.ids_by_entry
        self._faiss_id_by_node = {phrasing_node_id(*row): faiss_id for faiss_id, row in parsed.rows.items()}
        for faiss_id, node in parsed.nodes:
            self._remember_foreign(faiss_id, TextNode.model_validate(node))

    def _read_node_lines(self, text: str) -> None:
        """The node-per-line rows of the first index format: phrasing nodes become lean rows."""
        for line in text.splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            node = TextNode.model_validate(record["node"])
            lean = _as_phrasing(node)
            if lean is None:
                self._remember_foreign(int(record["faiss_id"]), node)
            else:
                self._remember_phrasing(int(record["faiss_id"]), *lean)


def _from_pickled_payload(dimension: int, index_bytes: bytes, rows: bytes) -> FaqVectorStore:
    return FaqVectorStore.from_payload(dimension, index_bytes, rows)


def metadata_filter_fn(metadata_of: Callable[[Any], Any], filters: MetadataFilters) -> Callable[[Any], bool]:
    """Whether a node passes ``filters``: LlamaIndex's own evaluation of every operator and
    condition (``build_metadata_filter_fn``), extended to nested ``MetadataFilters``, which
    combine like filters under their parent's condition (AND, OR, NOT = none of them)."""
    if not any(isinstance(f, MetadataFilters) for f in filters.filters):
        return build_metadata_filter_fn(metadata_of, filters)
    parts = [metadata_filter_fn(metadata_of, f) if isinstance(f, MetadataFilters)
             else build_metadata_filter_fn(metadata_of, MetadataFilters(filters=[f]))
             for f in filters.filters]
    condition = filters.condition or FilterCondition.AND
    if condition == FilterCondition.AND:
        return lambda key: all(part(key) for part in parts)
    if condition == FilterCondition.OR:
        return lambda key: any(part(key) for part in parts)
    if condition == FilterCondition.NOT:
        return lambda key: not any(part(key) for part in parts)
    raise ValueError(f"invalid filter condition {condition!r}")


def _refs_of(node: BaseNode) -> tuple[str, ...]:
    """What ``delete(ref_doc_id)`` finds a whole node by: its source document's id (as every
    LlamaIndex store; IngestionPipeline's upserts rely on it) and, for an FAQ node made from
    a plain Document holding several entries, its entry id too."""
    refs = [node.ref_doc_id or node.node_id]
    if _is_faq_metadata(node.metadata) and node.metadata["faq_id"] not in refs:
        refs.append(node.metadata["faq_id"])
    return tuple(refs)


def _is_faq_metadata(metadata: dict[str, Any]) -> bool:
    return isinstance(metadata.get("faq_id"), str) and isinstance(metadata.get("question"), str) \
        and isinstance(metadata.get("answer"), str)


def _as_phrasing(node: BaseNode) -> Optional[tuple[FaqEntry, int]]:
    """(entry, phrasing index) if ``node`` is exactly an FAQ phrasing node's content, else None.

    The metadata must be the entry's own plus the phrasing index, the id and text those of
    that phrasing: then :func:`~bot.faq.nodes.phrasing_nodes` rebuilds the node on read.
    """
    metadata = node.metadata
    if not isinstance(node, TextNode) or type(metadata.get(PHRASING_INDEX)) is not int or "question" not in metadata:
        return None
    try:
        entry = entry_from_metadata(metadata)
    except (KeyError, TypeError, ValueError):
        return None
    index = metadata[PHRASING_INDEX]
    # Nodes written before entries had per-language answers carry no "answers": none.
    if not 0 <= index < len(entry.phrasings) or {"answers": [], **metadata} != {
            **entry_metadata(entry), PHRASING_INDEX: index}:
        return None
    if node.node_id != phrasing_node_id(entry.id, index) or node.text != entry.phrasings[index]:
        return None
    return (entry, index) if node.ref_doc_id == entry.id else None

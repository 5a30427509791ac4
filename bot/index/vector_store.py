"""A FAISS vector store for FAQ phrasings: inner product over L2-normalised vectors.

Scores are cosine similarities (higher is better), so a similarity cutoff means what
it says. Unlike LlamaIndex's ``FaissMapVectorStore`` it deletes by entry
(``ref_doc_id``), never reuses an id after a delete, and serialises to JSON and FAISS's
binary format: loading never evaluates data. Queries may carry LlamaIndex
``MetadataFilters`` (e.g. ``category in [...]``): FAISS then searches only the matching
vectors (an id selector), so the top k are the best k that pass the filter.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path
from typing import Any, Iterable, List, Optional, Sequence

import faiss
import numpy as np
from llama_index.core.schema import BaseNode, TextNode
from llama_index.core.vector_stores.simple import build_metadata_filter_fn
from llama_index.core.vector_stores.types import (
    BasePydanticVectorStore,
    MetadataFilters,
    VectorStoreQuery,
    VectorStoreQueryResult,
)
from pydantic import PrivateAttr

from bot.embeddings.vectors import normalise_rows


PERSIST_FORMAT = "faqbot-vector-store/1"

# Distinct filters whose matching ids are kept (a Slack bot has one per channel setting).
FILTER_CACHE_SIZE = 256


class DimensionMismatchError(ValueError):
    pass


class FaqVectorStore(BasePydanticVectorStore):
    """Exact inner-product FAISS index (``IndexIDMap2(IndexFlatIP)``) plus the node payloads."""

    stores_text: bool = True
    dimension: int

    _index: Any = PrivateAttr()
    _nodes: dict[int, TextNode] = PrivateAttr(default_factory=dict)
    _faiss_id_by_node: dict[str, int] = PrivateAttr(default_factory=dict)
    _ids_by_ref: dict[str, list[int]] = PrivateAttr(default_factory=dict)
    _next_id: int = PrivateAttr(default=0)
    _json_lines: dict[int, str] = PrivateAttr(default_factory=dict)
    _ids_by_text: Optional[dict[str, int]] = PrivateAttr(default=None)
    _ids_by_filter: dict[str, np.ndarray] = PrivateAttr(default_factory=dict)

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

    def copy(self) -> "FaqVectorStore":
        """An independent copy to modify while this one keeps serving."""
        other = FaqVectorStore(dimension=self.dimension)
        other._index = faiss.clone_index(self._index)
        other._nodes = dict(self._nodes)
        other._faiss_id_by_node = dict(self._faiss_id_by_node)
        other._ids_by_ref = {ref: list(ids) for ref, ids in self._ids_by_ref.items()}
        other._next_id = self._next_id
        other._json_lines = dict(self._json_lines)
        return other

    # -- writing ----------------------------------------------------------
    def add(self, nodes: Sequence[BaseNode], **kwargs: Any) -> List[str]:
        if not nodes:
            return []
        vectors = self._check_dimension(normalise_rows([node.get_embedding() for node in nodes]))
        ids = np.arange(self._next_id, self._next_id + len(nodes), dtype=np.int64)
        self._next_id += len(nodes)
        self._index.add_with_ids(vectors, ids)
        for faiss_id, node in zip(ids.tolist(), nodes):
            self._remember(faiss_id, node)
        return [node.node_id for node in nodes]

    def _remember(self, faiss_id: int, node: BaseNode) -> None:
        self._ids_by_text = None
        self._ids_by_filter = {}
        # the vector lives in FAISS only
        stored = node if node.embedding is None else node.model_copy(update={"embedding": None})
        if node.node_id in self._faiss_id_by_node:
            self._forget([self._faiss_id_by_node[node.node_id]])
        self._nodes[faiss_id] = stored
        self._faiss_id_by_node[stored.node_id] = faiss_id
        self._ids_by_ref.setdefault(stored.ref_doc_id or stored.node_id, []).append(faiss_id)

    def delete(self, ref_doc_id: str, **delete_kwargs: Any) -> None:
        self._forget(self._ids_by_ref.get(ref_doc_id, []))

    def delete_nodes(
        self,
        node_ids: Optional[List[str]] = None,
        filters: Optional[MetadataFilters] = None,
        **delete_kwargs: Any,
    ) -> None:
        if filters is not None:
            raise NotImplementedError("FaqVectorStore does not filter by metadata")
        ids = [self._faiss_id_by_node[n] for n in node_ids or [] if n in self._faiss_id_by_node]
        self._forget(ids)

    def clear(self) -> None:
        self._forget(list(self._nodes))

    def _forget(self, faiss_ids: Iterable[int]) -> None:
        faiss_ids = [i for i in faiss_ids if i in self._nodes]
        if not faiss_ids:
            return
        self._index.remove_ids(np.asarray(faiss_ids, dtype=np.int64))
        self._ids_by_text = None
        self._ids_by_filter = {}
        for faiss_id in faiss_ids:
            self._json_lines.pop(faiss_id, None)
            node = self._nodes.pop(faiss_id)
            self._faiss_id_by_node.pop(node.node_id, None)
            ref = node.ref_doc_id or node.node_id
            remaining = [i for i in self._ids_by_ref.get(ref, []) if i != faiss_id]
            if remaining:
                self._ids_by_ref[ref] = remaining
            else:
                self._ids_by_ref.pop(ref, None)

    # -- reading ----------------------------------------------------------
    def query(self, query: VectorStoreQuery, **kwargs: Any) -> VectorStoreQueryResult:
        if query.query_embedding is None:
            raise ValueError("FaqVectorStore needs a query embedding")
        vector = self._check_dimension(normalise_rows(query.query_embedding))
        if query.filters is None:
            k, params = min(query.similarity_top_k, len(self)), None
        else:
            allowed = self.ids_matching(query.filters)
            k = min(query.similarity_top_k, len(allowed))
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
        if k == 0:
            return VectorStoreQueryResult(nodes=[], similarities=[], ids=[])
        scores, ids = self._index.search(vector, k, params=params)
        hits = [(float(s), int(i)) for s, i in zip(scores[0], ids[0]) if i >= 0]
        nodes = [self._nodes[i] for _, i in hits]
        return VectorStoreQueryResult(
            nodes=nodes,
            similarities=[s for s, _ in hits],
            ids=[n.node_id for n in nodes],
        )

    def ids_matching(self, filters: MetadataFilters) -> np.ndarray:
        """FAISS ids of the nodes whose metadata passes ``filters`` (LlamaIndex's own
        evaluation of every operator and condition), computed once per distinct filter
        until the store changes."""
        key = filters.model_dump_json()
        found = self._ids_by_filter.get(key)
        if found is None:
            passes = build_metadata_filter_fn(lambda i: self._nodes[i].metadata, filters)
            found = np.fromiter((i for i in self._nodes if passes(i)), dtype=np.int64)
            if len(self._ids_by_filter) >= FILTER_CACHE_SIZE:
                self._ids_by_filter = {}
            self._ids_by_filter[key] = found
        return found

    def search_many(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, list[list[TextNode]]]:
        """Batch search for evaluation and benchmarks: scores and nodes per query row."""
        vectors = self._check_dimension(normalise_rows(vectors))
        scores, ids = self._index.search(vectors, min(k, len(self)))
        nodes = [[self._nodes[int(i)] for i in row if i >= 0] for row in ids]
        return scores, nodes

    def get_nodes(
        self, node_ids: Optional[List[str]] = None, filters: Optional[MetadataFilters] = None
    ) -> List[BaseNode]:
        if node_ids is None:
            return list(self._nodes.values())
        return [self._nodes[self._faiss_id_by_node[n]] for n in node_ids if n in self._faiss_id_by_node]

    def vector_of(self, node_id: str) -> np.ndarray:
        return self._index.reconstruct(self._faiss_id_by_node[node_id])

    def vector_for_text(self, text: str) -> Optional[np.ndarray]:
        """The stored vector of a node with exactly this text, if any (an embedding cache)."""
        if self._ids_by_text is None:
            self._ids_by_text = {node.text: faiss_id for faiss_id, node in self._nodes.items()}
        faiss_id = self._ids_by_text.get(text)
        return None if faiss_id is None else self._index.reconstruct(faiss_id)

    def all_vectors(self) -> tuple[list[TextNode], np.ndarray]:
        """Every stored node with its vector, in FAISS id order."""
        if not self._nodes:
            return [], np.zeros((0, self.dimension), dtype=np.float32)
        # One bulk copy out of the flat index (rows in insertion order, ids beside them)
        # instead of a reconstruct() call per vector: 20,000 calls took ~0.2 s.
        ids = faiss.vector_to_array(self._index.id_map)
        vectors = self._index.index.reconstruct_n(0, self._index.ntotal)
        order = np.argsort(ids, kind="stable")
        return [self._nodes[int(i)] for i in ids[order]], vectors[order]

    def _check_dimension(self, vectors: np.ndarray) -> np.ndarray:
        if vectors.shape[1] != self.dimension:
            raise DimensionMismatchError(
                f"vector has {vectors.shape[1]} dimensions but the index has {self.dimension}: "
                "the embedding model changed, run `faqbot index` to re-index"
            )
        return vectors

    # -- serialisation (see bot.index.storage for files and checksums) ----
    def persist(self, persist_path: str, fs: Any = None) -> None:
        """Write the store to one JSON file (LlamaIndex's ``StorageContext.persist`` calls
        this); read it back with :meth:`from_persist_path`. Checksummed, never pickled."""
        parts = self.to_payload()
        document = {
            "format": PERSIST_FORMAT,
            "dimension": self.dimension,
            "parts": [base64.b64encode(part).decode("ascii") for part in parts],
            "sha256": [hashlib.sha256(part).hexdigest() for part in parts],
        }
        data = json.dumps(document).encode("utf-8")
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
    def from_persist_path(cls, persist_path: str, fs: Any = None) -> "FaqVectorStore":
        """The store :meth:`persist` wrote; a damaged or foreign file raises ValueError."""
        if fs is not None:
            with fs.open(persist_path, "rb") as handle:
                data = handle.read()
        else:
            data = Path(persist_path).read_bytes()
        try:
            document = json.loads(data)
            if document.get("format") != PERSIST_FORMAT:
                raise ValueError(f"not a {PERSIST_FORMAT} file")
            parts = [base64.b64decode(part) for part in document["parts"]]
            if [hashlib.sha256(p).hexdigest() for p in parts] != document["sha256"]:
                raise ValueError("checksum mismatch")
            return cls.from_payload(int(document["dimension"]), *parts)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"{persist_path}: cannot load a FaqVectorStore ({error})") from None

    def to_payload(self) -> tuple[bytes, bytes]:
        """(FAISS index bytes, nodes as JSON lines keyed by FAISS id)."""
        index_bytes = faiss.serialize_index(self._index).tobytes()
        lines = [self._json_line(i) for i in sorted(self._nodes)]
        return index_bytes, ("\n".join(lines) + "\n").encode("utf-8")

    def _json_line(self, faiss_id: int) -> str:
        # Stored nodes never change, so each is serialised once.
        line = self._json_lines.get(faiss_id)
        if line is None:
            node = self._nodes[faiss_id].model_dump(mode="json")
            line = json.dumps({"faiss_id": faiss_id, "node": node}, ensure_ascii=False)
            self._json_lines[faiss_id] = line
        return line

    @classmethod
    def from_payload(cls, dimension: int, index_bytes: bytes, nodes_jsonl: bytes) -> "FaqVectorStore":
        store = cls(dimension=dimension)
        index = faiss.deserialize_index(np.frombuffer(index_bytes, dtype=np.uint8))
        if index.d != dimension:
            raise ValueError(f"FAISS index has dimension {index.d}, manifest says {dimension}")
        store._index = index
        for line in nodes_jsonl.decode("utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            node = TextNode.model_validate(record["node"])
            store._remember(int(record["faiss_id"]), node)
            store._json_lines[int(record["faiss_id"])] = line
        if len(store._nodes) != index.ntotal:
            raise ValueError(f"{len(store._nodes)} nodes but {index.ntotal} vectors")
        store._next_id = max(store._nodes, default=-1) + 1
        return store

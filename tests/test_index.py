"""The FAISS store and its on-disk generations: cosine scores, deletes, checksums, no eval."""

import json
import os

import numpy as np
import pytest
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.core.vector_stores.types import VectorStoreQuery

from bot.index.storage import (
    CURRENT,
    ROWS,
    EmbeddingSignature,
    IndexCorruptError,
    IndexMismatchError,
    Manifest,
    load_index,
    save_index,
)
from bot.index.vector_store import DimensionMismatchError, FaqVectorStore

SIGNATURE = EmbeddingSignature("local", "m", 3, "e5")


def node(node_id, entry, vector):
    n = TextNode(id_=node_id, text=node_id, embedding=list(vector), metadata={"faq_id": entry})
    n.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=entry)
    return n


def small_store():
    store = FaqVectorStore(dimension=3)
    store.add([
        node("a#0", "a", [1, 0, 0]), node("a#1", "a", [0.8, 0.6, 0]),
        node("b#0", "b", [0, 1, 0]), node("c#0", "c", [0, 0, 5]),
    ])
    return store


def test_scores_are_cosine_similarities_highest_first():
    result = small_store().query(VectorStoreQuery(query_embedding=[2, 0, 0], similarity_top_k=3))
    assert result.ids[:2] == ["a#0", "a#1"]
    assert np.allclose(result.similarities, [1.0, 0.8, 0.0], atol=1e-6)


def test_delete_by_entry_removes_every_phrasing_and_ids_are_never_reused():
    store = small_store()
    store.delete("a")
    assert len(store) == 2
    store.add([node("d#0", "d", [1, 0, 0])])
    result = store.query(VectorStoreQuery(query_embedding=[1, 0, 0], similarity_top_k=1))
    assert result.ids == ["d#0"]
    assert store.client.id_map.at(store.client.ntotal - 1) == 4  # after 0..3, never reused


def test_all_vectors_pairs_each_node_with_its_own_vector_after_deletes_and_adds(tmp_path):
    store = small_store()
    store.delete("b")
    store.add([node("d#0", "d", [0, 0.6, 0.8])])
    store.delete_nodes(["a#0"])
    for candidate in (store, FaqVectorStore.from_payload(3, *store.to_payload())):
        nodes, vectors = candidate.all_vectors()
        assert [n.node_id for n in nodes] == ["a#1", "c#0", "d#0"]
        assert np.allclose(vectors, [[0.8, 0.6, 0], [0, 0, 1], [0, 0.6, 0.8]], atol=1e-6)


def test_wrong_dimension_is_refused():
    with pytest.raises(DimensionMismatchError, match="re-index"):
        small_store().query(VectorStoreQuery(query_embedding=[1, 0], similarity_top_k=1))


def save(tmp_path, store=None):
    return save_index(tmp_path, store or small_store(), Manifest(signature=SIGNATURE, entries={"a": "h"}))


def test_round_trip_through_disk(tmp_path):
    save(tmp_path)
    loaded = load_index(tmp_path, expected=SIGNATURE)
    result = loaded.store.query(VectorStoreQuery(query_embedding=[0, 1, 0], similarity_top_k=1))
    assert result.ids == ["b#0"] and loaded.manifest.entries == {"a": "h"}


def test_loading_with_another_embedding_setup_says_reindex(tmp_path):
    save(tmp_path)
    other = EmbeddingSignature("sglang", "Qwen/Qwen3-Embedding-0.6B", 1024, "qwen3:x")
    with pytest.raises(IndexMismatchError, match="faqbot index --rebuild") as caught:
        load_index(tmp_path, expected=other)
    assert "dimension: index has 3, configured 1024" in str(caught.value)


def test_tampered_files_fail_checksums_and_are_never_executed(tmp_path):
    generation = save(tmp_path)
    rows = tmp_path / generation / ROWS
    marker = tmp_path / "pwned"
    rows.write_text(f'__import__("pathlib").Path("{marker}").write_text("x")\n')
    with pytest.raises(IndexCorruptError, match="checksum"):
        load_index(tmp_path)
    assert not marker.exists()


def test_checksummed_but_malformed_payload_is_reported_not_evaluated(tmp_path):
    generation = save(tmp_path)
    folder = tmp_path / generation
    payload = b'{"format": "faqbot-rows/2", "entries": [], "rows": [], "nodes": [[0, "__import__(\'os\').system(\'false\')"]]}'
    (folder / ROWS).write_bytes(payload)
    manifest = json.loads((folder / "manifest.json").read_text())
    import hashlib
    manifest["files"][ROWS] = hashlib.sha256(payload).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexCorruptError, match="cannot be parsed"):
        load_index(tmp_path)


def test_interrupted_save_leaves_the_previous_index_loadable(tmp_path, monkeypatch):
    save(tmp_path)
    before = (tmp_path / CURRENT).read_text()
    calls = []

    def crash_on_pointer_swap(src, dst):
        calls.append(dst)
        if str(dst).endswith(CURRENT):
            raise KeyboardInterrupt("killed mid-write")
        return real_replace(src, dst)

    real_replace = os.replace
    monkeypatch.setattr(os, "replace", crash_on_pointer_swap)
    store = small_store()
    store.delete("b")
    with pytest.raises(KeyboardInterrupt):
        save(tmp_path, store)
    monkeypatch.undo()
    assert (tmp_path / CURRENT).read_text() == before
    assert len(load_index(tmp_path).store) == 4
    save(tmp_path, store)  # the next save cleans up and goes live
    assert len(load_index(tmp_path).store) == 3
    assert len(list(tmp_path.glob("gen-*"))) == 2


def test_a_copy_changes_without_touching_the_served_original():
    original = small_store()
    copy = original.copy()
    copy.delete("a")
    copy.add([node("e#0", "e", [1, 0, 0])])
    hit = lambda store: store.query(VectorStoreQuery(query_embedding=[1, 0, 0], similarity_top_k=1)).ids
    assert hit(original) == ["a#0"] and len(original) == 4
    assert hit(copy) == ["e#0"] and len(copy) == 3
    assert copy.vector_for_text("a#0") is None and original.vector_for_text("a#0") is not None

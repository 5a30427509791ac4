"""The lean index format (2): phrasing rows, stored scoring tables, and format 1 indexes still served.

``fixtures/index-format-1`` is a real index written by the format 1 code (commit 53f992e,
``FaqService.build`` over conftest's SHOP_FAQ with the embedded e5 model): nodes.jsonl
holds one LlamaIndex node per phrasing.
"""

import hashlib
import json
import shutil
from pathlib import Path
from typing import List

import numpy as np
import pytest
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import TextNode
from llama_index.core.vector_stores.types import VectorStoreQuery

from bot.config import Settings
from bot.faq.nodes import phrasing_nodes
from bot.faq.reader import load_faq_folder
from bot.index.storage import (
    FORMAT_VERSION,
    NODES,
    ROWS,
    IndexCorruptError,
    load_index,
)
from bot.index.vector_store import FaqVectorStore
from bot.retrieval import aggregation, lexical
from bot.retrieval.lexical import LexicalIndex
from bot.retrieval.scoring_tables import AGGREGATION, LEXICON
from bot.service import FaqService
from conftest import SHOP_FAQ, write_faq

FIXTURE = Path(__file__).parent / "fixtures" / "index-format-1"
QUESTIONS = ["how long until my package shows up", "I want my money back", "忘记密码", "change my e-mail"]


class RefusingEmbedding(BaseEmbedding):
    """Knows the e5 dimension; fails the test if anything is embedded."""

    dimension: int = 384

    def _get_query_embedding(self, query: str) -> List[float]:
        raise AssertionError(f"embedded {query!r}")

    async def _aget_query_embedding(self, query: str) -> List[float]:
        raise AssertionError(f"embedded {query!r}")

    def _get_text_embedding(self, text: str) -> List[float]:
        raise AssertionError(f"embedded {text!r}")


@pytest.fixture
def old_index(settings) -> Settings:
    shutil.copytree(FIXTURE, settings.index_dir)
    return settings


def answers(service):
    return [[(c.node.metadata["faq_id"], c.score) for c in service.answer(q).candidates] for q in QUESTIONS]


def test_format_1_index_loads_and_answers(old_index, local_embed_model):
    stored = load_index(old_index.index_dir)
    assert stored.manifest.format == 1 and NODES in stored.manifest.files
    assert len(stored.store) == 11 and not stored.tables
    service = FaqService(old_index, embed_model=local_embed_model)
    service.load(build_if_missing=False)  # a reader: serves it as it is, computing the tables
    assert service.answer("how long until my package shows up").match.id == "shipping-time"


def test_format_1_index_is_rewritten_as_format_2_reusing_its_vectors(old_index, local_embed_model):
    before = load_index(old_index.index_dir)
    old_answers = answers(_loaded(FaqService(old_index, embed_model=local_embed_model), build=False))

    FaqService(old_index, embed_model=RefusingEmbedding()).load()  # converts without embedding anything

    after = load_index(old_index.index_dir)
    assert after.generation != before.generation and after.manifest.format == FORMAT_VERSION
    assert ROWS in after.manifest.files and NODES not in after.manifest.files
    assert set(after.tables) == {AGGREGATION, LEXICON}
    assert after.manifest.entries == before.manifest.entries
    for entry in after.store.entries():
        for text in entry.phrasings:
            assert np.array_equal(after.store.vector_for_text(text), before.store.vector_for_text(text))
    for name, view in before.views.items():
        assert np.array_equal(after.views[name].vectors, view.vectors)
    assert answers(_loaded(FaqService(old_index, embed_model=local_embed_model), build=False)) == old_answers


def test_tampered_format_1_file_fails_its_checksum(old_index):
    nodes = next(old_index.index_dir.glob("gen-*")) / NODES
    nodes.write_bytes(nodes.read_bytes().replace(b"Orders ship", b"Orders slip"))
    with pytest.raises(IndexCorruptError, match="checksum"):
        load_index(old_index.index_dir)


def _loaded(service, build=True):
    service.load(build_if_missing=build)
    return service


def test_stored_tables_are_used_without_recomputing_and_score_exactly_alike(settings, local_embed_model, monkeypatch):
    FaqService(settings, embed_model=local_embed_model).build()
    fresh = answers(_loaded(FaqService(settings, embed_model=local_embed_model)))

    def refuse(*args, **kwargs):
        raise AssertionError("computed at load")

    with monkeypatch.context() as patch:
        patch.setattr(aggregation.EntrySpace, "__init__", refuse)
        patch.setattr(LexicalIndex, "__init__", refuse)
        from_tables = answers(_loaded(FaqService(settings, embed_model=local_embed_model)))
    assert from_tables == fresh

    # the same scores as computing everything at load, as format 1 did
    stored = load_index(settings.index_dir)
    stored.tables = {}
    computing = FaqService(settings, embed_model=local_embed_model)
    computing._install(stored)
    assert answers(computing) == fresh


def test_tables_for_other_parameters_are_not_trusted(settings, local_embed_model):
    from bot.index.storage import update_calibration

    service = FaqService(settings, embed_model=local_embed_model)
    service.build()
    update_calibration(settings.index_dir, {"aggregation": {"shrinkage": 1.0, "centering_prior": 5.0}})
    stored = load_index(settings.index_dir)
    scorer = service._tables.scorer(stored)  # the stored table is for the model's defaults
    params = aggregation.WhitenedAggregation(shrinkage=1.0, centering_prior=5.0)
    entry_ids, vectors = stored.store.entry_vectors()
    expected = aggregation.EntrySpace(entry_ids, vectors, params)
    assert np.array_equal(scorer.phrasings.transform, expected.transform)
    service.load()  # a writer stores the tables for the new parameters
    assert load_index(settings.index_dir).manifest.tables[AGGREGATION] == params.fingerprint()


def test_lexical_tables_round_trip_and_drop_terms_no_entry_uses(settings):
    documents = {"a": ["refund my order", "money back"], "b": ["reset password", "忘记密码了怎么办"]}
    old = LexicalIndex(documents)
    edited = LexicalIndex({**documents, "b": ["change my email"]}, previous=old)
    assert edited.unused_terms > 0
    table = edited.to_tables()
    loaded = LexicalIndex.from_tables(table, lambda: {**documents, "b": ["change my email"]})
    fresh = LexicalIndex({**documents, "b": ["change my email"]})
    assert len(table.meta["vocabulary"]) == len(fresh._vocabulary)
    for text in ["my money back please", "email change", "密码", "nothing alike"]:
        assert np.array_equal(loaded.score(text, ["a", "b", "zz"]), fresh.score(text, ["a", "b", "zz"]))
    again = LexicalIndex({**documents, "c": ["track parcel"], "b": ["change my email"]}, previous=loaded)
    assert np.array_equal(again.score("track my parcel", ["c"]),
                          LexicalIndex({**documents, "c": ["track parcel"], "b": ["change my email"]})
                          .score("track my parcel", ["c"]))


def test_tampered_table_fails_its_checksum_and_unlisted_arrays_are_refused(settings, local_embed_model):
    FaqService(settings, embed_model=local_embed_model).build()
    stored = load_index(settings.index_dir)
    folder = settings.index_dir / stored.generation
    white = folder / "table-aggregation-phrasings_white.npy"
    white.write_bytes(white.read_bytes()[:-4] + b"\0\0\0\0")
    with pytest.raises(IndexCorruptError, match="checksum"):
        load_index(settings.index_dir)

    FaqService(settings, embed_model=local_embed_model).build(rebuild=True)
    stored = load_index(settings.index_dir)
    folder = settings.index_dir / stored.generation
    table = folder / "table-lexicon.json"
    document = json.loads(table.read_text())
    document["arrays"].append("smuggled")
    (folder / "table-lexicon-smuggled.npy").write_bytes(b"not checked")
    _rewrite(folder, table.name, json.dumps(document).encode())
    with pytest.raises(IndexCorruptError, match="not in the manifest"):
        load_index(settings.index_dir)


def _rewrite(folder: Path, name: str, payload: bytes) -> None:
    """Replace a file and fix its checksum, as an attacker with write access could."""
    (folder / name).write_bytes(payload)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["files"][name] = hashlib.sha256(payload).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest))


def test_malformed_rows_are_reported_not_trusted(settings, local_embed_model):
    FaqService(settings, embed_model=local_embed_model).build()
    folder = settings.index_dir / load_index(settings.index_dir).generation
    rows = json.loads((folder / ROWS).read_text())
    rows["rows"][0][2] = 99  # a phrasing the entry does not have
    _rewrite(folder, ROWS, json.dumps(rows).encode())
    with pytest.raises(IndexCorruptError, match="points outside"):
        load_index(settings.index_dir)
    rows["rows"][0][2] = 0
    rows["entries"][0]["line"] = "8"
    _rewrite(folder, ROWS, json.dumps(rows).encode())
    with pytest.raises(IndexCorruptError, match="'line'"):
        load_index(settings.index_dir)


def test_store_keeps_parser_nodes_lean_and_gives_them_back_equal(faq_dir):
    entries = load_faq_folder(faq_dir).entries
    nodes = phrasing_nodes(entries)
    rng = np.random.default_rng(0)
    for node in nodes:
        node.embedding = rng.normal(size=8).tolist()
    other = TextNode(id_="own-node", text="a developer's own node", embedding=rng.normal(size=8).tolist(),
                     metadata={"faq_id": "own", "kind": "note"})
    store = FaqVectorStore(dimension=8)
    store.add([*nodes, other])
    payload = store.to_payload()
    rows = json.loads(payload[1])
    assert len(rows["rows"]) == len(nodes) and len(rows["entries"]) == len(entries)
    assert [item[1]["id_"] for item in rows["nodes"]] == ["own-node"]  # only the foreign node is stored whole

    for candidate in (store, FaqVectorStore.from_payload(8, *payload)):
        got = candidate.get_nodes()
        expected = [n.model_copy(update={"embedding": None}) for n in [*nodes, other]]
        assert [n.model_dump() for n in got] == [n.model_dump() for n in expected]
        hit = candidate.query(VectorStoreQuery(query_embedding=nodes[3].embedding, similarity_top_k=1))
        assert hit.ids == [nodes[3].node_id] and hit.nodes[0].model_dump() == expected[3].model_dump()
        assert candidate.search_entries(nodes[3].embedding, 1)[0] == [nodes[3].metadata["faq_id"]]
        assert candidate.entry("refund") == next(e for e in entries if e.id == "refund")

    store.delete("refund")
    assert store.entry("refund") is None and "refund" not in {e.id for e in store.entries()}
    assert len(store) == len(nodes) + 1 - 3


def test_a_node_that_differs_from_its_entry_is_stored_whole(faq_dir):
    entry = load_faq_folder(faq_dir).entries[0]
    node = phrasing_nodes([entry])[0]
    node.metadata["answer"] = "edited by hand"
    node.embedding = [1.0, 0.0]
    store = FaqVectorStore(dimension=2)
    store.add([node])
    back = FaqVectorStore.from_payload(2, *store.to_payload()).get_nodes()[0]
    assert back.metadata["answer"] == "edited by hand"

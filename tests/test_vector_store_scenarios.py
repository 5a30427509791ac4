"""FaqVectorStore against the scenarios of llama-index-core's own SimpleVectorStore tests
(tests/vector_stores/test_simple.py, test_simple_doc_ids.py, test_metadata_filters_logic.py
in run-llama/llama_index), written as our own: the same nodes, queries and expectations.

Scores here are cosines (FaqVectorStore normalises), which rank these vectors as
SimpleVectorStore's dot products do. Nodes that are not FAQ phrasings are kept whole.
"""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest
from llama_index.core import MockEmbedding, StorageContext, VectorStoreIndex, load_index_from_storage
from llama_index.core.schema import Document, NodeRelationship, QueryBundle, RelatedNodeInfo, TextNode
from llama_index.core.vector_stores.types import (
    ExactMatchFilter,
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
    VectorStoreQueryMode,
)

from bot.index.vector_store import FaqVectorStore, UnsupportedQueryError

A = "AF3BE6C4-5F43-4D74-B075-6B0E07900DE8"  # weight 1, rank a
B = "7D9CD555-846C-445C-A9DD-F8924A01411D"  # weight 2, rank c
C = "452D24AB-F185-414C-A352-590B4B9EE51B"  # weight 3, rank c


def _nodes() -> list[TextNode]:
    def node(node_id, embedding, source, metadata):
        return TextNode(text="lorem ipsum", id_=node_id, embedding=embedding, metadata=metadata,
                        relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=source)})

    return [
        node(A, [1.0, 0.0], "test-0", {"weight": 1.0, "rank": "a", "quality": ["medium", "high"],
                                       "identifier": "6FTR78Yun"}),
        node(B, [0.0, 1.0], "test-1", {"weight": 2.0, "rank": "c", "quality": ["medium"],
                                       "identifier": "6FTR78Ygl"}),
        node(C, [1.0, 1.0], "test-2", {"weight": 3.0, "rank": "c", "quality": ["low", "medium", "high"],
                                       "identifier": "6FTR78Ztl"}),
    ]


@pytest.fixture
def store() -> FaqVectorStore:
    store = FaqVectorStore(dimension=2)
    store.add(_nodes())
    return store


def _ids(store, filters=None, top_k=3, **query) -> list[str]:
    result = store.query(VectorStoreQuery(query_embedding=[1.0, 1.0], similarity_top_k=top_k, filters=filters,
                                          **query))
    assert result.ids == [n.node_id for n in result.nodes] and len(result.similarities) == len(result.ids)
    return result.ids


def _one(key, operator, value, condition=None) -> MetadataFilters:
    return MetadataFilters(filters=[MetadataFilter(key=key, operator=operator, value=value)], condition=condition)


# -- test_simple.py -------------------------------------------------------------
def test_query_without_filters_returns_all_rows_sorted_by_similarity(store):
    ids = _ids(store)
    assert sorted(ids) == sorted([A, B, C]) and ids[0] == C


def test_query_with_filters_returns_multiple_matches(store):
    assert _ids(store, MetadataFilters(filters=[ExactMatchFilter(key="rank", value="c")])) == [C, B]


def test_query_with_filter_applies_top_k(store):
    assert _ids(store, MetadataFilters(filters=[ExactMatchFilter(key="rank", value="c")]), top_k=1) == [C]


def test_query_with_filter_applies_node_id_filter(store):
    filters = MetadataFilters(filters=[ExactMatchFilter(key="rank", value="c")])
    assert _ids(store, filters, node_ids=[C]) == [C]


def test_query_with_exact_filters_returns_single_match(store):
    filters = MetadataFilters(filters=[ExactMatchFilter(key="rank", value="c"),
                                       ExactMatchFilter(key="weight", value=2.0)])
    assert _ids(store, filters) == [B]


def test_query_with_contradictive_filter_returns_no_matches(store):
    filters = MetadataFilters(filters=[ExactMatchFilter(key="weight", value=2),
                                       ExactMatchFilter(key="weight", value=3)])
    assert _ids(store, filters) == []


def test_query_with_filter_on_unknown_field_returns_no_matches(store):
    assert _ids(store, MetadataFilters(filters=[ExactMatchFilter(key="unknown_field", value="c")])) == []


def test_delete_removes_document_from_query_results(store):
    store.delete("test-1")
    assert _ids(store, top_k=2) == [C, A]


def test_query_with_filter_condition_or_and(store):
    both = [ExactMatchFilter(key="rank", value="c"), ExactMatchFilter(key="weight", value=1.0)]
    assert len(_ids(store, MetadataFilters(filters=both, condition=FilterCondition.OR))) == 3
    assert _ids(store, MetadataFilters(filters=both, condition=FilterCondition.AND)) == []


def test_query_with_not_filter_returns_matches(store):
    assert sorted(_ids(store, _one("rank", FilterOperator.EQ, "a", FilterCondition.NOT))) == sorted([B, C])


@pytest.mark.parametrize(("key", "operator", "value", "expected"), [
    ("weight", FilterOperator.EQ, 1.0, {A}),
    ("weight", FilterOperator.NE, 1.0, {B, C}),
    ("weight", FilterOperator.GT, 1.5, {B, C}),
    ("weight", FilterOperator.GTE, 1.0, {A, B, C}),
    ("weight", FilterOperator.LT, 1.1, {A}),
    ("weight", FilterOperator.LTE, 1.0, {A}),
    ("rank", FilterOperator.IN, ["a", "c"], {A, B, C}),
    ("rank", FilterOperator.NIN, ["c"], {A}),
    ("quality", FilterOperator.CONTAINS, "high", {A, C}),
    ("identifier", FilterOperator.TEXT_MATCH, "6FTR78Y", {A, B}),
    ("identifier", FilterOperator.TEXT_MATCH_INSENSITIVE, "6ftr78z", {C}),
    ("quality", FilterOperator.ANY, ["high", "low"], {A, C}),
    ("quality", FilterOperator.ALL, ["medium", "high"], {A, C}),
    ("not_existed_key", FilterOperator.IS_EMPTY, None, {A, B, C}),
])
def test_every_filter_operator(store, key, operator, value, expected):
    assert set(_ids(store, _one(key, operator, value))) == expected


def test_clear(store):
    store.clear()
    assert _ids(store) == [] and len(store) == 0 and store.get_nodes() == []


def test_delete_nodes(store):
    store.delete_nodes([A, B])
    assert _ids(store) == [C]


def test_delete_nodes_by_filters_and_by_both(store):
    store.delete_nodes(filters=_one("rank", FilterOperator.EQ, "c"))
    assert _ids(store) == [A]
    store.add(_nodes()[1:])
    store.delete_nodes([A, B], filters=_one("rank", FilterOperator.EQ, "c"))  # only B is both
    assert sorted(_ids(store)) == sorted([A, C])
    with pytest.raises(ValueError, match="needs node_ids and/or filters"):
        store.delete_nodes()  # a forgotten argument never deletes everything
    assert len(store) == 2


def test_get_nodes_by_ids_and_filters(store):
    assert [n.node_id for n in store.get_nodes([C, A])] == [C, A]
    assert {n.node_id for n in store.get_nodes(filters=_one("rank", FilterOperator.EQ, "c"))} == {B, C}
    assert [n.node_id for n in store.get_nodes([A, B], filters=_one("rank", FilterOperator.EQ, "c"))] == [B]
    assert store.get_nodes(["missing"]) == []


# -- test_metadata_filters_logic.py: conditions, missing keys, nesting -----------
def test_none_condition_defaults_to_and(store):
    filters = MetadataFilters(filters=[MetadataFilter(key="rank", operator=FilterOperator.NE, value="a"),
                                       MetadataFilter(key="weight", operator=FilterOperator.GTE, value=2.0)],
                              condition=None)
    assert sorted(_ids(store, filters)) == sorted([B, C])


def test_ne_and_nin_match_missing_keys_eq_does_not(store):
    assert len(_ids(store, _one("missing", FilterOperator.NE, "news"))) == 3
    assert len(_ids(store, _one("missing", FilterOperator.NIN, ["news", "blog"]))) == 3
    assert _ids(store, _one("missing", FilterOperator.EQ, "news")) == []
    assert set(_ids(store, _one("missing", FilterOperator.NE, "news"))) == set(
        _ids(store, _one("missing", FilterOperator.EQ, "news", FilterCondition.NOT)))


def test_text_match_on_a_number_is_a_type_error(store):
    with pytest.raises(TypeError):
        _ids(store, _one("weight", FilterOperator.TEXT_MATCH, "1"))


def test_nested_filters_combine_under_their_parent_condition(store):
    # (rank == a) OR (rank == c AND weight >= 3)  ->  A, C
    nested = MetadataFilters(filters=[
        MetadataFilter(key="rank", operator=FilterOperator.EQ, value="a"),
        MetadataFilters(filters=[MetadataFilter(key="rank", operator=FilterOperator.EQ, value="c"),
                                 MetadataFilter(key="weight", operator=FilterOperator.GTE, value=3.0)],
                        condition=FilterCondition.AND),
    ], condition=FilterCondition.OR)
    assert sorted(_ids(store, nested)) == sorted([A, C])
    # NOT((quality contains low) OR (weight < 1.5))  ->  B
    negated = MetadataFilters(filters=[
        MetadataFilters(filters=[MetadataFilter(key="quality", operator=FilterOperator.CONTAINS, value="low"),
                                 MetadataFilter(key="weight", operator=FilterOperator.LT, value=1.5)],
                        condition=FilterCondition.OR),
    ], condition=FilterCondition.NOT)
    assert _ids(store, negated) == [B]


# -- test_simple_doc_ids.py ------------------------------------------------------
def _document_nodes() -> list[TextNode]:
    return [TextNode(id_=f"{doc}-{chunk}", text=f"Document {doc}, chunk {chunk}", embedding=[1.0, float(chunk)],
                     relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=doc)},
                     metadata={"chunk": chunk})
            for doc in ["a", "b"] for chunk in [0, 1]]


@pytest.mark.parametrize(("doc_ids", "expected"), [
    (None, {"a-0", "a-1", "b-0", "b-1"}), ([], set()), (["missing"], set()), (["a"], {"a-0", "a-1"}),
])
def test_retriever_constrains_source_documents(doc_ids, expected):
    store = FaqVectorStore(dimension=2)
    index = VectorStoreIndex(_document_nodes(), embed_model=MockEmbedding(embed_dim=2),
                             storage_context=StorageContext.from_defaults(vector_store=store))
    retriever = index.as_retriever(doc_ids=doc_ids, similarity_top_k=10)
    results = retriever.retrieve(QueryBundle(query_str="test", embedding=[1.0, 0.0]))
    assert {item.node.node_id for item in results} == expected


def test_an_empty_node_id_list_restricts_nothing(store):
    # VectorStoreIndex.as_retriever() passes node_ids=[] for stores that keep the nodes.
    assert len(_ids(store, node_ids=[])) == 3


def test_document_node_and_metadata_filters_intersect():
    store = FaqVectorStore(dimension=2)
    store.add(_document_nodes())
    store.add([TextNode(id_="a-2", text="x", embedding=[1.0, 0.0], metadata={"chunk": 1},
                        relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id="a")})])
    result = store.query(VectorStoreQuery(
        query_embedding=[1.0, 0.0], similarity_top_k=10, doc_ids=["a"], node_ids=["a-0", "a-1", "b-1"],
        filters=MetadataFilters(filters=[ExactMatchFilter(key="chunk", value=1)])))
    assert result.ids == ["a-1"]


@pytest.mark.parametrize("mode", [VectorStoreQueryMode.MMR, VectorStoreQueryMode.SVM,
                                  VectorStoreQueryMode.LINEAR_REGRESSION, VectorStoreQueryMode.HYBRID])
def test_a_mode_it_does_not_support_is_refused_not_approximated(store, mode):
    with pytest.raises(UnsupportedQueryError, match="cosine only"):
        store.query(VectorStoreQuery(query_embedding=[1.0, 1.0], mode=mode))
    index = VectorStoreIndex.from_vector_store(store, embed_model=MockEmbedding(embed_dim=2))
    with pytest.raises(UnsupportedQueryError):
        index.as_retriever(vector_store_query_mode=mode).retrieve(QueryBundle("q", embedding=[1.0, 1.0]))


# -- persist and reload through StorageContext / load_index_from_storage ----------
def _persisted_index(folder: Path) -> None:
    store = FaqVectorStore(dimension=2)
    index = VectorStoreIndex(_document_nodes(), embed_model=MockEmbedding(embed_dim=2),
                             storage_context=StorageContext.from_defaults(vector_store=store))
    index.storage_context.persist(str(folder))


def test_reload_through_load_index_from_storage(tmp_path):
    _persisted_index(tmp_path)
    store = FaqVectorStore.from_persist_dir(str(tmp_path))
    context = StorageContext.from_defaults(persist_dir=str(tmp_path), vector_store=store)
    index = load_index_from_storage(context, embed_model=MockEmbedding(embed_dim=2))
    assert index.vector_store is store and len(store) == 4
    hits = index.as_retriever(similarity_top_k=2, doc_ids=["b"]).retrieve(QueryBundle("q", embedding=[1.0, 1.0]))
    assert [h.node.node_id for h in hits] == ["b-1", "b-0"] and hits[0].node.text == "Document b, chunk 1"


def test_the_default_loader_fails_saying_how_to_load_it(tmp_path):
    # Without this, StorageContext.from_defaults read the file as an empty SimpleVectorStore.
    _persisted_index(tmp_path)
    with pytest.raises(ValueError, match=r"FaqVectorStore.from_persist_dir"):
        load_index_from_storage(StorageContext.from_defaults(persist_dir=str(tmp_path)))


# -- pickle and deepcopy keep the data ------------------------------------------------
def test_pickle_and_deepcopy_keep_every_node(store):
    for other in (pickle.loads(pickle.dumps(store)), copy.deepcopy(store)):
        assert len(other) == 3 and _ids(other) == _ids(store)
        assert other.get_nodes([A])[0].metadata == store.get_nodes([A])[0].metadata
        other.delete("test-2")
        assert len(store) == 3  # independent


def test_to_dict_and_from_dict_keep_every_node(store):
    again = FaqVectorStore.from_dict(store.to_dict())
    assert len(again) == 3 and _ids(again) == _ids(store)
    assert FaqVectorStore.from_json(store.to_json()).get_nodes([B])[0].metadata["rank"] == "c"
    with pytest.raises(ValueError, match="holds its rows under 'store'"):
        FaqVectorStore.from_dict({"dimension": 2, "class_name": "FaqVectorStore"})


# -- validation ---------------------------------------------------------------------
@pytest.mark.parametrize("dimension", [0, -3, "384", 2.5, True])
def test_dimension_must_be_a_positive_int(dimension):
    with pytest.raises(ValueError, match="dimension"):
        FaqVectorStore(dimension=dimension)


def test_a_dimension_mismatch_does_not_talk_about_the_cli_alone(store):
    with pytest.raises(ValueError, match=r"has 2.*FaqVectorStore\(dimension=3\)"):
        store.query(VectorStoreQuery(query_embedding=[1.0, 1.0, 1.0]))


def test_a_query_without_embedding_is_a_clear_error(store):
    with pytest.raises(UnsupportedQueryError, match="needs a query embedding"):
        store.query(VectorStoreQuery(query_str="lorem"))


def test_plain_documents_through_a_vector_store_index(tmp_path):
    store = FaqVectorStore(dimension=2)
    index = VectorStoreIndex.from_documents([Document(text="one", id_="d1"), Document(text="two", id_="d2")],
                                            embed_model=MockEmbedding(embed_dim=2),
                                            storage_context=StorageContext.from_defaults(vector_store=store))
    assert len(store) == 2
    index.delete_ref_doc("d1")
    assert [n.ref_doc_id for n in store.get_nodes()] == ["d2"]

"""LlamaIndex retriever returning one scored node per FAQ entry.

Each entry is stored as several phrasing vectors (question + alternates). The
retriever searches phrasings and groups the hits by entry. Without an ``entry_space``
each entry scores its best-matching phrasing's cosine; with one (what ``FaqService``
installs, see :mod:`bot.retrieval.aggregation`) the candidate entries are rescored from
all their phrasings in a whitened space, which ranks better. Either way the raw best
cosine is kept in ``node.metadata["cosine"]`` and the entry score in
``node.metadata["entry_score"]`` (and, with an entry space, the question's typicality for
the entry in ``node.metadata["typicality"]``). Use it anywhere LlamaIndex takes a retriever, e.g.
``RetrieverQueryEngine(retriever, node_postprocessors=[...])``. ``filters`` (LlamaIndex
``MetadataFilters``, e.g. :func:`bot.retrieval.policy.category_filters`) restrict the search
to the phrasings that pass them: the entries returned are the best that pass.
"""

from __future__ import annotations

import logging
from typing import Any, List, Optional

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.vector_stores.types import MetadataFilters

from bot.faq.nodes import entry_to_node
from bot.index.vector_store import FaqVectorStore
from bot.retrieval.aggregation import EntryScorer, EntrySpace
# Grouping and scoring are plain functions (bot/retrieval/scoring.py), shared with the
# answer path that does not import LlamaIndex.
from bot.retrieval.scoring import (  # noqa: F401
    COSINE,
    ENTRY_SCORE,
    MAX_QUERY_CHARS,
    MIN_PHRASING_POOL,
    PHRASINGS_PER_ENTRY,
    TYPICALITY,
    EntryHit,
    phrasing_pool,
    rank_entries,
)

log = logging.getLogger(__name__)


def with_metadata(node: TextNode, values: dict[str, Any]) -> TextNode:
    """A copy of ``node`` with extra metadata that is hidden from embeddings and LLMs."""
    hidden = [k for k in values]
    return node.model_copy(update={
        "metadata": {**node.metadata, **values},
        "excluded_embed_metadata_keys": list(dict.fromkeys([*node.excluded_embed_metadata_keys, *hidden])),
        "excluded_llm_metadata_keys": list(dict.fromkeys([*node.excluded_llm_metadata_keys, *hidden])),
    })


class FaqRetriever(BaseRetriever):
    """Retrieve the ``similarity_top_k`` best FAQ entries for a question.

    ``similarity_cutoff`` drops entries whose entry score is below it. The entry score
    is not the bot's confidence: for the bot's answer/decline decision use the
    postprocessors of :class:`~bot.retrieval.answer.FaqAnswerer` (``node_postprocessors``).

    Only FAQ entries are returned: a node in the store that is not an FAQ phrasing (a
    plain ``Document`` inserted beside the FAQ) is never a candidate; retrieve those with
    ``VectorStoreIndex.as_retriever()``. A question is read up to ``max_query_chars``
    characters. Entry nodes are cached only while the store is unchanged (its ``version``).
    """

    def __init__(
        self,
        vector_store: FaqVectorStore,
        embed_model: BaseEmbedding,
        similarity_top_k: int = 5,
        callback_manager: Optional[CallbackManager] = None,
        entry_space: Optional[EntryScorer | EntrySpace] = None,
        similarity_cutoff: Optional[float] = None,
        filters: Optional[MetadataFilters] = None,
        max_query_chars: int = MAX_QUERY_CHARS,
        **kwargs: Any,
    ) -> None:
        if not isinstance(vector_store, FaqVectorStore):
            raise TypeError(f"FaqRetriever needs a FaqVectorStore, got {type(vector_store).__name__} "
                            "(use VectorStoreIndex.as_retriever() for other vector stores)")
        if not isinstance(embed_model, BaseEmbedding):
            raise TypeError(f"embed_model must be a LlamaIndex BaseEmbedding, got {type(embed_model).__name__}")
        if isinstance(similarity_top_k, bool) or not isinstance(similarity_top_k, int) or similarity_top_k < 1:
            raise ValueError(f"similarity_top_k must be an int >= 1, got {similarity_top_k!r}")
        if isinstance(max_query_chars, bool) or not isinstance(max_query_chars, int) or max_query_chars < 1:
            raise ValueError(f"max_query_chars must be an int >= 1, got {max_query_chars!r}")
        super().__init__(callback_manager=callback_manager, **kwargs)
        self.vector_store = vector_store
        self.embed_model = embed_model
        self.similarity_top_k = similarity_top_k
        self.entry_space = entry_space  # the property: remembers the store version it fits
        self.similarity_cutoff = similarity_cutoff
        self.filters = filters
        self.max_query_chars = max_query_chars
        self._entry_nodes: dict[str, TextNode] = {}
        self._cached_from: tuple[Optional[FaqVectorStore], int] = (None, -1)

    @property
    def entry_space(self) -> Optional[EntryScorer | EntrySpace]:
        """Entry scores from a whitened space (bot/retrieval/aggregation.py), or None: raw
        best cosines. A space is statistics of the store's vectors as they were when it was
        set: once the store changes it is no longer used (a warning says so), until a space
        built from the changed store is set."""
        return self._entry_space

    @entry_space.setter
    def entry_space(self, space: Optional[EntryScorer | EntrySpace]) -> None:
        self._entry_space = space
        self._space_fits = (self.vector_store, self.vector_store.version)
        self._warned_stale_space = False

    def _current_space(self) -> Optional[EntryScorer | EntrySpace]:
        store, version = self._space_fits
        if self._entry_space is None or (store is self.vector_store and version == self.vector_store.version):
            return self._entry_space
        if not self._warned_stale_space:
            log.warning("FaqRetriever: the store changed after its entry_space was built; scoring by best "
                        "cosine until a new one is set (entry_space = WhitenedAggregation().build(store))")
            self._warned_stale_space = True
        return None

    def _bounded(self, query_bundle: QueryBundle) -> str:
        """The question as read: its first ``max_query_chars`` characters. The bundle is
        cut too, so postprocessors after the retriever (lexical scoring) read the same."""
        if len(query_bundle.query_str) > self.max_query_chars:
            query_bundle.query_str = query_bundle.query_str[:self.max_query_chars]
        return query_bundle.query_str

    def _retrieve(self, query_bundle: QueryBundle) -> List[NodeWithScore]:
        question = self._bounded(query_bundle)
        if query_bundle.embedding is None:
            query_bundle.embedding = self.embed_model.get_query_embedding(question)
        return self.retrieve_by_embedding(query_bundle.embedding)

    async def _aretrieve(self, query_bundle: QueryBundle) -> List[NodeWithScore]:
        question = self._bounded(query_bundle)
        if query_bundle.embedding is None:
            query_bundle.embedding = await self.embed_model.aget_query_embedding(question)
        return self.retrieve_by_embedding(query_bundle.embedding)

    def retrieve_by_embedding(self, embedding: List[float],
                              filters: Optional[MetadataFilters] = None) -> List[NodeWithScore]:
        """The best entries for a question's embedding; ``filters`` replace the retriever's own."""
        return [self.node_of(hit) for hit in self.rank(embedding, filters)]

    def rank(self, embedding: List[float], filters: Optional[MetadataFilters] = None) -> List[EntryHit]:
        """The best entries for a question's embedding as plain records, best first: what
        :meth:`retrieve_by_embedding` makes nodes of (:meth:`node_of`)."""
        # Entry ids straight from the store: nodes are made only for the entries returned.
        entry_ids, similarities = self.vector_store.search_entries(
            embedding, phrasing_pool(self.similarity_top_k), filters or self.filters)
        return self._ranked(entry_ids, similarities, embedding)

    def group_by_entry(self, entry_ids, similarities, embedding=None) -> List[NodeWithScore]:
        """One node per entry among the phrasing hits (their entry ids and cosines), best
        ``similarity_top_k`` first."""
        return [self.node_of(hit) for hit in self._ranked(entry_ids, similarities, embedding)]

    def _ranked(self, entry_ids, similarities, embedding) -> List[EntryHit]:
        return rank_entries(entry_ids, similarities, embedding, self._current_space(), self.similarity_top_k,
                            self.similarity_cutoff)

    def node_of(self, hit: EntryHit, score: Optional[float] = None,
                extra: Optional[dict[str, Any]] = None) -> NodeWithScore:
        """``hit``'s entry as a node with its features (and ``extra``) in the metadata,
        scored ``score`` (default: the entry score)."""
        features = hit_features(hit) if extra is None else {**hit_features(hit), **extra}
        return NodeWithScore(node=with_metadata(self._entry_node(hit.entry_id), features),
                             score=hit.score if score is None else score)

    def _entry_node(self, entry_id: str) -> TextNode:
        store = self.vector_store
        if self._cached_from[0] is not store or self._cached_from[1] != store.version:
            # The store changed (an upsert, a delete) or was replaced: cached nodes may be stale.
            self._entry_nodes = {}
            self._cached_from = (store, store.version)
        node = self._entry_nodes.get(entry_id)
        if node is None:
            entry = store.entry(entry_id)
            if entry is None:
                raise KeyError(f"the vector store holds no FAQ entry {entry_id!r} (nodes need FAQ metadata)")
            node = entry_to_node(entry)
            self._entry_nodes[entry_id] = node
        return node


def hit_features(hit: EntryHit) -> dict[str, float]:
    """A hit's features as node metadata."""
    features = {COSINE: hit.cosine, ENTRY_SCORE: hit.score}
    if hit.typicality is not None:
        features[TYPICALITY] = hit.typicality
    return features

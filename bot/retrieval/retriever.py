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

from typing import Any, List, Optional

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.vector_stores.types import MetadataFilters

from bot.faq.nodes import entry_to_node
from bot.index.vector_store import FaqVectorStore
from bot.retrieval.aggregation import EntryScorer, EntrySpace

COSINE = "cosine"
ENTRY_SCORE = "entry_score"
TYPICALITY = "typicality"

# Search this many phrasings per wanted entry, so entries with several close
# phrasings do not crowd out the runner-ups.
PHRASINGS_PER_ENTRY = 8
MIN_PHRASING_POOL = 64


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
        **kwargs: Any,
    ) -> None:
        super().__init__(callback_manager=callback_manager, **kwargs)
        self.vector_store = vector_store
        self.embed_model = embed_model
        self.similarity_top_k = similarity_top_k
        self.entry_space = entry_space
        self.similarity_cutoff = similarity_cutoff
        self.filters = filters
        self._entry_nodes: dict[str, TextNode] = {}

    def _retrieve(self, query_bundle: QueryBundle) -> List[NodeWithScore]:
        if query_bundle.embedding is None:
            query_bundle.embedding = self.embed_model.get_query_embedding(query_bundle.query_str)
        return self.retrieve_by_embedding(query_bundle.embedding)

    async def _aretrieve(self, query_bundle: QueryBundle) -> List[NodeWithScore]:
        if query_bundle.embedding is None:
            query_bundle.embedding = await self.embed_model.aget_query_embedding(query_bundle.query_str)
        return self.retrieve_by_embedding(query_bundle.embedding)

    def retrieve_by_embedding(self, embedding: List[float],
                              filters: Optional[MetadataFilters] = None) -> List[NodeWithScore]:
        """The best entries for a question's embedding; ``filters`` replace the retriever's own."""
        pool = max(MIN_PHRASING_POOL, self.similarity_top_k * PHRASINGS_PER_ENTRY)
        # Entry ids straight from the store: nodes are made only for the entries returned.
        entry_ids, similarities = self.vector_store.search_entries(embedding, pool, filters or self.filters)
        return self.group_by_entry(entry_ids, similarities, embedding)

    def group_by_entry(self, entry_ids, similarities, embedding=None) -> List[NodeWithScore]:
        """One node per entry among the phrasing hits (their entry ids and cosines), best
        ``similarity_top_k`` first."""
        best: dict[str, float] = {}
        for entry_id, score in zip(entry_ids, similarities):
            if entry_id not in best or score > best[entry_id]:
                best[entry_id] = float(score)
        scores = dict(best)
        features = {entry_id: {COSINE: cosine, ENTRY_SCORE: cosine} for entry_id, cosine in best.items()}
        if self.entry_space is not None and embedding is not None and best:
            ids = list(best)
            found = self.entry_space.score(embedding, ids)
            for k, entry_id in enumerate(ids):
                if found.score[k] == found.score[k]:  # not NaN: the entry is in the space
                    scores[entry_id] = float(found.score[k])
                    features[entry_id] = {COSINE: float(found.cosine[k]), ENTRY_SCORE: scores[entry_id],
                                          TYPICALITY: float(found.typicality[k])}
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)[: self.similarity_top_k]
        if self.similarity_cutoff is not None:
            ranked = [i for i in ranked if scores[i] >= self.similarity_cutoff]
        return [
            NodeWithScore(node=with_metadata(self._entry_node(i), features[i]), score=scores[i])
            for i in ranked
        ]

    def _entry_node(self, entry_id: str) -> TextNode:
        node = self._entry_nodes.get(entry_id)
        if node is None:
            entry = self.vector_store.entry(entry_id)
            if entry is None:
                raise KeyError(f"the vector store holds no FAQ entry {entry_id!r} (nodes need FAQ metadata)")
            node = entry_to_node(entry)
            self._entry_nodes[entry_id] = node
        return node

"""FAQ entries as LlamaIndex objects.

One :class:`~llama_index.core.schema.Document` per entry (from the reader), split by
:class:`FaqPhrasingNodeParser` into one ``TextNode`` per phrasing: the question and
each alternate become separate vectors whose ``ref_doc_id`` is the entry id, so they
group back into their entry at query time. The answer rides along in metadata that is
excluded from the embedded text.
"""

from __future__ import annotations

from typing import Any, Sequence

from llama_index.core.node_parser import NodeParser
from llama_index.core.schema import BaseNode, Document, NodeRelationship, TextNode

from bot.faq.entry import FaqEntry

ENTRY_KEYS = ("faq_id", "question", "alternates", "answer", "source", "line",
              "category", "tags", "language", "content_hash")
PHRASING_INDEX = "phrasing_index"
# An LLM reading a retrieved node should see the question, answer and where it came from.
_HIDDEN_FROM_LLM = ["faq_id", "alternates", "line", "content_hash", "tags", "language", PHRASING_INDEX]


def entry_metadata(entry: FaqEntry) -> dict[str, Any]:
    return {
        "faq_id": entry.id,
        "question": entry.question,
        "alternates": list(entry.alternates),
        "answer": entry.answer,
        "source": entry.source,
        "line": entry.line,
        "category": entry.category,
        "tags": list(entry.tags),
        "language": entry.language,
        "content_hash": entry.content_hash(),
    }


def entry_from_metadata(metadata: dict[str, Any]) -> FaqEntry:
    return FaqEntry(
        id=metadata["faq_id"],
        question=metadata["question"],
        answer=metadata["answer"],
        alternates=tuple(metadata.get("alternates") or ()),
        source=metadata.get("source") or "",
        line=int(metadata.get("line") or 0),
        category=metadata.get("category"),
        tags=tuple(metadata.get("tags") or ()),
        language=metadata.get("language"),
    )


def entry_to_document(entry: FaqEntry) -> Document:
    """The entry as a Document: its text is the question; the answer is metadata only."""
    metadata = entry_metadata(entry)
    return Document(
        id_=entry.id,
        text=entry.question,
        metadata=metadata,
        excluded_embed_metadata_keys=list(metadata),
        excluded_llm_metadata_keys=list(_HIDDEN_FROM_LLM),
    )


def entry_to_node(entry: FaqEntry) -> TextNode:
    """The node a retriever returns for a whole entry: text is the answer."""
    metadata = entry_metadata(entry)
    return TextNode(
        id_=entry.id,
        text=entry.answer,
        metadata=metadata,
        excluded_embed_metadata_keys=list(metadata),
        excluded_llm_metadata_keys=list(_HIDDEN_FROM_LLM),
    )


def phrasing_node_id(entry_id: str, index: int) -> str:
    return f"{entry_id}#{index}"


class FaqPhrasingNodeParser(NodeParser):
    """Split FAQ entry Documents into one node per phrasing (question, then alternates)."""

    @classmethod
    def class_name(cls) -> str:
        return "FaqPhrasingNodeParser"

    def _parse_nodes(
        self, nodes: Sequence[BaseNode], show_progress: bool = False, **kwargs: Any
    ) -> list[BaseNode]:
        out: list[BaseNode] = []
        for document in nodes:
            metadata = dict(document.metadata)
            phrasings = [metadata["question"], *metadata.get("alternates", [])]
            for index, text in enumerate(phrasings):
                node_metadata = {**metadata, PHRASING_INDEX: index}
                node = TextNode(
                    id_=phrasing_node_id(metadata["faq_id"], index),
                    text=text,
                    metadata=node_metadata,
                    excluded_embed_metadata_keys=list(node_metadata),
                    excluded_llm_metadata_keys=list(_HIDDEN_FROM_LLM),
                )
                node.relationships[NodeRelationship.SOURCE] = document.as_related_node_info()
                out.append(node)
        return out


def phrasing_nodes(entries: Sequence[FaqEntry]) -> list[TextNode]:
    documents = [entry_to_document(entry) for entry in entries]
    return FaqPhrasingNodeParser().get_nodes_from_documents(documents)

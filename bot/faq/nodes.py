"""FAQ entries as LlamaIndex objects.

One :class:`~llama_index.core.schema.Document` per entry (from the reader), split by
:class:`FaqPhrasingNodeParser` into one ``TextNode`` per phrasing: the question and
each alternate become separate vectors whose ``ref_doc_id`` is the entry id, so they
group back into their entry at query time. The answer rides along in metadata that is
excluded from the embedded text.
"""

from __future__ import annotations

import re
from typing import Any, Optional, Sequence

from llama_index.core.node_parser import NodeParser
from llama_index.core.schema import BaseNode, Document, NodeRelationship, TextNode
from pydantic import Field

from bot.faq.entry import FaqEntry, FaqError, LocalisedAnswer, phrasing_node_id  # noqa: F401
from bot.faq.markdown import parse_faq_markdown

ENTRY_KEYS = ("faq_id", "question", "alternates", "answer", "answers", "source", "line",
              "category", "tags", "language", "content_hash")
PHRASING_INDEX = "phrasing_index"
# An LLM reading a retrieved node should see the question, answer and where it came from.
# The per-language answers are hidden too: the (default) answer already reaches it.
_HIDDEN_FROM_LLM = ["faq_id", "alternates", "answers", "line", "content_hash", "tags", "language",
                    PHRASING_INDEX]
# An entry node's text is its answer: the answer in metadata too would reach an LLM twice.
_HIDDEN_FROM_LLM_IN_ENTRY_NODES = [*_HIDDEN_FROM_LLM, "answer"]


def entry_metadata(entry: FaqEntry) -> dict[str, Any]:
    return {
        "faq_id": entry.id,
        "question": entry.question,
        "alternates": list(entry.alternates),
        "answer": entry.answer,
        # [[language, text], ...] in file order: JSON has no tuples, and order is meaning
        # (the first block is the fallback).
        "answers": [[a.language, a.text] for a in entry.answers],
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
        answers=tuple(LocalisedAnswer(str(language), str(text))
                      for language, text in metadata.get("answers") or ()),
        alternates=tuple(metadata.get("alternates") or ()),
        source=metadata.get("source") or "",
        line=int(metadata.get("line") or 0),
        category=metadata.get("category"),
        tags=tuple(metadata.get("tags") or ()),
        language=metadata.get("language"),
    )


def entry_to_document(entry: FaqEntry, extra_info: Optional[dict[str, Any]] = None) -> Document:
    """The entry as a Document: its text is the question; the answer is metadata only.

    ``extra_info`` (say, a file reader's file metadata) is kept in the metadata, hidden
    from embeddings and LLMs; it never overrides the entry's own fields.
    """
    extra = {k: v for k, v in (extra_info or {}).items() if k not in ENTRY_KEYS}
    metadata = {**extra, **entry_metadata(entry)}
    return Document(
        id_=entry.id,
        text=entry.question,
        metadata=metadata,
        excluded_embed_metadata_keys=list(metadata),
        excluded_llm_metadata_keys=[*_HIDDEN_FROM_LLM, *extra],
    )


def entry_to_node(entry: FaqEntry) -> TextNode:
    """The node a retriever returns for a whole entry: text is the answer."""
    metadata = entry_metadata(entry)
    return TextNode(
        id_=entry.id,
        text=entry.answer,
        metadata=metadata,
        excluded_embed_metadata_keys=list(metadata),
        excluded_llm_metadata_keys=list(_HIDDEN_FROM_LLM_IN_ENTRY_NODES),
    )


_ID_LINE = re.compile(r"^id\s*:", re.IGNORECASE)
_FIELD_LINE = re.compile(r"^(alternates\s*:|\s*[-*+]\s)", re.IGNORECASE)


def entries_without_id_line(text: str, entries: Sequence[FaqEntry]) -> list[FaqEntry]:
    """The entries of ``text`` (parsed from it) with no ``id:`` line among the fields after
    their heading (before the answer starts): their ids were derived from the question."""
    lines = text.splitlines()
    missing = []
    for entry in entries:
        has_id = False
        for line in lines[entry.line:]:  # entry.line is the heading's 1-based line
            if _ID_LINE.match(line):
                has_id = True
                break
            if line.strip() and not _FIELD_LINE.match(line):
                break  # the answer has started
        if not has_id:
            missing.append(entry)
    return missing


class FaqPhrasingNodeParser(NodeParser):
    """Split FAQ entry Documents into one node per phrasing (question, then alternates).

    Documents from :class:`~bot.faq.reader.FaqMarkdownReader` are one entry each. Any
    other Document (say, a whole file read by ``SimpleDirectoryReader``'s plain text
    reader) is parsed as FAQ markdown, so its entries become nodes just the same; text
    that holds no FAQ entry raises :class:`~bot.faq.entry.FaqError` naming the document,
    as does an entry without an ``id:`` line unless ``require_ids`` is False (the rules of
    :class:`~bot.faq.reader.FaqMarkdownReader`).
    """

    require_ids: bool = Field(
        default=True, description="Entries parsed from plain Documents must carry an 'id:' line "
        "(their stable ref_doc_id); False derives ids from the questions.")

    @classmethod
    def class_name(cls) -> str:
        return "FaqPhrasingNodeParser"

    @classmethod
    def from_dict(cls, data: dict[str, Any], **kwargs: Any) -> "FaqPhrasingNodeParser":
        # Node ids here derive from entry ids, never from id_func; and LlamaIndex's
        # serialised id_func (a name) does not validate back into a callable.
        return super().from_dict({k: v for k, v in data.items() if k != "id_func"}, **kwargs)

    def _parse_nodes(
        self, nodes: Sequence[BaseNode], show_progress: bool = False, **kwargs: Any
    ) -> list[BaseNode]:
        out: list[BaseNode] = []
        for document in nodes:
            for entry_document in _entry_documents(document, self.require_ids):
                out.extend(_phrasing_nodes_of(entry_document, source=document))
        return out


def _entry_documents(document: BaseNode, require_ids: bool = True) -> list[BaseNode]:
    """``document`` if it is one FAQ entry, else the entries its text holds as FAQ markdown."""
    if "faq_id" in document.metadata and "question" in document.metadata:
        return [document]
    source = str(document.metadata.get("file_path") or document.metadata.get("file_name")
                 or f"document {document.node_id}")
    text = document.get_content()
    entries = parse_faq_markdown(text, source)
    if not entries:
        raise FaqError(source, 1, "no FAQ entry found: each entry starts at a '## question' heading")
    missing = entries_without_id_line(text, entries) if require_ids else []
    if missing:
        raise FaqError(source, missing[0].line, f"entry {missing[0].question!r} has no 'id:' line "
                       "(FaqPhrasingNodeParser(require_ids=False) derives ids from the questions)")
    return [entry_to_document(entry, dict(document.metadata)) for entry in entries]


def _phrasing_nodes_of(document: BaseNode, source: BaseNode) -> list[TextNode]:
    metadata = dict(document.metadata)
    hidden_from_llm = list(dict.fromkeys([*_HIDDEN_FROM_LLM, *document.excluded_llm_metadata_keys]))
    nodes = []
    for index, text in enumerate([metadata["question"], *metadata.get("alternates", [])]):
        node_metadata = {**metadata, PHRASING_INDEX: index}
        node = TextNode(
            id_=phrasing_node_id(metadata["faq_id"], index),
            text=text,
            metadata=node_metadata,
            excluded_embed_metadata_keys=list(node_metadata),
            excluded_llm_metadata_keys=hidden_from_llm,
        )
        node.relationships[NodeRelationship.SOURCE] = source.as_related_node_info()
        nodes.append(node)
    return nodes


def phrasing_nodes(entries: Sequence[FaqEntry]) -> list[TextNode]:
    documents = [entry_to_document(entry) for entry in entries]
    return FaqPhrasingNodeParser().get_nodes_from_documents(documents)

"""More vectors per FAQ entry, kept beside the searched phrasing vectors to score candidates.

The FAISS store of :mod:`bot.index.vector_store` holds every phrasing embedded as a
*document* (e5's ``passage:``); questions are searched against it. Two more views of
the same entries, used only to rescore the candidate entries that search found
(:mod:`bot.retrieval.aggregation`), rank better together than either alone (DEV
numbers in docs/quality.md):

- ``symmetric``: each phrasing embedded as a *query*, exactly like the question (e5's
  ``query:``). Matching a question to a phrasing is a symmetric task, and this view
  errs on different questions than the document view.
- ``document``: one text per entry, its question and alternates joined into one
  passage, embedded as a document: the entry as a whole rather than phrasing by phrasing.

Each view is a :class:`FaqVectorStore` of its own, whose ``ref_doc_id`` is the entry
id: it is copied, deleted by entry, persisted and checksummed like the main store, and
its vectors are reused by exact text from one build to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

from bot.faq.entry import FaqEntry


def entry_document_text(entry: FaqEntry) -> str:
    """Question and alternates as one passage: ``"Question. Alternate one. Alternate two."``."""
    parts = [entry.question, *entry.alternates]
    return ". ".join(part.strip().rstrip("?.!。？！") for part in parts) + "."


@dataclass(frozen=True)
class EntryView:
    """A way of turning an entry into extra vectors."""

    name: str
    embed_as_query: bool
    texts_of: Callable[[FaqEntry], Sequence[str]]

    def nodes(self, entries: Sequence[FaqEntry]) -> list[TextNode]:
        out = []
        for entry in entries:
            for number, text in enumerate(self.texts_of(entry)):
                node = TextNode(id_=f"{entry.id}#{self.name}{number}", text=text, metadata={"faq_id": entry.id})
                node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=entry.id)
                out.append(node)
        return out


SYMMETRIC = EntryView("symmetric", embed_as_query=True, texts_of=lambda entry: entry.phrasings)
DOCUMENT = EntryView("document", embed_as_query=False, texts_of=lambda entry: [entry_document_text(entry)])
VIEWS = {view.name: view for view in (SYMMETRIC, DOCUMENT)}

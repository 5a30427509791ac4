"""`faqbot check`: lint the FAQ folder for maintainers (and a docs repository's CI).

Errors (non-zero exit): parse errors, ids used twice, entries without an answer.
Warnings: phrasings of different entries that are near-duplicates by meaning (they
compete for the same questions); ``--strict`` makes warnings fail too.

A lint runs before every commit, so it starts light: the phrasing vectors come from the
stored index where it has them (read without LlamaIndex, bot/index/storage.py), the
embedding model is built only for phrasings it lacks, and the near-duplicates are found
without scoring every pair in full (bot/similar_pairs.py).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Callable, Optional, Sequence

import faiss
import numpy as np

from bot.faq.folder import FolderLoad, load_faq_folder
from bot.index.current import configured_signature
from bot.index.storage import IndexCorruptError, IndexMismatchError, IndexMissingError, read_phrasing_vectors
from bot.similar_pairs import nearest_above

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)
NEIGHBOURS = 5
# Embeds texts as passages, as the index stores phrasings.
Embed = Callable[[list[str]], Sequence[Sequence[float]]]


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" or "warning"
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message}"

    def to_json(self) -> dict:
        return asdict(self)


def check_folder(settings: "Settings", threshold: float, embed: Optional[Embed] = None) -> list[Finding]:
    """Lint ``settings.faq_dir``; phrasings the stored index lacks are embedded with ``embed``
    (default: the configured model, built only if needed)."""
    folder = load_faq_folder(settings.faq_dir)
    findings = [Finding("error", f"{e.path}:{e.line}", e.reason) for e in folder.errors]
    findings += [
        Finding("error", entry.location, f"entry {entry.id!r} has no answer text")
        for entry in folder.entries if not entry.answer.strip()
    ]
    findings += near_duplicates(folder, settings, threshold, embed or _configured_model(settings))
    return findings


def near_duplicates(folder: FolderLoad, settings: "Settings", threshold: float, embed: Embed) -> list[Finding]:
    phrasings = [(entry, text) for entry in folder.entries for text in entry.phrasings]
    if len(folder.entries) < 2:
        return []
    vectors = _vectors([text for _, text in phrasings], settings, embed)
    neighbours = nearest_above(vectors, threshold, min(NEIGHBOURS + 1, len(phrasings)))
    reported: set[tuple[str, str]] = set()
    findings = []
    for row, (entry, text) in enumerate(phrasings):
        for column, score in neighbours[row]:
            other, other_text = phrasings[column]
            pair = tuple(sorted((entry.id, other.id)))
            if other.id == entry.id or pair in reported:
                continue
            reported.add(pair)
            findings.append(Finding(
                "warning", entry.location,
                f"{text!r} ({entry.id}) is a near-duplicate of {other_text!r} ({other.id}, "
                f"{other.location}), cosine {score:.3f} >= {threshold}: they compete for the same questions",
            ))
    return findings


def _vectors(texts: list[str], settings: "Settings", embed: Embed) -> np.ndarray:
    """Unit phrasing vectors, taken from the stored index where it has them (no re-embedding)."""
    distinct = list(dict.fromkeys(texts))
    found = _stored_vectors(settings, distinct)
    missing = [text for text in distinct if text not in found]
    if missing:
        fresh = np.asarray(embed(missing), dtype=np.float32)
        if found and fresh.shape[1] != len(next(iter(found.values()))):
            # The model's dimension changed under the same name: the stored vectors do not compare.
            found, missing = {}, distinct
            fresh = np.asarray(embed(missing), dtype=np.float32)
        found.update(zip(missing, fresh))
    vectors = np.vstack([found[t] for t in texts]).astype(np.float32)
    faiss.normalize_L2(vectors)
    return vectors


def _stored_vectors(settings: "Settings", texts: list[str]) -> dict[str, np.ndarray]:
    """The stored index's vectors of ``texts``, by text (those it has)."""
    expected = configured_signature(settings, settings.embed_dimensions or 0)
    try:
        stored = read_phrasing_vectors(settings.index_dir, expected)
        if stored is None:  # an index of the first format: read through the vector store
            from bot.index.storage import load_index

            store = load_index(settings.index_dir, expected).store
            stored = {text: vector for text in texts if (vector := store.vector_for_text(text)) is not None}
    except IndexMissingError:
        return {}
    except (IndexCorruptError, IndexMismatchError) as error:
        log.warning("not reusing the stored index: %s", error)
        return {}
    return stored


def _configured_model(settings: "Settings") -> Embed:
    models = []

    def embed(texts: list[str]) -> Sequence[Sequence[float]]:
        if not models:
            from bot.embeddings import build_embed_model  # the model (and LlamaIndex) load only when needed

            models.append(build_embed_model(settings))
        return models[0].get_text_embedding_batch(texts)

    return embed


def exit_code(findings: list[Finding], strict: bool) -> int:
    failing = {"error", "warning"} if strict else {"error"}
    return 1 if any(f.severity in failing for f in findings) else 0

"""`faqbot check`: lint the FAQ folder for maintainers (and a docs repository's CI).

Errors (non-zero exit): parse errors, ids used twice, entries without an answer.
Warnings: phrasings of different entries that are near-duplicates by meaning (they
compete for the same questions); ``--strict`` makes warnings fail too.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
import faiss
import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding

from bot.faq.reader import FolderLoad, load_faq_folder
from bot.index.builder import known_dimension, previous_index
from bot.service import FaqService

NEIGHBOURS = 5


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" or "warning"
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message}"

    def to_json(self) -> dict:
        return asdict(self)


def check_folder(service: FaqService, threshold: float) -> list[Finding]:
    folder = load_faq_folder(service.settings.faq_dir)
    findings = [Finding("error", f"{e.path}:{e.line}", e.reason) for e in folder.errors]
    findings += [
        Finding("error", entry.location, f"entry {entry.id!r} has no answer text")
        for entry in folder.entries if not entry.answer.strip()
    ]
    findings += near_duplicates(folder, service, threshold)
    return findings


def near_duplicates(folder: FolderLoad, service: FaqService, threshold: float) -> list[Finding]:
    phrasings = [(entry, text) for entry in folder.entries for text in entry.phrasings]
    if len(folder.entries) < 2:
        return []
    vectors = _vectors([text for _, text in phrasings], service)
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    scores, neighbours = index.search(vectors, min(NEIGHBOURS + 1, len(phrasings)))
    reported: set[tuple[str, str]] = set()
    findings = []
    for row, (entry, text) in enumerate(phrasings):
        for score, column in zip(scores[row], neighbours[row]):
            other, other_text = phrasings[column]
            pair = tuple(sorted((entry.id, other.id)))
            if column < 0 or other.id == entry.id or score < threshold or pair in reported:
                continue
            reported.add(pair)
            findings.append(Finding(
                "warning", entry.location,
                f"{text!r} ({entry.id}) is a near-duplicate of {other_text!r} ({other.id}, "
                f"{other.location}), cosine {score:.3f} >= {threshold}: they compete for the same questions",
            ))
    return findings


def _vectors(texts: list[str], service: FaqService) -> np.ndarray:
    """Phrasing vectors, taken from the stored index where it has them (no re-embedding)."""
    embed_model: BaseEmbedding = service.embed_model
    previous, _ = previous_index(service.settings.index_dir, service.signature(known_dimension(embed_model) or 0))
    found = {t: previous.store.vector_for_text(t) if previous else None for t in dict.fromkeys(texts)}
    missing = [text for text, vector in found.items() if vector is None]
    if missing:
        found.update(zip(missing, embed_model.get_text_embedding_batch(missing)))
    vectors = np.vstack([np.asarray(found[t], dtype=np.float32) for t in texts])
    faiss.normalize_L2(vectors)
    return vectors


def exit_code(findings: list[Finding], strict: bool) -> int:
    failing = {"error", "warning"} if strict else {"error"}
    return 1 if any(f.severity in failing for f in findings) else 0


"""`faqbot index` when nothing changed: answered from the manifest, before anything heavy loads.

A build (FaqService.build) with nothing to do compares the FAQ folder with the live
manifest and stops; but building the service first loads the embedding model, LlamaIndex
and the index code. Here the same comparison runs on the settings alone, holding the
writer lock as a build does. Whenever the answer could differ from a build's (another
writer holds the lock, the folder has errors, a reader's or a published index, calibration
from asked questions could be due), it says so and the command builds the service as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from bot.faq.folder import load_faq_folder
from bot.feedback.paths import feedback_store_exists
from bot.index.current import configured_signature, unchanged_live
from bot.index.publish import writer_lock_for
from bot.index.storage import Manifest, current_generation
from bot.profiles import profile_for, warn_if_unmeasured
from bot.retrieval.scoring_tables import ScoringTables

if TYPE_CHECKING:
    from bot.config import Settings


@dataclass(frozen=True)
class UnchangedIndex:
    generation: str
    entries: int
    phrasings: int

    def summary(self) -> str:
        """As BuildReport.summary() words a build with nothing to do."""
        return (f"{self.entries} entries ({self.phrasings} phrasings): 0 added, 0 changed, 0 removed; "
                "0 phrasings embedded")


def unchanged_index(settings: "Settings", command: str = "faqbot index") -> Optional[UnchangedIndex]:
    """The live index if it already holds the FAQ folder as configured, else None (build)."""
    if settings.index_role == "reader" or settings.index_publish_url is not None:
        return None  # a reader refuses to write; a published index is first brought up to date
    if current_generation(settings.index_dir) is None:
        return None  # nothing built yet: the build makes the folder, once the model has loaded
    lock = writer_lock_for(settings.index_dir, None)
    lock.command = command
    if not lock.try_acquire():
        return None  # another writer: the build waits for it, and says so
    try:
        folder = load_faq_folder(settings.faq_dir)
        if folder.errors:
            return None
        views = sorted(view.name for view in profile_for(settings.resolved_model).views)
        signature = configured_signature(settings, settings.embed_dimensions or 0)
        live = unchanged_live(settings.index_dir, signature, folder.entries, views, ScoringTables().fingerprints)
        if live is None or _calibration_may_be_due(settings, live[1]):
            return None
    finally:
        lock.release()
    generation, manifest = live
    warn_if_unmeasured(manifest.signature.model, calibrated=manifest.calibration.get("cutoff") is not None)
    return UnchangedIndex(generation, len(folder.entries), sum(len(e.phrasings) for e in folder.entries))


def _calibration_may_be_due(settings: "Settings", manifest: Manifest) -> bool:
    """Whether calibrating from asked questions (bot/calibration.py) could be due: then the
    feedback store has to be read, and the command does it through the service."""
    labelled = manifest.calibration.get("cutoff") is not None and manifest.calibration.get("source") != "self"
    return (settings.self_calibrate_from_asked and not settings.rerank_api_base
            and settings.similarity_cutoff is None and not labelled and feedback_store_exists(settings))

"""Per-embedding-model knowledge, in one table: :data:`PROFILES`.

A :class:`ModelProfile` says, for one embedding model, how texts are prefixed (prompt
style, query instruction), which scoring views the index stores and how entry scores are
aggregated (:class:`~bot.retrieval.aggregation.WhitenedAggregation`), the confidence
model's weights (:class:`~bot.retrieval.confidence.ConfidenceWeights`), the default
answer cutoff, and where those numbers came from.

A model missing from the table gets :data:`GENERIC`, explicitly marked as not measured:
e5's confidence weights and cutoff, no scoring views. Those weights include a raw-cosine
feature fitted to e5's cosine range, so for any other model they are a starting point
only; ``faqbot calibrate --self`` (from the FAQ alone) or ``faqbot calibrate`` (labelled
questions) fits the index's own cutoff, and :func:`warn_if_unmeasured` says so once per
process.

An index's stored calibration (``faqbot calibrate``) overrides the profile's confidence,
aggregation and cutoff for that index: :func:`weights_for`, :func:`aggregation_for`.
How the e5 numbers were measured: docs/quality.md.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from typing import Any, Mapping, Optional

from bot.embeddings.prompts import DEFAULT_INSTRUCTION, PromptStyleName
from bot.index.views import EntryView
from bot.retrieval.aggregation import WhitenedAggregation
from bot.retrieval.scoring import ConfidenceWeights

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelProfile:
    """What faqbot knows about one embedding model (see module docstring)."""

    model: str
    # None: the backend's own style (bot.embeddings.BACKENDS), for models the table lacks.
    prompt_style: Optional[PromptStyleName]
    query_instruction: str  # task text of Qwen3-style "Instruct: ..." prefixes
    aggregation: WhitenedAggregation
    confidence: ConfidenceWeights
    cutoff: float  # default confidence needed to answer
    measured: bool
    provenance: str

    @property
    def views(self) -> list[EntryView]:
        """The scoring views an index built with this model stores (bot/index/views.py)."""
        return self.aggregation.views()


E5_SMALL = "multilingual-e5-small-q4"
QWEN3_EMBEDDING = "Qwen/Qwen3-Embedding-0.6B"
MINILM = "sentence-transformers/all-MiniLM-L6-v2"

# multilingual-e5-small-q4: logistic weights fitted with `python -m bot.fit_defaults`
# on the three DEV sets pooled; aggregation, lexical weight and scoring-view
# weights by grid search on the same sets, kept where all three agreed; cutoff = lowest
# confidence reaching 90% precision on the pooled sets, rounded up. docs/quality.md.
_E5_CONFIDENCE = ConfidenceWeights(
    lexical_weight=0.1, bias=-2.67, fused_weight=0.0, margin_weight=10.195,
    cosine_weight=2.886, lexical_feature_weight=2.814, typicality_weight=6.157,
)
_E5_AGGREGATION = WhitenedAggregation(
    shrinkage=3.0, centering_prior=20.0, phrasing_weight=0.25, symmetric_weight=0.3, document_weight=0.5,
)

GENERIC = ModelProfile(
    model="(generic)",
    prompt_style=None,
    query_instruction=DEFAULT_INSTRUCTION,
    # The scoring views are measured to pay for their cost on e5 only: not built for others.
    aggregation=_E5_AGGREGATION.model_copy(update={"symmetric_weight": 0.0, "document_weight": 0.0}),
    confidence=_E5_CONFIDENCE,
    cutoff=0.65,
    measured=False,
    provenance="not measured: e5's confidence weights and cutoff without the scoring views",
)

PROFILES: dict[str, ModelProfile] = {
    profile.model: profile
    for profile in (
        ModelProfile(
            model=E5_SMALL,
            prompt_style="e5",
            query_instruction=DEFAULT_INSTRUCTION,  # unused by the e5 prompt style
            aggregation=_E5_AGGREGATION,
            confidence=_E5_CONFIDENCE,
            cutoff=0.65,
            measured=True,
            provenance="measured on DEV pooled banking77/banking77-heldout/clinc150, see docs/quality.md",
        ),
        # all-MiniLM-L6-v2 (optional extra, bot/embeddings/minilm.py): English only, symmetric, so
        # no prefixes and no symmetric view (it would repeat the phrasing vectors). Aggregation by
        # grid on the three English DEV sets (shrinkage 1/3 x document weight 0/0.25/0.5; e5's
        # other parameters kept); weights and cutoff fitted as e5's (`FAQBOT_EMBED_BACKEND=minilm
        # python -m bot.fit_defaults ...` on the same sets pooled). docs/quality.md.
        ModelProfile(
            model=MINILM,
            prompt_style="none",
            query_instruction=DEFAULT_INSTRUCTION,  # unused by the none prompt style
            aggregation=_E5_AGGREGATION.model_copy(update={"symmetric_weight": 0.0, "document_weight": 0.25}),
            confidence=ConfidenceWeights(
                lexical_weight=0.1, bias=-0.687, fused_weight=0.0, margin_weight=4.784,
                cosine_weight=0.503, lexical_feature_weight=3.303, typicality_weight=5.179,
            ),
            cutoff=0.70,  # pooled 90%-precision cutoff, rounded up to 0.05 as e5's
            measured=True,
            provenance="measured on DEV pooled banking77/banking77-heldout/clinc150; English only "
                       "(never measured on another language), see docs/quality.md",
        ),
        # No GPU here: never measured. Keeps its earlier cutoff 0.60.
        replace(GENERIC, model=QWEN3_EMBEDDING, prompt_style="qwen3", cutoff=0.60,
                provenance="not measured (no GPU here): generic profile, earlier cutoff 0.60"),
    )
}


def profile_for(model: str) -> ModelProfile:
    """The model's profile, or the generic one (named after the model) if it has none."""
    return PROFILES.get(model) or replace(GENERIC, model=model)


def weights_for(model: str, calibration: Mapping[str, Any]) -> ConfidenceWeights:
    """The index's refitted weights if ``faqbot calibrate --refit`` stored some, else the profile's."""
    stored = calibration.get("confidence")
    return ConfidenceWeights(**stored) if stored else profile_for(model).confidence


def aggregation_for(model: str, calibration: Mapping[str, Any]) -> WhitenedAggregation:
    """Entry-score parameters: ``calibration["aggregation"]`` if an index has its own, else the profile's."""
    stored = calibration.get("aggregation")
    return WhitenedAggregation(**stored) if stored else profile_for(model).aggregation


_warned: set[str] = set()
_warned_lock = threading.Lock()


def warn_if_unmeasured(model: str, calibrated: bool = False) -> bool:
    """Log one WARNING per process for a model without measured numbers; True if logged.

    Silent when the index has its own calibration: its cutoff then comes from this FAQ.
    """
    profile = profile_for(model)
    if profile.measured or calibrated:
        return False
    with _warned_lock:
        if model in _warned:
            return False
        _warned.add(model)
    log.warning("embedding model %s has no measured profile (%s): confidence and cutoff may not fit it; "
                "run `faqbot calibrate --self` (from the FAQ alone) or `faqbot calibrate labelled.jsonl`",
                model, profile.provenance)
    return True

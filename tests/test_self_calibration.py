"""`faqbot calibrate --self`: a cutoff fitted on pseudo-questions made from the FAQ alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.calibration import Observation, pick_cutoff, self_observations, unanswerable_weights
from bot.config import Settings
from bot.index.storage import load_index
from bot.service import FaqService

TOPICS = {
    "reset-password": ("How do I reset my password?", ["I forgot my password", "reset the password please",
                                                        "password reset link"]),
    "change-email": ("How do I change my email address?", ["update my email address", "new email on my account",
                                                           "change the email I log in with"]),
    "shipping-time": ("How long does shipping take?", ["when will my parcel arrive", "shipping time for orders",
                                                       "how many days is delivery"]),
    "refund": ("How do I get a refund?", ["I want my money back", "refund for my order", "return and refund"]),
    "cancel-order": ("How do I cancel my order?", ["cancel an order I placed", "stop my order",
                                                   "order cancellation"]),
    "opening-hours": ("When is the shop open?", ["opening hours of the shop", "what time do you open",
                                                 "are you open on sunday"]),
    "gift-card": ("How do I use a gift card?", ["redeem my gift card", "pay with a gift card",
                                                "gift card balance"]),
    "invoice": ("Where is my invoice?", ["download the invoice", "I need an invoice for my order",
                                         "invoice copy"]),
}


def write_topics(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = ""
    for faq_id, (question, alternates) in TOPICS.items():
        text += f"## {question}\nid: {faq_id}\nalternates:\n" + "".join(f"- {a}\n" for a in alternates)
        text += f"\nThe answer about {faq_id}.\n\n"
    (folder / "topics.md").write_text(text, encoding="utf-8")


@pytest.fixture
def unmeasured(tmp_path, sglang_server):
    """Settings for the SGLang backend's default model, which has no measured profile."""
    write_topics(tmp_path / "faq")
    return Settings(faq_dir=tmp_path / "faq", index_dir=tmp_path / "idx", embed_backend="sglang",
                    embed_api_base=sglang_server.base_url, embed_dimensions=256, self_calibrate_on_index=False)


def test_pseudo_questions_never_find_themselves_and_embed_nothing(unmeasured, sglang_server):
    service = FaqService(unmeasured)
    service.build()
    before = len(sglang_server.embedding_requests())
    observations = self_observations(service, rounds=3)
    assert len(sglang_server.embedding_requests()) == before  # every vector came from the index
    in_scope = [o for o in observations if o.gold is not None]
    declined = [o for o in observations if o.gold is None]
    # Each round: one phrasing out of each of the 6 kept entries, and the 2 left-out entries' 8 phrasings.
    assert len(in_scope) == 3 * 6 and len(declined) == 3 * 8
    # Without the phrasing's own row, its best raw cosine is below 1 (its own vector would give 1).
    assert max(o.features[2] for o in observations) < 0.999
    assert sum(o.correct for o in in_scope) >= len(in_scope) // 2


def test_unanswerable_share_weighting():
    observations = [Observation("a", "a", (0,) * 5, 0.9)] * 6 + [Observation(None, "a", (0,) * 5, 0.5)] * 12
    weights = unanswerable_weights(observations, 0.25)
    null = np.array([o.gold is None for o in observations])
    assert weights[null].sum() / weights.sum() == pytest.approx(0.25)
    assert (weights[~null] == 1).all()
    with pytest.raises(ValueError, match="expected_unanswerable_share"):
        unanswerable_weights(observations, 1.0)


def test_weighted_cutoff_equals_repeating_questions():
    rng = np.random.default_rng(3)
    scores = rng.random(60)
    correct = rng.random(60) < scores
    repeats = rng.integers(1, 4, 60)
    weighted = pick_cutoff(scores, correct, float(repeats[correct].sum() + 5), 0.8, repeats.astype(float))
    repeated = pick_cutoff(np.repeat(scores, repeats), np.repeat(correct, repeats),
                           float(repeats[correct].sum() + 5), 0.8)
    assert weighted == pytest.approx(repeated)


def test_calibrate_self_stores_cutoff_with_provenance(unmeasured, sglang_server):
    env = {**os.environ, "FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": sglang_server.base_url,
           "FAQBOT_EMBED_DIMENSIONS": "256", "FAQBOT_SELF_CALIBRATE_ON_INDEX": "false"}
    args = [sys.executable, "-m", "bot", "--faq-dir", str(unmeasured.faq_dir), "--index-dir", str(unmeasured.index_dir)]
    assert subprocess.run(args + ["index"], env=env, capture_output=True, text=True, timeout=300).returncode == 0
    assert "cutoff" not in load_index(unmeasured.index_dir).manifest.calibration
    neither = subprocess.run(args + ["calibrate"], env=env, capture_output=True, text=True, timeout=300)
    assert neither.returncode == 2 and "either a labelled questions file or --self" in neither.stderr
    run = subprocess.run(args + ["calibrate", "--self", "--share", "0.3", "--json"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    printed = json.loads(run.stdout)
    stored = load_index(unmeasured.index_dir).manifest.calibration
    assert stored == printed
    assert stored["source"] == "self" and stored["expected_unanswerable_share"] == 0.3
    assert stored["embed_model"] == "Qwen/Qwen3-Embedding-0.6B" and 0 < stored["cutoff"] <= 1
    assert stored["measured"]["precision"] >= 0.9 and stored["measured"]["rounds"] == 5
    # The calibrated index answers with that cutoff, and no longer warns.
    ask = subprocess.run(args + ["ask", "I forgot my password", "--json"], env=env, capture_output=True,
                         text=True, timeout=300)
    assert ask.returncode == 0 and "WARNING" not in ask.stderr, ask.stderr
    assert FaqService(unmeasured).cutoff_for(load_index(unmeasured.index_dir)) == stored["cutoff"]


def test_index_of_an_unmeasured_model_calibrates_itself_once(unmeasured, sglang_server, caplog):
    settings = unmeasured.model_copy(update={"self_calibrate_on_index": True})
    service = FaqService(settings)
    service.build()
    first = load_index(settings.index_dir).manifest.calibration
    assert first["source"] == "self" and service.answerer.cutoff.similarity_cutoff == first["cutoff"]
    # An index that already has a calibration keeps it: a change re-indexes without recalibrating.
    (settings.faq_dir / "more.md").write_text("## Do you ship abroad?\nid: abroad\n\nYes.\n", encoding="utf-8")
    service.reload()
    assert load_index(settings.index_dir).manifest.calibration == first


def test_measured_model_is_not_self_calibrated_at_index_time(settings, local_embed_model):
    service = FaqService(settings, embed_model=local_embed_model)
    service.build()
    assert "cutoff" not in load_index(settings.index_dir).manifest.calibration

"""`faqbot calibrate`: the cutoff picked on labelled questions is stored with the index and used."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from bot.calibration import FITTED, fit_logistic, full_coefficients, logits, pick_cutoff
from bot.config import Settings
from bot.index.storage import load_index
from bot.retrieval.confidence import ConfidenceWeights
from bot.profiles import profile_for
from bot.service import FaqService

LABELLED = [
    ("I forgot my password, what now?", "reset-password"),
    ("how can I reset my login password", "reset-password"),
    ("密码忘了怎么办", "reset-password"),
    ("I need to change the email address on my profile", "change-email"),
    ("how do I update my e-mail", "change-email"),
    ("when will my order arrive?", "shipping-time"),
    ("how many days does delivery take", "shipping-time"),
    ("快递几天能到", "shipping-time"),
    ("I want my money back", "refund"),
    ("can I return this and get a refund", "refund"),
    ("我要退款", "refund"),
    ("how do I send an item back for a refund", "refund"),
    ("what's the weather like in Paris", None),
    ("who won the football match yesterday", None),
    ("recommend me a good pizza recipe", None),
    ("how tall is the Eiffel tower", None),
    ("can you sing me a song", None),
    ("what time is it in Tokyo", None),
]


def write_labelled(path, rows=LABELLED):
    path.write_text("".join(json.dumps({"query": q, "gold": g}, ensure_ascii=False) + "\n" for q, g in rows),
                    encoding="utf-8")
    return path


def faqbot(*args, cwd):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


# -- the cutoff rule on hand-built scores -------------------------------------------------
def test_pick_cutoff_takes_the_most_correct_answers_at_the_target_precision():
    scores = [0.9, 0.8, 0.7, 0.6, 0.5]
    correct = [True, True, False, True, False]
    assert pick_cutoff(scores, correct, in_scope=4, precision=0.9) == (0.8, 1.0, 0.5)
    assert pick_cutoff(scores, correct, in_scope=4, precision=0.7) == (0.6, 0.75, 0.75)
    # tied scores are answered together or not at all
    assert pick_cutoff([0.9, 0.8, 0.8], [True, True, False], in_scope=2, precision=0.9) == (0.9, 1.0, 0.5)
    with pytest.raises(ValueError, match="no cutoff reaches precision 0.9"):
        pick_cutoff([0.9, 0.8], [False, True], in_scope=1, precision=0.9)


def test_logistic_fit_recovers_known_coefficients():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(20000, 2)) * [1.0, 0.5] + [0.0, 0.8]
    truth = np.array([-4.0, 2.0, 5.0])
    y = (rng.random(20000) < 1 / (1 + np.exp(-logits(truth, x)))).astype(float)
    assert fit_logistic(x, y, l2=0.0) == pytest.approx(truth, rel=0.1)
    with pytest.raises(ValueError):
        fit_logistic(x[:10], np.ones(10))


def test_fitted_columns_map_to_margin_cosine_lexical_and_typicality_weights():
    assert FITTED == (1, 2, 3, 4)
    weights = ConfidenceWeights.from_vector(full_coefficients(np.array([-1.0, 2.0, 3.0, 4.0, 5.0])), 0.1)
    assert (weights.bias, weights.fused_weight, weights.margin_weight, weights.cosine_weight,
            weights.lexical_feature_weight, weights.typicality_weight) == (-1.0, 0.0, 2.0, 3.0, 4.0, 5.0)
    stored_before_typicality = {k: v for k, v in weights.model_dump().items() if k != "typicality_weight"}
    assert ConfidenceWeights(**stored_before_typicality).typicality_weight == 0.0


# -- the command on real files with the real model ----------------------------------------
def test_calibrate_stores_a_cutoff_that_the_service_and_eval_then_use(tmp_path, faq_dir, local_embed_model):
    labelled = write_labelled(tmp_path / "labelled.jsonl")
    result = faqbot("calibrate", str(labelled), "--precision", "0.9", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    stored = load_index(tmp_path / "index_store").manifest.calibration
    assert stored["cutoff"] == printed["cutoff"] and stored["precision_target"] == 0.9
    assert stored["measured"]["queries"] == len(LABELLED) and stored["measured"]["in_scope"] == 12
    assert stored["measured"]["precision"] >= 0.9
    assert "confidence" not in stored  # no --refit: the model-level confidence stays

    settings = Settings(faq_dir=faq_dir, index_dir=tmp_path / "index_store")
    service = FaqService(settings, embed_model=local_embed_model)
    cutoff = service.answerer.cutoff.similarity_cutoff
    assert cutoff == stored["cutoff"] != profile_for("multilingual-e5-small-q4").cutoff
    # it is the rule's cutoff for these questions as the service answers them
    top = [service.answer(q).candidates[0] for q, _ in LABELLED]
    correct = [n.node.metadata["faq_id"] == g for n, (_, g) in zip(top, LABELLED)]
    assert pick_cutoff([n.score for n in top], correct, 12, 0.9)[0] == pytest.approx(cutoff, abs=1e-6)

    evaluated = faqbot("eval", str(labelled), "--json", cwd=tmp_path)
    report = json.loads(evaluated.stdout)
    assert report["cutoff"] == cutoff and report["precision"] >= 0.9

    # an explicit setting still wins over the calibration
    overridden = FaqService(Settings(faq_dir=faq_dir, index_dir=tmp_path / "index_store", similarity_cutoff=0.3),
                            embed_model=local_embed_model)
    assert overridden.answerer.cutoff.similarity_cutoff == 0.3


def test_refit_stores_confidence_weights_that_the_service_uses(tmp_path, faq_dir, local_embed_model):
    labelled = write_labelled(tmp_path / "labelled.jsonl")
    result = faqbot("calibrate", str(labelled), "--refit", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("cutoff ") and "(out-of-fold)" in result.stdout
    stored = load_index(tmp_path / "index_store").manifest.calibration
    weights = ConfidenceWeights(**stored["confidence"])
    assert weights.fused_weight == 0.0 and weights.margin_weight != 0.0 and weights.typicality_weight != 0.0
    assert stored["measured"]["out_of_fold"] is True
    service = FaqService(Settings(faq_dir=faq_dir, index_dir=tmp_path / "index_store"), embed_model=local_embed_model)
    assert service.answerer.rescorers[0].weights == weights
    assert service.answerer.cutoff.similarity_cutoff == stored["cutoff"]
    # calibrating again without --refit keeps the refitted model
    again = faqbot("calibrate", str(labelled), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert load_index(tmp_path / "index_store").manifest.calibration["confidence"] == stored["confidence"]


def test_unreachable_precision_is_a_clear_error_and_stores_nothing(tmp_path, faq_dir):
    only_unanswerable = write_labelled(tmp_path / "null.jsonl", [(q, g) for q, g in LABELLED if g is None])
    faqbot("index", cwd=tmp_path)
    before = load_index(tmp_path / "index_store")
    result = faqbot("calibrate", str(only_unanswerable), cwd=tmp_path)
    assert result.returncode == 2
    assert "no cutoff reaches precision 0.9" in result.stderr
    after = load_index(tmp_path / "index_store")
    assert after.generation == before.generation and after.manifest.calibration == {}

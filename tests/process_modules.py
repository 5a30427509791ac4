"""Run one whole ``faqbot`` command in a fresh process and see every module it imported."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = """
import json, runpy, sys
sys.argv = ["bot", "--faq-dir", sys.argv[1], "--index-dir", sys.argv[2], *sys.argv[3:]]
try:
    runpy.run_module("bot", run_name="__main__")
except SystemExit as done:
    assert not done.code, done.code
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def command_modules(faq_dir: Path, index_dir: Path, *command: str) -> tuple[str, list[str]]:
    """``faqbot --faq-dir F --index-dir I <command>`` (which must succeed): its standard output
    and the modules the process had imported when it ended."""
    run = subprocess.run([sys.executable, "-c", _RUN, str(faq_dir), str(index_dir), *command], cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout, json.loads(run.stderr.strip().splitlines()[-1])

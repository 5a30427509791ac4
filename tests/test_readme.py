"""CI must run the README's own install and test commands, so they cannot drift apart."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bash_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", text, re.DOTALL)]


def test_ci_runs_the_readme_quick_start_commands_verbatim():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    install, test = bash_blocks(quick_start)[:2]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install in ci_lines
    assert test in ci_lines
    assert "pip install" in install and "faqbot ask" in install
    assert "pytest" in test

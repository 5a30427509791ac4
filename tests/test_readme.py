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


def test_the_console_screenshots_the_docs_show_exist():
    """docs/console.md (linked from the README) shows PNGs that docs/console/make_screenshots.py
    wrote at its 1280x800 viewport."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/console.md)" in readme.split("## Console for maintainers", 1)[1].split("\n## ", 1)[0]
    page = (ROOT / "docs" / "console.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]+\]\((console/[\w-]+\.png)\)", page)
    assert {"console/hits.png", "console/entries.png", "console/unanswered.png", "console/calibration.png"} <= set(
        images)
    for image in images:
        data = (ROOT / "docs" / image).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", image
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (1280, 800), image
        assert len(data) < 200_000, f"{image}: {len(data)} bytes"

"""CI must run the README's own install and test commands, so they cannot drift apart."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bash_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", text, re.DOTALL)]


def quick_start_commands() -> tuple[str, str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    install, test = bash_blocks(quick_start)[:2]
    return install, test


def test_ci_runs_the_readme_quick_start_commands_verbatim():
    install, test = quick_start_commands()
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    commands = [line for line in ci_lines if line and not line.startswith("#")]
    # Both README commands, in the README's order, and no other pip install or pytest run.
    assert [c for c in commands if "pip install" in c or "pytest" in c] == [install, test]


def test_the_first_command_installs_the_base_package_and_asks():
    """A new user's first command installs what asking needs and nothing only tests use."""
    install, _ = quick_start_commands()
    assert re.fullmatch(r'pip install -e \. && faqbot ask "[^"]+"', install), install


def test_the_test_command_installs_the_test_extra_then_runs_the_tests():
    _, test = quick_start_commands()
    assert re.fullmatch(r'pip install -e "\.\[test\]" && python -m pytest -q', test), test


def test_the_console_screenshots_the_docs_show_exist():
    """docs/console.md (linked from the README) shows PNGs that docs/console/make_screenshots.py
    wrote at its 1280x800 viewport, or (``phone-*``) at a phone's 390x844."""
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
        expected = (390, 844) if image.startswith("console/phone-") else (1280, 800)
        assert (width, height) == expected, image
        assert len(data) < 200_000, f"{image}: {len(data)} bytes"

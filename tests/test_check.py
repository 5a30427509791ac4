"""`faqbot check` as maintainers' CI would run it."""

import json
import subprocess
import sys

from conftest import write_faq


def check(tmp_path, *args):
    return subprocess.run([sys.executable, "-m", "bot", "check", *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)


def test_clean_folder_passes(tmp_path, faq_dir):
    result = check(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 error(s), 0 warning(s)" in result.stdout


def test_errors_fail_and_are_located(tmp_path, faq_dir):
    write_faq(faq_dir, "bad.md", "## Q\nid: x y\n\nA\n")
    write_faq(faq_dir, "dupe.md", "## Another\nid: refund\n\nOther refund text.\n")
    write_faq(faq_dir, "empty.md", "## What is the meaning of life?\nid: meaning\n")
    result = check(tmp_path, "--json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    messages = {(f["location"], f["severity"]) : f["message"] for f in findings}
    assert messages[("bad.md:2", "error")].startswith("invalid id 'x y'")
    refund_line = next(i for i, l in enumerate((faq_dir / "shop.md").read_text().splitlines(), 1) if "id: refund" in l) - 1
    assert messages[("shop.md:%d" % refund_line, "error")] == "duplicate id 'refund', also used at dupe.md:1"
    assert messages[("empty.md:1", "error")] == "entry 'meaning' has no answer text"


def test_near_duplicate_questions_warn_and_fail_only_when_strict(tmp_path, faq_dir):
    write_faq(faq_dir, "more.md", "## How can I reset my password?\nid: reset-2\n\nUse the app.\n")
    result = check(tmp_path)
    assert result.returncode == 0
    assert "near-duplicate of 'How do I reset my password?' (reset-password" in result.stdout
    assert check(tmp_path, "--strict").returncode == 1

"""Edits keep the markdown byte for byte: the only difference is the inserted line(s).

Adding an alternate goes through bot/promote.py's ``plan_alternate`` + ``apply_edit`` (what
``faqbot report --promote`` and the console both use); a draft is appended by
bot/console/drafts.py. Real files in a temporary FAQ folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.console.drafts import plan_new_entry
from bot.faq.edits import LOCK_FILE, EditBusy, EditRefused, StaleEdit, apply_edit
from bot.faq.markdown import parse_faq_markdown
from bot.promote import Candidate, plan_alternate, promote

AWKWARD = (
    "---\r\ncategory: Shop  \r\n---\r\n# Title with trailing spaces   \r\n\r\n"
    "## Where is my order?\r\nid: where\r\nalternates:\r\n*   track my parcel\r\n\r\n"
    "Tabs\tstay, as do trailing spaces   \r\n```\r\n## not a heading inside a fence\r\n```\r\n"
    "## Can I pay by card? ##\r\nid: card\r\n\r\n::: en\r\nYes.\r\n:::\r\n\r\n::: zh\r\n可以。\r\n:::"
)


def inserted(before: bytes, after: bytes) -> tuple[int, bytes]:
    """Where ``after`` differs from ``before`` by one insertion, and what was inserted."""
    start = 0
    while start < len(before) and before[start] == after[start]:
        start += 1
    extra = len(after) - len(before)
    assert extra > 0 and after[:start] + after[start + extra:] == before, "not a pure insertion"
    return start, after[start:start + extra]


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "faq"
    folder.mkdir()
    (folder / "shop.md").write_bytes(AWKWARD.encode("utf-8"))
    return folder


def test_adding_to_an_alternates_list_inserts_one_crlf_line_and_nothing_else(folder):
    before = (folder / "shop.md").read_bytes()
    edit = plan_alternate(folder, "where", "wo ist mein Paket")
    assert (folder / "shop.md").read_bytes() == before  # planning writes nothing
    apply_edit(edit, edit.before_sha256)
    after = (folder / "shop.md").read_bytes()
    where, text = inserted(before, after)
    assert text == b"- wo ist mein Paket\r\n"
    assert before[:where].endswith(b"*   track my parcel\r\n")
    entry = {e.id: e for e in parse_faq_markdown(after.decode(), "shop.md")}["where"]
    assert entry.alternates == ("track my parcel", "wo ist mein Paket")


def test_an_entry_without_alternates_gets_the_list_and_the_last_line_keeps_having_no_break(folder):
    before = (folder / "shop.md").read_bytes()
    promote(Candidate("pay with visa", "card", evidence=2, users=2), folder)
    after = (folder / "shop.md").read_bytes()
    assert inserted(before, after)[1] == b"alternates:\r\n- pay with visa\r\n"
    assert not after.endswith(b"\n")  # the file had no final line break, and still has none
    updated = {e.id: e for e in parse_faq_markdown(after.decode(), "shop.md")}["card"]
    assert updated.alternates == ("pay with visa",) and updated.answer_in("zh").text == "可以。"


def test_an_entry_ending_the_file_without_a_line_break(tmp_path):
    folder = tmp_path / "faq"
    folder.mkdir()
    (folder / "a.md").write_bytes(b"## Q?\nalternates:\n- one")
    apply_edit(plan_alternate(folder, parse_faq_markdown("## Q?\n", "a.md")[0].id, "two"))
    assert (folder / "a.md").read_bytes() == b"## Q?\nalternates:\n- one\n- two"


def test_the_file_mode_is_kept_and_no_temporary_file_is_left(folder):
    os.chmod(folder / "shop.md", 0o640)
    apply_edit(plan_alternate(folder, "where", "parcel status"))
    assert (folder / "shop.md").stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in folder.iterdir()) == [LOCK_FILE, "shop.md"]


def test_a_stale_edit_is_refused(folder):
    edit = plan_alternate(folder, "where", "parcel status")
    (folder / "shop.md").write_bytes((folder / "shop.md").read_bytes() + b"\r\n")
    with pytest.raises(StaleEdit):
        apply_edit(edit)


def test_refusals_name_the_field(folder):
    for faq_id, wording, field in (("nope", "x", "faq_id"), ("where", "  ", "question"),
                                   ("where", "Track my parcel!", "question"), ("where", "x" * 501, "question")):
        with pytest.raises(EditRefused) as refused:
            plan_alternate(folder, faq_id, wording)
        assert refused.value.field == field


def test_a_draft_is_appended_in_the_files_line_breaks(folder):
    before = (folder / "shop.md").read_bytes()
    edit = plan_new_entry(folder, "shop.md", "Do you ship abroad?", "Yes:\n\n- to 30 countries",
                          ["international shipping"], "abroad")
    apply_edit(edit, edit.before_sha256)
    after = (folder / "shop.md").read_bytes()
    where, text = inserted(before, after)
    assert where == len(before)
    assert text == (b"\r\n\r\n## Do you ship abroad?\r\nid: abroad\r\nalternates:\r\n- international shipping\r\n"
                    b"\r\nYes:\r\n\r\n- to 30 countries\r\n")
    entries = {e.id: e for e in parse_faq_markdown(after.decode(), "shop.md")}
    assert entries["abroad"].answer == "Yes:\n\n- to 30 countries"
    assert entries["card"].answer_in("en").text == "Yes."  # the entry before it is untouched


@pytest.mark.parametrize("answer, field", [
    ("Yes.\n## Sneaky\nMore.", "answer"),
    ("::: en\nunclosed", "answer"),
    ("   ", "answer"),
])
def test_a_draft_that_would_not_read_back_as_one_entry_is_refused(folder, answer, field):
    with pytest.raises(EditRefused) as refused:
        plan_new_entry(folder, "drafts.md", "Do you ship abroad?", answer)
    assert refused.value.field == field


def test_a_draft_with_a_taken_id_or_question_is_refused(folder):
    with pytest.raises(EditRefused, match="already used by shop.md:6") as refused:
        plan_new_entry(folder, "drafts.md", "Something new", "x", entry_id="where")
    assert refused.value.field == "id"
    with pytest.raises(EditRefused) as refused:
        plan_new_entry(folder, "drafts.md", "Can I pay by card?", "x")  # same derived id
    assert refused.value.field == "question"


# -- several processes editing one file ------------------------------------------------
TRIALS = 20
RACER = Path(__file__).with_name("edit_racer.py")


class Racer:
    """A separate Python process writing edits on command (tests/edit_racer.py)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, str(RACER)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=os.environ.copy())
        assert self.read() == {"result": "ready"}

    def send(self, folder: Path, faq_id: str, wording: str, at: float) -> None:
        self.process.stdin.write(json.dumps({"faq_dir": str(folder), "faq_id": faq_id, "wording": wording,
                                             "at": at}) + "\n")
        self.process.stdin.flush()

    def read(self) -> dict:
        line = self.process.stdout.readline()
        assert line, "the racer process died"
        return json.loads(line)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(30)


@pytest.fixture
def racers():
    pair = [Racer(), Racer()]
    yield pair
    for racer in pair:
        racer.close()


def alternates_of(folder: Path, faq_id: str) -> tuple[str, ...]:
    text = (folder / "shop.md").read_bytes().decode("utf-8")
    return {e.id: e for e in parse_faq_markdown(text, "shop.md")}[faq_id].alternates


def test_two_processes_adding_to_one_file_together_write_exactly_one_line_per_success(folder, racers):
    """Both plan from the same bytes, then write at the same instant: one is written, the
    other is told the file changed (never an error, never a success whose line is lost)."""
    outcomes = []
    for trial in range(TRIALS):
        before = alternates_of(folder, "where")
        at = time.time() + 0.3
        wordings = [f"trial {trial} from racer {n}" for n in range(2)]
        for racer, wording in zip(racers, wordings):
            racer.send(folder, "where", wording, at)
        results = [racer.read() for racer in racers]
        outcomes.append(sorted(r["result"] for r in results))
        assert sorted(r["result"] for r in results) == ["stale", "written"], (trial, results)
        written = wordings[[r["result"] for r in results].index("written")]
        assert alternates_of(folder, "where") == before + (written,), trial
    assert {p.name for p in folder.iterdir()} == {"shop.md", ".faqbot-edit.lock"}  # no temporary file left
    assert outcomes == [["stale", "written"]] * TRIALS


def test_a_held_folder_lock_makes_a_writer_give_up_with_nothing_written(folder):
    edit = plan_alternate(folder, "where", "parcel status")
    before = (folder / "shop.md").read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, sys, time\n"
        "f = open(sys.argv[1], 'a')\n"
        "fcntl.flock(f, fcntl.LOCK_EX)\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"), str(folder / LOCK_FILE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(EditBusy, match="another edit"):
            apply_edit(edit, lock_timeout=0.5)
        assert (folder / "shop.md").read_bytes() == before
    finally:
        holder.stdin.close()
        holder.wait(30)
    apply_edit(edit)  # the lock released, the edit goes through
    assert alternates_of(folder, "where")[-1] == "parcel status"


def test_the_console_and_another_process_adding_to_one_file_never_500_nor_lose_a_line(
        tmp_path, local_embed_model, racers):
    """The console's Write (a real server) against a `faqbot report --promote`-like process:
    one is written, the other is refused (409 for the console), every time."""
    from bot.console.app import PREFIX
    from console_support import console_settings, form_values, running_console

    with running_console(console_settings(tmp_path), local_embed_model, watch=False) as console:
        folder = console.settings.faq_dir
        racer = racers[0]

        def alternates() -> tuple[str, ...]:
            text = console.faq_file.read_bytes().decode("utf-8")
            return {e.id: e for e in parse_faq_markdown(text, "help.md")}["shipping-time"].alternates

        results = []
        for trial in range(TRIALS // 2):
            ours, theirs = f"console wording {trial}", f"promoted wording {trial}"
            preview = console.get(f"{PREFIX}/alternate/preview", faq_id="shipping-time", question=ours)
            form = form_values(preview.text, "alternate-write-form")
            before = alternates()
            at = time.time() + 0.3
            racer.send(folder, "shipping-time", theirs, at)
            time.sleep(max(0.0, at - time.time()))
            status = console.post(f"{PREFIX}/alternate", form).status_code
            result = racer.read()["result"]
            results.append((status, result))
            assert (status, result) in ((303, "stale"), (409, "written")), (trial, status, result)
            assert alternates() == before + ((ours,) if status == 303 else (theirs,)), trial
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]

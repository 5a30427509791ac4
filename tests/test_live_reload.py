"""Live reload and incremental indexing: real files, real watcher, concurrent questions."""

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from bot.config import Settings
from bot.faq.entry import FaqEntry
from bot.faq.markdown import render_faq_markdown
from bot.index.storage import CURRENT, load_index
from bot.service import FaqService
from bot.watch import FaqFolderWatcher
from conftest import top_id, write_faq
from waiting import wait_for as wait_up_to

DEADLINE_SECONDS = 60  # generous: this checks that reloads happen, the bench measures how fast


def wait_for(predicate, what):
    wait_up_to(predicate, what, DEADLINE_SECONDS)


class Askers:
    """Threads asking questions non-stop, recording every failure."""

    def __init__(self, service, questions, threads=4):
        self.service, self.questions = service, questions
        self.stop = threading.Event()
        self.failures, self.asked = [], 0
        self.threads = [threading.Thread(target=self._ask, daemon=True) for _ in range(threads)]

    def _ask(self):
        while not self.stop.is_set():
            for question in self.questions:
                try:
                    answer = self.service.answer(question)
                    assert answer.candidates, "no candidates"
                    self.asked += 1
                except Exception as error:  # recorded, asserted empty below
                    self.failures.append(repr(error))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join()


def test_edit_add_delete_rename_while_questions_are_asked(settings, local_embed_model):
    service = FaqService(settings, embed_model=local_embed_model)
    service.load()
    reports = []
    faq = settings.faq_dir
    with FaqFolderWatcher(service, reports.append, debounce=0.2), \
            Askers(service, ["forgot my password", "how long is shipping", "发票"]) as askers:
        # add a file
        write_faq(faq, "invoices.md", "## How do I get an invoice?\nid: invoice\nalternates:\n- 怎么开发票\n\nDownload it from **Orders**.\n")
        wait_for(lambda: top_id(service, "我要开发票") == "invoice", "the added entry")
        # edit an answer
        path = faq / "invoices.md"
        path.write_text(path.read_text().replace("from **Orders**", "from **Billing**"))
        wait_for(lambda: "Billing" in service.answer("我要开发票").candidates[0].node.metadata["answer"],
                 "the edited answer")
        # rename: nothing is re-embedded
        before = len(reports)
        os.rename(path, faq / "billing.md")
        wait_for(lambda: service.answer("我要开发票").candidates[0].node.metadata["source"] == "billing.md",
                 "the renamed source")
        assert all(r.embedded == 0 for r in reports[before:])
        # delete
        (faq / "billing.md").unlink()
        wait_for(lambda: top_id(service, "我要开发票") != "invoice", "the deleted entry to stop matching")
    assert askers.failures == []
    assert askers.asked > 0
    assert sum(r.embedded for r in reports) == 2  # the two new phrasings and nothing else


def test_a_broken_save_keeps_serving_the_previous_entries(settings, local_embed_model):
    service = FaqService(settings, embed_model=local_embed_model)
    service.load()
    reports = []
    with FaqFolderWatcher(service, reports.append, debounce=0.2):
        (settings.faq_dir / "shop.md").write_text("## Half-written\nalternates:\n")
        wait_for(lambda: reports, "a reload")
    assert "shop.md:1: 'alternates:' has no '- ' items" in [str(e) for e in reports[-1].errors]
    assert top_id(service, "forgot my password") == "reset-password"


def many_entries(count):
    return [FaqEntry(id=f"e{i}", question=f"Question number {i} about item {i * 7}", answer=f"Answer {i}.")
            for i in range(count)]


def test_reindexing_unchanged_entries_makes_zero_embedding_requests(tmp_path, sglang_server):
    faq = tmp_path / "faq"
    write_faq(faq, "big.md", render_faq_markdown(many_entries(10_000)))
    settings = Settings(faq_dir=faq, index_dir=tmp_path / "idx", embed_backend="sglang",
                        embed_api_base=sglang_server.base_url, embed_batch_size=256,
                        embed_dimensions=64)  # small vectors keep the 10,000-entry test quick
    first = FaqService(settings).build()
    requests_after_first = len(sglang_server.embedding_requests())
    assert first.embedded == 10_000 and requests_after_first == 40
    second = FaqService(settings).build()
    assert second.embedded == 0 and second.generation == first.generation
    assert len(sglang_server.embedding_requests()) == requests_after_first
    # one changed entry costs one embedding request with one text
    text = (faq / "big.md").read_text().replace("Question number 5 about", "Question number five about")
    (faq / "big.md").write_text(text)
    third = FaqService(settings).build()
    assert third.changed == ["e5"] and third.embedded == 1
    new_requests = sglang_server.embedding_requests()[requests_after_first:]
    assert [r.json["input"] for r in new_requests] == [["Question number five about item 35"]]


def test_corrupt_index_is_detected_and_rebuilt(settings, local_embed_model):
    FaqService(settings, embed_model=local_embed_model).build()
    generation = (settings.index_dir / CURRENT).read_text()
    vectors = settings.index_dir / generation / "vectors.faiss"
    data = bytearray(vectors.read_bytes())
    data[len(data) // 2] ^= 0xFF
    vectors.write_bytes(bytes(data))
    service = FaqService(settings, embed_model=local_embed_model)
    assert top_id(service, "forgot my password") == "reset-password"
    assert (settings.index_dir / CURRENT).read_text() != generation
    load_index(settings.index_dir)  # verifies checksums


KILLER = """
import os, signal, sys
from pathlib import Path
real_replace = os.replace
def replace(src, dst):
    if str(dst).endswith("CURRENT"):
        os.kill(os.getpid(), signal.SIGKILL)  # die after writing the new generation, before the swap
    return real_replace(src, dst)
os.replace = replace
from bot.cli import main
sys.exit(main(["--faq-dir", sys.argv[1], "--index-dir", sys.argv[2], "index"]))
"""


def test_killed_indexer_leaves_the_previous_index_loadable(settings, local_embed_model, tmp_path):
    FaqService(settings, embed_model=local_embed_model).build()
    before = (settings.index_dir / CURRENT).read_text()
    write_faq(settings.faq_dir, "extra.md", "## A brand new question\nid: new\n\nNew answer.\n")
    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    result = subprocess.run([sys.executable, str(script), str(settings.faq_dir), str(settings.index_dir)],
                            capture_output=True, timeout=300)
    assert result.returncode == -signal.SIGKILL
    assert (settings.index_dir / CURRENT).read_text() == before
    stored = load_index(settings.index_dir)
    assert "new" not in stored.manifest.entries and "reset-password" in stored.manifest.entries
    assert list(settings.index_dir.glob(".staging-*")) == [] or True  # staging may remain until next save
    report = FaqService(settings, embed_model=local_embed_model).build()
    assert "new" in report.added
    assert list(settings.index_dir.glob(".staging-*")) == []

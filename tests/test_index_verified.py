"""Verified checksums recorded per index generation (bot/index/verified.py).

A real index (the sample shop FAQ, the embedded model) is built once per module and copied
for each test; the spy counts which files the load reads to hash, calling the real hash.
Each test starts with an empty in-process digest memo, as a new process does.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import Settings
from bot.index import storage, verified
from bot.index.storage import MANIFEST, IndexCorruptError, load_index, load_rows
from bot.index.verified import VERIFIED
from bot.service import FaqService
from conftest import SHOP_FAQ, write_faq

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory, local_embed_model) -> tuple[Path, Path]:
    """(faq folder, index folder) of a real index, built once."""
    base = tmp_path_factory.mktemp("verified")
    faq = base / "faq_sources"
    write_faq(faq, "shop.md", SHOP_FAQ)
    settings = Settings(faq_dir=faq, index_dir=base / "index_store")
    FaqService(settings, embed_model=local_embed_model).build()
    return faq, settings.index_dir


@pytest.fixture
def index_dir(built, tmp_path) -> Path:
    """A copy of the built index, new files (not yet settled: see :func:`settle`)."""
    copy = tmp_path / "index_store"
    shutil.copytree(built[1], copy)
    for stale in copy.glob(f"gen-*/{VERIFIED}"):
        stale.unlink()
    return copy


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """Names of the files each load hashes (reads), in the order hashed; the real hash runs."""
    monkeypatch.setattr(storage, "_KNOWN_DIGESTS", {})
    names: list[str] = []
    real = storage.file_sha256

    def spy(path: Path) -> str:
        names.append(path.name)
        return real(path)

    monkeypatch.setattr(storage, "file_sha256", spy)
    return names


def settle(index_dir: Path) -> None:
    """Wait until every file of the live generation changed over a second ago: a file changed
    within the file system's clock tick of its hashing is never recorded."""
    folder = generation(index_dir)
    newest = max(max(p.stat().st_mtime_ns, p.stat().st_ctime_ns) for p in folder.iterdir())
    wait = (newest + verified.SETTLED_NS) / 1e9 + 0.05 - time.time()
    if wait > 0:
        time.sleep(wait)


def generation(index_dir: Path) -> Path:
    return index_dir / (index_dir / "CURRENT").read_text().strip()


def manifest_files(index_dir: Path) -> dict[str, str]:
    return json.loads((generation(index_dir) / MANIFEST).read_text())["files"]


def record(index_dir: Path) -> dict:
    return json.loads((generation(index_dir) / VERIFIED).read_text())


def forget_in_process(monkeypatch) -> None:
    """A new process: nothing hashed earlier in this one is remembered."""
    monkeypatch.setattr(storage, "_KNOWN_DIGESTS", {})


def tamper_same_size(path: Path) -> None:
    """Change one byte, keeping the size, and put the modification time back: only the
    inode's change time (which no user call sets) shows the write."""
    status = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    with open(path, "r+b") as handle:
        handle.write(data)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert path.stat().st_size == status.st_size and path.stat().st_mtime_ns == status.st_mtime_ns


def test_first_load_records_every_file_with_its_manifest_digest(index_dir, hashed):
    settle(index_dir)
    load_rows(index_dir)
    files = manifest_files(index_dir)
    assert sorted(hashed) == sorted(files)
    found = record(index_dir)
    assert found["format"] == verified.FORMAT
    assert {name: r["sha256"] for name, r in found["files"].items()} == files
    status = (generation(index_dir) / storage.ROWS).stat()
    rows = found["files"][storage.ROWS]
    assert (rows["inode"], rows["size"], rows["mtime_ns"], rows["ctime_ns"]) == (
        status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def test_a_later_load_reads_no_file_to_verify_and_leaves_the_record_alone(index_dir, hashed, monkeypatch):
    settle(index_dir)
    load_rows(index_dir)
    written = (generation(index_dir) / VERIFIED).stat().st_mtime_ns
    hashed.clear()
    forget_in_process(monkeypatch)
    stored = load_index(index_dir)
    assert hashed == [] and len(stored.store) > 0
    assert (generation(index_dir) / VERIFIED).stat().st_mtime_ns == written


def test_a_record_older_than_index_rehash_after_is_hashed_again(index_dir, hashed, monkeypatch):
    settle(index_dir)
    load_rows(index_dir)
    path = generation(index_dir) / VERIFIED
    document = json.loads(path.read_text())
    for entry in document["files"].values():
        entry["hashed_at"] -= 100
    path.write_text(json.dumps(document))
    hashed.clear()
    forget_in_process(monkeypatch)
    load_rows(index_dir, rehash_after=200)  # 100 s old: still trusted
    assert hashed == []
    load_rows(index_dir, rehash_after=50)  # too old: every file read again, the record renewed
    assert sorted(hashed) == sorted(manifest_files(index_dir))
    assert all(time.time() - r["hashed_at"] < 50 for r in record(index_dir)["files"].values())


def test_a_record_dated_in_the_future_is_not_trusted(index_dir, hashed, monkeypatch):
    settle(index_dir)
    load_rows(index_dir)
    path = generation(index_dir) / VERIFIED
    document = json.loads(path.read_text())
    document["files"][storage.ROWS]["hashed_at"] = time.time() + 3600  # the clock was set back since
    path.write_text(json.dumps(document))
    hashed.clear()
    forget_in_process(monkeypatch)
    load_rows(index_dir)
    assert hashed == [storage.ROWS]


def test_setting_zero_hashes_every_file_on_every_load_and_records_nothing(index_dir, hashed, monkeypatch):
    settle(index_dir)
    for _ in range(2):
        forget_in_process(monkeypatch)
        hashed.clear()
        load_rows(index_dir, rehash_after=0)
        assert sorted(hashed) == sorted(manifest_files(index_dir))
    assert not (generation(index_dir) / VERIFIED).exists()


def test_the_service_passes_the_setting(built, index_dir, hashed, monkeypatch, local_embed_model):
    settle(index_dir)
    load_rows(index_dir)  # recorded
    for seconds, expected in ((0, sorted(manifest_files(index_dir))), (3600, [])):
        forget_in_process(monkeypatch)
        hashed.clear()
        settings = Settings(faq_dir=built[0], index_dir=index_dir, index_rehash_after=seconds)
        FaqService(settings, embed_model=local_embed_model).load()
        assert sorted(hashed) == expected


def test_a_same_size_change_with_its_mtime_put_back_fails_its_checksum(index_dir, hashed, monkeypatch):
    settle(index_dir)
    load_rows(index_dir)
    tamper_same_size(generation(index_dir) / "view-symmetric.npy")
    forget_in_process(monkeypatch)
    hashed.clear()
    with pytest.raises(IndexCorruptError, match="view-symmetric.npy fails its checksum"):
        load_rows(index_dir)
    assert "view-symmetric.npy" in hashed
    assert not (generation(index_dir) / VERIFIED).exists()  # nothing recorded is trusted after a failure


def test_a_fresh_faqbot_ask_process_detects_a_tampered_file(built, index_dir):
    """Real processes: one records, the next finds the file changed and rebuilds the index."""
    settle(index_dir)
    command = [sys.executable, "-m", "bot", "--faq-dir", str(built[0]), "--index-dir", str(index_dir),
               "ask", "I want my money back"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    live = generation(index_dir)
    assert set(record(index_dir)["files"]) == set(manifest_files(index_dir))
    tamper_same_size(live / storage.VECTORS)
    second = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "fails its checksum" in second.stderr
    assert generation(index_dir) != live  # rebuilt rather than served from the changed file
    assert second.stdout == first.stdout


def test_a_replaced_file_with_the_same_bytes_is_hashed_again(index_dir, hashed, monkeypatch):
    settle(index_dir)
    load_rows(index_dir)
    path = generation(index_dir) / storage.ROWS
    copy = path.with_name("rows.copy")
    shutil.copy2(path, copy)  # same bytes and mtime, another inode
    os.replace(copy, path)
    forget_in_process(monkeypatch)
    hashed.clear()
    load_rows(index_dir)
    assert hashed == [storage.ROWS]


def test_files_changed_within_a_second_of_hashing_are_not_recorded(index_dir, hashed, monkeypatch):
    load_rows(index_dir)  # the copy is brand new
    assert not (generation(index_dir) / VERIFIED).exists()
    forget_in_process(monkeypatch)
    hashed.clear()
    settle(index_dir)
    load_rows(index_dir)
    assert sorted(hashed) == sorted(manifest_files(index_dir))  # hashed again, recorded now
    assert set(record(index_dir)["files"]) == set(manifest_files(index_dir))


def test_only_settled_files_are_recorded(index_dir, hashed, monkeypatch):
    settle(index_dir)
    rows = generation(index_dir) / storage.ROWS
    rows.write_bytes(rows.read_bytes())  # rewritten just now (same bytes)
    load_rows(index_dir)
    assert storage.ROWS not in record(index_dir)["files"]
    assert len(record(index_dir)["files"]) == len(manifest_files(index_dir)) - 1
    forget_in_process(monkeypatch)
    hashed.clear()
    load_rows(index_dir)
    assert hashed == [storage.ROWS]


@pytest.mark.parametrize("content", [
    b"", b"{not json", b"[]", b'{"format": "faqbot-verified/0", "files": {}}',
    b'{"format": "faqbot-verified/1", "files": []}', "size as text", "no ctime", "digest not text",
])
def test_a_malformed_record_is_ignored_and_replaced(index_dir, hashed, monkeypatch, content):
    settle(index_dir)
    load_rows(index_dir)
    path = generation(index_dir) / VERIFIED
    if isinstance(content, str):  # one field of one file made wrong; the rest is right
        document = json.loads(path.read_text())
        entry = document["files"][storage.ROWS]
        if content == "size as text":
            entry["size"] = str(entry["size"])
        elif content == "no ctime":
            del entry["ctime_ns"]
        else:
            entry["sha256"] = None
        content = json.dumps(document).encode()
    path.write_bytes(content)
    forget_in_process(monkeypatch)
    hashed.clear()
    load_rows(index_dir)
    assert sorted(hashed) == sorted(manifest_files(index_dir))  # nothing in it trusted
    assert {n: r["sha256"] for n, r in record(index_dir)["files"].items()} == manifest_files(index_dir)


def test_a_record_with_a_wrong_digest_neither_breaks_a_good_index_nor_stays(index_dir, hashed, monkeypatch):
    settle(index_dir)
    load_rows(index_dir)
    path = generation(index_dir) / VERIFIED
    document = json.loads(path.read_text())
    document["files"][storage.ROWS]["sha256"] = "0" * 64
    path.write_text(json.dumps(document))
    forget_in_process(monkeypatch)
    hashed.clear()
    load_rows(index_dir)  # the file itself is fine: hashed, and the load goes on
    assert hashed == [storage.ROWS]
    assert not path.exists()  # a record that was wrong once is not trusted again
    forget_in_process(monkeypatch)
    hashed.clear()
    load_rows(index_dir)
    assert sorted(hashed) == sorted(manifest_files(index_dir))
    assert record(index_dir)["files"][storage.ROWS]["sha256"] == manifest_files(index_dir)[storage.ROWS]

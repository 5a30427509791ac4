"""Which files of an index generation were already checked against their SHA-256, and when.

Loading a generation verifies every file against the manifest's checksums
(bot/index/storage.py). At 10,000 entries that is ~220 MB to hash, the largest part of a
cold ``faqbot ask`` beyond the model and FAISS, and a generation's files never change once
written. So the first load records, in ``<generation>/.verified.json``, each file's
identity and state as ``os.stat`` reports it (device, inode, size, mtime_ns, ctime_ns)
with the digest it hashed to; a later load reuses that digest while the file's stat is
unchanged and the record is younger than ``index_rehash_after`` seconds (then it hashes
again; 0: always hash, as before this record existed).

Why this is safe enough to skip reading the bytes:

- any write to a file changes its ctime, which no user call can set back (``utime`` sets
  mtime and atime, and itself bumps ctime): a file modified in place, even to the same
  size with its mtime restored, no longer matches its record and is hashed again;
- a replaced file (rename, copy from another host, restore from a backup) has another inode;
- a file is recorded only if its stat was the same before and after hashing and both its
  mtime and ctime were over a second old when hashing began: a write in the same tick of a
  coarse file-system clock may leave the times unchanged ("racily clean" files, as git
  calls them), so a file written right before it was hashed is hashed again next time;
- the record is written to a temporary file and renamed over the old one (readers see the
  old or the new record, never half of one); a record that cannot be parsed, of another
  format or with a field of the wrong type is ignored whole (everything is hashed) and
  overwritten;
- a record's digest is still compared with the manifest's: the record only saves reading
  the file, it never vouches for a digest the manifest does not name;
- the record is a file name starting with a dot, which storage never lists or reads as
  index data, and a generation folder the process cannot write is simply hashed every time.

It is a cache with the same trust as the files beside it: whoever can rewrite the record can
rewrite the manifest too.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Optional

log = logging.getLogger(__name__)

VERIFIED = ".verified.json"
FORMAT = "faqbot-verified/1"
DEFAULT_REHASH_AFTER = 24 * 3600.0  # seconds (the setting index_rehash_after)
SETTLED_NS = 1_000_000_000  # a file changed less than this before hashing is not recorded
_STAT_FIELDS = ("device", "inode", "size", "mtime_ns", "ctime_ns")


def _state(status: os.stat_result) -> dict[str, int]:
    return {"device": status.st_dev, "inode": status.st_ino, "size": status.st_size,
            "mtime_ns": status.st_mtime_ns, "ctime_ns": status.st_ctime_ns}


def read_records(folder: Path) -> dict[str, dict[str, Any]]:
    """The records of ``folder/.verified.json`` by file name; empty if it is missing or malformed
    in any way (then nothing is trusted)."""
    try:
        document = json.loads((folder / VERIFIED).read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(document, dict) or document.get("format") != FORMAT or not isinstance(document.get("files"), dict):
        return {}
    records = {}
    for name, record in document["files"].items():
        if not (isinstance(record, dict) and all(type(record.get(key)) is int for key in _STAT_FIELDS)
                and type(record.get("sha256")) is str and type(record.get("hashed_at")) in (int, float)):
            return {}
        records[name] = record
    return records


def _reusable(record: Optional[dict[str, Any]], state: dict[str, int], now: float, rehash_after: float) -> bool:
    if record is None or any(record[key] != value for key, value in state.items()):
        return False
    age = now - record["hashed_at"]
    return 0 <= age < rehash_after  # a clock set back makes the record suspect too


def file_digests(folder: Path, names: list[str], hash_file: Callable[[Path], str],
                 rehash_after: float = DEFAULT_REHASH_AFTER) -> dict[str, str]:
    """The SHA-256 of each of ``names`` in ``folder``: recorded ones reused (see the module doc),
    the rest hashed by ``hash_file`` (in parallel) and recorded for next time.

    The digests are not compared with anything here: the caller checks them against the manifest
    and should call :func:`forget` if one fails."""
    records = read_records(folder) if rehash_after > 0 else {}
    now = time.time()
    digests: dict[str, str] = {}
    states: dict[str, dict[str, int]] = {}
    for name in names:
        state = _state(os.stat(folder / name))
        if _reusable(records.get(name), state, now, rehash_after):
            digests[name] = records[name]["sha256"]
        else:
            states[name] = state
    if not states:
        return digests
    started_ns = time.time_ns()
    todo = list(states)
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1, len(todo))) as pool:
        digests.update(zip(todo, pool.map(lambda name: hash_file(folder / name), todo)))
    if rehash_after <= 0:
        return digests
    fresh = {}
    for name in todo:
        state = states[name]
        settled = started_ns - max(state["mtime_ns"], state["ctime_ns"]) > SETTLED_NS
        try:
            unchanged = _state(os.stat(folder / name)) == state
        except OSError:
            unchanged = False
        if settled and unchanged:
            fresh[name] = {**state, "sha256": digests[name], "hashed_at": now}
    if fresh:
        kept = {name: record for name, record in records.items()
                if name in digests and name not in states}  # reused this time, still valid
        _write(folder, {**kept, **fresh})
    return digests


def forget(folder: Path) -> None:
    """Drop the record (a file failed its checksum: nothing recorded about it is reused)."""
    try:
        os.unlink(folder / VERIFIED)
    except OSError:
        pass


def _write(folder: Path, records: dict[str, dict[str, Any]]) -> None:
    """Replace the record atomically; a folder this process cannot write keeps hashing instead."""
    temporary = folder / f"{VERIFIED}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    document = json.dumps({"format": FORMAT, "files": records}, sort_keys=True, separators=(",", ":"))
    try:
        temporary.write_text(document, encoding="utf-8")
        os.replace(temporary, folder / VERIFIED)
    except OSError as error:
        log.debug("cannot record verified checksums in %s (%s): they are hashed on every load", folder, error)
        try:
            os.unlink(temporary)
        except OSError:
            pass

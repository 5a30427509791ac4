"""Persisting the index in ``index_store/`` so a crash or tampering never costs the last good index.

Layout::

    index_store/CURRENT            name of the live generation (replaced atomically)
    index_store/gen-<stamp>/       manifest.json
                                   vectors.faiss   the phrasing vectors (FAISS binary)
                                   rows.json       the entries once each, and per vector its
                                                   entry and phrasing index (bot/index/vector_store.py)
                                   view-<name>.npy / view-<name>.json   per scoring view
                                                   (bot/index/views.py)
                                   table-<name>.json / table-<name>-<array>.npy   statistics
                                                   computed at write time (bot/index/tables.py)

A save writes a new generation beside the live one, fsyncs it, then swaps
``CURRENT`` with an atomic rename. The manifest records the embedding signature and
a SHA-256 per file; a load verifies both and never executes stored data (JSON, FAISS's
binary format and ``.npy`` without pickles only).

Loading is cheap at any size: nothing is recomputed, the JSON is small, and the ``.npy``
arrays are opened after their checksum is verified and only the rows a question touches
are read (bot/index/npy_rows.py; a generation's files are never modified once written; a
pruned generation stays readable while its files are open). Index format 1 (before ``rows.json``:
``nodes.jsonl``, one LlamaIndex node per vector, ~2.8 s to parse at 10,000 entries) still
loads, and the next write stores it as format 2 reusing its vectors.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import os
import re
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

import numpy as np

from bot.index.npy_rows import NpyRows
from bot.index.rows import PhrasingRows
from bot.index.tables import NAME, Tables
from bot.index.verified import DEFAULT_REHASH_AFTER, file_digests, forget
from bot.index.views import ViewVectors

if TYPE_CHECKING:  # the vector store loads LlamaIndex: read only for load_index, not load_rows
    from bot.index.vector_store import FaqVectorStore

FORMAT_VERSION = 2
READABLE_FORMATS = (1, 2)
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
ROWS = "rows.json"
NODES = "nodes.jsonl"  # format 1's rows
KEEP_GENERATIONS = 2


class IndexMissingError(FileNotFoundError):
    pass


class IndexCorruptError(ValueError):
    """The stored index fails its checksums or cannot be parsed; rebuild it."""


class IndexMismatchError(ValueError):
    """The stored index was built with another embedding setup; re-index."""


class _ChecksumError(IndexCorruptError):
    pass


@dataclass(frozen=True)
class EmbeddingSignature:
    """What must match for stored vectors to be comparable with new query vectors."""

    backend: str
    model: str
    dimension: int
    prompt: str

    def mismatch(self, stored: "EmbeddingSignature") -> list[str]:
        """Differences from a stored signature; a dimension of 0 means "not known yet"."""
        names = ("backend", "model", "dimension", "prompt") if self.dimension else ("backend", "model", "prompt")
        return [
            f"{name}: index has {getattr(stored, name)!r}, configured {getattr(self, name)!r}"
            for name in names
            if getattr(self, name) != getattr(stored, name)
        ]


@dataclass
class Manifest:
    signature: EmbeddingSignature
    entries: dict[str, str]
    files: dict[str, str] = field(default_factory=dict)
    calibration: dict[str, Any] = field(default_factory=dict)
    created_at: float = field(default_factory=time.time)
    format: int = FORMAT_VERSION
    views: list[str] = field(default_factory=list)
    # table name -> fingerprint of what it was computed with (bot/index/tables.py)
    tables: dict[str, str] = field(default_factory=dict)
    # corpus statistics frozen for later builds: their bookkeeping (bot/index/statistics.py)
    statistics: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        if data.get("format") not in READABLE_FORMATS:
            raise IndexCorruptError(f"unknown index format {data.get('format')!r}")
        return cls(
            signature=EmbeddingSignature(**data["signature"]),
            entries=dict(data["entries"]),
            files=dict(data["files"]),
            calibration=dict(data.get("calibration") or {}),
            created_at=float(data["created_at"]),
            format=int(data["format"]),
            views=list(data.get("views") or []),
            tables={str(k): str(v) for k, v in (data.get("tables") or {}).items()},
            statistics=dict(data.get("statistics") or {}),
        )


@dataclass
class StoredIndex:
    # A FaqVectorStore (load_index), or for the plain answer path a PhrasingRows (load_rows).
    store: "FaqVectorStore | PhrasingRows"
    manifest: Manifest
    generation: str
    views: dict[str, ViewVectors] = field(default_factory=dict)
    tables: dict[str, Tables] = field(default_factory=dict)


def _view_files(name: str) -> tuple[str, str]:
    return f"view-{name}.npy", f"view-{name}.json"


def _table_file(name: str) -> str:
    return f"table-{name}.json"


def _table_array_file(name: str, array: str) -> str:
    return f"table-{name}-{array}.npy"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# The SHA-256 of files this process has hashed, by inode. A generation's files are never
# modified once written, and a reader on another host hard-links the files a new generation
# shares with the one it serves (bot/index/publish/store.py): without this, the same bytes
# were hashed again by the download and again by the load, every generation.
# An entry counts only while the file keeps its size and modification time, and only if
# that time was well before the hashing: a write changes the time, but within one tick of
# the file system's clock it may not (git's "racily clean" files), so a file hashed right
# after it was written is hashed again next time. The memory is per process.
_KNOWN_DIGESTS: dict[tuple[int, int], tuple[int, int, str]] = {}  # inode -> size, mtime_ns, digest
_KNOWN_DIGESTS_MAX = 4096
_SETTLED_NS = 1_000_000_000


def file_sha256(path: Path) -> str:
    """``path``'s SHA-256, read from disk unless this process hashed the same unchanged inode."""
    status = os.stat(path)
    inode, version = (status.st_dev, status.st_ino), (status.st_size, status.st_mtime_ns)
    known = _KNOWN_DIGESTS.get(inode)
    if known is not None and known[:2] == version:
        return known[2]
    hashed_at = time.time_ns()
    with open(path, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    if hashed_at - status.st_mtime_ns > _SETTLED_NS:  # the status from before the read: a write meanwhile is seen
        if len(_KNOWN_DIGESTS) >= _KNOWN_DIGESTS_MAX:
            _KNOWN_DIGESTS.clear()
        _KNOWN_DIGESTS[inode] = (*version, digest)
    return digest


def current_generation(index_dir: Path) -> Optional[str]:
    pointer = index_dir / CURRENT
    if not pointer.exists():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    if not name.startswith("gen-") or "/" in name or ".." in name:
        raise IndexCorruptError(f"{pointer} does not name a generation")
    return name


def load_manifest(index_dir: Path) -> Optional[tuple[str, Manifest]]:
    """The live generation's name and manifest (not verified against its files), if any."""
    try:
        generation = current_generation(index_dir)
        if generation is None:
            return None
        text = (index_dir / generation / MANIFEST).read_text(encoding="utf-8")
        return generation, Manifest.from_json(text)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_index(index_dir: Path, expected: Optional[EmbeddingSignature] = None,
               rehash_after: float = DEFAULT_REHASH_AFTER) -> StoredIndex:
    """Load and verify the live generation; raise a clear error saying what to do.
    ``rehash_after``: the setting ``index_rehash_after`` (bot/index/verified.py)."""
    return _load(index_dir, expected, _read_store, rehash_after)


def load_rows(index_dir: Path, expected: Optional[EmbeddingSignature] = None,
              rehash_after: float = DEFAULT_REHASH_AFTER) -> StoredIndex:
    """What :func:`load_index` loads, checked the same way, its store read as plain
    :class:`~bot.index.rows.PhrasingRows` (no LlamaIndex): for answering only. An index
    holding other nodes than FAQ phrasings raises IndexCorruptError here; load_index reads it."""
    return _load(index_dir, expected, _read_rows, rehash_after)


def _load(index_dir: Path, expected: Optional[EmbeddingSignature],
          read_store: Callable[[Path, Manifest], Any], rehash_after: float) -> StoredIndex:
    generation, folder, manifest = _verified_manifest(index_dir, expected, rehash_after=rehash_after)
    # The JSON documents make ~100,000 lists and strings at 10,000 entries, none in a cycle:
    # the collector's passes over them meanwhile were ~15% of a load's CPU. Paused, not skipped.
    paused = gc.isenabled()
    gc.disable()
    try:
        return StoredIndex(store=read_store(folder, manifest), manifest=manifest, generation=generation,
                           views={name: _read_view(folder, manifest, name) for name in manifest.views},
                           tables={name: _read_table(folder, manifest, name) for name in manifest.tables})
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as error:
        raise IndexCorruptError(f"index in {folder} cannot be parsed ({error}); rebuild it") from None
    finally:
        if paused:
            gc.enable()


def _verified_manifest(index_dir: Path, expected: Optional[EmbeddingSignature], files: Optional[list[str]] = None,
                       rehash_after: float = DEFAULT_REHASH_AFTER) -> tuple[str, Path, Manifest]:
    """The live generation, its folder and its manifest, after checking the signature and the
    checksums of ``files`` (default: every file the manifest lists)."""
    generation = current_generation(index_dir)
    if generation is None:
        raise IndexMissingError(f"no index in {index_dir}: run `faqbot index`")
    folder = index_dir / generation
    try:
        manifest = Manifest.from_json((folder / MANIFEST).read_text(encoding="utf-8"))
        names = [*manifest.views, *manifest.tables]
        if any(not NAME.fullmatch(name) for name in names):
            raise ValueError(f"bad view or table names {names}")
        _verify(folder, manifest, files, rehash_after)
    except (OSError, ValueError, KeyError, TypeError) as error:
        if isinstance(error, _ChecksumError):
            raise
        raise IndexCorruptError(f"index in {folder} is unreadable ({error}); rebuild it") from None
    if expected is not None:
        problems = expected.mismatch(manifest.signature)
        if problems:
            raise IndexMismatchError(
                f"index in {index_dir} was built with a different embedding setup ("
                + "; ".join(problems)
                + "): run `faqbot index --rebuild` to re-index"
            )
    return generation, folder, manifest


def _verify(folder: Path, manifest: Manifest, files: Optional[list[str]] = None,
            rehash_after: float = DEFAULT_REHASH_AFTER) -> None:
    """Every file the manifest lists (or only ``files`` of them) matches its checksum (streamed,
    in parallel; a digest recorded by an earlier load is reused while the file is unchanged:
    bot/index/verified.py), and the files this format needs are among them: nothing unlisted
    is ever read."""
    needed = [VECTORS, NODES if manifest.format == 1 else ROWS]
    needed += [name for view in manifest.views for name in _view_files(view)]
    needed += [_table_file(name) for name in manifest.tables]
    names = list(manifest.files) if files is None else [name for name in files if name in manifest.files]
    for name in needed:
        if name not in manifest.files:
            raise ValueError(f"{name} is not in the manifest")
    if any("/" in name or name.startswith(".") for name in names):
        raise ValueError("a file name in the manifest leaves the generation folder")
    digests = file_digests(folder, names, file_sha256, rehash_after)
    failed = [name for name in names if manifest.files[name] != digests[name]]
    if failed:
        forget(folder)  # nothing recorded is trusted again; and a recorded digest may be what failed
        digests = file_digests(folder, failed, file_sha256, rehash_after=0)
    for name in failed:
        if manifest.files[name] != digests[name]:
            raise _ChecksumError(f"{folder / name} fails its checksum; rebuild the index")


def _read_store(folder: Path, manifest: Manifest) -> FaqVectorStore:
    from bot.index.vector_store import FaqVectorStore

    return FaqVectorStore.from_index(manifest.signature.dimension, *_read_files(folder, manifest))


def _read_rows(folder: Path, manifest: Manifest) -> PhrasingRows:
    if manifest.format == 1:
        raise ValueError("index format 1 (nodes.jsonl) is read as a FaqVectorStore")
    return PhrasingRows.from_index(manifest.signature.dimension, *_read_files(folder, manifest, mapped=True))


def _read_files(folder: Path, manifest: Manifest, mapped: bool = False) -> tuple[Any, bytes]:
    """The FAISS index and the rows bytes. ``mapped``: the index's vectors are memory-mapped
    read-only instead of copied (for PhrasingRows, which never modifies them; the mapping
    outlives a pruned file)."""
    import faiss

    flags = faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY if mapped else 0
    rows = (folder / (NODES if manifest.format == 1 else ROWS)).read_bytes()
    return faiss.read_index(str(folder / VECTORS), flags), rows


def read_phrasing_vectors(index_dir: Path, expected: Optional[EmbeddingSignature] = None
                          ) -> Optional[dict[str, np.ndarray]]:
    """The live generation's FAQ phrasings and their vectors, by text: what `faqbot check`
    reuses instead of embedding again. Checked as :func:`load_index` checks (and raising as
    it does), but only ``vectors.faiss`` and ``rows.json`` are read, without LlamaIndex.
    None for an index of format 1 (:func:`load_index` reads it)."""
    generation, folder, manifest = _verified_manifest(index_dir, expected, [VECTORS, ROWS])
    if manifest.format == 1:
        return None
    try:
        import faiss

        index = faiss.read_index(str(folder / VECTORS))
        texts = _phrasing_texts(json.loads((folder / ROWS).read_bytes()))
        if index.d != manifest.signature.dimension or not hasattr(index, "id_map"):
            raise ValueError(f"FAISS index of dimension {index.d} without ids, manifest says "
                             f"{manifest.signature.dimension}")
        ids = faiss.vector_to_array(index.id_map)
        if not set(texts) <= set(ids.tolist()):
            raise ValueError("a row has no vector")
        vectors = index.index.reconstruct_n(0, index.ntotal)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as error:
        raise IndexCorruptError(f"index in {folder} cannot be parsed ({error}); rebuild it") from None
    # Vectors of nodes inserted beside the FAQ (rows.json's "nodes") are not phrasings: left out.
    return {texts[faiss_id]: vectors[k] for k, faiss_id in enumerate(ids.tolist()) if faiss_id in texts}


def _phrasing_texts(document: Any) -> dict[int, str]:
    """Per FAISS id, the text of its phrasing, from a rows document (bot/index/vector_store.py)."""
    if not isinstance(document, dict) or document.get("format") != "faqbot-rows/2":
        raise ValueError("rows are not a faqbot-rows/2 document")
    phrasings = []
    for record in document["entries"]:
        texts = [record["question"], *record["alternates"]] if type(record["alternates"]) is list else [None]
        if not all(type(text) is str for text in texts):
            raise ValueError(f"entry {record.get('id')!r} has a phrasing that is not text")
        phrasings.append(texts)
    found = {}
    for row in document["rows"]:
        if not (type(row) is list and len(row) == 3 and all(type(x) is int for x in row)):
            raise ValueError(f"row {row!r} is not [faiss id, entry, phrasing]")
        faiss_id, entry, index = row
        if not (0 <= entry < len(phrasings) and 0 <= index < len(phrasings[entry])) or faiss_id in found:
            raise ValueError(f"row {row!r} points outside the entries or repeats a vector")
        found[faiss_id] = phrasings[entry][index]
    return found


def _read_view(folder: Path, manifest: Manifest, name: str) -> ViewVectors:
    matrix, rows = _view_files(name)
    return ViewVectors.from_stored(manifest.signature.dimension, _rows_of(folder / matrix), (folder / rows).read_bytes())


def _read_table(folder: Path, manifest: Manifest, name: str) -> Tables:
    document = json.loads((folder / _table_file(name)).read_bytes())
    if not isinstance(document, dict) or not isinstance(document.get("arrays"), list):
        raise ValueError(f"table {name} has no list of arrays")
    arrays = {}
    for array in document["arrays"]:
        if not isinstance(array, str) or not NAME.fullmatch(array):
            raise ValueError(f"table {name}: bad array name {array!r}")
        file = _table_array_file(name, array)
        if file not in manifest.files:
            raise ValueError(f"{file} is not in the manifest")
        arrays[array] = _rows_of(folder / file)
    if document.get("fingerprint") != manifest.tables[name]:
        raise ValueError(f"table {name} does not match the manifest")
    return Tables(fingerprint=manifest.tables[name], arrays=arrays, meta=dict(document.get("meta") or {}))


def _rows_of(path: Path) -> NpyRows:
    """A verified ``.npy`` file, its rows read when asked for (never unpickled, never
    memory-mapped: see bot/index/npy_rows.py)."""
    return NpyRows(path)


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(array), allow_pickle=False)
    return buffer.getvalue()


def save_index(
    index_dir: Path, store: FaqVectorStore, manifest: Manifest,
    views: Optional[dict[str, ViewVectors]] = None, tables: Optional[dict[str, Tables]] = None,
) -> str:
    """Write a new generation (in the current format) and make it live atomically; return its name."""
    index_dir.mkdir(parents=True, exist_ok=True)
    views, tables = views or {}, tables or {}
    manifest.format = FORMAT_VERSION
    manifest.views = sorted(views)
    manifest.tables = {name: tables[name].fingerprint for name in sorted(tables)}
    data: dict[str, bytes] = {}
    data[VECTORS], data[ROWS] = store.to_payload()
    for name, view in views.items():
        matrix, rows = _view_files(name)
        data[matrix], data[rows] = view.to_payload()
    for name, table in tables.items():
        if not NAME.fullmatch(name) or not all(NAME.fullmatch(a) for a in table.arrays):
            raise ValueError(f"bad table or array name in {name}: {sorted(table.arrays)}")
        document = {"fingerprint": table.fingerprint, "arrays": sorted(table.arrays), "meta": table.meta}
        data[_table_file(name)] = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
        for array, values in table.arrays.items():
            data[_table_array_file(name, array)] = _npy(values)
    manifest.files = {name: sha256(content) for name, content in data.items()}
    generation = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    staging = index_dir / f".staging-{generation}"
    staging.mkdir()
    for name, content in (*data.items(), (MANIFEST, manifest.to_json().encode())):
        write_synced(staging / name, content)
    fsync_dir(staging)
    os.replace(staging, index_dir / generation)
    make_live(index_dir, generation)
    return generation


def make_live(index_dir: Path, generation: str) -> None:
    """Point ``CURRENT`` at the complete generation folder ``generation`` (atomic rename),
    then drop older generations. Also how a reader on another host swaps in a generation it
    downloaded (bot/index/publish/)."""
    write_synced(index_dir / f".{CURRENT}.tmp", generation.encode())
    os.replace(index_dir / f".{CURRENT}.tmp", index_dir / CURRENT)
    fsync_dir(index_dir)
    _prune(index_dir, keep=generation)


def update_calibration(index_dir: Path, calibration: dict[str, Any]) -> str:
    """Store calibration results with the live index (as a new generation)."""
    stored = load_index(index_dir)
    stored.manifest.calibration = calibration
    return save_index(index_dir, stored.store, stored.manifest, stored.views, stored.tables)


def write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune(index_dir: Path, keep: str) -> None:
    """Keep the live generation and the one before it; drop older ones and stale staging."""
    generations = sorted(p for p in index_dir.glob("gen-*") if p.is_dir())
    stale = [p for p in generations if p.name != keep][: -(KEEP_GENERATIONS - 1) or None]
    stale += [p for p in index_dir.glob(".staging-*") if p.is_dir()]
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)

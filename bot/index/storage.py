"""Persisting the index in ``index_store/`` so a crash or tampering never costs the last good index.

Layout::

    index_store/CURRENT            name of the live generation (replaced atomically)
    index_store/gen-<stamp>/       manifest.json, vectors.faiss, nodes.jsonl, and
                                   view-<name>.npy / view-<name>.json per scoring
                                   view (bot/index/views.py)

A save writes a new generation beside the live one, fsyncs it, then swaps
``CURRENT`` with an atomic rename. The manifest records the embedding signature and
a SHA-256 per file; a load verifies both and never executes stored data.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from bot.index.vector_store import FaqVectorStore
from bot.index.views import ViewVectors

FORMAT_VERSION = 1
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
NODES = "nodes.jsonl"
KEEP_GENERATIONS = 2


class IndexMissingError(FileNotFoundError):
    pass


class IndexCorruptError(ValueError):
    """The stored index fails its checksums or cannot be parsed; rebuild it."""


class IndexMismatchError(ValueError):
    """The stored index was built with another embedding setup; re-index."""


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

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        if data.get("format") != FORMAT_VERSION:
            raise IndexCorruptError(f"unknown index format {data.get('format')!r}")
        return cls(
            signature=EmbeddingSignature(**data["signature"]),
            entries=dict(data["entries"]),
            files=dict(data["files"]),
            calibration=dict(data.get("calibration") or {}),
            created_at=float(data["created_at"]),
            views=list(data.get("views") or []),
        )


@dataclass
class StoredIndex:
    store: FaqVectorStore
    manifest: Manifest
    generation: str
    views: dict[str, ViewVectors] = field(default_factory=dict)


def _files_of(manifest: Manifest) -> dict[Optional[str], tuple[str, str]]:
    """The two files of the phrasing store (key None) and of each view."""
    return {None: (VECTORS, NODES), **{name: (f"view-{name}.npy", f"view-{name}.json") for name in manifest.views}}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


def load_index(index_dir: Path, expected: Optional[EmbeddingSignature] = None) -> StoredIndex:
    """Load and verify the live generation; raise a clear error saying what to do."""
    generation = current_generation(index_dir)
    if generation is None:
        raise IndexMissingError(f"no index in {index_dir}: run `faqbot index`")
    folder = index_dir / generation
    try:
        manifest = Manifest.from_json((folder / MANIFEST).read_text(encoding="utf-8"))
        if any(not re.fullmatch(r"[a-z]+", name) for name in manifest.views):
            raise ValueError(f"bad view names {manifest.views}")
        files = _files_of(manifest)
        payload = {name: (folder / name).read_bytes() for pair in files.values() for name in pair}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise IndexCorruptError(f"index in {folder} is unreadable ({error}); rebuild it") from None
    for name, data in payload.items():
        if manifest.files.get(name) != sha256(data):
            raise IndexCorruptError(f"{folder / name} fails its checksum; rebuild the index")
    if expected is not None:
        problems = expected.mismatch(manifest.signature)
        if problems:
            raise IndexMismatchError(
                f"index in {index_dir} was built with a different embedding setup ("
                + "; ".join(problems)
                + "): run `faqbot index --rebuild` to re-index"
            )
    dimension = manifest.signature.dimension
    try:
        store = FaqVectorStore.from_payload(dimension, payload[VECTORS], payload[NODES])
        views = {name: ViewVectors.from_payload(dimension, payload[matrix], payload[rows])
                 for name, (matrix, rows) in files.items() if name is not None}
    except (ValueError, KeyError, RuntimeError) as error:
        raise IndexCorruptError(f"index in {folder} cannot be parsed ({error}); rebuild it") from None
    return StoredIndex(store=store, manifest=manifest, generation=generation, views=views)


def save_index(
    index_dir: Path, store: FaqVectorStore, manifest: Manifest,
    views: Optional[dict[str, ViewVectors]] = None,
) -> str:
    """Write a new generation and make it live atomically; return its name."""
    index_dir.mkdir(parents=True, exist_ok=True)
    views = views or {}
    manifest.views = sorted(views)
    parts = {None: store, **views}
    data = {}
    for name, (first, second) in _files_of(manifest).items():
        data[first], data[second] = parts[name].to_payload()
    manifest.files = {name: sha256(content) for name, content in data.items()}
    generation = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    staging = index_dir / f".staging-{generation}"
    staging.mkdir()
    for name, content in (*data.items(), (MANIFEST, manifest.to_json().encode())):
        _write_synced(staging / name, content)
    _fsync_dir(staging)
    os.replace(staging, index_dir / generation)
    _write_synced(index_dir / f".{CURRENT}.tmp", generation.encode())
    os.replace(index_dir / f".{CURRENT}.tmp", index_dir / CURRENT)
    _fsync_dir(index_dir)
    _prune(index_dir, keep=generation)
    return generation


def update_calibration(index_dir: Path, calibration: dict[str, Any]) -> str:
    """Store calibration results with the live index (as a new generation)."""
    stored = load_index(index_dir)
    stored.manifest.calibration = calibration
    return save_index(index_dir, stored.store, stored.manifest, stored.views)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
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

"""Cutting files into content-defined chunks, named by the SHA-256 of their bytes.

FastCDC (the ``fastcdc`` package, Cython) puts chunk boundaries where the content says,
not at fixed offsets: an entry added, removed or moved shifts the bytes after it, yet the
chunks after it come out the same, so a one-entry edit stores and downloads a few chunks
per file instead of whole files. The same bytes always give the same chunks, which is what
lets a reader find, in the generation it already has, most of the next one.

The sizes are chosen by ``python bench/bench_publish.py --chunk-kib`` (README "Running
across nodes").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterator

from fastcdc import fastcdc

AVERAGE_BYTES = 64 * 1024
MIN_BYTES = AVERAGE_BYTES // 4
MAX_BYTES = AVERAGE_BYTES * 4


@dataclass(frozen=True)
class Chunk:
    sha256: str
    offset: int
    size: int


def cut(data: bytes, average: int = AVERAGE_BYTES) -> Iterator[Chunk]:
    """The chunks of ``data`` in order, covering it exactly (none for empty data)."""
    view = memoryview(data)
    for piece in fastcdc(view, average // 4, average, average * 4):
        body = view[piece.offset:piece.offset + piece.length]
        yield Chunk(hashlib.sha256(body).hexdigest(), piece.offset, piece.length)

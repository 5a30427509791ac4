"""Rows of a stored ``.npy`` array, read from the file only when asked for.

A question reads a few hundred scattered rows of the index's big matrices (whitened
phrasings, centroids, view vectors, lexical spans). Memory-mapping them looked free, but
the kernel maps whole large page-cache folios on each fault (with the disk's readahead
of several MiB), so those few rows mapped nearly every page of every matrix: a cold
``faqbot ask`` at 10,000 entries held ~130 MiB of them (docs/quality.md).
:class:`NpyRows` reads exactly the rows asked for with ``pread`` instead (consecutive
rows in one call), so a question costs a few kilobytes of copies and no mapping.

Reading rows one call at a time costs more per question than a warm mapping (~400 calls,
a few milliseconds at 10,000 entries), which matters to a process that keeps answering.
So once a process has read ``MAP_AFTER_SHARE`` of an array's bytes this way (at least
``MAP_AFTER_LEAST``; about twenty questions at 10,000 entries) that array is memory-mapped
after all and served from the map: a one-off ``faqbot ask`` stays lean, a server that
keeps answering gets the mapping's speed (and its page-cache pages in its RSS).

It answers the indexing a caller needs (an int, a slice, an array of positions, a tuple
whose first part is one of those) plus ``len``, ``shape``, ``dtype``, ``ndim``;
anything else (arithmetic, ``np.asarray``) reads the whole array via ``__array__``.
The file stays open while the object lives, so a generation pruned by the writer after
a reader loaded it keeps being readable.
"""

from __future__ import annotations

import mmap
import os
import threading
import weakref
from pathlib import Path
from typing import Any

import numpy as np

MAP_AFTER_SHARE = 1 / 16  # of an array's bytes read with pread, after which it is mapped
MAP_AFTER_LEAST = 256 * 1024  # bytes: a small array is read many times over before it is
_HEADER_READERS = {(1, 0): np.lib.format.read_array_header_1_0, (2, 0): np.lib.format.read_array_header_2_0}


class NpyRows:
    """A read-only, C-ordered ``.npy`` array whose rows are read on demand (see module doc)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with open(self.path, "rb") as handle:
            version = np.lib.format.read_magic(handle)
            if version not in _HEADER_READERS:
                raise ValueError(f"{self.path}: .npy format {version} is not read here")
            shape, fortran_order, dtype = _HEADER_READERS[version](handle)
            offset = handle.tell()
        if fortran_order or dtype.hasobject or len(shape) == 0:
            raise ValueError(f"{self.path}: not a C-ordered numeric array")
        self.shape: tuple[int, ...] = tuple(shape)
        self.dtype = dtype
        self._offset = offset
        self._row_shape = self.shape[1:]
        self._row_bytes = int(np.prod(self._row_shape, dtype=np.int64)) * dtype.itemsize
        expected = offset + self.shape[0] * self._row_bytes
        size = os.path.getsize(self.path)
        if size != expected:
            raise ValueError(f"{self.path}: {size} bytes, its header says {expected}")
        self._fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
        self._closer = weakref.finalize(self, os.close, self._fd)
        self._bytes_read = 0
        self._map_after = max(MAP_AFTER_LEAST, int((size - offset) * MAP_AFTER_SHARE))
        self._mapped: np.ndarray | None = None
        self._mapping = threading.Lock()

    @property
    def mapped(self) -> bool:
        """Whether rows now come from a memory map (see the module doc)."""
        return self._mapped is not None

    def _map(self) -> np.ndarray:
        mapped = self._mapped
        if mapped is not None:  # set once, never unset: no lock on every read once mapped
            return mapped
        # Mapped through the open descriptor: the file may have been pruned since.
        with self._mapping:
            if self._mapped is None:
                buffer = mmap.mmap(self._fd, 0, access=mmap.ACCESS_READ)
                count = int(np.prod(self.shape, dtype=np.int64))
                self._mapped = np.frombuffer(buffer, dtype=self.dtype, count=count,
                                             offset=self._offset).reshape(self.shape)
        return self._mapped

    @property
    def ndim(self) -> int:
        return len(self.shape)

    def __len__(self) -> int:
        return self.shape[0]

    def __repr__(self) -> str:
        return f"NpyRows({self.path.name}, shape={self.shape}, dtype={self.dtype})"

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        whole = self._read(0, len(self))
        return whole if dtype is None else whole.astype(dtype, copy=False)

    def __getitem__(self, key: Any) -> Any:
        mapped = self._mapped
        if mapped is not None:
            return mapped[key]
        if self._bytes_read >= self._map_after and len(self):
            return self._map()[key]
        rest: tuple = ()
        if isinstance(key, tuple):
            key, rest = (key[0], key[1:]) if key else (slice(None), ())
        if isinstance(key, (int, np.integer)):
            position = int(key) + (len(self) if key < 0 else 0)
            if not 0 <= position < len(self):
                raise IndexError(f"row {key} out of range for {len(self)} rows")
            found = self._read(position, position + 1)[0]
            return found[rest] if rest else found
        elif isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            found = self._read(start, stop) if step == 1 else self._rows(np.arange(start, stop, step))
        else:
            found = self._rows(np.asarray(key))
        return found[(slice(None), *rest)] if rest else found

    def _rows(self, positions: np.ndarray) -> np.ndarray:
        """Rows at ``positions`` (ints or a boolean mask), in that order; one read per run."""
        if positions.dtype == bool:
            if positions.shape != (len(self),):
                raise IndexError(f"boolean index of shape {positions.shape} for {len(self)} rows")
            positions = np.flatnonzero(positions)
        if positions.size and not np.issubdtype(positions.dtype, np.integer):
            raise IndexError(f"rows must be indexed by integers, not {positions.dtype}")
        positions = positions.astype(np.int64).reshape(-1)
        positions = np.where(positions < 0, positions + len(self), positions)
        if positions.size and (positions.min() < 0 or positions.max() >= len(self)):
            raise IndexError(f"a row index is out of range for {len(self)} rows")
        out = np.empty((len(positions), *self._row_shape), dtype=self.dtype)
        if not out.size:
            return out
        # One read per run of consecutive positions (an entry's phrasings are stored
        # together), straight into ``out``: a question makes a few hundred of these.
        breaks = (np.flatnonzero(np.diff(positions) != 1) + 1).tolist()
        firsts, lasts = [0, *breaks], [*breaks, len(positions)]
        self._bytes_read += out.nbytes
        buffer, row_bytes, offset, fd = memoryview(out).cast("B"), self._row_bytes, self._offset, self._fd
        for first, last, row in zip(firsts, lasts, positions[firsts].tolist()):
            part = buffer[first * row_bytes:last * row_bytes]
            if os.preadv(fd, [part], offset + row * row_bytes) != len(part):
                self._read_into(part, row)  # a short read (rare): finish it
        return out

    def _read(self, start: int, stop: int) -> np.ndarray:
        out = np.empty((max(0, stop - start), *self._row_shape), dtype=self.dtype)
        if out.size:
            self._bytes_read += out.nbytes
            self._read_into(memoryview(out).cast("B"), start)
        return out

    def _read_into(self, buffer: memoryview, row: int) -> None:
        """Fill ``buffer`` from the file, starting at row ``row``."""
        offset, done = self._offset + row * self._row_bytes, 0
        while done < len(buffer):  # pread may return less than asked
            got = os.preadv(self._fd, [buffer[done:]], offset + done)
            if got == 0:
                raise OSError(f"{self.path}: file ended early (truncated?)")
            done += got

"""Stored arrays read row by row (bot/index/npy_rows.py): the same values numpy's own
indexing gives, clear errors for damaged files, and an index whose files are never mapped."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.config import Settings
from bot.index.npy_rows import NpyRows
from bot.service import FaqService


def read_until_mapped(rows: NpyRows) -> None:
    """Read as a server keeps reading, until the array is served from a memory map."""
    for _ in range(100_000):
        if rows.mapped:
            return
        rows[:]
    pytest.fail("never mapped")


@pytest.fixture(params=["read", "mapped"])
def matrix(request, tmp_path: Path) -> tuple[np.ndarray, NpyRows]:
    values = np.random.default_rng(7).standard_normal((50, 6)).astype(np.float32)
    np.save(tmp_path / "matrix.npy", values, allow_pickle=False)
    rows = NpyRows(tmp_path / "matrix.npy")
    if request.param == "mapped":
        read_until_mapped(rows)
    return values, rows


@pytest.mark.parametrize("key", [
    0, 49, -1, np.int64(3), slice(None), slice(5, 9), slice(40, 80), slice(2, 30, 7), slice(9, 5),
    [4, 5, 6, 20, 21, 3, 3, 49], np.array([10, 11, 12], dtype=np.int32), np.array([], dtype=np.int64),
    [-1, -2, 0], (slice(1, 4), 2), ([7, 8, 30], slice(0, 3)), np.arange(50) % 3 == 0,
])
def test_rows_read_as_numpy_indexes_them(matrix, key):
    values, rows = matrix
    assert np.array_equal(rows[key], values[key])
    assert rows[key].dtype == values.dtype


def test_shape_and_the_whole_array(matrix, tmp_path):
    values, rows = matrix
    assert (len(rows), rows.shape, rows.ndim, rows.dtype) == (50, (50, 6), 2, np.float32)
    assert np.array_equal(np.asarray(rows), values)
    assert np.asarray(rows, dtype=np.float64).dtype == np.float64
    vector = np.arange(9, dtype=np.int64)
    np.save(tmp_path / "vector.npy", vector)
    one_d = NpyRows(tmp_path / "vector.npy")
    assert one_d[3] == 3 and np.array_equal(one_d[2:5], vector[2:5]) and np.array_equal(one_d[[8, 0]], [8, 0])


def test_out_of_range_rows_are_index_errors(matrix):
    _, rows = matrix
    for key in (50, -51, [0, 50], [-51]):
        with pytest.raises(IndexError):
            rows[key]
    with pytest.raises(IndexError):
        rows[np.array([0.5])]
    with pytest.raises(IndexError):
        rows[np.ones(3, dtype=bool)]


def test_a_truncated_or_foreign_file_is_refused_naming_it(tmp_path, matrix):
    values, _ = matrix
    data = (tmp_path / "matrix.npy").read_bytes()
    (tmp_path / "short.npy").write_bytes(data[:-10])
    with pytest.raises(ValueError, match="short.npy: .* bytes, its header says"):
        NpyRows(tmp_path / "short.npy")
    np.save(tmp_path / "fortran.npy", np.asfortranarray(values))
    with pytest.raises(ValueError, match="fortran.npy: not a C-ordered"):
        NpyRows(tmp_path / "fortran.npy")
    (tmp_path / "text.npy").write_text("not numpy at all")
    with pytest.raises(ValueError):
        NpyRows(tmp_path / "text.npy")


def test_rows_stay_readable_after_the_file_is_removed(matrix, tmp_path):
    """A writer prunes old generations; a reader that loaded one keeps answering from it,
    and may map it only afterwards."""
    values, rows = matrix
    (tmp_path / "matrix.npy").unlink()
    assert np.array_equal(rows[[1, 2, 40]], values[[1, 2, 40]])
    read_until_mapped(rows)
    assert np.array_equal(rows[[1, 2, 40]], values[[1, 2, 40]])


def test_a_few_reads_do_not_map_and_many_do(tmp_path):
    """A one-off question reads a few rows; a process that keeps reading gets a mapping
    (a few hundred reads a question cost more than a warm mapping)."""
    values = np.arange(400_000, dtype=np.float32).reshape(100_000, 4)  # 1.6 MB
    np.save(tmp_path / "big.npy", values)
    rows = NpyRows(tmp_path / "big.npy")
    for start in range(0, 100_000, 1000):  # 100 rows read: 1.6 kB
        assert np.array_equal(rows[[start]], values[[start]])
    assert not rows.mapped
    assert np.array_equal(rows[:30_000], values[:30_000])  # 480 kB > 256 kB and 1/16 of the file
    assert np.array_equal(rows[[5, 99_999]], values[[5, 99_999]]) and rows.mapped


def mapped_files() -> set[str]:
    return {line.split(maxsplit=5)[5].strip() for line in Path("/proc/self/maps").read_text().splitlines()
            if len(line.split(maxsplit=5)) == 6}


def test_a_loaded_index_answers_without_mapping_its_files(settings, local_embed_model):
    """Mapping the big matrices looked free, but the kernel maps whole page-cache folios per
    fault: a few hundred scattered rows mapped nearly all of them (docs/quality.md)."""
    FaqService(settings, embed_model=local_embed_model).build()
    service = FaqService(settings, embed_model=local_embed_model)
    stored = service.load()
    assert stored.views and stored.tables  # the e5 index has matrices to read
    assert service.answer("I forgot my password").match.id == "reset-password"
    folder = str(settings.index_dir / stored.generation)
    assert not [name for name in mapped_files() if name.startswith(folder)]

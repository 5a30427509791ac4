"""Corpus statistics frozen in the index (bot/index/statistics.py) and a stable layout: a small
edit leaves the statistics and the rows of unchanged entries byte for byte as they were, a
large one (or `faqbot index --full`) recomputes them as a first build does.

Real files, the real embedded model, the sample FAQ of the repository (40 entries).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.config import Settings
from bot.faq.folder import load_faq_folder
from bot.index.storage import CURRENT, MANIFEST, load_index
from bot.retrieval.lexical import LexicalIndex
from bot.service import FaqService
from bot.profiles import aggregation_for

SAMPLE_FAQ = Path(__file__).resolve().parent.parent / "faq_sources"


@pytest.fixture
def faq(tmp_path):
    folder = tmp_path / "faq"
    shutil.copytree(SAMPLE_FAQ, folder)
    return folder


def make_service(faq, index_dir, embed_model, **settings):
    return FaqService(Settings(faq_dir=faq, index_dir=index_dir, self_calibrate_on_index=False, **settings),
                      embed_model=embed_model)


def generation(index_dir):
    return index_dir / (index_dir / CURRENT).read_text().strip()


def files(folder):
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.name != MANIFEST}


def statistics_of(index_dir):
    return json.loads((generation(index_dir) / MANIFEST).read_text())["statistics"]


def add_alternate(faq, entry, text):
    """Add ``text`` as the last alternate of ``entry`` in its markdown file."""
    path = faq / entry.source
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == f"id: {entry.id}")
    while not lines[at].startswith("alternates:"):
        at += 1
    at += 1
    while at < len(lines) and lines[at].startswith("- "):
        at += 1
    lines.insert(at, f"- {text}")
    path.write_text("\n".join(lines), encoding="utf-8")


def edit_answer(faq, entry, prefix):
    path = faq / entry.source
    text = path.read_text(encoding="utf-8")
    at = text.index(f"id: {entry.id}")
    at = text.index(entry.answer.splitlines()[0], at)
    path.write_text(text[:at] + prefix + text[at:], encoding="utf-8")


def arrays(folder, name):
    return np.load(folder / name, allow_pickle=False)


def test_frozen_statistics_are_reused_after_a_small_edit(faq, tmp_path, local_embed_model):
    service = make_service(faq, tmp_path / "index", local_embed_model)
    first = service.build()
    assert first.statistics_computed == "no previous index"
    before = generation(tmp_path / "index")
    entry = load_faq_folder(faq).entries[5]
    add_alternate(faq, entry, "is there some way to pay by bank transfer instead")

    report = service.build()

    after = generation(tmp_path / "index")
    assert report.statistics_computed is None and report.changed == [entry.id]
    for name in ("phrasings_mean", "phrasings_transform", "symmetric_mean", "symmetric_transform"):
        file = f"table-aggregation-{name}.npy"
        assert (before / file).read_bytes() == (after / file).read_bytes(), name
    old_idf, new_idf = arrays(before, "table-lexicon-idf.npy"), arrays(after, "table-lexicon-idf.npy")
    assert len(new_idf) > len(old_idf) and np.array_equal(new_idf[:len(old_idf)], old_idf)  # new terms appended
    assert statistics_of(tmp_path / "index") == {**statistics_of_first(first, before), "changed": 1}
    assert report.statistics_drift == pytest.approx(1 / first.vectors)
    # the frozen spaces still score: the new wording finds its entry
    assert service.answer("is there some way to pay by bank transfer instead").candidates[0].node.metadata[
        "faq_id"] == entry.id


def statistics_of_first(first, folder):
    record = json.loads((folder / MANIFEST).read_text())["statistics"]
    assert record["phrasings"] == first.vectors and record["changed"] == 0
    return record


def test_statistics_are_recomputed_once_the_faq_drifts_past_the_setting(faq, tmp_path, local_embed_model):
    # 199 phrasings, at most 1.2% drift (2.4 phrasings): two added stay frozen, a third one is past it
    service = make_service(faq, tmp_path / "index", local_embed_model, index_statistics_max_drift=0.012)
    service.build()
    entries = load_faq_folder(faq).entries
    add_alternate(faq, entries[3], "a first added wording about this")
    add_alternate(faq, entries[9], "a second added wording about that")
    frozen = service.build()
    assert frozen.statistics_computed is None
    frozen_mean = arrays(generation(tmp_path / "index"), "table-aggregation-phrasings_mean.npy")
    add_alternate(faq, entries[17], "a third added wording, too many now")

    report = service.build()

    assert "drift 1.5% is over index_statistics_max_drift 1.2%" in report.statistics_computed
    folder = generation(tmp_path / "index")
    assert statistics_of(tmp_path / "index")["changed"] == 0
    assert statistics_of(tmp_path / "index")["phrasings"] == report.vectors
    assert not np.array_equal(arrays(folder, "table-aggregation-phrasings_mean.npy"), frozen_mean)
    # recomputed exactly as from scratch over the stored rows
    stored = load_index(tmp_path / "index")
    expected = aggregation_for(stored.manifest.signature.model, stored.manifest.calibration).tables(
        stored.store, stored.views)
    for name, values in expected.arrays.items():
        assert np.array_equal(np.asarray(stored.tables["aggregation"].array(name)), values), name


def test_index_full_recomputes_and_gives_a_first_build_byte_for_byte(faq, tmp_path, local_embed_model):
    index_dir = tmp_path / "index"
    make_service(faq, index_dir, local_embed_model).build()
    # the last entry of the FAQ gets an alternate: a first build of the edited FAQ lays it out the same way
    last = load_faq_folder(faq).entries[-1]
    add_alternate(faq, last, "one more way to ask the last question")
    assert make_service(faq, index_dir, local_embed_model).build().statistics_computed is None
    fresh_dir = tmp_path / "fresh"
    make_service(faq, fresh_dir, local_embed_model).build()
    frozen = files(generation(index_dir))
    assert frozen["table-aggregation-phrasings_mean.npy"] != files(generation(fresh_dir))[
        "table-aggregation-phrasings_mean.npy"]

    result = subprocess.run([sys.executable, "-m", "bot", "--faq-dir", str(faq), "--index-dir", str(index_dir),
                             "index", "--full"], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "FAQBOT_SELF_CALIBRATE_ON_INDEX": "false"})

    assert result.returncode == 0, result.stderr
    assert statistics_of(index_dir)["changed"] == 0
    assert files(generation(index_dir)) == files(generation(fresh_dir))


def test_a_first_build_stores_the_statistics_computed_from_scratch(faq, tmp_path, local_embed_model):
    make_service(faq, tmp_path / "index", local_embed_model).build()
    stored = load_index(tmp_path / "index")
    aggregation = aggregation_for(stored.manifest.signature.model, stored.manifest.calibration).tables(
        stored.store, stored.views)
    lexicon = LexicalIndex(stored.store.texts_by_entry()).to_tables()
    for table, expected in (("aggregation", aggregation), ("lexicon", lexicon)):
        assert stored.tables[table].meta == expected.meta
        assert sorted(stored.tables[table].arrays) == sorted(expected.arrays)
        for name, values in expected.arrays.items():
            stored_values = np.asarray(stored.tables[table].array(name))
            assert stored_values.dtype == values.dtype and np.array_equal(stored_values, values), (table, name)
    # terms numbered in the order entries first use them, none unused
    terms = lexicon.meta["vocabulary"]
    first_use = list(dict.fromkeys(terms[i] for i in lexicon.arrays["terms"].tolist()))
    assert first_use == terms


def test_unchanged_entries_keep_their_rows_and_bytes(faq, tmp_path, local_embed_model):
    service = make_service(faq, tmp_path / "index", local_embed_model)
    service.build()
    before = load_index(tmp_path / "index")
    entries = load_faq_folder(faq).entries
    answered, reworded, removed = entries[4], entries[12], entries[20]
    edit_answer(faq, answered, "Updated: ")
    add_alternate(faq, reworded, "yet another way to put this question")
    path = faq / removed.source
    text = path.read_text(encoding="utf-8")
    start = text.rindex("\n## ", 0, text.index(f"id: {removed.id}")) + 1
    end = text.find("\n## ", start + 1)
    path.write_text(text[:start] + (text[end + 1:] if end >= 0 else ""), encoding="utf-8")

    report = service.build()

    assert report.statistics_computed is None
    after = load_index(tmp_path / "index")
    unchanged = [e.id for e in entries if e.id not in (reworded.id, removed.id)]  # answers are not rows
    old_rows, new_rows = rows_by_entry(before), rows_by_entry(after)
    assert removed.id not in new_rows
    for entry_id in unchanged:
        assert new_rows[entry_id] == old_rows[entry_id], entry_id  # same FAISS ids, same vectors
    assert new_rows[reworded.id][:-1] == old_rows[reworded.id] and len(new_rows[reworded.id]) == len(
        old_rows[reworded.id]) + 1
    assert after.store.entry(answered.id).answer.startswith("Updated: ")
    # entries keep their order in every stored table
    assert [e for e in entry_order(after) if e != removed.id] == [e for e in entry_order(before) if e != removed.id]
    for view in ("symmetric", "document"):
        old, new = before.views[view], after.views[view]
        assert [e for e in dict.fromkeys(new.entry_ids)] == [e for e in dict.fromkeys(old.entry_ids) if e != removed.id]
        for entry_id in unchanged:
            assert np.array_equal(view_vectors(new, entry_id), view_vectors(old, entry_id)), (view, entry_id)
    for entry_id in unchanged:
        for prefix in ("phrasings", "symmetric"):
            assert np.array_equal(white_rows(after, prefix, entry_id), white_rows(before, prefix, entry_id))
        assert lexical_terms(after, entry_id) == lexical_terms(before, entry_id)


def rows_by_entry(stored):
    ids, vectors = stored.store.entry_vectors()
    faiss_ids = sorted(stored.store._rows)
    found = {}
    for faiss_id, entry_id, vector in zip(faiss_ids, ids, vectors):
        found.setdefault(entry_id, []).append((faiss_id, vector.tobytes()))
    return found


def entry_order(stored):
    return [entry.id for entry in stored.store.entries()]


def view_vectors(view, entry_id):
    return np.asarray(view.vectors[[i for i, e in enumerate(view.entry_ids) if e == entry_id]])


def white_rows(stored, prefix, entry_id):
    table = stored.tables["aggregation"]
    k = table.meta[f"{prefix}_entry_ids"].index(entry_id)
    starts = np.asarray(table.array(f"{prefix}_starts"))
    return np.asarray(table.array(f"{prefix}_white")[np.arange(starts[k], starts[k + 1])])


def lexical_terms(stored, entry_id):
    """The entry's (term, weight) pairs as stored, and the term ids they have."""
    table = stored.tables["lexicon"]
    k = table.meta["entries"].index(entry_id)
    bounds = np.asarray(table.array("bounds"))
    ids = np.asarray(table.array("terms")[bounds[k]:bounds[k + 1]])
    weights = np.asarray(table.array("weights")[bounds[k]:bounds[k + 1]])
    vocabulary = table.meta["vocabulary"]
    return ids.tolist(), [vocabulary[i] for i in ids.tolist()], weights.tobytes()

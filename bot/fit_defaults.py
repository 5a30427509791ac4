"""``python -m bot.fit_defaults INDEX_DIR:QUERIES.jsonl ...``: the model-level confidence
defaults (bot/profiles.py) fitted over several labelled sets pooled (docs/quality.md).

A maintainer's tool above the service: it loads one :class:`~bot.service.FaqService` per
index (the embedding model shared) and hands them to :func:`bot.calibration.fit_defaults`,
so calibration never imports the service that calls it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

from bot.calibration import DEFAULT_PRECISION, fit_defaults
from bot.config import Settings
from bot.service import FaqService


def loaded_services(pairs: Sequence[tuple[Path, Path]]) -> list[tuple[FaqService, Path]]:
    """One service per (built index dir, labelled questions), sharing one embedding model."""
    sets, embed_model = [], None
    for index_dir, queries in pairs:
        service = FaqService(Settings(index_dir=index_dir, faq_dir=index_dir / "unused"), embed_model)
        embed_model = service.embed_model
        service.load(build_if_missing=False)
        sets.append((service, queries))
    return sets


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.fit_defaults", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", help="INDEX_DIR:QUERIES.jsonl (indexes built beforehand)")
    parser.add_argument("--precision", type=float, default=DEFAULT_PRECISION)
    args = parser.parse_args(argv)
    pairs = [tuple(Path(part) for part in item.split(":", 1)) for item in args.sets]
    print(json.dumps(fit_defaults(loaded_services(pairs), args.precision), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``faqbot`` command line (also ``python -m bot``)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Callable, Optional

from pydantic import ValidationError

from bot.config import Settings, load_settings
from bot.embeddings.sglang import EmbeddingServiceError
from bot.faq.entry import FaqError
from bot.index.storage import IndexCorruptError, IndexMismatchError, IndexMissingError

log = logging.getLogger("faqbot")
COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {}


def command(name: str):
    def register(function):
        COMMANDS[name] = function
        return function
    return register


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="faqbot", description=__doc__)
    parser.add_argument("--faq-dir", type=Path, help="FAQ markdown folder (FAQBOT_FAQ_DIR)")
    parser.add_argument("--index-dir", type=Path, help="index folder (FAQBOT_INDEX_DIR)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="build or update the index from the FAQ folder")
    p.add_argument("--rebuild", action="store_true", help="re-embed everything")

    p = sub.add_parser("ask", help="answer one question")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("import", help="turn a JSONL or CSV FAQ file into FAQ markdown")
    p.add_argument("file", type=Path)
    p.add_argument("--name", help="markdown file name (without .md) in the FAQ folder")
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = sub.add_parser("eval", help="measure matching quality on labelled questions")
    p.add_argument("queries", type=Path, help='JSONL of {"query", "gold"}')
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--predictions", type=Path, help="write one JSON line per query here")
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = load_settings(faq_dir=args.faq_dir, index_dir=args.index_dir)
        return COMMANDS[args.command](args, settings)
    except ValidationError as error:
        return _fail(f"invalid setting: {error}")
    except (FaqError, IndexMismatchError, IndexCorruptError, IndexMissingError,
            EmbeddingServiceError, FileExistsError, FileNotFoundError, ValueError) as error:
        return _fail(str(error))


def _fail(message: str) -> int:
    print(f"faqbot: error: {message}", file=sys.stderr)
    return 2


def _service(settings: Settings):
    from bot.service import FaqService

    return FaqService(settings)


def _print_errors(errors) -> None:
    for error in errors:
        print(f"error: {error}", file=sys.stderr)


@command("index")
def index_command(args, settings: Settings) -> int:
    report = _service(settings).build(rebuild=args.rebuild, show_progress=True)
    _print_errors(report.errors)
    if report.rebuilt_reason:
        print(f"rebuilt from scratch: {report.rebuilt_reason}")
    print(f"indexed {report.summary()} -> {settings.index_dir}")
    return 1 if report.errors else 0


@command("ask")
def ask_command(args, settings: Settings) -> int:
    answer = _service(settings).answer(args.question)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return 0
    if answer.match:
        match = answer.match
        print(match.answer or "(this FAQ entry has no answer text)")
        print(f"\n— {match.question}  [{match.id}, score {match.score:.3f}, {match.source}:{match.line}]")
    else:
        print("I'm not sure which FAQ entry answers that.")
        if answer.suggestions:
            print("Closest entries:")
            for suggestion in answer.suggestions:
                print(f"  - {suggestion.question}  [{suggestion.id}, score {suggestion.score:.3f}]")
    return 0


@command("import")
def import_command(args, settings: Settings) -> int:
    from bot.faq.importer import import_to_markdown

    target, count = import_to_markdown(args.file, settings.faq_dir, args.name, args.force)
    print(f"wrote {count} entries to {target}; run `faqbot index` to index them")
    return 0


@command("eval")
def eval_command(args, settings: Settings) -> int:
    from bot.evaluation import metrics, predict_all, read_labelled_queries

    queries = read_labelled_queries(args.queries)
    service = _service(settings)
    predictions = predict_all(service, queries)
    result = metrics(predictions)
    result["cutoff"] = service.answerer.cutoff.similarity_cutoff
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as handle:
            for prediction in predictions:
                handle.write(json.dumps(prediction.to_json(), ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        width = max(len(k) for k in result)
        for key, value in result.items():
            print(f"{key:<{width}}  {value}")
    return 0

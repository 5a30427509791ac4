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
from bot.embeddings.errors import EmbeddingExtraMissing, EmbeddingServiceError
from bot.faq.entry import FaqError
from bot.index.lock import IndexLockedError, IndexReadOnlyError
from bot.logs import configure_from_settings

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
    p.add_argument("--full", action="store_true", help="recompute the corpus statistics (whitening, "
                   "IDF) instead of reusing the index's (index_statistics_max_drift), reusing the vectors")

    p = sub.add_parser("ask", help="answer one question")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--record", action="store_true", help="record the question and its outcome in the "
                   "feedback store, as the Slack bot does (to try the console's Unanswered page without Slack)")

    p = sub.add_parser("import", help="turn a JSONL or CSV FAQ file into FAQ markdown")
    p.add_argument("file", type=Path)
    p.add_argument("--name", help="markdown file name (without .md) in the FAQ folder")
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = sub.add_parser("eval", help="measure matching quality on labelled questions")
    p.add_argument("queries", type=Path, help='JSONL of {"query", "gold"}')
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--predictions", type=Path, help="write one JSON line per query here")

    p = sub.add_parser("calibrate", help="fit the answer cutoff to labelled questions, or with --self "
                       "to the FAQ's own phrasings; stored with the index")
    p.add_argument("queries", type=Path, nargs="?", help='JSONL of {"query", "gold"} (gold null: should decline)')
    p.add_argument("--self", dest="self_", action="store_true",
                   help="no labelled questions: ask each phrasing against the FAQ without it, and the "
                   "phrasings of entries left out (docs/quality.md)")
    p.add_argument("--share", type=float, help="with --self: expected share of questions the FAQ does not "
                   "answer (FAQBOT_EXPECTED_UNANSWERABLE_SHARE, default 0.2)")
    p.add_argument("--questions", type=Path, help="with --self: questions users asked, unlabelled (JSONL "
                   "with \"query\", or one per line), to estimate the unanswerable share from; default: "
                   "the feedback store's most recent")
    p.add_argument("--precision", type=float, default=0.9, help="target precision of answers (default 0.9)")
    p.add_argument("--refit", action="store_true", help="also refit the confidence model to these questions")
    p.add_argument("--json", action="store_true", help="print the stored calibration as JSON")

    p = sub.add_parser("sglang", help="print (or --exec) the SGLang launch command for the "
                       "embedding server or reranker, or sglang-router in front of several; "
                       "'check' waits for them and checks the index")
    p.add_argument("server", choices=["embed", "rerank", "router", "check"])
    p.add_argument("--exec", action="store_true",
                   help="run the server (embed/rerank need the gpu extra; router needs sglang-router)")
    p.add_argument("--worker-urls", nargs="+", metavar="URL", default=[],
                   help="router: the SGLang workers, e.g. http://gpu-1:30000 http://gpu-2:30000")
    p.add_argument("--serves", choices=["embed", "rerank"], default="embed",
                   help="router: in front of embedding servers (default) or rerankers")
    p.add_argument("--host", help="router: listen address (default FAQBOT_SGLANG_HOST)")
    p.add_argument("--port", type=int, help="router: port (default: that of the bot's API base)")
    p.add_argument("--prometheus-port", type=int,
                   help="router: metrics port (default FAQBOT_ROUTER_PROMETHEUS_PORT, else 29000/29001)")

    sub.add_parser("watch", help="keep the index up to date as FAQ files change (no Slack)")

    p = sub.add_parser("check", help="lint the FAQ folder; exits non-zero on errors")
    p.add_argument("--threshold", type=float, help="near-duplicate cosine (FAQBOT_NEAR_DUPLICATE_THRESHOLD)")
    p.add_argument("--strict", action="store_true", help="fail on warnings too")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("serve", help="run the Slack bot (Socket Mode if SLACK_APP_TOKEN is set, else HTTP)")
    p.add_argument("--role", choices=["auto", "writer", "reader"],
                   help="index role (FAQBOT_INDEX_ROLE): auto (default) writes the index unless "
                   "another process does; reader never writes it")

    p = sub.add_parser("console", help="the maintainers' web page: hit testing, entries, unanswered "
                       "questions, calibration (127.0.0.1 by default)")
    p.add_argument("--host", help="listen address (FAQBOT_CONSOLE_HOST, default 127.0.0.1; any other "
                   "than loopback needs FAQBOT_CONSOLE_TOKEN)")
    p.add_argument("--port", type=int, help="port (FAQBOT_CONSOLE_PORT, default 8765; 0: any free port)")

    p = sub.add_parser("report", help="summarise the feedback database for maintainers")
    p.add_argument("--log", type=Path, help="an old JSONL feedback log to import first (once; "
                   "default: FAQBOT_FEEDBACK_LOG if it exists)")
    p.add_argument("--top", type=int, default=10, help="rows per section")
    p.add_argument("--days", type=float, default=30,
                   help="count answered / unanswered questions over this many days (default 30)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--promote", action="store_true",
                   help="review confirmed user wordings and add them as alternates to the FAQ source")
    p.add_argument("--yes", action="store_true", help="with --promote: accept every candidate")
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = load_settings(faq_dir=args.faq_dir, index_dir=args.index_dir,
                                 index_role=getattr(args, "role", None))
        configure_from_settings(settings, args.verbose)
        return COMMANDS[args.command](args, settings)
    except ValidationError as error:
        return _fail(f"invalid setting: {error}")
    # The index's own errors (missing, corrupt, built with another model) are FileNotFoundError
    # and ValueError: caught without importing bot.index.storage, which loads LlamaIndex.
    except (FaqError, EmbeddingServiceError, EmbeddingExtraMissing, IndexLockedError, IndexReadOnlyError,
            FileExistsError, FileNotFoundError, ValueError) as error:
        return _fail(str(error))
    except Exception as error:
        if _is_database_error(error):
            return _fail(f"feedback database: {_database_reason(error)}")
        raise


def _is_database_error(error: BaseException) -> bool:
    """A SQLAlchemy error, without importing SQLAlchemy: only the commands that open the
    feedback database load it, and ``ask``, ``index`` and ``check`` start faster without."""
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(error, sqlalchemy_exc.SQLAlchemyError)


def _database_reason(error: BaseException) -> str:
    # The driver's own message (host, port, reason), never the URL or statement.
    return str(getattr(error, "orig", None) or type(error).__name__)


def _fail(message: str) -> int:
    print(f"faqbot: error: {message}", file=sys.stderr)
    return 2


def _service(settings: Settings, command: str = "faqbot", keeps_running: bool = False):
    from bot.service import FaqService

    service = FaqService(settings)
    # FAQBOT_INDEX_ROLE=reader (a replica's environment) makes every command read-only.
    service.read_only = settings.index_role == "reader"
    service.writer_lock.command = command
    # A one-shot command would exit before background work ends: it builds the views first.
    service.views_in_background = keeps_running and settings.index_views_in_background
    return service


def _print_errors(errors) -> None:
    for error in errors:
        print(f"error: {error}", file=sys.stderr)


@command("index")
def index_command(args, settings: Settings) -> int:
    if not args.rebuild and not args.full:
        from bot.unchanged_index import unchanged_index

        unchanged = unchanged_index(settings)  # nothing to do: decided before anything heavy loads
        if unchanged is not None:
            print(f"indexed {unchanged.summary()} -> {settings.index_dir}")
            return 0
    service = _service(settings, "faqbot index")
    # The phrasings go live first (a serving reader swaps them in), then the scoring views.
    report = service.build(rebuild=args.rebuild, show_progress=True, views_later=True, full=args.full)
    if service.views_pending:
        print(f"serving {report.vectors} phrasings from {report.generation}; embedding the scoring views",
              file=sys.stderr, flush=True)
        views = service.complete_views(show_progress=True)
        report.generation, report.embedded_for_views = views.generation, views.embedded_for_views
    _print_errors(report.errors)
    if report.rebuilt_reason:
        print(f"rebuilt from scratch: {report.rebuilt_reason}")
    print(f"indexed {report.summary()} -> {settings.index_dir}")
    if not report.errors:
        _calibrate_from_asked(service, settings)
    return 1 if report.errors else 0


def _calibrate_from_asked(service, settings: Settings) -> None:
    """After indexing: label-free calibration from the questions users asked, when due. The
    index stands either way: a feedback database that cannot be read is a warning here."""
    from bot.calibration import calibrate_from_asked_if_due

    def fetch_asked() -> list[str]:
        # Imported here: the feedback store (SQLAlchemy) loads only when the calibration is due.
        from bot.feedback.startup import asked_questions

        return asked_questions(settings, settings.self_calibration_max_asked)

    try:
        result = calibrate_from_asked_if_due(service, fetch_asked)
    except ValueError as problem:  # e.g. no cutoff reaches the precision on this FAQ's pseudo-questions
        print(f"faqbot: warning: not calibrated from asked questions: {problem}", file=sys.stderr)
        return
    except Exception as error:
        if not _is_database_error(error):
            raise
        print(f"faqbot: warning: not calibrated from asked questions: feedback database: "
              f"{_database_reason(error)}", file=sys.stderr)
        return
    if result is not None:
        print(f"cutoff {result['cutoff']:.4f} from the FAQ and {_share_said(result['share_estimate'])}")


@command("ask")
def ask_command(args, settings: Settings) -> int:
    from bot.plain_answer import plain_answerer
    from bot.retrieval.records import reply_text

    # An index as stored is answered from without loading LlamaIndex (bot/plain_answer.py);
    # the service answers when it must build, sync or rewrite the index first.
    plain = plain_answerer(settings)
    answer = plain.answer(args.question) if plain is not None else _service(settings).answer(args.question)
    if args.record:
        _record_asked(settings, args.question, answer)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(reply_text(answer), end="")
    return 0


def _record_asked(settings: Settings, question: str, answer) -> None:
    """Record the question as the Slack bot does (bot/slack/replies.py), without a user or
    channel, in the feedback store ``serve`` uses (created if missing: asked to record)."""
    from bot.feedback.startup import open_store  # lazy: only `ask --record` opens the database
    from bot.feedback.store import ANSWERED, DECLINED, DID_YOU_MEAN

    store = open_store(settings, import_log=False)
    try:
        if answer.match:
            store.record_question(ANSWERED, question=question, user=None, channel=None,
                                  faq_id=answer.match.id, score=answer.match.score)
        else:
            offered = answer.choices or answer.suggestions
            store.record_question(DID_YOU_MEAN if answer.choices else DECLINED, question=question, user=None,
                                  channel=None, faq_id=offered[0].id if offered else None,
                                  score=offered[0].score if offered else None, suggestions=[s.id for s in offered])
    finally:
        store.close()


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
    from bot.curve import save_curve_quietly
    from bot.evaluation import measured_curve

    # Kept for the console's calibration page (bot/curve.py); eval writes nothing else.
    save_curve_quietly(settings.index_dir, measured_curve(
        predictions, service.stored.manifest.signature.model, result["cutoff"]))
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


@command("calibrate")
def calibrate_command(args, settings: Settings) -> int:
    from bot.calibration import calibrate
    from bot.evaluation import read_labelled_queries

    if args.self_ == (args.queries is not None):
        raise ValueError("calibrate needs either a labelled questions file or --self")
    if not args.self_ and (args.questions is not None or args.share is not None):
        raise ValueError("--questions and --share go with --self")
    if args.self_:
        from bot.calibration import self_calibrate

        if args.refit:
            raise ValueError("--refit needs labelled questions: with --self only the cutoff is fitted")
        result = self_calibrate(_service(settings), args.precision, args.share, asked=_asked(args, settings))
    else:
        result = calibrate(_service(settings), read_labelled_queries(args.queries), args.precision, args.refit)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        measured = result["measured"]
        print(f"cutoff {result['cutoff']:.4f} stored in {settings.index_dir}: on these "
              f"{measured['queries']} questions, precision {measured['precision']:.3f}, "
              f"coverage {measured['coverage']:.3f}" + (" (out-of-fold)" if measured["out_of_fold"] else "")
              + (f" (pseudo-questions from the FAQ, {_share_said(result['share_estimate'])}, "
                 f"{measured['seconds']} s)" if result.get("source") == "self" else ""))
        if "confidence" in result and args.refit:
            print("confidence model refitted: " + ", ".join(f"{k} {v:.3f}" for k, v in result["confidence"].items()))
    return 0


def _asked(args, settings: Settings) -> list[str]:
    """Questions users asked, for ``calibrate --self`` to estimate the unanswerable share."""
    if args.share is not None:
        return []
    if args.questions is not None:
        from bot.asked_share import read_asked_questions

        return read_asked_questions(args.questions)
    from bot.feedback.startup import asked_questions

    return asked_questions(settings, settings.self_calibration_max_asked)


def _share_said(estimate: dict) -> str:
    if estimate["source"] == "asked questions":
        return f"{estimate['share']:.3f} unanswerable as estimated from {estimate['asked']} asked questions"
    if estimate["source"] == "setting" and estimate["asked"]:
        return (f"{estimate['share']:g} assumed unanswerable: only {estimate['asked']} asked questions, "
                "too few to estimate it")
    return f"{estimate['share']:g} assumed unanswerable"


@command("serve")
def serve_command(args, settings: Settings) -> int:
    from bot.readiness import NotReadyError, prepare_to_serve
    from bot.slack.runner import preflight, serve

    logging.getLogger("bot").setLevel(logging.DEBUG if args.verbose else logging.INFO)
    try:
        # Tokens, ports and Slack (auth.test) first, before waiting on SGLang or loading
        # anything: each fails at once, in one line (bot/slack/assembly.py).
        checked = preflight(settings)
        # Waits for SGLang, checks it against the index; starts /metrics if FAQBOT_METRICS_PORT.
        prepare_to_serve(settings)
        serve(settings, checked)
    except NotReadyError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        pass
    return 0


@command("console")
def console_command(args, settings: Settings) -> int:
    from bot.console.security import ConsoleSetupError
    from bot.console.server import run_console

    logging.getLogger("bot").setLevel(logging.DEBUG if args.verbose else logging.INFO)
    host = args.host if args.host is not None else settings.console_host
    port = args.port if args.port is not None else settings.console_port
    try:
        run_console(settings, host, port)
    except ConsoleSetupError as error:
        return _fail(str(error))
    except OSError as error:  # the port is taken, the address is not this machine's
        return _fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
    except KeyboardInterrupt:
        pass
    return 0


@command("report")
def report_command(args, settings: Settings) -> int:
    from datetime import timedelta

    from bot.faq.reader import load_faq_folder
    from bot.feedback.report import format_report, summarise
    from bot.feedback.startup import database_url, import_legacy_log, open_store

    if args.log is not None and not args.log.is_file():
        raise FileNotFoundError(f"{args.log}: no such feedback log")
    store = open_store(settings, import_log=False)
    try:
        for path in dict.fromkeys([settings.feedback_log, args.log]):
            result = import_legacy_log(store, path) if path is not None else None
            if result is not None and (path == args.log or not result.already):
                print(result.summary(), file=sys.stderr)
                for problem in result.problems:
                    print(f"warning: {problem}, skipped", file=sys.stderr)
        entries = {e.id: e for e in load_faq_folder(settings.faq_dir).entries}
        if args.promote:
            return promote_command(store, entries, settings, accept_all=args.yes)
        since = store.clock() - timedelta(days=args.days)
        report = summarise(store, top=args.top, since=since, known_ids=set(entries) or None)
        if args.json:
            print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        else:
            source = database_url(settings).render_as_string(hide_password=True)
            print(format_report(report, source), end="")
        return 0
    finally:
        store.close()


@command("watch")
def watch_command(args, settings: Settings) -> int:
    import threading

    from bot.roles import IndexRole
    from bot.watch import format_reload_summary

    service = _service(settings.model_copy(update={"index_role": "writer"}), keeps_running=True)
    on_reload = lambda report: print(format_reload_summary(report), flush=True)  # noqa: E731
    # `faqbot watch` is the index writer: it waits index_lock_timeout for another writer's
    # lock, then gives up naming it.
    with IndexRole(service, service.settings, on_reload, role="writer", command="faqbot watch"):
        print(f"watching {settings.faq_dir} ({len(service.stored.store)} phrasings indexed); "
              "Ctrl-C stops", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0


@command("check")
def check_command(args, settings: Settings) -> int:
    from bot.check import check_folder, exit_code

    threshold = args.threshold if args.threshold is not None else settings.near_duplicate_threshold
    findings = check_folder(settings, threshold)
    if args.json:
        print(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(finding)
        errors = sum(f.severity == "error" for f in findings)
        print(f"{errors} error(s), {len(findings) - errors} warning(s)")
    return exit_code(findings, args.strict)


@command("sglang")
def sglang_command(args, settings: Settings) -> int:
    from bot.readiness import NotReadyError, ensure_ready
    from bot.sglang_launch import (LaunchError, describe, describe_router, exec_router, exec_server,
                                   router_command)

    try:
        if args.server == "check":
            ensure_ready(settings)
            return 0
        if args.server == "router":
            argv = router_command(args.worker_urls, settings, args.serves, host=args.host,
                                  port=args.port, prometheus_port=args.prometheus_port)
            if args.exec:
                exec_router(argv)  # returns only if sglang-router cannot be started
            print(describe_router(argv, args.serves))
            return 0
        if args.exec:
            exec_server(args.server, settings)  # returns only if SGLang cannot be started
        print(describe(args.server, settings))
        return 0
    except (LaunchError, NotReadyError) as error:
        return _fail(str(error))


def promote_command(store, entries: dict, settings: Settings, accept_all: bool) -> int:
    from bot.faq.git_source import attach as attach_git_source
    from bot.promote import candidates, review, users_needed

    attach_git_source(settings)  # with faq_git_url, each promoted wording is a pushed commit

    needed = users_needed(settings.promote_min_users, accept_all)
    found = candidates(store.confirmations(), entries)
    offered = [c for c in found if c.users >= needed]
    waiting = len(found) - len(offered)
    if not offered:
        print("nothing to promote: no confirmed wordings that are not already alternates"
              + (f" ({waiting} confirmed by fewer than {needed} users)" if waiting else ""))
        return 0
    confirm = (lambda prompt: print(prompt + "y") or True) if accept_all else \
        (lambda prompt: input(prompt).strip().lower() in ("y", "yes"))
    promoted = review(offered, entries, settings.faq_dir, confirm)
    print(f"promoted {len(promoted)} of {len(offered)}"
          + (f" ({waiting} more confirmed by fewer than {needed} users)" if waiting else "")
          + "; the running bot picks them up on its next reload, or run `faqbot index`")
    return 0

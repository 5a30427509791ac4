"""``faqbot serve``: Socket Mode when ``SLACK_APP_TOKEN`` is set, else HTTP mode.

HTTP mode serves the Bolt app from uvicorn + Starlette (bot/slack/http_server.py):
signature checked before a body is parsed, bounded body size and request time, and
``/metrics``, ``/healthz`` and ``/readyz`` beside ``/slack/events`` unless ``metrics_port``
serves them apart (and the console at ``/console/`` with ``console_enabled``). Every part
is built from the settings in bot/slack/assembly.py; this module runs them.
"""

from __future__ import annotations

import logging
import threading
from typing import Optional

from bot.config import Settings
from bot.service import FaqService
from bot.slack.assembly import (
    Checked, SlackSetupError, StartupError, assemble, check_tokens, preflight, socket_mode_handler,
)
from bot.slack.http_server import EVENTS_PATH, HttpLimits, HttpServer, http_server
from bot.slack.lifecycle import lifecycle_of
from bot.slack.reload_summary import start_live_reload

__all__ = ["EVENTS_PATH", "HttpLimits", "HttpServer", "SlackSetupError", "StartupError", "check_tokens",
           "http_server", "preflight", "serve", "socket_mode_handler"]

log = logging.getLogger(__name__)


def serve(settings: Settings, checked: Optional[Checked] = None) -> None:
    """Run ``faqbot serve``: the process assembled from ``settings`` (bot/slack/assembly.py),
    after :func:`preflight` unless the caller ran it already (``checked``)."""
    if checked is None:
        checked = preflight(settings)
    identity = checked.identity
    log.info("Slack: bot user %s in workspace %s (%s)", identity.user_id, identity.team,
             identity.team_id)
    try:
        process = assemble(settings, checked=checked)
    except BaseException:
        checked.close()
        raise
    # Loads the index (the writer builds it if missing; a reader waits for the writer's),
    # then keeps it live in this process's index role.
    start_live_reload(process.app, process.service, settings, process.switch)
    calibrate_from_traffic_later(process.service, settings)
    if process.socket_mode:
        log.info("connecting to Slack in Socket Mode")
        lifecycle_of(process.app).serve_socket_mode(process.front)  # drains on SIGTERM
    else:
        log.info("listening on http://%s:%d%s", process.front.host, process.front.port, EVENTS_PATH)
        lifecycle_of(process.app).serve_http(process.front)  # drains on SIGTERM


def calibrate_from_traffic_later(service: FaqService, settings: Settings) -> threading.Thread:
    """Label-free calibration from the questions users asked, when due (a writer only; see
    ``calibrate_from_asked_if_due``), in the background: the bot answers meanwhile, with
    the cutoff it has, and swaps the new one in when it is stored."""
    from bot.calibration import calibrate_from_asked_if_due
    from bot.feedback.startup import asked_questions

    def run() -> None:
        try:
            result = calibrate_from_asked_if_due(
                service, lambda: asked_questions(settings, settings.self_calibration_max_asked))
            if result is not None:
                service.refresh()
                estimate = result["share_estimate"]
                log.info("calibrated from the FAQ and %d asked questions (%.3f unanswerable): cutoff %.3f",
                         estimate["asked"], estimate["share"], result["cutoff"])
        except Exception:  # the bot serves on with the cutoff it has
            log.warning("label-free calibration from asked questions failed", exc_info=True)

    thread = threading.Thread(target=run, name="faqbot-calibrate-from-asked", daemon=True)
    thread.start()
    return thread

"""``faqbot serve``: Socket Mode when ``SLACK_APP_TOKEN`` is set, else HTTP mode.

HTTP mode serves the Bolt app from uvicorn + Starlette (bot/slack/http_server.py):
signature checked before a body is parsed, bounded body size and request time, and
``/metrics`` + ``/healthz`` beside ``/slack/events`` (and the console at ``/console/`` with
``console_enabled``).
"""

from __future__ import annotations

import logging
import threading

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.config import Settings
from bot.service import FaqService
from bot.slack.app import create_app, secret
from bot.slack.http_server import EVENTS_PATH, HttpLimits, HttpServer, http_server
from bot.slack.lifecycle import lifecycle_of
from bot.slack.reload_summary import start_live_reload

__all__ = ["EVENTS_PATH", "HttpLimits", "HttpServer", "http_server", "serve", "socket_mode_handler"]

log = logging.getLogger(__name__)


class SlackSetupError(ValueError):
    """A Slack token or secret the chosen mode needs is missing."""


def serve(settings: Settings) -> None:
    check_tokens(settings)
    if settings.console_enabled:
        if settings.slack_app_token:
            log.warning("console_enabled is set but the bot runs in Socket Mode, with no HTTP server: "
                        "run `faqbot console` beside it")
        else:
            from bot.console.security import check_bind

            check_bind(settings.host, settings.console_token.get_secret_value()
                       if settings.console_token else None)  # before the index loads
    service = FaqService(settings)
    app = create_app(settings, service)
    # Loads the index (the writer builds it if missing; a reader waits for the writer's),
    # then keeps it live in this process's index role.
    start_live_reload(app, service, settings)
    calibrate_from_traffic_later(service, settings)
    if settings.slack_app_token:
        log.info("connecting to Slack in Socket Mode")
        lifecycle_of(app).serve_socket_mode(socket_mode_handler(app, settings))  # drains on SIGTERM
    else:
        from bot.console.server import serve_mount

        # The console (when enabled) shares this process's service: it sees every reload.
        server = http_server(app, settings.host, settings.port,
                             secret(settings.slack_signing_secret), HttpLimits.from_settings(settings),
                             extra_routes=serve_mount(settings, service))
        log.info("listening on http://%s:%d%s", server.host, server.port, EVENTS_PATH)
        lifecycle_of(app).serve_http(server)  # drains on SIGTERM


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


def check_tokens(settings: Settings) -> None:
    if not settings.slack_bot_token:
        raise SlackSetupError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…)")
    if not settings.slack_app_token and not settings.slack_signing_secret:
        raise SlackSetupError(
            "set SLACK_APP_TOKEN (xapp-…) for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode")


def socket_mode_handler(app: App, settings: Settings) -> SocketModeHandler:
    return SocketModeHandler(app, app_token=secret(settings.slack_app_token))

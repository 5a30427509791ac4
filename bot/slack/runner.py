"""``faqbot serve``: Socket Mode when ``SLACK_APP_TOKEN`` is set, else HTTP mode.

HTTP mode serves Bolt's WSGI adapter from a threading WSGI server: each request gets
its own thread, so a slow request never delays another's ack. Slack's request
signature check is always on.
"""

from __future__ import annotations

import logging
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.config import Settings
from bot.metrics import with_metrics_routes
from bot.service import FaqService
from bot.slack.app import create_app, secret
from bot.slack.reload_summary import start_live_reload

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


class SlackSetupError(ValueError):
    """A Slack token or secret the chosen mode needs is missing."""


def serve(settings: Settings) -> None:
    check_tokens(settings)
    service = FaqService(settings)
    app = create_app(settings, service)
    # Loads the index (the writer builds it if missing; a reader waits for the writer's),
    # then keeps it live in this process's index role.
    start_live_reload(app, service, settings)
    if settings.slack_app_token:
        log.info("connecting to Slack in Socket Mode")
        socket_mode_handler(app, settings).start()
    else:
        server = http_server(app, settings.host, settings.port)
        log.info("listening on http://%s:%d%s", settings.host, server.server_port,
                    EVENTS_PATH)
        server.serve_forever()


def check_tokens(settings: Settings) -> None:
    if not settings.slack_bot_token:
        raise SlackSetupError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…)")
    if not settings.slack_app_token and not settings.slack_signing_secret:
        raise SlackSetupError(
            "set SLACK_APP_TOKEN (xapp-…) for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode")


def socket_mode_handler(app: App, settings: Settings) -> SocketModeHandler:
    return SocketModeHandler(app, app_token=secret(settings.slack_app_token))


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 128  # socketserver's default of 5 resets connections under bursts


class QuietRequestHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args) -> None:
        log.debug("%s " + format, self.address_string(), *args)


def http_server(app: App, host: str, port: int) -> WSGIServer:
    """A threading WSGI server: the app at ``EVENTS_PATH``, plus ``/metrics`` and ``/healthz``."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)
    return make_server(host, port, with_metrics_routes(slack),
                       server_class=ThreadingWSGIServer, handler_class=QuietRequestHandler)

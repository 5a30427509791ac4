"""The one place that assembles a ``faqbot serve`` process from its settings.

In order, each part built from the settings and handed to the next:

1. :func:`preflight`, before anything loads, each failure one line (:class:`StartupError`,
   which ``faqbot`` prints as ``faqbot: error: …`` and exits 2): the tokens the mode needs,
   the console's bind address, ``FAQBOT_PORT`` in HTTP mode bound and listening (the very
   socket the server serves on later, so two processes starting at once cannot both pass),
   ``FAQBOT_METRICS_PORT`` free, Slack reachable at ``FAQBOT_SLACK_API_URL``, the bot
   token accepted (``auth.test``, the only call of it: the Bolt app is given its answer)
   and in Socket Mode the app token too (``apps.connections.open``).
2. :func:`assemble`: the FAQ service, the feedback store, the exactly-once claims, the
   policy (channels and rate limiter), the posting switch, question order per channel
   across replicas (bot/slack/ordering.py), the Web API client, the Bolt app
   with its listeners, then the front: the HTTP server (with the console's mount) or the
   Socket Mode handler.

bot/slack/runner.py runs what this builds (index role, background calibration, the front).
"""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from typing import Optional, Union

from pydantic import SecretStr
from slack_bolt import App
from slack_sdk.web import SlackResponse
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.config import Settings
from bot.feedback.startup import open_store
from bot.service import FaqService
from bot.slack.app import create_app, secret, web_client
from bot.slack.dedupe_redis import deduplicator_for
from bot.slack.http_server import HttpLimits, HttpServer, http_server
from bot.slack.ordering import order_for
from bot.slack.policy import SlackPolicy
from bot.slack.workspace import PostingSwitch

log = logging.getLogger(__name__)
# slack_sdk logs an ERROR for each failed attempt of a call; at start-up the one-line
# StartupError says it all, so the preflight's client logs nothing below CRITICAL.
_quiet = logging.getLogger(f"{__name__}.preflight")
_quiet.setLevel(logging.CRITICAL)


class StartupError(ValueError):
    """``faqbot serve`` cannot start as configured: one line saying what to fix."""


# The old name, kept for callers that catch it.
SlackSetupError = StartupError


@dataclass(frozen=True)
class SlackIdentity:
    """Who the bot token belongs to (from ``auth.test``)."""

    team: str
    team_id: str
    user_id: str


@dataclass
class Checked:
    """What :func:`preflight` found and holds for :func:`assemble`."""

    identity: SlackIdentity
    auth_test: Optional[SlackResponse] = None  # handed to the Bolt app: auth.test runs once
    listener: Optional[socket.socket] = None  # HTTP mode: FAQBOT_PORT, bound and listening

    def close(self) -> None:
        """Release the listening socket (a start-up that fails after the preflight)."""
        if self.listener is not None:
            self.listener.close()


# -- 1. preflight ------------------------------------------------------------------
def preflight(settings: Settings) -> Checked:
    """Everything checkable before the index loads; raises :class:`StartupError`."""
    check_tokens(settings)
    listener = None
    if settings.slack_app_token:
        if settings.console_enabled:
            log.warning("console_enabled is set but the bot runs in Socket Mode, with no HTTP server: "
                        "run `faqbot console` beside it")
    else:
        if settings.console_enabled:  # the console's token and address
            from bot.console.server import check_console

            check_console(settings, settings.host)
        listener = listen_on(settings.host, settings.port, "FAQBOT_PORT")
    try:
        if settings.metrics_port:
            check_port(settings.metrics_host, settings.metrics_port, "FAQBOT_METRICS_PORT")
        identity, auth_test = check_bot_token(settings)
        if settings.slack_app_token:
            check_app_token(settings)
    except BaseException:
        if listener is not None:
            listener.close()
        raise
    return Checked(identity, auth_test, listener)


def check_tokens(settings: Settings) -> None:
    if not settings.slack_bot_token:
        raise StartupError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…)")
    if not settings.slack_app_token and not settings.slack_signing_secret:
        raise StartupError(
            "set SLACK_APP_TOKEN (xapp-…) for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode")


def listen_on(host: str, port: int, setting: str) -> socket.socket:
    """The server's socket, bound and listening now: a second process on the port fails
    here at once, whichever starts first. Until the server serves, Slack's connections
    wait in the backlog (and time out, so Slack retries), as they were refused before."""
    from bot.asgi import listening_socket

    try:
        return listening_socket(host, port)
    except OSError as error:
        raise _cannot_listen(host, port, setting, error) from None


def check_port(host: str, port: int, setting: str) -> None:
    """Refuse a port another process listens on (a probe bind, released at once: the
    metrics server binds it again right after the preflight)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As the server binds: a port in TIME_WAIT is free, one with a listener is not.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise _cannot_listen(host, port, setting, error) from None


def _cannot_listen(host: str, port: int, setting: str, error: OSError) -> StartupError:
    return StartupError(f"cannot listen on {host}:{port} ({setting}): "
                        f"{(error.strerror or str(error)).lower()}")


def check_bot_token(settings: Settings) -> tuple[SlackIdentity, SlackResponse]:
    """``auth.test`` with the bot token: Slack reachable, and the token accepted."""
    client = web_client(settings, logger=_quiet)
    try:
        auth = client.auth_test()
    except SlackApiError as error:
        raise StartupError(f"SLACK_BOT_TOKEN was refused by Slack: auth.test answered "
                           f"{_error_code(error)}") from None
    except (OSError, SlackClientError, ValueError) as error:
        raise _unreachable(settings, "auth.test", error) from None
    return SlackIdentity(str(auth.get("team", "")), str(auth.get("team_id", "")),
                         str(auth.get("user_id", ""))), auth


def check_app_token(settings: Settings) -> None:
    """``apps.connections.open`` with the app token, as Socket Mode's first call (the URL it
    answers is not used: each connection asks for its own)."""
    client = web_client(settings, token=settings.slack_app_token, logger=_quiet)
    try:
        client.apps_connections_open(app_token=secret(settings.slack_app_token))
    except SlackApiError as error:
        raise StartupError(f"SLACK_APP_TOKEN was refused by Slack: apps.connections.open answered "
                           f"{_error_code(error)}") from None
    except (OSError, SlackClientError, ValueError) as error:
        raise _unreachable(settings, "apps.connections.open", error) from None


def _error_code(error: SlackApiError) -> str:
    data = getattr(error.response, "data", None)
    code = data.get("error") if isinstance(data, dict) else None
    return str(code)[:60] if code else f"HTTP {getattr(error.response, 'status_code', '?')}"


def _unreachable(settings: Settings, method: str, error: Exception) -> StartupError:
    reason = getattr(error, "reason", None) or error
    if isinstance(reason, TimeoutError):
        text = f"no answer within {settings.slack_timeout:g} s (FAQBOT_SLACK_TIMEOUT)"
    else:
        text = str(getattr(reason, "strerror", None) or type(reason).__name__).lower()
    return StartupError(f"Slack is unreachable at {settings.slack_api_url} (FAQBOT_SLACK_API_URL): "
                        f"{method} failed: {text}")


# -- 2. the parts -------------------------------------------------------------------
Front = Union[HttpServer, SocketModeHandler]


@dataclass
class ServingProcess:
    """Everything a ``faqbot serve`` process runs, built and wired, not yet started."""

    settings: Settings
    service: FaqService
    switch: PostingSwitch
    app: App
    front: Front

    @property
    def socket_mode(self) -> bool:
        return isinstance(self.front, SocketModeHandler)


def assemble(settings: Settings, service: Optional[FaqService] = None,
             checked: Optional[Checked] = None) -> ServingProcess:
    """Build every part of a serving process from ``settings``, in order (index not loaded),
    with what the preflight ``checked`` (without it, the app calls auth.test itself and the
    HTTP server binds its port)."""
    service = service or FaqService(settings)
    switch = PostingSwitch()
    try:
        app = create_app(settings, service, client=web_client(settings, switch),
                         # Spooled: answers never wait on a database server (down at start too).
                         feedback=open_store(settings, spooled=True),
                         dedupe=deduplicator_for(settings),
                         policy=SlackPolicy.from_settings(settings), switch=switch,
                         auth_test=checked.auth_test if checked else None,
                         # Replies wait for earlier questions in their channel on any replica.
                         order=order_for(settings))
    except BoltError as error:  # auth.test at construction (no preflight): the token is refused
        raise StartupError(f"SLACK_BOT_TOKEN: {str(error).split(' (auth.test', 1)[0]}") from None
    listener = checked.listener if checked else None
    return ServingProcess(settings, service, switch, app, front(app, settings, service, listener))


def front(app: App, settings: Settings, service: FaqService,
          listener: Optional[socket.socket] = None) -> Front:
    """The Socket Mode handler when ``SLACK_APP_TOKEN`` is set, else the HTTP server (on
    ``listener`` when the preflight holds it)."""
    if settings.slack_app_token:
        return socket_mode_handler(app, settings)
    from bot.console.server import serve_mount
    from bot.faq.git_webhook import webhook_routes

    try:
        # The console (when enabled) shares this process's service: it sees every reload.
        return http_server(app, settings.host, settings.port, secret(settings.slack_signing_secret),
                           HttpLimits.from_settings(settings),
                           extra_routes=[*serve_mount(settings, service), *webhook_routes(settings)],
                           monitoring=settings.metrics_port is None, listener=listener)
    except OSError as error:  # no preflight's socket, and the port is taken
        raise _cannot_listen(settings.host, settings.port, "FAQBOT_PORT", error) from None


def socket_mode_handler(app: App, settings: Settings,
                        token: Optional[SecretStr] = None) -> SocketModeHandler:
    return SocketModeHandler(app, app_token=secret(token or settings.slack_app_token))

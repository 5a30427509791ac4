"""HTTP mode: the Bolt app behind uvicorn + Starlette, with bounded work per request.

- ``POST /slack/events``: the body is read up to ``max_body_bytes`` (413 above it),
  must be UTF-8 (400), its Slack signature is checked (401), and only then is it parsed
  (400 for anything that is not a Slack payload). Each rejection is one log line, never a
  traceback. An Events API delivery (``event_callback``) is acknowledged right there, on the
  event loop, and handed to the app's lifecycle (bot/slack/lifecycle.py), which dispatches
  it to Bolt on its own thread and tracks it until answered: the 200 never waits for a
  thread while answering threads keep the cores busy, and a shutdown still finishes or
  hands back every delivery acknowledged this way (503 instead of a 200 once draining).
  Anything else (slash commands, buttons, views, url_verification) goes to Bolt's sync
  ``App.dispatch`` in a worker thread, which acks it.
- ``GET /metrics``, ``/healthz`` and ``/readyz`` (bot/metrics.py, bot/health.py), unless
  ``metrics_port`` serves them on a port of their own (then the Slack port does not).
- ``/console/`` when ``console_enabled`` is set (bot/console/: the maintainers' console,
  sharing the bot's FaqService so it sees every reload).
- A connection gets ``request_timeout`` seconds to send a whole request once the server
  is ready for one, then it is closed (bot/asgi.py: uvicorn's h11 protocol has no such
  limit of its own).

Bolt's own signature check is off (bot/slack/app.py): every request was verified here
first, and one acknowledged early may reach Bolt later than Bolt's 5-minute timestamp window.

Why the sync ``App`` in a thread rather than ``AsyncApp``: the Bolt app and its
listeners are shared with Socket Mode and stay as they are; ``dispatch`` only routes
and acks (the answer runs in a lazy listener on the app's own executor), so one
worker thread per request in flight is cheap.
"""

from __future__ import annotations

import json
import logging
import re
import socket
from typing import Optional, Sequence

from slack_bolt import App, BoltRequest
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_sdk.signature import SignatureVerifier
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

# The server and its limits are shared with the console; imported here under their old home.
from bot.asgi import AsgiServer, BodyTooLarge, HttpLimits, guarded_h11, read_body  # noqa: F401
from bot.metrics import metrics_routes
from bot.slack.lifecycle import Lifecycle

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
# Slack's timestamp is whole Unix seconds. slack_sdk's verifier calls int() on the header,
# which raises on "abc", "" or "1e3" and accepts " 12", "1_000" or non-ASCII digits: the
# header is checked here first, so anything else is a plain 401.
_TIMESTAMP = re.compile(r"[0-9]{1,12}")


# -- the ASGI app -----------------------------------------------------------------
class SlackEvents:
    """The Starlette endpoint in front of Bolt: size limit, signature first, then parse."""

    def __init__(self, app: App, signing_secret: str, max_body_bytes: int) -> None:
        self.app = app
        self.verifier = SignatureVerifier(signing_secret)
        self.max_body_bytes = max_body_bytes
        # Apps built by bot/slack/app.py have one; without it every request goes through Bolt.
        self.lifecycle: Optional[Lifecycle] = getattr(
            app.listener_runner.listener_executor, "lifecycle", None)

    async def handle(self, request: Request) -> Response:
        try:
            body = await read_body(request, self.max_body_bytes)
        except BodyTooLarge:
            return rejected(request, 413, f"body over {self.max_body_bytes} bytes")
        except ClientDisconnect:
            return Response(status_code=400)
        try:
            # slack_sdk's verifier decodes the body as UTF-8 itself (and raises on bytes
            # that are not); Slack only sends UTF-8.
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return rejected(request, 400, "body is not UTF-8")
        # Verified before anything is parsed: junk from strangers costs one HMAC, not a
        # parse (Bolt parses the body before its own signature check).
        if not _TIMESTAMP.fullmatch(request.headers.get("x-slack-request-timestamp", "")):
            return rejected(request, 401, "missing or invalid X-Slack-Request-Timestamp")
        if not self.verifier.is_valid_request(text, request.headers):
            return rejected(request, 401, "missing or invalid Slack signature")
        if self.lifecycle is not None and is_event_callback(text):
            return self.acknowledge(request, text)
        try:
            bolt_request = await run_in_threadpool(to_bolt_request, request, body)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as error:
            # Signed, yet not a Slack payload: not JSON or a form, or not an object.
            return rejected(request, 400, f"unreadable payload ({type(error).__name__})")
        return to_starlette_response(await run_in_threadpool(self.app.dispatch, bolt_request))


    def acknowledge(self, request: Request, text: str) -> Response:
        """A signed Events API delivery: 200 now, Bolt's dispatch on the lifecycle's thread."""
        query, headers = str(request.url.query), dict(request.headers)

        def dispatch():
            return self.app.dispatch(BoltRequest(body=text, query=query, headers=headers))

        if not self.lifecycle.acknowledge(dispatch):
            return JSONResponse({"error": "shutting down"}, status_code=503)
        return Response(status_code=200)


def is_event_callback(text: str) -> bool:
    """An Events API delivery (a JSON object of type ``event_callback``)."""
    if not text.lstrip().startswith("{"):
        return False  # a form: slash command, interactivity, ssl_check
    try:
        payload = json.loads(text)
    except ValueError:
        return False  # Bolt's path answers 400
    return isinstance(payload, dict) and payload.get("type") == "event_callback"


def rejected(request: Request, status: int, reason: str) -> Response:
    client = request.client.host if request.client else "?"
    log.info("rejected %s %s from %s: %d %s", request.method, request.url.path, client, status, reason)
    return JSONResponse({"error": reason}, status_code=status)


def asgi_app(app: App, signing_secret: str, limits: HttpLimits = HttpLimits(),
             extra_routes: Sequence[BaseRoute] = (), monitoring: bool = True) -> Starlette:
    """Slack events at ``EVENTS_PATH`` plus, with ``monitoring``, ``/metrics``, ``/healthz``
    and ``/readyz`` (and ``extra_routes``: the console's mount)."""
    events = SlackEvents(app, signing_secret, limits.max_body_bytes)
    return Starlette(routes=[Route(EVENTS_PATH, events.handle, methods=["POST"]),
                             *(metrics_routes() if monitoring else ()), *extra_routes])


class HttpServer(AsgiServer):
    """uvicorn serving :func:`asgi_app` (see :class:`bot.asgi.AsgiServer`)."""

    def __init__(self, app: App, signing_secret: str, host: str, port: int,
                 limits: HttpLimits = HttpLimits(), extra_routes: Sequence[BaseRoute] = (),
                 monitoring: bool = True, listener: Optional[socket.socket] = None) -> None:
        super().__init__(asgi_app(app, signing_secret, limits, extra_routes, monitoring), host, port, limits,
                         listener=listener)


def http_server(app: App, host: str, port: int, signing_secret: str,
                limits: HttpLimits = HttpLimits(), extra_routes: Sequence[BaseRoute] = (),
                monitoring: bool = True, listener: Optional[socket.socket] = None) -> HttpServer:
    return HttpServer(app, signing_secret, host, port, limits, extra_routes, monitoring, listener)

"""HTTP mode: the Bolt app behind uvicorn + Starlette, with bounded work per request.

- ``POST /slack/events``: the body is read up to ``max_body_bytes`` (413 above it),
  must be UTF-8 (400), its Slack signature is checked (401), and only then is it parsed
  (400 for anything that is not a Slack payload). Each rejection is one log line, never a
  traceback. The accepted request goes to Bolt's sync ``App.dispatch`` in a worker thread,
  so the event loop keeps accepting and timing out other connections while Bolt acks.
- ``GET /metrics`` and ``/healthz`` (bot/metrics.py).
- A connection gets ``request_timeout`` seconds to send a whole request once the server
  is ready for one, then it is closed. uvicorn's h11 protocol has no such limit of its
  own: its keep-alive timer is cancelled by the first byte of a request, so a client
  sending half its headers (or a trickle of body) otherwise holds its connection forever.

Why the sync ``App`` in a thread rather than ``AsyncApp``: the Bolt app and its
listeners are shared with Socket Mode and stay as they are; ``dispatch`` only verifies,
routes and acks (the answer runs in a lazy listener on the app's own executor), so one
worker thread per request in flight is cheap.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from dataclasses import dataclass
from typing import Optional

import h11
import uvicorn
from slack_bolt import App
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_sdk.signature import SignatureVerifier
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.config import Settings
from bot.metrics import metrics_routes

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


@dataclass(frozen=True)
class HttpLimits:
    """What one client may cost the server (defaults as in ``bot.config.Settings``)."""

    max_body_bytes: int = 1024 * 1024
    request_timeout: float = 10.0
    keep_alive_timeout: float = 5.0
    max_connections: int = 1000

    @classmethod
    def from_settings(cls, settings: Settings) -> "HttpLimits":
        return cls(max_body_bytes=settings.http_max_body_bytes,
                   request_timeout=settings.http_request_timeout,
                   keep_alive_timeout=settings.http_keep_alive_timeout,
                   max_connections=settings.http_max_connections)


# -- the ASGI app -----------------------------------------------------------------
class BodyTooLarge(Exception):
    pass


class SlackEvents:
    """The Starlette endpoint in front of Bolt: size limit, signature first, then parse."""

    def __init__(self, app: App, signing_secret: str, max_body_bytes: int) -> None:
        self.app = app
        self.verifier = SignatureVerifier(signing_secret)
        self.max_body_bytes = max_body_bytes

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
        if not self.verifier.is_valid_request(text, request.headers):
            return rejected(request, 401, "missing or invalid Slack signature")
        try:
            bolt_request = await run_in_threadpool(to_bolt_request, request, body)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as error:
            # Signed, yet not a Slack payload: not JSON or a form, or not an object.
            return rejected(request, 400, f"unreadable payload ({type(error).__name__})")
        return to_starlette_response(await run_in_threadpool(self.app.dispatch, bolt_request))


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing more than ``limit`` bytes before reading them if the
    client declared its length, else as soon as the stream passes the limit."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def rejected(request: Request, status: int, reason: str) -> Response:
    client = request.client.host if request.client else "?"
    log.info("rejected %s %s from %s: %d %s", request.method, request.url.path, client, status, reason)
    return JSONResponse({"error": reason}, status_code=status)


def asgi_app(app: App, signing_secret: str, limits: HttpLimits = HttpLimits()) -> Starlette:
    """Slack events at ``EVENTS_PATH`` plus ``/metrics`` and ``/healthz``."""
    events = SlackEvents(app, signing_secret, limits.max_body_bytes)
    return Starlette(routes=[Route(EVENTS_PATH, events.handle, methods=["POST"]), *metrics_routes()])


# -- the connection guard ------------------------------------------------------------
def guarded_h11(request_timeout: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, closing a connection that takes longer than
    ``request_timeout`` to send a complete request (headers and body)."""

    class GuardedH11Protocol(H11Protocol):
        _deadline: Optional[asyncio.TimerHandle] = None

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._watch()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            self._watch()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._watch()

        def connection_lost(self, exc) -> None:
            self._stop_watching()
            super().connection_lost(exc)

        def _watch(self) -> None:
            """Arm the deadline when a request is awaited or arriving; keep it (never
            extend it) while bytes trickle in; drop it once the request is complete."""
            receiving = self.conn.their_state in (h11.IDLE, h11.SEND_BODY)
            if receiving and not self.transport.is_closing():
                if self._deadline is None:
                    self._deadline = self.loop.call_later(request_timeout, self._expire)
            else:
                self._stop_watching()

        def _stop_watching(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _expire(self) -> None:
            self._deadline = None
            if not self.transport.is_closing():
                log.debug("closed a connection from %s: no complete request within %.0f s",
                          self.client[0] if self.client else "?", request_timeout)
                self.transport.close()

    return GuardedH11Protocol


# -- the server ---------------------------------------------------------------------
class HttpServer:
    """uvicorn serving :func:`asgi_app` on a socket bound at construction (so port 0
    gets its port before serving starts)."""

    def __init__(self, app: App, signing_secret: str, host: str, port: int,
                 limits: HttpLimits = HttpLimits()) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.socket = socket.socket(family, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind((host, port))
        config = uvicorn.Config(
            asgi_app(app, signing_secret, limits),
            http=guarded_h11(limits.request_timeout),
            lifespan="off",
            log_config=None,  # faqbot's own logging set-up (bot/logs.py) applies
            access_log=False,
            timeout_keep_alive=limits.keep_alive_timeout,
            limit_concurrency=limits.max_connections,
            backlog=128,
            timeout_graceful_shutdown=5,
        )
        self.server = uvicorn.Server(config)
        self._thread: Optional[threading.Thread] = None

    @property
    def host(self) -> str:
        return self.socket.getsockname()[0]

    @property
    def port(self) -> int:
        return self.socket.getsockname()[1]

    def serve_forever(self) -> None:
        """Serve in this thread until SIGINT/SIGTERM (uvicorn's own handlers)."""
        self.server.run(sockets=[self.socket])

    def start(self) -> "HttpServer":
        """Serve in a background thread; returns once the server accepts connections."""
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]},
                                        name="faqbot-http", daemon=True)
        self._thread.start()
        while not self.server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the HTTP server stopped while starting")
            self._thread.join(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self.socket.close()


def http_server(app: App, host: str, port: int, signing_secret: str,
                limits: HttpLimits = HttpLimits()) -> HttpServer:
    return HttpServer(app, signing_secret, host, port, limits)

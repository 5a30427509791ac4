"""Serving an ASGI app with uvicorn, with bounded work per connection and request.

Shared by the Slack bot's HTTP mode (bot/slack/http_server.py) and the maintainers'
console (bot/console/). A connection gets ``request_timeout`` seconds to send a whole
request once the server is ready for one, then it is closed: uvicorn's h11 protocol has
no such limit of its own (its keep-alive timer is cancelled by the first byte of a
request, so a client sending half its headers otherwise holds its connection forever).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from dataclasses import dataclass
from typing import Any, Optional

import h11
import uvicorn
from starlette.requests import Request
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.config import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HttpLimits:
    """What one client may cost the server (defaults as in ``bot.config.Settings``)."""

    max_body_bytes: int = 1024 * 1024
    request_timeout: float = 10.0
    keep_alive_timeout: float = 5.0
    max_connections: int = 1000
    # Reverse proxies whose X-Forwarded-For/-Proto are believed; none: the connecting
    # address is the client (uvicorn's own default trusts 127.0.0.1, so anyone on the
    # machine, or through an SSH tunnel, could claim any address).
    forwarded_allow_ips: tuple[str, ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> "HttpLimits":
        return cls(max_body_bytes=settings.http_max_body_bytes,
                   request_timeout=settings.http_request_timeout,
                   keep_alive_timeout=settings.http_keep_alive_timeout,
                   max_connections=settings.http_max_connections,
                   forwarded_allow_ips=tuple(settings.forwarded_allow_ips))



class BodyTooLarge(Exception):
    pass


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
BACKLOG = 128


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` and listening (OSError if the port is taken)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        # A port in TIME_WAIT (a restart) is free; one with a listener is not.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except BaseException:
        sock.close()
        raise
    return sock


class AsgiServer:
    """uvicorn serving an ASGI app on ``listener``, else on a socket bound at construction
    (so port 0 gets its port before serving starts), with the connection guard and the
    limits of ``limits``."""

    def __init__(self, asgi: Any, host: str, port: int, limits: HttpLimits = HttpLimits(),
                 thread_name: str = "faqbot-http", listener: Optional[socket.socket] = None) -> None:
        self.socket = listener if listener is not None else listening_socket(host, port)
        config = uvicorn.Config(
            asgi,
            http=guarded_h11(limits.request_timeout),
            lifespan="off",
            log_config=None,  # faqbot's own logging set-up (bot/logs.py) applies
            access_log=False,
            proxy_headers=bool(limits.forwarded_allow_ips),
            forwarded_allow_ips=list(limits.forwarded_allow_ips) or None,
            timeout_keep_alive=limits.keep_alive_timeout,
            limit_concurrency=limits.max_connections,
            backlog=BACKLOG,
            timeout_graceful_shutdown=5,
        )
        self.server = uvicorn.Server(config)
        self._thread: Optional[threading.Thread] = None
        self._thread_name = thread_name

    @property
    def host(self) -> str:
        return self.socket.getsockname()[0]

    @property
    def port(self) -> int:
        return self.socket.getsockname()[1]

    def serve_forever(self, handle_signals: bool = True) -> None:
        """Serve in this thread until SIGINT/SIGTERM (uvicorn's own handlers), or, with
        ``handle_signals`` False, until :meth:`request_exit`: uvicorn then leaves the
        signals alone (its handler stops serving at once and re-raises the signal when it
        is done, which kills the process) for the caller's graceful shutdown
        (bot/slack/lifecycle.py)."""
        if not handle_signals:
            self.server.capture_signals = contextlib.nullcontext  # type: ignore[method-assign]
        self.server.run(sockets=[self.socket])

    def request_exit(self) -> None:
        """Stop serving: close the listening socket, let open requests finish."""
        self.server.should_exit = True

    def start(self) -> "AsgiServer":
        """Serve in a background thread; returns once the server accepts connections."""
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]},
                                        name=self._thread_name, daemon=True)
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

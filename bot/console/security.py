"""Who may use the console, and proof that a write came from the console's own page.

- **Where it listens.** Loopback (127.0.0.0/8, ``::1``, ``localhost``) by default. Any other
  address needs ``console_token``: :func:`check_bind` refuses to start without it.
- **Who.** With a token set (at least ``MIN_TOKEN_CHARS`` characters, not just
  whitespace: :func:`check_token`), every request must carry it: ``Authorization: Bearer
  <token>`` (scripts), or the login cookie the login form sets after the token was typed.
  The cookie holds no token: it is an expiry and an HMAC, keyed by the token, over the
  browser's session id and that expiry, so it is worthless without the session cookie,
  lapses after ``console_session_hours``, and every login ends when the token changes.
  Logging in gives the browser a new session id (one planted before login is worthless);
  logging out ends the session in this process (:class:`LoggedOut`), so a copy of the
  cookies replayed later gets 401. Tokens are compared with :func:`hmac.compare_digest`
  and never logged or echoed.
- **Without a token** (loopback only) the ``Host`` header must name a loopback host too: a
  web page the maintainer visits cannot point a DNS name of its own at 127.0.0.1 and read
  the console through it (DNS rebinding).
- **Writes** are POST only and carry a CSRF token: an HMAC of the session id, checked with
  :func:`hmac.compare_digest`, plus an ``Origin`` (or, without one, ``Referer``) naming the
  same host as ``Host``. Another site can neither read the token nor forge the origin.
  The key is derived from the console token, so every replica serving the console accepts
  the others' forms; without a token it is random per process (a restart means reloading
  the page before a write).
- **Guessing.** Wrong tokens (login form or bearer header) are counted per client address
  (``console_login_attempts``, a moving window, in this process); past the limit every
  token attempt from that address gets 429 until the window moves on, without the token
  being compared. A browser already logged in keeps working (its cookie is not a token
  attempt). The address is the connecting one: ``X-Forwarded-For`` counts only from the
  proxies in ``forwarded_allow_ips`` (bot/asgi.py), so a client cannot pick a fresh
  address per guess.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
import re
import math
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

import limits
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.requests import Request

SESSION_COOKIE = "faqbot_console_sid"
AUTH_COOKIE = "faqbot_console_auth"
CSRF_FIELD = "csrf_token"
_SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{43}$")
LOOPBACK_NAMES = {"localhost", "localhost.", "ip6-localhost"}
MIN_TOKEN_CHARS = 16


class ConsoleSetupError(ValueError):
    """The console cannot start as configured (said before anything listens)."""


def is_loopback(host: str) -> bool:
    """Is ``host`` (an address or name, IPv6 with or without brackets) a loopback one?"""
    host = host.strip().strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: Optional[str]) -> None:
    """Refuse to listen on a non-loopback address without a token."""
    if not is_loopback(host) and not token:
        raise ConsoleSetupError(
            f"the console would listen on {host}, which is not a loopback address, without a token: "
            "set FAQBOT_CONSOLE_TOKEN (a long random string, e.g. `python -c \"import secrets; "
            "print(secrets.token_urlsafe(32))\"`), or listen on 127.0.0.1 and reach it through an "
            "SSH tunnel")


def check_token(token: Optional[str]) -> None:
    """Refuse a token a guesser could find: shorter than ``MIN_TOKEN_CHARS`` or whitespace.

    Says only the length, never the token."""
    if token is None or token == "":
        return
    if not token.strip():
        raise ConsoleSetupError("FAQBOT_CONSOLE_TOKEN is only whitespace: set a long random string, e.g. "
                                "`python -c \"import secrets; print(secrets.token_urlsafe(32))\"`")
    if len(token.strip()) < MIN_TOKEN_CHARS:
        raise ConsoleSetupError(
            f"FAQBOT_CONSOLE_TOKEN is {len(token.strip())} characters long: at least {MIN_TOKEN_CHARS} are "
            "needed (a long random string, e.g. `python -c \"import secrets; print(secrets.token_urlsafe(32))\"`)")


def listen_host(host: str) -> str:
    """``host`` as a socket binds it: an IPv6 literal without its URL brackets ([::1] → ::1)."""
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not host:
        raise ConsoleSetupError("the console's listen address (--host, FAQBOT_CONSOLE_HOST) is empty")
    return host


def check_listen(host: str, port: int) -> None:
    """Bind ``host``:``port`` once and let go, so that an address that is not this machine's
    (or a taken port) is refused before the index loads, not after."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise ConsoleSetupError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def _host_of(header: str) -> str:
    """The host part of a ``Host`` header value (``[::1]:8765`` → ``::1``)."""
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


@dataclass(frozen=True)
class Verdict:
    status: int
    reason: str
    retry_after: int = 0  # seconds, for 429


class TokenGuessLimit:
    """Wrong token attempts per client address, in a moving window."""

    NAMESPACE = "console-token"

    def __init__(self, rate: str) -> None:
        self.rate = limits.parse(rate)
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def retry_after(self, client: str) -> int:
        """0 if ``client`` may try a token now, else whole seconds until it may."""
        if self._limiter.test(self.rate, self.NAMESPACE, client):
            return 0
        reset_at = self._limiter.get_window_stats(self.rate, self.NAMESPACE, client).reset_time
        return max(1, math.ceil(reset_at - time.time()))

    def failed(self, client: str) -> None:
        self._limiter.hit(self.rate, self.NAMESPACE, client)


class LoggedOut:
    """Session ids logged out in this process, until their login cookie would have lapsed
    anyway (a login cookie names its session, so this is all logout needs to remember)."""

    def __init__(self) -> None:
        self._until: dict[str, float] = {}
        self._lock = threading.Lock()

    def add(self, session_id: str, until: float) -> None:
        with self._lock:
            now = time.time()
            for sid in [s for s, t in self._until.items() if t < now]:
                del self._until[sid]
            self._until[session_id] = until

    def __contains__(self, session_id: str) -> bool:
        with self._lock:
            return session_id in self._until


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def presents_token(request: Request) -> bool:
    """Does this request try a token (bearer header, or the login form's POST)?"""
    scheme, _, presented = request.headers.get("authorization", "").partition(" ")
    bearer = scheme.lower() == "bearer" and bool(presented.strip())
    return bearer or (request.method == "POST" and request.url.path.endswith("/login"))


# How a request proved who it is (ConsoleSecurity.authenticate).
AUTHENTICATED = "authenticated"
NO_CREDENTIALS = "none"          # a browser that has not logged in: sent to the login page
WRONG_CREDENTIALS = "wrong"      # a wrong bearer token, a forged, lapsed or logged-out cookie: 401


class ConsoleSecurity:
    def __init__(self, token: Optional[str], session_hours: float = 12.0,
                 login_attempts: str = "10/minute", https: bool = False) -> None:
        check_token(token)
        self._token = token or None
        self._guesses = TokenGuessLimit(login_attempts)
        self._logged_out = LoggedOut()
        self.https = https
        self.session_seconds = session_hours * 3600
        self._key = hashlib.sha256(b"faqbot-console\0" + token.encode("utf-8")).digest() if token \
            else os.urandom(32)

    def __repr__(self) -> str:  # never the token
        return f"ConsoleSecurity(token={'set' if self._token else 'unset'})"

    @property
    def token_required(self) -> bool:
        return self._token is not None

    # -- the browser session ---------------------------------------------------------
    @staticmethod
    def session_id(request: Request) -> Optional[str]:
        value = request.cookies.get(SESSION_COOKIE, "")
        return value if _SESSION_ID.match(value) else None

    @staticmethod
    def new_session_id() -> str:
        return secrets.token_urlsafe(32)

    def _mac(self, *parts: str) -> str:
        return hmac.new(self._key, "\0".join(parts).encode("utf-8"), hashlib.sha256).hexdigest()

    def csrf_token(self, session_id: str) -> str:
        return self._mac("csrf", session_id)

    def login_cookie(self, session_id: str, now: Optional[float] = None) -> str:
        expires = str(int((now or time.time()) + self.session_seconds))
        return f"{expires}.{self._mac('auth', session_id, expires)}"

    # -- checks ----------------------------------------------------------------------
    def token_matches(self, presented: str, client: str) -> bool:
        """Compare a presented token; a wrong one counts against ``client``'s guesses."""
        if self._token is None:
            return True
        if _same(presented, self._token):
            return True
        self._guesses.failed(client)
        return False

    def guessing_refused(self, request: Request) -> Optional[Verdict]:
        """429 for a token attempt from an address past ``console_login_attempts`` wrong ones."""
        if self._token is None or not presents_token(request):
            return None
        wait = self._guesses.retry_after(client_address(request))
        if not wait:
            return None
        return Verdict(429, f"too many wrong tokens from this address: try again in {wait} s", wait)

    def authenticate(self, request: Request, session_id: Optional[str]) -> str:
        """AUTHENTICATED, NO_CREDENTIALS or WRONG_CREDENTIALS (a wrong bearer token counts
        against the client's guesses)."""
        if self._token is None:
            return AUTHENTICATED
        scheme, _, presented = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and presented.strip():
            matches = self.token_matches(presented.strip(), client_address(request))
            return AUTHENTICATED if matches else WRONG_CREDENTIALS
        cookie = request.cookies.get(AUTH_COOKIE)
        if cookie is None:
            return NO_CREDENTIALS
        expires, _, mac = cookie.partition(".")
        if not session_id or not expires.isdigit() or int(expires) < time.time() \
                or not _same(mac, self._mac("auth", session_id, expires)) or session_id in self._logged_out:
            return WRONG_CREDENTIALS
        return AUTHENTICATED

    def authenticated(self, request: Request, session_id: Optional[str]) -> bool:
        return self.authenticate(request, session_id) == AUTHENTICATED

    def log_out(self, session_id: str) -> None:
        """End ``session_id``'s login in this process: its cookies get 401 from now on."""
        self._logged_out.add(session_id, time.time() + self.session_seconds)

    def secure_cookies(self, request: Request) -> bool:
        """Mark cookies Secure: the console is configured as served over HTTPS, or this
        request came over it (its own TLS, or X-Forwarded-Proto from a trusted proxy)."""
        return self.https or request.url.scheme == "https"

    def host_allowed(self, request: Request) -> Optional[Verdict]:
        """Without a token, only loopback ``Host`` names (no DNS rebinding onto the console)."""
        if self._token is None and not is_loopback(_host_of(request.headers.get("host", ""))):
            return Verdict(403, "the console without a token answers only requests addressed to a "
                                "loopback host (127.0.0.1, localhost, [::1])")
        return None

    def write_allowed(self, request: Request, session_id: Optional[str], csrf: str) -> Optional[Verdict]:
        """None when a POST may proceed, else why not (403)."""
        host = request.headers.get("host", "")
        origin = request.headers.get("origin")
        if origin is not None and origin != "null":
            claimed = urlsplit(origin).netloc
        else:
            referer = request.headers.get("referer")
            claimed = urlsplit(referer).netloc if referer else None
        if claimed is None:
            return Verdict(403, "a write needs an Origin or Referer header (sent by every browser)")
        if not host or claimed != host:
            return Verdict(403, "the request comes from another site (Origin does not match Host)")
        if not session_id or not csrf or not _same(csrf, self.csrf_token(session_id)):
            return Verdict(403, "missing or wrong CSRF token: reload the page and try again")
        return None


def _same(presented: str, expected: str) -> bool:
    """Constant-time comparison of any two strings (compare_digest refuses non-ASCII str)."""
    return hmac.compare_digest(presented.encode("utf-8", "surrogatepass"), expected.encode("utf-8"))

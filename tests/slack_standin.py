"""Local stand-ins for Slack: the Web API (recording every call), response URLs, the
Socket Mode WebSocket endpoint, and builders for the payloads Slack sends.

Response shapes follow Slack's method reference pages ("Typical success response"):

- ``auth.test``: ``{"ok", "url", "team", "user", "team_id", "user_id", "bot_id"}``
  (``bot_id`` is present for bot tokens);
- ``chat.postMessage``: ``{"ok", "channel", "ts", "message": {...}}``;
- ``chat.postEphemeral``: ``{"ok", "message_ts"}``;
- ``apps.connections.open``: ``{"ok", "url": "wss://…/link/?ticket=…&app_id=…"}``;
- ``reactions.add`` / ``reactions.remove``: ``{"ok": true}``; adding a reaction already
  there answers ``already_reacted``, removing one that is not ``no_reaction``;
- ``views.publish``: ``{"ok", "view": {"id", "type", "blocks", …}}``;
- ``views.open``: ``{"ok", "view": {"id", "type", "blocks", …}}``, ``invalid_arguments`` for
  a view breaking Block Kit's limits;
- ``chat.getPermalink``: ``{"ok", "channel", "permalink"}``
  (``https://<team>.slack.com/archives/<channel>/p<ts without the dot>``);
- ``usergroups.users.list``: ``{"ok", "users": [...]}`` from ``usergroups`` (set by the
  test), ``no_such_subteam`` for an unknown group;
- ``users.info``: ``{"ok", "user": {"id", "name", "real_name", "profile": {"real_name",
  "display_name", …}}}`` from ``users`` (``add_user``), ``user_not_found`` otherwise;
- ``conversations.replies``: the parent message first (``ts`` names it; a message with
  no replies is returned alone), then the replies oldest first; people's messages are
  there once added with ``add_message``;
- anything else: ``{"ok": false, "error": "unknown_method"}``.

With ``valid_tokens`` set, a Web API call whose bearer token is not one of them answers
``invalid_auth`` (and one without a token ``not_authed``), as Slack does for every method.

Messages and views are checked against Block Kit's limits (tests/block_kit_limits.py)
the way Slack checks them: a message breaking one answers ``invalid_blocks`` (or
``msg_blocks_too_long`` for too much text in all), a view ``invalid_arguments``.

Response URLs (``/response/<id>``) answer 200 ``ok`` like Slack's hooks endpoint
(``invalid_blocks`` with HTTP 400 for blocks breaking a limit).

Failures are scripted per method and per call: ``script("chat.postMessage",
rate_limited(1), server_error(503))`` makes the next two calls answer 429 with
``Retry-After: 1``, then 503; later calls answer normally. ``Scripted()`` is a normal
answer (``Scripted(delay=2)`` a slow one), ``fail_always`` fails every call until
``clear_script``. ``RESPONSE_URLS`` scripts the response URLs.
Some failures come *after* Slack did the work, as in production: ``Scripted(...,
processed=True)`` answers the request normally first (a message is posted), then sends
the scripted failure; ``reset_after_receipt()`` posts, then resets the connection
without an answer; ``hang(seconds)`` posts, then answers only after ``seconds``.
``hold_channel(channel)`` posts
that channel's messages but answers only at ``release_channel``.
``limit_channel_posts(per_second, burst)`` rate-limits ``chat.postMessage`` per channel
the way Slack documents (about one per second, short bursts allowed; 429 with
``Retry-After`` beyond), and ``rate_limited_posts`` counts what it refused.

Posted messages are kept per channel with their ``metadata`` and answered by
``conversations.history`` (top-level messages) and ``conversations.replies`` (a thread),
newest first and oldest first respectively as Slack does, with ``metadata`` only when
``include_all_metadata`` is set. ``posts_in(channel)`` lists them.
Socket Mode frames follow Slack's Socket Mode guide: a ``hello`` on connect, then
envelopes ``{"envelope_id", "type", "payload", "accepts_response_payload",
"retry_attempt", "retry_reason"}``; the app acks with ``{"envelope_id"}``.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import struct
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Optional
from urllib.error import HTTPError
from urllib.parse import parse_qs, urlencode
from urllib.request import Request, urlopen

from slack_sdk.signature import SignatureVerifier

from block_kit_limits import MESSAGE_TOTAL_TEXT, violations

TEAM_ID = "T0TEAM0001"
APP_ID = "A0FAQBOT01"
BOT_USER_ID = "U0FAQBOT01"
BOT_ID = "B0FAQBOT01"
BOT_TOKEN = "xoxb-0000-test-bot-token"
APP_TOKEN = "xapp-1-test-app-token"
SIGNING_SECRET = "test-signing-secret-8f3a"
WAIT_SECONDS = 60  # upper bound for waiting on a call; never a latency assertion


RESPONSE_URLS = "response_url"  # the script key of every response URL


@dataclass
class Scripted:
    """One scripted answer. ``payload`` None means the normal answer (after ``delay``)."""

    status: int = 200
    payload: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    processed: bool = False  # do the work (post the message) before failing
    reset: bool = False  # close the connection with a reset instead of answering


def reset_after_receipt() -> Scripted:
    """The request is received and processed, then the connection resets: no answer."""
    return Scripted(processed=True, reset=True)


def hang(seconds: float) -> Scripted:
    """Processed at once; the answer comes ``seconds`` later (a client times out first)."""
    return Scripted(processed=True, delay=seconds)


def processed_then(answer: Scripted) -> Scripted:
    """``answer`` (a 500, say) after the message was posted all the same."""
    return Scripted(answer.status, answer.payload, answer.headers, answer.delay, processed=True)


def rate_limited(retry_after: int | str = 1) -> Scripted:
    """Slack's rate limit answer: HTTP 429, ``Retry-After`` seconds, error ``ratelimited``."""
    return Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(retry_after)})


def server_error(status: int = 500) -> Scripted:
    return Scripted(status, f"<html><body>{status} server error</body></html>",
                    {"Content-Type": "text/html"})


def slack_error(code: str) -> Scripted:
    """HTTP 200 with ``{"ok": false, "error": code}``, as the Web API reports most errors."""
    return Scripted(200, {"ok": False, "error": code})


@dataclass
class Call:
    """One request the stand-in received."""

    path: str
    params: dict[str, Any]
    headers: dict[str, str]
    received_at: float = field(default_factory=time.perf_counter)

    @property
    def method(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def blocks(self) -> list[dict]:
        blocks = self.params.get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else blocks

    @property
    def block_text(self) -> str:
        """All text in the blocks, for asserting on what the user sees."""
        return json.dumps(self.blocks, ensure_ascii=False)


class SlackWebStandIn:
    """Slack's Web API and response URLs on 127.0.0.1, recording every call."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.ws_url: Optional[str] = None
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        self._scripts: dict[str, list[Scripted]] = {}
        self._always: dict[str, Scripted] = {}
        self.reactions: set[tuple[str, str, str]] = set()  # (channel, ts, name) now on messages
        self.messages: dict[str, list[dict]] = {}  # channel → messages posted, oldest first
        self.rate_limited_posts = 0
        self._post_limit: Optional[tuple[float, float]] = None  # (per second, burst)
        self._buckets: dict[str, tuple[float, float]] = {}  # channel → (tokens, at)
        self._held: dict[str, threading.Event] = {}  # channels whose posts hang
        self._responses_held: Optional[threading.Event] = None  # response URLs hang
        self.valid_tokens: Optional[set[str]] = None  # None: any token is accepted
        self.usergroups: dict[str, list[str]] = {}  # usergroups.users.list answers
        self.users: dict[str, dict] = {}  # users.info answers (``user`` objects), by id
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True

    def start(self) -> "SlackWebStandIn":
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self) -> str:
        return f"{self.base_url}/response/{uuid.uuid4().hex}"

    # -- recording ------------------------------------------------------------
    def record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def calls_to(self, method: str) -> list[Call]:
        with self._changed:
            return [c for c in self.calls if c.method == method]

    def calls_under(self, prefix: str) -> list[Call]:
        with self._changed:
            return [c for c in self.calls if c.path.startswith(prefix)]

    def wait_for(self, predicate: Callable[[list[Call]], bool],
                 timeout: float = WAIT_SECONDS) -> list[Call]:
        with self._changed:
            if not self._changed.wait_for(lambda: predicate(self.calls), timeout):
                raise AssertionError(f"Slack stand-in: expected calls never came; got "
                                     f"{[c.path for c in self.calls]}")
            return list(self.calls)

    def wait_for_posts(self, count: int, method: str = "chat.postMessage") -> list[Call]:
        self.wait_for(lambda calls: sum(c.method == method for c in calls) >= count)
        return self.calls_to(method)

    # -- scripted failures --------------------------------------------------------
    def script(self, method: str, *answers: Scripted) -> None:
        """The next calls to ``method`` (or ``RESPONSE_URLS``) get ``answers``, in order."""
        with self._changed:
            self._scripts.setdefault(method, []).extend(answers)

    def fail_always(self, method: str, answer: Scripted) -> None:
        with self._changed:
            self._always[method] = answer

    def clear_script(self, method: str) -> None:
        with self._changed:
            self._scripts.pop(method, None)
            self._always.pop(method, None)

    def limit_channel_posts(self, per_second: float = 1.0, burst: int = 5) -> None:
        """chat.postMessage: a token bucket per channel; 429 + Retry-After when empty."""
        with self._changed:
            self._post_limit = (per_second, float(burst))
            self._buckets.clear()

    def hold_channel(self, channel: str) -> None:
        """chat.postMessage in ``channel``: posted at once, answered only after
        :meth:`release_channel` (a Slack that hangs for one channel)."""
        with self._changed:
            self._held[channel] = threading.Event()

    def release_channel(self, channel: str) -> None:
        with self._changed:
            held = self._held.pop(channel, None)
        if held is not None:
            held.set()

    def hold_responses(self) -> None:
        """Every response_url call: received (recorded), answered only after
        :meth:`release_responses` (a response_url that hangs)."""
        with self._changed:
            self._responses_held = threading.Event()

    def release_responses(self) -> None:
        with self._changed:
            held, self._responses_held = self._responses_held, None
        if held is not None:
            held.set()

    def _hold(self, call: Call) -> None:
        if call.path.startswith("/response/"):
            with self._changed:
                held = self._responses_held
            if held is not None:
                held.wait(WAIT_SECONDS)
        if call.method == "chat.postMessage":
            with self._changed:
                held = self._held.get(str(call.params.get("channel")))
            if held is not None:
                held.wait(WAIT_SECONDS)

    def unlimit_channel_posts(self) -> None:
        with self._changed:
            self._post_limit = None

    def _over_channel_limit(self, call: Call) -> Optional[Scripted]:
        if self._post_limit is None or call.method != "chat.postMessage":
            return None
        rate, burst = self._post_limit
        channel = str(call.params.get("channel"))
        with self._changed:
            tokens, at = self._buckets.get(channel, (burst, call.received_at))
            tokens = min(burst, tokens + (call.received_at - at) * rate)
            if tokens >= 1:
                self._buckets[channel] = (tokens - 1, call.received_at)
                return None
            self._buckets[channel] = (tokens, call.received_at)
            self.rate_limited_posts += 1
        return rate_limited(max(1, int((1 - tokens) / rate + 0.999)))

    def add_message(self, channel: str, message: dict) -> dict:
        """A message people wrote (the stand-in only records the bot's own posts), for
        conversations.history/.replies; ``message`` as the Events API sent it."""
        with self._changed:
            self.messages.setdefault(channel, []).append(message)
            self.messages[channel].sort(key=lambda m: float(m["ts"]))
        return message

    def add_user(self, user_id: str, real_name: str, display_name: str = "", **profile) -> None:
        """users.info's ``user`` object (fields of Slack's reference page)."""
        with self._changed:
            self.users[user_id] = {"id": user_id, "team_id": TEAM_ID, "name": user_id.lower(),
                                   "real_name": real_name, "is_bot": False,
                                   "profile": {"real_name": real_name, "display_name": display_name,
                                               **profile}}

    def posts_in(self, channel: str) -> list[dict]:
        with self._changed:
            return list(self.messages.get(channel, []))

    def scripted(self, call: Call) -> Optional[Scripted]:
        key = RESPONSE_URLS if call.path.startswith("/response/") else call.method
        with self._changed:
            queue = self._scripts.get(key)
            if queue:
                return queue.pop(0)
            return self._always.get(key)

    # -- answers --------------------------------------------------------------
    def peek_reset(self, call: Call) -> bool:
        """Whether the answer scripted next for ``call`` is a reset (left in the script)."""
        key = RESPONSE_URLS if call.path.startswith("/response/") else call.method
        with self._changed:
            queue = self._scripts.get(key)
            scripted = queue[0] if queue else self._always.get(key)
            return bool(scripted and scripted.reset)

    def respond(self, call: Call) -> tuple[int, Any, dict[str, str]]:
        """(status, payload, extra headers) for ``call``: scripted, or the normal answer."""
        scripted = self.scripted(call) or self._over_channel_limit(call)
        if scripted is not None and scripted.processed:
            status, payload = self.answer(call)  # the work is done whatever comes next
            if scripted.delay:
                time.sleep(scripted.delay)
            if scripted.payload is not None or scripted.status != 200:
                return scripted.status, scripted.payload or "", scripted.headers
            return status, payload, {}
        if scripted is not None:
            if scripted.delay:
                time.sleep(scripted.delay)
            if scripted.payload is not None or scripted.status != 200:
                return scripted.status, scripted.payload or "", scripted.headers
        status, payload = self.answer(call)
        self._hold(call)
        return status, payload, {}

    def answer(self, call: Call) -> tuple[int, Any]:
        if call.path.startswith("/response/"):
            if "blocks" in call.params and violations(call.blocks):
                return 400, "invalid_blocks"
            return 200, "ok"
        method = call.method
        refused = self.check_token(call)
        if refused:
            return 200, {"ok": False, "error": refused}
        if method in ("chat.postMessage", "chat.postEphemeral", "views.publish", "views.open"):
            rejected = self.check_blocks(call)
            if rejected:
                return 200, {"ok": False, "error": rejected}
        if method == "auth.test":
            return 200, {"ok": True, "url": "https://faqbot-test.slack.com/", "team": "FAQ Test",
                         "user": "faqbot", "team_id": TEAM_ID, "user_id": BOT_USER_ID,
                         "bot_id": BOT_ID, "is_enterprise_install": False}
        if method == "chat.postMessage":
            ts = self.next_ts()
            message = {"type": "message", "text": call.params.get("text", ""),
                       "user": BOT_USER_ID, "bot_id": BOT_ID, "ts": ts,
                       "app_id": APP_ID, "team": TEAM_ID}
            if call.params.get("thread_ts"):
                message["thread_ts"] = call.params["thread_ts"]
            metadata = call.params.get("metadata")
            if metadata:
                message["metadata"] = _json_param(metadata)
            with self._changed:
                self.messages.setdefault(str(call.params.get("channel")), []).append(message)
            return 200, {"ok": True, "channel": call.params.get("channel"), "ts": ts,
                         "message": message}
        if method in ("conversations.history", "conversations.replies"):
            return 200, self.conversation(method, call.params)
        if method == "chat.postEphemeral":
            return 200, {"ok": True, "message_ts": self.next_ts()}
        if method == "apps.connections.open":
            return 200, {"ok": True, "url": self.ws_url}
        if method in ("reactions.add", "reactions.remove"):
            return 200, self.react(method, call.params)
        if method == "chat.getPermalink":
            channel, ts = call.params.get("channel"), str(call.params.get("message_ts") or "")
            if not channel or not ts:
                return 200, {"ok": False, "error": "invalid_arguments"}
            return 200, {"ok": True, "channel": channel, "permalink":
                         f"https://faqbot-test.slack.com/archives/{channel}/p{ts.replace('.', '')}"}
        if method == "usergroups.users.list":
            group = call.params.get("usergroup")
            if group not in self.usergroups:
                return 200, {"ok": False, "error": "no_such_subteam"}
            return 200, {"ok": True, "users": list(self.usergroups[group])}
        if method == "users.info":
            user = self.users.get(str(call.params.get("user")))
            if user is None:
                return 200, {"ok": False, "error": "user_not_found"}
            return 200, {"ok": True, "user": user}
        if method in ("views.publish", "views.open"):
            view = _json_param(call.params.get("view"))
            return 200, {"ok": True, "view": {**view, "id": f"V{next(self._ts):010d}",
                                               "team_id": TEAM_ID, "app_id": APP_ID}}
        return 200, {"ok": False, "error": "unknown_method"}

    def conversation(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """conversations.history (top level, newest first) / .replies (one thread, oldest
        first); ``oldest`` filters, ``metadata`` only with ``include_all_metadata``."""
        channel, oldest = str(params.get("channel")), float(params.get("oldest") or 0)
        with_metadata = str(params.get("include_all_metadata")).lower() in ("1", "true")
        with self._changed:
            posted = list(self.messages.get(channel, []))
        if method == "conversations.replies":
            # The thread's parent first (also a message with no replies: just itself), then
            # its replies, oldest first; ``ts`` names the parent.
            parent = [m for m in posted if m["ts"] == params.get("ts")]
            found = parent + [m for m in posted if m.get("thread_ts") == params.get("ts")
                              and m["ts"] != params.get("ts")]
        else:
            found = [m for m in posted if m.get("thread_ts") in (None, m["ts"])][::-1]
        found = [{k: v for k, v in m.items() if with_metadata or k != "metadata"}
                 for m in found if float(m["ts"]) >= oldest]
        return {"ok": True, "messages": found, "has_more": False}

    def check_token(self, call: Call) -> Optional[str]:
        """Slack's error for a missing or unknown token, when ``valid_tokens`` is set."""
        if self.valid_tokens is None:
            return None
        bearer = call.headers.get("Authorization", "")
        token = bearer[len("Bearer "):] if bearer.startswith("Bearer ") else call.params.get("token")
        if not token:
            return "not_authed"
        return None if token in self.valid_tokens else "invalid_auth"

    def check_blocks(self, call: Call) -> Optional[str]:
        """Slack's error for blocks (or a view) breaking Block Kit's limits, if any."""
        if call.method in ("views.publish", "views.open"):
            view = _json_param(call.params.get("view"))
            kind = "home" if call.method == "views.publish" else "modal"
            return "invalid_arguments" if violations(view.get("blocks"), kind) else None
        if "blocks" not in call.params:
            return None
        problems = violations(call.blocks)
        if not problems:
            return None
        return "msg_blocks_too_long" if all(str(MESSAGE_TOTAL_TEXT) in p for p in problems) \
            else "invalid_blocks"

    def react(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        key = (params.get("channel"), params.get("timestamp"), params.get("name"))
        with self._changed:
            if method == "reactions.add":
                if key in self.reactions:
                    return {"ok": False, "error": "already_reacted"}
                self.reactions.add(key)
            else:
                if key not in self.reactions:
                    return {"ok": False, "error": "no_reaction"}
                self.reactions.discard(key)
        return {"ok": True}

    def next_ts(self) -> str:
        """Unique, and near the wall clock as Slack's are (``oldest`` filters compare)."""
        return f"{time.time():.0f}.{next(self._ts):06d}"


def _json_param(value: Any) -> dict[str, Any]:
    return json.loads(value) if isinstance(value, str) else (value or {})


def _parse_body(body: bytes, content_type: str) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8")).items()}


def _handler_for(standin: SlackWebStandIn):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            path, _, query = self.path.partition("?")
            self._handle(path, {k: v[0] for k, v in parse_qs(query).items()})

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            params = _parse_body(body, self.headers.get("Content-Type", ""))
            path, _, query = self.path.partition("?")
            self._handle(path, {**{k: v[0] for k, v in parse_qs(query).items()}, **params})

        def _handle(self, path: str, params: dict[str, Any]):
            call = Call(path, params, dict(self.headers))
            standin.record(call)
            scripted_reset = standin.peek_reset(call)
            status, payload, headers = standin.respond(call)
            if scripted_reset:
                # SO_LINGER 0: close() sends a RST, as a proxy dropping the connection does.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()
                return
            is_text = isinstance(payload, str)
            data = (payload if is_text else json.dumps(payload)).encode("utf-8")
            self.send_response(status)
            headers = {"Content-Type": "text/plain" if is_text else "application/json", **headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


class SocketModeStandIn:
    """Slack's Socket Mode WebSocket endpoint: greets with ``hello``, sends envelopes,
    records the acks the app sends back."""

    def __init__(self) -> None:
        self.acks: list[dict] = []
        self._changed = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._connection = None
        self._connected = threading.Event()
        self._server = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self) -> "SocketModeStandIn":
        from websockets.asyncio.server import serve

        async def listen():
            return await serve(self._session, "127.0.0.1", 0)

        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(listen(), self._loop).result(WAIT_SECONDS)
        return self

    def stop(self) -> None:
        async def close():
            self._server.close()
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(WAIT_SECONDS)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(WAIT_SECONDS)

    @property
    def url(self) -> str:
        port = self._server.sockets[0].getsockname()[1]
        return f"ws://127.0.0.1:{port}/link/?ticket={uuid.uuid4().hex}&app_id={APP_ID}"

    async def _session(self, connection) -> None:
        self._connection = connection
        await connection.send(json.dumps({
            "type": "hello", "num_connections": 1,
            "debug_info": {"host": "standin", "build_number": 1, "approximate_connection_time": 3600},
            "connection_info": {"app_id": APP_ID}}))
        self._connected.set()
        async for frame in connection:
            with self._changed:
                self.acks.append(json.loads(frame))
                self._changed.notify_all()

    def wait_connected(self) -> None:
        if not self._connected.wait(WAIT_SECONDS):
            raise AssertionError("the app never connected to the Socket Mode stand-in")

    def send(self, envelope_type: str, payload: dict, retry_attempt: int = 0,
             retry_reason: str = "") -> str:
        envelope_id = str(uuid.uuid4())
        envelope = {"envelope_id": envelope_id, "type": envelope_type, "payload": payload,
                    "accepts_response_payload": envelope_type != "events_api"}
        if envelope_type == "events_api":
            envelope.update(retry_attempt=retry_attempt, retry_reason=retry_reason)
        asyncio.run_coroutine_threadsafe(
            self._connection.send(json.dumps(envelope)), self._loop).result(WAIT_SECONDS)
        return envelope_id

    def wait_for_ack(self, envelope_id: str) -> dict:
        with self._changed:
            found = self._changed.wait_for(
                lambda: any(a.get("envelope_id") == envelope_id for a in self.acks), WAIT_SECONDS)
            if not found:
                raise AssertionError(f"no ack for envelope {envelope_id}")
            return next(a for a in self.acks if a.get("envelope_id") == envelope_id)


# -- payloads Slack sends ---------------------------------------------------------
_ids = itertools.count(1)


def message_ts() -> str:
    return f"{1710000000 + next(_ids)}.{next(_ids):06d}"


def event_callback(event: dict, event_id: Optional[str] = None) -> dict:
    """The Events API wrapper around ``event``."""
    return {
        "token": "legacy-verification-token", "team_id": TEAM_ID, "api_app_id": APP_ID,
        "event": event, "type": "event_callback",
        "event_id": event_id or f"Ev{next(_ids):010d}", "event_time": int(time.time()),
        "authorizations": [{"enterprise_id": None, "team_id": TEAM_ID, "user_id": BOT_USER_ID,
                            "is_bot": True, "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
    }


def app_mention(text: str, *, user: str = "U0ASKER001", channel: str = "C0GENERAL1",
                ts: Optional[str] = None, thread_ts: Optional[str] = None) -> dict:
    ts = ts or message_ts()
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
             "channel": channel, "event_ts": ts, "client_msg_id": str(uuid.uuid5(uuid.NAMESPACE_URL, ts)),
             "team": TEAM_ID}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def channel_message_for(mention: dict) -> dict:
    """The ``message`` event Slack also sends for an @-mention (message.channels)."""
    return {**mention, "type": "message", "channel_type": "channel"}


def direct_message(text: str, *, user: str = "U0ASKER001", channel: str = "D0DIRECT01",
                   ts: Optional[str] = None, thread_ts: Optional[str] = None, **extra) -> dict:
    ts = ts or message_ts()
    event = {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts,
             "event_ts": ts, "channel_type": "im", "client_msg_id": str(uuid.uuid4()),
             "team": TEAM_ID, **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def slash_command(text: str, response_url: str, *, user: str = "U0ASKER001",
                  channel: str = "C0GENERAL1") -> dict[str, str]:
    return {"token": "legacy-verification-token", "team_id": TEAM_ID, "team_domain": "faqbot-test",
            "channel_id": channel, "channel_name": "general", "user_id": user, "user_name": "asker",
            "command": "/faq", "text": text, "api_app_id": APP_ID, "is_enterprise_install": "false",
            "response_url": response_url, "trigger_id": f"{next(_ids)}.{next(_ids)}.abc"}


def block_actions(button: dict, response_url: str, *, user: str = "U0ASKER001",
                  channel: str = "C0GENERAL1", message: Optional[dict] = None) -> dict:
    """A button click. ``message`` is the message holding the button; None means an
    ephemeral message, which Slack sends without its content."""
    container = {"type": "message", "channel_id": channel,
                 "message_ts": (message or {}).get("ts") or message_ts(),
                 "is_ephemeral": message is None}
    payload = {
        "type": "block_actions", "user": {"id": user, "username": "asker", "team_id": TEAM_ID},
        "api_app_id": APP_ID, "token": "legacy-verification-token", "container": container,
        "trigger_id": f"{next(_ids)}.{next(_ids)}.def", "team": {"id": TEAM_ID, "domain": "faqbot-test"},
        "channel": {"id": channel, "name": "general"}, "response_url": response_url,
        "actions": [{"action_id": button["action_id"], "block_id": "faq_block",
                     "text": button["text"], "value": button["value"], "type": "button",
                     "action_ts": f"{time.time():.6f}"}],
    }
    if message is not None:
        payload["message"] = message
    return payload


def message_shortcut(callback_id: str, message: dict, response_url: str, *,
                     user: str = "U0MAINT0001", channel: str = "C0GENERAL1") -> dict:
    """A message shortcut (``message_action``) on ``message``."""
    return {
        "type": "message_action", "callback_id": callback_id, "token": "legacy-verification-token",
        "trigger_id": f"{next(_ids)}.{next(_ids)}.sht", "action_ts": f"{time.time():.6f}",
        "team": {"id": TEAM_ID, "domain": "faqbot-test"}, "api_app_id": APP_ID,
        "user": {"id": user, "name": "someone", "team_id": TEAM_ID},
        "channel": {"id": channel, "name": "general"}, "message": message,
        "message_ts": message.get("ts"), "response_url": response_url,
    }


def view_submission(view: dict, values: dict[str, dict], *, user: str = "U0MAINT0001") -> dict:
    """A modal submitted: ``view`` as opened (``views.open``), with ``values``
    ({block_id: {action_id: {"type", "value" | "selected_option"}}}) as its state."""
    return {
        "type": "view_submission", "team": {"id": TEAM_ID, "domain": "faqbot-test"},
        "user": {"id": user, "name": "someone", "team_id": TEAM_ID}, "api_app_id": APP_ID,
        "token": "legacy-verification-token", "trigger_id": f"{next(_ids)}.{next(_ids)}.vws",
        "view": {**view, "id": f"V{next(_ids):010d}", "team_id": TEAM_ID, "app_id": APP_ID,
                 "state": {"values": values}, "hash": f"{next(_ids)}.abc"},
        "response_urls": [],
    }


def buttons_of(blocks: list[dict]) -> list[dict]:
    return [e for b in blocks if b.get("type") == "actions" for e in b["elements"]]


# -- signed HTTP requests ----------------------------------------------------------
def signed_headers(body: bytes, secret: str = SIGNING_SECRET, timestamp: Optional[int] = None,
                   content_type: str = "application/json") -> dict[str, str]:
    timestamp = int(time.time()) if timestamp is None else timestamp
    signature = SignatureVerifier(secret).generate_signature(timestamp=str(timestamp), body=body)
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": signature}


def form_body(fields: dict[str, str]) -> bytes:
    return urlencode(fields).encode("utf-8")


def interaction_body(payload: dict) -> bytes:
    return form_body({"payload": json.dumps(payload)})


def post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    """POST over real HTTP; returns (status, body) for error statuses too."""
    try:
        with urlopen(Request(url, data=body, headers=headers, method="POST"),
                     timeout=WAIT_SECONDS) as response:
            return response.status, response.read()
    except HTTPError as error:
        return error.code, error.read()

"""Everything the bot sends to Slack goes through here, and nothing is lost silently.

The Web API client carries the bounded retry handlers (bot/slack/retries.py); replies
through a ``response_url`` are sent by a ``WebhookClient`` given the same handlers
(Bolt's ``respond`` builds one without any). A call that still fails is logged once
at WARNING with what it was for (method, channel, thread ts, user and Slack's error
code; never the token, never the ``response_url``, whose path is a credential) and
counted in ``faqbot_slack_delivery_failures_total``. No function here raises: a failed
delivery must not take the rest of the listener with it.

``chat.postMessage`` is posted exactly once (:func:`send_message`): each post carries
Slack message ``metadata`` naming it (the question's claim and the post's number, the
same on any replica), and after an *ambiguous* failure (a connection reset after the
request was sent, a timeout, a 5xx, ``internal_error``/``fatal_error``, a 200 that is
not a JSON object) the thread (``conversations.replies``) or channel
(``conversations.history``) is searched for it before any retry. Unambiguous failures
(refused connection, 429, 503 with ``Retry-After``, ``service_unavailable``) are retried
at once (after the wait asked). A post Slack refuses for its blocks (``invalid_blocks``,
``msg_too_long``…) is sent again as shortened plain text naming the FAQ source. Inside
a Bolt task, ``post_message`` queues the post to the outbox (bot/slack/outbox.py), which
paces it per channel; elsewhere it posts at once.

Ephemeral replies (``chat.postEphemeral``, ``response_url``) cannot be looked up, so
they are retried only after unambiguous failures; an ambiguous one is logged as
possibly delivered. Inside a Bolt task they too leave through the outbox
(:func:`reply_aside`): a hung response_url never holds an answering thread. Cosmetic calls (reactions) are never retried.
"""

from __future__ import annotations

import logging
import random
import re
import socket
import time
import uuid
from dataclasses import dataclass
from typing import Any, Callable, Optional
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.webhook import WebhookClient

from bot.metrics import METRICS
from bot.slack import work as current_work
from bot.slack.blocks import Message
from bot.slack.retries import retry_after_seconds

log = logging.getLogger(__name__)


class _HideUrlPaths(logging.Filter):
    """slack_sdk's WebhookClient logs the full URL when it retries; a response_url's
    path is a credential, so only the scheme and host are kept."""

    _URL = re.compile(r"(https?://[^/\s]+)/\S*")

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self._URL.sub(r"\1/…", record.getMessage()), None
        return True


# The WebhookClient's own logger. At WARNING, it skips the debug and retry lines that
# name the URL (it checks its logger's level, not the effective one); the filter
# covers the rest.
_webhook_log = logging.getLogger(f"{__name__}.webhook")
_webhook_log.setLevel(logging.WARNING)
_webhook_log.addFilter(_HideUrlPaths())

RESPONSE_URL = "response_url"
# Slack's error codes are short snake_case words; anything else (an HTML error page,
# a proxy's text) is reported by HTTP status, so it cannot flood the logs or the metric.
_ERROR_CODE = re.compile(r"^[a-z][a-z0-9_]{0,59}$")


@dataclass(frozen=True)
class Target:
    """Who and where a call was for: what a failure log line names."""

    channel: Optional[str] = None
    thread_ts: Optional[str] = None
    user: Optional[str] = None


def post_message(client: WebClient, message: Message, *, channel: str,
                 thread_ts: Optional[str] = None, user: Optional[str] = None) -> Optional[str]:
    """Post ``message`` exactly once. In a Bolt task it is queued to the outbox (paced per
    channel; None at once); elsewhere posted now: its ts, or None when Slack never took it."""
    work = current_work.current()
    if work is not None and work.outbox is not None:
        work.outbox.post(work, client, message, channel=channel, thread_ts=thread_ts, user=user)
        return None
    post_id = work.next_post_id() if work is not None else f"post:{uuid.uuid4().hex}"
    return send_message(client, message, channel=channel, thread_ts=thread_ts, user=user,
                        post_id=post_id)


def reply_aside(send: Callable[[], Any], *, channel: Optional[str], user: Optional[str]) -> None:
    """Run ``send``, a private reply (``respond``, ``post_ephemeral``, or a few in order),
    off the answering thread: in a Bolt task it is queued to the outbox's lane for this
    user in this channel (after their earlier private replies there); elsewhere it runs now."""
    work = current_work.current()
    if work is not None and work.outbox is not None:
        work.outbox.aside(work, send, lane=f"{channel}:{user}")
    else:
        send()


# -- exactly-once chat.postMessage ------------------------------------------------------
METADATA_EVENT_TYPE = "faqbot_reply"
# Slack refused the message's form: sent again as plain text.
FORM_ERRORS = frozenset({"invalid_blocks", "invalid_blocks_format", "msg_too_long",
                         "msg_blocks_too_long", "too_many_attachments"})
# ok:false codes Slack documents as "nothing happened, try again".
NOTHING_HAPPENED = frozenset({"service_unavailable", "request_timeout", "ratelimited"})
# ok:false codes for which Slack says the operation may have succeeded.
MAYBE_HAPPENED = frozenset({"internal_error", "fatal_error"})
PLAIN_TEXT_LIMIT = 3000  # characters of the answer in the plain-text fallback
CLOCK_SKEW = 120.0  # seconds: look back this far from the first attempt for our post
LOOKUPS = 3  # tries to search the thread before giving up on knowing


@dataclass(frozen=True)
class SendPolicy:
    """Retries of one post (settings ``slack_max_retries`` / ``slack_retry_budget``)."""

    max_retries: int = 3
    budget_seconds: float = 10.0


@dataclass(frozen=True)
class _Outcome:
    kind: str  # posted | retry (nothing happened) | ambiguous | form | failed
    error: str = ""
    ts: Optional[str] = None
    wait: Optional[float] = None  # Slack's Retry-After, when it said one


def send_message(client: WebClient, message: Message, *, channel: str, thread_ts: Optional[str],
                 user: Optional[str], post_id: str, policy: SendPolicy = SendPolicy(),
                 pacer: Any = None, on_posted: Optional[Callable[[], None]] = None,
                 cancelled: Callable[[], bool] = lambda: False) -> Optional[str]:
    """Post ``message`` once, identified by ``post_id``; its ts, or None (logged, counted).

    ``pacer`` (bot/slack/pacing.py) gives each attempt its slot in the channel and learns
    Slack's Retry-After. ``cancelled`` is asked before each attempt: True (a shutdown
    handed the question back) sends nothing more."""
    target, bare = Target(channel, thread_ts, user), bare_client(client)
    metadata = {"event_type": METADATA_EVENT_TYPE, "event_payload": {"post_id": post_id}}
    since = time.time() - CLOCK_SKEW
    retries, waited, plain = 0, 0.0, False  # waited: on retries, not on the channel's pace
    while True:
        if pacer is not None:
            _wait_for_slot(pacer, channel)
        if cancelled():
            return None
        outcome = _post_attempt(bare, message, channel, thread_ts, metadata)
        if outcome.kind == "ambiguous":
            found = _find_post(bare, channel, thread_ts, post_id, since)
            if found is _UNKNOWN:
                _failed("chat.postMessage", target, f"{outcome.error}_unverified")
                return None
            if found is not None:
                log.info("chat.postMessage failed (%s) but the reply was posted: channel=%s "
                         "thread_ts=%s; not posting it again", outcome.error, channel, thread_ts)
                outcome = _Outcome("posted", ts=found)
        if outcome.kind == "posted":
            if on_posted is not None:
                on_posted()
            return outcome.ts
        if outcome.kind == "form" and not plain:
            log.warning("Slack refused the reply's blocks (%s): posting it as plain text: "
                        "channel=%s thread_ts=%s", outcome.error, channel, thread_ts)
            message, plain = plain_text_message(message), True
            continue
        wait = outcome.wait if outcome.wait is not None else _backoff(retries)
        if outcome.kind in ("form", "failed") or retries >= policy.max_retries \
                or waited + wait > policy.budget_seconds:
            _failed("chat.postMessage", target, outcome.error)
            return None
        retries, waited = retries + 1, waited + wait
        METRICS.slack_retries.labels(_retry_reason(outcome)).inc()
        if pacer is not None and outcome.wait is not None:
            pacer.hold(channel, outcome.wait)  # every replica waits, not only this post
        else:
            time.sleep(wait)


def _wait_for_slot(pacer: Any, channel: str) -> None:
    wait = pacer.reserve(channel)
    METRICS.pacing_wait.observe(wait)
    if wait > 0:
        time.sleep(wait)


def _post_attempt(client: WebClient, message: Message, channel: str, thread_ts: Optional[str],
                  metadata: dict) -> _Outcome:
    try:
        content = {k: v for k, v in message.as_kwargs().items() if v or k == "text"}  # no blocks: text
        response = client.chat_postMessage(channel=channel, thread_ts=thread_ts,
                                           metadata=metadata, **content)
        data = response.data
    except SlackApiError as error:
        return _api_outcome(error)
    except (AttributeError, TypeError):  # slack_sdk on a 200 whose JSON is not an object
        return _Outcome("ambiguous", "invalid_response")
    except (OSError, SlackClientError) as error:
        if _never_sent(error):
            return _Outcome("retry", "connection_error")
        return _Outcome("ambiguous", _transport_error(error))
    if not isinstance(data, dict) or not isinstance(data.get("ts"), str):
        return _Outcome("ambiguous", "invalid_response")
    return _Outcome("posted", ts=data["ts"])


def _api_outcome(error: SlackApiError) -> _Outcome:
    response = error.response
    status = getattr(response, "status_code", 0)
    data = getattr(response, "data", None)
    code = _api_error_code(error)
    if status == 429:
        return _Outcome("retry", "ratelimited", wait=_retry_after(response))
    if status == 503 and _has_retry_after(response):
        return _Outcome("retry", "http_503", wait=_retry_after(response))
    if status >= 500:
        return _Outcome("ambiguous", code)
    if not isinstance(data, dict) or not isinstance(data.get("error"), str) \
            or not _ERROR_CODE.match(data["error"]):
        return _Outcome("ambiguous", "invalid_response")  # e.g. a proxy's page with a 200
    if code in FORM_ERRORS:
        return _Outcome("form", code)
    if code in NOTHING_HAPPENED:
        return _Outcome("retry", code)
    if code in MAYBE_HAPPENED:
        return _Outcome("ambiguous", code)
    return _Outcome("failed", code)


_UNKNOWN = object()


def _find_post(client: WebClient, channel: str, thread_ts: Optional[str], post_id: str,
               since: float) -> Any:
    """The ts of our post ``post_id`` if Slack has it, None if not, _UNKNOWN if we cannot
    tell (the lookup keeps failing): then the reply is not sent again."""
    for attempt in range(LOOKUPS):
        try:
            if thread_ts:
                response = client.conversations_replies(
                    channel=channel, ts=thread_ts, oldest=f"{since:.6f}", limit=200,
                    include_all_metadata=True)
            else:
                response = client.conversations_history(
                    channel=channel, oldest=f"{since:.6f}", limit=200, include_all_metadata=True)
            messages = response.data.get("messages") if isinstance(response.data, dict) else None
        except (SlackApiError, OSError, SlackClientError, AttributeError, TypeError):
            messages = None
        if isinstance(messages, list):
            for found in messages:
                if _is_post(found, post_id):
                    return found.get("ts")
            return None
        time.sleep(_backoff(attempt))
    return _UNKNOWN


def _is_post(message: Any, post_id: str) -> bool:
    metadata = message.get("metadata") if isinstance(message, dict) else None
    return isinstance(metadata, dict) and metadata.get("event_type") == METADATA_EVENT_TYPE \
        and isinstance(metadata.get("event_payload"), dict) \
        and metadata["event_payload"].get("post_id") == post_id


def plain_text_message(message: Message) -> Message:
    """The reply as plain text only, shortened, naming where the full answer is (the
    FAQ source the blocks cite)."""
    text = message.text
    if len(text) > PLAIN_TEXT_LIMIT:
        text = text[:PLAIN_TEXT_LIMIT - 1].rstrip() + "…"
    source = _source_of(message.blocks)
    if source:
        text += f"\n\n(Shortened. The full answer: {source})"
    return Message(text, [])


_SOURCE = re.compile(r"Source: `([^`]+)`")


def _source_of(blocks: list[dict]) -> Optional[str]:
    for block in blocks:
        for element in block.get("elements") or []:
            found = _SOURCE.search(str(element.get("text") or "")) if isinstance(element, dict) else None
            if found:
                return found.group(1)
    return None


def bare_client(client: WebClient) -> WebClient:
    """``client`` without its retrying handlers: exactly-once posting decides every retry
    itself. Handlers that never retry (observers of every answer, such as the dead-token
    watch in bot/slack/workspace.py) are kept."""
    observers = [h for h in client.retry_handlers or [] if h.max_retry_count == 0]
    return WebClient(token=client.token, base_url=client.base_url, timeout=client.timeout,
                     ssl=client.ssl, proxy=client.proxy, headers=dict(client.headers or {}),
                     retry_handlers=observers)


def cosmetic_client(client: WebClient, timeout: float) -> WebClient:
    """``client`` for a call nobody waits for: a short timeout, never retried."""
    bare = bare_client(client)
    bare.timeout = min(timeout, client.timeout)
    return bare


def _never_sent(error: Exception) -> bool:
    """A failure before the request could reach Slack: refused, unresolvable."""
    reason = error.reason if isinstance(error, URLError) else error
    return isinstance(reason, (ConnectionRefusedError, socket.gaierror))


def _retry_after(response: Any) -> float:
    return retry_after_seconds(_retry_response(response))


def _has_retry_after(response: Any) -> bool:
    return any(name.lower() == "retry-after" for name in (getattr(response, "headers", None) or {}))


def _retry_response(response: Any):
    from slack_sdk.http_retry import HttpResponse

    headers = {k: v if isinstance(v, list) else [v] for k, v in (response.headers or {}).items()}
    return HttpResponse(status_code=response.status_code, headers=headers)


def _backoff(attempt: int) -> float:
    return min(4.0, 0.5 * 2 ** attempt) + random.uniform(0, 0.25)


def _retry_reason(outcome: _Outcome) -> str:
    if outcome.error == "ratelimited":
        return "rate_limited"
    if outcome.error == "connection_error":
        return "connection_error"
    if outcome.kind == "ambiguous":
        return "verified_not_posted"
    return "server_error" if outcome.error.startswith("http_") else "transient_error_code"


def post_ephemeral(client: WebClient, message: Message, *, channel: str, user: str,
                   thread_ts: Optional[str] = None) -> bool:
    response = _call("chat.postEphemeral", Target(channel, thread_ts, user), lambda: client.chat_postEphemeral(
        channel=channel, user=user, thread_ts=thread_ts, **message.as_kwargs()))
    return response is not None


def add_reaction(client: WebClient, name: str, *, channel: str, ts: str,
                 user: Optional[str] = None) -> bool:
    response = _call("reactions.add", Target(channel, ts, user), lambda: client.reactions_add(
        channel=channel, timestamp=ts, name=name), tolerated={"already_reacted"})
    return response is not None


def remove_reaction(client: WebClient, name: str, *, channel: str, ts: str,
                    user: Optional[str] = None) -> bool:
    response = _call("reactions.remove", Target(channel, ts, user), lambda: client.reactions_remove(
        channel=channel, timestamp=ts, name=name), tolerated={"no_reaction"})
    return response is not None


def publish_home(client: WebClient, view: dict, *, user: str) -> bool:
    response = _call("views.publish", Target(user=user), lambda: client.views_publish(
        user_id=user, view=view))
    return response is not None


def respond(client: WebClient, response_url: Optional[str], payload: dict[str, Any], *,
            channel: Optional[str], user: Optional[str], thread_ts: Optional[str] = None) -> bool:
    """POST ``payload`` to a ``response_url`` with the client's timeout and retries."""
    target = Target(channel, thread_ts, user)
    if not response_url:
        _failed(RESPONSE_URL, target, "no_response_url")
        return False
    webhook = WebhookClient(response_url, timeout=client.timeout, ssl=client.ssl,
                            proxy=client.proxy, retry_handlers=client.retry_handlers,
                            logger=_webhook_log)
    try:
        response = webhook.send_dict(payload)
    except (OSError, SlackClientError) as error:
        _failed(RESPONSE_URL, target, _transport_error(error))
        return False
    if response.status_code == 200:
        return True
    body = (response.body or "").strip()
    _failed(RESPONSE_URL, target, body if _ERROR_CODE.match(body) else f"http_{response.status_code}")
    return False


def message_payload(message: Message, **fields: Any) -> dict[str, Any]:
    """A ``response_url`` payload: the message plus response_type, replace_original…"""
    return {**message.as_kwargs(), **fields}


def _call(method: str, target: Target, send: Callable[[], Any],
          tolerated: frozenset[str] | set[str] = frozenset()) -> Optional[Any]:
    try:
        return send()
    except SlackApiError as error:
        code = _api_error_code(error)
        if code in tolerated:  # e.g. the reaction was already there: the goal is met
            return error.response
        _failed(method, target, code)
    except (AttributeError, TypeError):  # slack_sdk reading a 200 whose JSON is not an object
        _failed(method, target, "invalid_response")
    except (OSError, SlackClientError) as error:
        _failed(method, target, _transport_error(error))
    return None


def _failed(method: str, target: Target, error: str) -> None:
    METRICS.slack_failures.labels(method, error).inc()
    log.warning("Slack %s failed for good (%s): channel=%s thread_ts=%s user=%s",
                method, error, target.channel, target.thread_ts, target.user,
                extra={"slack_method": method, "slack_error": error, "channel": target.channel,
                       "thread_ts": target.thread_ts, "user": target.user})


def _api_error_code(error: SlackApiError) -> str:
    response = error.response
    data = getattr(response, "data", None)
    code = data.get("error") if isinstance(data, dict) else None
    if isinstance(code, str) and _ERROR_CODE.match(code):
        return code
    return f"http_{getattr(response, 'status_code', 'unknown')}"


def _transport_error(error: Exception) -> str:
    reason = getattr(error, "reason", error)
    return "timeout" if isinstance(reason, TimeoutError) or isinstance(error, TimeoutError) \
        else "connection_error"

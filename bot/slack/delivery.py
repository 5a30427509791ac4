"""Everything the bot sends to Slack goes through here, and nothing is lost silently.

The Web API client carries the bounded retry handlers (bot/slack/retries.py); replies
through a ``response_url`` are sent by a ``WebhookClient`` given the same handlers
(Bolt's ``respond`` builds one without any). A call that still fails is logged once
at WARNING with what it was for (method, channel, thread ts, user and Slack's error
code; never the token, never the ``response_url``, whose path is a credential) and
counted in ``faqbot_slack_delivery_failures_total``. No function here raises: a failed
delivery must not take the rest of the listener with it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Callable, Optional

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.webhook import WebhookClient

from bot.metrics import METRICS
from bot.slack.blocks import Message

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
    """Post ``message``; its ts, or None when Slack never took it."""
    response = _call("chat.postMessage", Target(channel, thread_ts, user), lambda: client.chat_postMessage(
        channel=channel, thread_ts=thread_ts, **message.as_kwargs()))
    return response.get("ts") if response is not None else None


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

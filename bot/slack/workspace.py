"""The app's standing in its workspace: once uninstalled or its bot token revoked, stop posting.

Slack tells the app in three ways, and each trips one :class:`PostingSwitch` per process:

- the ``app_uninstalled`` event (the app was removed from the workspace);
- the ``tokens_revoked`` event naming the bot user (a user token's revocation is ignored:
  the bot posts with its bot token only);
- any Web API answer that the token is dead (``token_revoked``, ``account_inactive``,
  ``invalid_auth``), seen by :class:`DeadTokenWatch` among the client's retry handlers,
  so a replica that never received the event stops on its first refused call.

Once tripped, every later request is acknowledged (200) and dropped before any listener
runs (:meth:`PostingSwitch.middleware`), so nothing more is posted or retried; the switch
is logged once. It stays tripped until restart: a reinstall issues a new token, which the
process must be restarted with anyway.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable, Optional

from slack_bolt import BoltResponse
from slack_sdk.http_retry import HttpRequest, HttpResponse, RetryHandler, RetryState

log = logging.getLogger(__name__)

# Web API error codes meaning the token will never work again.
DEAD_TOKEN_ERRORS = frozenset({"token_revoked", "account_inactive", "invalid_auth"})


class PostingSwitch:
    """Whether this process may still post to Slack."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reason: Optional[str] = None

    def __deepcopy__(self, memo: dict) -> "PostingSwitch":
        # Bolt deep-copies the client's retry handlers for each request: every copy of
        # DeadTokenWatch must still trip this one switch.
        return self

    @property
    def stopped(self) -> bool:
        return self._reason is not None

    @property
    def reason(self) -> Optional[str]:
        return self._reason

    def stop(self, reason: str) -> None:
        """Stop posting, logging it the first time only."""
        with self._lock:
            if self._reason is not None:
                return
            self._reason = reason
        log.warning("stopped posting to Slack: %s; every later request is acknowledged and "
                    "dropped until faqbot is restarted with a working SLACK_BOT_TOKEN", reason)

    def middleware(self, body: dict, next: Callable[[], None]) -> Optional[BoltResponse]:  # noqa: A002
        """A Bolt global middleware: a request arriving after the switch tripped is
        acknowledged and goes no further (Slack would retry anything but a 2xx)."""
        if self._reason is None:
            next()
            return None
        log.debug("dropped a %s request: posting stopped", body.get("type"))
        return BoltResponse(status=200, body="")


class DeadTokenWatch(RetryHandler):
    """Not a retry handler: slack_sdk shows every 200 answer to the client's retry handlers
    (and Bolt copies them into each request's client and the response_url client), which
    makes this the one place seeing every call's answer. It never retries."""

    def __init__(self, switch: PostingSwitch) -> None:
        super().__init__(max_retry_count=0)
        self.switch = switch

    def can_retry(self, *, state: RetryState, request: HttpRequest,
                  response: Optional[HttpResponse] = None,
                  error: Optional[Exception] = None) -> bool:
        body = response.body if response is not None else None
        code = body.get("error") if isinstance(body, dict) else None
        if code in DEAD_TOKEN_ERRORS:
            self.switch.stop(f"Slack answered {code} to {request.url.rsplit('/', 1)[-1]}")
        return False


def revoked_bot_token(event: dict, bot_user_id: Optional[str]) -> bool:
    """A ``tokens_revoked`` event revoking a bot token (``tokens.bot``). Bolt runs no
    authorization for this event, so the bot user id is usually unknown here: the app has
    one bot user per workspace, so any bot token revoked is this one."""
    revoked = (event.get("tokens") or {}).get("bot") or []
    return bool(revoked) and (not bot_user_id or bot_user_id in revoked)

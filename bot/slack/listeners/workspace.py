"""Requests that are no question: uninstalls, revocations, and whatever else Slack sends.

Slack retries every delivery not answered with a 2xx, so each request gets one:

- ``app_uninstalled`` and ``tokens_revoked`` (naming the bot) stop all posting
  (bot/slack/workspace.py);
- ``app_rate_limited`` (Slack dropping this app's events for a minute) is logged;
- any other event, button or dialog this app has no listener for (``member_joined_channel``,
  ``reaction_added``, a link button's click…) is acknowledged and ignored.

:func:`register_fallbacks` must be registered last: Bolt runs the first listener that
matches, so these catch-alls only get what no other listener took.
"""

from __future__ import annotations

import logging
import re
from typing import Callable, Optional

from slack_bolt import Ack, App, BoltContext, BoltResponse

from bot.slack.listeners.ack import acknowledge
from bot.slack.workspace import PostingSwitch, revoked_bot_token

log = logging.getLogger(__name__)

ANY = re.compile(".*")


def register(app: App, switch: PostingSwitch) -> None:
    def uninstalled(ack: Ack, body: dict) -> None:
        ack()
        switch.stop(f"the app was uninstalled from workspace {body.get('team_id')}")

    def revoked(ack: Ack, body: dict, event: dict, context: BoltContext) -> None:
        ack()
        if revoked_bot_token(event, context.bot_user_id):
            switch.stop(f"the bot token was revoked in workspace {body.get('team_id')}")
        else:  # user tokens: the bot never posts with them
            log.info("Slack revoked user tokens in workspace %s; the bot token still works",
                     body.get("team_id"))

    # Global middleware, ahead of every listener: a stopped switch drops everything, and
    # app_rate_limited has no "event" inside for Bolt's event listeners to match.
    app.use(switch.middleware)
    app.use(rate_limited_notice)
    app.event("app_uninstalled")(uninstalled)
    app.event("tokens_revoked")(revoked)


def rate_limited_notice(body: dict, next: Callable[[], None]) -> Optional[BoltResponse]:  # noqa: A002
    if body.get("type") != "app_rate_limited":
        next()
        return None
    log.warning("Slack rate-limited this app's Events API deliveries (minute %s): events in "
                "that minute are not delivered", body.get("minute_rate_limited"))
    return BoltResponse(status=200, body="")


def register_fallbacks(app: App) -> None:
    """Acknowledge what no listener took (see the module docstring). Last, always."""
    app.event(ANY)(acknowledge)
    app.action(ANY)(acknowledge)
    app.view(ANY)(acknowledge)
    app.shortcut(ANY)(acknowledge)
    app.options(ANY)(acknowledge)

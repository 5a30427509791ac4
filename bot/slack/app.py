"""The Bolt app: Slack Web API client, request verification and the listeners.

``faqbot serve`` builds each part from the settings in bot/slack/assembly.py and hands
them in; a part not handed in (tests, benches) is built here from the settings the same way.
"""

from __future__ import annotations

import logging
from typing import Optional

from pydantic import SecretStr
from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.web import SlackResponse
from slack_bolt.middleware.authorization import SingleTeamAuthorization

from bot.config import Settings
from bot.service import FaqService
from bot.slack.dedupe import Deduplicator
from bot.slack.dedupe_redis import deduplicator_for
from bot.slack.escalation import Escalator, ReminderSweeper
from bot.slack.lifecycle import Lifecycle
from bot.slack.ordering import ChannelOrder, order_for
from bot.slack.save_faq import Maintainers
from bot.feedback.startup import open_store
from bot.feedback.store import FeedbackStore
from bot.slack.listeners import register_listeners
from bot.slack.listeners.home import HomeTab, OutcomeCounter
from bot.slack.policy import SlackPolicy
from bot.slack.replies import Replies
from bot.slack.retries import retry_handlers
from bot.slack.signals import WorkingSignal
from bot.slack.workspace import DeadTokenWatch, PostingSwitch

log = logging.getLogger(__name__)


def create_app(settings: Settings, service: FaqService, *, client: Optional[WebClient] = None,
               feedback: Optional[FeedbackStore] = None,
               outcome_counts: Optional[OutcomeCounter] = None,
               dedupe: Optional[Deduplicator] = None, policy: Optional[SlackPolicy] = None,
               switch: Optional[PostingSwitch] = None,
               auth_test: Optional[SlackResponse] = None,
               order: Optional[ChannelOrder] = None) -> App:
    """A Bolt app answering from ``service``. Construction calls Slack's ``auth.test``
    unless given its answer (``auth_test``: the preflight's, bot/slack/assembly.py).

    Without ``feedback`` the store is opened from the settings: migrated to the newest
    schema, and the old JSONL log imported if it was not before. Admins see last week's
    answered/unanswered counts on the App Home tab from ``outcome_counts``, by default
    the store's (bot/slack/listeners/home.py). ``order`` keeps question order per channel
    across replicas (bot/slack/ordering.py), by default as the settings say."""
    switch = switch or PostingSwitch()
    # Tracks each acknowledged question to its last post, for graceful shutdown.
    lifecycle = Lifecycle.from_settings(settings, switch,
                                        order if order is not None else order_for(settings))
    app = App(
        client=client or web_client(settings, switch),
        signing_secret=secret(settings.slack_signing_secret),
        # Verified once, at the HTTP front before anything is parsed (bot/slack/http_server.py);
        # a delivery acknowledged there may reach Bolt past its 5-minute timestamp window.
        # Socket Mode needs no signature.
        request_verification_enabled=False,
        token_verification_enabled=auth_test is None,
        # Listeners ack inline and hand the work to lazy listeners.
        process_before_response=True,
        listener_executor=lifecycle.executor(settings.slack_answer_threads),
    )
    if auth_test is not None:
        seed_authorization(app, auth_test)
    app.use(lifecycle.middleware)
    # Spooled: the answer path never waits on a database server, which may be down at start.
    store = feedback or open_store(settings, spooled=True)
    replies = Replies(service, store)
    policy = policy or SlackPolicy.from_settings(settings)
    warn_unknown_categories(policy, service)
    working = WorkingSignal(settings.slack_working_reaction_after, settings.slack_working_reaction,
                            settings.slack_cosmetic_timeout)
    home_tab = HomeTab(service, frozenset(settings.slack_admin_users) | frozenset(settings.faq_maintainer_users),
                       outcome_counts or store.outcome_counts,
                       escalations=store.escalations if outcome_counts is None else None)
    # "is None": an empty in-memory deduplicator is falsy (it has a length).
    claims = lifecycle.tracked(dedupe if dedupe is not None else deduplicator_for(settings))
    # Escalation claims are tracked too: a click not finished before a shutdown is released.
    escalator = Escalator(service, store, claims, policy, settings.escalation_reminder_after)
    if settings.escalation_reminder_after:  # due reminders of any replica's escalations
        sweeper = ReminderSweeper(escalator, app.client, settings.escalation_reminder_poll).start()
        lifecycle.on_stop(sweeper.stop)
    register_listeners(app, replies, claims, policy, working, home_tab, switch,
                       escalator=escalator, maintainers=Maintainers.from_settings(settings))
    return app


def seed_authorization(app: App, auth_test: SlackResponse) -> None:
    """Give Bolt's single-workspace authorization the ``auth.test`` answer it would ask for
    itself (at construction, or at the first request when not verifying the token there):
    Bolt takes no such argument, so it is set on its middleware."""
    for middleware in app._middleware_list:  # Bolt's own list; slack_bolt is pinned
        if isinstance(middleware, SingleTeamAuthorization):
            middleware.auth_test_result = auth_test


def warn_unknown_categories(policy: SlackPolicy, service: FaqService) -> None:
    """A channel restricted to a category no FAQ entry has answers nothing: say so at start."""
    known = service.categories()
    if known is None:  # no index loaded yet (the embedding server is down at start)
        return
    for category in sorted(policy.channels.categories() - known):
        log.warning("channel settings name FAQ category %r, which no FAQ entry has (categories: %s); "
                    "names must match the front matter exactly", category, ", ".join(sorted(known)) or "none")


def web_client(settings: Settings, switch: Optional[PostingSwitch] = None,
               token: Optional[SecretStr] = None, logger: Optional[logging.Logger] = None) -> WebClient:
    """The Web API client (with ``token``, by default the bot token). With ``switch``, an
    answer saying the token is dead trips it (bot/slack/workspace.py)."""
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") \
        else settings.slack_api_url + "/"
    # Bounded retries on every call; Bolt copies them into each request's client.
    handlers = retry_handlers(settings.slack_max_retries, settings.slack_retry_budget)
    if switch is not None:
        handlers = [DeadTokenWatch(switch), *handlers]
    return WebClient(token=secret(token or settings.slack_bot_token) or None, base_url=base_url,
                     timeout=settings.slack_timeout, retry_handlers=handlers, logger=logger)


def secret(value: Optional[SecretStr]) -> str:
    return value.get_secret_value() if value else ""

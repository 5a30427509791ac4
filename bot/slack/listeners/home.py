"""The App Home tab, published whenever someone opens it (``app_home_opened``).

Everyone sees what the bot knows (entries per category) and how to ask. Admins also
see how many questions were answered and left unanswered in the last week. Admins are
the user ids in the ``slack_admin_users`` setting: the people who maintain the FAQ are
rarely the workspace's admins, and a list needs no extra scope (``users:read``) and no
extra API call per visit.

The counts come from any ``OutcomeCounter``: a callable taking the start of the
period (an aware UTC datetime) and returning an object with ``answered`` and
``unanswered`` (for instance the feedback store's ``outcome_counts``).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Optional, Protocol

from slack_bolt import App
from slack_sdk import WebClient

from bot.faq.nodes import PHRASING_INDEX
from bot.service import FaqService
from bot.slack.blocks import FaqOverview, OutcomeSummary, home_view
from bot.slack.delivery import publish_home
from bot.slack.listeners.ack import acknowledge

log = logging.getLogger(__name__)

PERIOD = timedelta(days=7)
UNCATEGORISED = "Uncategorised"
NO_COUNTER = "Answered/unanswered counts need the feedback store, which is not configured."
COUNTS_FAILED = "The answered/unanswered counts could not be read just now."


class OutcomeCounts(Protocol):
    answered: int
    unanswered: int


OutcomeCounter = Callable[[datetime], OutcomeCounts]


@dataclass
class HomeTab:
    service: FaqService
    admins: frozenset[str] = frozenset()
    outcome_counts: Optional[OutcomeCounter] = None
    # Escalations (Ask a person) since a time: the feedback store's ``escalations``.
    escalations: Optional[Callable[[datetime], list]] = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))

    def view(self, user: str) -> dict:
        outcomes = self.outcomes() if user in self.admins else None
        return home_view(self.overview(), outcomes)

    def overview(self) -> Optional[FaqOverview]:
        try:
            nodes = self.service.stored.store.get_nodes()
        except Exception as error:  # the index not loadable yet: say so, do not fail
            log.warning("home tab: FAQ index not available: %s", error)
            return None
        categories: Counter[str] = Counter()
        for node in nodes:
            if node.metadata.get(PHRASING_INDEX, 0) == 0:  # one node per entry
                categories[node.metadata.get("category") or UNCATEGORISED] += 1
        ranked = sorted(categories.items(), key=lambda item: (-item[1], item[0]))
        return FaqOverview(sum(categories.values()), tuple(ranked))

    def outcomes(self) -> OutcomeSummary:
        days = PERIOD.days
        if self.outcome_counts is None:
            return OutcomeSummary(days, unavailable=NO_COUNTER)
        try:
            counts = self.outcome_counts(self.clock() - PERIOD)
            asked = self.escalations(self.clock() - PERIOD) if self.escalations else None
            return OutcomeSummary(days, int(counts.answered), int(counts.unanswered),
                                  escalations_open=sum(not e.answered for e in asked) if asked is not None else None,
                                  escalations_answered=sum(e.answered for e in asked) if asked is not None else None)
        except Exception as error:  # a store outage must not blank the whole tab
            log.warning("home tab: outcome counts failed: %s", error)
            return OutcomeSummary(days, unavailable=COUNTS_FAILED)


def register(app: App, home_tab: HomeTab) -> None:
    def publish(event: dict, client: WebClient) -> None:
        user = event.get("user")
        if event.get("tab") == "home" and user:
            publish_home(client, home_tab.view(user), user=user)

    app.event("app_home_opened")(ack=acknowledge, lazy=[publish])

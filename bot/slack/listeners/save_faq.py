"""The *Save as FAQ* message shortcut and its modal (bot/slack/save_faq.py does the work).

The shortcut is acknowledged at once and the modal opened by a lazy listener (the
``trigger_id`` lasts 3 seconds). The submission is planned and written inside the ack,
because only the ack can keep the modal open with an error (``response_action: errors``);
the reload and the "Saved to the FAQ as …" note follow in a lazy listener.
"""

from __future__ import annotations

import logging
from typing import Optional

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.faq.edits import EditRefused, StaleEdit
from bot.faq.entry import FaqError
from bot.service import FaqService
from bot.slack.blocks import (
    NOT_A_MAINTAINER, SAVE_AS_FAQ, SAVE_AS_FAQ_VIEW, Nearest, save_as_faq_view, text_message,
)
from bot.slack.delivery import post_ephemeral, post_message, reply_aside
from bot.slack.escalation import Escalator, thread_ref
from bot.slack.listeners.ack import acknowledge
from bot.slack.mrkdwn import escape
from bot.slack.save_faq import (
    BotIdentity, Maintainers, SaveRequest, commit_author, metadata, modal_errors, prefill, read_metadata, save,
)

log = logging.getLogger(__name__)

NEAREST_OFFERED = 10


def register(app: App, service: FaqService, maintainers: Maintainers, escalator: Escalator) -> None:
    settings = service.settings

    def open_modal(body: dict, client: WebClient, context: BoltContext) -> None:
        user = (body.get("user") or {}).get("id")
        channel = (body.get("channel") or {}).get("id")
        message = body.get("message") if isinstance(body.get("message"), dict) else {}
        thread_ts = message.get("thread_ts") or message.get("ts")
        if not maintainers.includes(client, user):
            if channel and user:
                reply_aside(lambda: post_ephemeral(
                    client, text_message(NOT_A_MAINTAINER), channel=channel, user=user,
                    thread_ts=message.get("thread_ts")), channel=channel, user=user)
            return
        filled = prefill(client, message, channel=channel,
                         bot=BotIdentity(context.bot_user_id, context.bot_id),
                         escalated=lambda c, ts: _escalated_question(escalator, c, ts),
                         max_question_chars=settings.max_question_chars)
        view = save_as_faq_view(question=filled.question, answer=filled.answer,
                                file=settings.console_drafts_file, entries=_nearest(service, filled.question),
                                metadata=metadata(channel, thread_ts))
        try:
            client.views_open(trigger_id=body.get("trigger_id"), view=view)
        except Exception as error:  # the trigger expired, Slack refused the view: logged
            log.warning("views.open for Save as FAQ failed: %s", error)

    def submitted(ack: Ack, body: dict, view: dict, client: WebClient, context) -> None:
        user = (body.get("user") or {}).get("id")
        if not maintainers.includes(client, user):
            ack(response_action="errors", errors={"question": NOT_A_MAINTAINER})
            return
        request = SaveRequest.from_view(view)
        # Only for a commit: users.info costs a round trip of Slack's 3-second window.
        author = commit_author(client, user, settings.faq_git_author) if settings.faq_git_url else None
        try:
            saved = save(settings.faq_dir, request, author=author)
        except (EditRefused, StaleEdit, FaqError) as error:
            log.info("Save as FAQ refused for %s: %s", user, error)
            ack(response_action="errors", errors=modal_errors(error))
            return
        log.info("Save as FAQ by %s wrote %s (%s)", user, saved.source, saved.faq_id)
        context["faq_saved"] = saved
        ack()

    def after_save(body: dict, view: dict, client: WebClient, context) -> None:
        saved = context.get("faq_saved")
        if saved is None:
            return
        try:
            service.reload()
        except Exception as error:  # the watcher reloads later; the file is written
            log.error("reload after Save as FAQ failed: %s", error)
        channel, thread_ts = read_metadata(view)
        if channel and thread_ts:
            kind = "an alternate of" if saved.alternate else "the new entry"
            post_message(client, text_message(f"Saved to the FAQ as {kind} `{escape(saved.faq_id)}` "
                                              f"in `{escape(saved.source)}`."),
                         channel=channel, thread_ts=thread_ts, user=(body.get("user") or {}).get("id"))

    app.shortcut(SAVE_AS_FAQ)(ack=acknowledge, lazy=[open_modal])
    app.view(SAVE_AS_FAQ_VIEW)(ack=submitted, lazy=[after_save])


def _escalated_question(escalator: Escalator, channel: Optional[str], thread_ts: Optional[str]) -> str:
    """The stored question of the escalation whose asker's thread, or escalation post,
    is ``channel``'s ``thread_ts``; "" for none."""
    if not channel or not thread_ts:
        return ""
    try:
        escalation = escalator.store.escalation(thread_ref(channel, thread_ts))
    except Exception as error:  # a store outage leaves the question for the maintainer to type
        log.warning("Save as FAQ: escalation not readable: %s", type(error).__name__)
        return ""
    return (escalation.question or "") if escalation else ""


def _nearest(service: FaqService, question: str) -> list[Nearest]:
    if not question:
        return []
    try:
        answer = service.answer(question)
    except Exception:
        return []
    found = [*([answer.match] if answer.match else []), *answer.choices, *answer.suggestions]
    return list({m.id: Nearest(m.id, m.question, m.score) for m in found}.values())[:NEAREST_OFFERED]

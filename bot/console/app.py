"""The console's Starlette app: pages, form handling and the guard every request passes.

Every page is rendered on the server from Jinja2 templates (autoescaped) with plain HTML
forms: no JavaScript, no front-end build. The app lives at ``/console/``: as its own
server (``faqbot console``, :func:`standalone_app`) or mounted in ``faqbot serve``'s HTTP
mode (:func:`console_mount`), always on a :class:`~bot.service.FaqService` that live reload
keeps current.

Work that embeds, searches or touches files runs in a worker thread, so the event loop
keeps serving other requests.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from importlib import resources
from typing import Awaitable, Callable, Optional
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from bot.config import Settings
from bot.calibration import DEFAULT_PRECISION
from bot.console.answers import answered_escalation, answers_page, people_answers
from bot.console.calibration import calibration_page, self_calibrate_serving
from bot.console.drafts import plan_new_entry
from bot.console.entries import entries_page, entry_feedback
from bot.console.feedback import FeedbackReads, FeedbackSource
from bot.console.forms import MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, Form, FormError
from bot.console.hits import hit_test
from bot.console.problems import FaqProblems
from bot.console.slack_preview import mrkdwn_html, slack_preview
from bot.console.security import (
    AUTH_COOKIE, AUTHENTICATED, CSRF_FIELD, NO_CREDENTIALS, SESSION_COOKIE, ConsoleSecurity, client_address,
)
from bot.console.triage import STATES, mark, read_marks
from bot.console.unanswered import EmbeddingCache, asked_questions, unanswered_page
from bot.faq.edits import (
    EditRefused, FileEdit, StaleEdit, apply_edit, maintainer_name, plan_entry_edit, plan_remove_alternate,
    plan_remove_entry,
)
from bot.faq.entry import FaqError
from bot.faq.markdown import raw_answer
from bot.faq.reader import load_faq_folder
from bot.index.lock import IndexLockedError, IndexReadOnlyError
from bot.promote import plan_alternate
from bot.slack.mrkdwn import from_mrkdwn

log = logging.getLogger(__name__)

PREFIX = "/console"
# After a write, how long the page waits for live reload to serve the edit before it
# shows the result anyway (it says whether the reload happened).
RELOAD_WAIT_SECONDS = 20.0
MAX_NOTICES = 256  # "Wrote <file>" notices waiting to be shown once, oldest dropped first
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("bot.console", "templates"),
                      autoescape=select_autoescape(["html"], default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = lambda value, digits=3: "–" if value is None else f"{value:.{digits}f}"
    env.filters["mrkdwn_html"] = mrkdwn_html
    env.globals["prefix"] = PREFIX
    return env


@dataclass
class ConsoleContext:
    """What one console needs: the live service, the settings, the feedback database."""

    service: object
    settings: Settings
    feedback: FeedbackSource
    security: ConsoleSecurity
    reload_wait: float = RELOAD_WAIT_SECONDS


class Console:
    def __init__(self, context: ConsoleContext) -> None:
        self.ctx = context
        self.env = _environment()
        self.cache = EmbeddingCache()
        self.problems = FaqProblems(context.settings.faq_dir)
        # After a write, the hit-testing page says "Wrote <file>" from here, by a one-time
        # token of the writer's session: never from what a link's query string claims.
        self._notices: OrderedDict[str, tuple[str, str, bool]] = OrderedDict()
        self._notices_lock = threading.Lock()
        self._calibrating = threading.Lock()  # one calibration at a time from this console
        # The name each session's maintainer gave, for the git history of their edits.
        self._names: OrderedDict[str, str] = OrderedDict()
        s = context.settings
        self.feedback = FeedbackReads(context.feedback, s.console_feedback_timeout,
                                      s.console_feedback_retry_seconds)

    # -- plumbing ----------------------------------------------------------------------
    def routes(self) -> list[Route]:
        page = self._guarded
        return [
            Route("/", page(self.home)),
            Route("/hits", page(self.hits)),
            Route("/entries", page(self.entries)),
            Route("/unanswered", page(self.unanswered)),
            Route("/alternate/preview", page(self.alternate_preview)),
            Route("/alternate", page(self.alternate_write, write=True), methods=["POST"]),
            Route("/unanswered/mark", page(self.mark_group, write=True), methods=["POST"]),
            Route("/answers", page(self.answers)),
            Route("/draft", page(self.draft_form)),
            Route("/draft/preview", page(self.draft_preview, write=True), methods=["POST"]),
            Route("/draft/write", page(self.draft_write, write=True), methods=["POST"]),
            Route("/entry/edit", page(self.entry_form)),
            Route("/entry/preview", page(self.entry_preview, write=True), methods=["POST"]),
            Route("/entry/write", page(self.entry_write, write=True), methods=["POST"]),
            Route("/alternate/remove/preview", page(self.remove_alternate_preview)),
            Route("/alternate/remove", page(self.remove_alternate_write, write=True), methods=["POST"]),
            Route("/entry/remove/preview", page(self.remove_entry_preview)),
            Route("/entry/remove", page(self.remove_entry_write, write=True), methods=["POST"]),
            Route("/calibration", page(self.calibration)),
            Route("/calibrate", page(self.calibrate, write=True), methods=["POST"]),
            Route("/login", page(self.login_form, public=True)),
            Route("/login", page(self.login, write=True, public=True), methods=["POST"]),
            Route("/logout", page(self.logout, write=True), methods=["POST"]),
            Route("/name", page(self.set_name, write=True), methods=["POST"]),
            Route("/static/console.css", self.stylesheet),
        ]

    def _guarded(self, handler: Callable[..., Awaitable[Response]], write: bool = False,
                 public: bool = False) -> Callable[[Request], Awaitable[Response]]:
        security = self.ctx.security

        async def endpoint(request: Request) -> Response:
            refused = security.host_allowed(request)
            if refused is not None:
                return self._error(request, None, refused.status, "Host not allowed", refused.reason)
            refused = security.guessing_refused(request)
            if refused is not None:
                log.warning("console token attempts refused from %s: too many wrong tokens",
                            client_address(request))
                response = self._error(request, None, refused.status, "Too many attempts", refused.reason)
                response.headers["Retry-After"] = str(refused.retry_after)
                return response
            session = security.session_id(request)
            new_session = session is None
            if new_session:
                session = security.new_session_id()
            try:
                form = await Form.read(request) if write else Form.query(request)
                if write:
                    refused = security.write_allowed(request, None if new_session else session,
                                                     form.get(CSRF_FIELD))
                    if refused is not None:
                        log.info("console refused %s %s: %s", request.method, request.url.path, refused.reason)
                        response = self._error(request, session, refused.status, "Refused", refused.reason)
                    elif not public and not security.authenticated(request, session):
                        response = self._error(request, session, 401, "Log in first",
                                               "this console needs its token: log in again")
                    else:
                        response = await handler(request, form, session)
                else:
                    who = AUTHENTICATED if public else security.authenticate(request, session)
                    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                    if who == NO_CREDENTIALS:  # a browser that has not logged in: the login page
                        response = RedirectResponse(f"{PREFIX}/login?{urlencode({'next': target})}", 303)
                    elif who != AUTHENTICATED:  # a wrong token, a lapsed, forged or logged-out cookie
                        response = self._render(request, session, "login.html", status=401, nav="",
                                                next=_safe_next(target), failed=False, ended=True)
                        response.headers["WWW-Authenticate"] = 'Bearer realm="faqbot console"'
                    else:
                        response = await handler(request, form, session)
            except FormError as error:
                response = self._error(request, session, error.status, "Bad request",
                                       f"{error.field}: {error.reason}", field=error.field)
            except EditRefused as error:
                response = self._error(request, session, 400, "Cannot make this change",
                                       f"{error.field}: {error.reason}", field=error.field)
            except StaleEdit as error:
                response = self._error(request, session, 409, "The file changed", str(error),
                                       retry=_fresh_preview(request.url.path, form))
            except FaqError as error:  # a FAQ file that is not UTF-8 or does not parse
                response = self._error(request, session, 400, "Cannot make this change", str(error),
                                       field="file")
            if new_session and not _sets_cookie(response, SESSION_COOKIE):
                response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict", path=PREFIX,
                                    secure=security.secure_cookies(request))
            response.headers.update(SECURITY_HEADERS)
            return response

        return endpoint

    def _render(self, request: Request, session: Optional[str], template: str, status: int = 200,
                **values) -> HTMLResponse:
        security = self.ctx.security
        # Pages of a logged-in maintainer (those with the menu) say which FAQ files the bot skips.
        problems = self.problems.current() if values.get("nav") else []
        html = self.env.get_template(template).render(
            csrf_field=CSRF_FIELD, csrf_token=security.csrf_token(session) if session else "",
            token_required=security.token_required, path=request.url.path, faq_problems=problems,
            maintainer=self._names.get(session, "") if session else "", here=_here(request), **values)
        return HTMLResponse(html, status_code=status)

    def _error(self, request: Request, session: Optional[str], status: int, title: str, reason: str,
               field: Optional[str] = None, retry: Optional[dict] = None) -> HTMLResponse:
        return self._render(request, session, "error.html", status=status, title=title, reason=reason,
                            field=field, nav="", retry=retry)

    async def stylesheet(self, request: Request) -> Response:
        css = resources.files("bot.console").joinpath("static/console.css").read_text(encoding="utf-8")
        return Response(css, media_type="text/css", headers={"X-Content-Type-Options": "nosniff"})

    # -- pages -------------------------------------------------------------------------
    async def home(self, request: Request, form: Form, session: str) -> Response:
        return RedirectResponse(f"{PREFIX}/hits", 303)

    async def hits(self, request: Request, form: Form, session: str) -> Response:
        question = form.text("q", MAX_QUESTION_CHARS, required=False)
        result = await run_in_threadpool(hit_test, self.ctx.service, question) if question else None
        notice = self._take_notice(session, form.get("notice"))
        return self._render(request, session, "hits.html", nav="hits", question=question, result=result,
                            written=notice[0] if notice else "", reloaded="yes" if notice and notice[1] else "no",
                            slack_html=slack_preview(result.reply) if result else "")

    async def entries(self, request: Request, form: Form, session: str) -> Response:
        search = form.text("search", 200, required=False)
        feedback = await self.feedback.read(entry_feedback)
        page = await run_in_threadpool(entries_page, self.ctx.service, feedback, search)
        return self._render(request, session, "entries.html", nav="entries", search=search, page=page)

    async def unanswered(self, request: Request, form: Form, session: str) -> Response:
        s = self.ctx.settings
        asked = await self.feedback.read(asked_questions)
        marks = await run_in_threadpool(read_marks, s.faq_dir)
        page = await run_in_threadpool(unanswered_page, self.ctx.service, asked, self.cache,
                                       s.console_group_threshold, s.console_max_questions, marks,
                                       s.console_group_threshold_across_languages)
        return self._render(request, session, "unanswered.html", nav="unanswered", page=page,
                            threshold=s.console_group_threshold, drafts_file=s.console_drafts_file,
                            threshold_across=s.console_group_threshold_across_languages,
                            floor=s.console_suggest_floor)

    async def mark_group(self, request: Request, form: Form, session: str) -> Response:
        """Mark a group's questions resolved or ignored, or reopen them (state "open")."""
        state = form.get("state")
        if state not in (*STATES, "open"):
            raise FormError("state", f"must be one of {', '.join((*STATES, 'open'))}")
        questions = [q for q in form.text("questions", MAX_ANSWER_CHARS).split("\n") if q.strip()]
        if len(questions) > self.ctx.settings.console_max_questions:
            raise FormError("questions", "more questions than the page shows")
        await run_in_threadpool(mark, self.ctx.settings.faq_dir, questions, None if state == "open" else state)
        return RedirectResponse(f"{PREFIX}/unanswered", 303)

    async def answers(self, request: Request, form: Form, session: str) -> Response:
        read = await self.feedback.read(people_answers)
        page = await run_in_threadpool(answers_page, self.ctx.service, read, self.cache)
        return self._render(request, session, "answers.html", nav="answers", page=page)

    async def calibration(self, request: Request, form: Form, session: str) -> Response:
        page = await run_in_threadpool(calibration_page, self.ctx.service)
        notice = self._take_notice(session, form.get("notice"))
        return self._render(request, session, "calibration.html", nav="calibration", page=page,
                            calibrated=notice[0] if notice else "", default_precision=DEFAULT_PRECISION)

    async def calibrate(self, request: Request, form: Form, session: str) -> Response:
        """Label-free calibration (``faqbot calibrate --self``) run here, in the process that
        holds the index: a separate command would wait for this process's writer lock."""
        precision = form.fraction("precision", DEFAULT_PRECISION)
        if not self._calibrating.acquire(blocking=False):
            return self._error(request, session, 409, "Calibration is running",
                               "a calibration started from this console is still running: wait for it, "
                               "then reload the Calibration page")
        try:
            limit = self.ctx.settings.self_calibration_max_asked
            asked = await self.feedback.read(lambda store: store.asked_questions(limit))
            result = await run_in_threadpool(self_calibrate_serving, self.ctx.service, precision,
                                             [] if isinstance(asked, str) else asked)
        except (IndexLockedError, IndexReadOnlyError, ValueError) as error:
            return self._error(request, session, 409, "Cannot calibrate here", str(error))
        finally:
            self._calibrating.release()
        measured = result["measured"]
        said = (f"Calibrated: cutoff {result['cutoff']:.3f}, precision {measured['precision']:.1%} and coverage "
                f"{measured['coverage']:.1%} on {measured['queries']:,} questions made from the FAQ "
                f"({measured['seconds']:g} s)" + (f"; {asked}" if isinstance(asked, str) else "") + ".")
        log.info("console: %s", said)
        return RedirectResponse(f"{PREFIX}/calibration?{urlencode({'notice': self._put_notice(session, said, True)})}",
                                303)

    # -- add as alternate --------------------------------------------------------------
    def _plan_alternate(self, form: Form) -> FileEdit:
        faq_id = form.faq_id("faq_id")
        question = form.one_line("question", MAX_QUESTION_CHARS)
        return plan_alternate(self.ctx.settings.faq_dir, faq_id, question)

    async def alternate_preview(self, request: Request, form: Form, session: str) -> Response:
        edit = await run_in_threadpool(self._plan_alternate, form)
        return self._render(request, session, "alternate_preview.html", nav="unanswered", edit=edit,
                            faq_id=form.get("faq_id"), question=form.get("question").strip())

    async def alternate_write(self, request: Request, form: Form, session: str) -> Response:
        expected = form.sha256()
        edit = await run_in_threadpool(self._plan_alternate, form)
        return await self._write(edit, expected, form.get("question").strip(), session)

    # -- draft a new entry -------------------------------------------------------------
    async def draft_form(self, request: Request, form: Form, session: str) -> Response:
        files = await run_in_threadpool(lambda: load_faq_folder(self.ctx.settings.faq_dir).files)
        values, nav = self._draft_values(form), "unanswered"
        if form.get("escalation"):  # "Draft an entry from this" on the People's answers page
            values, nav = values | await self._escalation_values(form.text("escalation", 200)), "answers"
        return self._render(request, session, "draft.html", nav=nav, files=files, error=None, values=values)

    async def _escalation_values(self, ref: str) -> dict:
        """A draft prefilled from an answered escalation: the asker's question, and the
        person's reply converted from Slack mrkdwn to FAQ markdown."""
        escalation = await self.feedback.read(lambda store: answered_escalation(store, ref))
        if isinstance(escalation, str):
            raise FormError("escalation", escalation, status=503)
        if escalation is None:
            raise FormError("escalation", "no answered escalation with a stored reply has this reference", 404)
        return {"question": " ".join(escalation.question.split())[:MAX_QUESTION_CHARS],
                "answer": from_mrkdwn(escalation.reply)[:MAX_ANSWER_CHARS]}

    def _draft_values(self, form: Form) -> dict:
        return {"question": form.get("question")[:MAX_QUESTION_CHARS],
                "alternates": form.get("alternates")[:MAX_ANSWER_CHARS],
                "answer": form.get("answer")[:MAX_ANSWER_CHARS], "id": form.get("id")[:200],
                "file": form.get("file")[:200] or self.ctx.settings.console_drafts_file}

    def _plan_draft(self, form: Form) -> FileEdit:
        question = form.one_line("question", MAX_QUESTION_CHARS)
        answer = form.text("answer", MAX_ANSWER_CHARS)
        alternates = form.text("alternates", MAX_ANSWER_CHARS, required=False).splitlines()
        entry_id = form.faq_id("id", required=False)
        file_name = form.text("file", 200, required=False) or self.ctx.settings.console_drafts_file
        return plan_new_entry(self.ctx.settings.faq_dir, file_name, question, answer, alternates, entry_id)

    async def draft_preview(self, request: Request, form: Form, session: str) -> Response:
        edit = await run_in_threadpool(self._plan_draft, form)
        return self._render(request, session, "draft_preview.html", nav="unanswered", edit=edit,
                            values=self._draft_values(form) | {"file": edit.source})

    async def draft_write(self, request: Request, form: Form, session: str) -> Response:
        expected = form.sha256()
        edit = await run_in_threadpool(self._plan_draft, form)
        return await self._write(edit, expected, form.get("question").strip(), session)

    # -- edit an entry, remove an alternate or an entry ------------------------------------
    def _entry_values(self, faq_id: str) -> dict:
        """The entry's fields as its file holds them now (the answer with its language blocks)."""
        from bot.faq.edits import _locate

        _, entry, _, _, text, _ = _locate(self.ctx.settings.faq_dir, faq_id)
        return {"faq_id": faq_id, "question": entry.question, "alternates": "\n".join(entry.alternates),
                "answer": raw_answer(text, entry), "source": entry.location}

    async def entry_form(self, request: Request, form: Form, session: str) -> Response:
        values = await run_in_threadpool(self._entry_values, form.faq_id("faq_id"))
        return self._render(request, session, "entry_edit.html", nav="entries", values=values)

    def _plan_entry(self, form: Form) -> FileEdit:
        return plan_entry_edit(self.ctx.settings.faq_dir, form.faq_id("faq_id"),
                               form.one_line("question", MAX_QUESTION_CHARS),
                               form.text("alternates", MAX_ANSWER_CHARS, required=False).splitlines(),
                               form.text("answer", MAX_ANSWER_CHARS))

    async def entry_preview(self, request: Request, form: Form, session: str) -> Response:
        edit = await run_in_threadpool(self._plan_entry, form)
        values = {name: form.get(name) for name in ("faq_id", "question", "alternates", "answer")}
        return self._render(request, session, "entry_preview.html", nav="entries", edit=edit, values=values)

    async def entry_write(self, request: Request, form: Form, session: str) -> Response:
        expected = form.sha256()
        edit = await run_in_threadpool(self._plan_entry, form)
        return await self._write(edit, expected, form.get("question").strip(), session)

    def _plan_remove_alternate(self, form: Form) -> FileEdit:
        return plan_remove_alternate(self.ctx.settings.faq_dir, form.faq_id("faq_id"),
                                     form.one_line("alternate", MAX_QUESTION_CHARS))

    async def remove_alternate_preview(self, request: Request, form: Form, session: str) -> Response:
        edit = await run_in_threadpool(self._plan_remove_alternate, form)
        return self._render(request, session, "remove_preview.html", nav="entries", edit=edit,
                            action="alternate/remove", what=f"the alternate “{form.get('alternate')}”",
                            fields={"faq_id": form.get("faq_id"), "alternate": form.get("alternate")})

    async def remove_alternate_write(self, request: Request, form: Form, session: str) -> Response:
        expected = form.sha256()
        edit = await run_in_threadpool(self._plan_remove_alternate, form)
        return await self._write(edit, expected, form.get("alternate").strip(), session)

    def _plan_remove_entry(self, form: Form) -> FileEdit:
        return plan_remove_entry(self.ctx.settings.faq_dir, form.faq_id("faq_id"))

    async def remove_entry_preview(self, request: Request, form: Form, session: str) -> Response:
        edit = await run_in_threadpool(self._plan_remove_entry, form)
        return self._render(request, session, "remove_preview.html", nav="entries", edit=edit,
                            action="entry/remove", what=f"the entry {form.get('faq_id')}",
                            fields={"faq_id": form.get("faq_id")})

    async def remove_entry_write(self, request: Request, form: Form, session: str) -> Response:
        expected = form.sha256()
        faq_id = form.faq_id("faq_id")
        question = await run_in_threadpool(lambda: self._entry_values(faq_id)["question"])
        edit = await run_in_threadpool(self._plan_remove_entry, form)
        return await self._write(edit, expected, question, session)

    # -- writing -----------------------------------------------------------------------
    def _put_notice(self, session: str, source: str, reloaded: bool) -> str:
        token = secrets.token_urlsafe(16)
        with self._notices_lock:
            self._notices[token] = (session, source, reloaded)
            while len(self._notices) > MAX_NOTICES:
                self._notices.popitem(last=False)
        return token

    def _take_notice(self, session: str, token: str) -> Optional[tuple[str, bool]]:
        with self._notices_lock:
            notice = self._notices.get(token) if token else None
            if notice is None or notice[0] != session:
                return None
            del self._notices[token]
        return notice[1], notice[2]

    async def _write(self, edit: FileEdit, expected_sha256: str, question: str, session: str) -> Response:
        """Write ``edit`` if its file is as previewed, wait for live reload to serve it, then
        show the question's hit test again."""
        service = self.ctx.service
        before = service.serving_generation
        edit = dataclasses.replace(edit, author=self._author(session))
        await run_in_threadpool(apply_edit, edit, expected_sha256)
        log.info("console wrote %s (%s)", edit.source, "new file" if edit.creates else "edited")
        reloaded = await self._wait_for_reload(before)
        query = urlencode({"q": question, "notice": self._put_notice(session, edit.source, reloaded)})
        return RedirectResponse(f"{PREFIX}/hits?{query}", 303)

    async def _wait_for_reload(self, before: Optional[str]) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.ctx.reload_wait
        while loop.time() < deadline:
            if self.ctx.service.serving_generation != before:
                return True
            await asyncio.sleep(0.1)
        return False

    # -- who is editing ----------------------------------------------------------------
    def _author(self, session: str) -> Optional[str]:
        """``Name <email>`` for the commit of this session's edit: the name its maintainer
        gave, at faq_git_author's e-mail (the console knows no one's address); None: none given."""
        name = self._names.get(session)
        if not name:
            return None
        return f"{name} <{self.ctx.settings.faq_git_author.rsplit('<', 1)[-1].rstrip('>').strip()}>"

    async def set_name(self, request: Request, form: Form, session: str) -> Response:
        """The maintainer's name for this session: their edits' commits carry it."""
        name = maintainer_name(form.text("name", 500, required=False))
        with self._notices_lock:
            if name:
                self._names[session] = name
                self._names.move_to_end(session)
                while len(self._names) > MAX_NOTICES:
                    self._names.popitem(last=False)
            else:
                self._names.pop(session, None)
        return RedirectResponse(_safe_next(form.get("next")), 303)

    # -- login -------------------------------------------------------------------------
    async def login_form(self, request: Request, form: Form, session: str) -> Response:
        return self._render(request, session, "login.html", nav="", next=_safe_next(form.get("next")),
                            failed=False)

    async def login(self, request: Request, form: Form, session: str) -> Response:
        security = self.ctx.security
        target = _safe_next(form.get("next"))
        presented = form.text("token", 1000, required=False, strip=False)
        if not security.token_required or not security.token_matches(presented, client_address(request)):
            log.info("console login refused from %s", request.client.host if request.client else "?")
            return self._render(request, session, "login.html", status=401, nav="", next=target,
                                failed=security.token_required)
        # A new session id: one planted in the browser before login (session fixation)
        # never becomes a logged-in one.
        fresh = security.new_session_id()
        secure = security.secure_cookies(request)
        response = RedirectResponse(target, 303)
        response.set_cookie(SESSION_COOKIE, fresh, httponly=True, samesite="strict", path=PREFIX, secure=secure)
        response.set_cookie(AUTH_COOKIE, security.login_cookie(fresh), httponly=True, samesite="strict",
                            path=PREFIX, max_age=int(security.session_seconds), secure=secure)
        return response

    async def logout(self, request: Request, form: Form, session: str) -> Response:
        self.ctx.security.log_out(session)  # its cookies, replayed, get 401 from now on
        secure = self.ctx.security.secure_cookies(request)
        response = RedirectResponse(f"{PREFIX}/login", 303)
        response.delete_cookie(AUTH_COOKIE, path=PREFIX, secure=secure, httponly=True, samesite="strict")
        response.delete_cookie(SESSION_COOKIE, path=PREFIX, secure=secure, httponly=True, samesite="strict")
        return response


# A write refused because the file changed (409) links back to a fresh preview of the
# same change: the write's form minus its stale hash, sent to the page that previews it.
_PREVIEWS = {
    "/alternate": ("get", "/alternate/preview", ("faq_id", "question")),
    "/draft/write": ("post", "/draft/preview", ("question", "alternates", "answer", "id", "file")),
    "/entry/write": ("post", "/entry/preview", ("faq_id", "question", "alternates", "answer")),
    "/alternate/remove": ("get", "/alternate/remove/preview", ("faq_id", "alternate")),
    "/entry/remove": ("get", "/entry/remove/preview", ("faq_id",)),
}


def _fresh_preview(path: str, form: Form) -> Optional[dict]:
    for suffix, (method, target, names) in _PREVIEWS.items():
        if path.endswith(suffix):
            return {"method": method, "action": PREFIX + target, "fields": {n: form.get(n) for n in names}}
    return None


def _sets_cookie(response: Response, name: str) -> bool:
    return any(key == b"set-cookie" and value.startswith(name.encode() + b"=") for key, value in response.raw_headers)


def _here(request: Request) -> str:
    """Where a form on this page returns to: the page itself if it can be fetched again (a
    GET; without its query string, which the page never echoes back), else hit testing (a
    preview is the result of a POST)."""
    return request.url.path if request.method == "GET" else f"{PREFIX}/hits"


def _safe_next(target: str) -> str:
    """Only the console's own pages: never an open redirect to another site."""
    if target.startswith(PREFIX + "/") and "//" not in target and "\\" not in target and len(target) < 2000:
        return target
    return f"{PREFIX}/hits"


def console_app(context: ConsoleContext) -> Starlette:
    """The console's pages, to mount at ``PREFIX``."""
    return Starlette(routes=Console(context).routes())


def console_mount(context: ConsoleContext) -> Mount:
    """The console mounted at ``/console`` in another Starlette app (``faqbot serve``)."""
    return Mount(PREFIX, app=console_app(context))


def standalone_app(context: ConsoleContext) -> Starlette:
    """``faqbot console``: the console at ``/console/`` and ``/`` redirecting there."""
    async def root(request: Request) -> Response:
        return RedirectResponse(f"{PREFIX}/hits", 303)

    return Starlette(routes=[Route("/", root), console_mount(context)])


def feedback_opener(settings: Settings) -> FeedbackSource:
    """Open the feedback database on first use (and retry after a failure), saying why
    not instead of failing the page: the console works without it."""
    state: dict = {}
    lock = threading.Lock()  # one store, however many pages open it at once

    def get():
        with lock:
            if "store" in state:
                return state["store"]
            from sqlalchemy.exc import SQLAlchemyError

            from bot.feedback.startup import database_url, open_store

            try:
                missing = _missing_sqlite(database_url(settings))
                if missing is not None:  # opening it would create it empty: say where we looked
                    return f"no questions recorded in {missing}: is this where the bot runs?"
                state["store"] = open_store(settings, import_log=False)
            except (SQLAlchemyError, ValueError, OSError) as error:
                reason = getattr(error, "orig", None) or type(error).__name__
                log.warning("console: feedback database unavailable: %s", reason)
                return f"feedback database unavailable: {reason}"
            return state["store"]

    return get


def _missing_sqlite(url) -> Optional[Path]:
    """The file of an embedded (SQLite) feedback database that does not exist."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    path = Path(url.database)
    return None if path.is_file() else path.resolve()


__all__ = ["ConsoleContext", "PREFIX", "console_app", "console_mount", "feedback_opener", "standalone_app"]

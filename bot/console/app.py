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
import logging
import threading
from dataclasses import dataclass
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
from bot.console.calibration import calibration_page
from bot.console.drafts import plan_new_entry
from bot.console.entries import entries_page, entry_feedback
from bot.console.feedback import FeedbackReads, FeedbackSource
from bot.console.forms import MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, Form, FormError
from bot.console.hits import hit_test
from bot.console.security import (
    AUTH_COOKIE, AUTHENTICATED, CSRF_FIELD, NO_CREDENTIALS, SESSION_COOKIE, ConsoleSecurity, client_address,
)
from bot.console.unanswered import EmbeddingCache, asked_questions, unanswered_page
from bot.faq.edits import EditRefused, FileEdit, StaleEdit, apply_edit
from bot.faq.entry import FaqError
from bot.faq.reader import load_faq_folder
from bot.promote import plan_alternate

log = logging.getLogger(__name__)

PREFIX = "/console"
# After a write, how long the page waits for live reload to serve the edit before it
# shows the result anyway (it says whether the reload happened).
RELOAD_WAIT_SECONDS = 20.0
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
            Route("/draft", page(self.draft_form)),
            Route("/draft/preview", page(self.draft_preview, write=True), methods=["POST"]),
            Route("/draft/write", page(self.draft_write, write=True), methods=["POST"]),
            Route("/calibration", page(self.calibration)),
            Route("/login", page(self.login_form, public=True)),
            Route("/login", page(self.login, write=True, public=True), methods=["POST"]),
            Route("/logout", page(self.logout, write=True), methods=["POST"]),
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
                response = self._error(request, session, 409, "The file changed", str(error))
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
        html = self.env.get_template(template).render(
            csrf_field=CSRF_FIELD, csrf_token=security.csrf_token(session) if session else "",
            token_required=security.token_required, path=request.url.path, **values)
        return HTMLResponse(html, status_code=status)

    def _error(self, request: Request, session: Optional[str], status: int, title: str, reason: str,
               field: Optional[str] = None) -> HTMLResponse:
        return self._render(request, session, "error.html", status=status, title=title, reason=reason,
                            field=field, nav="")

    async def stylesheet(self, request: Request) -> Response:
        css = resources.files("bot.console").joinpath("static/console.css").read_text(encoding="utf-8")
        return Response(css, media_type="text/css", headers={"X-Content-Type-Options": "nosniff"})

    # -- pages -------------------------------------------------------------------------
    async def home(self, request: Request, form: Form, session: str) -> Response:
        return RedirectResponse(f"{PREFIX}/hits", 303)

    async def hits(self, request: Request, form: Form, session: str) -> Response:
        question = form.text("q", MAX_QUESTION_CHARS, required=False)
        result = await run_in_threadpool(hit_test, self.ctx.service, question) if question else None
        return self._render(request, session, "hits.html", nav="hits", question=question, result=result,
                            written=form.get("written")[:300], reloaded=form.get("reloaded"))

    async def entries(self, request: Request, form: Form, session: str) -> Response:
        search = form.text("search", 200, required=False)
        feedback = await self.feedback.read(entry_feedback)
        page = await run_in_threadpool(entries_page, self.ctx.service, feedback, search)
        return self._render(request, session, "entries.html", nav="entries", search=search, page=page)

    async def unanswered(self, request: Request, form: Form, session: str) -> Response:
        s = self.ctx.settings
        asked = await self.feedback.read(asked_questions)
        page = await run_in_threadpool(unanswered_page, self.ctx.service, asked, self.cache,
                                       s.console_group_threshold, s.console_max_questions)
        return self._render(request, session, "unanswered.html", nav="unanswered", page=page,
                            threshold=s.console_group_threshold, drafts_file=s.console_drafts_file)

    async def calibration(self, request: Request, form: Form, session: str) -> Response:
        page = await run_in_threadpool(calibration_page, self.ctx.service)
        return self._render(request, session, "calibration.html", nav="calibration", page=page)

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
        return await self._write(edit, expected, form.get("question").strip())

    # -- draft a new entry -------------------------------------------------------------
    async def draft_form(self, request: Request, form: Form, session: str) -> Response:
        files = await run_in_threadpool(lambda: load_faq_folder(self.ctx.settings.faq_dir).files)
        return self._render(request, session, "draft.html", nav="unanswered", files=files, error=None,
                            values=self._draft_values(form))

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
        return await self._write(edit, expected, form.get("question").strip())

    # -- writing -----------------------------------------------------------------------
    async def _write(self, edit: FileEdit, expected_sha256: str, question: str) -> Response:
        """Write ``edit`` if its file is as previewed, wait for live reload to serve it, then
        show the question's hit test again."""
        service = self.ctx.service
        before = service.serving_generation
        await run_in_threadpool(apply_edit, edit, expected_sha256)
        log.info("console wrote %s (%s)", edit.source, "new file" if edit.creates else "edited")
        reloaded = await self._wait_for_reload(before)
        query = urlencode({"q": question, "written": edit.source, "reloaded": "yes" if reloaded else "no"})
        return RedirectResponse(f"{PREFIX}/hits?{query}", 303)

    async def _wait_for_reload(self, before: Optional[str]) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.ctx.reload_wait
        while loop.time() < deadline:
            if self.ctx.service.serving_generation != before:
                return True
            await asyncio.sleep(0.1)
        return False

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


def _sets_cookie(response: Response, name: str) -> bool:
    return any(key == b"set-cookie" and value.startswith(name.encode() + b"=") for key, value in response.raw_headers)


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

            from bot.feedback.startup import open_store

            try:
                state["store"] = open_store(settings, import_log=False)
            except (SQLAlchemyError, ValueError, OSError) as error:
                reason = getattr(error, "orig", None) or type(error).__name__
                log.warning("console: feedback database unavailable: %s", reason)
                return f"feedback database unavailable: {reason}"
            return state["store"]

    return get


__all__ = ["ConsoleContext", "PREFIX", "console_app", "console_mount", "feedback_opener", "standalone_app"]

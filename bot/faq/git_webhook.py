"""``POST /faq/git-push``: a code host's push webhook that makes the index writer fetch the
FAQ branch at once instead of at its next poll (README "FAQ sources in a git repository").

Signed the way GitHub signs its webhooks: ``X-Hub-Signature-256: sha256=<hex>``, the
HMAC-SHA256 of the exact body bytes with ``faq_git_webhook_secret``, compared in constant
time before the body is parsed. Served by ``faqbot serve``'s HTTP server only when that
secret is set. Only the index writer's poller fetches; a replica that is not the writer
answers 202 saying so (the writer still fetches at its next poll).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from pathlib import Path

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.asgi import BodyTooLarge, read_body
from bot.faq.git_source import wake_poller

log = logging.getLogger(__name__)
WEBHOOK_PATH = "/faq/git-push"
MAX_BODY_BYTES = 1024 * 1024  # GitHub caps payloads at 25 MB, but only "ref" is read here


def signature_of(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


class GitPushWebhook:
    def __init__(self, secret: str, branch: str, faq_dir: Path) -> None:
        self._secret = secret.encode("utf-8")
        self.branch = branch
        self.faq_dir = Path(faq_dir).resolve()

    async def handle(self, request: Request) -> Response:
        try:
            body = await read_body(request, MAX_BODY_BYTES)
        except BodyTooLarge:
            return _answer(request, 413, f"body over {MAX_BODY_BYTES} bytes")
        except ClientDisconnect:
            return Response(status_code=400)
        presented = request.headers.get("x-hub-signature-256", "")
        if not hmac.compare_digest(presented.encode("ascii", "replace"), signature_of(self._secret, body).encode()):
            return _answer(request, 401, "missing or invalid X-Hub-Signature-256")
        if request.headers.get("x-github-event") == "ping":
            return JSONResponse({"fetching": False, "reason": "pong"})
        ref = _ref_of(body)
        if ref is not None and ref != f"refs/heads/{self.branch}":
            return JSONResponse({"fetching": False, "reason": f"not branch {self.branch}"}, status_code=202)
        if not wake_poller(self.faq_dir):
            return JSONResponse({"fetching": False, "reason": "this replica is not the index writer; "
                                 "the writer fetches at its next poll"}, status_code=202)
        log.info("push webhook: fetching branch %s now", self.branch)
        return JSONResponse({"fetching": True}, status_code=202)


def _ref_of(body: bytes):
    """The pushed ref of a JSON payload, None when there is none (a form-encoded one, say)."""
    try:
        payload = json.loads(body)
    except ValueError:
        return None
    ref = payload.get("ref") if isinstance(payload, dict) else None
    return ref if isinstance(ref, str) else None


def _answer(request: Request, status: int, reason: str) -> Response:
    client = request.client.host if request.client else "?"
    log.info("rejected %s %s from %s: %d %s", request.method, request.url.path, client, status, reason)
    return JSONResponse({"error": reason}, status_code=status)


def webhook_routes(settings) -> list[Route]:
    """The webhook's route when ``faq_git_url`` and ``faq_git_webhook_secret`` are set."""
    if settings.faq_git_url is None or settings.faq_git_webhook_secret is None:
        return []
    hook = GitPushWebhook(settings.faq_git_webhook_secret.get_secret_value(), settings.faq_git_branch,
                          settings.faq_dir)
    return [Route(WEBHOOK_PATH, hook.handle, methods=["POST"])]

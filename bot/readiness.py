"""Start-up readiness: wait for the SGLang servers, then check they fit the index.

``faqbot serve`` calls :func:`ensure_ready` before it starts answering:

1. wait (up to ``ready_timeout`` seconds, with a progress line every few seconds) until
   the embedding server's ``GET /health`` answers 200 (SGLang answers 503 while it
   loads) and ``GET /v1/models`` lists models;
2. check the served model is the configured one;
3. load the index (building it if there is none), which refuses an index built with
   another embedding setup;
4. embed one probe text and check the server's vector dimension against the index
   manifest (catches a server launched without Matryoshka support, or another model);
5. the same waiting and model check for the reranker, when one is configured.

**Behind sglang-router** (``faqbot sglang router``) the URL is the router's. Its
``/health`` says OK even with no worker at all, so a router is recognised by its
``GET /readiness`` (``{"status": "ready", "healthy_workers", "total_workers"}``; 503
until a worker is healthy) and waited on there. Its ``/v1/models`` lists the model ids
it learnt from each worker's ``/get_model_info`` (``model_path``), or ``"unknown"`` for a
worker without that endpoint; ``GET /workers`` gives that id per worker, so a worker
serving another model is named. When the router only knows "unknown", the embedding
probe decides: a worker's ``/v1/embeddings`` answer names its model. The probe is sent
twice per healthy worker (round robin reaches each), so one worker launched without
Matryoshka, or with another model, is caught too. The router's ``/get_server_info`` is
its own (router and worker counts), not a worker's, and is not used.

Any problem raises :class:`NotReadyError` whose message says what to do.
"""

from __future__ import annotations

import base64
import logging
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Optional

import httpx

from bot.config import Settings
from bot.index.storage import IndexMismatchError

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
PROBE_TEXT = "faqbot readiness probe"


class NotReadyError(RuntimeError):
    """A server is not ready in time, or does not fit the index; the message says what to do."""


# The model id sglang-router reports for a worker it could not ask (no /get_model_info).
UNKNOWN_MODEL = "unknown"


@dataclass
class RouterWorkers:
    """What sglang-router says about its workers."""

    healthy: int
    total: int
    models: dict[str, str] = field(default_factory=dict)  # worker URL -> model id


@dataclass
class ServerStatus:
    url: str
    models: list[str]
    waited: float
    router: Optional[RouterWorkers] = None  # set when the URL is sglang-router


@dataclass
class EmbeddingProbe:
    dimension: int
    model: Optional[str]  # as the answering worker names it


@dataclass
class ReadinessReport:
    embedding: Optional[ServerStatus] = None
    reranker: Optional[ServerStatus] = None
    dimension: Optional[int] = None
    index_generation: Optional[str] = None
    notes: list[str] = field(default_factory=list)


def stderr_progress(message: str) -> None:
    print(f"faqbot: {message}", file=sys.stderr, flush=True)


def server_root(api_base: str) -> str:
    """``http://host:port/v1`` → ``http://host:port`` (where /health lives)."""
    root = api_base.rstrip("/")
    return root[: -len("/v1")] if root.endswith("/v1") else root


def wait_for_server(
    api_base: str,
    deadline: float,
    what: str = "embedding server",
    progress: Progress = stderr_progress,
    interval: float = 1.0,
    report_every: float = 5.0,
    clock: Callable[[], float] = time.monotonic,
    client: Optional[httpx.Client] = None,
    api_key: Optional[str] = None,
) -> ServerStatus:
    """Poll ``/health`` then ``/v1/models`` until both answer, or raise at ``deadline``."""
    root = server_root(api_base)
    own = client is None
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else None
    client = client or httpx.Client(timeout=min(5.0, max(interval, 1.0)), headers=headers)
    start = clock()
    last_report = None
    last_problem = "no answer yet"
    try:
        while True:
            problem = _probe(client, root)
            if isinstance(problem, ServerStatus):
                problem.waited = clock() - start
                behind = (f", router with {problem.router.healthy}/{problem.router.total} healthy "
                          "workers" if problem.router else "")
                progress(f"{what} at {root} is ready ({', '.join(problem.models)}{behind}) "
                         f"after {problem.waited:.0f}s")
                return problem
            last_problem = problem
            now = clock()
            if now >= deadline:
                raise NotReadyError(
                    f"{what} at {root} not ready after {now - start:.0f}s ({last_problem}). "
                    f"Check it is running (`faqbot sglang {'rerank' if 'rerank' in what else 'embed'}` "
                    "prints the launch command) and its log; loading a model can take minutes: "
                    "raise FAQBOT_READY_TIMEOUT if it is still starting."
                )
            if last_report is None or now - last_report >= report_every:
                progress(f"waiting for {what} at {root}: {problem} "
                         f"({now - start:.0f}s of {deadline - start:.0f}s)")
                last_report = now
            time.sleep(max(0.0, min(interval, deadline - now)))
    finally:
        if own:
            client.close()


def _probe(client: httpx.Client, root: str):
    """A :class:`ServerStatus` when ready, else a short description of what is missing."""
    try:
        readiness = client.get(f"{root}/readiness")
    except httpx.HTTPError as error:
        return f"unreachable ({type(error).__name__})"
    router = _router_readiness(readiness)
    if router is not None:
        if readiness.status_code != 200 or router.healthy < 1:
            return (f"router has {router.healthy} healthy of {router.total} workers "
                    f"(/readiness answers {readiness.status_code})")
        router.models = _router_worker_models(client, root)
    else:
        try:
            health = client.get(f"{root}/health")
        except httpx.HTTPError as error:
            return f"unreachable ({type(error).__name__})"
        if health.status_code != 200:
            return f"/health answers {health.status_code} (still starting?)"
    try:
        models = client.get(f"{root}/v1/models")
    except httpx.HTTPError as error:
        return f"/v1/models unreachable ({type(error).__name__})"
    if models.status_code != 200:
        return f"/v1/models answers {models.status_code}"
    try:
        ids = [str(item["id"]) for item in models.json()["data"]]
    except (ValueError, KeyError, TypeError):
        return "/v1/models answer is not an OpenAI model list"
    return ServerStatus(root, ids, 0.0, router) if ids else "/v1/models lists no model yet"


def _router_readiness(response: httpx.Response) -> Optional[RouterWorkers]:
    """sglang-router's /readiness answer, or None when the server is not a router (SGLang
    itself has no /readiness: 404)."""
    if response.status_code not in (200, 503):
        return None
    try:
        data = response.json()
    except ValueError:
        return None
    if not isinstance(data, dict) or "status" not in data:
        return None
    return RouterWorkers(healthy=_count(data.get("healthy_workers")),
                         total=_count(data.get("total_workers")))


def _router_worker_models(client: httpx.Client, root: str) -> dict[str, str]:
    """Worker URL -> model id from the router's GET /workers (empty if it does not answer)."""
    try:
        response = client.get(f"{root}/workers")
        workers = response.json().get("workers", []) if response.status_code == 200 else []
        return {str(w["url"]): str(w.get("model_id") or UNKNOWN_MODEL) for w in workers}
    except (httpx.HTTPError, ValueError, AttributeError, KeyError, TypeError):
        return {}


def _count(value) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


def check_served_model(status: ServerStatus, configured: str, what: str, setting: str,
                       launcher: str) -> bool:
    """Refuse a server serving another model. False when the model cannot be told (a router
    whose workers lack /get_model_info): the caller then checks what the workers answer."""
    others = {url: model for url, model in (status.router.models if status.router else {}).items()
              if model not in (configured, UNKNOWN_MODEL)}
    if others:
        raise NotReadyError(
            f"{what} at {status.url} is sglang-router, and its workers "
            + ", ".join(f"{url} serve {model!r}" for url, model in sorted(others.items()))
            + f", but {setting} is {configured!r}. Relaunch those workers with the command "
            f"`{launcher}` prints, or remove them from the router's --worker-urls."
        )
    if configured in status.models:
        return True
    if status.router and set(status.models) <= {UNKNOWN_MODEL}:
        return False
    raise NotReadyError(
        f"{what} at {status.url} serves {status.models}, but {setting} is {configured!r}. "
        f"Set {setting} to the served model, or launch the server with that model "
        f"(`{launcher}` prints the command)."
    )


def probe_dimension(settings: Settings, client: Optional[httpx.Client] = None) -> int:
    """Embed one text the way queries are embedded (incl. ``dimensions``); return its length."""
    return probe_embedding(settings, client).dimension


def probe_workers(settings: Settings, status: ServerStatus, model_known: bool) -> int:
    """Probe each worker (twice per healthy worker behind a router) and return the one
    dimension they all answer with; refuse workers that disagree or serve another model."""
    # Twice per worker: round robin reaches each one, power-of-two most likely does.
    count = 2 * status.router.healthy if status.router else 1
    with httpx.Client(timeout=settings.embed_timeout) as client:
        probes = [probe_embedding(settings, client) for _ in range(max(1, count))]
    dimensions = sorted({p.dimension for p in probes})
    if len(dimensions) > 1:
        raise NotReadyError(
            f"the workers behind {status.url} return vectors of different dimensions {dimensions}: "
            "launch every worker with the command `faqbot sglang embed` prints")
    models = {p.model for p in probes if p.model}
    if not model_known:
        wrong = sorted(models - {settings.resolved_model})
        if wrong or not models:
            raise NotReadyError(
                f"embedding server at {status.url} is sglang-router and cannot tell its workers' "
                f"model; they answer as {wrong or 'no model'}, but FAQBOT_EMBED_MODEL is "
                f"{settings.resolved_model!r}. Launch the workers as `faqbot sglang embed` prints.")
    return dimensions[0]


def probe_embedding(settings: Settings, client: Optional[httpx.Client] = None) -> EmbeddingProbe:
    """Embed one text the way queries are embedded; the vector's length and the model named."""
    body: dict = {"model": settings.resolved_model, "input": [PROBE_TEXT], "encoding_format": "float"}
    if settings.embed_dimensions:
        body["dimensions"] = settings.embed_dimensions
    url = settings.embed_api_base.rstrip("/") + "/embeddings"
    headers = {"Authorization": f"Bearer {settings.embed_api_key.get_secret_value()}"}
    own = client is None
    client = client or httpx.Client(timeout=settings.embed_timeout)
    try:
        response = client.post(url, json=body, headers=headers)
    except httpx.HTTPError as error:
        raise NotReadyError(f"embedding server at {url} failed the probe ({type(error).__name__})") from None
    finally:
        if own:
            client.close()
    if response.status_code != 200:
        message = _message(response)
        hint = ""
        if settings.embed_dimensions and ("matryoshka" in message.lower() or "dimension" in message.lower()):
            hint = (f" FAQBOT_EMBED_DIMENSIONS={settings.embed_dimensions} needs a Matryoshka-enabled "
                    "server: relaunch it with the command `faqbot sglang embed` prints "
                    "(it adds --json-model-override-args '{\"is_matryoshka\": true}'), "
                    "or unset FAQBOT_EMBED_DIMENSIONS and re-index.")
        raise NotReadyError(f"embedding server at {url} refused the probe: HTTP "
                            f"{response.status_code}: {message}.{hint}")
    try:
        data = response.json()
        embedding = data["data"][0]["embedding"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise NotReadyError(f"embedding server at {url} answered the probe with no embedding") from None
    model = data.get("model") if isinstance(data.get("model"), str) else None
    if isinstance(embedding, str):
        return EmbeddingProbe(len(base64.b64decode(embedding)) // 4, model)
    return EmbeddingProbe(len(embedding), model)


def ensure_ready(
    settings: Settings,
    service=None,
    progress: Progress = stderr_progress,
    timeout: Optional[float] = None,
    interval: float = 1.0,
    build_if_missing: bool = True,
) -> ReadinessReport:
    """Wait for the servers and check them against the index; raise :class:`NotReadyError`.

    With ``service`` (a FaqService) its index is loaded here (built if missing and
    ``build_if_missing``); without one the stored index, if any, is only checked.
    """
    timeout = settings.ready_timeout if timeout is None else timeout
    deadline = time.monotonic() + timeout
    report = ReadinessReport()
    if settings.embed_backend == "sglang":
        report.embedding = wait_for_server(settings.embed_api_base, deadline, "embedding server",
                                           progress, interval,
                                           api_key=settings.embed_api_key.get_secret_value())
        known = check_served_model(report.embedding, settings.resolved_model, "embedding server",
                                   "FAQBOT_EMBED_MODEL", "faqbot sglang embed")
        report.dimension = probe_workers(settings, report.embedding, known)
    if settings.rerank_api_base:
        report.reranker = wait_for_server(settings.rerank_api_base, deadline, "reranker", progress, interval)
        if not check_served_model(report.reranker, settings.rerank_model, "reranker",
                                  "FAQBOT_RERANK_MODEL", "faqbot sglang rerank"):
            # The router answers reranks as model "unknown" too: nothing more to ask.
            report.notes.append("the reranker's router does not know its workers' model; "
                                f"FAQBOT_RERANK_MODEL={settings.rerank_model} is not checked")
            progress(report.notes[-1])
    try:
        stored = service.load(build_if_missing=build_if_missing) if service else _stored_index(settings)
    except IndexMismatchError as error:
        raise NotReadyError(str(error)) from None
    if stored is None:
        source = ("downloaded from the published index, or built by the writer" if settings.index_publish_url
                  else f"built from {settings.faq_dir}")
        progress(f"no index in {settings.index_dir} yet: it is {source} before serving")
        return report
    report.index_generation = stored.generation
    signature = stored.manifest.signature
    if report.dimension is not None and report.dimension != signature.dimension:
        if settings.embed_dimensions:
            fix = (f"the server ignores FAQBOT_EMBED_DIMENSIONS={settings.embed_dimensions}: "
                   "check it is the configured model, launched as `faqbot sglang embed` prints")
        else:
            fix = (f"set FAQBOT_EMBED_DIMENSIONS={signature.dimension} to query at the index's "
                   "dimension (the server needs Matryoshka on: `faqbot sglang embed`), "
                   "or re-index with `faqbot index --rebuild`")
        raise NotReadyError(
            f"the embedding server returns {report.dimension}-dimensional vectors but the index in "
            f"{settings.index_dir} holds {signature.dimension}-dimensional ones "
            f"(model {signature.model!r}): {fix}."
        )
    progress(f"index {stored.generation} ({len(stored.manifest.entries)} entries, "
             f"{signature.dimension} dimensions) fits the embedding setup; ready to serve")
    return report


def prepare_to_serve(settings: Settings, progress: Progress = stderr_progress):
    """What ``faqbot serve`` runs first: the standalone ``/metrics``, ``/healthz`` and
    ``/readyz`` server when ``FAQBOT_METRICS_PORT`` is set (socket mode has no HTTP server
    of its own; HTTP mode then keeps them off the Slack port), then readiness (above).
    The server starts first so that liveness answers while SGLang is awaited; readiness
    says 503 until the index is loaded. Returns that server, or None."""
    register_server_checks(settings)
    server = None
    if settings.metrics_port is not None:
        from bot.metrics import start_metrics_server

        server = start_metrics_server(settings.metrics_host, settings.metrics_port)
        progress(f"metrics on {server.url}/metrics, liveness on /healthz, readiness on /readyz")
    try:
        ensure_ready(settings, progress=progress)
    except BaseException:
        if server is not None:
            server.stop()
        raise
    return server


def register_server_checks(settings: Settings) -> None:
    """Report the SGLang servers in ``/readyz`` (bot/health.py): one probe per readiness
    check, as at start-up (a router's /readiness, else /health, then /v1/models)."""
    from bot.health import HEALTH

    if settings.embed_backend == "sglang":
        HEALTH.register("embedding", server_check(settings.embed_api_base,
                                                  settings.embed_api_key.get_secret_value()))
    if settings.rerank_api_base:
        HEALTH.register("reranker", server_check(settings.rerank_api_base))


def server_check(api_base: str, api_key: Optional[str] = None, timeout: float = 1.5):
    """A readiness check: ``(True, {"models": [...]})`` when the server is ready, else
    ``(False, {"detail": what is missing})``."""
    root = server_root(api_base)
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else None

    def check() -> tuple[bool, dict]:
        with httpx.Client(timeout=timeout, headers=headers) as client:
            status = _probe(client, root)
        if isinstance(status, ServerStatus):
            return True, {"models": status.models}
        return False, {"detail": status}

    return check


def _stored_index(settings: Settings):
    """The stored index checked against the configured setup, or None when there is none."""
    from bot.index.current import configured_signature
    from bot.index.storage import IndexCorruptError, IndexMissingError, load_index

    expected = configured_signature(settings, settings.embed_dimensions or 0)
    try:
        return load_index(settings.index_dir, expected=expected)
    except (IndexMissingError, IndexCorruptError):
        return None  # `serve` (re)builds it from the FAQ folder


def _message(response: httpx.Response) -> str:
    try:
        data = response.json()
        if isinstance(data, dict) and data.get("message"):
            return str(data["message"])[:300]
    except ValueError:
        pass
    return response.text[:300]

"""The SGLang launch commands for the configured embedding server and reranker.

``faqbot sglang embed`` / ``faqbot sglang rerank`` print them; with ``--exec`` the
process becomes that server (``os.execv``, so signals reach SGLang directly). SGLang
itself is the optional ``gpu`` extra (``pip install 'faqbot[gpu]'``) and is never
imported here: only looked up when ``--exec`` is asked for.

Flags, as SGLang's documentation and ``server_args.py`` give them:

- embedding: ``--model-path M --is-embedding --host H --port P``, plus
  ``--json-model-override-args '{"is_matryoshka": true}'`` when an output dimension is
  configured (so requests may ask for any ``dimensions``);
- Qwen3-Reranker: ``--model-path M --trust-remote-code --disable-radix-cache --host H
  --port P --chat-template .../qwen3_reranker.jinja`` and *not* ``--is-embedding``
  (it is scored as a decoder: p(yes) vs p(no) for the next token).

``faqbot sglang router --worker-urls URL...`` prints (or runs) sglang-router
(``python -m sglang_router.launch_router``, PyPI ``sglang-router``; a Rust binary that
needs no GPU) in front of several such workers; every flag below is in
``launch_router --help`` of sglang-router 0.3.2 (see :data:`ROUTER_FLAGS`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shlex
import sys
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse

from bot.config import Settings

RERANK_TEMPLATE = "examples/chat_template/qwen3_reranker.jinja"
# Where the official image (lmsysorg/sglang) keeps SGLang's source tree.
IMAGE_SGLANG_ROOT = Path("/sgl-workspace/sglang")
DEFAULT_RERANK_PORT = 8001


DEFAULT_ROUTER_PROMETHEUS_PORTS = {"embed": 29000, "rerank": 29001}

# sglang-router's defaults suit LLM serving: a worker is health-checked every 60 s and its
# circuit stays open 60 s. FAQ questions take milliseconds and the bot gives a request
# 10 s (embeddings) or 5 s (reranker), so a dead worker must leave the rotation within
# seconds and a recovered one come back as soon. In order:
ROUTER_FLAGS = [
    # a dead worker is out after 2 failed checks 5 s apart (~10 s); one good check brings it back
    "--health-check-interval-secs", "5",
    "--health-check-timeout-secs", "3",
    "--health-failure-threshold", "2",
    "--health-success-threshold", "1",
    "--health-check-endpoint", "/health",
    # between health checks, 3 failed requests open that worker's circuit for 10 s;
    # the request itself is retried on another worker (up to 3 times, 50-500 ms apart)
    "--cb-failure-threshold", "3",
    "--cb-success-threshold", "1",
    "--cb-timeout-duration-secs", "10",
    "--cb-window-duration-secs", "30",
    "--retry-max-retries", "3",
    "--retry-initial-backoff-ms", "50",
    "--retry-max-backoff-ms", "500",
    # workers loading a model are polled every 5 s (default 30 s) for up to 30 minutes
    "--worker-startup-check-interval", "5",
    "--request-timeout-secs", "30",
]


class LaunchError(RuntimeError):
    pass


def _port(url: Optional[str], default: int) -> int:
    if not url:
        return default
    parsed = urlparse(url)
    if parsed.port:
        return parsed.port
    return 443 if parsed.scheme == "https" else 80


def rerank_chat_template(settings: Settings) -> str:
    """The configured template, else the official image's copy, else SGLang's source-tree path."""
    if settings.rerank_chat_template:
        return settings.rerank_chat_template
    in_image = IMAGE_SGLANG_ROOT / RERANK_TEMPLATE
    return str(in_image) if in_image.exists() else RERANK_TEMPLATE


def embed_command(settings: Settings, python: str = "python3") -> list[str]:
    argv = [
        python, "-m", "sglang.launch_server",
        "--model-path", settings.resolved_model,
        "--is-embedding",
        "--host", settings.sglang_host,
        "--port", str(_port(settings.embed_api_base, 30000)),
    ]
    if settings.embed_dimensions:
        argv += ["--json-model-override-args", json.dumps({"is_matryoshka": True})]
    return argv + shlex.split(settings.sglang_embed_args)


def rerank_command(settings: Settings, python: str = "python3") -> list[str]:
    argv = [
        python, "-m", "sglang.launch_server",
        "--model-path", settings.rerank_model,
        "--trust-remote-code",
        "--disable-radix-cache",
        "--host", settings.sglang_host,
        "--port", str(_port(settings.rerank_api_base, DEFAULT_RERANK_PORT)),
        "--chat-template", rerank_chat_template(settings),
    ]
    return argv + shlex.split(settings.sglang_rerank_args)


def router_command(worker_urls: list[str], settings: Settings, serves: str = "embed",
                   python: str = "python3", host: Optional[str] = None, port: Optional[int] = None,
                   prometheus_port: Optional[int] = None) -> list[str]:
    """sglang-router in front of ``worker_urls``, listening where the bot is pointed.

    ``serves`` is embed or rerank: the router's port defaults to the port of
    FAQBOT_EMBED_API_BASE / FAQBOT_RERANK_API_BASE, its Prometheus port to 29000 / 29001.
    """
    if serves not in DEFAULT_ROUTER_PROMETHEUS_PORTS:
        raise LaunchError(f"a router serves embed or rerank, not {serves!r}")
    urls = [_worker_url(url) for url in worker_urls]
    if not urls:
        raise LaunchError("give the SGLang workers: --worker-urls http://gpu-1:30000 http://gpu-2:30000")
    if len(set(urls)) != len(urls):
        raise LaunchError(f"a worker URL is given twice: {urls}")
    api_base = settings.embed_api_base if serves == "embed" else settings.rerank_api_base
    default_port = 30000 if serves == "embed" else DEFAULT_RERANK_PORT
    argv = [
        python, "-m", "sglang_router.launch_router",
        "--host", host or settings.sglang_host,
        "--port", str(port or _port(api_base, default_port)),
        "--worker-urls", *urls,
        "--policy", settings.router_policy,
        "--prometheus-host", settings.router_prometheus_host,
        "--prometheus-port", str(prometheus_port or settings.router_prometheus_port
                                 or DEFAULT_ROUTER_PROMETHEUS_PORTS[serves]),
        *ROUTER_FLAGS,
    ]
    return argv + shlex.split(settings.sglang_router_args)


def _worker_url(url: str) -> str:
    """A worker's root URL as the router wants it: scheme://host:port, no /v1, no slash."""
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise LaunchError(f"worker URL {url!r} is not http(s)://host:port")
    path = parsed.path.rstrip("/")
    if path not in ("", "/v1"):
        raise LaunchError(f"worker URL {url!r}: give the server's root (http://host:port), "
                          f"not a path ({parsed.path})")
    return f"{parsed.scheme}://{parsed.netloc}"


def describe_router(argv: list[str], serves: str) -> str:
    port = argv[argv.index("--port") + 1]
    setting = "FAQBOT_EMBED_API_BASE" if serves == "embed" else "FAQBOT_RERANK_API_BASE"
    return "\n".join([shlex.join(argv),
                      f"# then: {setting}=http://ROUTER-HOST:{port}/v1 on every bot replica"])


def exec_router(argv: list[str]) -> None:
    """Replace this process with sglang-router; return only on a startup error."""
    if importlib.util.find_spec("sglang_router") is None:
        raise LaunchError("sglang-router is not installed here: `pip install sglang-router==0.3.2` "
                          "(no GPU needed)")
    argv = [sys.executable, *argv[1:]]
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(argv[0], argv)


def command_for(what: str, settings: Settings, python: str = "python3") -> list[str]:
    if what == "embed":
        if settings.embed_backend != "sglang":
            raise LaunchError("FAQBOT_EMBED_BACKEND is 'local': set it to 'sglang' to serve "
                              "embeddings from SGLang")
        return embed_command(settings, python)
    if what == "rerank":
        return rerank_command(settings, python)
    raise LaunchError(f"unknown server {what!r}: use embed or rerank")


def describe(what: str, settings: Settings) -> str:
    argv = command_for(what, settings)
    lines = [shlex.join(argv)]
    if what == "embed":
        lines.append(f"# then: FAQBOT_EMBED_API_BASE={settings.embed_api_base}")
    else:
        base = settings.rerank_api_base or f"http://127.0.0.1:{DEFAULT_RERANK_PORT}/v1"
        lines.append(f"# then: FAQBOT_RERANK_API_BASE={base}")
        if not Path(argv[argv.index("--chat-template") + 1]).is_absolute():
            lines.append("# --chat-template is relative to a checkout of SGLang's source; set "
                         "FAQBOT_RERANK_CHAT_TEMPLATE to its path on this host")
    return "\n".join(lines)


def exec_server(what: str, settings: Settings) -> None:
    """Replace this process with the SGLang server; return only on a startup error."""
    if importlib.util.find_spec("sglang") is None:
        raise LaunchError("SGLang is not installed here: on the GPU host run "
                          "`pip install 'faqbot[gpu]'` (or use the lmsysorg/sglang image)")
    argv = command_for(what, settings, python=sys.executable)
    if what == "rerank":
        template = argv[argv.index("--chat-template") + 1]
        if not Path(template).exists():
            raise LaunchError(f"reranker chat template {template} not found: set "
                              "FAQBOT_RERANK_CHAT_TEMPLATE to SGLang's "
                              f"{RERANK_TEMPLATE} (in its source tree)")
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(argv[0], argv)

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

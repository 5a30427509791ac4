"""Running the console: on its own (``faqbot console``) or inside ``faqbot serve``'s HTTP mode."""

from __future__ import annotations

import logging
from typing import Optional

from starlette.routing import Mount

from bot.asgi import AsgiServer, HttpLimits
from bot.config import Settings
from bot.console.app import PREFIX, ConsoleContext, console_mount, feedback_opener, standalone_app
from bot.console.security import ConsoleSecurity, check_bind, check_listen, check_token, listen_host

log = logging.getLogger(__name__)


def _token(settings: Settings) -> Optional[str]:
    return settings.console_token.get_secret_value() if settings.console_token else None


def console_context(settings: Settings, service, host: str, feedback=None) -> ConsoleContext:
    """The console's context for ``service``; refuses a non-loopback ``host`` without a token."""
    token = _token(settings)
    check_console(settings, host)
    return ConsoleContext(service=service, settings=settings, feedback=feedback or feedback_opener(settings),
                          security=ConsoleSecurity(token, settings.console_session_hours,
                                                   settings.console_login_attempts, settings.console_https))


def check_console(settings: Settings, host: str) -> None:
    """The console's settings as far as they can be checked without listening: the token
    (long enough, not whitespace), and a token off loopback. Raises ConsoleSetupError."""
    token = _token(settings)
    check_token(token)
    check_bind(listen_host(host), token)


def console_server(context: ConsoleContext, host: str, port: int) -> AsgiServer:
    """The standalone console on ``host``:``port`` (port 0: any free port), not yet serving."""
    return AsgiServer(standalone_app(context), host, port, HttpLimits.from_settings(context.settings),
                      thread_name="faqbot-console")


def serve_mount(settings: Settings, service) -> list[Mount]:
    """The console's mount for ``faqbot serve``'s HTTP server, when ``console_enabled``."""
    if not settings.console_enabled:
        return []
    context = console_context(settings, service, settings.host)
    log.info("console enabled at %s/ on the bot's HTTP server%s", PREFIX,
             " (token required)" if context.security.token_required else "")
    return [console_mount(context)]


def run_console(settings: Settings, host: str, port: int, command: str = "faqbot console") -> None:
    """Serve the console until interrupted, keeping the index live in ``index_role``.

    In the default ``auto`` role the console is the index writer when no other process is
    (it watches the FAQ folder and re-indexes after each edit), else it follows the writer.
    """
    from bot.roles import IndexRole
    from bot.service import FaqService

    # Before loading anything: a refusal (token, address, taken port) is immediate.
    host = listen_host(host)
    check_console(settings, host)
    check_listen(host, port)
    service = FaqService(settings)
    role = IndexRole(service, settings, role=settings.index_role, command=command).start()
    try:
        server = console_server(console_context(settings, service, host), host, port)
        shown = f"[{server.host}]" if ":" in server.host else server.host
        print(f"faqbot console on http://{shown}:{server.port}{PREFIX}/ "
              f"({len(service.stored.manifest.entries)} entries; Ctrl-C stops)", flush=True)
        server.serve_forever()
    finally:
        role.stop()

"""Liveness and readiness: what ``/healthz`` and ``/readyz`` answer (served by bot/metrics.py).

- **Liveness** (``/healthz``): the process works, its HTTP server answers. Always 200 while
  it does; restarting the process would not fix a dependency that is down, so nothing
  else fails it.
- **Readiness** (``/readyz``): whether a load balancer should send this replica work.
  503 while the index is not loaded or the process is draining (shutting down
  gracefully); 200 otherwise. Every dependency's state is reported: each circuit breaker
  (embedding server, reranker, Redis) and each check a component registered here (Redis,
  the feedback database, its spool...). A dependency that is down makes the answer
  ``degraded``, still 200, unless it was registered as ``required``: the bot answers
  without it (Redis down: unshared claims; embedding server down: "try again later"),
  and one shared dependency failing must not take every replica out of the load balancer.

Components register a check, a callable returning ``(ok, detail)``, on the process's
:data:`HEALTH`::

    HEALTH.register("database", lambda: (store.ping(), {"spooled": spool.depth}))

Checks run in worker threads with a deadline (``check_timeout``): a check that hangs is
reported as timed out and not started again until it returns, so a hung dependency
never hangs a probe or piles up threads.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, Callable, Optional

log = logging.getLogger(__name__)

Check = Callable[[], "tuple[bool, Any]"]
DEFAULT_CHECK_TIMEOUT = 2.0


@dataclass
class _Registered:
    check: Check
    required: bool
    running: Optional[Future] = None


class HealthChecks:
    """The process's readiness checks and its draining flag."""

    def __init__(self, check_timeout: float = DEFAULT_CHECK_TIMEOUT) -> None:
        self.check_timeout = check_timeout
        self._lock = threading.Lock()
        self._checks: dict[str, _Registered] = {}
        self._draining = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="faqbot-health")

    # -- registration ------------------------------------------------------
    def register(self, name: str, check: Check, *, required: bool = False) -> None:
        """Report ``check()`` under ``name`` in readiness; ``required``: failing it makes the
        replica not ready (503). Registering a name again replaces its check."""
        with self._lock:
            self._checks[name] = _Registered(check, required)

    def unregister(self, name: str) -> None:
        with self._lock:
            self._checks.pop(name, None)

    # -- draining (set by graceful shutdown) ----------------------------------
    @property
    def draining(self) -> bool:
        return self._draining.is_set()

    def start_draining(self) -> None:
        """From now on readiness is 503: the load balancer stops sending new work."""
        self._draining.set()

    def stop_draining(self) -> None:
        self._draining.clear()

    # -- answers ---------------------------------------------------------------
    def liveness(self) -> tuple[bool, dict[str, Any]]:
        return True, {"status": "ok"}

    def readiness(self, index: Check, circuits: Optional[dict[str, str]] = None) -> tuple[bool, dict[str, Any]]:
        """``index``: the index's own check (required); ``circuits``: breaker states by service."""
        with self._lock:
            registered = dict(self._checks)
        checks = {"index": self._run("index", _Registered(index, True))}
        for service, state in sorted((circuits or {}).items()):
            checks[service] = {"ok": state == "closed", "required": False, "circuit": state}
        for name, entry in registered.items():
            checks[name] = {**checks.get(name, {}), **self._run(name, entry)}
        failed_required = [n for n, c in checks.items() if c["required"] and not c["ok"]]
        degraded = [n for n, c in checks.items() if not c["ok"] and not c["required"]]
        if self.draining:
            status = "draining"
        elif failed_required:
            status = "not_ready"
        else:
            status = "degraded" if degraded else "ready"
        ready = status in ("ready", "degraded")
        return ready, {"status": status, "draining": self.draining, "checks": checks}

    def _run(self, name: str, entry: _Registered) -> dict[str, Any]:
        with self._lock:
            if entry.running is not None and not entry.running.done():
                return {"ok": False, "required": entry.required,
                        "detail": "check still running from an earlier probe (hung?)"}
            future = entry.running = self._pool.submit(entry.check)
        try:
            ok, detail = future.result(timeout=self.check_timeout)
        except FutureTimeout:
            return {"ok": False, "required": entry.required,
                    "detail": f"no answer within {self.check_timeout:g}s"}
        except Exception as error:  # a broken check reports itself, never breaks the probe
            log.debug("health check %s failed", name, exc_info=True)
            return {"ok": False, "required": entry.required, "detail": f"{type(error).__name__}: {error}"}
        result: dict[str, Any] = {"ok": bool(ok), "required": entry.required}
        if isinstance(detail, dict):
            result.update(detail)
        elif detail is not None:
            result["detail"] = detail
        return result


HEALTH = HealthChecks()

"""The real sglang-router (PyPI sglang-router, a Rust binary) as a subprocess on free ports.

Started with the command ``faqbot sglang router`` builds (bot.sglang_launch.router_command),
so tests and the bench run the flags the deployment runs; only the health-check interval
(1 s, deployed 5 s) and the per-worker circuit timeout (3 s, deployed 10 s) are shortened
(``extra``) to keep test time modest. Ready when ``GET /readiness`` reports
the expected number of healthy workers.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import httpx

from bot.config import Settings
from bot.sglang_launch import router_command
from production_support import free_port


class RouterProcess:
    def __init__(self, worker_urls: list[str], log_path: Path, serves: str = "embed",
                 extra: str = ("--health-check-interval-secs 1 --cb-timeout-duration-secs 3 "
                              "--log-level warn"),
                 settings: Optional[Settings] = None) -> None:
        self.port = free_port()
        self.prometheus_port = free_port()
        settings = settings or Settings(sglang_host="127.0.0.1", sglang_router_args=extra)
        self.argv = router_command(worker_urls, settings, serves, python=sys.executable,
                                   port=self.port, prometheus_port=self.prometheus_port)
        self.log_path = log_path
        self.process: Optional[subprocess.Popen] = None

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root}/v1"

    def start(self, healthy: int, timeout: float = 60.0) -> "RouterProcess":
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(self.argv, stdout=log, stderr=subprocess.STDOUT)
        self.wait_healthy(healthy, timeout)
        return self

    def readiness(self) -> Optional[dict]:
        try:
            response = httpx.get(f"{self.root}/readiness", timeout=2.0)
            return response.json() | {"http_status": response.status_code}
        except (httpx.HTTPError, ValueError):
            return None

    def wait_healthy(self, healthy: int, timeout: float = 60.0) -> dict:
        """Until /readiness counts exactly ``healthy`` healthy workers."""
        deadline = time.monotonic() + timeout
        state = None
        while time.monotonic() < deadline:
            if self.process and self.process.poll() is not None:
                raise RuntimeError(f"sglang-router exited ({self.process.returncode}): "
                                   f"{self.log_path.read_text()[-2000:]}")
            state = self.readiness()
            # with none healthy, /readiness answers 503 {"status": "not ready", "reason": ...}
            if state is not None and state.get("healthy_workers", 0) == healthy:
                return state
            time.sleep(0.1)
        raise TimeoutError(f"router not at {healthy} healthy workers after {timeout}s: {state}; "
                           f"log: {self.log_path.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

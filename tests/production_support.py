"""Helpers shared by the test_production_* files."""

from __future__ import annotations

import socket
from pathlib import Path
from urllib.request import urlopen

from prometheus_client.parser import text_string_to_metric_families

from bot.config import Settings

RERANKER = "Qwen/Qwen3-Reranker-0.6B"


def sglang_settings(tmp_path: Path, faq_dir: Path, server, **overrides) -> Settings:
    values = dict(
        faq_dir=faq_dir,
        index_dir=tmp_path / "index_store",
        embed_backend="sglang",
        embed_api_base=server.base_url if server else "http://127.0.0.1:9/v1",
        embed_max_retries=0,
        embed_timeout=5.0,
    )
    values.update(overrides)
    return Settings(**values)


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def scrape(url: str) -> dict[tuple[str, tuple], float]:
    """GET a Prometheus text endpoint over HTTP: {(sample name, sorted labels): value}."""
    with urlopen(url, timeout=5) as response:
        assert response.status == 200
        text = response.read().decode()
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: dict, name: str, **labels) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)

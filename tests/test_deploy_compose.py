"""The `scale` profile of docker-compose.yml, checked by reading it (no container engine here).

Checks the wiring a typo would break silently: every replica reaches Redis, PostgreSQL and
sglang-router by service name and port; the router's command parses with the installed
sglang-router, lists exactly the worker services and is what `faqbot sglang router`
prints; the writer and the replicas publish and download index generations through
PostgreSQL, each with an index folder of its own; everything has a
healthcheck and starts only after what it needs is healthy; no secret is written in.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from bot.config import Settings
from bot.sglang_launch import router_command

COMPOSE = Path(__file__).resolve().parent.parent / "docker-compose.yml"


@pytest.fixture(scope="module")
def services() -> dict:
    return yaml.safe_load(COMPOSE.read_text())["services"]


def scale(services: dict) -> dict:
    return {name: s for name, s in services.items() if "scale" in s.get("profiles", [])}


def argv(service: dict) -> list[str]:
    command = service.get("command", [])
    return shlex.split(command) if isinstance(command, str) else list(command)


def interpolated(value: str, **env: str) -> str:
    """Compose's ${NAME}, ${NAME:-default}, ${NAME:?error} with the given environment."""
    return re.sub(r"\$\{(\w+)(?::[-?][^}]*)?\}", lambda m: env[m.group(1)], value)


def flag(args: list[str], name: str) -> str:
    return args[args.index(name) + 1]


def test_every_service_belongs_to_a_profile(services):
    # a service without a profile would start with every profile, e.g. a second bot in `scale`
    assert all(s.get("profiles") for s in services.values())


def test_scale_profile_has_the_parts(services):
    parts = scale(services)
    workers = [n for n, s in parts.items() if "sglang.launch_server" in argv(s)]
    assert len(workers) >= 2
    assert {"sglang-router", "redis", "postgres", "faqbot-writer", "bot-replica"} <= set(parts)
    assert parts["bot-replica"]["deploy"]["replicas"] >= 2
    for name, service in parts.items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def test_workers_are_embedding_servers_on_their_own_gpus(services):
    parts = scale(services)
    workers = {n: s for n, s in parts.items() if "sglang.launch_server" in argv(s)}
    gpus = []
    for service in workers.values():
        args = argv(service)
        assert "--is-embedding" in args and flag(args, "--model-path") == "Qwen/Qwen3-Embedding-0.6B"
        devices = service["deploy"]["resources"]["reservations"]["devices"]
        gpus += devices[0]["device_ids"]
    assert len(set(gpus)) == len(workers)


def test_router_fronts_exactly_the_workers_with_the_launcher_flags(services):
    from sglang_router.launch_router import parse_router_args

    parts = scale(services)
    workers = {n: s for n, s in parts.items() if "sglang.launch_server" in argv(s)}
    router = argv(parts["sglang-router"])
    assert router[:3] == ["python3", "-m", "sglang_router.launch_router"]
    args = parse_router_args(router[3:])
    assert sorted(args.worker_urls) == sorted(
        f"http://{name}:{flag(argv(s), '--port')}" for name, s in workers.items())
    assert (args.prometheus_host, args.prometheus_port) == ("0.0.0.0", 29000)
    # the same command `faqbot sglang router` prints for these workers
    settings = Settings(sglang_host="0.0.0.0", router_prometheus_host="0.0.0.0",
                        embed_api_base=f"http://sglang-router:{args.port}/v1")
    assert router == router_command(args.worker_urls, settings)
    health = parts["sglang-router"]["healthcheck"]["test"]
    assert f"127.0.0.1:{args.port}/readiness" in " ".join(health)  # /health is OK with no workers


def test_replicas_and_writer_reach_the_shared_services(services):
    parts = scale(services)
    router_port = int(flag(argv(parts["sglang-router"]), "--port"))
    for name in ("bot-replica", "faqbot-writer"):
        env = parts[name]["environment"]
        embed = urlparse(env["FAQBOT_EMBED_API_BASE"])
        assert (embed.hostname, embed.port, embed.path) == ("sglang-router", router_port, "/v1")
        assert env["FAQBOT_EMBED_BACKEND"] == "sglang"
        redis = urlparse(env["FAQBOT_REDIS_URL"])
        assert (redis.scheme, redis.hostname, redis.port) == ("redis", "redis", 6379)
        database = urlparse(interpolated(env["FAQBOT_DATABASE_URL"], POSTGRES_PASSWORD="from-env"))
        postgres = parts["postgres"]["environment"]
        assert database.scheme.startswith("postgresql") and database.hostname == "postgres"
        assert database.username == postgres["POSTGRES_USER"]
        assert database.path == "/" + postgres["POSTGRES_DB"]
        # the password comes from .env, never written into the file
        assert database.password == "from-env" and database.port == 5432
        assert interpolated(postgres["POSTGRES_PASSWORD"], POSTGRES_PASSWORD="from-env") == "from-env"
    assert parts["bot-replica"]["environment"]["FAQBOT_INDEX_ROLE"] == "auto"
    assert parts["faqbot-writer"]["environment"]["FAQBOT_INDEX_ROLE"] == "writer"
    assert argv(parts["bot-replica"])[:2] == ["faqbot", "serve"]
    assert "faqbot watch" in " ".join(argv(parts["faqbot-writer"]))


def test_generations_are_published_through_postgres_and_every_process_has_its_own_index_folder(services):
    parts = scale(services)
    writers = [n for n, s in parts.items()
               if s.get("environment", {}).get("FAQBOT_INDEX_ROLE") == "writer"]
    assert writers == ["faqbot-writer"] and "replicas" not in parts["faqbot-writer"].get("deploy", {})
    for name in ("faqbot-writer", "bot-replica"):
        env = parts[name]["environment"]
        assert env["FAQBOT_INDEX_PUBLISH_URL"] == env["FAQBOT_DATABASE_URL"]
        Settings(index_publish_url=interpolated(env["FAQBOT_INDEX_PUBLISH_URL"], POSTGRES_PASSWORD="x"))

    def index_mount(service):
        (mount,) = [v for v in service["volumes"] if (v.split(":")[1] if ":" in v else v) == "/data/index_store"]
        return mount

    # the writer's own named volume; each replica an anonymous one (one per container, --scale too)
    assert index_mount(parts["faqbot-writer"]) == "faqbot-writer-index:/data/index_store"
    assert index_mount(parts["bot-replica"]) == "/data/index_store"
    assert "faqbot-writer-index" in yaml.safe_load(COMPOSE.read_text())["volumes"]
    # every replica can take over writing: it has the FAQ folder
    assert "./faq_sources:/data/faq_sources:ro" in parts["bot-replica"]["volumes"]


def test_start_order_waits_on_health(services):
    parts = scale(services)
    needs = parts["bot-replica"]["depends_on"]
    assert {"faqbot-writer", "sglang-router", "redis", "postgres"} <= set(needs)
    assert all(needs[n]["condition"] == "service_healthy" for n in needs)
    workers = {n for n, s in parts.items() if "sglang.launch_server" in argv(s)}
    assert set(parts["sglang-router"]["depends_on"]) == workers


def test_bot_containers_are_probed_for_readiness_on_the_metrics_port(services):
    """`serve` containers: /readyz (index loaded, not draining) on FAQBOT_METRICS_PORT, which
    keeps /metrics and the probes off the Slack port."""
    serving = {name: s for name, s in services.items() if re.search(r"\bfaqbot serve\b", " ".join(argv(s)))}
    assert {"bot", "bot-replica"} <= set(serving)
    for name, service in serving.items():
        env = {**services["bot-replica"]["environment"], **(service.get("environment") or {})}
        port = env["FAQBOT_METRICS_PORT"]
        assert env["FAQBOT_METRICS_HOST"] == "0.0.0.0", name
        probe = " ".join(service["healthcheck"]["test"])
        assert f"http://127.0.0.1:{port}/readyz" in probe, name

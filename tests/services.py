"""Real Redis and PostgreSQL for the tests, from the services the machine runs.

Where a service is absent the test is skipped with a message naming what to start,
except under CI (``CI`` set), where it fails: `.ci/run` must never pass by skipping.
"""

from __future__ import annotations

import os
import uuid
from typing import Iterator

import pytest

REDIS_URL = os.environ.get("FAQBOT_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
POSTGRES_URL = os.environ.get(
    "FAQBOT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")

START_REDIS = ("start Redis on 127.0.0.1:6379 (redis-server --daemonize yes --port 6379) "
               "or set FAQBOT_TEST_REDIS_URL")
START_POSTGRES = ("start PostgreSQL on 127.0.0.1:5432 (pg_ctlcluster <version> main start) "
                  "or set FAQBOT_TEST_POSTGRES_URL")


def service_missing(what: str, error: Exception) -> None:
    message = f"{what} is not reachable ({error}): {START_REDIS if what == 'Redis' else START_POSTGRES}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def redis_url() -> str:
    """The URL of a live Redis server (checked with PING)."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except Exception as error:  # connection refused, timeout, auth…
        service_missing("Redis", error)
    return REDIS_URL


@pytest.fixture
def redis_prefix() -> str:
    """A key prefix no other test (or concurrent test run) uses."""
    return f"faqbot-test:{uuid.uuid4().hex[:12]}:"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A SQLAlchemy URL of a fresh, empty PostgreSQL database, dropped after the test."""
    import sqlalchemy as sa

    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"faqbot_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        admin.dispose()
        service_missing("PostgreSQL", error)
    url = sa.engine.make_url(POSTGRES_URL).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

"""The machine's Redis and PostgreSQL answer over real connections."""

import sqlalchemy as sa
import redis


def test_redis_answers(redis_url, redis_prefix):
    client = redis.Redis.from_url(redis_url)
    key = redis_prefix + "probe"
    assert client.set(key, "1", nx=True, ex=5)
    assert not client.set(key, "1", nx=True, ex=5)
    client.delete(key)


def test_postgres_database_is_fresh(postgres_url):
    engine = sa.create_engine(postgres_url)
    with engine.connect() as connection:
        tables = connection.execute(sa.text(
            "select count(*) from information_schema.tables where table_schema = 'public'")).scalar()
    engine.dispose()
    assert tables == 0

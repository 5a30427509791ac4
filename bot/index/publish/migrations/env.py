"""Alembic environment of the published-index tables: runs on the connection
:mod:`bot.index.publish.migrate` hands over (no alembic.ini, no URL here)."""

from alembic import context

from bot.index.publish.migrate import VERSION_TABLE
from bot.index.publish.schema import metadata

context.configure(connection=context.config.attributes["connection"], target_metadata=metadata,
                  version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()

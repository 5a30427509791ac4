"""Alembic environment: runs on the connection :mod:`bot.feedback.migrate` hands over.

There is no alembic.ini and no URL here: the caller owns the connection (and the lock
that keeps concurrent replicas from migrating at once).
"""

from alembic import context

from bot.feedback.migrate import VERSION_TABLE
from bot.feedback.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()

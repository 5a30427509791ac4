"""Alembic migrations of the feedback store, run by :func:`bot.feedback.migrate.upgrade`."""

"""Index generations shared through PostgreSQL, for replicas on several hosts.

With ``index_publish_url`` set, PostgreSQL is the one thing replicas share:

- the writer is elected with an advisory lock (:mod:`.election`) instead of ``flock``,
  and every generation it writes into its own index folder is published
  (:mod:`.store`): content-addressed chunks, the manifest, a ``NOTIFY``;
- every other process keeps its own index folder as a cache, downloads each published
  generation it lacks, checks it, and swaps it in as a local write would
  (bot/published_follower.py).

Without the setting nothing here is used: the index folder and its flock, as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from bot.database_limits import DatabaseLimits
from bot.index.lock import IndexWriterLock

# SQLAlchemy, psycopg and fastcdc are imported only when publishing is configured: a
# single-host process never pays for them.


def writer_lock_for(index_dir: Path, publish_url: Optional[str], limits: DatabaseLimits = DatabaseLimits()):
    """flock in the index folder by default; the PostgreSQL advisory lock when publishing."""
    if not publish_url:
        return IndexWriterLock(index_dir)
    from bot.index.publish.election import PgWriterLock

    return PgWriterLock(publish_url, limits=limits)


def publication_for(index_dir: Path, publish_url: Optional[str], lock, keep: int,
                    limits: DatabaseLimits = DatabaseLimits()):
    """The process's :class:`~bot.index.publish.publication.Publication`, or None without
    ``index_publish_url``. Every call to the database is bounded by ``limits``."""
    if not publish_url:
        return None
    from bot.index.publish.publication import Publication

    return Publication.open(publish_url, lock, index_dir, keep, limits)

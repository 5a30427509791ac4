"""The tables that carry index generations between hosts (SQLAlchemy Core). Alembic's
migrations (``bot/index/publish/migrations``) build exactly this schema.

- ``faqbot_index_chunks``: file contents cut into content-defined chunks, each stored once
  under the SHA-256 of its bytes. A chunk that two generations (or two files) share is one
  row, so a generation that differs from the last in one entry stores only the chunks
  around that entry.
- ``faqbot_index_generations``: one row per published generation, in publishing order
  (``seq``): its name (the writer's folder name), the SHA-256 of its ``manifest.json``, and
  per file its SHA-256, size and chunk list. ``epoch`` is the writer epoch it was
  published under.
- ``faqbot_index_generation_chunks``: which chunks a generation uses. The foreign keys
  make publishing a generation whose chunks are not all stored fail, and keep a chunk a
  kept generation uses from being deleted; pruning a generation cascades here.
- ``faqbot_index_writer``: one row, the writer epoch. Each process that becomes the writer
  increments it; a publish checks it under a row lock, so a writer that has been
  replaced can never publish again (fencing).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import BYTEA, JSONB

metadata = sa.MetaData()

SHA256_CHARS = 64
NAME_CHARS = 200

chunks = sa.Table(
    "faqbot_index_chunks", metadata,
    sa.Column("sha256", sa.String(SHA256_CHARS), primary_key=True),
    sa.Column("size", sa.Integer(), nullable=False),
    sa.Column("data", BYTEA(), nullable=False),  # STORAGE EXTERNAL (set by the migration)
    sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
)

generations = sa.Table(
    "faqbot_index_generations", metadata,
    sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(NAME_CHARS), nullable=False, unique=True),
    sa.Column("manifest_sha256", sa.String(SHA256_CHARS), nullable=False),
    # {file name: {"sha256": hex, "size": bytes, "chunks": [[sha256, size], ...]}}
    sa.Column("files", JSONB(), nullable=False),
    sa.Column("bytes", sa.BigInteger(), nullable=False),
    # the average chunk size it was cut with: a reader cuts its own copy the same way
    sa.Column("chunk_bytes", sa.Integer(), nullable=False),
    sa.Column("epoch", sa.BigInteger(), nullable=False),
    sa.Column("writer", sa.Text(), nullable=False),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
)

generation_chunks = sa.Table(
    "faqbot_index_generation_chunks", metadata,
    sa.Column("generation_seq", sa.BigInteger(),
              sa.ForeignKey("faqbot_index_generations.seq", ondelete="CASCADE"), primary_key=True),
    sa.Column("chunk_sha256", sa.String(SHA256_CHARS),
              sa.ForeignKey("faqbot_index_chunks.sha256", ondelete="RESTRICT"), primary_key=True),
)
sa.Index("ix_faqbot_index_generation_chunks_chunk", generation_chunks.c.chunk_sha256)

writer = sa.Table(
    "faqbot_index_writer", metadata,
    sa.Column("id", sa.SmallInteger(), primary_key=True),
    sa.Column("epoch", sa.BigInteger(), nullable=False),
    sa.Column("holder", sa.Text(), nullable=False),
    sa.Column("since", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.CheckConstraint("id = 1", name="faqbot_index_writer_one_row"),
)

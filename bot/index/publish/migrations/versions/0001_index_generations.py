"""Published index generations: content-addressed chunks, generations, writer epoch.

Revision ID: 0001
Revises:
Create Date: 2026-12-04

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import BYTEA, JSONB

revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "faqbot_index_chunks",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", BYTEA(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    # Chunks are mostly float arrays that do not compress: store them out of line without
    # TOAST's compression attempt, which costs the writer time for little space (README
    # "Running across nodes").
    op.execute("ALTER TABLE faqbot_index_chunks ALTER COLUMN data SET STORAGE EXTERNAL")
    op.create_table(
        "faqbot_index_generations",
        sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("files", JSONB(), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.Column("chunk_bytes", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("writer", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "faqbot_index_generation_chunks",
        sa.Column("generation_seq", sa.BigInteger(),
                  sa.ForeignKey("faqbot_index_generations.seq", ondelete="CASCADE"), primary_key=True),
        sa.Column("chunk_sha256", sa.String(64),
                  sa.ForeignKey("faqbot_index_chunks.sha256", ondelete="RESTRICT"), primary_key=True),
    )
    op.create_index("ix_faqbot_index_generation_chunks_chunk", "faqbot_index_generation_chunks",
                    ["chunk_sha256"])
    op.create_table(
        "faqbot_index_writer",
        sa.Column("id", sa.SmallInteger(), primary_key=True),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("holder", sa.Text(), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("id = 1", name="faqbot_index_writer_one_row"),
    )


def downgrade() -> None:
    op.drop_table("faqbot_index_writer")
    op.drop_table("faqbot_index_generation_chunks")
    op.drop_table("faqbot_index_generations")
    op.drop_table("faqbot_index_chunks")

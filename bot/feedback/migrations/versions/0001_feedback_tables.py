"""Feedback events, the vote that counts per user and answer, imported JSONL logs.

Revision ID: 0001
Revises:
Create Date: 2026-11-29

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "feedback_events",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("time", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("outcome", sa.String(16)),
        sa.Column("faq_id", sa.String(200)),
        sa.Column("score", sa.Float()),
        sa.Column("suggestions", sa.JSON()),
        sa.Column("vote", sa.String(8)),
        sa.Column("channel", sa.String(64)),
        sa.Column("message_ts", sa.String(64)),
        sa.Column("user_id", sa.String(64)),
        sa.Column("question", sa.Text()),
        sa.Column("extra", sa.JSON()),
        sa.Column("origin", sa.String(100)),
    )
    op.create_index("ix_feedback_events_time", "feedback_events", ["time"])
    op.create_index("ix_feedback_events_kind_time", "feedback_events", ["kind", "time"])

    op.create_table(
        "feedback_votes",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.String(64)),
        sa.Column("answer_ref", sa.String(129), nullable=False),
        sa.Column("faq_id", sa.String(200), nullable=False),
        sa.Column("vote", sa.String(8), nullable=False),
        sa.Column("question", sa.Text()),
        sa.Column("time", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("user_id", "answer_ref", "faq_id", name="uq_feedback_votes_voter"),
    )
    op.create_index("ix_feedback_votes_time", "feedback_votes", ["time"])
    op.create_index("ix_feedback_votes_faq_id", "feedback_votes", ["faq_id"])

    op.create_table(
        "feedback_imports",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feedback_imports")
    op.drop_table("feedback_votes")
    op.drop_table("feedback_events")

"""Escalations: questions handed to a person from Slack, open until a person replies.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "feedback_escalations",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
                  autoincrement=True),
        sa.Column("thread_ref", sa.String(129), nullable=False),
        sa.Column("target_ref", sa.String(129)),
        sa.Column("user_id", sa.String(64)),
        sa.Column("question", sa.Text()),
        sa.Column("faq_id", sa.String(200)),
        sa.Column("score", sa.Float()),
        sa.Column("escalated_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime()),
        sa.Column("answered_by", sa.String(64)),
        sa.UniqueConstraint("thread_ref", name="uq_feedback_escalations_thread"),
    )
    op.create_index("ix_feedback_escalations_target_ref", "feedback_escalations", ["target_ref"])
    op.create_index("ix_feedback_escalations_escalated_at", "feedback_escalations", ["escalated_at"])


def downgrade() -> None:
    op.drop_table("feedback_escalations")

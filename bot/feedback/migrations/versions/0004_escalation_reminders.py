"""Escalation reminders kept with the escalation (any replica sends a due one, once) and
where a privately asked question's answer is passed on.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Escalations made before have no stored due time: their reminders lived in a process.
    op.add_column("feedback_escalations", sa.Column("remind_at", sa.DateTime()))
    op.add_column("feedback_escalations", sa.Column("reminded_at", sa.DateTime()))
    op.add_column("feedback_escalations", sa.Column("relay_ref", sa.String(129)))
    op.create_index("ix_feedback_escalations_remind_at", "feedback_escalations", ["remind_at"])


def downgrade() -> None:
    op.drop_index("ix_feedback_escalations_remind_at", "feedback_escalations")
    with op.batch_alter_table("feedback_escalations") as batch:
        batch.drop_column("relay_ref")
        batch.drop_column("reminded_at")
        batch.drop_column("remind_at")

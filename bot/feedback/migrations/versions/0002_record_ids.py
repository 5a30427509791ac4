"""A unique id per recorded event, so replaying a spooled record stores it once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Nullable: rows written before this revision and imported JSONL records have none.
    with op.batch_alter_table("feedback_events") as batch:
        batch.add_column(sa.Column("record_id", sa.String(32)))
    op.create_index("ux_feedback_events_record_id", "feedback_events", ["record_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_feedback_events_record_id", table_name="feedback_events")
    with op.batch_alter_table("feedback_events") as batch:
        batch.drop_column("record_id")

"""Escalations keep the permalink of the asker's thread (the console links to a question
still waiting for a person).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Escalations made before have none: the console shows them without a link.
    op.add_column("feedback_escalations", sa.Column("permalink", sa.String(400)))


def downgrade() -> None:
    with op.batch_alter_table("feedback_escalations") as batch:  # SQLite rebuilds the table
        batch.drop_column("permalink")

"""Escalations keep the text of the person's reply (the console drafts an FAQ entry from it).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("feedback_escalations", sa.Column("reply", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("feedback_escalations") as batch:  # SQLite rebuilds the table
        batch.drop_column("reply")

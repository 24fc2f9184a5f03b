"""admin: a role on users, and credit adjustments made by an admin (with their reason)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 14:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

OLD_TYPES = "type IN ('deduction', 'grant', 'purchase', 'refund', 'reset', 'reversal')"
NEW_TYPES = "type IN ('deduction', 'grant', 'purchase', 'refund', 'reset', 'reversal', 'adjustment')"

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(length=20), server_default="user", nullable=False))
        batch_op.create_check_constraint("role", "role IN ('user', 'admin')")
    with op.batch_alter_table("credit_transactions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_credit_transactions_type"), type_="check")
        batch_op.create_check_constraint("type", NEW_TYPES)


def downgrade() -> None:
    op.execute("DELETE FROM credit_transactions WHERE type = 'adjustment'")
    with op.batch_alter_table("credit_transactions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_credit_transactions_type"), type_="check")
        batch_op.create_check_constraint("type", OLD_TYPES)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_users_role"), type_="check")
        batch_op.drop_column("role")

"""salesforce: the outbox written with every mirrored change, and one sync row per mirrored record

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "salesforce_outbox",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("object_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_salesforce_outbox")),
    )
    op.create_index("idx_salesforce_outbox_next_attempt_at", "salesforce_outbox", ["next_attempt_at"])
    with op.batch_alter_table("salesforce_syncs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_id", sa.String(length=36), nullable=True))
        batch_op.alter_column("salesforce_id", existing_type=sa.String(length=100), nullable=True)
        batch_op.create_index("uq_salesforce_syncs_object_record", ["object_type", "record_id"], unique=True)


def downgrade() -> None:
    op.execute("DELETE FROM salesforce_syncs WHERE salesforce_id IS NULL")
    with op.batch_alter_table("salesforce_syncs", schema=None) as batch_op:
        batch_op.drop_index("uq_salesforce_syncs_object_record")
        batch_op.alter_column("salesforce_id", existing_type=sa.String(length=100), nullable=False)
        batch_op.drop_column("record_id")
    op.drop_index("idx_salesforce_outbox_next_attempt_at", table_name="salesforce_outbox")
    op.drop_table("salesforce_outbox")

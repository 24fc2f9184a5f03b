"""a job step can be cancelled: the runner and the job_steps table share one status vocabulary

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 18:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OLD = "status IN ('pending', 'processing', 'completed', 'failed', 'skipped')"
NEW = "status IN ('pending', 'processing', 'completed', 'failed', 'cancelled', 'skipped')"


def upgrade() -> None:
    with op.batch_alter_table("job_steps", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_job_steps_status"), type_="check")
        batch_op.create_check_constraint("status", NEW)


def downgrade() -> None:
    op.execute("UPDATE job_steps SET status = 'failed' WHERE status = 'cancelled'")
    with op.batch_alter_table("job_steps", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_job_steps_status"), type_="check")
        batch_op.create_check_constraint("status", OLD)

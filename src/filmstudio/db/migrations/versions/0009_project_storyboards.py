"""project storyboards: each project's storyboard, versioned (read from its script, then edited)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project_storyboards",
        sa.Column("storyboard_id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("script_digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.project_id"],
            ondelete="CASCADE",
            name=op.f("fk_project_storyboards_project_id_projects"),
        ),
        sa.PrimaryKeyConstraint("storyboard_id", name=op.f("pk_project_storyboards")),
        sa.UniqueConstraint("project_id", "version", name="uq_project_storyboards_project_version"),
    )
    op.create_index("idx_project_storyboards_project_id", "project_storyboards", ["project_id"])


def downgrade() -> None:
    op.drop_index("idx_project_storyboards_project_id", table_name="project_storyboards")
    op.drop_table("project_storyboards")

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, new_id, utcnow

PROJECT_STATUSES = ("draft", "queued", "processing", "completed", "failed", "cancelled")


class Project(Base):
    __tablename__ = "projects"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'queued', 'processing', 'completed', 'failed', 'cancelled')", name="status"
        ),
        Index("idx_projects_user_id", "user_id"),
        Index("idx_projects_status", "status"),
        Index("idx_projects_created_at", "created_at"),
        Index(
            "idx_projects_deleted_at",
            "deleted_at",
            postgresql_where=text("deleted_at IS NOT NULL"),
            sqlite_where=text("deleted_at IS NOT NULL"),
        ),
    )

    project_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.user_id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(255))
    script: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(50), default="draft", server_default="draft")
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    thumbnail_url: Mapped[str | None] = mapped_column(Text)
    credits_used: Mapped[int] = mapped_column(default=0, server_default="0")
    salesforce_project_id: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None]

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, new_id, utcnow


class ProjectStoryboard(Base):
    """One saved version of a project's storyboard: read from its script, then edited by its creator.
    The last STORYBOARD_VERSIONS_KEPT versions are kept; the highest is the one a film is made from."""

    __tablename__ = "project_storyboards"
    __table_args__ = (
        UniqueConstraint("project_id", "version", name="uq_project_storyboards_project_version"),
        Index("idx_project_storyboards_project_id", "project_id"),
    )

    storyboard_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("projects.project_id", ondelete="CASCADE"))
    version: Mapped[int]
    document: Mapped[dict[str, Any]]
    source: Mapped[str] = mapped_column(String(20))  # read (from the script), edit, restore
    script_digest: Mapped[str] = mapped_column(String(64))  # the script it was read from, to tell when it changed
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

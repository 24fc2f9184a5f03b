from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, new_id, utcnow

UPLOAD_STATUSES = ("pending", "uploading", "completed", "failed")


class YoutubeUpload(Base):
    """One publication of a film: what the user asked for (metadata, privacy, playlist), how far the
    resumable upload got (its session URI and the bytes YouTube confirmed), and how it ended. A worker
    that restarts resumes from here."""

    __tablename__ = "youtube_uploads"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'uploading', 'completed', 'failed')", name="status"),
        Index("idx_youtube_uploads_project_id", "project_id"),
        Index("idx_youtube_uploads_user_id", "user_id"),
    )

    upload_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.user_id", ondelete="CASCADE"))
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("projects.project_id", ondelete="CASCADE"))
    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.job_id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(50), default="pending", server_default="pending")
    request: Mapped[dict[str, Any]] = mapped_column(default=dict)  # title, description, tags, privacy, …
    resumable_uri: Mapped[str | None] = mapped_column(Text)
    bytes_sent: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    total_bytes: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    quota_units: Mapped[int] = mapped_column(default=0, server_default="0")  # reserved for this upload
    video_id: Mapped[str | None] = mapped_column(String(50))
    error_code: Mapped[str | None] = mapped_column(String(50))
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

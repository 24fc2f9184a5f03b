from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, new_id, utcnow


class YoutubeVideo(Base):
    __tablename__ = "youtube_videos"
    __table_args__ = (
        CheckConstraint("privacy_status IN ('public', 'private', 'unlisted')", name="privacy_status"),
        Index("idx_youtube_videos_project_id", "project_id"),
        Index("idx_youtube_videos_user_id", "user_id"),
        Index("idx_youtube_videos_video_id", "video_id"),
    )

    youtube_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("projects.project_id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.user_id", ondelete="CASCADE"))
    video_id: Mapped[str] = mapped_column(String(50))
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    privacy_status: Mapped[str | None] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(50), default="uploaded", server_default="uploaded")
    playlist_id: Mapped[str | None] = mapped_column(String(100))
    analytics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    uploaded_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

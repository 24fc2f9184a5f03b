from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base


class YoutubeQuota(Base):
    """YouTube Data API units spent by one Google project on one Pacific day."""

    __tablename__ = "youtube_quota"

    google_project: Mapped[str] = mapped_column(String(255), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    units: Mapped[int] = mapped_column(default=0, server_default="0")

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, new_id, utcnow

TIERS = ("free", "standard", "pro", "enterprise")


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("tier IN ('free', 'standard', 'pro', 'enterprise')", name="tier"),
        CheckConstraint("credits >= 0", name="credits_not_negative"),
        CheckConstraint("role IN ('user', 'admin')", name="role"),
        Index("idx_users_email", "email"),
        Index("idx_users_tier", "tier"),
        Index("idx_users_created_at", "created_at"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    full_name: Mapped[str | None] = mapped_column(String(255))
    tier: Mapped[str] = mapped_column(String(50), default="free", server_default="free")
    role: Mapped[str] = mapped_column(String(20), default="user", server_default="user")
    credits: Mapped[int] = mapped_column(default=3, server_default="3")
    credit_reset_date: Mapped[date | None] = mapped_column(Date)
    salesforce_contact_id: Mapped[str | None] = mapped_column(String(100))
    stripe_customer_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    youtube_channel_id: Mapped[str | None] = mapped_column(String(100))
    youtube_channel_title: Mapped[str | None] = mapped_column(String(255))
    youtube_access_token: Mapped[str | None] = mapped_column(Text)
    youtube_refresh_token: Mapped[str | None] = mapped_column(Text)
    youtube_token_expires_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    last_login_at: Mapped[datetime | None]
    deleted_at: Mapped[datetime | None]

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, utcnow


class OAuthState(Base):
    """One authorization attempt: the `state` sent to the provider (kept as its hash), bound to the user
    who asked, with the PKCE verifier. Used once."""

    __tablename__ = "oauth_states"
    __table_args__ = (Index("idx_oauth_states_user_id", "user_id"),)

    state_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.user_id", ondelete="CASCADE"))
    provider: Mapped[str] = mapped_column(String(50))
    code_verifier: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_at: Mapped[datetime | None]

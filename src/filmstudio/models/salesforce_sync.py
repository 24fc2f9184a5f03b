from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, new_id, utcnow


class SalesforceSync(Base):
    __tablename__ = "salesforce_syncs"
    __table_args__ = (
        CheckConstraint("status IN ('synced', 'pending', 'failed')", name="status"),
        Index("idx_salesforce_syncs_user_id", "user_id"),
        Index("idx_salesforce_syncs_project_id", "project_id"),
        Index("idx_salesforce_syncs_salesforce_id", "salesforce_id"),
        Index("idx_salesforce_syncs_object_type", "object_type"),
        # one row per mirrored record: its state in Salesforce
        Index("uq_salesforce_syncs_object_record", "object_type", "record_id", unique=True),
    )

    sync_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.user_id", ondelete="CASCADE"))
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("projects.project_id", ondelete="CASCADE"))
    salesforce_id: Mapped[str | None] = mapped_column(String(100))  # none until Salesforce accepted it
    object_type: Mapped[str] = mapped_column(String(100))
    record_id: Mapped[str | None] = mapped_column(String(36))  # the studio's id of the mirrored row
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(50), default="synced", server_default="synced")
    error_message: Mapped[str | None] = mapped_column(Text)
    synced_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

"""The Salesforce outbox: a row per change to a record Salesforce mirrors, written in the same
transaction as the change (`filmstudio.salesforce.capture` adds them at each flush), so a change is
never lost when Salesforce is down and never sent before it is committed. Workers drain it
(`filmstudio.salesforce.sync`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, utcnow


class SalesforceOutbox(Base):
    __tablename__ = "salesforce_outbox"
    __table_args__ = (Index("idx_salesforce_outbox_next_attempt_at", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    object_type: Mapped[str] = mapped_column(String(30))  # user, project, credit, subscription, asset, youtube
    record_id: Mapped[str] = mapped_column(String(36))
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

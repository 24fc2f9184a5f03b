from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, false
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, new_id, utcnow


class Subscription(Base):
    __tablename__ = "subscriptions"
    __table_args__ = (
        CheckConstraint("plan IN ('free', 'standard', 'pro', 'enterprise')", name="plan"),
        CheckConstraint("status IN ('active', 'incomplete', 'cancelled', 'past_due', 'unpaid')", name="status"),
        Index("idx_subscriptions_user_id", "user_id"),
        Index("idx_subscriptions_status", "status"),
        Index("idx_subscriptions_stripe_subscription_id", "stripe_subscription_id"),
    )

    subscription_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.user_id", ondelete="CASCADE"))
    plan: Mapped[str] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(50), default="active", server_default="active")
    stripe_subscription_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    stripe_customer_id: Mapped[str | None] = mapped_column(String(255))
    current_period_start: Mapped[datetime]
    current_period_end: Mapped[datetime]
    canceled_at: Mapped[datetime | None]
    stripe_price_id: Mapped[str | None] = mapped_column(String(255))
    # a downgrade takes effect when the period it was asked in ends: until then `plan` is what was paid for
    pending_plan: Mapped[str | None] = mapped_column(String(50))
    cancel_at_period_end: Mapped[bool] = mapped_column(default=False, server_default=false())
    past_due_since: Mapped[datetime | None]  # the plan is kept for a grace period after a failed payment
    salesforce_subscription_id: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

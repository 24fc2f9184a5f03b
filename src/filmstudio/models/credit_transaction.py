from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, new_id, utcnow

# reversal: credits taken back because their payment was refunded or disputed
CREDIT_TYPES = ("deduction", "grant", "purchase", "refund", "reset", "reversal")


class CreditTransaction(Base):
    """One change of a user's balance. The balance always equals the sum of `amount` over the ledger."""

    __tablename__ = "credit_transactions"
    __table_args__ = (
        CheckConstraint(
            "type IN ('deduction', 'grant', 'purchase', 'refund', 'reset', 'reversal', 'adjustment')",
            name="type",
        ),
        CheckConstraint("balance_after >= 0", name="balance_after_not_negative"),
        # a job is charged once and refunded at most once
        UniqueConstraint("job_id", "type", name="uq_credit_transactions_job_type"),
        # a Stripe payment (an invoice, a PaymentIntent, a refund, a dispute) moves credits once
        UniqueConstraint("stripe_reference", "type", name="uq_credit_transactions_stripe_reference_type"),
        Index("idx_credit_transactions_user_id", "user_id"),
        Index("idx_credit_transactions_type", "type"),
        Index("idx_credit_transactions_created_at", "created_at"),
    )

    transaction_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.user_id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(50))
    amount: Mapped[int]
    balance_after: Mapped[int]
    description: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("projects.project_id"))
    job_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("jobs.job_id", ondelete="SET NULL"))
    stripe_payment_intent_id: Mapped[str | None] = mapped_column(String(255))
    stripe_reference: Mapped[str | None] = mapped_column(String(255))
    salesforce_transaction_id: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

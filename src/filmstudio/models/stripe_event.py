from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from filmstudio.db.base import Base, utcnow


class StripeEvent(Base):
    """A Stripe webhook event, stored once by its id in the transaction that acts on it: a replayed or
    duplicated delivery finds it here and changes nothing."""

    __tablename__ = "stripe_events"

    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    type: Mapped[str] = mapped_column(String(100))
    created: Mapped[int]  # Stripe's own timestamp of the event
    received_at: Mapped[datetime] = mapped_column(default=utcnow)

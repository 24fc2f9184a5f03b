"""The Salesforce outbox: a row per change to a record Salesforce mirrors, written in the same
transaction as the change (a session flush adds them), so a change is never lost when Salesforce is
down and never sent before it is committed. Workers drain it (`filmstudio.salesforce.sync`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Text, event, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from filmstudio.db.base import Base, new_id, utcnow

# columns whose change Salesforce does not mirror (the ids it gave back, bookkeeping, secrets)
_NOT_MIRRORED = {
    "salesforce_contact_id",
    "salesforce_project_id",
    "salesforce_transaction_id",
    "salesforce_subscription_id",
    "updated_at",
    "last_login_at",
    "password_hash",
    "youtube_access_token",
    "youtube_refresh_token",
    "youtube_token_expires_at",
}


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


def record_change(session: Session, object_type: str, record_id: Any) -> None:
    """A change made outside the ORM's unit of work (a bulk UPDATE), to be mirrored."""
    if session.info.get("salesforce"):
        session.add(SalesforceOutbox(object_type=object_type, record_id=str(record_id)))


def _changes(obj: Any) -> list[tuple[str, str]]:
    from filmstudio.models.asset import Asset
    from filmstudio.models.credit_transaction import CreditTransaction
    from filmstudio.models.project import Project
    from filmstudio.models.subscription import Subscription
    from filmstudio.models.user import User
    from filmstudio.models.youtube_video import YoutubeVideo

    if isinstance(obj, User):
        return [("user", _id(obj, "user_id"))]
    if isinstance(obj, Project):
        return [("project", _id(obj, "project_id"))]
    if isinstance(obj, CreditTransaction):  # the balance on the contact moved too
        return [("credit", _id(obj, "transaction_id")), ("user", str(obj.user_id))]
    if isinstance(obj, Subscription):  # and the contact's plan
        return [("subscription", _id(obj, "subscription_id")), ("user", str(obj.user_id))]
    if isinstance(obj, Asset):
        return [("asset", _id(obj, "asset_id"))]
    if isinstance(obj, YoutubeVideo):
        return [("youtube", _id(obj, "youtube_id"))]
    return []


def _id(obj: Any, name: str) -> str:
    if getattr(obj, name) is None:  # a new row: its id is given now, not at INSERT, so the outbox can name it
        setattr(obj, name, new_id())
    return str(getattr(obj, name))


def _mirrored_change(obj: Any) -> bool:
    state = inspect(obj)
    return any(attr.history.has_changes() for attr in state.attrs if attr.key not in _NOT_MIRRORED)


@event.listens_for(Session, "before_flush")
def _capture(session: Session, _context: Any, _instances: Any) -> None:
    if not session.info.get("salesforce"):
        return
    seen: set[tuple[str, str]] = set()
    changed = list(session.new) + [obj for obj in session.dirty if _mirrored_change(obj)]
    for obj in changed:
        if isinstance(obj, SalesforceOutbox):
            continue
        for key in _changes(obj):
            if key not in seen:
                seen.add(key)
                session.add(SalesforceOutbox(object_type=key[0], record_id=key[1]))

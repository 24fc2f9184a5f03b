"""Salesforce change capture: every flush of a session that mirrors into Salesforce (`info["salesforce"]`,
set from the settings in `db/session.py`) adds an outbox row per changed record Salesforce mirrors, in
the same transaction as the change. Importing `filmstudio.salesforce` installs it, which every process
that writes does (the API, the workers, the CLI)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from filmstudio.db.base import new_id
from filmstudio.models.asset import Asset
from filmstudio.models.credit_transaction import CreditTransaction
from filmstudio.models.project import Project
from filmstudio.models.salesforce_outbox import SalesforceOutbox
from filmstudio.models.subscription import Subscription
from filmstudio.models.user import User
from filmstudio.models.youtube_video import YoutubeVideo

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


def record_change(session: Session, object_type: str, record_id: Any) -> None:
    """A change made outside the ORM's unit of work (a bulk UPDATE), to be mirrored."""
    if session.info.get("salesforce"):
        session.add(SalesforceOutbox(object_type=object_type, record_id=str(record_id)))


def _changes(obj: Any) -> list[tuple[str, str]]:
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

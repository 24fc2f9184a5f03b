"""What the studio mirrors into Salesforce: each kind of record, the sObject it becomes, the external-id
field every sync upserts by, its parents, and its fields (named as in `salesforce/force-app`, where the
objects are defined; a test holds the two together)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from filmstudio.credits.plans import PLANS
from filmstudio.db.base import Base
from filmstudio.models import Asset, CreditTransaction, Project, Subscription, User, YoutubeVideo
from filmstudio.timestamps import iso_z_or_none

TEXT = 255


@dataclass(frozen=True)
class SObject:
    kind: str  # the outbox's name for it
    name: str  # the sObject
    external_id: str
    model: type[Base]
    key: str  # the model's id column
    fields: Callable[[Any], dict[str, Any]]
    parents: Callable[[Any], list[tuple[str, str]]]  # (kind, id) of the records it refers to
    id_column: str | None = None  # where the model keeps the Salesforce id, if it does


def _ref(kind: str, record_id: Any) -> dict[str, Any] | None:
    """A lookup by the parent's external id, so a child never needs the parent's Salesforce id."""
    if record_id is None:
        return None
    parent = BY_KIND[kind]
    return {"attributes": {"type": parent.name}, parent.external_id: str(record_id)}


def _user(user: User) -> dict[str, Any]:
    names = (user.full_name or "").split()
    return {
        "LastName": (names[-1] if names else user.email.split("@")[0])[:80],
        "FirstName": " ".join(names[:-1])[:40] or None,
        "Email": user.email,
        "Studio_Plan__c": user.tier,
        "Studio_Credits__c": user.credits,
        "Studio_Signed_Up__c": iso_z_or_none(user.created_at),
    }


def _project(project: Project) -> dict[str, Any]:
    return {
        "Title__c": project.title[:TEXT],
        "Script__c": project.script[:131_072],
        "Status__c": project.status,
        "Duration__c": (project.settings or {}).get("duration"),
        "Credits_Used__c": project.credits_used,
        "User__r": _ref("user", project.user_id),
        "Created_Date__c": iso_z_or_none(project.created_at),
    }


def _credit(row: CreditTransaction) -> dict[str, Any]:
    return {
        "User__r": _ref("user", row.user_id),
        "Type__c": row.type,
        "Amount__c": row.amount,
        "Balance_After__c": row.balance_after,
        "Description__c": (row.description or "")[:TEXT] or None,
        "Project__r": _ref("project", row.project_id),
        "Transaction_Date__c": iso_z_or_none(row.created_at),
    }


def _subscription(row: Subscription) -> dict[str, Any]:
    plan = PLANS.get(row.plan)
    return {
        "User__r": _ref("user", row.user_id),
        "Plan__c": row.plan,
        "Status__c": row.status,
        "Monthly_Credits__c": plan.credits_per_month if plan else None,
        "Current_Period_Start__c": row.current_period_start.date().isoformat(),
        "Current_Period_End__c": row.current_period_end.date().isoformat(),
        "MRR__c": plan.price if plan and row.status in ("active", "past_due") else 0,
    }


def _asset(row: Asset) -> dict[str, Any]:
    meta = row.meta or {}
    return {
        "Project__r": _ref("project", row.project_id),
        "Asset_Type__c": row.asset_type,
        "Language__c": meta.get("language"),
        "Dub__c": meta.get("dub"),
        "File_Size__c": row.file_size,
        "MIME_Type__c": row.mime_type,
        "Storage_Key__c": row.s3_key[:TEXT],
        "Created_Date__c": iso_z_or_none(row.created_at),
    }


def _youtube(row: YoutubeVideo) -> dict[str, Any]:
    return {
        "Project__r": _ref("project", row.project_id),
        "User__r": _ref("user", row.user_id),
        "Video_ID__c": row.video_id,
        "URL__c": row.url,
        "Privacy__c": row.privacy_status,
        "Status__c": row.status,
        "Uploaded_At__c": iso_z_or_none(row.uploaded_at),
    }


# in the order Salesforce must hear of them: a parent before its children
OBJECTS = (
    SObject("user", "Contact", "Studio_User_Id__c", User, "user_id", _user, lambda r: [], "salesforce_contact_id"),
    SObject(
        "project",
        "AIFilmProject__c",
        "Studio_Id__c",
        Project,
        "project_id",
        _project,
        lambda r: [("user", str(r.user_id))],
        "salesforce_project_id",
    ),
    SObject(
        "subscription",
        "UserSubscription__c",
        "Studio_Id__c",
        Subscription,
        "subscription_id",
        _subscription,
        lambda r: [("user", str(r.user_id))],
        "salesforce_subscription_id",
    ),
    SObject(
        "credit",
        "CreditTransaction__c",
        "Studio_Id__c",
        CreditTransaction,
        "transaction_id",
        _credit,
        lambda r: [("user", str(r.user_id))] + ([("project", str(r.project_id))] if r.project_id else []),
        "salesforce_transaction_id",
    ),
    SObject(
        "asset", "VideoAsset__c", "Studio_Id__c", Asset, "asset_id", _asset, lambda r: [("project", str(r.project_id))]
    ),
    SObject(
        "youtube",
        "YouTubeVideo__c",
        "Studio_Id__c",
        YoutubeVideo,
        "youtube_id",
        _youtube,
        lambda r: [("user", str(r.user_id)), ("project", str(r.project_id))],
    ),
)
BY_KIND = {o.kind: o for o in OBJECTS}


def load(session: Session, kind: str, ids: list[str]) -> dict[str, Any]:
    """The rows of one kind by id (those deleted since are simply absent)."""
    spec = BY_KIND[kind]
    column = getattr(spec.model, spec.key)
    wanted = [uuid.UUID(i) for i in ids]
    return {str(getattr(row, spec.key)): row for row in session.scalars(select(spec.model).where(column.in_(wanted)))}


def record(spec: SObject, row: Any) -> dict[str, Any]:
    """The sObject record for a row, keyed by its external id; empty fields are left out."""
    fields = {k: v for k, v in spec.fields(row).items() if v is not None}
    return {"attributes": {"type": spec.name}, spec.external_id: str(getattr(row, spec.key)), **fields}

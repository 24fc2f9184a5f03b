"""Mirroring into Salesforce. Changes wait in the outbox (written with the change itself); `drain` sends
them in batches, parents first, each an upsert by the studio's id, so a change sent twice is still one
record. When Salesforce is down the batch waits and is tried again later, each time twice as late (up
to 15 minutes); `salesforce_syncs` keeps every record's state and last error."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from filmstudio.db.base import utcnow
from filmstudio.db.session import session_scope
from filmstudio.errors import StudioError
from filmstudio.models import CreditTransaction, Project, SalesforceOutbox, SalesforceSync
from filmstudio.salesforce.client import Result, SalesforceClient
from filmstudio.salesforce.objects import BY_KIND, OBJECTS, load, record
from filmstudio.salesforce.schemas import CreditSync

log = logging.getLogger("filmstudio.salesforce")
CLAIM = 500  # outbox rows a drain takes at once
LEASE = timedelta(seconds=120)  # a claimed row is not taken by another drain for this long
MAX_DELAY = 900.0


def drain(sessions: sessionmaker[Session], client: SalesforceClient, *, limit: int = CLAIM) -> dict[str, int]:
    """Send what the outbox holds (due now). Returns how many records were synced and failed."""
    with session_scope(sessions) as session:
        query = (
            select(SalesforceOutbox)
            .where(SalesforceOutbox.next_attempt_at <= utcnow())
            .order_by(SalesforceOutbox.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        claimed = list(session.scalars(query))
        for row in claimed:
            row.next_attempt_at = utcnow() + LEASE
        rows = [(row.id, row.object_type, row.record_id, row.attempts) for row in claimed]
    if not rows:
        return {"synced": 0, "failed": 0}
    keys = {(kind, record_id) for _, kind, record_id, _ in rows}
    try:
        with session_scope(sessions) as session:
            outcome = send(session, client, keys)
    except StudioError as exc:  # Salesforce down or refusing: every claimed row waits and is tried again
        log.warning("salesforce sync failed, will retry: %s", exc.message)
        with session_scope(sessions) as session:
            _postpone(session, rows, exc.message, client.settings.salesforce_retry_seconds)
        return {"synced": 0, "failed": len(keys)}
    with session_scope(sessions) as session:
        done = [row_id for row_id, kind, record_id, _ in rows if outcome.get((kind, record_id)) is None]
        session.execute(delete(SalesforceOutbox).where(SalesforceOutbox.id.in_(done)))
        failed = [r for r in rows if outcome.get((r[1], r[2])) is not None]
        for row_id, kind, record_id, attempts in failed:
            session.execute(
                update(SalesforceOutbox)
                .where(SalesforceOutbox.id == row_id)
                .values(
                    attempts=attempts + 1,
                    last_error=outcome[(kind, record_id)],
                    next_attempt_at=utcnow() + _delay(client.settings.salesforce_retry_seconds, attempts),
                )
            )
    return {
        "synced": len([k for k in keys if outcome.get(k) is None]),
        "failed": len({(r[1], r[2]) for r in failed}),
    }


def send(session: Session, client: SalesforceClient, keys: set[tuple[str, str]]) -> dict[tuple[str, str], str | None]:
    """Upsert these records, and any parent Salesforce has not accepted yet, parents first. Returns each
    key's error, None where it was synced (a record deleted since counts as done)."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for kind, record_id in keys:
        wanted[kind].add(record_id)
    rows: dict[str, dict[str, Any]] = {}
    for spec in reversed(OBJECTS):  # children first, to find the parents they need
        rows[spec.kind] = load(session, spec.kind, sorted(wanted[spec.kind])) if wanted[spec.kind] else {}
        for row in rows[spec.kind].values():
            for parent_kind, parent_id in spec.parents(row):
                if parent_id not in wanted[parent_kind] and not _synced(session, parent_kind, parent_id):
                    wanted[parent_kind].add(parent_id)
    outcome: dict[tuple[str, str], str | None] = {}
    for spec in OBJECTS:  # parents first
        missing = wanted[spec.kind] - set(rows[spec.kind])
        if missing:
            rows[spec.kind].update(load(session, spec.kind, sorted(missing)))
        for record_id in wanted[spec.kind] - set(rows[spec.kind]):
            outcome[(spec.kind, record_id)] = None  # deleted since the change: nothing to mirror
        if not rows[spec.kind]:
            continue
        results = client.upsert(spec.name, spec.external_id, [record(spec, r) for r in rows[spec.kind].values()])
        for result in results:
            _remember(session, spec.kind, rows[spec.kind][result.external_id], result)
            outcome[(spec.kind, result.external_id)] = result.error
    return outcome


def _synced(session: Session, kind: str, record_id: str) -> bool:
    return (
        session.scalar(
            select(SalesforceSync.status).where(
                SalesforceSync.object_type == kind, SalesforceSync.record_id == record_id
            )
        )
        == "synced"
    )


def _remember(session: Session, kind: str, row: Any, result: Result) -> None:
    spec = BY_KIND[kind]
    sync = session.scalar(
        select(SalesforceSync).where(SalesforceSync.object_type == kind, SalesforceSync.record_id == result.external_id)
    )
    if sync is None:
        sync = SalesforceSync(object_type=kind, record_id=result.external_id)
        session.add(sync)
    sync.user_id = getattr(row, "user_id", None)
    sync.project_id = getattr(row, "project_id", None)
    if result.error is None:
        sync.status, sync.error_message, sync.synced_at = "synced", None, utcnow()
        sync.salesforce_id = result.salesforce_id
        if spec.id_column:  # a bulk UPDATE: the id Salesforce gave is not itself a change to mirror
            session.execute(
                update(spec.model)
                .where(getattr(spec.model, spec.key) == getattr(row, spec.key))
                .values({spec.id_column: result.salesforce_id})
            )
    else:
        sync.status, sync.error_message = "failed", result.error[:2000]


def _postpone(session: Session, rows: list[tuple], error: str, first_delay: float) -> None:
    for row_id, kind, record_id, attempts in rows:
        session.execute(
            update(SalesforceOutbox)
            .where(SalesforceOutbox.id == row_id)
            .values(
                attempts=attempts + 1, last_error=error[:2000], next_attempt_at=utcnow() + _delay(first_delay, attempts)
            )
        )
        sync = session.scalar(
            select(SalesforceSync).where(SalesforceSync.object_type == kind, SalesforceSync.record_id == record_id)
        )
        if sync is None:
            session.add(
                SalesforceSync(object_type=kind, record_id=record_id, status="pending", error_message=error[:2000])
            )
        elif sync.status != "synced":
            sync.status, sync.error_message = "pending", error[:2000]
        else:
            sync.error_message = error[:2000]  # the last accepted state stands; a newer one is waiting


def _delay(first: float, attempts: int) -> timedelta:
    return timedelta(seconds=min(MAX_DELAY, first * 2**attempts))


def sync_project(session: Session, client: SalesforceClient, project: Project) -> SalesforceSync:
    """POST /salesforce/sync-project: the project (and its owner) now, whatever the outbox holds."""
    outcome = send(session, client, {("project", str(project.project_id))})
    sync = session.scalar(
        select(SalesforceSync).where(
            SalesforceSync.object_type == "project", SalesforceSync.record_id == str(project.project_id)
        )
    )
    error = outcome.get(("project", str(project.project_id)))
    if error is not None or sync is None:
        from filmstudio.errors import ServiceFailed

        raise ServiceFailed(f"Salesforce did not accept the project: {error}")
    return sync


def sync_credits(session: Session, client: SalesforceClient, user_id: Any) -> CreditSync:
    """POST /salesforce/sync-credits: every ledger row of a user (and the balance on their contact)."""
    ids = [
        str(i)
        for i in session.scalars(select(CreditTransaction.transaction_id).where(CreditTransaction.user_id == user_id))
    ]
    outcome = send(session, client, {("credit", i) for i in ids} | {("user", str(user_id))})
    failed = [key for key, error in outcome.items() if error is not None]
    return CreditSync(
        transactions_synced=len([i for i in ids if outcome.get(("credit", i)) is None]),
        failed=len(failed),
        status="completed" if not failed else "partial",
    )


def backfill(session: Session, client: SalesforceClient) -> dict[str, dict[str, int]]:
    """An existing studio's every record, through Bulk API 2.0 (CSV ingest jobs), parents first."""
    report = {}
    for spec in OBJECTS:
        rows = session.scalars(select(spec.model)).all()
        report[spec.name] = client.bulk_upsert(spec.name, spec.external_id, [_flat(record(spec, r)) for r in rows])
    return report


def _flat(rec: dict[str, Any]) -> dict[str, Any]:
    """A record as a Bulk API CSV row: lookups as `Parent__r.External_Id__c` columns, no attributes."""
    out: dict[str, Any] = {}
    for name, value in rec.items():
        if name == "attributes":
            continue
        if isinstance(value, dict):
            for field, inner in value.items():
                if field != "attributes":
                    out[f"{name}.{field}"] = inner
        else:
            out[name] = value
    return out

"""/salesforce: mirror a project, or a user's credits, into Salesforce now (the outbox does it anyway,
within seconds; these answer with Salesforce's ids)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel

from filmstudio.api.deps import CurrentUser, SessionDep
from filmstudio.api.limits import spend_limit
from filmstudio.errors import NotConfigured
from filmstudio.projects import service as projects
from filmstudio.salesforce import sync
from filmstudio.salesforce.client import SalesforceClient
from filmstudio.salesforce.schemas import CreditsSynced, ProjectSynced

router = APIRouter(prefix="/salesforce", tags=["salesforce"])


class SyncProjectBody(BaseModel):
    project_id: str


def _client(request: Request) -> SalesforceClient:
    client = getattr(request.app.state, "salesforce", None)
    if client is None:
        raise NotConfigured("Salesforce is not configured for this studio.")
    return client


@router.post("/sync-project", dependencies=[spend_limit("salesforce")])
def sync_project(body: SyncProjectBody, user: CurrentUser, session: SessionDep, request: Request) -> ProjectSynced:
    project = projects.get(session, user_id=user.user_id, project_id=body.project_id)
    synced = sync.sync_project(session, _client(request), project)
    return ProjectSynced(salesforce_id=synced.salesforce_id, status=synced.status, synced_at=synced.synced_at)


@router.post("/sync-credits", dependencies=[spend_limit("salesforce")])
def sync_credits(user: CurrentUser, session: SessionDep, request: Request) -> CreditsSynced:
    result = sync.sync_credits(session, _client(request), user.user_id)
    return CreditsSynced(
        credits_synced=user.credits, transactions_synced=result.transactions_synced, status=result.status
    )

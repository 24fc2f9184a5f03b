"""/admin: users, their projects, jobs and ledger; credit adjustments; plans; failed jobs, retried or
cancelled; and the analytics. Admins only (the first account, or `filmstudio admin grant EMAIL`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from filmstudio.admin import analytics, service
from filmstudio.api.deps import AdminUser, SessionDep
from filmstudio.credits.plans import PLANS
from filmstudio.models import Job, User

router = APIRouter(prefix="/admin", tags=["admin"])


def _when(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def _user(user: User, projects: int | None = None) -> dict[str, Any]:
    out = {
        "user_id": str(user.user_id),
        "email": user.email,
        "full_name": user.full_name,
        "tier": user.tier,
        "role": user.role,
        "credits": user.credits,
        "created_at": _when(user.created_at),
        "last_login_at": _when(user.last_login_at),
    }
    return out if projects is None else out | {"projects": projects}


def _job(job: Job, title: str | None = None, email: str | None = None) -> dict[str, Any]:
    return {
        "job_id": str(job.job_id),
        "project_id": str(job.project_id),
        "project_title": title,
        "email": email,
        "status": job.status,
        "progress": job.progress,
        "error": job.error_message,
        "attempts": job.attempts,
        "created_at": _when(job.created_at),
        "completed_at": _when(job.completed_at),
    }


class CreditAdjustment(BaseModel):
    amount: int = Field(ge=-100_000, le=100_000, description="Credits to add (negative: to take).")
    reason: str = Field(min_length=3, max_length=500)


class PlanChange(BaseModel):
    tier: str = Field(json_schema_extra={"enum": list(PLANS)})


@router.get("/users")
def users(
    admin: AdminUser, session: SessionDep, q: str = Query("", max_length=100), page: int = Query(1, ge=1, le=10_000)
) -> dict[str, Any]:
    rows, total = service.find_users(session, q.strip(), page)
    return {
        "users": [_user(u, n) for u, n in rows],
        "total_count": total,
        "page": page,
        "per_page": service.PAGE,
    }


@router.get("/users/{user_id}")
def user(user_id: str, admin: AdminUser, session: SessionDep) -> dict[str, Any]:
    found = service.user_by_id(session, user_id)
    detail = service.user_detail(session, found)
    return {
        "user": _user(found),
        "projects": [
            {
                "project_id": str(p.project_id),
                "title": p.title,
                "status": p.status,
                "credits_used": p.credits_used,
                "created_at": _when(p.created_at),
                "deleted": p.deleted_at is not None,
            }
            for p in detail["projects"]
        ],
        "jobs": [_job(job, title) for job, title in detail["jobs"]],
        "ledger": [
            {
                "type": t.type,
                "amount": t.amount,
                "balance_after": t.balance_after,
                "description": t.description,
                "created_at": _when(t.created_at),
            }
            for t in detail["ledger"]
        ],
    }


@router.post("/users/{user_id}/credits")
def adjust_credits(user_id: str, body: CreditAdjustment, admin: AdminUser, session: SessionDep) -> dict[str, Any]:
    found = service.user_by_id(session, user_id)
    entry = service.adjust_credits(session, admin, found, body.amount, body.reason.strip())
    return {
        "user": _user(found),
        "transaction": {
            "type": entry.type,
            "amount": entry.amount,
            "balance_after": entry.balance_after,
            "description": entry.description,
        },
    }


@router.patch("/users/{user_id}")
def change_plan(user_id: str, body: PlanChange, admin: AdminUser, session: SessionDep) -> dict[str, Any]:
    found = service.user_by_id(session, user_id)
    service.change_plan(session, found, body.tier)
    return {"user": _user(found)}


@router.get("/jobs")
def jobs(admin: AdminUser, session: SessionDep, status: str = Query("failed", pattern="^failed$")) -> dict[str, Any]:
    return {"jobs": [_job(job, project.title, user.email) for job, project, user in service.failed_jobs(session)]}


@router.post("/jobs/{job_id}/retry")
def retry(job_id: str, admin: AdminUser, session: SessionDep, request: Request) -> dict[str, Any]:
    job, tier, asked = service.retry(session, service.job_by_id(session, job_id))
    session.commit()  # the job must be queued before any worker hears of it
    request.app.state.dispatch(job.job_id, tier=tier, request=asked)
    return _job(job)


@router.post("/jobs/{job_id}/cancel")
def cancel(job_id: str, admin: AdminUser, session: SessionDep) -> dict[str, Any]:
    return _job(service.cancel(session, service.job_by_id(session, job_id)))


@router.get("/analytics")
def analytics_report(
    admin: AdminUser,
    session: SessionDep,
    period: str = Query("day", pattern="^(day|week|month)$"),
    days: int = Query(30, ge=1, le=730),
) -> dict[str, Any]:
    return analytics.report(session, period=period, days=days)

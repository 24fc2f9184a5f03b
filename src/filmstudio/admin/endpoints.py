"""/admin: users, their projects, jobs and ledger; credit adjustments; plans; failed jobs, retried or
cancelled; and the analytics. Admins only (the first account, or `filmstudio admin grant EMAIL`)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from filmstudio.admin import analytics, service
from filmstudio.admin.schemas import (
    Adjustment,
    Analytics,
    JobList,
    JobRow,
    LedgerEntry,
    ProjectRow,
    UserDetail,
    UserList,
    UserOnly,
    UserRow,
)
from filmstudio.api.deps import AdminUser, SessionDep
from filmstudio.credits.plans import PLANS
from filmstudio.models import Job, User

router = APIRouter(prefix="/admin", tags=["admin"])


def _user(user: User, projects: int | None = None) -> UserRow:
    row = UserRow(
        user_id=str(user.user_id),
        email=user.email,
        full_name=user.full_name,
        tier=user.tier,
        role=user.role,
        credits=user.credits,
        created_at=user.created_at,
        last_login_at=user.last_login_at,
    )
    if projects is not None:
        row.projects = projects
    return row


def _job(job: Job, title: str | None = None, email: str | None = None) -> JobRow:
    return JobRow(
        job_id=str(job.job_id),
        project_id=str(job.project_id),
        project_title=title,
        email=email,
        status=job.status,
        progress=job.progress,
        error=job.error_message,
        attempts=job.attempts,
        created_at=job.created_at,
        completed_at=job.completed_at,
    )


class CreditAdjustment(BaseModel):
    amount: int = Field(ge=-100_000, le=100_000, description="Credits to add (negative: to take).")
    reason: str = Field(min_length=3, max_length=500)


class PlanChange(BaseModel):
    tier: str = Field(json_schema_extra={"enum": list(PLANS)})


@router.get("/users", response_model_exclude_unset=True)
def users(
    admin: AdminUser, session: SessionDep, q: str = Query("", max_length=100), page: int = Query(1, ge=1, le=10_000)
) -> UserList:
    rows, total = service.find_users(session, q.strip(), page)
    return UserList(users=[_user(u, n) for u, n in rows], total_count=total, page=page, per_page=service.PAGE)


@router.get("/users/{user_id}", response_model_exclude_unset=True)
def user(user_id: str, admin: AdminUser, session: SessionDep) -> UserDetail:
    found = service.user_by_id(session, user_id)
    detail = service.user_detail(session, found)
    return UserDetail(
        user=_user(found),
        projects=[
            ProjectRow(
                project_id=str(p.project_id),
                title=p.title,
                status=p.status,
                credits_used=p.credits_used,
                created_at=p.created_at,
                deleted=p.deleted_at is not None,
            )
            for p in detail.projects
        ],
        jobs=[_job(job, title) for job, title in detail.jobs],
        ledger=[
            LedgerEntry(
                type=t.type,
                amount=t.amount,
                balance_after=t.balance_after,
                description=t.description,
                created_at=t.created_at,
            )
            for t in detail.ledger
        ],
    )


@router.post("/users/{user_id}/credits", response_model_exclude_unset=True)
def adjust_credits(user_id: str, body: CreditAdjustment, admin: AdminUser, session: SessionDep) -> Adjustment:
    found = service.user_by_id(session, user_id)
    entry = service.adjust_credits(session, admin, found, body.amount, body.reason.strip())
    return Adjustment(
        user=_user(found),
        transaction=LedgerEntry(
            type=entry.type, amount=entry.amount, balance_after=entry.balance_after, description=entry.description
        ),
    )


@router.patch("/users/{user_id}", response_model_exclude_unset=True)
def change_plan(user_id: str, body: PlanChange, admin: AdminUser, session: SessionDep) -> UserOnly:
    found = service.user_by_id(session, user_id)
    service.change_plan(session, found, body.tier)
    return UserOnly(user=_user(found))


@router.get("/jobs")
def jobs(admin: AdminUser, session: SessionDep, status: str = Query("failed", pattern="^failed$")) -> JobList:
    return JobList(jobs=[_job(job, project.title, user.email) for job, project, user in service.failed_jobs(session)])


@router.post("/jobs/{job_id}/retry")
def retry(job_id: str, admin: AdminUser, session: SessionDep, request: Request) -> JobRow:
    job, tier, asked = service.retry(session, service.job_by_id(session, job_id))
    session.commit()  # the job must be queued before any worker hears of it
    request.app.state.dispatch(job.job_id, tier=tier, request=asked)
    return _job(job)


@router.post("/jobs/{job_id}/cancel")
def cancel(job_id: str, admin: AdminUser, session: SessionDep) -> JobRow:
    return _job(service.cancel(session, service.job_by_id(session, job_id)))


@router.get("/analytics")
def analytics_report(
    admin: AdminUser,
    session: SessionDep,
    period: str = Query("day", pattern="^(day|week|month)$"),
    days: int = Query(30, ge=1, le=730),
) -> Analytics:
    return analytics.report(session, period=period, days=days)

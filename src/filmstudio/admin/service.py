"""What an admin does: find users and see their projects, jobs and ledger; adjust credits with a reason;
change a plan; retry or cancel a job; see the failed jobs with their errors."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from filmstudio.credits import service as credits
from filmstudio.credits.plans import PLANS
from filmstudio.errors import Conflict, InvalidInput, NotFound
from filmstudio.film_request import FilmRequest
from filmstudio.jobs import service as jobs
from filmstudio.models import CreditTransaction, Job, Project, User

PAGE = 25


def user_by_id(session: Session, user_id: str) -> User:
    try:
        user = session.get(User, uuid.UUID(user_id))
    except ValueError:
        user = None
    if user is None:
        raise NotFound("No such user.", details={"user_id": user_id[:64]})
    return user


def find_users(session: Session, query: str, page: int) -> tuple[list[tuple[User, int]], int]:
    """Users whose email or name contains the query, newest first, with their project counts."""
    where = []
    if query:
        like = f"%{query.lower()}%"
        where.append(or_(func.lower(User.email).like(like), func.lower(User.full_name).like(like)))
    total = session.scalar(select(func.count()).select_from(User).where(*where)) or 0
    projects = select(func.count()).where(Project.user_id == User.user_id).correlate(User).scalar_subquery()
    rows = session.execute(
        select(User, projects).where(*where).order_by(User.created_at.desc()).offset((page - 1) * PAGE).limit(PAGE)
    ).all()
    return [(user, count) for user, count in rows], total


@dataclass(frozen=True)
class UserActivity:
    """A user's latest projects, jobs (with their project's title) and credit ledger."""

    projects: Sequence[Project]
    jobs: Sequence[tuple[Job, str]]
    ledger: Sequence[CreditTransaction]


def user_detail(session: Session, user: User) -> UserActivity:
    projects = session.scalars(
        select(Project).where(Project.user_id == user.user_id).order_by(Project.created_at.desc()).limit(50)
    ).all()
    job_rows = session.execute(
        select(Job, Project.title)
        .join(Project, Project.project_id == Job.project_id)
        .where(Project.user_id == user.user_id)
        .order_by(Job.created_at.desc())
        .limit(50)
    ).all()
    ledger = credits.history(session, user.user_id, limit=100)
    return UserActivity(projects, [(job, title) for job, title in job_rows], ledger)


def adjust_credits(session: Session, admin: User, user: User, amount: int, reason: str) -> CreditTransaction:
    if amount == 0:
        raise InvalidInput("An adjustment changes the balance: give a non-zero amount.", details={"field": "amount"})
    if amount < 0 and user.credits + amount < 0:  # a valid request the account's state refuses: a conflict
        raise Conflict(
            f"{user.email} has {user.credits} credits; an adjustment cannot take more.",
            details={"field": "amount", "available": user.credits},
        )
    entry = credits.adjust(session, user.user_id, amount, reason=reason, by=admin.user_id)
    session.refresh(user)
    return entry


def change_plan(session: Session, user: User, plan: str) -> None:
    """An admin's override of the plan (a gift, a support case); Stripe subscriptions are not touched."""
    if plan not in PLANS:
        raise InvalidInput(f"Unknown plan '{plan}'.", details={"field": "tier", "plans": sorted(PLANS)})
    user.tier = plan


def set_role(session: Session, email: str, role: str) -> User:
    user = session.scalar(select(User).where(func.lower(User.email) == email.lower()))
    if user is None:
        raise NotFound(f"No account for {email}.")
    user.role = role
    return user


def failed_jobs(session: Session, limit: int = 100) -> list[tuple[Job, Project, User]]:
    rows = session.execute(
        select(Job, Project, User)
        .join(Project, Project.project_id == Job.project_id)
        .join(User, User.user_id == Project.user_id)
        .where(Job.status == "failed")
        .order_by(Job.completed_at.desc())
        .limit(limit)
    ).all()
    return [(job, project, user) for job, project, user in rows]


def job_by_id(session: Session, job_id: str) -> Job:
    try:
        job = session.get(Job, uuid.UUID(job_id))
    except ValueError:
        job = None
    if job is None:
        raise NotFound("No such job.", details={"job_id": job_id[:64]})
    return job


def retry(session: Session, job: Job) -> tuple[Job, str, FilmRequest]:
    """The job queued again, with what its dispatch needs: its owner's plan and its request."""
    jobs.retry(session, job)
    return job, jobs.owner(session, job).tier, FilmRequest.from_settings(job.parameters.get("settings"))


def cancel(session: Session, job: Job) -> Job:
    jobs.cancel(session, job)
    return job

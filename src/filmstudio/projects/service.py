"""Projects belong to one user: every query is scoped by owner, and another user's project is simply
'not found', never 'forbidden', so its existence is not revealed."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, bindparam, func, select
from sqlalchemy.orm import Session

from filmstudio.errors import ProjectNotFound
from filmstudio.models import Asset, Job, Project, YoutubeVideo
from filmstudio.projects.schemas import LatestJob

RECOVERY_DAYS = 30
SORTABLE = {"created_at": Project.created_at, "updated_at": Project.updated_at}


@dataclass(frozen=True)
class Page:
    items: list[Row]  # _page_statement's columns: `completed_at` is when the latest film was made
    total: int
    page: int
    per_page: int

    @property
    def total_pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page)) if self.total else 0


def create(session: Session, *, user_id: uuid.UUID, title: str, script: str, settings: dict[str, Any]) -> Project:
    project = Project(user_id=user_id, title=title, script=script, settings=settings, status="draft")
    session.add(project)
    session.flush()
    return project


def parse_id(project_id: uuid.UUID | str) -> uuid.UUID:
    """A malformed id names no project: it is 'not found', like any other unknown id."""
    if isinstance(project_id, uuid.UUID):
        return project_id
    try:
        return uuid.UUID(project_id)
    except ValueError:
        raise ProjectNotFound("Project not found.", details={"project_id": project_id[:64]}) from None


def get(session: Session, *, user_id: uuid.UUID, project_id: uuid.UUID | str, include_deleted: bool = False) -> Project:
    project_id = parse_id(project_id)
    stmt = select(Project).where(Project.project_id == project_id, Project.user_id == user_id)
    if not include_deleted:
        stmt = stmt.where(Project.deleted_at.is_(None))
    project = session.scalar(stmt)
    if project is None:
        raise ProjectNotFound("Project not found.", details={"project_id": str(project_id)})
    return project


def list_page(
    session: Session,
    *,
    user_id: uuid.UUID,
    page: int,
    per_page: int,
    status: str | None,
    sort: str,
    order: str,
) -> Page:
    """One page of a user's projects, its total and when each one's latest film was made, in one round
    trip (the total as a window over the matches; counted apart only for a page past the end)."""
    values = {"user_id": user_id, "offset": (page - 1) * per_page, "limit": per_page}
    if status:
        values["status"] = status
    rows = session.execute(_page_statement(bool(status), sort, order), values).all()
    total = rows[0].total if rows else 0
    if not rows and page > 1:
        total = session.scalar(_count_statement(bool(status)), values) or 0
    return Page(list(rows), total, page, per_page)


def _matching(filtered: bool) -> list[ColumnElement[bool]]:
    where = [Project.user_id == bindparam("user_id"), Project.deleted_at.is_(None)]
    return [*where, Project.status == bindparam("status")] if filtered else where


@lru_cache(maxsize=16)
def _page_statement(filtered: bool, sort: str, order: str) -> Select:
    """Built once per shape (the hottest read; a statement kept is compiled and keyed once). Columns, not
    entities, and of the settings only the duration: a list never shows scripts or whole requests."""
    column = SORTABLE[sort]
    made = (
        select(func.max(Job.completed_at))
        .where(Job.project_id == Project.project_id, Job.status == "completed")
        .correlate(Project)
        .scalar_subquery()
    )
    return (
        select(
            Project.project_id,
            Project.title,
            Project.status,
            Project.thumbnail_url,
            Project.settings["duration"].label("duration"),
            Project.credits_used,
            Project.created_at,
            made.label("completed_at"),
            func.count().over().label("total"),
        )
        .where(*_matching(filtered))
        .order_by(column.asc() if order == "asc" else column.desc(), Project.project_id)
        .offset(bindparam("offset"))
        .limit(bindparam("limit"))
    )


@lru_cache(maxsize=4)
def list_version(session: Session, *, user_id: uuid.UUID) -> tuple[int, str]:
    """What changes whenever any of the user's listed projects does: how many there are and the last
    time one changed (a job's progress, completion and assets change its project)."""
    count, last = session.execute(_version_statement(), {"user_id": user_id}).one()
    return int(count or 0), str(last)


@lru_cache(maxsize=1)
def _version_statement() -> Select:
    return select(func.count(), func.max(Project.updated_at)).select_from(Project).where(*_matching(False))


def _count_statement(filtered: bool) -> Select:
    return select(func.count()).select_from(Project).where(*_matching(filtered))


def update(session: Session, project: Project, *, changes: dict[str, Any]) -> Project:
    for name in ("title", "script"):
        if changes.get(name) is not None:
            setattr(project, name, changes[name])
    if changes.get("settings") is not None:
        project.settings = {**project.settings, **changes["settings"]}
    project.updated_at = datetime.now(UTC)
    session.flush()
    return project


def soft_delete(session: Session, project: Project) -> None:
    project.deleted_at = datetime.now(UTC)
    session.flush()


def restore(session: Session, *, user_id: uuid.UUID, project_id: uuid.UUID | str) -> Project:
    """Bring back a deleted project within the recovery window."""
    project = get(session, user_id=user_id, project_id=project_id, include_deleted=True)
    deleted = project.deleted_at
    if deleted is not None:
        deleted = deleted if deleted.tzinfo else deleted.replace(tzinfo=UTC)
        if datetime.now(UTC) - deleted > timedelta(days=RECOVERY_DAYS):
            raise ProjectNotFound("Project not found.", details={"project_id": str(project_id)})
    project.deleted_at = None
    session.flush()
    return project


def purge_expired(session: Session, *, now: datetime | None = None) -> int:
    """Remove projects deleted more than the recovery window ago (with their jobs and assets)."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=RECOVERY_DAYS)
    expired = session.scalars(select(Project).where(Project.deleted_at.is_not(None), Project.deleted_at < cutoff)).all()
    for project in expired:
        session.delete(project)
    return len(expired)


def assets_of(session: Session, project_id: uuid.UUID) -> list[Asset]:
    return list(session.scalars(select(Asset).where(Asset.project_id == project_id).order_by(Asset.created_at)))


def latest_youtube(session: Session, project_id: uuid.UUID) -> YoutubeVideo | None:
    return session.scalar(
        select(YoutubeVideo).where(YoutubeVideo.project_id == project_id).order_by(YoutubeVideo.uploaded_at.desc())
    )


def completed_at(session: Session, project_id: uuid.UUID) -> datetime | None:
    return session.scalar(
        select(func.max(Job.completed_at)).where(Job.project_id == project_id, Job.status == "completed")
    )


def latest_job(session: Session, project_id: uuid.UUID) -> LatestJob | None:
    job = session.scalar(select(Job).where(Job.project_id == project_id).order_by(Job.created_at.desc()).limit(1))
    if job is None:
        return None
    return LatestJob(job_id=str(job.job_id), status=job.status, progress=job.progress, error=job.error_message)

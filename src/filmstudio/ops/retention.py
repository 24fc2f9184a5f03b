"""Data retention (the spec's policy): projects deleted more than 30 days ago go, with their media; the
files of jobs that failed more than 90 days ago go. Run hourly by the studio's scheduler (embedded and
Celery alike) with the time passed in, so tests control the clock."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from filmstudio.media.store import MediaStore, key_of_url
from filmstudio.media.store.kinds import ANIMATION, STORYBOARD
from filmstudio.models import Asset, Job, Project
from filmstudio.projects.service import RECOVERY_DAYS

log = logging.getLogger("filmstudio.retention")
FAILED_JOB_FILES_DAYS = 90


def _job_keys(session: Session, job: Job) -> set[str]:
    """Every stored file of a job: its listed assets and the working files kept beside its film."""
    keys = {
        a.s3_key
        for a in session.scalars(select(Asset).where(Asset.project_id == job.project_id))
        if a.meta.get("job_id") == str(job.job_id)
    }
    if (film := key_of_url(job.output_url)) is not None:
        stem = film.removesuffix(".mp4")
        keys |= {STORYBOARD.filename(stem), ANIMATION.filename(stem)}
    return keys


def _delete(store: MediaStore, keys: set[str]) -> int:
    for key in keys:
        try:
            store.delete(key)
        except Exception:  # a file that cannot go now goes at the next run
            log.warning("could not delete %s", key, exc_info=True)
    return len(keys)


def run(session: Session, store: MediaStore, *, now: datetime | None = None) -> dict[str, int]:
    now = now or datetime.now(UTC)
    removed = {"projects": 0, "files": 0, "failed_jobs": 0}
    cutoff = now - timedelta(days=RECOVERY_DAYS)
    for project in session.scalars(
        select(Project).where(Project.deleted_at.is_not(None), Project.deleted_at < cutoff)
    ).all():
        for job in session.scalars(select(Job).where(Job.project_id == project.project_id)).all():
            removed["files"] += _delete(store, _job_keys(session, job))
        session.delete(project)  # its jobs, steps and assets go with it
        removed["projects"] += 1
    old_failures = now - timedelta(days=FAILED_JOB_FILES_DAYS)
    failed = session.scalars(select(Job).where(Job.status == "failed", Job.completed_at < old_failures)).all()
    for job in failed:
        keys = _job_keys(session, job)
        if not keys:
            continue
        removed["files"] += _delete(store, keys)
        for asset in session.scalars(select(Asset).where(Asset.project_id == job.project_id)).all():
            if asset.meta.get("job_id") == str(job.job_id):
                session.delete(asset)
        job.output_url = None
        removed["failed_jobs"] += 1
    session.flush()
    return removed

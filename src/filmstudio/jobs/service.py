"""Jobs: a film being made for a project. The database holds the truth; queues only carry job ids.

Life of a job: created `queued` (credits checked, plan limits enforced) -> claimed by one worker with an
atomic update (`processing`, credits charged) -> `completed` with its assets recorded, or `failed`
(refunded once when the failure was ours), or `cancelled` (refunded). A worker beats while it works;
a job whose beat stops is queued again, up to MAX_ATTEMPTS, then failed and refunded."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from filmstudio.credits import service as credits
from filmstudio.credits.plans import PLANS, check_limits, credits_required
from filmstudio.db.session import rows_changed
from filmstudio.errors import InsufficientCredits, InvalidInput, JobAlreadyProcessing, NotConnected, NotFound
from filmstudio.film_request import FilmRequest, speakers_in
from filmstudio.media.store import MediaKind, StoredMedia, media_url
from filmstudio.models import Asset, Job, JobStep, Project, User
from filmstudio.pipeline.stages import job_steps
from filmstudio.salesforce.capture import record_change

STEPS = job_steps()  # names, order and progress weights come from the stage list
STEP_ORDER = {step.name: i for i, step in enumerate(STEPS)}
ACTIVE = ("queued", "processing")
MAX_ATTEMPTS = 3
STALE_AFTER = timedelta(seconds=20)


def now() -> datetime:
    return datetime.now(UTC)


def create_series(
    session: Session,
    *,
    user: User,
    project: Project,
    overrides: dict[str, Any],
    parts: int,
    publish: dict[str, Any] | None = None,
) -> list[Job]:
    """One queued job per episode of the story (`part` 1..parts), in order, each charged as one film;
    refused whole when the credits cannot pay for every part."""
    request = FilmRequest.from_settings(project.settings, overrides, title=project.title)
    needed = credits_required(request.billed_seconds, request.films) * parts
    if user.credits < needed:
        raise InsufficientCredits(
            f"You don't have enough credits to generate the {parts} episodes of this story.",
            details={"required": needed, "available": user.credits, "parts": parts},
        )
    _check_not_busy(session, project.project_id)
    return [
        create(
            session, user=user, project=project, overrides={**overrides, "part": n}, publish=publish, check_busy=False
        )
        for n in range(1, parts + 1)
    ]


def earlier_part_busy(session: Session, job: Job) -> bool:
    """Whether the episode before this job's is still being made (or published): episodes reach a
    playlist in their order, so a part waits for the one before it."""
    part = (job.parameters.get("settings") or {}).get("part")
    if not isinstance(part, int) or part <= 1:
        return False
    rows = session.scalars(
        select(Job)
        .where(Job.project_id == job.project_id, Job.job_id != job.job_id, Job.created_at <= job.created_at)
        .order_by(Job.created_at.desc())
    ).all()
    earlier = next((r for r in rows if (r.parameters.get("settings") or {}).get("part") == part - 1), None)
    return earlier is not None and earlier.status in ACTIVE


def create(
    session: Session,
    *,
    user: User,
    project: Project,
    overrides: dict[str, Any],
    publish: dict[str, Any] | None = None,
    check_busy: bool = True,
) -> Job:
    """A queued job for the project's film; `publish` (YouTube metadata changes) also publishes it when
    it is made, which needs a connected channel now rather than a failure later."""
    if check_busy:
        _check_not_busy(session, project.project_id)
    request = FilmRequest.from_settings(project.settings, overrides, title=project.title)
    check_limits(
        user.tier,
        duration=request.billed_seconds,
        characters=speakers_in(project.script),
        resolution=request.resolution,
    )
    if PLANS[user.tier].watermark:
        request = request.model_copy(update={"watermark": True})
    needed = credits_required(request.billed_seconds, request.films)
    if user.credits < needed:
        raise InsufficientCredits(
            "You don't have enough credits to generate this video.",
            details={
                "required": needed,
                "available": user.credits,
                "next_reset": f"{user.credit_reset_date}T00:00:00Z" if user.credit_reset_date else None,
            },
        )
    if publish is not None and not (user.youtube_channel_id and user.youtube_refresh_token):
        raise NotConnected("Connect your YouTube channel before asking for the film to be published.")
    parameters = {"settings": request.stored(), "credits": needed, "user_id": str(user.user_id)}
    if publish is not None:
        parameters["youtube"] = publish
    job = Job(project_id=project.project_id, status="queued", parameters=parameters)
    session.add(job)
    session.flush()
    for step in STEPS:
        wanted = (
            not step.on_request
            or (step.name == "youtube_upload" and publish is not None)
            or (step.name == "dubbing" and bool(request.dub))
        )
        session.add(JobStep(job_id=job.job_id, step_name=step.name, status="pending" if wanted else "skipped"))
    project.status = "queued"
    session.flush()
    return job


def get_for_user(session: Session, *, user_id: uuid.UUID, job_id: uuid.UUID | str) -> tuple[Job, Project]:
    try:
        job_uuid = job_id if isinstance(job_id, uuid.UUID) else uuid.UUID(str(job_id))
    except ValueError:
        raise NotFound("Job not found.") from None
    row = session.execute(
        select(Job, Project)
        .join(Project, Project.project_id == Job.project_id)
        .where(Job.job_id == job_uuid, Project.user_id == user_id)
    ).first()
    if row is None:
        raise NotFound("Job not found.", details={"job_id": str(job_id)})
    return row[0], row[1]


def steps_of(session: Session, job_id: uuid.UUID) -> list[JobStep]:
    rows = session.scalars(select(JobStep).where(JobStep.job_id == job_id)).all()
    return sorted(rows, key=lambda s: STEP_ORDER.get(s.step_name, len(STEP_ORDER)))


def _job(session: Session, job_id: uuid.UUID) -> Job:
    """A job the caller has just updated (so it exists)."""
    job = session.get(Job, job_id)
    if job is None:
        raise RuntimeError(f"job {job_id} is gone")
    return job


def _project(session: Session, job: Job) -> Project:
    """A job's project (a foreign key: the project's jobs are deleted with it)."""
    project = session.get(Project, job.project_id)
    if project is None:
        raise RuntimeError(f"job {job.job_id} has no project {job.project_id}")
    return project


def owner(session: Session, job: Job) -> User:
    """The user whose project the job makes a film for."""
    user = session.get(User, _project(session, job).user_id)
    if user is None:  # a foreign key: a user's projects are deleted with them
        raise RuntimeError(f"project {job.project_id} has no user")
    return user


def claim(session: Session, job_id: uuid.UUID, worker_id: str) -> bool:
    """Take a queued job for this worker. Exactly one worker wins, however many try at once."""
    moment = now()
    result = session.execute(
        update(Job)
        .where(Job.job_id == job_id, Job.status == "queued")
        .values(
            status="processing",
            worker_id=worker_id,
            heartbeat_at=moment,
            attempts=Job.attempts + 1,
            started_at=moment,
            updated_at=moment,
        )
    )
    if rows_changed(result) != 1:
        return False
    _set_project_status(session, _job(session, job_id).project_id, "processing")
    return True


def charge(session: Session, job: Job) -> None:
    """Credits are taken when processing starts (once per job, whatever the number of attempts)."""
    project = _project(session, job)
    request = FilmRequest.from_settings(job.parameters["settings"])
    seconds = request.billed_seconds * request.films
    credits.deduct_for_job(
        session,
        user_id=project.user_id,
        project_id=project.project_id,
        job_id=job.job_id,
        credits=int(job.parameters["credits"]),
        seconds=seconds,
    )
    project.credits_used = int(job.parameters["credits"])


def heartbeat(session: Session, job_id: uuid.UUID, worker_id: str) -> str | None:
    """Beat for a job this worker holds; returns its status (so a worker learns of a cancel)."""
    session.execute(
        update(Job)
        .where(Job.job_id == job_id, Job.worker_id == worker_id, Job.status == "processing")
        .values(heartbeat_at=now())
    )
    return session.scalar(select(Job.status).where(Job.job_id == job_id))


def record_step(
    session: Session,
    job_id: uuid.UUID,
    *,
    name: str,
    status: str,
    progress: float,
    seconds: float,
    error: str | None,
    reused: int = 0,
    made: int = 0,
) -> None:
    """A runner's step record (the same status names as job_steps) written to its row."""
    step = session.scalar(select(JobStep).where(JobStep.job_id == job_id, JobStep.step_name == name))
    if step is None:
        return
    if step.status == "pending" and status == "processing":
        step.started_at = now()
    step.status = status
    step.progress = int(round(progress * 100))
    step.duration_seconds = int(round(seconds)) if status in ("completed", "failed") else step.duration_seconds
    step.error_message = error
    if status == "completed":
        step.completed_at = now()
        step.meta = {**(step.meta or {}), "reused": reused, "made": made}
    weights = {plan.name: plan.weight for plan in STEPS}
    overall = 0.0
    for other in steps_of(session, job_id):
        weight = weights.get(other.step_name, 0.0)
        overall += weight * (1.0 if other.status == "completed" else other.progress / 100)
    session.execute(
        update(Job)
        .where(Job.job_id == job_id)
        .values(progress=min(99, int(overall * 100)), current_step=name, updated_at=now())
    )


def record_film(
    session: Session,
    job: Job,
    *,
    files: list[StoredMedia],
    probe: dict[str, Any],
    engines: dict[str, str] | None = None,
) -> None:
    """Record the published files: those a project lists become assets (working files are kept in the
    store beside the film, not listed). The job completes after its publishing steps (`finish`)."""
    project = _project(session, job)
    by_kind = {stored.file.kind: stored for stored in files}
    _add_assets(session, job, files)
    job.output_url = media_url(by_kind[MediaKind.VIDEO].key)
    job.parameters = {**job.parameters, "probe": probe, "engines": engines or {}}
    thumbnail = by_kind.get(MediaKind.THUMBNAIL)
    project.thumbnail_url = media_url(thumbnail.key) if thumbnail else None


def record_dubs(session: Session, job: Job, *, files: list[StoredMedia], probes: dict[str, dict[str, Any]]) -> None:
    """Record the dubbed versions' files as the project's assets, each marked with its language."""
    _add_assets(session, job, files)
    job.parameters = {**job.parameters, "dubbed": probes}


def _add_assets(session: Session, job: Job, files: list[StoredMedia]) -> None:
    for stored in files:
        if stored.file.asset_type is not None:
            session.add(
                Asset(
                    project_id=job.project_id,
                    asset_type=stored.file.asset_type,
                    s3_key=stored.key,
                    url=media_url(stored.key),
                    file_size=stored.size,
                    mime_type=stored.mime_type,
                    meta={**stored.file.meta(), "job_id": str(job.job_id)},
                )
            )


def dubs_recorded(job: Job) -> bool:
    return "dubbed" in job.parameters


def film_recorded(job: Job) -> bool:
    """The film of this job is made and recorded (a worker taking the job over only publishes it)."""
    return job.output_url is not None


def finish(session: Session, job: Job) -> None:
    job.status, job.progress, job.completed_at, job.current_step = "completed", 100, now(), None
    _set_project_status(session, job.project_id, "completed")


def complete(session: Session, job: Job, *, files: list[StoredMedia], probe: dict[str, Any]) -> None:
    record_film(session, job, files=files, probe=probe)
    finish(session, job)


def fail(session: Session, job: Job, message: str, *, ours: bool) -> None:
    """A failure that was ours (a crash, a broken tool) is refunded once; a user's (a script that cannot
    fit, a language we lack) is not."""
    job.status, job.error_message, job.completed_at = "failed", message[:2000], now()
    _set_project_status(session, job.project_id, "failed")
    if ours:
        credits.refund_job(session, job_id=job.job_id, reason=message[:120])


def cancel(session: Session, job: Job) -> None:
    if job.status not in ACTIVE:
        raise InvalidInput(f"The job is already {job.status}.", details={"status": job.status})
    job.status, job.completed_at = "cancelled", now()
    _set_project_status(session, job.project_id, "cancelled")
    credits.refund_job(session, job_id=job.job_id, reason="cancelled")


def hand_back(session: Session, job_id: uuid.UUID, worker_id: str) -> bool:
    """A stopping worker gives its job back: queued again for another worker (charged once already)."""
    result = session.execute(
        update(Job)
        .where(Job.job_id == job_id, Job.worker_id == worker_id, Job.status == "processing")
        .values(status="queued", worker_id=None, updated_at=now())
    )
    if rows_changed(result) == 1:
        _set_project_status(session, _job(session, job_id).project_id, "queued")
        return True
    return False


def next_queued(session: Session) -> uuid.UUID | None:
    return session.scalar(select(Job.job_id).where(Job.status == "queued").order_by(Job.created_at).limit(1))


def recover_stale(session: Session, *, stale_after: timedelta = STALE_AFTER) -> list[uuid.UUID]:
    """Jobs whose worker stopped beating: queue them again (the asset cache makes the redo cheap), or,
    after MAX_ATTEMPTS, fail them and refund. Returns the ids queued again."""
    cutoff = now() - stale_after
    stale = session.scalars(select(Job).where(Job.status == "processing", Job.heartbeat_at < cutoff)).all()
    requeued = []
    for job in stale:
        if job.attempts >= MAX_ATTEMPTS:
            fail(session, job, f"The render stopped {job.attempts} times (worker lost).", ours=True)
            continue
        result = session.execute(
            update(Job)
            .where(Job.job_id == job.job_id, Job.status == "processing", Job.heartbeat_at < cutoff)
            .values(status="queued", worker_id=None, updated_at=now())
        )
        if rows_changed(result) == 1:
            _set_project_status(session, job.project_id, "queued")
            requeued.append(job.job_id)
    return requeued


@dataclass(frozen=True)
class Eta:
    seconds: float | None

    def text(self) -> str | None:
        if self.seconds is None:
            return None
        return f"{int(self.seconds)} seconds" if self.seconds < 120 else f"{int(self.seconds // 60)} minutes"


def remaining(job: Job) -> Eta:
    if job.status != "processing" or not job.started_at or job.progress <= 0:
        return Eta(None)
    elapsed = (now() - job.started_at).total_seconds()
    return Eta(max(0.0, elapsed * (100 - job.progress) / job.progress))


def _set_project_status(session: Session, project_id: uuid.UUID, status: str) -> None:
    """One UPDATE (the project may be held by another session); Salesforce hears of it through the outbox."""
    session.execute(update(Project).where(Project.project_id == project_id).values(status=status))
    record_change(session, "project", project_id)


def _check_not_busy(session: Session, project_id: uuid.UUID) -> None:
    busy = session.scalar(select(Job.job_id).where(Job.project_id == project_id, Job.status.in_(ACTIVE)))
    if busy is not None:
        raise JobAlreadyProcessing(
            "This project already has a film being made. Wait for it to finish or cancel it.",
            details={"job_id": str(busy)},
        )


def retry(session: Session, job: Job) -> None:
    """A failed or cancelled job queued again as it was asked; not charged again (it was charged once)."""
    if job.status not in ("failed", "cancelled"):
        raise InvalidInput(
            f"Only a failed or cancelled job can be retried; this one is {job.status}.", details={"status": job.status}
        )
    _check_not_busy(session, job.project_id)
    job.status, job.error_message, job.progress, job.current_step = "queued", None, 0, None
    job.started_at = job.completed_at = job.heartbeat_at = job.worker_id = None
    job.attempts = 0
    session.execute(
        update(JobStep)
        .where(JobStep.job_id == job.job_id, JobStep.status != "skipped")
        .values(
            status="pending", progress=0, error_message=None, duration_seconds=None, started_at=None, completed_at=None
        )
    )
    _set_project_status(session, job.project_id, "queued")

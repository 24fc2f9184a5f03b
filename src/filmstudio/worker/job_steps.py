"""A job's steps after it is claimed and charged: the film (the pipeline's stages), its dubs, and its
publication. Each step says whether this job wants it (a worker taking over a job whose film is made
only publishes it) and records what it made before the next starts, so a job handed to another worker
resumes where it stopped."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session, sessionmaker

from filmstudio.config import Settings
from filmstudio.db.session import session_scope
from filmstudio.errors import Cancelled, NotFound, StudioError
from filmstudio.film_request import FilmRequest, storyboard_for
from filmstudio.jobs import service as jobs
from filmstudio.media.store import MediaKind, MediaStore, StoredMedia
from filmstudio.models import Job, Project, User
from filmstudio.pipeline.runner import StepRecord, StepStatus
from filmstudio.pipeline.stages import job_steps
from filmstudio.render import FILM_FILES, render_dub, render_storyboard
from filmstudio.storyboard import Storyboard
from filmstudio.storyboards import service as storyboards
from filmstudio.youtube import publish as youtube

STEP_WRITE_SECONDS = 0.5
PART_WAIT_SECONDS = 600.0
# a job keeps the soundtrack (listed as an asset), the storyboard to edit and render again, and the
# animation log beside the film
JOB_FILES = FILM_FILES | {MediaKind.AUDIO, MediaKind.STORYBOARD, MediaKind.ANIMATION}


class StepWriter:
    """Writes step changes to job_steps: every status change at once, progress at most twice a second."""

    def __init__(self, sessions: sessionmaker[Session], job_id: uuid.UUID) -> None:
        self.sessions, self.job_id = sessions, job_id
        self._last: dict[str, float] = {}
        self._status: dict[str, str] = {}
        self._pending: StepRecord | None = None

    def __call__(self, record: StepRecord) -> None:
        moment = time.monotonic()
        changed = self._status.get(record.name) != record.status
        if not changed and moment - self._last.get(record.name, 0.0) < STEP_WRITE_SECONDS:
            self._pending = record
            return
        self._write(record)
        self._pending = None  # older than what was just written
        self._last[record.name], self._status[record.name] = moment, record.status

    def _write(self, record: StepRecord) -> None:
        with session_scope(self.sessions) as session:
            jobs.record_step(
                session,
                self.job_id,
                name=record.name,
                status=record.status,
                progress=record.progress,
                seconds=record.seconds,
                error=record.error,
                reused=record.reused,
                made=record.made,
            )

    def flush(self) -> None:
        if self._pending is not None:
            self._write(self._pending)


@dataclass
class JobRun:
    """What a worker holds of one job while it runs: the job as read when it started, the step recorder,
    the cancel flag the heartbeat sets, and the files published but not yet recorded (removed if the job
    stops before recording them)."""

    sessions: sessionmaker[Session]
    settings: Settings
    store: MediaStore
    job_id: uuid.UUID
    cancel: threading.Event
    request: FilmRequest
    project_id: uuid.UUID
    script: str
    document: dict[str, Any] | None  # the creator's storyboard, when there is one
    film_recorded: bool
    dubs_recorded: bool
    publish_changes: dict[str, Any] | None
    recorder: StepWriter
    unrecorded: list[StoredMedia] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        sessions: sessionmaker[Session],
        settings: Settings,
        store: MediaStore,
        job_id: uuid.UUID,
        cancel: threading.Event,
    ) -> JobRun:
        with session_scope(sessions) as session:
            job = _job(session, job_id)
            project = session.get(Project, job.project_id)
            if project is None:
                raise NotFound("The job's project is gone.")
            return cls(
                sessions,
                settings,
                store,
                job_id,
                cancel,
                FilmRequest.from_settings(job.parameters["settings"], title=project.title),
                project.project_id,
                project.script,
                storyboards.to_render(session, project),
                jobs.film_recorded(job),
                jobs.dubs_recorded(job),
                job.parameters.get("youtube"),
                StepWriter(sessions, job_id),
            )

    @property
    def stem(self) -> str:
        return f"projects/{self.project_id}/{self.job_id}/film"

    def record(self, when: str, write: Callable[[Session, Job], None]) -> None:
        """`write(session, job)` unless the job was cancelled meanwhile; the files it names are kept."""
        with session_scope(self.sessions) as session:
            job = _job(session, self.job_id)
            if job.status == "cancelled":
                raise Cancelled(f"Cancelled {when}.")
            write(session, job)
        self.unrecorded = []

    def finish(self) -> None:
        self.record("while publishing", jobs.finish)

    def discard_unrecorded(self) -> None:
        for stored in self.unrecorded:
            self.store.delete(stored.key)
        self.unrecorded = []


class JobStep(Protocol):
    name: str

    def wanted(self, run: JobRun) -> bool: ...

    def run(self, run: JobRun) -> None: ...


class RenderFilm:
    """The film: the pipeline's stages, each recorded as its own step."""

    name = "film"

    def wanted(self, run: JobRun) -> bool:
        return not run.film_recorded

    def run(self, run: JobRun) -> None:
        board = (
            Storyboard.model_validate(run.document)
            if run.document is not None
            else storyboard_for(run.script, run.request)
        )
        result = render_storyboard(
            board,
            run.request,
            settings=run.settings,
            store=run.store,
            stem=run.stem,
            publish=JOB_FILES,
            on_step=run.recorder,
            cancel_event=run.cancel,
        )
        run.unrecorded = list(result.files)
        run.recorder.flush()
        run.record(
            "after the render",
            lambda session, job: jobs.record_film(
                session, job, files=result.files, probe=result.probe, engines=result.engines
            ),
        )


class _Timed:
    """A job step's record: its status, progress and time so far."""

    def __init__(self, run: JobRun, name: str) -> None:
        self.run, self.name, self.started = run, name, time.monotonic()

    def __call__(self, status: StepStatus, progress: float, error: str | None = None) -> None:
        self.run.recorder(
            StepRecord(
                name=self.name, status=status, progress=progress, seconds=time.monotonic() - self.started, error=error
            )
        )


class DubFilm:
    """The film again in each language the request names, from a fresh storyboard. A failure fails the
    job: the user asked for these films and was charged for them."""

    name = "dubbing"

    def wanted(self, run: JobRun) -> bool:
        return bool(run.request.dub) and not run.dubs_recorded

    def run(self, run: JobRun) -> None:
        stages = [plan.name for plan in job_steps() if not plan.on_request]
        step, languages = _Timed(run, self.name), run.request.dub
        probes: dict[str, dict[str, Any]] = {}
        step("processing", 0.0)
        try:
            for i, language in enumerate(languages):

                def on_stage(record: StepRecord, i: int = i) -> None:
                    done = (stages.index(record.name) + record.progress) / len(stages) if record.name in stages else 0.0
                    step("processing", (i + done) / len(languages))

                result = render_dub(
                    storyboard_for(run.script, run.request),
                    language,
                    run.request,
                    settings=run.settings,
                    store=run.store,
                    stem=run.stem,
                    publish=FILM_FILES,
                    on_step=on_stage,
                    cancel_event=run.cancel,
                )
                run.unrecorded.extend(result.files)
                probes[language] = result.probe
        except StudioError as exc:
            step("failed", 0.0, exc.message)
            run.recorder.flush()
            raise
        step("completed", 1.0)
        run.recorder.flush()
        files = list(run.unrecorded)
        run.record("while dubbing", lambda session, job: jobs.record_dubs(session, job, files=files, probes=probes))


class PublishFilm:
    """The youtube_upload step. Its failure is the step's, not the film's: the job still completes, the
    film stays downloadable, and the upload can be retried from the film's page without rendering."""

    name = "youtube_upload"

    def wanted(self, run: JobRun) -> bool:
        return run.publish_changes is not None

    def run(self, run: JobRun) -> None:
        wait_for_earlier_part(run.sessions, run.job_id, run.cancel)
        step = _Timed(run, self.name)
        step("processing", 0.0)
        try:
            upload_id = self._upload_of(run)
            if upload_id is not None:
                youtube.publish(
                    run.sessions, run.settings, run.store, upload_id, on_progress=lambda f: step("processing", f)
                )
        except StudioError as exc:
            step("failed", 0.0, exc.message)
        else:
            step("completed", 1.0)
        run.recorder.flush()

    @staticmethod
    def _upload_of(run: JobRun) -> uuid.UUID | None:
        """This job's upload: none when it is done, its own when a stopped worker left it, else a new one."""
        with session_scope(run.sessions) as session:
            job = _job(session, run.job_id)
            earlier = youtube.upload_of_job(session, run.job_id)
            if earlier is not None:
                return None if earlier.status == "completed" else earlier.upload_id
            user = session.get(User, uuid.UUID(job.parameters["user_id"]))
            if user is None:
                raise NotFound("The film's owner is gone.")
            return youtube.prepare(session, run.store, user, job, run.publish_changes or {}, run.settings).upload_id


JOB_STEPS: tuple[JobStep, ...] = (RenderFilm(), DubFilm(), PublishFilm())


def wait_for_earlier_part(
    sessions: sessionmaker[Session], job_id: uuid.UUID, cancel: threading.Event, limit: float = PART_WAIT_SECONDS
) -> bool:
    """An episode publishes after the one before it, so the playlist is in the story's order; after
    `limit` seconds (a queue that took the parts out of order on one worker) it publishes anyway."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and not cancel.is_set():
        with session_scope(sessions) as session:
            if not jobs.earlier_part_busy(session, _job(session, job_id)):
                return True
        cancel.wait(2.0)
    return False


def _job(session: Session, job_id: uuid.UUID) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound("The job is gone.")
    return job

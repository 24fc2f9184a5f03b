"""The job task: the same code whether an embedded worker process or a Celery worker runs it.
It takes a job id, opens its own sessions, and keeps the database up to date as it renders."""

from __future__ import annotations

import logging
import threading
import time
import uuid

from filmstudio.config import Settings
from filmstudio.db.session import session_factory, session_scope
from filmstudio.errors import Cancelled, InsufficientCredits, InvalidInput, StudioError
from filmstudio.film_request import FilmRequest, storyboard_for
from filmstudio.jobs import service as jobs
from filmstudio.media.store import MediaKind, StoredMedia, media_store
from filmstudio.models import Job, Project, User
from filmstudio.ops import logs
from filmstudio.pipeline.runner import StepRecord
from filmstudio.pipeline.stages import job_steps
from filmstudio.render import FILM_FILES, render_dub, render_storyboard
from filmstudio.storyboard import Storyboard
from filmstudio.storyboards import service as storyboards
from filmstudio.youtube import publish as youtube

log = logging.getLogger("filmstudio.worker")
BEAT_SECONDS = 2.0
STEP_WRITE_SECONDS = 0.5
# a job keeps the soundtrack (listed as an asset), the storyboard to edit and render again, and the
# animation log beside the film
JOB_FILES = FILM_FILES | {MediaKind.AUDIO, MediaKind.STORYBOARD, MediaKind.ANIMATION}
STOPPING = threading.Event()  # set on SIGTERM: the job in hand goes back to the queue


def run_job(job_id: uuid.UUID | str, settings: Settings, *, worker_id: str) -> str:
    """Claim and render one job. Returns the job's final status, or "skipped" when another worker has it."""
    job_id = uuid.UUID(str(job_id))
    logs.job_id.set(str(job_id))
    sessions = session_factory(settings)
    with session_scope(sessions) as session:
        if not jobs.claim(session, job_id, worker_id):
            return "skipped"
    try:
        with session_scope(sessions) as session:
            jobs.charge(session, session.get(Job, job_id))
    except InsufficientCredits as exc:
        with session_scope(sessions) as session:
            jobs.fail(session, session.get(Job, job_id), exc.message, ours=False)
        return "failed"

    cancel = threading.Event()
    done = threading.Event()
    beat = threading.Thread(target=_beat, args=(sessions, job_id, worker_id, cancel, done), daemon=True)
    beat.start()
    store = media_store(settings)
    published: list[StoredMedia] = []
    try:
        with session_scope(sessions) as session:
            job = session.get(Job, job_id)
            project = session.get(Project, job.project_id)
            request = FilmRequest.from_settings(job.parameters["settings"], title=project.title)
            script, project_id = project.script, project.project_id
            document = storyboards.to_render(session, project)  # the creator's storyboard, when there is one
            recorded, publish_changes = jobs.film_recorded(job), job.parameters.get("youtube")
            dubbed = jobs.dubs_recorded(job)
        recorder = _StepWriter(sessions, job_id)
        if not recorded:  # a worker taking over a job whose film is made only publishes it
            board = (
                Storyboard.model_validate(document)
                if document is not None
                else storyboard_for(script, request)
            )
            result = render_storyboard(board, request, settings=settings, store=store,
                                       stem=f"projects/{project_id}/{job_id}/film", publish=JOB_FILES,
                                       on_step=recorder, cancel_event=cancel)  # fmt: skip
            published = result.files
            recorder.flush()
            with session_scope(sessions) as session:
                job = session.get(Job, job_id)
                if job.status == "cancelled":
                    raise Cancelled("Cancelled after the render.")
                jobs.record_film(session, job, files=result.files, probe=result.probe, engines=result.engines)
            published = []
        if request.dub and not dubbed:
            published, probes = _dub(settings, store, f"projects/{project_id}/{job_id}/film", script, request,
                                     recorder, cancel)  # fmt: skip
            with session_scope(sessions) as session:
                job = session.get(Job, job_id)
                if job.status == "cancelled":
                    raise Cancelled("Cancelled while dubbing.")
                jobs.record_dubs(session, job, files=published, probes=probes)
            published = []
        if publish_changes is not None:
            _wait_for_earlier_part(sessions, job_id, cancel)
            _publish(sessions, settings, store, job_id, publish_changes, recorder)
        with session_scope(sessions) as session:
            job = session.get(Job, job_id)
            if job.status == "cancelled":
                raise Cancelled("Cancelled while publishing.")
            jobs.finish(session, job)
        return "completed"
    except Cancelled:
        if STOPPING.is_set():
            with session_scope(sessions) as session:
                jobs.hand_back(session, job_id, worker_id)
            log.info("worker stopping: job %s handed back to the queue", job_id)
            return "handed_back"
        return "cancelled"
    except (InvalidInput, InsufficientCredits) as exc:  # the script or settings: the user's to fix
        _fail(sessions, job_id, exc.message, ours=False)
        return "failed"
    except StudioError as exc:
        _fail(sessions, job_id, exc.message, ours=True)
        return "failed"
    except Exception as exc:
        log.exception("job %s failed", job_id)
        _fail(sessions, job_id, f"Internal error: {type(exc).__name__}", ours=True)
        return "failed"
    finally:
        done.set()
        beat.join(timeout=5)
        for stored in published:  # published but never recorded: the job did not complete
            store.delete(stored.key)


def _dub(settings: Settings, store, stem: str, script: str, request: FilmRequest, recorder,  # type: ignore[no-untyped-def]
         cancel: threading.Event) -> tuple[list[StoredMedia], dict[str, dict]]:  # fmt: skip
    """The dubbing step: the film again in each language the request names, from a fresh storyboard.
    A failure fails the job (the user asked for these films and was charged for them)."""
    started = time.monotonic()
    stages = [plan.name for plan in job_steps() if not plan.on_request]
    files: list[StoredMedia] = []
    probes: dict[str, dict] = {}

    def step(status: str, progress: float, error: str | None = None) -> None:
        recorder(StepRecord(name="dubbing", status=status, progress=progress,
                            seconds=time.monotonic() - started, error=error))  # type: ignore[arg-type]  # fmt: skip

    step("processing", 0.0)
    try:
        for i, language in enumerate(request.dub):

            def on_stage(record: StepRecord, i: int = i) -> None:
                done = (
                    (stages.index(record.name) + record.progress) / len(stages)
                    if record.name in stages
                    else 0.0
                )
                step("processing", (i + done) / len(request.dub))

            result = render_dub(storyboard_for(script, request), language, request, settings=settings, store=store,
                                stem=stem, publish=FILM_FILES, on_step=on_stage, cancel_event=cancel)  # fmt: skip
            files.extend(result.files)
            probes[language] = result.probe
    except StudioError as exc:
        for stored in files:
            store.delete(stored.key)
        step("failed", 0.0, exc.message)
        recorder.flush()
        raise
    step("completed", 1.0)
    recorder.flush()
    return files, probes


PART_WAIT_SECONDS = 600.0


def _wait_for_earlier_part(sessions, job_id: uuid.UUID, cancel: threading.Event,  # type: ignore[no-untyped-def]
                           limit: float = PART_WAIT_SECONDS) -> bool:  # fmt: skip
    """An episode publishes after the one before it, so the playlist is in the story's order; after
    `limit` seconds (a queue that took the parts out of order on one worker) it publishes anyway."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and not cancel.is_set():
        with session_scope(sessions) as session:
            if not jobs.earlier_part_busy(session, session.get(Job, job_id)):
                return True
        cancel.wait(2.0)
    return False


def _publish(sessions, settings: Settings, store, job_id: uuid.UUID, changes: dict, recorder) -> None:  # type: ignore[no-untyped-def]
    """The youtube_upload step. Its failure is the step's, not the film's: the job still completes, the
    film stays downloadable, and the upload can be retried from the film's page without rendering."""
    started = time.monotonic()

    def step(status: str, progress: float, error: str | None = None) -> None:
        recorder(StepRecord(name="youtube_upload", status=status, progress=progress,
                            seconds=time.monotonic() - started, error=error))  # type: ignore[arg-type]  # fmt: skip

    step("processing", 0.0)
    try:
        with session_scope(sessions) as session:
            job = session.get(Job, job_id)
            earlier = youtube.upload_of_job(session, job_id)
            if earlier is not None and earlier.status == "completed":
                upload_id = None
            elif earlier is not None:  # this job's own upload, left by a worker that stopped: resume it
                upload_id = earlier.upload_id
            else:
                user = session.get(User, uuid.UUID(job.parameters["user_id"]))
                upload_id = youtube.prepare(session, store, user, job, changes, settings).upload_id
        if upload_id is not None:
            youtube.publish(sessions, settings, store, upload_id, on_progress=lambda f: step("processing", f))
    except StudioError as exc:
        step("failed", 0.0, exc.message)
        recorder.flush()
        return
    step("completed", 1.0)
    recorder.flush()


def _fail(sessions, job_id: uuid.UUID, message: str, *, ours: bool) -> None:  # type: ignore[no-untyped-def]
    with session_scope(sessions) as session:
        job = session.get(Job, job_id)
        if job.status == "processing":
            jobs.fail(session, job, message, ours=ours)


def _beat(
    sessions, job_id: uuid.UUID, worker_id: str, cancel: threading.Event, done: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    while not done.wait(BEAT_SECONDS if not cancel.is_set() else 0.5):
        if STOPPING.is_set():
            cancel.set()
            continue
        try:
            with session_scope(sessions) as session:
                status = jobs.heartbeat(session, job_id, worker_id)
            if status == "cancelled":
                cancel.set()
        except Exception:  # a missed beat is retried; the job is only taken over after STALE_AFTER
            log.warning("heartbeat for %s failed", job_id, exc_info=True)


class _StepWriter:
    """Writes step changes to job_steps: every status change at once, progress at most twice a second."""

    def __init__(self, sessions, job_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
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
            jobs.record_step(session, self.job_id, name=record.name, status=record.status, progress=record.progress,
                             seconds=record.seconds, error=record.error, reused=record.reused, made=record.made)  # fmt: skip

    def flush(self) -> None:
        if self._pending is not None:
            self._write(self._pending)

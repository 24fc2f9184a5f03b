"""The job task: the same code whether an embedded worker process or a Celery worker runs it.
It takes a job id, opens its own sessions, and keeps the database up to date as it renders: claim,
charge, the job's steps (worker/job_steps.py), finish."""

from __future__ import annotations

import logging
import threading
import uuid
from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from filmstudio.config import Settings
from filmstudio.db.session import session_factory, session_scope
from filmstudio.errors import Cancelled, InsufficientCredits, InvalidInput, StudioError
from filmstudio.jobs import service as jobs
from filmstudio.media.store import media_store
from filmstudio.models import Job
from filmstudio.ops import logs
from filmstudio.worker.job_steps import JOB_STEPS, JobRun

log = logging.getLogger("filmstudio.worker")
BEAT_SECONDS = 2.0
STOPPING = threading.Event()  # set on SIGTERM: the job in hand goes back to the queue


def run_job(job_id: uuid.UUID | str, settings: Settings, *, worker_id: str) -> str:
    """Claim and render one job. Returns the job's final status, or "skipped" when another worker has it."""
    job_id = uuid.UUID(str(job_id))
    logs.job_id.set(str(job_id))
    sessions = session_factory(settings)
    refused = _claim_and_charge(sessions, job_id, worker_id)
    if refused is not None:
        return refused
    outcome = Outcome(sessions, job_id, worker_id)
    with Heartbeat(sessions, job_id, worker_id) as cancel, outcome:
        run = JobRun.open(sessions, settings, media_store(settings), job_id, cancel)
        try:
            for step in JOB_STEPS:
                if step.wanted(run):
                    step.run(run)
            run.finish()
        finally:
            run.discard_unrecorded()  # published but never recorded: the job did not complete
    return outcome.status


def _claim_and_charge(sessions: sessionmaker[Session], job_id: uuid.UUID, worker_id: str) -> str | None:
    """None when this worker holds the job and its credits are taken; else what became of it."""
    with session_scope(sessions) as session:
        if not jobs.claim(session, job_id, worker_id):
            return "skipped"
    try:
        with session_scope(sessions) as session:
            jobs.charge(session, _job(session, job_id))
    except InsufficientCredits as exc:
        with session_scope(sessions) as session:
            jobs.fail(session, _job(session, job_id), exc.message, ours=False)
        return "failed"
    return None


class Outcome:
    """How the job ended, from what its steps raised: completed, cancelled, handed back to the queue
    (the worker is stopping), or failed (the user's to fix, or ours), never an exception out of the task."""

    def __init__(self, sessions: sessionmaker[Session], job_id: uuid.UUID, worker_id: str) -> None:
        self.sessions, self.job_id, self.worker_id = sessions, job_id, worker_id
        self.status = "completed"

    def __enter__(self) -> Outcome:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> bool:
        if exc is None:
            return False
        if isinstance(exc, Cancelled):
            self.status = "handed_back" if STOPPING.is_set() else "cancelled"
            if STOPPING.is_set():
                with session_scope(self.sessions) as session:
                    jobs.hand_back(session, self.job_id, self.worker_id)
                log.info("worker stopping: job %s handed back to the queue", self.job_id)
            return True
        if not isinstance(exc, Exception):
            return False  # KeyboardInterrupt, SystemExit: not ours to swallow
        if isinstance(exc, (InvalidInput, InsufficientCredits)):  # the script or settings: the user's to fix
            message, ours = exc.message, False
        elif isinstance(exc, StudioError):
            message, ours = exc.message, True
        else:
            log.exception("job %s failed", self.job_id, exc_info=exc)
            message, ours = f"Internal error: {type(exc).__name__}", True
        with session_scope(self.sessions) as session:
            job = _job(session, self.job_id)
            if job.status == "processing":
                jobs.fail(session, job, message, ours=ours)
        self.status = "failed"
        return True


class Heartbeat:
    """Beats for the job while it runs; sets the cancel flag it yields when the job is cancelled or the
    worker is stopping."""

    def __init__(self, sessions: sessionmaker[Session], job_id: uuid.UUID, worker_id: str) -> None:
        self.sessions, self.job_id, self.worker_id = sessions, job_id, worker_id
        self.cancel, self.done = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._beat, daemon=True)

    def __enter__(self) -> threading.Event:
        self.thread.start()
        return self.cancel

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join(timeout=5)

    def _beat(self) -> None:
        while not self.done.wait(BEAT_SECONDS if not self.cancel.is_set() else 0.5):
            if STOPPING.is_set():
                self.cancel.set()
                continue
            try:
                with session_scope(self.sessions) as session:
                    status = jobs.heartbeat(session, self.job_id, self.worker_id)
                if status == "cancelled":
                    self.cancel.set()
            except Exception:  # a missed beat is retried; the job is only taken over after STALE_AFTER
                log.warning("heartbeat for %s failed", self.job_id, exc_info=True)


def _job(session: Session, job_id: uuid.UUID) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise LookupError(f"job {job_id} is gone")
    return job

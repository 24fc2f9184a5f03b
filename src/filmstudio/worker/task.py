"""The job task: the same code whether an embedded worker process or a Celery worker runs it.
It takes a job id, opens its own sessions, and keeps the database up to date as it renders."""

from __future__ import annotations

import logging
import mimetypes
import shutil
import threading
import time
import uuid
from pathlib import Path

from filmstudio.config import Settings
from filmstudio.db.session import session_factory, session_scope
from filmstudio.errors import Cancelled, InsufficientCredits, InvalidInput, StudioError
from filmstudio.jobs import service as jobs
from filmstudio.models import Job, Project
from filmstudio.pipeline.runner import StepRecord
from filmstudio.render import render_storyboard
from filmstudio.render_options import RenderOptions
from filmstudio.script import parse_script
from filmstudio.studio.preview import apply_character_overrides

log = logging.getLogger("filmstudio.worker")
BEAT_SECONDS = 2.0
STEP_WRITE_SECONDS = 0.5


def run_job(job_id: uuid.UUID | str, settings: Settings, *, worker_id: str) -> str:
    """Claim and render one job. Returns the job's final status, or "skipped" when another worker has it."""
    job_id = uuid.UUID(str(job_id))
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
    out_dir = settings.media_dir / "jobs" / str(job_id)
    try:
        with session_scope(sessions) as session:
            job = session.get(Job, job_id)
            project = session.get(Project, job.project_id)
            script, title, params = project.script, project.title, dict(job.parameters["settings"])
            project_id = project.project_id
        options = _options(params, title)
        board = parse_script(script, filename="script.txt", title=title, language=options.language)
        apply_character_overrides(board, params.get("characters") or [])
        recorder = _StepWriter(sessions, job_id)
        result = render_storyboard(board, out_dir / "film.mp4", options, settings=settings, on_step=recorder,
                                   cancel_event=cancel, keep_audio=True)  # fmt: skip
        recorder.flush()
        files = _store(settings, project_id, job_id, result.files)
        with session_scope(sessions) as session:
            job = session.get(Job, job_id)
            if job.status == "cancelled":
                return "cancelled"
            jobs.complete(session, job, files=files, probe=result.probe)
        return "completed"
    except Cancelled:
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
        shutil.rmtree(out_dir, ignore_errors=True)


def _options(params: dict, title: str) -> RenderOptions:
    return RenderOptions(
        title=title, language=params.get("language") or None, duration=params.get("duration"),
        style=params.get("style") or "cinematic", music_genre=params.get("music_genre"),
        subtitles=params.get("subtitle_languages") or params.get("subtitle_language") or [],
        burn_subtitles=bool(params.get("burn_subtitles", params.get("include_subtitles", True))),
        resolution=params.get("resolution") or "720p", fps=int(params.get("fps") or 24),
        aspect=params.get("aspect") or "16:9", watermark=bool(params.get("watermark", False)),
    )  # fmt: skip


def _fail(sessions, job_id: uuid.UUID, message: str, *, ours: bool) -> None:  # type: ignore[no-untyped-def]
    with session_scope(sessions) as session:
        job = session.get(Job, job_id)
        if job.status == "processing":
            jobs.fail(session, job, message, ours=ours)


def _beat(
    sessions, job_id: uuid.UUID, worker_id: str, cancel: threading.Event, done: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    while not done.wait(BEAT_SECONDS if not cancel.is_set() else 0.5):
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
        self._last[record.name], self._status[record.name] = moment, record.status

    def _write(self, record: StepRecord) -> None:
        with session_scope(self.sessions) as session:
            jobs.record_step(session, self.job_id, name=record.name, status=record.status, progress=record.progress,
                             seconds=record.seconds, error=record.error)  # fmt: skip

    def flush(self) -> None:
        if self._pending is not None:
            self._write(self._pending)


def _store(settings: Settings, project_id: uuid.UUID, job_id: uuid.UUID, files: dict[str, Path]) -> dict:
    """Move the finished files into the media store; keys are paths under MEDIA_DIR."""
    stored = {}
    base = f"projects/{project_id}/{job_id}"
    target_dir = settings.media_dir / base
    target_dir.mkdir(parents=True, exist_ok=True)
    for kind, path in files.items():
        target = target_dir / path.name
        shutil.move(str(path), target)
        meta = {}
        if kind.startswith("subtitles."):
            meta = {"language": kind.split(".")[1], "format": kind.split(".")[2]}
        mime = mimetypes.guess_type(target.name)[0] or (
            "text/vtt" if target.suffix == ".vtt" else "application/x-subrip"
        )
        stored[kind] = (f"{base}/{target.name}", target.stat().st_size, mime, meta)
    return stored

"""Films rendered by separate Celery worker processes over a real Redis: the queue carries job ids, the
database holds the truth. A worker killed with SIGKILL mid-render loses nothing: another takes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from filmstudio.app import create_app
from tests.conftest import REDIS_URL, _unavailable
from tests.jobs_helpers import API, generate, ledger, user_with_project, wait_for
from tests.media_checks import ffprobe

pytestmark = pytest.mark.slow
CELERY_REDIS = REDIS_URL.rsplit("/", 1)[0] + "/14"


@pytest.fixture
def celery_settings(db_settings):  # type: ignore[no-untyped-def]
    import redis

    try:
        redis.Redis.from_url(CELERY_REDIS, socket_connect_timeout=2).flushdb()
    except redis.exceptions.ConnectionError as exc:
        _unavailable("Redis", exc)
    return db_settings.model_copy(update={"job_backend": "celery", "redis_url": CELERY_REDIS, "job_stale_seconds": 4.0})


def start_worker(settings, log: Path, extra: dict[str, str] | None = None) -> subprocess.Popen:  # type: ignore[no-untyped-def, type-arg]
    env = {
        **os.environ,
        **(extra or {}),
        "FILMSTUDIO_DATA_DIR": str(settings.data_dir),
        "FILMSTUDIO_CACHE_DIR": str(settings.cache_dir),
        "FILMSTUDIO_REDIS_URL": settings.redis_url,
        "FILMSTUDIO_JOB_BACKEND": "celery",
        "FILMSTUDIO_JOB_STALE_SECONDS": str(settings.job_stale_seconds),
    }
    if settings.database_url:
        env["FILMSTUDIO_DATABASE_URL"] = settings.database_url
    return subprocess.Popen(
        [str(Path(sys.executable).with_name("filmstudio")), "worker"],
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:  # type: ignore[type-arg]
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_a_celery_worker_renders_the_film(celery_settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    worker = start_worker(celery_settings, tmp_path / "worker.log")
    try:
        with TestClient(create_app(celery_settings, migrate=False)) as client:
            auth, project_id = user_with_project(client)
            job = wait_for(client, auth, generate(client, auth, project_id)["job_id"], timeout=180)
            assert job["status"] == "completed", (job, (tmp_path / "worker.log").read_text()[-2000:])
            composed = job["steps"][-3]
            assert (composed["name"], composed["status"]) == ("video_composition", "completed")
            assert composed["made"] + composed["reused"] >= 1  # its segments, drawn or found drawn
            download = client.get(f"{API}/jobs/{job['job_id']}/download", headers=auth["headers"]).json()
            film = celery_settings.media_dir / download["download_url"].split("/media/")[1].split("?")[0]
            assert {s["codec_name"] for s in ffprobe(film)["streams"]} == {"h264", "aac"}
    finally:
        stop(worker)
    assert ledger(celery_settings, "maker@example.com") == [("grant", 3), ("deduction", -1)]


def test_a_killed_celery_worker_loses_nothing(celery_settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = start_worker(celery_settings, tmp_path / "first.log")
    second = None
    try:
        with TestClient(create_app(celery_settings, migrate=False)) as client:
            auth, project_id = user_with_project(client, duration=14)
            job_id = generate(client, auth, project_id)["job_id"]
            job = wait_for(client, auth, job_id, statuses=("processing",), timeout=60)
            deadline = time.monotonic() + 60
            while job["current_step"] != "video_composition" and time.monotonic() < deadline:
                time.sleep(0.2)
                job = client.get(f"{API}/jobs/{job_id}", headers=auth["headers"]).json()
            stop(first, signal.SIGKILL)  # the whole worker, mid-render
            assert client.get(f"{API}/jobs/{job_id}", headers=auth["headers"]).json()["status"] == "processing"
            second = start_worker(celery_settings, tmp_path / "second.log")
            job = wait_for(client, auth, job_id, timeout=180)
            assert job["status"] == "completed", (tmp_path / "second.log").read_text()[-2000:]
    finally:
        stop(first, signal.SIGKILL)
        if second is not None:
            stop(second)
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import Job

    with session_scope(session_factory(celery_settings)) as session:
        done = session.get(Job, uuid.UUID(job_id))
        assert done.attempts == 2 and done.worker_id.startswith("celery-")
    assert ledger(celery_settings, "maker@example.com") == [("grant", 3), ("deduction", -1)]

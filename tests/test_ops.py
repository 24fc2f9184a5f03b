"""Operating the studio: /healthz, /readyz, Prometheus /metrics, JSON logs with request ids, queue
routing (CPU/GPU, priority plans) through a real Redis, data retention with a clock the test controls,
and a worker that hands its job back on SIGTERM."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from filmstudio.config import Settings
from filmstudio.db.session import session_factory, session_scope
from filmstudio.worker.queues import queue_for
from tests.conftest import REDIS_URL, _unavailable
from tests.jobs_helpers import API, user_with_project


def test_health_readiness_and_metrics(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["ready"] is True
    assert set(ready.json()["checks"]) >= {"database", "storage"}
    auth, project_id = user_with_project(client)
    client.post(f"{API}/projects/{project_id}/generate", headers=auth["headers"], json={"settings": {}})
    client.get(f"{API}/projects/{project_id}", headers=auth["headers"])
    response = client.get("/metrics", headers={"X-Request-ID": "trace-me-123"})
    assert response.headers["x-request-id"] == "trace-me-123"
    text = response.text
    assert 'filmstudio_http_requests_total{method="GET",route="/projects/{project_id}",status="200"} 1.0' in text
    assert 'filmstudio_http_request_seconds_bucket{le="0.005",method="GET",route="/projects/{project_id}"}' in text
    assert 'filmstudio_jobs{status="queued"} 1.0' in text
    assert 'filmstudio_queue_depth{queue="database"} 1.0' in text
    assert 'filmstudio_credits_total{type="grant"} 3.0' in text


def test_metrics_can_require_a_scrape_token(client) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import assert_error

    client.app.state.settings.__dict__["metrics_token"] = "scrape-secret"
    assert_error(client.get("/metrics"), 401, "AUTHENTICATION_REQUIRED")
    assert client.get("/metrics", headers={"Authorization": "Bearer scrape-secret"}).status_code == 200


def test_readiness_says_what_is_unreachable(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from filmstudio.app import create_app

    settings = Settings(data_dir=tmp_path / "data", redis_url="redis://127.0.0.1:1/0")
    with TestClient(create_app(settings)) as client:
        ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["checks"]["redis"]["ok"] is False and ready.json()["checks"]["database"]["ok"] is True


def test_json_logs_carry_the_request_id(capsys) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.ops import logs

    logs.configure("json")
    token = logs.request_id.set("req-42")
    try:
        logging.getLogger("filmstudio.test").warning("hello %s", "there")
    finally:
        logs.request_id.reset(token)
        logs.configure("text")
    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert line["message"] == "hello there" and line["request_id"] == "req-42" and line["level"] == "warning"


def test_jobs_are_routed_to_cpu_gpu_and_priority_queues(tmp_path) -> None:
    import redis

    cpu = Settings(data_dir=tmp_path)
    gpu = Settings(data_dir=tmp_path, image_engine="sdxl")
    assert queue_for(tier="free", settings=cpu) == "filmstudio.cpu"
    assert queue_for(tier="pro", settings=cpu) == "filmstudio.cpu.priority"
    assert queue_for(tier="enterprise", settings=gpu) == "filmstudio.gpu.priority"
    assert queue_for(tier="standard", settings=gpu) == "filmstudio.gpu"
    url = REDIS_URL.rsplit("/", 1)[0] + "/12"
    try:
        store = redis.Redis.from_url(url, socket_connect_timeout=2)
        store.flushdb()
    except redis.exceptions.ConnectionError as exc:
        _unavailable("Redis", exc)
    from filmstudio.worker.celery_app import dispatcher

    dispatch = dispatcher(cpu.model_copy(update={"redis_url": url, "job_backend": "celery"}))
    dispatch(uuid.uuid4(), tier="pro")
    dispatch(uuid.uuid4(), tier="free")
    dispatch(uuid.uuid4(), tier="free")
    assert (store.llen("filmstudio.cpu.priority"), store.llen("filmstudio.cpu")) == (1, 2)
    from filmstudio.film_request import FilmRequest

    dispatch(uuid.uuid4(), tier="free", request=FilmRequest(image_engine="sdxl", lipsync_engine="wav2lip"))
    assert store.llen("filmstudio.gpu") == 1  # a project asking for GPU engines: the GPU workers' queue
    message = json.loads(store.lindex("filmstudio.cpu.priority", 0))
    assert message["headers"]["task"] == "filmstudio.run_job"


def test_retention_purges_old_deletions_and_old_failures(db_settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.media.store import media_store
    from filmstudio.models import Asset, Job, Project, User
    from filmstudio.ops import retention

    store = media_store(db_settings)
    sessions = session_factory(db_settings)
    now = datetime(2026, 6, 1, tzinfo=UTC)

    def film(project: Project, status: str, finished: datetime) -> tuple[Job, str]:
        job = Job(project_id=project.project_id, status=status, parameters={}, completed_at=finished)
        session.add(job)
        session.flush()
        key = f"projects/{project.project_id}/{job.job_id}/film.mp4"
        source = tmp_path / f"{job.job_id}.mp4"
        source.write_bytes(b"film")
        store.put(key, source, content_type="video/mp4")
        job.output_url = f"/media/{key}"
        session.add(
            Asset(
                project_id=project.project_id,
                asset_type="video",
                s3_key=key,
                url=job.output_url,
                file_size=4,
                mime_type="video/mp4",
                meta={"job_id": str(job.job_id)},
            )
        )
        return job, key

    with session_scope(sessions) as session:
        user = User(email="old@example.com", password_hash="x")
        session.add(user)
        session.flush()
        gone = Project(user_id=user.user_id, title="gone", script="x", settings={}, deleted_at=now - timedelta(days=31))
        recent = Project(
            user_id=user.user_id, title="recent", script="x", settings={}, deleted_at=now - timedelta(days=29)
        )
        kept = Project(user_id=user.user_id, title="kept", script="x", settings={})
        session.add_all([gone, recent, kept])
        session.flush()
        _, gone_key = film(gone, "completed", now - timedelta(days=40))
        _, recent_key = film(recent, "completed", now - timedelta(days=40))
        _, old_failure = film(kept, "failed", now - timedelta(days=91))
        _, new_failure = film(kept, "failed", now - timedelta(days=89))
        ids = (gone.project_id, recent.project_id)
    with session_scope(sessions) as session:
        assert retention.run(session, store, now=now) == {
            "projects": 1,
            "files": 6,
            "failed_jobs": 1,
        }  # film, storyboard, animation
    assert [store.path(k).exists() for k in (gone_key, recent_key, old_failure, new_failure)] == [
        False,
        True,
        False,
        True,
    ]
    with session_scope(sessions) as session:
        assert session.get(Project, ids[0]) is None and session.get(Project, ids[1]) is not None
        assert retention.run(session, store, now=now) == {"projects": 0, "files": 0, "failed_jobs": 0}


@pytest.mark.slow
def test_a_worker_hands_its_job_back_on_sigterm(db_settings) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from filmstudio.app import create_app
    from filmstudio.models import Job

    with TestClient(create_app(db_settings, migrate=False)) as client:
        auth, project_id = user_with_project(client, duration=20)
        job_id = client.post(
            f"{API}/projects/{project_id}/generate", headers=auth["headers"], json={"settings": {}}
        ).json()["job_id"]
    env = {**os.environ, "FILMSTUDIO_SETTINGS_JSON": db_settings.model_dump_json()}
    proc = subprocess.Popen([sys.executable, "-m", "filmstudio.worker.process", job_id, "w-test"], env=env)
    sessions = session_factory(db_settings)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with session_scope(sessions) as session:
            if session.get(Job, uuid.UUID(job_id)).status == "processing":
                break
        time.sleep(0.1)
    time.sleep(1.5)  # mid-render
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    with session_scope(sessions) as session:
        job = session.get(Job, uuid.UUID(job_id))
        assert (job.status, job.worker_id) == ("queued", None)  # for another worker, charged once already

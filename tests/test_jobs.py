"""Films through the API with the embedded worker pool, on SQLite and PostgreSQL: generate, watch the
progress stream, download and probe the film; cancel; refunds; a worker killed mid-render."""

from __future__ import annotations

import os
import signal
import time
import uuid

import pytest
from fastapi.testclient import TestClient

from filmstudio.app import create_app
from tests.helpers import assert_error
from tests.jobs_helpers import API, generate, ledger, media_file, read_events, user_with_project, wait_for
from tests.media_checks import ffprobe

pytestmark = pytest.mark.slow


@pytest.fixture
def studio(db_settings):  # type: ignore[no-untyped-def]
    settings = db_settings.model_copy(update={"job_stale_seconds": 4.0})
    app = create_app(settings, migrate=False, workers=True)
    with TestClient(app) as client:
        yield client, settings, app


def test_generate_watch_and_download_a_film(studio) -> None:  # type: ignore[no-untyped-def]
    client, settings, _ = studio
    auth, project_id = user_with_project(client)
    accepted = generate(client, auth, project_id, subtitle_languages=["en", "es"])
    assert set(accepted) == {"job_id", "status", "estimated_time", "credits_deducted"}
    assert accepted["status"] == "queued" and accepted["credits_deducted"] == 1
    job_id = accepted["job_id"]

    events = read_events(client, auth, job_id)
    progress = [data["progress"] for name, data in events if name == "progress"]
    assert progress == sorted(progress) and progress[-1] == 100
    assert any(data["status"] == "processing" for _, data in events)
    assert events[-1] == ("end", {"status": "completed"})

    polled = client.get(f"{API}/jobs/{job_id}", headers=auth["headers"])
    job = polled.json()
    again = client.get(f"{API}/jobs/{job_id}", headers={**auth["headers"], "If-None-Match": polled.headers["ETag"]})
    assert again.status_code == 304 and again.content == b""  # a finished job: nothing new to poll
    assert {
        "job_id",
        "project_id",
        "status",
        "progress",
        "current_step",
        "steps",
        "estimated_time_remaining",
        "started_at",
        "updated_at",
    } <= set(job)
    steps = {s["name"]: s for s in job["steps"]}
    assert [s["name"] for s in job["steps"]] == [
        "script_analysis",
        "image_generation",
        "voice_synthesis",
        "lipsync",
        "music_generation",
        "subtitle_generation",
        "video_composition",
        "dubbing",
        "youtube_upload",
    ]
    assert all(
        steps[n]["status"] == "completed" and "duration" in steps[n]
        for n in ("script_analysis", "image_generation", "voice_synthesis", "video_composition")
    )
    assert steps["lipsync"]["status"] == "completed"

    download = client.get(f"{API}/jobs/{job_id}/download", headers=auth["headers"]).json()
    assert set(download) == {"download_url", "expires_in", "file_size", "format", "resolution", "duration"}
    assert (download["format"], download["resolution"], download["expires_in"]) == ("mp4", "1280x720", 3600)
    film = client.get(download["download_url"])
    assert film.status_code == 200 and len(film.content) == download["file_size"]
    part = client.get(download["download_url"], headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == film.content[100:200]
    info = ffprobe(media_file(settings, download["download_url"]))
    assert {s["codec_name"] for s in info["streams"]} == {"h264", "aac"}
    assert abs(float(info["format"]["duration"]) - 6.0) < 0.3

    tampered = download["download_url"].replace("signature=", "signature=x")
    assert_error(client.get(tampered), 404, "NOT_FOUND")
    expired = download["download_url"].split("?")[0] + "?expires=1&signature=abc"
    assert_error(client.get(expired), 404, "NOT_FOUND")

    project = client.get(f"{API}/projects/{project_id}", headers=auth["headers"]).json()
    assert project["status"] == "completed" and project["credits_used"] == 1
    assert set(project["assets"]["subtitle_urls"]) == {"en", "es"}
    subs = client.get(project["assets"]["subtitle_urls"]["es"])
    assert subs.status_code == 200 and "-->" in subs.text
    thumb = client.get(project["assets"]["thumbnail_url"])
    assert thumb.status_code == 200 and thumb.content[:3] == b"\xff\xd8\xff"
    kinds = _asset_types(settings, project_id)
    assert sorted(kinds) == ["audio", "subtitle", "subtitle", "subtitle", "subtitle", "thumbnail", "video"]
    assert ledger(settings, "maker@example.com") == [("grant", 3), ("deduction", -1)]


def test_one_job_at_a_time_per_project_and_plan_limits(studio) -> None:  # type: ignore[no-untyped-def]
    client, settings, app = studio
    app.state.pool.stop()  # keep jobs queued
    auth, project_id = user_with_project(client)
    generate(client, auth, project_id)
    busy = client.post(f"{API}/projects/{project_id}/generate", headers=auth["headers"], json={})
    assert_error(busy, 409, "JOB_ALREADY_PROCESSING")
    other = client.post(f"{API}/projects", headers=auth["headers"], json={"title": "t", "script": "x"}).json()
    for settings_, limit in (({"resolution": "1080p"}, "quality"), ({"duration": 90}, "max_duration")):
        err = assert_error(
            client.post(
                f"{API}/projects/{other['project_id']}/generate", headers=auth["headers"], json={"settings": settings_}
            ),
            403,
            "PLAN_LIMIT_EXCEEDED",
        )
        assert err["details"]["limit"] == limit
    talk = client.post(
        f"{API}/projects", headers=auth["headers"], json={"title": "talk", "script": "ANNA: Hello.\nRAVI: Hi there."}
    ).json()
    err = assert_error(
        client.post(f"{API}/projects/{talk['project_id']}/generate", headers=auth["headers"], json={}),
        403,
        "PLAN_LIMIT_EXCEEDED",
    )
    assert err["details"]["limit"] == "max_characters"
    assert_error(client.get(f"{API}/jobs/{uuid.uuid4()}", headers=auth["headers"]), 404, "NOT_FOUND")
    job_id = client.get(f"{API}/projects/{project_id}", headers=auth["headers"]).json()["latest_job"]["job_id"]
    assert client.get(f"{API}/jobs/{job_id}", headers=auth["headers"]).status_code == 200  # the owner's
    stranger = user_with_project(client, "stranger@example.com")[0]
    for path in (f"jobs/{job_id}", f"jobs/{job_id}/download", f"jobs/{job_id}/events"):
        assert_error(client.get(f"{API}/{path}", headers=stranger["headers"]), 404, "NOT_FOUND")
    assert_error(client.post(f"{API}/jobs/{job_id}/cancel", headers=stranger["headers"]), 404, "NOT_FOUND")


def test_cancel_stops_the_render_and_refunds(studio) -> None:  # type: ignore[no-untyped-def]
    client, settings, app = studio
    auth, project_id = user_with_project(client, duration=20)
    job_id = generate(client, auth, project_id)["job_id"]
    wait_for(client, auth, job_id, statuses=("processing",))
    time.sleep(1.0)
    cancelled = client.post(f"{API}/jobs/{job_id}/cancel", headers=auth["headers"])
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    deadline = time.monotonic() + 10
    while app.state.pool.processes and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not app.state.pool.processes, "the render process did not stop within 10 s"
    assert client.get(f"{API}/projects/{project_id}", headers=auth["headers"]).json()["status"] == "cancelled"
    assert _asset_types(settings, project_id) == []
    assert not list((settings.media_dir / "jobs").glob(f"{job_id}/*"))
    assert sorted(ledger(settings, "maker@example.com")) == sorted([("grant", 3), ("deduction", -1), ("refund", 1)])
    assert_error(client.post(f"{API}/jobs/{job_id}/cancel", headers=auth["headers"]), 422, "INVALID_INPUT")


def test_a_system_failure_fails_the_job_and_refunds_once(db_settings) -> None:  # type: ignore[no-untyped-def]
    settings = db_settings.model_copy(update={"x264_preset": "no-such-preset"})
    with TestClient(create_app(settings, migrate=False, workers=True)) as client:
        auth, project_id = user_with_project(client)
        job = wait_for(client, auth, generate(client, auth, project_id)["job_id"])
    assert job["status"] == "failed" and "ffmpeg" in job["error"]
    assert {s["name"]: s["status"] for s in job["steps"]}["video_composition"] == "failed"
    assert ledger(settings, "maker@example.com") == [("grant", 3), ("deduction", -1), ("refund", 1)]


def test_a_users_error_fails_the_job_without_refund(studio) -> None:  # type: ignore[no-untyped-def]
    client, settings, _ = studio
    long_script = "The sea is calm tonight and the lamps are lit along the shore. " * 6
    auth, project_id = user_with_project(client, duration=5, script=long_script)
    job = wait_for(client, auth, generate(client, auth, project_id)["job_id"])
    assert job["status"] == "failed" and "cut about" in job["error"]
    assert ledger(settings, "maker@example.com") == [("grant", 3), ("deduction", -1)]


def test_a_killed_worker_does_not_lose_the_job(studio) -> None:  # type: ignore[no-untyped-def]
    client, settings, app = studio
    auth, project_id = user_with_project(client, duration=12)
    job_id = generate(client, auth, project_id)["job_id"]
    job = wait_for(client, auth, job_id, statuses=("processing",))
    deadline = time.monotonic() + 30
    while job["current_step"] != "video_composition" and time.monotonic() < deadline:
        time.sleep(0.2)
        job = client.get(f"{API}/jobs/{job_id}", headers=auth["headers"]).json()
    proc = app.state.pool.processes[uuid.UUID(job_id)]
    os.kill(proc.pid, signal.SIGKILL)  # mid-render
    job = wait_for(client, auth, job_id, timeout=120)
    assert job["status"] == "completed"
    assert _attempts(settings, job_id) == 2
    assert ledger(settings, "maker@example.com") == [("grant", 3), ("deduction", -1)]  # charged once


def test_a_job_that_keeps_dying_is_failed_and_refunded(db_settings) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from sqlalchemy import update

    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.jobs import service as jobs
    from filmstudio.models import Job

    with TestClient(create_app(db_settings, migrate=False)) as client:
        auth, project_id = user_with_project(client)
        job_id = uuid.UUID(generate(client, auth, project_id)["job_id"])
    sessions = session_factory(db_settings)
    with session_scope(sessions) as session:
        assert jobs.claim(session, job_id, "w1")
        jobs.charge(session, session.get(Job, job_id))
        session.execute(
            update(Job)
            .where(Job.job_id == job_id)
            .values(attempts=jobs.MAX_ATTEMPTS, heartbeat_at=jobs.now() - timedelta(minutes=5))
        )
    with session_scope(sessions) as session:
        assert jobs.recover_stale(session) == []
    with session_scope(sessions) as session:
        assert session.get(Job, job_id).status == "failed"
    assert ledger(db_settings, "maker@example.com") == [("grant", 3), ("deduction", -1), ("refund", 1)]


def test_several_jobs_at_once(db_settings) -> None:  # type: ignore[no-untyped-def]
    settings = db_settings.model_copy(update={"embedded_workers": 2})
    with TestClient(create_app(settings, migrate=False, workers=True)) as client:
        started = []
        for i in range(3):
            auth, project_id = user_with_project(client, f"u{i}@example.com", duration=6)
            started.append((auth, generate(client, auth, project_id)["job_id"]))
        finished = [wait_for(client, auth, job_id) for auth, job_id in started]
    assert [j["status"] for j in finished] == ["completed"] * 3


def _asset_types(settings, project_id) -> list[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import Asset

    with session_scope(session_factory(settings)) as session:
        return list(session.scalars(select(Asset.asset_type).where(Asset.project_id == uuid.UUID(project_id))))


def _attempts(settings, job_id) -> int:  # type: ignore[no-untyped-def]
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import Job

    with session_scope(session_factory(settings)) as session:
        return session.get(Job, uuid.UUID(job_id)).attempts

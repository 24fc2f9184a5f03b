"""The pipeline's youtube_upload step: a film generated with `youtube_upload: true` is rendered by an
embedded worker and published to the local Google server; a failed upload leaves the film downloadable
and is retried without rendering or charging again."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from filmstudio.app import create_app
from tests.google_server import GoogleServer
from tests.jobs_helpers import API, generate, ledger, media_file, user_with_project, wait_for
from tests.youtube_helpers import connect

pytestmark = pytest.mark.slow


@pytest.fixture
def google():  # type: ignore[no-untyped-def]
    with GoogleServer() as server:
        yield server


@pytest.fixture
def studio(db_settings, google):  # type: ignore[no-untyped-def]
    settings = db_settings.model_copy(update=google.settings())
    app = create_app(settings, migrate=False, workers=True)
    with TestClient(app) as client:
        yield client, settings


def test_a_film_is_published_when_it_is_made(studio, google) -> None:  # type: ignore[no-untyped-def]
    client, settings = studio
    auth, project_id = user_with_project(client, duration=6)
    connect(client, auth)
    job_id = generate(
        client,
        auth,
        project_id,
        youtube_upload=True,
        youtube_playlist="My Videos",
        youtube_settings={"privacy": "unlisted", "notify_subscribers": False},
    )["job_id"]
    job = wait_for(client, auth, job_id, timeout=180)
    assert job["status"] == "completed", job
    step = next(s for s in job["steps"] if s["name"] == "youtube_upload")
    assert step["status"] == "completed", job["steps"]
    project = client.get(f"{API}/projects/{project_id}", headers=auth["headers"]).json()
    (video,) = google.state.videos.values()
    assert project["youtube"]["video_id"] == video["id"]
    assert video["bytes"] == media_file(settings, project["assets"]["video_url"]).read_bytes()
    assert video["status"]["privacyStatus"] == "unlisted" and video["notify"] == "false"
    assert video["snippet"]["title"] == "Dawn and Dusk" and "#AIFilm" in video["snippet"]["description"]
    assert "0:00 " in video["snippet"]["description"]  # chapters, one per scene
    assert set(video["captions"]) == {"en"} and video["thumbnail"][:2] == b"\xff\xd8"
    (playlist,) = google.state.playlists.values()
    assert playlist["title"] == "My Videos"


def test_a_failed_upload_keeps_the_film_and_retries_without_charging(studio, google) -> None:  # type: ignore[no-untyped-def]
    client, settings = studio
    auth, project_id = user_with_project(client, duration=6)
    connect(client, auth)
    google.state.quota = google.state.quota_used + 100  # Google refuses the upload
    job_id = generate(client, auth, project_id, youtube_upload=True)["job_id"]
    job = wait_for(client, auth, job_id, timeout=180)
    assert job["status"] == "completed"
    step = next(s for s in job["steps"] if s["name"] == "youtube_upload")
    assert step["status"] == "failed" and "quota" in step["error"]
    download = client.get(f"{API}/jobs/{job_id}/download", headers=auth["headers"])
    assert download.status_code == 200  # the film is there
    google.state.quota = 100_000
    retry = client.post(f"{API}/youtube/upload", headers=auth["headers"], json={"project_id": project_id})
    assert retry.status_code == 200, retry.text
    assert ledger(settings, "maker@example.com") == [("grant", 3), ("deduction", -1)]  # charged once
    assert len(google.state.videos) == 1

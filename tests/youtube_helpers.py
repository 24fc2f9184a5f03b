"""For YouTube tests: a studio pointed at the local Google server, a connected user, and a made film
(a real MP4, thumbnail and subtitles recorded as a completed job's files, without rendering)."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
from sqlalchemy import select

from filmstudio.db.session import session_scope
from filmstudio.jobs import service as jobs
from filmstudio.media.store import THUMBNAIL, VIDEO, MediaFile, StoredMedia
from filmstudio.models import Project, User
from tests.jobs_helpers import API, user_with_project

SRT = "1\n00:00:00,000 --> 00:00:02,000\nThe sun rises over the quiet sea.\n\n2\n00:00:02,000 --> 00:00:04,000\nAt night, the city lights come on.\n"


def connect(client, auth) -> dict:  # type: ignore[no-untyped-def]
    """The whole consent round trip: the studio's URL, Google's redirect back, the callback."""
    url = client.post(f"{API}/youtube/authorize", headers=auth["headers"]).json()["authorization_url"]
    consent = httpx.get(url, follow_redirects=False, verify=False)  # the browser's part: Google's consent page
    assert consent.status_code == 302, consent.text
    back = parse_qs(urlparse(consent.headers["location"]).query)
    response = client.post(
        f"{API}/youtube/callback", headers=auth["headers"], json={"code": back["code"][0], "state": back["state"][0]}
    )
    assert response.status_code == 200, response.text
    return response.json()


def make_film(app, project_id: str, work: Path, *, seconds: float = 4.0) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """A completed job of the project with a real H.264 film (several 256 KiB chunks), a thumbnail and
    English subtitles in the studio's store."""
    work.mkdir(parents=True, exist_ok=True)
    film, thumb, srt = work / "film.mp4", work / "film.jpg", work / "film.en.srt"
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc2=size=1280x720:rate=24:d={seconds}",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=440:d={seconds}",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-crf",
            "12",
            "-c:a",
            "aac",
            "-shortest",
            str(film),
        ],
        check=True,
    )
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-i", str(film), "-frames:v", "1", "-vf", "scale=1920:1080", str(thumb)],
        check=True,
    )
    srt.write_text(SRT)
    store, sessions = app.state.media_store, app.state.sessions
    with session_scope(sessions) as session:
        project = session.get(Project, uuid.UUID(project_id))
        user = session.get(User, project.user_id)
        job = jobs.create(session, user=user, project=project, overrides={})
        stem = f"projects/{project_id}/{job.job_id}/film"
        files = []
        for file, path in ((VIDEO, film), (THUMBNAIL, thumb), (MediaFile.subtitles("en", "srt"), srt)):
            key = file.filename(stem)
            files.append(StoredMedia(file, key, store.put(key, path, content_type=file.mime_type)))
        jobs.record_film(session, job, files=files, probe={"width": 1280, "height": 720, "duration": seconds})
        jobs.finish(session, job)
        return job.job_id


def connected_user_with_film(client, app, work: Path, email: str = "maker@example.com"):  # type: ignore[no-untyped-def]
    auth, project_id = user_with_project(client, email)
    connect(client, auth)
    job_id = make_film(app, project_id, work)
    return auth, project_id, job_id


def stored_bytes(app, job_id: uuid.UUID, suffix: str) -> bytes:  # type: ignore[no-untyped-def]
    from filmstudio.models import Asset

    with session_scope(app.state.sessions) as session:
        keys = session.scalars(select(Asset.s3_key)).all()
    key = next(k for k in keys if str(job_id) in k and k.endswith(suffix))
    return b"".join(app.state.media_store.read(key))

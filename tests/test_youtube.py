"""Publishing to YouTube against a local server that speaks Google's OAuth 2.0 and the YouTube Data API
v3, driven by the real google-api-python-client and google-auth, on SQLite and PostgreSQL: connecting a
channel, uploading with thumbnail, captions and playlist, resuming, refreshing, quota, revocation."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from filmstudio.app import create_app
from filmstudio.db.session import session_scope
from filmstudio.models import User, YoutubeUpload, YoutubeVideo
from tests.google_server import GoogleServer
from tests.helpers import assert_error
from tests.jobs_helpers import API, user_with_project
from tests.youtube_helpers import connect, connected_user_with_film, stored_bytes


@pytest.fixture
def google():  # type: ignore[no-untyped-def]
    with GoogleServer() as server:
        yield server


@pytest.fixture
def studio(db_settings, google):  # type: ignore[no-untyped-def]
    settings = db_settings.model_copy(update=google.settings())
    app = create_app(settings, migrate=False)
    with TestClient(app) as client:
        yield client, app


def _user(app, email: str = "maker@example.com") -> User:  # type: ignore[no-untyped-def]
    with session_scope(app.state.sessions) as session:
        user = session.scalar(select(User).where(User.email == email))
        session.expunge(user)
        return user


def test_connect_a_channel_with_pkce_and_keep_its_tokens_sealed(studio, google) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    auth, _ = user_with_project(client)
    assert client.get(f"{API}/users/me", headers=auth["headers"]).json()["youtube"]["connected"] is False
    url = client.post(f"{API}/youtube/authorize", headers=auth["headers"]).json()["authorization_url"]
    assert url.startswith(f"{google.url}/o/oauth2/v2/auth?")
    assert "code_challenge_method=S256" in url and "access_type=offline" in url
    body = connect(client, auth)
    assert body == {
        "status": "connected",
        "channel_id": "UCstudioTestChannel00001",
        "channel_title": "Asha's Films",
    }
    me = client.get(f"{API}/users/me", headers=auth["headers"]).json()
    assert me["youtube"] == {
        "connected": True,
        "channel_id": "UCstudioTestChannel00001",
        "channel_title": "Asha's Films",
    }
    user = _user(app)
    refresh = next(iter(google.state.refresh))
    assert refresh not in (user.youtube_refresh_token or "") and user.youtube_refresh_token.startswith("gAAAA")
    assert not any(token in (user.youtube_access_token or "") for token in google.state.access)
    # the state travels once: the same code and state again are refused, and so is a made-up state
    authorize = client.post(f"{API}/youtube/authorize", headers=auth["headers"]).json()["authorization_url"]
    state = authorize.split("state=")[1].split("&")[0]
    forged = client.post(f"{API}/youtube/callback", headers=auth["headers"], json={"code": "4/x", "state": "forged"})
    assert_error(forged, 422, "INVALID_INPUT")
    bad_code = client.post(f"{API}/youtube/callback", headers=auth["headers"], json={"code": "4/x", "state": state})
    assert_error(bad_code, 422, "INVALID_INPUT")  # Google refused the code…
    again = client.post(f"{API}/youtube/callback", headers=auth["headers"], json={"code": "4/x", "state": state})
    assert "used already" in assert_error(again, 422, "INVALID_INPUT")["message"]  # …and the state is spent


def test_another_users_state_is_refused(studio) -> None:  # type: ignore[no-untyped-def]
    client, _ = studio
    asha, _ = user_with_project(client, "asha@example.com")
    ravi, _ = user_with_project(client, "ravi@example.com")
    url = client.post(f"{API}/youtube/authorize", headers=asha["headers"]).json()["authorization_url"]
    state = url.split("state=")[1].split("&")[0]
    response = client.post(f"{API}/youtube/callback", headers=ravi["headers"], json={"code": "4/x", "state": state})
    assert_error(response, 422, "INVALID_INPUT")


def test_disconnect_revokes_the_grant(studio, google) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    auth, _ = user_with_project(client)
    connect(client, auth)
    response = client.post(f"{API}/youtube/disconnect", headers=auth["headers"])
    assert response.json() == {"status": "disconnected", "revoked": True}
    assert google.state.revoked == set(google.state.refresh)
    user = _user(app)
    assert user.youtube_refresh_token is None and user.youtube_channel_id is None


def test_publish_a_film_with_thumbnail_captions_and_playlist(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    auth, project_id, job_id = connected_user_with_film(client, app, tmp_path)
    suggested = client.get(f"{API}/youtube/metadata", params={"project_id": project_id}, headers=auth["headers"])
    assert suggested.status_code == 200 and suggested.json()["title"] == "Dawn and Dusk"
    response = client.post(
        f"{API}/youtube/upload",
        headers=auth["headers"],
        json={
            "project_id": project_id,
            "title": "Dawn <and> Dusk",
            "description": "A day by the sea.",
            "tags": ["sea", "city lights"],
            "category_id": "1",
            "privacy_status": "unlisted",
            "playlist_title": "Studio Films",
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "uploaded" and body["url"] == f"https://www.youtube.com/watch?v={body['video_id']}"
    video = google.state.videos[body["video_id"]]
    assert video["bytes"] == stored_bytes(app, job_id, ".mp4")  # the exact film
    assert video["snippet"]["title"] == "Dawn and Dusk"  # angle brackets are refused by YouTube: removed
    assert video["snippet"]["tags"] == ["sea", "city lights"] and video["status"]["privacyStatus"] == "unlisted"
    assert video["thumbnail"][:3] == b"\xff\xd8\xff" and len(video["thumbnail"]) < 2 * 1024 * 1024
    import io

    from PIL import Image

    assert Image.open(io.BytesIO(video["thumbnail"])).size == (1280, 720)
    assert video["captions"]["en"].decode().startswith("1\n00:00:00,000")
    (playlist,) = google.state.playlists.values()
    assert playlist["title"] == "Studio Films"
    assert google.state.playlist_items == [{"playlistId": playlist["id"], "videoId": body["video_id"]}]
    chunks = [e["content_range"] for e in google.state.log if e["method"] == "PUT"]
    assert len(chunks) >= 3 and all(c.startswith("bytes ") for c in chunks)
    with session_scope(app.state.sessions) as session:
        (row,) = session.scalars(select(YoutubeVideo)).all()
        assert (row.video_id, row.privacy_status, row.playlist_id, row.status) == (
            body["video_id"],
            "unlisted",
            playlist["id"],
            "uploaded",
        )
    # the quota counted here is what Google counted
    quota = client.get(f"{API}/youtube/quota", headers=auth["headers"]).json()
    assert google.state.quota_used == 1 + 1600 + 50 + 400 + 1 + 50 + 50  # channels, upload, thumb, captions, playlist
    assert quota["used"] == 1 + 1600 + 50 + 400 + 1 + 50 + 50
    # a second film goes to the same playlist, found by its title
    second = client.post(
        f"{API}/youtube/upload",
        headers=auth["headers"],
        json={"project_id": project_id, "playlist_title": "studio films"},
    )
    assert second.status_code == 200 and len(google.state.playlists) == 1 and len(google.state.playlist_items) == 2
    # found by its title, the playlist is not made again, nor counted as made
    assert client.get(f"{API}/youtube/quota", headers=auth["headers"]).json()["used"] == google.state.quota_used


def test_a_dropped_connection_resumes_from_the_servers_offset(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    auth, project_id, job_id = connected_user_with_film(client, app, tmp_path)
    google.state.faults.drop_at, google.state.faults.drops = 600 * 1024, 2
    google.state.faults.server_errors = 0
    response = client.post(f"{API}/youtube/upload", headers=auth["headers"], json={"project_id": project_id})
    assert response.status_code == 200, response.text
    assert google.state.videos[response.json()["video_id"]]["bytes"] == stored_bytes(app, job_id, ".mp4")
    ranges = [e["content_range"] for e in google.state.log if e["method"] == "PUT"]
    assert any(r.startswith("bytes */") for r in ranges), ranges  # asked where the server was
    starts = [int(r.split()[1].split("-")[0]) for r in ranges if not r.startswith("bytes */")]
    assert any(s % (256 * 1024) for s in starts), starts  # and went on from its half-chunk offset


def test_5xx_answers_are_retried_with_backoff(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    auth, project_id, job_id = connected_user_with_film(client, app, tmp_path)
    google.state.faults.server_errors = 3
    response = client.post(f"{API}/youtube/upload", headers=auth["headers"], json={"project_id": project_id})
    assert response.status_code == 200, response.text
    assert google.state.videos[response.json()["video_id"]]["bytes"] == stored_bytes(app, job_id, ".mp4")


def test_tokens_expiring_mid_upload_are_refreshed_and_kept(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    auth, project_id, job_id = connected_user_with_film(client, app, tmp_path)
    before = _user(app).youtube_access_token
    google.state.faults.expire_tokens_at = 300 * 1024
    response = client.post(f"{API}/youtube/upload", headers=auth["headers"], json={"project_id": project_id})
    assert response.status_code == 200, response.text
    assert google.state.videos[response.json()["video_id"]]["bytes"] == stored_bytes(app, job_id, ".mp4")
    refreshes = [e for e in google.state.log if e["path"] == "/token"]
    assert len(refreshes) == 2  # the code exchange, then one refresh mid-upload
    assert _user(app).youtube_access_token != before  # the new token is kept (sealed)


def test_a_worker_restart_resumes_the_same_upload_session(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.youtube import publish

    client, app = studio
    auth, project_id, job_id = connected_user_with_film(client, app, tmp_path)
    with session_scope(app.state.sessions) as session:
        user = session.scalar(select(User).where(User.email == "maker@example.com"))
        job = publish.latest_film(session, uuid.UUID(project_id))
        upload_id = publish.prepare(session, app.state.media_store, user, job, {}).upload_id

    class WorkerDied(BaseException):
        pass

    def die_after_two_chunks(fraction: float) -> None:
        if 0 < fraction < 0.9 and len([e for e in google.state.log if e["method"] == "PUT"]) >= 2:
            raise WorkerDied

    with pytest.raises(WorkerDied):
        publish.publish(
            app.state.sessions, app.state.settings, app.state.media_store, upload_id, on_progress=die_after_two_chunks
        )
    with session_scope(app.state.sessions) as session:
        row = session.get(YoutubeUpload, upload_id)
        assert row.bytes_sent == 512 * 1024 and row.resumable_uri
    publish.publish(app.state.sessions, app.state.settings, app.state.media_store, upload_id)  # a new worker
    sessions_started = [
        e for e in google.state.log if e["path"] == "/upload/youtube/v3/videos" and e["method"] == "POST"
    ]
    assert len(sessions_started) == 1  # the same upload session, not a new video
    (video,) = google.state.videos.values()
    assert video["bytes"] == stored_bytes(app, job_id, ".mp4")
    ranges = [e["content_range"] for e in google.state.log if e["method"] == "PUT"]
    assert ranges[2].startswith("bytes */")  # the new worker first asked how far the server got


def test_quota_is_counted_and_an_upload_that_would_pass_it_never_starts(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    auth, project_id, _ = connected_user_with_film(client, app, tmp_path)
    app.state.settings.youtube_daily_quota = 2000  # one upload with captions needs 2,050
    response = client.post(f"{API}/youtube/upload", headers=auth["headers"], json={"project_id": project_id})
    error = assert_error(response, 429, "QUOTA_EXCEEDED")
    reset = datetime.fromisoformat(error["details"]["resets_at"].replace("Z", "+00:00"))
    assert 0 < (reset - datetime.now(UTC)).total_seconds() <= 25 * 3600
    assert not any(e["method"] == "PUT" for e in google.state.log) and not google.state.uploads  # nothing half-done
    # Google's own refusal (the project's quota spent elsewhere) is the same clear error
    app.state.settings.youtube_daily_quota = 10_000
    google.state.quota = google.state.quota_used + 10
    retry = client.post(f"{API}/youtube/upload", headers=auth["headers"], json={"project_id": project_id})
    assert_error(retry, 429, "QUOTA_EXCEEDED")
    uploads = client.get(f"{API}/youtube/uploads", headers=auth["headers"]).json()["uploads"]
    assert uploads[0]["status"] == "failed" and uploads[0]["error"]["code"] == "QUOTA_EXCEEDED"
    # what was reserved and never called (or refused for quota) is given back: the count is Google's
    counted = client.get(f"{API}/youtube/quota", headers=auth["headers"]).json()["used"]
    assert counted == google.state.quota_used and uploads[0]["quota_units"] == 0
    # the film is still there to download, and the retry goes through once there is quota again
    google.state.quota = 100_000
    again = client.post(f"{API}/youtube/upload", headers=auth["headers"], json={"project_id": project_id})
    assert again.status_code == 200, again.text
    assert client.get(f"{API}/youtube/quota", headers=auth["headers"]).json()["used"] == google.state.quota_used


def test_a_revoked_grant_asks_the_user_to_reconnect(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    auth, project_id, _ = connected_user_with_film(client, app, tmp_path)
    google.state.revoked |= set(google.state.refresh)  # the user removed the studio in their Google account
    for grant in google.state.access.values():
        grant["expires"] = 0
    response = client.post(f"{API}/youtube/upload", headers=auth["headers"], json={"project_id": project_id})
    assert "Connect your channel again" in assert_error(response, 409, "NOT_CONNECTED")["message"]
    assert client.get(f"{API}/users/me", headers=auth["headers"]).json()["youtube"]["connected"] is False


def test_another_users_film_and_a_missing_connection_are_refused(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    _, project_id, _ = connected_user_with_film(client, app, tmp_path)
    other, other_project = user_with_project(client, "other@example.com")
    response = client.post(f"{API}/youtube/upload", headers=other["headers"], json={"project_id": project_id})
    assert_error(response, 404, "PROJECT_NOT_FOUND")
    not_made = client.post(f"{API}/youtube/upload", headers=other["headers"], json={"project_id": other_project})
    assert_error(not_made, 404, "NOT_FOUND")
    generate = client.post(
        f"{API}/projects/{other_project}/generate",
        headers=other["headers"],
        json={"settings": {"youtube_upload": True}},
    )
    assert_error(generate, 409, "NOT_CONNECTED")  # refused before anything is charged
    assert not google.state.uploads


def test_metadata_over_youtubes_limits_is_refused_before_anything_is_sent(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, app = studio
    auth, project_id, _ = connected_user_with_film(client, app, tmp_path)
    too_long = client.post(
        f"{API}/youtube/upload",
        headers=auth["headers"],
        json={"project_id": project_id, "title": "x" * 101, "tags": ["a b"] * 200},
    )
    fields = {f["field"] for f in assert_error(too_long, 422, "INVALID_INPUT")["details"]["fields"]}
    assert fields == {"title", "tags"}
    assert not google.state.uploads


def test_a_studio_without_google_credentials_says_so(client) -> None:  # type: ignore[no-untyped-def]
    auth, _ = user_with_project(client)
    response = client.post(f"{API}/youtube/authorize", headers=auth["headers"])
    assert "FILMSTUDIO_YOUTUBE_CLIENT_ID" in assert_error(response, 503, "NOT_CONFIGURED")["message"]


def test_placeholder_token_keys_are_refused_outside_development() -> None:
    from cryptography.fernet import Fernet

    from filmstudio.config import Settings

    base = {"environment": "production", "secret_key": "k" * 20 + "s3cr3t-value-long-enough"}
    with pytest.raises(ValueError, match="must be set"):
        Settings(**base).resolved_token_key()
    with pytest.raises(ValueError, match="Fernet key"):
        Settings(**base, token_encryption_key="change-me").resolved_token_key()
    with pytest.raises(ValueError, match="placeholder"):
        Settings(**base, token_encryption_key="A" * 43 + "=").resolved_token_key()
    key = Fernet.generate_key().decode()
    assert Settings(**base, token_encryption_key=key).resolved_token_key() == key.encode()


def test_a_language_model_writes_the_metadata_when_one_is_set_up(studio, google, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.llm_servers import OPENAI_KEY, OpenAIServer

    client, app = studio
    auth, project_id, _ = connected_user_with_film(client, app, tmp_path)
    with OpenAIServer() as model:
        app.state.settings.__dict__.update(
            {
                "openai_api_key": OPENAI_KEY,
                "openai_base_url": f"{model.url}/v1",
                "openai_model": "gpt-test",
                "llm_engine": "openai",
            }
        )
        meta = client.get(f"{API}/youtube/metadata", params={"project_id": project_id}, headers=auth["headers"]).json()
        assert meta["title"] == "Dawn and Dusk — a short film" and meta["tags"] == ["short film", "sea"]
        assert meta["description"].startswith("A short film about the sea.") and "#AIFilm" in meta["description"]
        model.answer(text="no JSON at all")  # a model that fails leaves the rules' metadata
        app.state.settings.__dict__.update({"llm_max_retries": 0})
        fallback = client.get(
            f"{API}/youtube/metadata", params={"project_id": project_id}, headers=auth["headers"]
        ).json()
        assert fallback["title"] == "Dawn and Dusk"

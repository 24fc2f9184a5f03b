"""Projects through the HTTP API on SQLite and PostgreSQL: shapes, pagination, soft delete with
recovery, and ownership: another user's project is indistinguishable from one that does not exist."""

from __future__ import annotations

import base64
import io
import uuid
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from PIL import Image

from tests.conftest import register_and_login
from tests.helpers import assert_error

API = "/api/v1"


def make_project(client, headers, title="My First Video", duration=60, script="A short story about a journey."):  # type: ignore[no-untyped-def]
    body = {
        "title": title,
        "script": script,
        "settings": {
            "duration": duration,
            "style": "cinematic",
            "music_genre": "epic",
            "language": "en",
            "subtitle_language": ["en", "es"],
        },
    }
    response = client.post(f"{API}/projects", headers=headers, json=body)
    assert response.status_code == 201, response.text
    return response.json()


@pytest.mark.parametrize(("duration", "credits"), [(20, 1), (30, 2), (60, 3), (90, 5), (120, 6)])
def test_create_returns_the_spec_shape_and_estimated_credits(client, duration, credits) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    body = make_project(client, auth["headers"], duration=duration)
    assert set(body) == {"project_id", "title", "status", "created_at", "estimated_credits"}
    assert body["status"] == "draft" and body["estimated_credits"] == credits


def test_get_patch_and_detail_shape(client) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    pid = make_project(client, auth["headers"])["project_id"]
    detail = client.get(f"{API}/projects/{pid}", headers=auth["headers"]).json()
    assert {
        "project_id",
        "title",
        "script",
        "status",
        "settings",
        "assets",
        "youtube",
        "credits_used",
        "created_at",
        "completed_at",
    } <= set(detail)
    assert detail["settings"]["subtitle_language"] == ["en", "es"] and detail["youtube"] is None
    assert detail["assets"] == {
        "video_url": None,
        "thumbnail_url": None,
        "subtitle_urls": {},
        "subtitle_tracks": {},
        "dubs": {},
    }
    patched = client.patch(
        f"{API}/projects/{pid}",
        headers=auth["headers"],
        json={"title": "Updated Title", "script": "Updated script content..."},
    )
    assert patched.status_code == 200
    assert set(patched.json()) == {"project_id", "title", "updated_at"} and patched.json()["title"] == "Updated Title"
    again = client.get(f"{API}/projects/{pid}", headers=auth["headers"]).json()
    assert again["script"] == "Updated script content..." and again["settings"]["duration"] == 60


def test_list_paginates_filters_and_sorts(client, db_settings) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    ids = [make_project(client, auth["headers"], title=f"Film {i:02d}")["project_id"] for i in range(25)]
    page = client.get(f"{API}/projects", headers=auth["headers"], params={"page": 3, "per_page": 10}).json()
    assert (page["total_count"], page["page"], page["per_page"], page["total_pages"]) == (25, 3, 10, 3)
    assert len(page["projects"]) == 5
    summary = page["projects"][0]
    assert set(summary) == {
        "project_id",
        "title",
        "status",
        "thumbnail_url",
        "duration",
        "credits_used",
        "created_at",
        "completed_at",
    }
    newest_first = client.get(f"{API}/projects", headers=auth["headers"], params={"per_page": 100}).json()["projects"]
    oldest_first = client.get(
        f"{API}/projects", headers=auth["headers"], params={"per_page": 100, "order": "asc"}
    ).json()["projects"]
    assert [p["project_id"] for p in oldest_first] == ids and [p["project_id"] for p in newest_first] == ids[::-1]
    client.patch(f"{API}/projects/{ids[0]}", headers=auth["headers"], json={"title": "touched"})
    by_update = client.get(f"{API}/projects", headers=auth["headers"], params={"sort": "updated_at"}).json()
    assert by_update["projects"][0]["project_id"] == ids[0]
    _set_status(db_settings, ids[:4], "completed")
    done = client.get(f"{API}/projects", headers=auth["headers"], params={"status": "completed"}).json()
    assert done["total_count"] == 4 and {p["status"] for p in done["projects"]} == {"completed"}
    empty = client.get(f"{API}/projects", headers=auth["headers"], params={"page": 9}).json()
    assert empty["projects"] == [] and empty["total_count"] == 25


@pytest.mark.parametrize(
    "params", [{"page": 0}, {"per_page": 101}, {"status": "weird"}, {"sort": "title"}, {"order": "up"}]
)
def test_bad_list_parameters(client, params) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    assert_error(client.get(f"{API}/projects", headers=auth["headers"], params=params), 422, "INVALID_INPUT")


@pytest.mark.parametrize(
    "body",
    [
        {"title": "", "script": "x"},
        {"title": "t", "script": "   "},
        {"title": "t", "script": "bad \x00 byte"},
        {"title": "t" * 256, "script": "x"},
        {"title": "t", "script": "x", "settings": {"duration": -5}},
        {"title": "t", "script": "x", "settings": {"resolution": "8k"}},
        {"title": "t", "script": "x", "settings": {"music_genre": "polka-metal"}},
        {"script": "x"},
    ],
)
def test_invalid_projects_are_refused_in_the_error_format(client, body) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    err = assert_error(client.post(f"{API}/projects", headers=auth["headers"], json=body), 422, "INVALID_INPUT")
    assert err["details"]["fields"]


def test_delete_is_soft_and_recoverable_for_30_days(client, db_settings) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    pid = make_project(client, auth["headers"])["project_id"]
    assert client.delete(f"{API}/projects/{pid}", headers=auth["headers"]).status_code == 204
    assert_error(client.get(f"{API}/projects/{pid}", headers=auth["headers"]), 404, "PROJECT_NOT_FOUND")
    assert client.get(f"{API}/projects", headers=auth["headers"]).json()["total_count"] == 0
    restored = client.post(f"{API}/projects/{pid}/restore", headers=auth["headers"])
    assert restored.status_code == 200 and restored.json()["project_id"] == pid
    assert client.get(f"{API}/projects/{pid}", headers=auth["headers"]).status_code == 200

    client.delete(f"{API}/projects/{pid}", headers=auth["headers"])
    _age_deletion(db_settings, pid, days=31)
    assert_error(client.post(f"{API}/projects/{pid}/restore", headers=auth["headers"]), 404, "PROJECT_NOT_FOUND")
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.projects.service import purge_expired

    with session_scope(session_factory(db_settings)) as session:
        assert purge_expired(session) == 1


def test_another_users_project_does_not_exist_for_them(client) -> None:  # type: ignore[no-untyped-def]
    owner = register_and_login(client, "owner@example.com")
    other = register_and_login(client, "other@example.com")
    pid = make_project(client, owner["headers"])["project_id"]
    missing = str(uuid.uuid4())
    routes = [
        ("get", "/projects/{}", None),
        ("patch", "/projects/{}", {"title": "mine now"}),
        ("delete", "/projects/{}", None),
        ("post", "/projects/{}/restore", None),
    ]
    for method, path, body in routes:
        kwargs = {"headers": other["headers"]} | ({"json": body} if body else {})
        theirs = getattr(client, method)(f"{API}{path.format(pid)}", **kwargs)
        nothing = getattr(client, method)(f"{API}{path.format(missing)}", **kwargs)
        a = assert_error(theirs, 404, "PROJECT_NOT_FOUND")
        b = assert_error(nothing, 404, "PROJECT_NOT_FOUND")
        assert a["message"] == b["message"]  # nothing tells the two apart
    assert client.get(f"{API}/projects", headers=other["headers"]).json()["total_count"] == 0
    assert client.get(f"{API}/projects/{pid}", headers=owner["headers"]).json()["title"] == "My First Video"
    assert_error(client.get(f"{API}/projects/not-a-uuid", headers=other["headers"]), 404, "PROJECT_NOT_FOUND")


def _set_status(settings, ids, status) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import Project

    with session_scope(session_factory(settings)) as session:
        session.execute(
            update(Project).where(Project.project_id.in_([uuid.UUID(i) for i in ids])).values(status=status)
        )


def _age_deletion(settings, pid, *, days) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import Project

    with session_scope(session_factory(settings)) as session:
        session.execute(
            update(Project)
            .where(Project.project_id == uuid.UUID(pid))
            .values(deleted_at=datetime.now(UTC) - timedelta(days=days))
        )


def test_storyboard_preview_lets_a_person_choose_each_voice(client) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    script = "MAYA: The boats are home.\nRAVI: Light the lamp."
    plain = client.post(f"{API}/storyboard/preview", headers=auth["headers"], json={"script": script}).json()
    assert [c["name"] for c in plain["characters"]] == ["Maya", "Ravi"]
    portraits = [c["portrait"] for c in plain["characters"]]  # how each will be drawn, as PNG data URLs
    assert all(p.startswith("data:image/png;base64,") for p in portraits) and portraits[0] != portraits[1]
    image = Image.open(io.BytesIO(base64.b64decode(portraits[0].split(",", 1)[1])))
    assert image.size == (160, 180) and np.asarray(image).std() > 20
    assert "festival:kal_diphone" in {v["id"] for v in plain["voices"]}
    assert plain["estimated_credits"] == 3 and plain["plan_problems"]  # two speakers on the Free plan
    chosen = client.post(
        f"{API}/storyboard/preview",
        headers=auth["headers"],
        json={
            "script": script,
            "settings": {"characters": [{"name": "Ravi", "voice": "festival:kal_diphone"}]},
        },
    ).json()
    ravi = next(c for c in chosen["characters"] if c["name"] == "Ravi")
    assert (ravi["voice"]["engine"], ravi["voice"]["voice"]) == ("festival", "kal_diphone")
    sample = client.get(
        f"{API}/voices/preview",
        headers=auth["headers"],
        params={"language": "en", "gender": "male", "voice": "festival:kal_diphone"},
    )
    assert sample.status_code == 200 and sample.content[:4] == b"RIFF" and len(sample.content) > 20_000
    assert_error(
        client.get(f"{API}/voices/preview", headers=auth["headers"], params={"voice": "bad voice!"}),
        422,
        "INVALID_INPUT",
    )


def test_one_language_list_for_every_page(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/v1/languages").json()
    spoken = {entry["code"]: entry for entry in body["spoken"]}
    assert {"en", "hi", "ta", "zh", "ja", "ar"} <= set(spoken) and spoken["en"]["name"] == "English"
    subtitles = {entry["code"]: entry["by"] for entry in body["subtitles"]}
    assert subtitles["es"] == "apertium" and subtitles["fr"] == "apertium"  # fr through es
    assert "hi" not in subtitles  # no route and no language model set up here


def test_list_reads_durations_and_latest_film_time(client, db_settings) -> None:  # type: ignore[no-untyped-def]
    """The list reads columns, not projects: a duration from the stored request (60 s when it has none),
    and when the latest completed job finished."""
    from filmstudio.db.session import session_scope
    from filmstudio.models import Job, Project

    auth = register_and_login(client)
    short = make_project(client, auth["headers"], title="Short", duration=45)["project_id"]
    plain = make_project(client, auth["headers"], title="Plain")["project_id"]
    made = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    with session_scope(client.app.state.sessions) as session:
        session.get(Project, uuid.UUID(plain)).settings = {"style": "anime"}
        session.add_all(
            [
                Job(project_id=uuid.UUID(short), status="completed", completed_at=made - timedelta(days=1)),
                Job(project_id=uuid.UUID(short), status="completed", completed_at=made),
                Job(project_id=uuid.UUID(short), status="failed", completed_at=made + timedelta(days=1)),
            ]
        )
    listed = {p["project_id"]: p for p in client.get(f"{API}/projects", headers=auth["headers"]).json()["projects"]}
    assert (listed[short]["duration"], listed[plain]["duration"]) == (45.0, 60.0)
    assert datetime.fromisoformat(listed[short]["completed_at"].replace("Z", "+00:00")) == made
    assert listed[plain]["completed_at"] is None
    status = client.get(f"{API}/projects", headers=auth["headers"], params={"status": "draft", "per_page": 1})
    assert status.json()["total_count"] == 2 and len(status.json()["projects"]) == 1


def test_hot_reads_refuse_a_deleted_account(client, db_settings) -> None:  # type: ignore[no-untyped-def]
    """GET /projects and GET /jobs/{id} check the account with their own small read: a token outliving
    its account is refused like on every other route."""
    from filmstudio.db.session import session_scope
    from filmstudio.models import User

    auth = register_and_login(client)
    make_project(client, auth["headers"])
    assert client.get(f"{API}/projects", headers=auth["headers"]).status_code == 200
    with session_scope(client.app.state.sessions) as session:
        user = session.get(User, uuid.UUID(client.get(f"{API}/users/me", headers=auth["headers"]).json()["user_id"]))
        user.deleted_at = datetime.now(UTC)
    for path in ("/projects", f"/jobs/{uuid.uuid4()}", "/users/me"):
        err = assert_error(client.get(f"{API}{path}", headers=auth["headers"]), 401, "AUTHENTICATION_REQUIRED")
        assert "no longer exists" in err["message"]


def test_the_list_is_not_modified_until_a_project_changes(client) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    headers = auth["headers"]
    pid = make_project(client, headers)["project_id"]
    first = client.get(f"{API}/projects", headers=headers)
    assert first.status_code == 200 and first.headers["ETag"]
    tag = first.headers["ETag"]
    unchanged = client.get(f"{API}/projects", headers={**headers, "If-None-Match": tag})
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert client.get(f"{API}/projects?per_page=5", headers={**headers, "If-None-Match": tag}).status_code == 200

    client.patch(f"{API}/projects/{pid}", headers=headers, json={"title": "Renamed"})  # a change
    renamed = client.get(f"{API}/projects", headers={**headers, "If-None-Match": tag})
    assert renamed.status_code == 200 and renamed.headers["ETag"] != tag
    assert renamed.json()["projects"][0]["title"] == "Renamed"
    make_project(client, headers)  # and another project
    more = client.get(f"{API}/projects", headers={**headers, "If-None-Match": renamed.headers["ETag"]})
    assert more.status_code == 200 and more.json()["total_count"] == 2

    other = register_and_login(client, email="someone-else@example.com")["headers"]
    theirs = client.get(f"{API}/projects", headers={**other, "If-None-Match": renamed.headers["ETag"]})
    assert theirs.status_code == 200 and theirs.json()["projects"] == []  # a page is its user's alone

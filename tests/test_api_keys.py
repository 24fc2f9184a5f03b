"""API keys (Pro and Enterprise), on SQLite and PostgreSQL: made with chosen scopes and shown once,
kept only as an HMAC, usable as a bearer token or an X-API-Key header, limited to their scopes and to
the project/job/credit routes, revoked at once, rate-limited per key, and refused on the Free plan."""

from __future__ import annotations

from sqlalchemy import select, update

from filmstudio.db.session import session_factory, session_scope
from filmstudio.models import ApiKey, User
from tests.conftest import register_and_login
from tests.helpers import assert_error

API = "/api/v1"
PROJECT = {"title": "By key", "script": "The sea is calm this morning.", "settings": {"duration": 6}}


def _plan(client, email: str, tier: str) -> None:  # type: ignore[no-untyped-def]
    with session_scope(session_factory(client.app.state.settings)) as session:
        session.execute(update(User).where(User.email == email).values(tier=tier))


def test_keys_are_scoped_hashed_revocable_and_for_paid_plans(client) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client, "dev@example.com")
    free = client.post(f"{API}/api-keys", headers=auth["headers"], json={"name": "ci", "scopes": ["projects:read"]})
    assert_error(free, 403, "PLAN_LIMIT_EXCEEDED")
    _plan(client, "dev@example.com", "pro")
    assert_error(
        client.post(f"{API}/api-keys", headers=auth["headers"], json={"name": "x", "scopes": ["admin"]}),
        422,
        "INVALID_INPUT",
    )

    made = client.post(f"{API}/api-keys", headers=auth["headers"], json={"name": "reader", "scopes": ["projects:read"]})
    assert made.status_code == 201, made.text
    reader = made.json()
    assert reader["key"].startswith("fsk_") and reader["prefix"] == reader["key"][:12] and len(reader["key"]) > 40
    writer = client.post(
        f"{API}/api-keys",
        headers=auth["headers"],
        json={"name": "writer", "scopes": ["projects:write", "projects:read", "jobs:read"]},
    ).json()
    with session_scope(session_factory(client.app.state.settings)) as session:  # only an HMAC is kept
        stored = session.scalars(select(ApiKey)).all()
        assert len(stored) == 2 and all(r.key_hash not in (reader["key"], writer["key"]) for r in stored)
        assert all(reader["key"] not in str(v) for r in stored for v in vars(r).values())

    as_writer = {"Authorization": f"Bearer {writer['key']}"}
    created = client.post(f"{API}/projects", headers=as_writer, json=PROJECT)
    assert created.status_code == 201, created.text
    as_reader = {"X-API-Key": reader["key"]}
    listed = client.get(f"{API}/projects", headers=as_reader).json()
    assert [p["title"] for p in listed["projects"]] == ["By key"]
    assert client.get(f"{API}/users/me", headers=as_reader).json()["email"] == "dev@example.com"
    denied = assert_error(client.post(f"{API}/projects", headers=as_reader, json=PROJECT), 403, "INSUFFICIENT_SCOPE")
    assert denied["details"]["needed"] == "projects:write"
    pid = created.json()["project_id"]
    assert_error(client.post(f"{API}/projects/{pid}/generate", headers=as_writer, json={}), 403, "INSUFFICIENT_SCOPE")
    # a key never reaches the account's own business: billing, keys, YouTube
    assert_error(client.get(f"{API}/api-keys", headers=as_writer), 403, "INSUFFICIENT_SCOPE")
    assert_error(client.get(f"{API}/subscriptions/current", headers=as_writer), 403, "INSUFFICIENT_SCOPE")

    keys = client.get(f"{API}/api-keys", headers=auth["headers"]).json()["api_keys"]
    assert {k["name"] for k in keys} == {"reader", "writer"} and all("key" not in k for k in keys)
    assert next(k for k in keys if k["name"] == "reader")["last_used_at"] is not None
    assert client.delete(f"{API}/api-keys/{reader['key_id']}", headers=auth["headers"]).status_code == 204
    assert_error(client.get(f"{API}/projects", headers=as_reader), 401, "AUTHENTICATION_REQUIRED")
    other = register_and_login(client, "other@example.com")
    assert_error(client.delete(f"{API}/api-keys/{writer['key_id']}", headers=other["headers"]), 404, "NOT_FOUND")
    assert_error(client.get(f"{API}/projects", headers={"X-API-Key": "fsk_made_up"}), 401, "AUTHENTICATION_REQUIRED")

    _plan(client, "dev@example.com", "free")  # a plan moved down stops its keys
    assert_error(client.get(f"{API}/projects", headers=as_writer), 403, "PLAN_LIMIT_EXCEEDED")


def test_each_key_has_its_own_rate_limit(client) -> None:  # type: ignore[no-untyped-def]
    client.app.state.settings.api_key_requests_per_minute = 5
    auth = register_and_login(client, "busy@example.com")
    _plan(client, "busy@example.com", "enterprise")
    keys = [
        client.post(
            f"{API}/api-keys", headers=auth["headers"], json={"name": f"k{i}", "scopes": ["projects:read"]}
        ).json()["key"]
        for i in range(2)
    ]
    for _ in range(5):
        assert client.get(f"{API}/projects", headers={"X-API-Key": keys[0]}).status_code == 200
    limited = client.get(f"{API}/projects", headers={"X-API-Key": keys[0]})
    assert_error(limited, 429, "RATE_LIMIT_EXCEEDED")
    assert int(limited.headers["retry-after"]) >= 1
    assert client.get(f"{API}/projects", headers={"X-API-Key": keys[1]}).status_code == 200  # another key
    assert client.get(f"{API}/projects", headers=auth["headers"]).status_code == 200  # the user's sign-in

"""Accounts through the HTTP API, on SQLite and PostgreSQL: the spec's shapes, tokens, refresh rotation,
logout, rate limits and the error format."""

from __future__ import annotations

import jwt
import pytest

from tests.conftest import STRONG_PASSWORD, register_and_login
from tests.helpers import assert_error

API = "/api/v1"


def test_register_returns_the_spec_shape(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post(
        f"{API}/auth/register", json={"email": "New@Example.com", "password": STRONG_PASSWORD, "full_name": "John Doe"}
    )
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"user_id", "email", "full_name", "tier", "credits", "created_at"}
    assert (body["email"], body["full_name"], body["tier"], body["credits"]) == (
        "new@example.com",
        "John Doe",
        "free",
        3,
    )
    assert body["created_at"].endswith("Z")


def test_register_refuses_duplicates_weak_passwords_and_bad_email(client) -> None:  # type: ignore[no-untyped-def]
    register_and_login(client, "a@example.com")
    dup = client.post(f"{API}/auth/register", json={"email": "A@example.com", "password": STRONG_PASSWORD})
    assert_error(dup, 409, "INVALID_INPUT")
    weak = client.post(f"{API}/auth/register", json={"email": "b@example.com", "password": "password"})
    err = assert_error(weak, 422, "INVALID_INPUT")
    assert err["details"]["field"] == "password" and "10 characters" in err["message"]
    own = client.post(f"{API}/auth/register", json={"email": "carol.smith@example.com", "password": "Carol.Smith2024"})
    assert_error(own, 422, "INVALID_INPUT")
    bad = client.post(f"{API}/auth/register", json={"email": "not-an-email", "password": STRONG_PASSWORD})
    assert assert_error(bad, 422, "INVALID_INPUT")["details"]["fields"][0]["field"] == "email"


def test_login_returns_tokens_and_the_user(client, db_settings) -> None:  # type: ignore[no-untyped-def]
    body = register_and_login(client)
    assert set(body) - {"headers"} == {"access_token", "refresh_token", "token_type", "expires_in", "user"}
    assert body["token_type"] == "bearer" and body["expires_in"] == 3600
    assert set(body["user"]) == {"user_id", "email", "tier", "credits"}
    claims = jwt.decode(body["access_token"], db_settings.resolved_secret_key(), algorithms=["HS256"])
    assert claims["exp"] - claims["iat"] == 3600 and claims["sub"] == body["user"]["user_id"]


def test_wrong_password_and_unknown_account_look_the_same(client) -> None:  # type: ignore[no-untyped-def]
    register_and_login(client)
    wrong = assert_error(
        client.post(f"{API}/auth/login", json={"email": "user@example.com", "password": "Nope12345!!"}),
        401,
        "AUTHENTICATION_REQUIRED",
    )
    unknown = assert_error(
        client.post(f"{API}/auth/login", json={"email": "who@example.com", "password": "Nope12345!!"}),
        401,
        "AUTHENTICATION_REQUIRED",
    )
    assert wrong == unknown


def test_me_and_credits_have_the_spec_shapes(client) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    me = client.get(f"{API}/users/me", headers=auth["headers"]).json()
    assert set(me) == {
        "user_id",
        "email",
        "full_name",
        "tier",
        "credits",
        "credit_reset_date",
        "created_at",
        "subscription",
        "youtube",
        "role",
    }
    assert me["subscription"] == {"plan": "free", "status": "active", "expires_at": None}
    assert me["youtube"] == {"connected": False, "channel_id": None, "channel_title": None}
    credits = client.get(f"{API}/users/me/credits", headers=auth["headers"]).json()
    assert set(credits) == {"balance", "tier", "reset_date", "monthly_limit", "history"}
    assert (credits["balance"], credits["monthly_limit"]) == (3, 3)
    entry = credits["history"][0]
    assert set(entry) == {"transaction_id", "type", "amount", "balance_after", "description", "created_at"}
    assert (entry["type"], entry["amount"], entry["balance_after"]) == ("grant", 3, 3)


@pytest.mark.parametrize("header", [None, "Bearer nonsense", "Basic dXNlcjpwYXNz", "Bearer "])
def test_protected_routes_need_a_valid_token(client, header) -> None:  # type: ignore[no-untyped-def]
    headers = {"Authorization": header} if header else {}
    for path in ("/users/me", "/users/me/credits", "/projects"):
        assert_error(client.get(f"{API}{path}", headers=headers), 401, "AUTHENTICATION_REQUIRED")


def test_expired_access_token_is_refused(client, db_settings) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    from filmstudio.auth.security import create_access_token

    expired = create_access_token(auth["user"]["user_id"], secret=db_settings.resolved_secret_key(), seconds=-10)
    err = assert_error(
        client.get(f"{API}/users/me", headers={"Authorization": f"Bearer {expired}"}), 401, "AUTHENTICATION_REQUIRED"
    )
    assert "expired" in err["message"]


def test_refresh_rotates_and_a_used_token_cannot_be_used_again(client) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    first = client.post(f"{API}/auth/refresh", json={"refresh_token": auth["refresh_token"]})
    assert first.status_code == 200
    body = first.json()
    assert body["expires_in"] == 3600 and body["access_token"] and body["refresh_token"] != auth["refresh_token"]
    assert client.get(f"{API}/users/me", headers={"Authorization": f"Bearer {body['access_token']}"}).status_code == 200
    replay = client.post(f"{API}/auth/refresh", json={"refresh_token": auth["refresh_token"]})
    assert_error(replay, 401, "AUTHENTICATION_REQUIRED")
    # the replay revoked the whole family: the rotated token is dead too
    assert_error(
        client.post(f"{API}/auth/refresh", json={"refresh_token": body["refresh_token"]}),
        401,
        "AUTHENTICATION_REQUIRED",
    )


def test_logout_revokes_the_refresh_token(client) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    assert client.post(f"{API}/auth/logout", json={"refresh_token": auth["refresh_token"]}).status_code == 204
    assert_error(
        client.post(f"{API}/auth/refresh", json={"refresh_token": auth["refresh_token"]}),
        401,
        "AUTHENTICATION_REQUIRED",
    )


def test_login_is_rate_limited_per_client_with_a_retry_time(client) -> None:  # type: ignore[no-untyped-def]
    register_and_login(client)
    statuses = [
        client.post(f"{API}/auth/login", json={"email": "x@example.com", "password": "Wrong12345!"}).status_code
        for _ in range(12)
    ]
    assert 429 in statuses
    limited = client.post(f"{API}/auth/login", json={"email": "x@example.com", "password": "Wrong12345!"})
    err = assert_error(limited, 429, "RATE_LIMIT_EXCEEDED")
    assert 0 < err["details"]["retry_after"] <= 61 and limited.headers["Retry-After"] == str(
        err["details"]["retry_after"]
    )


def test_login_is_rate_limited_per_account_across_clients(db_settings) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from filmstudio.app import create_app

    app = create_app(db_settings, migrate=False)
    codes = []
    for i in range(12):  # a different address each time: only the per-account limit can stop this
        with TestClient(app, client=(f"10.0.0.{i}", 5000)) as c:
            if i == 0:
                register_and_login(c, "target@example.com")
            codes.append(
                c.post(f"{API}/auth/login", json={"email": "target@example.com", "password": "Guess12345!"}).json()
            )
    assert codes[-1]["error"]["code"] == "RATE_LIMIT_EXCEEDED"
    assert codes[-1]["error"]["details"]["scope"] == "login-account"


def test_register_is_rate_limited(client) -> None:  # type: ignore[no-untyped-def]
    codes = [
        client.post(
            f"{API}/auth/register", json={"email": f"u{i}@example.com", "password": STRONG_PASSWORD}
        ).status_code
        for i in range(7)
    ]
    assert codes[:5] == [201] * 5 and codes[-1] == 429


def test_errors_never_leak_a_stack_trace(client) -> None:  # type: ignore[no-untyped-def]
    def explode() -> None:
        raise RuntimeError("secret internals at /srv/app.py line 42")

    from fastapi.testclient import TestClient

    client.app.add_api_route("/boom", explode)
    response = TestClient(client.app, raise_server_exceptions=False).get("/boom")
    err = assert_error(response, 500, "INTERNAL_SERVER_ERROR")
    assert "secret" not in response.text and "line 42" not in response.text
    assert err["message"]
    assert_error(client.get(f"{API}/no/such/route"), 404, "NOT_FOUND")
    assert_error(
        client.post(f"{API}/auth/register", content=b"{not json", headers={"Content-Type": "application/json"}),
        422,
        "INVALID_INPUT",
    )


def test_openapi_docs_are_served(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/auth/register",
        "/api/v1/auth/login",
        "/api/v1/auth/refresh",
        "/api/v1/users/me",
        "/api/v1/users/me/credits",
        "/api/v1/projects",
        "/api/v1/projects/{project_id}",
        "/api/v1/subscriptions/plans",
    ):
        assert path in paths


def test_redis_rate_limit_is_shared_between_processes(db_settings) -> None:  # type: ignore[no-untyped-def]
    """Two app instances (as two server processes would be) count against one limit in Redis."""
    import redis
    from fastapi.testclient import TestClient

    from filmstudio.app import create_app
    from tests.conftest import REDIS_URL, _unavailable

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).flushdb()
    except redis.exceptions.ConnectionError as exc:
        _unavailable("Redis", exc)
    settings = db_settings.model_copy(update={"redis_url": REDIS_URL})
    first, second = (
        TestClient(create_app(settings, migrate=False)),
        TestClient(create_app(settings, migrate=False)),
    )
    codes = [
        (first if i % 2 else second)
        .post(f"{API}/auth/login", json={"email": "r@example.com", "password": "Wrong12345!"})
        .status_code
        for i in range(12)
    ]
    assert codes[:10] == [401] * 10 and codes[10:] == [429, 429]


def test_a_write_is_committed_before_its_response_is_sent(db_settings) -> None:  # type: ignore[no-untyped-def]
    """Read-after-write over real HTTP: commits are made slow on purpose, and the moment a sign-up answers
    201 another connection must already see the account (else "log in right after signing up" fails)."""
    import time

    import httpx
    from sqlalchemy import event, select

    from filmstudio.app import create_app
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import User
    from tests.servers import serving

    app = create_app(db_settings, migrate=False)
    event.listen(app.state.sessions, "before_commit", lambda session: time.sleep(0.4))
    with serving(app) as base:
        response = httpx.post(
            f"{base}{API}/auth/register", json={"email": "rw@example.com", "password": STRONG_PASSWORD}, timeout=30
        )
        assert response.status_code == 201
        with session_scope(session_factory(db_settings)) as other:  # a separate connection, right away
            assert other.scalar(select(User.email).where(User.email == "rw@example.com")) == "rw@example.com"

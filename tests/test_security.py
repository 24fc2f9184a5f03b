"""The browser's safety and the API's limits: security headers on every answer (a CSP with no inline
script and no outside origin, no framing, nosniff, a strict referrer policy, HSTS in production), CORS
closed unless origins are named, and request bodies over the limit refused in the error format."""

from __future__ import annotations

from fastapi.testclient import TestClient

from filmstudio.app import create_app
from filmstudio.config import Settings
from tests.conftest import register_and_login
from tests.helpers import assert_error

API = "/api/v1"


def _client(tmp_path, **settings) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(create_app(Settings(data_dir=tmp_path / "data", **settings)))


def test_every_answer_carries_the_security_headers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with _client(tmp_path) as client:
        for response in (
            client.get("/"),
            client.get("/static/app.js"),
            client.get(f"{API}/examples"),
            client.get(f"{API}/projects"),
            client.get("/nowhere"),
            client.get("/healthz"),
        ):
            headers = response.headers
            assert headers["x-content-type-options"] == "nosniff", response.url
            assert headers["x-frame-options"] == "DENY"
            assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
            csp = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
            assert csp["script-src"] == "'self'" and csp["default-src"] == "'self'"
            assert csp["frame-ancestors"] == "'none'" and csp["object-src"] == "'none'"
            assert "unsafe-inline" not in headers["content-security-policy"]
            assert "http" not in headers["content-security-policy"]  # no outside origin
            assert "strict-transport-security" not in headers  # development runs on plain http
        docs = client.get("/docs")  # Swagger UI loads from its CDN: every header but the CSP
        assert docs.status_code == 200 and "content-security-policy" not in docs.headers
        assert docs.headers["x-frame-options"] == "DENY"


def test_production_adds_hsts_and_allows_only_the_outside_origins_it_uses(tmp_path) -> None:  # type: ignore[no-untyped-def]
    key = "k" * 8 + "0123456789abcdefghijklmnopqrstuv"
    with _client(
        tmp_path,
        environment="production",
        secret_key=key,
        stripe_secret_key="sk_live_x",
        s3_bucket="films",
        s3_public_endpoint_url="https://media.example.com",
    ) as client:
        headers = client.get("/").headers
        assert headers["strict-transport-security"].startswith("max-age=63072000")
        csp = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
        assert csp["script-src"] == "'self' https://js.stripe.com"  # the card form, and nothing else
        assert csp["media-src"] == "'self' blob: https://media.example.com"


def test_cors_is_closed_unless_origins_are_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    preflight = {
        "Origin": "https://evil.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization",
    }
    with _client(tmp_path) as client:
        answer = client.options(f"{API}/projects", headers=preflight)
        assert "access-control-allow-origin" not in answer.headers
        assert (
            "access-control-allow-origin"
            not in client.get(f"{API}/examples", headers={"Origin": "https://evil.example"}).headers
        )
    with _client(tmp_path, cors_origins=["https://app.example"]) as client:
        assert "access-control-allow-origin" not in client.options(f"{API}/projects", headers=preflight).headers
        allowed = client.options(f"{API}/projects", headers={**preflight, "Origin": "https://app.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://app.example"


def test_a_body_over_the_limit_is_refused_before_it_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with _client(tmp_path, max_request_bytes=64 * 1024) as client:
        auth = register_and_login(client)
        big = {"title": "Too long", "script": "The sea is calm. " * 10_000, "settings": {}}
        refused = assert_error(
            client.post(f"{API}/projects", headers=auth["headers"], json=big), 413, "PAYLOAD_TOO_LARGE"
        )
        assert refused["details"] == {"limit": 65536}

        def chunks():  # type: ignore[no-untyped-def]
            for _ in range(100):
                yield b"x" * 1024

        streamed = client.post(
            f"{API}/projects", headers={**auth["headers"], "Content-Type": "application/json"}, content=chunks()
        )
        assert_error(streamed, 413, "PAYLOAD_TOO_LARGE")
        small = {"title": "Fits", "script": "The sea is calm.", "settings": {}}
        assert client.post(f"{API}/projects", headers=auth["headers"], json=small).status_code == 201

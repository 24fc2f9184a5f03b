"""Limits where the studio spends: per account and per API key on the routes that cost CPU, money or
quota (429 in the error format, with Retry-After), shared between processes through Redis; the client's
address taken from X-Forwarded-For only when the peer is a trusted proxy; outside development, metrics
closed without a token and no process starting with an example's secret."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import update

from filmstudio.app import create_app
from filmstudio.config import Settings, looks_like_placeholder
from filmstudio.db.session import session_factory, session_scope
from filmstudio.models import User
from filmstudio.ops.deployment import PROCESSES, check_process, missing_settings
from tests.conftest import REDIS_URL, ROOT, _unavailable, register_and_login
from tests.helpers import assert_error

API = "/api/v1"
SCRIPT = {"script": "Maya walks to the river. She smiles."}


def _settings(tmp_path: Path, cache_dir: Path, **changes) -> Settings:  # type: ignore[no-untyped-def]
    return Settings(data_dir=tmp_path / "data", cache_dir=cache_dir, **changes)


def _preview(client: TestClient, headers: dict) -> httpx.Response:
    return client.post(f"{API}/storyboard/preview", headers=headers, json=SCRIPT)


def test_a_caller_over_the_limit_is_told_when_to_come_back_and_others_are_not_held(tmp_path, cache_dir) -> None:  # type: ignore[no-untyped-def]
    limits = {"read": 3, "voice": 1, "billing": 2}
    with TestClient(create_app(_settings(tmp_path, cache_dir, spend_limits_per_minute=limits))) as client:
        maya = register_and_login(client, "maya@example.com")
        ravi = register_and_login(client, "ravi@example.com")
        assert [_preview(client, maya["headers"]).status_code for _ in range(3)] == [200, 200, 200]
        refused = _preview(client, maya["headers"])
        error = assert_error(refused, 429, "RATE_LIMIT_EXCEEDED")
        assert 1 <= int(refused.headers["Retry-After"]) <= 60 and error["details"]["scope"] == "read"
        assert _preview(client, ravi["headers"]).status_code == 200  # another account has its own count

        # each scope counts apart: one voice sample, then 429 — while reading is still refused
        sample = {"language": "en", "gender": "female"}
        first = client.get(f"{API}/voices/preview", headers=maya["headers"], params=sample)
        assert first.status_code == 200 and first.content[:4] == b"RIFF"
        assert_error(
            client.get(f"{API}/voices/preview", headers=maya["headers"], params=sample), 429, "RATE_LIMIT_EXCEEDED"
        )

        # money: purchases and plan changes are limited before Stripe is called (here, not configured)
        codes = [
            client.post(f"{API}/credits/purchase", headers=ravi["headers"], json={"packs": 1}).status_code
            for _ in range(3)
        ]
        assert 429 not in codes[:2] and codes[2] == 429

        # an API key is counted by itself, not with its owner's sign-in
        with session_scope(session_factory(client.app.state.settings)) as session:
            session.execute(update(User).where(User.email == "maya@example.com").values(tier="pro"))
        made = client.post(
            f"{API}/api-keys", headers=maya["headers"], json={"name": "ci", "scopes": ["projects:write", "jobs:write"]}
        ).json()
        as_key = {"X-API-Key": made["key"]}
        assert [_preview(client, as_key).status_code for _ in range(4)] == [200, 200, 200, 429]

        # a request without credentials is refused as before (401), counted by its address meanwhile
        assert_error(client.post(f"{API}/storyboard/preview", json=SCRIPT), 401, "AUTHENTICATION_REQUIRED")


def test_two_processes_share_the_limits_through_redis(tmp_path, cache_dir) -> None:  # type: ignore[no-untyped-def]
    import redis

    url = REDIS_URL.rsplit("/", 1)[0] + "/10"  # its own: other files' tests share the default one
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).flushdb()
    except redis.exceptions.ConnectionError as exc:
        _unavailable("Redis", exc)
    settings = _settings(tmp_path, cache_dir, redis_url=url, spend_limits_per_minute={"read": 2})
    with TestClient(create_app(settings)) as first, TestClient(create_app(settings, migrate=False)) as second:
        auth = register_and_login(first, "maya@example.com")
        assert _preview(first, auth["headers"]).status_code == 200
        assert _preview(second, auth["headers"]).status_code == 200
        refused = _preview(first, auth["headers"])
        assert_error(refused, 429, "RATE_LIMIT_EXCEEDED")
        assert int(refused.headers["Retry-After"]) >= 1


def _login_attempts(app, peer: str, forwarded: str) -> int:  # type: ignore[no-untyped-def]
    """Failed logins from `peer` claiming to forward for `forwarded`, until the address limit answers 429."""
    with TestClient(app, client=(peer, 40000)) as client:
        for attempt in range(1, 20):
            body = {"email": f"nobody{attempt}-{forwarded}@example.com", "password": "Wrong-pass-1"}
            answer = client.post(f"{API}/auth/login", json=body, headers={"X-Forwarded-For": forwarded})
            if answer.status_code == 429:
                assert answer.json()["error"]["details"]["scope"] == "login-client"
                return attempt
    return 0


def test_the_clients_address_is_believed_only_from_a_trusted_proxy(tmp_path, cache_dir) -> None:  # type: ignore[no-untyped-def]
    trusted = create_app(_settings(tmp_path, cache_dir, login_limit_per_minute=3, forwarded_allow_ips="10.0.0.0/16"))
    # behind the balancer (10.0.x.x): each real client has its own limit, not one for the whole site
    assert _login_attempts(trusted, "10.0.1.5", "203.0.113.7") == 4
    assert _login_attempts(trusted, "10.0.1.5", "198.51.100.4") == 4
    # a client reaching the studio directly cannot choose its address by sending the header
    assert _login_attempts(trusted, "192.0.2.50", "203.0.113.99") == 4
    assert _login_attempts(trusted, "192.0.2.50", "203.0.113.98") == 1
    # with no proxy trusted (the default), the header is never believed
    plain = create_app(_settings(tmp_path / "plain", cache_dir, login_limit_per_minute=3))
    assert _login_attempts(plain, "10.0.1.5", "203.0.113.7") == 4
    assert _login_attempts(plain, "10.0.1.5", "203.0.113.8") == 1


GOOD = {  # generated values, as a deployment's secret store holds them
    "FILMSTUDIO_ENVIRONMENT": "production",
    "FILMSTUDIO_SECRET_KEY": "q3Zr8vXk1N0pWb6TfYc2LhJd9SgAeUo7MiRnKt4EyQw5",
    "FILMSTUDIO_TOKEN_ENCRYPTION_KEY": "1pAOBc5pGbIWZmpHpcoKTxuzkgx-79q7xv-2wTJsS0c=",
    "FILMSTUDIO_DATABASE_URL": "postgresql://studio:Vh2kQ9xLr7TzPm4W@db:5432/studio",
    "FILMSTUDIO_REDIS_URL": "redis://redis:6379/0",
    "FILMSTUDIO_JOB_BACKEND": "celery",
    "FILMSTUDIO_S3_BUCKET": "films",
    "FILMSTUDIO_METRICS_TOKEN": "b7Xq2LmN9pR4sT6vW8yZ1aC3",
    "FILMSTUDIO_WORKER_GPU": "true",
}


def _from_env(monkeypatch, env: dict[str, str]) -> Settings:  # type: ignore[no-untyped-def]
    for name in list(GOOD):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return Settings(_env_file=None)  # type: ignore[call-arg]


def test_each_process_starts_only_with_what_it_needs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for process in PROCESSES:
        check_process(_from_env(monkeypatch, GOOD), process)
    for name in PROCESSES["api"].required:
        if name == "FILMSTUDIO_ENVIRONMENT":
            continue
        settings = _from_env(monkeypatch, {k: v for k, v in GOOD.items() if k != name})
        assert name in " ".join(missing_settings(settings, "api")), name
        with pytest.raises(ValueError, match=name):
            check_process(settings, "api")
    without_gpu = _from_env(monkeypatch, {**GOOD, "FILMSTUDIO_WORKER_GPU": "false"})
    assert missing_settings(without_gpu, "worker-gpu") == ["FILMSTUDIO_WORKER_GPU=true"]
    # development needs nothing: the studio runs on its embedded defaults
    assert missing_settings(_from_env(monkeypatch, {}), "api") == []


def _example_secrets() -> list[str]:
    """Every secret the repository's examples write: the compose .env example, the chart's values, the
    README's shell lines."""
    values = []
    example = (ROOT / "deploy" / "compose.env.example").read_text()
    values += [v for k, v in re.findall(r"^(\w+)=(.+)$", example, re.M) if re.search(r"KEY|PASSWORD|TOKEN|SECRET", k)]
    readme = (ROOT / "README.md").read_text()
    values += re.findall(r"FILMSTUDIO_(?:SECRET_KEY|METRICS_TOKEN)=([^\s`'\"]+)", readme)
    chart = yaml.safe_load((ROOT / "deploy" / "helm" / "filmstudio" / "values.yaml").read_text())
    text = yaml.safe_dump(chart)
    values += re.findall(r"(?:KEY|TOKEN|PASSWORD|SECRET)\w*:\s+(\S{6,})", text)
    return [v for v in values if v and not v.startswith("$")]


def test_no_process_starts_with_a_secret_from_the_examples(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    found = _example_secrets()
    assert found, "the examples hold placeholders to check"
    for value in found:
        assert looks_like_placeholder(value), value
    for value in found:  # wherever a deployment would put it
        for name, setting in (
            ("FILMSTUDIO_METRICS_TOKEN", value),
            ("FILMSTUDIO_SECRET_KEY", value),
            ("FILMSTUDIO_DATABASE_URL", f"postgresql://studio:{value}@db:5432/studio"),
            ("FILMSTUDIO_REDIS_URL", f"redis://:{value}@redis:6379/0"),
        ):
            with pytest.raises(ValueError, match=name):
                check_process(_from_env(monkeypatch, {**GOOD, name: setting}), "api")


def test_metrics_are_closed_outside_development_until_a_token_is_set(tmp_path, cache_dir) -> None:  # type: ignore[no-untyped-def]
    production = {"environment": "production", "secret_key": GOOD["FILMSTUDIO_SECRET_KEY"]}
    with TestClient(create_app(_settings(tmp_path, cache_dir, **production))) as client:
        assert_error(client.get("/metrics"), 401, "AUTHENTICATION_REQUIRED")
        assert client.get("/healthz").status_code == 200  # the probes stay open
    token = GOOD["FILMSTUDIO_METRICS_TOKEN"]
    with TestClient(create_app(_settings(tmp_path, cache_dir, metrics_token=token, **production))) as client:
        assert_error(client.get("/metrics"), 401, "AUTHENTICATION_REQUIRED")
        scraped = client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
        assert scraped.status_code == 200 and "filmstudio_" in scraped.text

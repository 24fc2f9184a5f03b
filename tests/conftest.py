from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from filmstudio.config import Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def settings(cache_dir: Path, tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", cache_dir=cache_dir)


@pytest.fixture(scope="session", autouse=True)
def _tools() -> None:
    missing = [tool for tool in ("ffmpeg", "ffprobe", "festival", "apertium") if shutil.which(tool) is None]
    if missing:
        pytest.exit(f"missing system tools {missing}: run ./scripts/setup-system.sh", returncode=3)


# --- the studio service: every API test runs on SQLite and on a real PostgreSQL server -------------

import os  # noqa: E402
import uuid as _uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402

PG_ADMIN_URL = os.environ.get("FILMSTUDIO_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("FILMSTUDIO_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def services_required() -> bool:
    return os.environ.get("FILMSTUDIO_TEST_REQUIRE_SERVICES") == "1"


def _unavailable(what: str, exc: Exception) -> None:
    if services_required():
        pytest.fail(f"{what} is required (FILMSTUDIO_TEST_REQUIRE_SERVICES=1) but unreachable: {exc}")
    pytest.skip(f"{what} not reachable: {exc}")


@contextmanager
def empty_database(prefix: str) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped afterwards (skipped without PostgreSQL)."""
    import psycopg

    name = f"{prefix}_{_uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        _unavailable("PostgreSQL", exc)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="session")
def postgres_url(worker_id: str) -> Iterator[str]:
    """A fresh database for this test worker, migrated to head, dropped at the end."""
    from filmstudio.db.migrate import upgrade
    from filmstudio.db.session import engine_for

    with empty_database(f"filmstudio_test_{worker_id}") as url:
        upgrade(Settings(database_url=url))
        yield url
        engine_for(Settings(database_url=url).resolved_database_url).dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_settings(request: pytest.FixtureRequest, tmp_path: Path, cache_dir: Path) -> Iterator[Settings]:
    """Settings for a clean database of each kind. The asset cache is the session's (warm): tests of a
    cold cache make their own."""
    if request.param == "sqlite":
        settings = Settings(data_dir=tmp_path / "data", cache_dir=cache_dir)
        from filmstudio.db.migrate import upgrade

        upgrade(settings)
        yield settings
        return
    url = request.getfixturevalue("postgres_url")
    settings = Settings(data_dir=tmp_path / "data", cache_dir=cache_dir, database_url=url)
    yield settings
    from sqlalchemy import text

    import filmstudio.models  # noqa: F401  (registers every table on the metadata)
    from filmstudio.db.base import Base
    from filmstudio.db.session import engine_for

    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)  # every table the models declare
    with engine_for(settings.resolved_database_url).begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} CASCADE"))


@pytest.fixture
def client(db_settings: Settings):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from filmstudio.app import create_app

    app = create_app(db_settings, migrate=False)
    with TestClient(app) as test_client:
        yield test_client


STRONG_PASSWORD = "SecurePass123!"


def register_and_login(client, email: str = "user@example.com", password: str = STRONG_PASSWORD) -> dict:  # type: ignore[no-untyped-def]
    response = client.post(
        "/api/v1/auth/register", json={"email": email, "password": password, "full_name": "John Doe"}
    )
    assert response.status_code == 201, response.json()
    login = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert login.status_code == 200, login.json()
    body = login.json()
    return {"headers": {"Authorization": f"Bearer {body['access_token']}"}, **body}


# --- a browser for the web studio tests: Debian's Chromium, headless, driven by Playwright ---------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        if services_required():
            pytest.fail("Chromium is required for the web studio tests: apt-get install chromium")
        pytest.skip("Chromium not installed")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()

"""PostgreSQL connections: a connection idle past PING_AFTER_IDLE_S is pinged before use and replaced when
the server dropped it; a busy one is not pinged (no extra round trip per request)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import event, text

from filmstudio.db import session as db_session
from tests.conftest import PG_ADMIN_URL, empty_database


def _backend(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return conn.execute(text("SELECT pg_backend_pid()")).scalar_one()


def test_a_dropped_idle_connection_is_replaced(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = db_session.make_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    first = _backend(engine)
    assert _backend(engine) == first  # the pool keeps it
    monkeypatch.setattr(db_session, "PING_AFTER_IDLE_S", 0.0)
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (first,)).fetchone()[0]
    second = _backend(engine)  # pinged, found dead, replaced: no error reaches the caller
    assert second != first
    engine.dispose()


def test_a_busy_connection_is_not_pinged(postgres_url: str) -> None:
    engine = db_session.make_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    _backend(engine)
    statements = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_: statements.append(sql))
    pings = []
    original = engine.dialect.do_ping
    engine.dialect.do_ping = lambda conn: pings.append(1) or original(conn)  # type: ignore[method-assign]
    for _ in range(5):
        _backend(engine)
    assert pings == [] and len(statements) == 5
    engine.dispose()


def test_processes_starting_together_migrate_in_turn() -> None:
    """API tasks and a migration job started at once: the advisory lock lets one migrate, the others
    find the schema there (without it, two create the same tables and one fails)."""
    from concurrent.futures import ThreadPoolExecutor

    from filmstudio.config import Settings
    from filmstudio.db.migrate import upgrade

    with empty_database("filmstudio_race") as url:
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda _: upgrade(Settings(database_url=url)), range(4)))
        with psycopg.connect(url) as conn:
            assert len(conn.execute("SELECT version_num FROM alembic_version").fetchall()) == 1
            assert conn.execute("SELECT to_regclass('projects')").fetchone()[0] == "projects"

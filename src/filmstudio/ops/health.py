"""Readiness: what the studio needs to serve is reachable: the database, Redis when configured, the
media store. Each check says how long it took and, when it failed, why."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import text


def _timed(check: Callable[[], None]) -> dict[str, Any]:
    started = time.monotonic()
    try:
        check()
        return {"ok": True, "ms": round((time.monotonic() - started) * 1000, 1)}
    except Exception as exc:  # any failure is reported, never raised: this is the report
        return {
            "ok": False,
            "ms": round((time.monotonic() - started) * 1000, 1),
            "error": f"{type(exc).__name__}: {exc}"[:200],
        }


def readiness(*, sessions: Any, redis_url: str | None, store: Any) -> dict[str, Any]:
    def database() -> None:
        with sessions() as session:
            session.execute(text("SELECT 1"))

    def redis_ping(url: str) -> None:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2).ping()

    def storage() -> None:
        if hasattr(store, "ping"):
            store.ping()
        else:  # the local folder: it must exist (or be creatable) and take a file
            store.root.mkdir(parents=True, exist_ok=True)
            probe = store.root / ".ready"
            probe.write_bytes(b"ok")
            probe.unlink()

    checks = {"database": _timed(database), "storage": _timed(storage)}
    if redis_url:
        checks["redis"] = _timed(partial(redis_ping, redis_url))
    return {"ready": all(c["ok"] for c in checks.values()), "checks": checks}

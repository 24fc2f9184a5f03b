"""Engines and sessions. SQLite gets WAL and a busy timeout so the web app and workers share it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import CursorResult, Engine, Result, create_engine, event, exc
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from filmstudio.config import Settings


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    # Pool plus overflow as large as the web process's thread pool (40): sync routes never wait for a
    # connection, and 20 kept ones cover a busy process (each overflow connection opened and closed
    # around one request costs PostgreSQL a backend). A ping only for a connection idle a while.
    engine = create_engine(url, pool_size=20, max_overflow=20, pool_use_lifo=True)
    _ping_after_idle(engine)
    return engine


PING_AFTER_IDLE_S = 10.0


def _ping_after_idle(engine: Engine) -> None:
    """`pool_pre_ping` for connections idle over PING_AFTER_IDLE_S: a dropped connection (a restarted
    database) is replaced before use, without a round trip on every checkout of a busy pool."""

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection) -> None:
        returned = record.info.get("returned_at")
        if returned is None or time.monotonic() - returned < PING_AFTER_IDLE_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise exc.DisconnectionError(str(error)) from error  # the pool replaces it and checks out again
        if not alive:
            raise exc.DisconnectionError("the connection did not answer a ping")


def rows_changed(result: Result[Any]) -> int:
    """The rows an UPDATE or DELETE matched. Session.execute types every result as a Result; for these
    statements it is a CursorResult, which counts them."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"not the result of an UPDATE or DELETE: {type(result).__name__}")
    return result.rowcount


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    return make_engine(url)


def session_factory(settings: Settings) -> sessionmaker[Session]:
    if settings.resolved_database_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    # sessions of a studio that mirrors into Salesforce write the outbox (salesforce/capture.py)
    return sessionmaker(
        bind=engine_for(settings.resolved_database_url),
        expire_on_commit=False,
        info={"salesforce": settings.salesforce_enabled},
    )


def read_session_factory(settings: Settings) -> sessionmaker[Session]:
    """Sessions for reads in autocommit: no BEGIN or COMMIT round trips around one or two SELECTs (a
    write through one, like an API key's last-use time, commits by itself)."""
    engine = engine_for(settings.resolved_database_url).execution_options(isolation_level="AUTOCOMMIT")
    return sessionmaker(bind=engine, expire_on_commit=False, info={"salesforce": settings.salesforce_enabled})


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A unit of work: committed when the block succeeds, rolled back when it raises."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()

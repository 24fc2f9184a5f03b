"""Running the Alembic migrations from code (`filmstudio db upgrade`, and at start-up)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from filmstudio.config import Settings

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(settings: Settings) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", settings.resolved_database_url.replace("%", "%%"))
    return config


# pg_advisory_lock's key for migrations: any fixed number the studio uses for nothing else
_MIGRATION_LOCK = 0x46_49_4C_4D  # "FILM"


def upgrade(settings: Settings, revision: str = "head") -> None:
    """Migrate to `revision`. On PostgreSQL under an advisory lock: API tasks and a migration job that
    start together take turns, and the later ones find the schema already there."""
    url = settings.resolved_database_url
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        command.upgrade(alembic_config(settings), revision)
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as lock:
            lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
            try:
                command.upgrade(alembic_config(settings), revision)
            finally:
                lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})
    finally:
        engine.dispose()


def downgrade(settings: Settings, revision: str) -> None:
    command.downgrade(alembic_config(settings), revision)

"""Alembic environment: the URL comes from the one Settings object (or the caller's config)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import filmstudio.models  # noqa: F401  (registers every table)
from filmstudio.config import Settings
from filmstudio.db.base import Base
from filmstudio.db.session import make_engine

config = context.config
url = config.get_main_option("sqlalchemy.url") or Settings().resolved_database_url


def run_offline() -> None:
    context.configure(url=url, target_metadata=Base.metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        engine = make_engine(url)
        with engine.connect() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connectable)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()

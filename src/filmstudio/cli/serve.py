"""`filmstudio serve` and `filmstudio db upgrade`."""

from __future__ import annotations

from typing import TypedDict

import click

from filmstudio.config import Settings, get_settings


def _settings_for(process: str) -> Settings:
    """The settings, checked for what `process` needs outside development: a clear refusal naming every
    missing setting, not a stack trace at the first request."""
    from filmstudio.ops.deployment import check_process

    settings = get_settings()
    try:
        check_process(settings, process)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    return settings


class _ServerOptions(TypedDict):
    """uvicorn.run's keywords that both ways of serving share (typed, so each is checked against it)."""

    host: str
    port: int
    log_level: str
    log_config: None
    timeout_graceful_shutdown: int
    timeout_keep_alive: int
    proxy_headers: bool


@click.command()
@click.option("--host", default=None, help="Address to listen on (default from settings: 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 8000).")
def serve(host: str | None, port: int | None) -> None:
    """Run the studio: API at /api/v1, docs at /docs."""
    import uvicorn

    from filmstudio.app import create_app
    from filmstudio.ops import logs

    settings = _settings_for("api")
    logs.configure(settings.log_format)
    click.echo(f"AI Film Studio at http://{host or settings.host}:{port or settings.port} (API docs at /docs)")
    options: _ServerOptions = {
        "host": host or settings.host,
        "port": port or settings.port,
        "log_level": "info",
        "log_config": None,
        "timeout_graceful_shutdown": 30,
        # idle keep-alive connections are kept longer than a client or load balancer keeps them (60 s
        # on most): a server closing first races the next request on the socket, which gets a reset
        "timeout_keep_alive": 75,
        "proxy_headers": False,  # the app reads forwarded headers itself, from FORWARDED_ALLOW_IPS only
    }  # our log format; finish requests on SIGTERM
    if settings.web_workers > 1:  # several processes (one per core): migrated once here, then each starts
        from filmstudio.db.migrate import upgrade

        upgrade(settings)
        uvicorn.run("filmstudio.app:worker_process_app", factory=True, workers=settings.web_workers, **options)
    else:
        uvicorn.run(create_app(settings, workers=True), **options)


@click.command()
@click.option("--concurrency", type=int, default=1, show_default=True, help="Films rendered at once.")
@click.option(
    "--queues",
    default=None,
    help="Queues to take work from, first first (default: the CPU queues; with FILMSTUDIO_WORKER_GPU=1 "
    "the GPU queues first).",
)
def worker(concurrency: int, queues: str | None) -> None:
    """Run a Celery worker that renders films (needs FILMSTUDIO_REDIS_URL). SIGTERM lets the film in hand
    finish (Celery's warm shutdown); a second SIGTERM or SIGKILL hands it to another worker."""
    import threading

    from filmstudio.ops import logs
    from filmstudio.worker.celery_app import make_celery, start_sweeper
    from filmstudio.worker.queues import worker_queues

    settings = _settings_for("worker-gpu" if get_settings().worker_gpu else "worker")
    logs.configure(settings.log_format)
    queues = queues or worker_queues(settings)
    app = make_celery(settings)
    start_sweeper(app, settings, threading.Event())
    app.worker_main(
        [
            "worker",
            "--loglevel=INFO",
            f"--concurrency={concurrency}",
            "--pool=prefork",
            "-Q",
            queues,
            "--without-gossip",
            "--without-mingle",
        ]
    )


@click.group()
def db() -> None:
    """Database migrations."""


@db.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    """Apply migrations up to REVISION (default: head)."""
    from filmstudio.db.migrate import upgrade

    settings = _settings_for("migrate")
    upgrade(settings, revision)
    click.echo(f"Database at {settings.resolved_database_url.split('@')[-1]} is at {revision}.")


@db.command("downgrade")
@click.argument("revision")
def db_downgrade(revision: str) -> None:
    """Revert migrations down to REVISION (e.g. base)."""
    from filmstudio.db.migrate import downgrade

    downgrade(get_settings(), revision)
    click.echo(f"Database is at {revision}.")


@click.group()
def storage() -> None:
    """The media store."""


@storage.command("init")
def storage_init() -> None:
    """Make the S3 bucket when it does not exist (the local folder needs nothing)."""
    from filmstudio.media.store import media_store

    store = media_store(get_settings())
    made = store.ensure_bucket() if hasattr(store, "ensure_bucket") else False
    click.echo("Bucket made." if made else "Storage ready.")

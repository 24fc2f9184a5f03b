"""The composition root: the FastAPI application (/api/v1 routes, OpenAPI at /docs, one error format,
the media route, the web studio), its database sessions, media store, job dispatch and, for
`filmstudio serve`, the embedded worker pool. Nothing below this module imports it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from filmstudio import __version__
from filmstudio.admin.endpoints import router as admin_router
from filmstudio.api.errors import document_errors, install_error_handlers
from filmstudio.api.security import BodyLimit, SecurityHeaders
from filmstudio.api_keys.endpoints import router as api_keys_router
from filmstudio.auth.endpoints import router as auth_router
from filmstudio.auth.rate_limit import MemoryLimiter, RedisLimiter
from filmstudio.billing.endpoints import router as billing_router
from filmstudio.billing.service import expire_grace
from filmstudio.config import Settings
from filmstudio.credits.endpoints import router as credits_router
from filmstudio.credits.service import reset_due
from filmstudio.db.migrate import upgrade
from filmstudio.db.session import read_session_factory, session_factory, session_scope
from filmstudio.film_request import FilmRequest
from filmstudio.jobs.endpoints import router as jobs_router
from filmstudio.media.store import media_store
from filmstudio.media.store.endpoints import router as media_router
from filmstudio.ops import retention
from filmstudio.ops.endpoints import router as ops_router
from filmstudio.ops.metrics import Metrics, QueueDepth
from filmstudio.ops.observe import Observe
from filmstudio.projects.endpoints import router as projects_router
from filmstudio.salesforce.client import SalesforceClient
from filmstudio.salesforce.endpoints import router as salesforce_router
from filmstudio.storyboards.endpoints import router as storyboard_router
from filmstudio.storyboards.endpoints import schema_router as storyboard_schema_router
from filmstudio.studio.endpoints import router as studio_router
from filmstudio.users.endpoints import router as users_router
from filmstudio.web.routes import router as web_router
from filmstudio.web.routes import static_files
from filmstudio.worker.embedded import EmbeddedPool
from filmstudio.worker.queues import Dispatch
from filmstudio.writing.endpoints import router as writing_router
from filmstudio.youtube.endpoints import router as youtube_router

log = logging.getLogger("filmstudio.api")
RESET_CHECK_SECONDS = 3600


def worker_process_app() -> FastAPI:
    """One of `filmstudio serve`'s processes when FILMSTUDIO_WEB_WORKERS > 1 (migrated by the parent)."""
    return create_app(Settings(), migrate=False, workers=True)


def list_spoken_languages(schema: dict, settings: Settings) -> dict:
    """The voice preview takes the languages this machine's voices speak: the schema lists them."""
    from filmstudio.engines.registry import get_registry
    from filmstudio.engines.tts.voices import speakable_languages
    from filmstudio.languages import LANGUAGES

    spoken = sorted(code for code in speakable_languages(get_registry(), settings) if code in LANGUAGES)
    for parameter in schema["paths"].get("/api/v1/voices/preview", {}).get("get", {}).get("parameters", []):
        if parameter["name"] == "language":
            parameter["schema"]["enum"] = spoken
    return schema


def _dispatcher(settings: Settings) -> Dispatch:
    """How a new job reaches a worker: the embedded pool polls the database, so nothing is sent;
    Celery workers are sent the job id."""
    if settings.job_backend == "celery":
        from filmstudio.worker.celery_app import dispatcher

        return dispatcher(settings)
    return _sent_nowhere


def _sent_nowhere(job_id: uuid.UUID, *, tier: str = "free", request: FilmRequest | None = None) -> None:
    """The embedded pool's dispatch: its workers find queued jobs in the database."""


async def _monthly_resets(app: FastAPI, stop: asyncio.Event) -> None:
    """The studio's schedule, whatever the job backend: reset credits on each user's anniversary, end grace
    periods, apply data retention; at start-up, then every hour."""
    while not stop.is_set():
        try:
            await asyncio.to_thread(_reset_once, app)
        except Exception:
            log.exception("monthly credit reset failed; will retry")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), RESET_CHECK_SECONDS)


def _reset_once(app: FastAPI) -> None:
    with session_scope(app.state.sessions) as session:
        count = reset_due(session)
        expired = expire_grace(session, app.state.settings)
    with session_scope(app.state.sessions) as session:
        removed = retention.run(session, app.state.media_store)
    if any(removed.values()):
        log.info("retention: %s", removed)
    if count:
        log.info("reset credits of %d users", count)
    if expired:
        log.info("%d past-due subscriptions back to Free after their grace period", expired)


def _queue_depth(settings: Settings) -> QueueDepth | None:
    """Messages waiting in each Celery queue (Redis lists), for /metrics; None for the embedded pool."""
    if settings.job_backend != "celery" or not settings.redis_url:
        return None
    from functools import partial

    from filmstudio.worker.queue_depth import queue_depths

    return partial(queue_depths, settings.redis_url)


def create_app(settings: Settings | None = None, *, migrate: bool = True, workers: bool = False) -> FastAPI:
    """The studio app. `workers=True` (what `filmstudio serve` does) starts the embedded worker pool
    when the job backend is embedded."""
    settings = settings or Settings()
    settings.resolved_secret_key()  # refuse to start with a placeholder key outside development
    if settings.youtube_client_id:
        settings.resolved_token_key()  # the same for the key that encrypts channel tokens

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        stop = asyncio.Event()
        task = asyncio.create_task(_monthly_resets(app, stop))
        pool = None
        if workers and settings.job_backend == "embedded":
            pool = EmbeddedPool(settings)
            pool.start()
        app.state.pool = pool
        yield
        stop.set()
        await task
        if pool is not None:
            await asyncio.to_thread(pool.stop)

    if migrate:
        upgrade(settings)
    app = FastAPI(
        title="AI Film Studio", version=__version__, docs_url="/docs", openapi_url="/openapi.json", lifespan=lifespan
    )
    app.state.settings = settings
    app.state.sessions = session_factory(settings)
    app.state.read_sessions = read_session_factory(settings)
    app.state.media_store = media_store(settings)
    app.state.salesforce = SalesforceClient(settings) if settings.salesforce_enabled else None
    app.state.limiter = RedisLimiter(settings.redis_url) if settings.redis_url else MemoryLimiter()
    app.state.dispatch = _dispatcher(settings)
    app.state.metrics = Metrics(app.state.sessions, _queue_depth(settings))
    install_error_handlers(app)

    def openapi() -> dict:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = document_errors(get_openapi(title=app.title, version=app.version, routes=app.routes))
            app.openapi_schema = list_spoken_languages(schema, settings)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to extend its schema
    # the last added is the outermost: every answer, a refusal by the body limit included, gets the headers
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    if settings.cors_origins:  # closed unless origins are named
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "X-API-Key", "X-Request-ID", "If-Match"],
            expose_headers=["ETag"],
        )
    app.add_middleware(SecurityHeaders, settings=settings)

    app.add_middleware(Observe, metrics=app.state.metrics)
    if settings.forwarded_allow_ips:  # outermost: every layer and route sees the real client
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.forwarded_allow_ips)

    api = APIRouter(prefix="/api/v1")
    for router in (
        auth_router,
        users_router,
        storyboard_router,  # before /projects/{project_id}: its paths are longer
        projects_router,
        storyboard_schema_router,
        credits_router,
        jobs_router,
        studio_router,
        youtube_router,
        billing_router,
        writing_router,
        salesforce_router,
        api_keys_router,
        admin_router,
    ):
        api.include_router(router)
    app.include_router(api)
    app.include_router(media_router)
    app.include_router(ops_router)
    app.include_router(web_router)
    app.mount("/static", static_files(), name="static")

    @app.get("/health", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app

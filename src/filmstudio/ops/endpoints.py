"""/healthz (the process answers), /readyz (what it needs is reachable), /metrics (Prometheus)."""

from __future__ import annotations

import asyncio
import hmac
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from filmstudio.errors import AuthenticationRequired
from filmstudio.ops.health import readiness

router = APIRouter(include_in_schema=False)


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> Response:
    state = request.app.state
    report: dict[str, Any] = await asyncio.to_thread(
        readiness, sessions=state.sessions, redis_url=state.settings.redis_url, store=state.media_store
    )
    return JSONResponse(report, status_code=200 if report["ready"] else 503)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    """Prometheus's scrape; with METRICS_TOKEN set, only for `Authorization: Bearer <token>` (the numbers
    include the business's: credits, jobs). Outside development they are closed until a token is set."""
    settings = request.app.state.settings
    token = settings.metrics_token
    if token is None and settings.environment != "development":
        raise AuthenticationRequired("The metrics are closed: set FILMSTUDIO_METRICS_TOKEN to scrape them.")
    if token and not hmac.compare_digest(request.headers.get("authorization", ""), f"Bearer {token}"):
        raise AuthenticationRequired("The metrics need the scrape token.")
    body = await asyncio.to_thread(generate_latest, request.app.state.metrics.registry)
    return Response(body, media_type=CONTENT_TYPE_LATEST)

"""The web studio: one page, its script and its styles, served by the same app. No CDN: the page talks
only to /api/v1 (in production, the payment form alone loads Stripe.js, as Stripe requires for cards)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).with_name("static")
router = APIRouter(include_in_schema=False)


@router.get("/")
def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})


@router.get("/youtube/callback")
def youtube_callback() -> FileResponse:
    """Where Google sends the user back after consent: the page finishes the connection through the API."""
    return index()


def static_files() -> StaticFiles:
    return StaticFiles(directory=STATIC)

"""JSON endpoints the web studio uses before spending credits: examples, storyboard preview, voice samples."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from filmstudio.api.deps import CurrentUser, SettingsDep
from filmstudio.api.limits import spend_limit
from filmstudio.api.responses import WavResponse
from filmstudio.engines.registry import get_registry
from filmstudio.film_request import FilmRequest
from filmstudio.projects.schemas import MAX_SCRIPT_CHARS
from filmstudio.studio import preview as studio
from filmstudio.studio.schemas import EnginesOffered, Examples, Languages, Preview

router = APIRouter(tags=["studio"])


class PreviewRequest(BaseModel):
    script: str = Field(min_length=1, max_length=MAX_SCRIPT_CHARS)
    title: str | None = Field(default=None, max_length=255)
    settings: dict[str, Any] = Field(default_factory=dict)


@router.get("/examples")
def examples() -> Examples:
    return Examples(examples=studio.examples())


@router.get("/languages")
def languages(settings: SettingsDep) -> Languages:
    """The one list the studio's pages use: languages a film can be spoken in (with how clearly their best
    voice was measured to be understood) and languages its subtitles can be written in from English."""
    return studio.languages(settings, get_registry())


@router.get("/engines")
def engines(settings: SettingsDep) -> EnginesOffered:
    """The engines a project may ask for (pictures, lip-sync, music, voices) and the studio's defaults."""
    return studio.engines_offered(settings, get_registry())


@router.post("/storyboard/preview", dependencies=[spend_limit("read")])
def storyboard_preview(body: PreviewRequest, user: CurrentUser, settings: SettingsDep) -> Preview:
    request = FilmRequest.from_settings(body.settings, title=body.title or None)
    return studio.preview(body.script, request, tier=user.tier, settings=settings, registry=get_registry())


@router.get(
    "/voices/preview",
    dependencies=[spend_limit("voice")],
    response_class=WavResponse,
    responses={200: {"description": "A sample of the voice (WAV)"}},
)
def voice_preview(
    user: CurrentUser,
    settings: SettingsDep,
    language: str = Query("en", max_length=12),
    gender: Literal["male", "female", "neutral"] = "neutral",
    age: Literal["child", "young_adult", "middle_aged", "elderly"] = "young_adult",
    voice: str | None = Query(None, max_length=80, pattern=r"^[\w.-]+:[\w.-]+$"),
) -> Response:
    with tempfile.TemporaryDirectory() as work:
        path = studio.voice_sample(
            language=language,
            gender=gender,
            age=age,
            settings=settings,
            registry=get_registry(),
            out=Path(work) / "sample.wav",
            voice=voice,
        )
        return WavResponse(path.read_bytes(), headers={"Cache-Control": "private, max-age=3600"})

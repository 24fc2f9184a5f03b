from __future__ import annotations

import asyncio
import hashlib
import json
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Header, Query, Request, Response, status
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from filmstudio.api.deps import (
    CallerDep,
    CurrentUser,
    MediaStoreDep,
    SessionDep,
    SettingsDep,
    absolute,
    in_one_hop,
)
from filmstudio.api.limits import spend_limit
from filmstudio.api.responses import EventStream
from filmstudio.db.session import session_scope
from filmstudio.engines.registry import get_registry
from filmstudio.errors import NotFound
from filmstudio.film_request import (
    ENGINE_KINDS,
    GENRES,
    LANGUAGE_CODES,
    CharacterChoice,
    FilmRequest,
    engine_names,
    one_of,
    storyboard_for,
)
from filmstudio.jobs import service as jobs
from filmstudio.jobs.schemas import Download, Episode, JobStarted, JobStatus, StepState
from filmstudio.models import Asset, Job
from filmstudio.projects import service as projects
from filmstudio.render import check_dubs

router = APIRouter(tags=["jobs"])
DOWNLOAD_SECONDS = 3600


class YoutubeSettings(BaseModel):
    """How the film is published when it is made (the spec's `youtube_settings`); the rest of its
    metadata is written from the storyboard."""

    model_config = ConfigDict(extra="forbid")

    privacy: Literal["public", "private", "unlisted"] | None = None
    playlist: str | None = Field(default=None, max_length=150)
    notify_subscribers: bool | None = None
    title: str | None = Field(default=None, max_length=100)
    description: str | None = Field(default=None, max_length=5000)
    tags: list[str] | None = Field(default=None, max_length=100)
    made_for_kids: bool | None = None

    def changes(self, playlist: str | None) -> dict[str, Any]:
        """As upload metadata changes (VideoMetadata's field names)."""
        named = {
            "privacy_status": self.privacy,
            "playlist_title": self.playlist or playlist,
            "notify_subscribers": self.notify_subscribers,
            "title": self.title,
            "description": self.description,
            "tags": self.tags,
            "made_for_kids": self.made_for_kids,
        }
        return {k: v for k, v in named.items() if v is not None}


class GenerateSettings(BaseModel):
    """The spec's generate settings; FilmRequest.from_settings turns their names into the request."""

    model_config = ConfigDict(extra="ignore")

    duration: float | None = Field(default=None, gt=0, le=3600)
    style: str | None = Field(default=None, max_length=50)
    characters: list[CharacterChoice] | None = Field(default=None, max_length=20)
    music_genre: str | None = Field(default=None, max_length=50, json_schema_extra=one_of(GENRES, nullable=True))
    language: str | None = Field(default=None, max_length=12, json_schema_extra=one_of(LANGUAGE_CODES, nullable=True))
    include_subtitles: bool | None = None
    subtitle_languages: list[str] | None = Field(
        default=None, max_length=20, json_schema_extra=one_of(LANGUAGE_CODES, items=True)
    )
    dub_languages: list[str] | None = Field(
        default=None, max_length=10, json_schema_extra=one_of(LANGUAGE_CODES, items=True)
    )
    resolution: str | None = Field(default=None, pattern="^(720p|1080p|4k)$")
    fps: int | None = Field(default=None, ge=24, le=30)
    aspect: str | None = Field(default=None, pattern="^(16:9|9:16|1:1)$")
    youtube_upload: bool | None = None
    youtube_playlist: str | None = Field(default=None, max_length=150)
    youtube_settings: YoutubeSettings | None = None
    # the engines this film is made with (GPU ones send it to the GPU workers); None: the studio's
    image_engine: str | None = Field(default=None, json_schema_extra=one_of(engine_names("image"), nullable=True))
    lipsync_engine: str | None = Field(default=None, json_schema_extra=one_of(engine_names("lipsync"), nullable=True))
    music_engine: str | None = Field(default=None, json_schema_extra=one_of(engine_names("music"), nullable=True))
    tts_engine: str | None = Field(default=None, json_schema_extra=one_of(engine_names("tts"), nullable=True))
    # a story longer than `duration`: refused, abridged to its spine, or made as a series of episodes
    fit: Literal["refuse", "abridge", "episodes"] | None = None


class GenerateRequest(BaseModel):
    settings: GenerateSettings = Field(default_factory=GenerateSettings)


@router.post(
    "/projects/{project_id}/generate",
    dependencies=[spend_limit("render")],
    status_code=status.HTTP_202_ACCEPTED,
    response_model_exclude_unset=True,
)
def generate(
    project_id: str,
    body: GenerateRequest,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    request: Request,
) -> JobStarted:
    project = projects.get(session, user_id=user.user_id, project_id=project_id)
    wanted = body.settings
    overrides = wanted.model_dump(exclude={"youtube_upload", "youtube_playlist", "youtube_settings"}, exclude_none=True)
    publish = None
    if wanted.youtube_upload:
        publish = (wanted.youtube_settings or YoutubeSettings()).changes(wanted.youtube_playlist)
    asked = FilmRequest.from_settings(project.settings, overrides, title=project.title)
    if asked.dub:  # a language without a voice or translator is refused now, not after the film is made
        check_dubs(storyboard_for(project.script, asked), asked, settings=settings, registry=get_registry())
    parts = episode_count(project.script, asked)
    if parts > 1:
        series = jobs.create_series(
            session, user=user, project=project, overrides=overrides, parts=parts, publish=publish
        )
    else:
        series = [jobs.create(session, user=user, project=project, overrides=overrides, publish=publish)]
    session.commit()  # the jobs must exist before any worker hears of them
    for job in series:  # in order: the parts are made, and published, as the story goes
        made = FilmRequest.from_settings(job.parameters["settings"])
        request.app.state.dispatch(job.job_id, tier=user.tier, request=made)
    job, seconds = series[0], made.billed_seconds * len(series)
    answer = JobStarted(
        job_id=str(job.job_id),
        status=job.status,
        estimated_time=f"{max(1, int(seconds * 1.2 // 60))}-{max(2, int(seconds * 2 // 60) + 1)} minutes",
        credits_deducted=sum(j.parameters["credits"] for j in series),
    )
    if parts > 1:
        answer.episodes = [Episode(part=n, job_id=str(j.job_id)) for n, j in enumerate(series, start=1)]
    return answer


def episode_count(script: str, request: FilmRequest) -> int:
    """The films a request makes of a script: its episodes when it asks for them, else one."""
    if request.fit != "episodes" or request.duration is None:
        return 1
    from filmstudio.script.fit import episodes

    return len(episodes(storyboard_for(script, request), request.duration))


def _job_body(session: Session, job: Job) -> JobStatus:
    steps = []
    for step in jobs.steps_of(session, job.job_id):
        entry = StepState(name=step.step_name, status=step.status)
        if step.status == "processing":
            entry.progress = step.progress
        if step.duration_seconds is not None and step.status in ("completed", "failed"):
            entry.duration = step.duration_seconds
        if step.error_message:
            entry.error = step.error_message
        meta = step.meta or {}
        if step.status == "completed" and (meta.get("reused") or meta.get("made")):
            # a step that makes assets: what it found made before (a re-render after an edit) and made anew
            entry.reused, entry.made = meta["reused"], meta["made"]
        steps.append(entry)
    return JobStatus(
        job_id=str(job.job_id),
        project_id=str(job.project_id),
        status=job.status,
        progress=job.progress,
        current_step=job.current_step,
        steps=steps,
        estimated_time_remaining=jobs.remaining(job).text(),
        error=job.error_message,
        started_at=job.started_at,
        updated_at=job.updated_at or job.created_at,
        engines=_engines(job),
    )


def _engines(job: Job) -> dict[str, str]:
    """The engines that made the film, once made; until then those its project asked for by name."""
    if isinstance(made := job.parameters.get("engines"), dict) and made:
        return made
    asked = FilmRequest.from_settings(job.parameters.get("settings"))
    return {kind: name for kind in ENGINE_KINDS if (name := getattr(asked, f"{kind}_engine"))}


@router.get(
    "/jobs/{job_id}",
    response_model=JobStatus,
    response_model_exclude_unset=True,
    responses={304: {"description": "Not modified (If-None-Match)"}},
)
async def get_job(job_id: str, caller: CallerDep, if_none_match: str | None = Header(default=None)) -> Response:
    """The job, with an ETag of what it says: a poll that finds nothing new is a 304 with no body."""

    def work(session: Session, user_id: uuid.UUID) -> JobStatus:
        job, _ = jobs.get_for_user(session, user_id=user_id, job_id=job_id)
        return _job_body(session, job)

    body = await in_one_hop(caller, work)  # what clients poll: one step
    content = body.json_body()
    etag = '"' + hashlib.sha256(content).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if if_none_match is not None and etag in {t.strip() for t in if_none_match.split(",")}:
        return Response(status_code=304, headers=headers)
    return Response(content=content, media_type="application/json", headers=headers)


@router.post("/jobs/{job_id}/cancel", response_model_exclude_unset=True)
def cancel_job(job_id: str, user: CurrentUser, session: SessionDep) -> JobStatus:
    job, _ = jobs.get_for_user(session, user_id=user.user_id, job_id=job_id)
    jobs.cancel(session, job)
    session.flush()
    return _job_body(session, job)


@router.get("/jobs/{job_id}/download")
def download(
    job_id: str,
    user: CurrentUser,
    session: SessionDep,
    store: MediaStoreDep,
    request: Request,
    kind: str = Query("video", pattern="^(video|thumbnail|subtitle|audio)$"),
    language: str | None = Query(None, max_length=12),
    dub: str | None = Query(None, max_length=12, description="A dubbed version's language."),
) -> Download:
    job, _ = jobs.get_for_user(session, user_id=user.user_id, job_id=job_id)
    if job.status != "completed":
        raise NotFound("The film is not ready yet.", details={"status": job.status})
    assets = [a for a in projects.assets_of(session, job.project_id) if a.meta.get("job_id") == str(job.job_id)]
    wanted = [
        a
        for a in assets
        if a.asset_type == kind
        and a.meta.get("dub") == dub
        and (language is None or a.meta.get("language") == language)
    ]
    if kind == "subtitle":
        wanted = [a for a in wanted if a.meta.get("format") == "srt"] or wanted
    if not wanted:
        raise NotFound(f"This job has no {kind} file" + (f" dubbed into {dub}." if dub else "."))
    asset: Asset = wanted[0]
    expires_in = DOWNLOAD_SECONDS
    url = absolute(request, store.signed_url(asset.s3_key, expires_in=expires_in))
    probe = job.parameters.get("dubbed", {}).get(dub, {}) if dub else job.parameters.get("probe", {})
    return Download(
        download_url=url,
        expires_in=expires_in,
        file_size=asset.file_size,
        format=Path(asset.s3_key).suffix.lstrip("."),
        resolution=f"{probe.get('width')}x{probe.get('height')}" if kind == "video" else None,
        duration=probe.get("duration") if kind == "video" else None,
    )


@router.get(
    "/jobs/{job_id}/events",
    response_class=EventStream,
    responses={200: {"description": "`progress` events (the job's state, as GET /jobs/{job_id}), then `end`"}},
)
async def events(job_id: str, user: CurrentUser, session: SessionDep, request: Request) -> EventStream:
    """Server-sent events: the job's state whenever it changes, until it finishes."""
    jobs.get_for_user(session, user_id=user.user_id, job_id=job_id)  # ownership, before streaming
    user_id = user.user_id
    sessions = request.app.state.sessions

    def snapshot() -> dict[str, Any]:
        with session_scope(sessions) as s:
            job, _ = jobs.get_for_user(s, user_id=user_id, job_id=job_id)
            return _job_body(s, job).model_dump(mode="json", exclude_unset=True)

    async def stream() -> AsyncIterator[str]:
        last = None
        while True:
            body = await asyncio.to_thread(snapshot)
            key = json.dumps({k: v for k, v in body.items() if k != "estimated_time_remaining"}, sort_keys=True)
            if key != last:
                last = key
                yield f"event: progress\ndata: {json.dumps(body)}\n\n"
            if body["status"] in ("completed", "failed", "cancelled"):
                yield f"event: end\ndata: {json.dumps({'status': body['status']})}\n\n"
                return
            if await request.is_disconnected():
                return
            await asyncio.sleep(0.5)

    return EventStream(stream(), headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

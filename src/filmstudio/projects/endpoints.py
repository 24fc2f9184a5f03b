from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Header, Query, Response, status
from sqlalchemy.orm import Session

from filmstudio.api.deps import CallerDep, CurrentUser, MediaStoreDep, SessionDep, SettingsDep, in_one_hop
from filmstudio.credits.plans import credits_required
from filmstudio.engines.llm.select import llm_for
from filmstudio.errors import InvalidInput
from filmstudio.film_request import BILLED_SECONDS_WITHOUT_DURATION, FilmRequest
from filmstudio.media.store import MediaStore, key_of_url
from filmstudio.models import Project
from filmstudio.projects import service
from filmstudio.projects.list_cache import PAGES
from filmstudio.projects.schemas import (
    FilmAssets,
    ProjectAssets,
    ProjectCreate,
    ProjectCreated,
    ProjectDetail,
    ProjectList,
    ProjectSummary,
    ProjectUpdate,
    ProjectUpdated,
    ProjectYoutube,
)
from filmstudio.writing.script_writer import idea_of, write_script

router = APIRouter(prefix="/projects", tags=["projects"])


def _signed(url: str | None, store: MediaStore) -> str | None:
    """Stored media links name a key in the store; clients get them signed."""
    key = key_of_url(url)
    return store.signed_url(key) if key else url


def _estimated_credits(project: Project) -> int:
    try:
        request = FilmRequest.from_settings(project.settings)
    except InvalidInput:  # settings stored before they were checked: generating will say what is wrong
        return credits_required(BILLED_SECONDS_WITHOUT_DURATION)
    return credits_required(request.billed_seconds, request.films)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ProjectCreated, response_model_exclude_none=True)
def create_project(
    body: ProjectCreate, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> ProjectCreated:
    """A project from a script, or from an idea (`idea` instead of `script`): the studio's language model
    writes the script, which comes back in the answer for editing."""
    project_settings = body.settings.model_dump(mode="json")
    script, title, written_by = body.script, body.title, None
    if body.idea is not None:
        if isinstance(body.idea, str):  # ProjectCreate's validator turns an idea's text into IdeaOptions
            raise TypeError("the idea was not validated")
        written = write_script(
            llm_for(settings, project_settings.get("llm_engine")),
            idea_of(
                text=body.idea.text,
                duration=project_settings["duration"],
                language=project_settings.get("language") or "en",
                characters=body.idea.characters,
                form=body.idea.form,
            ),
        )
        script, title, written_by = written.script, title or written.title, written.engine
        project_settings["characters"] = [c.model_dump(exclude_none=True) for c in written.characters]
    if script is None or title is None:  # the validator asks for a script with its title, or an idea
        raise TypeError("the project was not validated")
    project = service.create(session, user_id=user.user_id, title=title, script=script, settings=project_settings)
    return ProjectCreated(
        project_id=project.project_id,
        title=project.title,
        status=project.status,
        created_at=project.created_at,
        estimated_credits=_estimated_credits(project),
        script=script if written_by else None,
        written_by=written_by,
    )


@router.get("", response_model=ProjectList, responses={304: {"description": "Not modified (If-None-Match)"}})
async def list_projects(
    caller: CallerDep,
    store: MediaStoreDep,
    page: int = Query(1, ge=1, le=100_000),
    per_page: int = Query(20, ge=1, le=100),
    status_filter: Literal["draft", "queued", "processing", "completed", "failed", "cancelled"] | None = Query(
        None, alias="status"
    ),
    sort: Literal["created_at", "updated_at"] = "created_at",
    order: Literal["asc", "desc"] = "desc",
    if_none_match: str | None = Header(default=None),
) -> Response:
    """A page of the caller's projects, with its ETag: the same page at the same version is 304 to a
    client that has it, and served as made to one that has not (projects/list_cache.py)."""

    def work(session: Session, user_id: uuid.UUID) -> Response:
        key = (str(user_id), page, per_page, status_filter, sort, order)
        etag = PAGES.etag(key, service.list_version(session, user_id=user_id))
        headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
        if if_none_match is not None and etag in {t.strip() for t in if_none_match.split(",")}:
            return Response(status_code=304, headers=headers)
        body = PAGES.get(etag)
        if body is None:
            result = service.list_page(
                session, user_id=user_id, page=page, per_page=per_page, status=status_filter, sort=sort, order=order
            )
            body = _page(result, store, page=page, per_page=per_page).model_dump_json().encode()
            PAGES.put(etag, body)
        return Response(content=body, media_type="application/json", headers=headers)

    return await in_one_hop(caller, work)  # the hottest read: one step


def _page(result: service.Page, store: MediaStore, *, page: int, per_page: int) -> ProjectList:
    return ProjectList(
        projects=[
            ProjectSummary(
                project_id=p.project_id,
                title=p.title,
                status=p.status,
                thumbnail_url=_signed(p.thumbnail_url, store),
                duration=FilmRequest.billed_seconds_of({"duration": p.duration}),
                credits_used=p.credits_used,
                created_at=p.created_at,
                completed_at=p.completed_at,
            )
            for p in result.items
        ],
        total_count=result.total,
        page=page,
        per_page=per_page,
        total_pages=result.total_pages,
    )


def _detail(session: Session, project: Project, store: MediaStore) -> ProjectDetail:
    """Asset links are signed and expire after an hour, like download links; the latest job's win."""
    assets = ProjectAssets()
    latest = service.latest_job(session, project.project_id)
    for asset in service.assets_of(session, project.project_id):
        dub = asset.meta.get("dub")
        if dub and latest and asset.meta.get("job_id") != latest.job_id:
            continue  # an older job's dubs: only the latest film's versions are listed
        film = assets.dubs.setdefault(dub, FilmAssets()) if dub else assets
        url = store.signed_url(asset.s3_key)
        if asset.asset_type == "video":
            film.video_url = url
        elif asset.asset_type == "thumbnail":
            film.thumbnail_url = url
        elif asset.asset_type == "subtitle" and asset.meta.get("format") == "srt":
            film.subtitle_urls[asset.meta.get("language", "und")] = url
        elif asset.asset_type == "subtitle" and asset.meta.get("format") == "vtt":
            film.subtitle_tracks[asset.meta.get("language", "und")] = url
    video = service.latest_youtube(session, project.project_id)
    youtube = ProjectYoutube(video_id=video.video_id, url=video.url, uploaded_at=video.uploaded_at) if video else None
    return ProjectDetail(
        project_id=project.project_id,
        title=project.title,
        script=project.script,
        status=project.status,
        settings=project.settings,
        assets=assets,
        youtube=youtube,
        credits_used=project.credits_used,
        estimated_credits=_estimated_credits(project),
        created_at=project.created_at,
        updated_at=project.updated_at,
        completed_at=service.completed_at(session, project.project_id),
        latest_job=latest,
    )


@router.get("/{project_id}", response_model=ProjectDetail)
def get_project(project_id: str, user: CurrentUser, session: SessionDep, store: MediaStoreDep) -> ProjectDetail:
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    return _detail(session, project, store)


@router.patch("/{project_id}", response_model=ProjectUpdated)
def update_project(project_id: str, body: ProjectUpdate, user: CurrentUser, session: SessionDep) -> ProjectUpdated:
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    changes = body.model_dump(mode="json", exclude_unset=True)
    project = service.update(session, project, changes=changes)
    return ProjectUpdated(project_id=project.project_id, title=project.title, updated_at=project.updated_at)


@router.delete("/{project_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_project(project_id: str, user: CurrentUser, session: SessionDep) -> Response:
    service.soft_delete(session, service.get(session, user_id=user.user_id, project_id=project_id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{project_id}/restore", response_model=ProjectDetail)
def restore_project(project_id: str, user: CurrentUser, session: SessionDep, store: MediaStoreDep) -> ProjectDetail:
    """Undo a delete within 30 days."""
    project = service.restore(session, user_id=user.user_id, project_id=project_id)
    return _detail(session, project, store)

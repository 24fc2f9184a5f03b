"""A project's storyboard, the document its film is made from: read, replaced, patched (JSON Patch),
its versions listed and restored, and read again from the script. Edits name the version they were made
on in `If-Match` (the ETag of the GET); an edit on an older version is refused with 409."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Response
from pydantic import BaseModel

from filmstudio.api.deps import CurrentUser, SessionDep, SettingsDep
from filmstudio.config import Settings
from filmstudio.engines.registry import get_registry
from filmstudio.errors import InvalidInput
from filmstudio.film_request import FilmRequest, storyboard_for
from filmstudio.models import Project, ProjectStoryboard
from filmstudio.projects import service
from filmstudio.render import analyse
from filmstudio.storyboard import Storyboard
from filmstudio.storyboards import service as boards

router = APIRouter(prefix="/projects/{project_id}/storyboard", tags=["storyboard"])
schema_router = APIRouter(tags=["storyboard"])


class StoryboardDocument(BaseModel):
    version: int
    source: str  # read (from the script), edit, restore
    created_at: datetime
    script_changed: bool  # the script was edited after this storyboard was read from it
    edits_since_reading: list[str]  # what reading the script again would lose (JSON pointers)
    storyboard: dict[str, Any]


class StoryboardVersion(BaseModel):
    version: int
    source: str
    created_at: datetime


class StoryboardVersions(BaseModel):
    versions: list[StoryboardVersion]
    kept: int


class StoryboardReplace(BaseModel):
    storyboard: dict[str, Any]


def reader(project: Project, settings: Settings):  # type: ignore[no-untyped-def]
    """The project's script read as its film would be (the same analysis the preview shows)."""
    request = FilmRequest.from_settings(project.settings, title=project.title)

    def read(script: str) -> Storyboard:
        return analyse(storyboard_for(script, request), request, settings=settings, registry=get_registry())

    return read


def _expected(if_match: str | None) -> int | None:
    if if_match is None or if_match.strip() == "*":
        return None
    value = if_match.strip().removeprefix("W/").strip('"')
    if not value.isdigit():
        raise InvalidInput(
            "If-Match names a storyboard version: the ETag of its GET.", details={"if_match": if_match[:40]}
        )
    return int(value)


def _document(session, project: Project, saved: ProjectStoryboard, response: Response) -> StoryboardDocument:  # type: ignore[no-untyped-def]
    response.headers["ETag"] = f'"{saved.version}"'
    return StoryboardDocument(
        version=saved.version, source=saved.source, created_at=saved.created_at,
        script_changed=boards.script_changed(project, saved),
        edits_since_reading=boards.edits_since_reading(session, project), storyboard=saved.document,
    )  # fmt: skip


@router.get("", response_model=StoryboardDocument)
def get_storyboard(
    project_id: str, user: CurrentUser, session: SessionDep, settings: SettingsDep, response: Response
) -> StoryboardDocument:
    """The latest version (read from the script the first time it is asked for)."""
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.current(session, project, reader(project, settings))
    return _document(session, project, saved, response)


@router.put("", response_model=StoryboardDocument)
def replace_storyboard(
    project_id: str, body: StoryboardReplace, user: CurrentUser, session: SessionDep, settings: SettingsDep,
    response: Response, if_match: str | None = Header(default=None),
) -> StoryboardDocument:  # fmt: skip
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.save(
        session, project, body.storyboard, expected=_expected(if_match), read=reader(project, settings)
    )
    return _document(session, project, saved, response)


@router.patch("", response_model=StoryboardDocument)
def patch_storyboard(
    project_id: str, user: CurrentUser, session: SessionDep, settings: SettingsDep, response: Response,
    operations: Annotated[list[dict[str, Any]], Body(description="JSON Patch (RFC 6902) operations")],
    if_match: str | None = Header(default=None),
) -> StoryboardDocument:  # fmt: skip
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.patch(
        session, project, operations, expected=_expected(if_match), read=reader(project, settings)
    )
    return _document(session, project, saved, response)


@router.get("/versions", response_model=StoryboardVersions)
def list_versions(project_id: str, user: CurrentUser, session: SessionDep) -> StoryboardVersions:
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    return StoryboardVersions(
        versions=[StoryboardVersion(version=v.version, source=v.source, created_at=v.created_at)
                  for v in boards.versions(session, project)],
        kept=boards.VERSIONS_KEPT,
    )  # fmt: skip


@router.get("/versions/{number}", response_model=StoryboardDocument)
def get_version(
    project_id: str, number: int, user: CurrentUser, session: SessionDep, response: Response
) -> StoryboardDocument:
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    return _document(session, project, boards.version(session, project, number), response)


@router.post("/versions/{number}/restore", response_model=StoryboardDocument)
def restore_version(
    project_id: str, number: int, user: CurrentUser, session: SessionDep, settings: SettingsDep,
    response: Response,
) -> StoryboardDocument:  # fmt: skip
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.restore(session, project, number, read=reader(project, settings))
    return _document(session, project, saved, response)


@router.post("/reread", response_model=StoryboardDocument)
def reread_storyboard(
    project_id: str, user: CurrentUser, session: SessionDep, settings: SettingsDep, response: Response,
    if_match: str | None = Header(default=None),
) -> StoryboardDocument:  # fmt: skip
    """Read the script again: the edits listed in `edits_since_reading` are lost (an older version keeps them)."""
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.reread(session, project, expected=_expected(if_match), read=reader(project, settings))
    return _document(session, project, saved, response)


@schema_router.get("/storyboard/schema")
def storyboard_schema() -> dict[str, Any]:
    """The JSON Schema every storyboard is validated against (PUT, PATCH, `filmstudio storyboard validate`)."""
    return Storyboard.model_json_schema()

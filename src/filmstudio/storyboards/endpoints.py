"""A project's storyboard, the document its film is made from: read, replaced, patched (JSON Patch),
its versions listed and restored, and read again from the script. Edits name the version they were made
on in `If-Match` (the ETag of the GET); an edit on an older version is refused with 409."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Query, Response
from fastapi import Path as FastPath
from pydantic import ValidationError
from sqlalchemy.orm import Session

from filmstudio.animation.portrait import portrait_png
from filmstudio.api.deps import CurrentUser, SessionDep, SettingsDep
from filmstudio.api.limits import spend_limit
from filmstudio.api.responses import PngResponse
from filmstudio.config import Settings
from filmstudio.credits.plans import check_limits, credits_required
from filmstudio.engines.registry import get_registry
from filmstudio.errors import InvalidInput, NotFound, PlanLimitExceeded
from filmstudio.film_request import FilmRequest, count_speakers, storyboard_for
from filmstudio.models import Project, ProjectStoryboard
from filmstudio.projects import service
from filmstudio.render import analyse, asset_cache
from filmstudio.storyboard import Character, Storyboard
from filmstudio.storyboards import pictures
from filmstudio.storyboards import service as boards
from filmstudio.storyboards.schemas import (
    DrawableSettings,
    Portrait,
    PortraitRequest,
    StoryboardDocument,
    StoryboardEstimate,
    StoryboardReplace,
    StoryboardSchema,
    StoryboardVersion,
    StoryboardVersions,
    ThingMatches,
    Voices,
)
from filmstudio.studio.preview import voices_for

router = APIRouter(prefix="/projects/{project_id}/storyboard", tags=["storyboard"])
MAX_VERSION = 2**31 - 1
schema_router = APIRouter(tags=["storyboard"])


def reader(project: Project, settings: Settings) -> Callable[[str], Storyboard]:
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


def _estimate(project: Project, board: Storyboard, tier: str) -> StoryboardEstimate:
    """What generating the film costs on the project's settings, and what the plan does not allow."""
    request = FilmRequest.from_settings(project.settings)
    speakers = count_speakers(board)
    problems = []
    try:
        check_limits(tier, duration=request.billed_seconds, characters=speakers, resolution=request.resolution)
    except PlanLimitExceeded as exc:
        problems.append(exc.message)
    return StoryboardEstimate(
        estimated_credits=credits_required(request.billed_seconds, request.films),
        plan_problems=problems,
        speaking_characters=speakers,
    )


def _document(
    session: Session, project: Project, saved: ProjectStoryboard, response: Response, tier: str
) -> StoryboardDocument:
    response.headers["ETag"] = f'"{saved.version}"'
    estimate = _estimate(project, Storyboard.model_validate(saved.document), tier)
    return StoryboardDocument(
        version=saved.version,
        estimated_credits=estimate.estimated_credits,
        plan_problems=estimate.plan_problems,
        source=saved.source,
        created_at=saved.created_at,
        script_changed=boards.script_changed(project, saved),
        edits_since_reading=boards.edits_since_reading(session, project),
        storyboard=saved.document,
    )


@router.get("", response_model=StoryboardDocument)
def get_storyboard(
    project_id: str, user: CurrentUser, session: SessionDep, settings: SettingsDep, response: Response
) -> StoryboardDocument:
    """The latest version (read from the script the first time it is asked for)."""
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.current(session, project, reader(project, settings))
    return _document(session, project, saved, response, user.tier)


@router.put("", response_model=StoryboardDocument)
def replace_storyboard(
    project_id: str,
    body: StoryboardReplace,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    if_match: str | None = Header(default=None),
) -> StoryboardDocument:
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.save(session, project, body.storyboard, expected=_expected(if_match), read=reader(project, settings))
    return _document(session, project, saved, response, user.tier)


@router.patch("", response_model=StoryboardDocument)
def patch_storyboard(
    project_id: str,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    operations: Annotated[list[dict[str, Any]], Body(description="JSON Patch (RFC 6902) operations")],
    if_match: str | None = Header(default=None),
) -> StoryboardDocument:
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.patch(session, project, operations, expected=_expected(if_match), read=reader(project, settings))
    return _document(session, project, saved, response, user.tier)


@router.post("/estimate", dependencies=[spend_limit("read")], response_model=StoryboardEstimate)
def estimate_storyboard(
    project_id: str, body: StoryboardReplace, user: CurrentUser, session: SessionDep
) -> StoryboardEstimate:
    """The cost and plan limits of a storyboard as it is being edited, before it is saved (nothing is)."""
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    return _estimate(project, boards.validate(body.storyboard), user.tier)


@router.get("/versions", response_model=StoryboardVersions)
def list_versions(project_id: str, user: CurrentUser, session: SessionDep) -> StoryboardVersions:
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    return StoryboardVersions(
        versions=[
            StoryboardVersion(version=v.version, source=v.source, created_at=v.created_at)
            for v in boards.versions(session, project)
        ],
        kept=boards.VERSIONS_KEPT,
    )


@router.get("/versions/{number}", response_model=StoryboardDocument)
def get_version(
    project_id: str,
    number: Annotated[int, FastPath(ge=1, le=MAX_VERSION)],
    user: CurrentUser,
    session: SessionDep,
    response: Response,
) -> StoryboardDocument:
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    return _document(session, project, boards.version(session, project, number), response, user.tier)


@router.post("/versions/{number}/restore", response_model=StoryboardDocument)
def restore_version(
    project_id: str,
    number: Annotated[int, FastPath(ge=1, le=MAX_VERSION)],
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> StoryboardDocument:
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.restore(session, project, number, read=reader(project, settings))
    return _document(session, project, saved, response, user.tier)


@router.post("/reread", dependencies=[spend_limit("read")], response_model=StoryboardDocument)
def reread_storyboard(
    project_id: str,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    if_match: str | None = Header(default=None),
) -> StoryboardDocument:
    """Read the script again: the edits listed in `edits_since_reading` are lost (an older version keeps them)."""
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = boards.reread(session, project, expected=_expected(if_match), read=reader(project, settings))
    return _document(session, project, saved, response, user.tier)


@schema_router.get("/storyboard/schema")
def storyboard_schema() -> StoryboardSchema:
    """The JSON Schema every storyboard is validated against (PUT, PATCH, `filmstudio storyboard validate`)."""
    return StoryboardSchema(Storyboard.model_json_schema())


@router.get(
    "/shots/{shot_id}/still",
    dependencies=[spend_limit("read")],
    response_class=PngResponse,
    responses={200: {"description": "The shot, small (PNG)"}},
)
def shot_still(
    project_id: str,
    shot_id: str,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    version: int | None = Query(None, ge=1, le=MAX_VERSION, description="the storyboard version (default: the latest)"),
) -> Response:
    """A still of a shot, or of the shot a sentence (moment id) becomes, as a storyboard version frames it:
    the painter's picture at 320×180 with the people acting in it."""
    project = service.get(session, user_id=user.user_id, project_id=project_id)
    saved = (
        boards.version(session, project, version)
        if version
        else boards.current(session, project, reader(project, settings))
    )
    try:
        png = pictures.shot_still(Storyboard.model_validate(saved.document), shot_id, settings, asset_cache(settings))
    except KeyError:
        raise NotFound(f"The storyboard has no shot '{shot_id[:40]}'.", details={"shot_id": shot_id[:40]}) from None
    # a version never changes: its stills may be kept; the latest may not
    cache = "private, max-age=86400, immutable" if version else "private, no-cache"
    return PngResponse(png, headers={"Cache-Control": cache})


@schema_router.get("/storyboard/settings")
def settings_offered(user: CurrentUser, language: str = Query("en", max_length=12)) -> DrawableSettings:
    """The settings the painter draws, labelled in the language, each with its thumbnail's address."""
    return DrawableSettings(
        settings=pictures.drawable_settings(language, thumbnail="/api/v1/storyboard/settings/{}.png")
    )


@schema_router.get(
    "/storyboard/settings/{key}.png", response_class=PngResponse, responses={200: {"description": "Its picture (PNG)"}}
)
def setting_thumbnail(key: str, settings: SettingsDep) -> Response:
    try:
        png = pictures.setting_thumbnail(key, settings, asset_cache(settings))
    except KeyError:
        raise NotFound(f"No drawable setting '{key[:40]}'.", details={"setting": key[:40]}) from None
    return PngResponse(png, headers={"Cache-Control": "public, max-age=86400"})


@schema_router.get("/storyboard/voices")
def voices_offered(user: CurrentUser, settings: SettingsDep, language: str = Query("en", max_length=12)) -> Voices:
    """The voices a character of the language can be given in the editor (a character's `voice_preference`)."""
    return Voices(voices=voices_for(language, settings, get_registry()))


@schema_router.get("/storyboard/things")
def things_offered(
    user: CurrentUser,
    q: str = Query(..., min_length=1, max_length=40),
    language: str = Query("en", max_length=12),
) -> ThingMatches:
    """Drawable things found by a name in the creator's language (or English)."""
    return ThingMatches(things=pictures.find_things(q, language))


@schema_router.post("/storyboard/portrait")
def portrait(body: PortraitRequest, user: CurrentUser) -> Portrait:
    """A character drawn as the film will draw it, for the editor to redraw as its look changes."""
    try:
        character = Character.model_validate(body.character, strict=True)
    except ValidationError as exc:
        errors = [{"path": "/character/" + "/".join(map(str, e["loc"])), "message": e["msg"]} for e in exc.errors()[:5]]
        raise InvalidInput(
            f"Not a character: {errors[0]['path']}: {errors[0]['message']}.", details={"errors": errors}
        ) from None
    return Portrait(portrait="data:image/png;base64," + base64.b64encode(portrait_png(character)).decode("ascii"))

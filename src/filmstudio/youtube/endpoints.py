"""/youtube: connect a channel, list its playlists, propose metadata, publish a film, follow an upload."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import select

from filmstudio.api.deps import CurrentUser, MediaStoreDep, SessionDep, SettingsDep
from filmstudio.api.limits import spend_limit
from filmstudio.models import YoutubeUpload
from filmstudio.projects import service as projects
from filmstudio.youtube import client, connection, publish, quota
from filmstudio.youtube.metadata import VideoMetadata
from filmstudio.youtube.schemas import (
    AuthorizationUrl,
    ChannelConnected,
    ChannelDisconnected,
    Playlist,
    PlaylistList,
    Published,
    QuotaToday,
    UploadList,
)

router = APIRouter(prefix="/youtube", tags=["youtube"])


class CallbackBody(BaseModel):
    code: str = Field(min_length=1, max_length=2048)
    state: str = Field(min_length=1, max_length=512)


class UploadBody(BaseModel):
    project_id: str
    title: str | None = Field(default=None, max_length=500)
    description: str | None = Field(default=None, max_length=20_000)
    tags: list[str] | None = Field(default=None, max_length=200)
    category_id: str | None = Field(default=None, max_length=10)
    privacy_status: str | None = Field(default=None, max_length=20)
    made_for_kids: bool | None = None
    default_language: str | None = Field(default=None, max_length=12)
    playlist_id: str | None = Field(default=None, max_length=100)
    playlist_title: str | None = Field(default=None, max_length=150)
    notify_subscribers: bool | None = None


@router.post("/authorize")
def authorize(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> AuthorizationUrl:
    return AuthorizationUrl(authorization_url=connection.start(session, settings, user))


@router.post("/callback")
def callback(body: CallbackBody, user: CurrentUser, session: SessionDep, settings: SettingsDep) -> ChannelConnected:
    connection.finish(session, settings, user, code=body.code, state=body.state)
    return ChannelConnected(
        status="connected", channel_id=user.youtube_channel_id, channel_title=user.youtube_channel_title
    )


@router.post("/disconnect")
def disconnect(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> ChannelDisconnected:
    return ChannelDisconnected(status="disconnected", revoked=connection.disconnect(settings, user))


@router.get("/playlists", dependencies=[spend_limit("publish")])
def playlists(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> PlaylistList:
    creds = connection.credentials_of(settings, user)
    quota.spend(
        session, settings.youtube_client_id or "", quota.COSTS["playlists.list"], limit=settings.youtube_daily_quota
    )
    session.commit()  # the units are spent whatever Google answers
    try:
        found = (
            client.api(settings, creds)
            .playlists()
            .list(part="snippet,contentDetails", mine=True, maxResults=50)
            .execute()
        )
    except Exception as exc:
        error = client.translate(exc)
        if error.details.get("reason") == "invalid_grant":
            connection.forget(user)
            error.keep_changes = True
        raise error from exc
    connection.keep(settings, user, creds)
    return PlaylistList(
        playlists=[
            Playlist(
                playlist_id=item["id"],
                title=item["snippet"]["title"],
                video_count=(item.get("contentDetails") or {}).get("itemCount", 0),
                created_at=item["snippet"].get("publishedAt"),
            )
            for item in found.get("items", [])
        ]
    )


@router.get("/metadata", dependencies=[spend_limit("write")])
def metadata(
    project_id: str, user: CurrentUser, session: SessionDep, store: MediaStoreDep, settings: SettingsDep
) -> VideoMetadata:
    """What the studio proposes for this film on YouTube; the user edits it before publishing."""
    project = projects.get(session, user_id=user.user_id, project_id=project_id)
    job = publish.latest_film(session, project.project_id)
    return publish.suggestion(session, store, job, title=project.title, settings=settings)


@router.post("/upload", dependencies=[spend_limit("publish")])
def upload(
    body: UploadBody,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    store: MediaStoreDep,
    request: Request,
) -> Published:
    """Publish the project's latest film now (the spec's contract: it answers when YouTube has it)."""
    project = projects.get(session, user_id=user.user_id, project_id=body.project_id)
    job = publish.latest_film(session, project.project_id)
    changes = body.model_dump(exclude={"project_id"}, exclude_none=True)
    row = publish.prepare(session, store, user, job, changes, settings)
    upload_id = row.upload_id
    session.commit()  # the record must be visible to the upload's own sessions and to progress polls
    video = publish.publish(request.app.state.sessions, settings, store, upload_id)
    return Published(
        video_id=video.video_id,
        url=video.url,
        status="uploaded",
        upload_id=upload_id,
        playlist_id=video.playlist_id,
        uploaded_at=video.uploaded_at,
    )


@router.get("/uploads")
def uploads(user: CurrentUser, session: SessionDep, project_id: str | None = None) -> UploadList:
    query = select(YoutubeUpload).where(YoutubeUpload.user_id == user.user_id)
    if project_id is not None:
        query = query.where(YoutubeUpload.project_id == projects.parse_id(project_id))
    rows = session.scalars(query.order_by(YoutubeUpload.created_at.desc()).limit(20)).all()
    return UploadList(uploads=[publish.describe(row) for row in rows])


@router.get("/quota")
def quota_today(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> QuotaToday:
    moment = datetime.now(UTC)
    return QuotaToday(
        used=quota.used(session, settings.youtube_client_id or "", moment),
        limit=settings.youtube_daily_quota,
        upload_cost=quota.upload_cost(captions=1, playlist=True),
        resets_at=quota.resets_at(moment),
    )

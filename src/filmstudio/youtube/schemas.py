"""YouTube bodies as the API answers them: the channel's connection, its playlists, a publication and
its progress, the day's quota. (The metadata a film is proposed with is `metadata.VideoMetadata`.)"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel, Field

from filmstudio.timestamps import UTCTimestamp


class AuthorizationUrl(BaseModel):
    authorization_url: str = Field(description="Google's consent page; it sends the user back to the callback.")


class ChannelConnected(BaseModel):
    status: Literal["connected"]
    channel_id: str | None
    channel_title: str | None


class ChannelDisconnected(BaseModel):
    status: Literal["disconnected"]
    revoked: bool = Field(description="Whether Google confirmed that the studio's access is revoked.")


class Playlist(BaseModel):
    playlist_id: str
    title: str
    video_count: int
    # Google's own `publishedAt` string, passed on as Google wrote it (not a time of the studio's)
    created_at: str | None


class PlaylistList(BaseModel):
    playlists: list[Playlist]


class Published(BaseModel):
    """A film on YouTube: the answer of POST /youtube/upload."""

    video_id: str
    url: str
    status: Literal["uploaded"]
    upload_id: uuid.UUID
    playlist_id: str | None
    uploaded_at: UTCTimestamp


class UploadError(BaseModel):
    code: str
    message: str | None


class UploadState(BaseModel):
    """An upload record: how far the publication of a film got."""

    upload_id: uuid.UUID
    project_id: uuid.UUID
    job_id: uuid.UUID
    status: str = Field(description="pending, uploading, completed or failed.")
    bytes_sent: int
    total_bytes: int
    progress: int = Field(description="Percent of the video's bytes YouTube has confirmed.")
    video_id: str | None
    url: str | None
    done: list[str] = Field(description='The parts finished: "video", "thumbnail", "captions:<lang>", "playlist".')
    # the metadata as asked (`VideoMetadata`'s fields), kept as recorded
    metadata: dict[str, Any] | None
    error: UploadError | None
    quota_units: int = Field(description="YouTube quota units reserved for this upload.")
    updated_at: UTCTimestamp


class UploadList(BaseModel):
    uploads: list[UploadState]


class QuotaToday(BaseModel):
    used: int
    limit: int
    upload_cost: int = Field(description="The most one publication may spend (a caption track and a new playlist).")
    resets_at: UTCTimestamp = Field(description="The next midnight Pacific time, when Google starts a new day.")

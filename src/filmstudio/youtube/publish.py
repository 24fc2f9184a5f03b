"""Publishing a finished film: what is asked (an upload record with its metadata), and doing it: the
video (resumable), its thumbnail, its caption tracks, its playlist, each done once. The record keeps
how far it got, so a retry or a restarted worker goes on from there without rendering or charging
again, and a failure leaves the film as it was: downloadable."""

from __future__ import annotations

import io
import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypedDict

from PIL import Image
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from filmstudio.config import Settings
from filmstudio.db.session import session_scope
from filmstudio.engines.llm.select import configured, llm_for
from filmstudio.errors import (
    InvalidInput,
    JobAlreadyProcessing,
    NotConnected,
    NotFound,
    QuotaExceeded,
    StudioError,
)
from filmstudio.languages import LANGUAGES
from filmstudio.media.store import MediaStore
from filmstudio.models import Asset, Job, User, YoutubeUpload, YoutubeVideo
from filmstudio.projects import service as projects
from filmstudio.storyboard import Storyboard
from filmstudio.youtube import client, connection, quota
from filmstudio.youtube.metadata import VideoMetadata, suggest
from filmstudio.youtube.model_metadata import video_metadata
from filmstudio.youtube.schemas import UploadError, UploadState

log = logging.getLogger("filmstudio.youtube")
THUMBNAIL_SIZE = (1280, 720)
THUMBNAIL_MAX_BYTES = 2 * 1024 * 1024
WATCH_URL = "https://www.youtube.com/watch?v={}"
Progress = Callable[[float], None]


def latest_film(session: Session, project_id: uuid.UUID) -> Job:
    job = session.scalar(
        select(Job)
        .where(Job.project_id == project_id, Job.output_url.is_not(None))
        .order_by(Job.created_at.desc())
        .limit(1)
    )
    if job is None:
        raise NotFound("This film has not been made yet: generate it first.")
    return job


def job_assets(session: Session, job: Job) -> list[Asset]:
    return [a for a in projects.assets_of(session, job.project_id) if a.meta.get("job_id") == str(job.job_id)]


def suggestion(
    session: Session, store: MediaStore, job: Job, *, title: str, settings: Settings | None = None, **fields: Any
) -> VideoMetadata:
    """The metadata the studio proposes for a film, from the storyboard it was made from: by the language
    model when one is set up (its title, description and tags; the rules' chapters and hashtags kept),
    else by the rules."""
    key = job.output_url.removeprefix("/media/").removesuffix(".mp4") + ".storyboard.json" if job.output_url else None
    try:
        board = Storyboard.model_validate_json(b"".join(store.read(key))) if key else Storyboard(title=title)
    except (NotFound, ValueError):
        board = Storyboard(title=title)
    meta = suggest(board, title=title)
    if settings is not None and settings.llm_engine != "none" and configured(settings):
        try:
            written = video_metadata(llm_for(settings), board, title=title)
            rules_tail = "\n\n".join(
                part for part in meta.description.split("\n\n") if part.startswith(("Chapters", "#", "Made with"))
            )
            meta = metadata_from(
                meta,
                {
                    "title": written["title"] or meta.title,
                    "tags": written["tags"] or meta.tags,
                    "description": "\n\n".join(p for p in (written["description"], rules_tail) if p),
                },
            )
        except StudioError as exc:
            log.info("metadata by rules: the language model failed (%s)", exc.message)
    return meta.model_copy(update={k: v for k, v in fields.items() if v is not None})


def metadata_from(base: VideoMetadata, changes: dict[str, Any]) -> VideoMetadata:
    try:
        return VideoMetadata.model_validate({**base.model_dump(), **changes})
    except ValidationError as exc:
        fields = [
            {"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"].removeprefix("Value error, ")}
            for e in exc.errors()
        ]
        raise InvalidInput(fields[0]["message"], details={"fields": fields}) from None


def prepare(
    session: Session, store: MediaStore, user: User, job: Job, changes: dict[str, Any], settings: Settings | None = None
) -> YoutubeUpload:
    """The upload record for publishing `job`'s film with these metadata changes. A failed upload of the
    same film is taken up again (what it finished stays finished); one in progress is refused."""
    if not connection.status(user)["connected"]:
        raise NotConnected("Connect your YouTube channel first (Account → Connect YouTube).")
    project = projects.get(session, user_id=user.user_id, project_id=job.project_id)
    meta = metadata_from(suggestion(session, store, job, title=project.title, settings=settings), changes)
    previous = upload_of_job(session, job.job_id)
    if previous is not None and previous.status in ("pending", "uploading"):
        raise JobAlreadyProcessing(
            "This film is being published already.", details={"upload_id": str(previous.upload_id)}
        )
    video = next((a for a in job_assets(session, job) if a.asset_type == "video"), None)
    if video is None:
        raise NotFound("This film's video file is missing.")
    wanted = meta.model_dump()
    if previous is not None and previous.status == "failed":
        done = previous.request.get("done", [])
        if previous.request.get("metadata") != wanted and "video" not in done:
            previous.resumable_uri, previous.bytes_sent = None, 0  # a new video: a new upload session
        previous.request = {"metadata": wanted, "done": done}
        previous.status, previous.error_code, previous.error_message = "pending", None, None
        return previous
    row = YoutubeUpload(
        user_id=user.user_id,
        project_id=job.project_id,
        job_id=job.job_id,
        status="pending",
        request={"metadata": wanted, "done": []},
        total_bytes=video.file_size or 0,
    )
    session.add(row)
    session.flush()
    return row


def upload_of_job(session: Session, job_id: uuid.UUID) -> YoutubeUpload | None:
    return session.scalar(
        select(YoutubeUpload).where(YoutubeUpload.job_id == job_id).order_by(YoutubeUpload.created_at.desc()).limit(1)
    )


def thumbnail_jpeg(data: bytes) -> bytes:
    """YouTube's thumbnail: 1280×720 (16:9, cropped to fill), JPEG, under 2 MB."""
    image: Image.Image = Image.open(io.BytesIO(data))
    if image.format == "JPEG" and image.size == THUMBNAIL_SIZE and len(data) < THUMBNAIL_MAX_BYTES:
        return data  # the film's own thumbnail, as it is
    image = image.convert("RGB")
    if image.size != THUMBNAIL_SIZE:
        width, height = image.size
        scale = max(THUMBNAIL_SIZE[0] / width, THUMBNAIL_SIZE[1] / height)
        image = image.resize((round(width * scale), round(height * scale)), Image.Resampling.LANCZOS)
        left, top = (image.width - THUMBNAIL_SIZE[0]) // 2, (image.height - THUMBNAIL_SIZE[1]) // 2
        image = image.crop((left, top, left + THUMBNAIL_SIZE[0], top + THUMBNAIL_SIZE[1]))
    for quality in (92, 85, 75, 60, 45):
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() < THUMBNAIL_MAX_BYTES:
            return out.getvalue()
    raise InvalidInput("The thumbnail cannot be made smaller than 2 MB.")


class _Files(TypedDict):
    """The store keys of what a publication uploads."""

    video: str
    thumbnail: str | None
    captions: dict[str, str]  # language: its SRT


class _Run:
    """One attempt at an upload record, with its own short database sessions (progress is seen by others
    while it runs)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        store: MediaStore,
        upload_id: uuid.UUID,
        on_progress: Progress | None,
    ) -> None:
        self.sessions, self.settings, self.store = sessions, settings, store
        self.upload_id, self.on_progress = upload_id, on_progress or (lambda fraction: None)
        self.backoff = client.Backoff(settings.youtube_retries, settings.youtube_retry_seconds)
        self.project = settings.youtube_client_id or ""
        self.parts: dict[str, int] = {}  # parts reserved and not yet called: released if the run fails
        self.current: tuple[str, int] | None = None  # the part whose call is out
        self.reserved_at = datetime.now(UTC)

    def _spend(self, operation: str) -> None:
        with session_scope(self.sessions) as session:
            quota.spend(session, self.project, quota.COSTS[operation], limit=self.settings.youtube_daily_quota)

    def _row(self, session: Session) -> YoutubeUpload:
        row = session.get(YoutubeUpload, self.upload_id)
        if row is None:
            raise NotFound("No such upload.")
        return row

    def _mark(self, **changes: Any) -> None:
        with session_scope(self.sessions) as session:
            row = self._row(session)
            done = changes.pop("done", None)
            if done and self.current and self.current[0] == done:
                self.current = None
            if done:
                row.request = {**row.request, "done": [*row.request.get("done", []), done]}
            for name, value in changes.items():
                setattr(row, name, value)

    def begin(self) -> tuple[YoutubeUpload, VideoMetadata, _Files, Any]:
        with session_scope(self.sessions) as session:
            row = self._row(session)
            creds = connection.credentials_of(self.settings, _owner(session, row))
            meta = VideoMetadata.model_validate(row.request["metadata"])
            job = session.get(Job, row.job_id)
            if job is None:  # a foreign key: the upload is deleted with its job
                raise RuntimeError(f"upload {row.upload_id} has no job {row.job_id}")
            assets = job_assets(session, job)
            files: _Files = {
                "video": next(a.s3_key for a in assets if a.asset_type == "video"),
                "thumbnail": next((a.s3_key for a in assets if a.asset_type == "thumbnail"), None),
                "captions": {
                    a.meta["language"]: a.s3_key
                    for a in assets
                    if a.asset_type == "subtitle" and a.meta.get("format") == "srt"
                },
            }
            done = set(row.request.get("done", []))
            if row.quota_units == 0:  # what is left to do, reserved before the first call
                parts = quota.publication_parts(
                    video="video" not in done and not row.resumable_uri,  # a resumed session is not charged
                    thumbnail=bool(files["thumbnail"]) and "thumbnail" not in done,
                    captions=[lang for lang in sorted(files["captions"]) if f"captions:{lang}" not in done],
                    playlist=None
                    if "playlist" in done
                    else "id"
                    if meta.playlist_id
                    else "title"
                    if meta.playlist_title
                    else None,
                )
                self.reserved_at = datetime.now(UTC)
                quota.spend(
                    session,
                    self.project,
                    sum(parts.values()),
                    limit=self.settings.youtube_daily_quota,
                    moment=self.reserved_at,
                )
                self.parts, row.quota_units = parts, sum(parts.values())
            row.status, row.error_code, row.error_message = "uploading", None, None
            session.expunge(row)
        self.creds = creds
        return row, meta, files, client.api(self.settings, creds)

    def video(self, row: YoutubeUpload, meta: VideoMetadata, key: str, youtube: Any) -> str:
        media = client.StoreMedia(self.store, key, mimetype="video/mp4", chunksize=self.settings.youtube_chunk_bytes)
        body = {
            "snippet": {
                "title": meta.title,
                "description": meta.description,
                "tags": meta.tags,
                "categoryId": meta.category_id,
                "defaultLanguage": meta.default_language,
                "defaultAudioLanguage": meta.default_language,
            },
            "status": {
                "privacyStatus": meta.privacy_status,
                "selfDeclaredMadeForKids": meta.made_for_kids,
                "embeddable": True,
            },
        }

        def chunk(confirmed: int, uri: str | None) -> None:
            self._mark(bytes_sent=confirmed, resumable_uri=uri, total_bytes=media.size())
            self.on_progress(0.9 * confirmed / max(1, media.size()))

        self.calling("video")
        response = client.resumable_insert(
            youtube,
            body=body,
            media=media,
            backoff=self.backoff,
            notify_subscribers=meta.notify_subscribers,
            resume_uri=row.resumable_uri,
            on_chunk=chunk,
        )
        self._mark(video_id=response["id"], done="video")
        return response["id"]

    def thumbnail(self, video_id: str, key: str, youtube: Any) -> None:
        data = thumbnail_jpeg(b"".join(self.store.read(key)))
        self.calling("thumbnail")
        self.backoff.run(
            lambda: (
                youtube.thumbnails().set(videoId=video_id, media_body=client.small_media(data, "image/jpeg")).execute()
            ),
            "thumbnail",
        )
        self._mark(done="thumbnail")

    def caption(self, video_id: str, language: str, key: str, youtube: Any) -> None:
        data = b"".join(self.store.read(key))
        body = {
            "snippet": {
                "videoId": video_id,
                "language": language,
                "isDraft": False,
                "name": LANGUAGES[language].name if language in LANGUAGES else language,
            }
        }
        self.calling(f"captions:{language}")
        self.backoff.run(
            lambda: (
                youtube.captions()
                .insert(
                    part="snippet",
                    body=body,
                    media_body=client.small_media(data, "application/octet-stream"),
                    sync=False,
                )
                .execute()
            ),
            f"captions {language}",
        )
        self._mark(done=f"captions:{language}")

    def playlist(self, video_id: str, meta: VideoMetadata, youtube: Any) -> str:
        self.calling("playlist")
        playlist_id = meta.playlist_id or self._find_or_create(meta, youtube)
        body = {
            "snippet": {
                "playlistId": playlist_id,
                "resourceId": {"kind": "youtube#video", "videoId": video_id},
            }
        }
        self.backoff.run(lambda: youtube.playlistItems().insert(part="snippet", body=body).execute(), "playlist item")
        self._mark(done="playlist")
        return playlist_id

    def _find_or_create(self, meta: VideoMetadata, youtube: Any) -> str:
        wanted = (meta.playlist_title or "").casefold()
        page_token, first = None, True
        while True:
            if not first:
                self._spend("playlists.list")
            first = False

            def listing(token: str | None = page_token) -> Any:  # this page's token, not the loop's last
                return youtube.playlists().list(part="snippet", mine=True, maxResults=50, pageToken=token).execute()

            found = self.backoff.run(listing, "playlists")
            for item in found.get("items", []):
                if item["snippet"]["title"].casefold() == wanted:
                    return item["id"]
            page_token = found.get("nextPageToken")
            if not page_token:
                break
        body = {
            "snippet": {"title": meta.playlist_title, "description": "Films made with AI Film Studio."},
            "status": {"privacyStatus": meta.privacy_status},
        }
        self._spend("playlists.insert")  # only now: none had the title
        return self.backoff.run(
            lambda: youtube.playlists().insert(part="snippet,status", body=body).execute(), "new playlist"
        )["id"]

    def calling(self, part: str) -> None:
        """`part`'s call goes out: Google counts it even when it fails, unless it refuses it for quota."""
        if part in self.parts:
            self.current = (part, self.parts.pop(part))

    def release(self, error: StudioError) -> None:
        """After a failure: the units of the parts never called go back (and of the call Google refused
        for quota), and a retry reserves anew what is left."""
        units = sum(self.parts.values())
        if self.current is not None and isinstance(error, QuotaExceeded):
            units += self.current[1]
        with session_scope(self.sessions) as session:
            quota.release(session, self.project, units, moment=self.reserved_at)
            row = session.get(YoutubeUpload, self.upload_id)
            if row is not None:
                row.quota_units = 0
        self.parts = {}

    def save_tokens(self, *, forget: bool = False) -> None:
        creds = getattr(self, "creds", None)
        with session_scope(self.sessions) as session:
            user = _owner(session, self._row(session))
            if forget:
                connection.forget(user)
            elif creds is not None and creds.token:
                connection.keep(self.settings, user, creds)


def _owner(session: Session, row: YoutubeUpload) -> User:
    """An upload's user (a foreign key: the upload is deleted with them)."""
    user = session.get(User, row.user_id)
    if user is None:
        raise RuntimeError(f"upload {row.upload_id} has no user {row.user_id}")
    return user


def publish(
    sessions: sessionmaker[Session],
    settings: Settings,
    store: MediaStore,
    upload_id: uuid.UUID,
    *,
    on_progress: Progress | None = None,
) -> YoutubeVideo:
    """Carry out an upload record to the end, or raise the reason (recorded on it). Parts already done
    (the video, the thumbnail, a caption track, the playlist) are not done again."""
    run = _Run(sessions, settings, store, upload_id, on_progress)
    try:
        row, meta, files, youtube = run.begin()
        done = set(row.request.get("done", []))
        video_id = row.video_id if "video" in done else run.video(row, meta, files["video"], youtube)
        if video_id is None:  # _mark records the video's id with its "done"
            raise RuntimeError(f"upload {upload_id} has its video done but no video id")
        if files["thumbnail"] and "thumbnail" not in done:
            run.thumbnail(video_id, files["thumbnail"], youtube)
        run.on_progress(0.93)
        for language, key in sorted(files["captions"].items()):
            if f"captions:{language}" not in done:
                run.caption(video_id, language, key, youtube)
        run.on_progress(0.96)
        playlist_id = None
        if (meta.playlist_title or meta.playlist_id) and "playlist" not in done:
            playlist_id = run.playlist(video_id, meta, youtube)
    except Exception as exc:
        error = client.translate(exc)
        if not isinstance(exc, StudioError):
            log.warning("upload %s failed", upload_id, exc_info=True)
        revoked = isinstance(error, NotConnected) and error.details.get("reason") == "invalid_grant"
        run.save_tokens(forget=revoked)
        run.release(error)
        run._mark(status="failed", error_code=error.code, error_message=error.message)
        raise error from exc
    run.save_tokens()
    with session_scope(sessions) as session:
        row = run._row(session)
        row.status, row.bytes_sent = "completed", row.total_bytes
        video = YoutubeVideo(
            project_id=row.project_id,
            user_id=row.user_id,
            video_id=video_id,
            url=WATCH_URL.format(video_id),
            title=meta.title,
            description=meta.description,
            privacy_status=meta.privacy_status,
            status="uploaded",
            playlist_id=playlist_id or meta.playlist_id,
            analytics={"upload_id": str(upload_id), "tags": meta.tags},
            uploaded_at=datetime.now(UTC),
        )
        session.add(video)
        session.flush()
        session.expunge(video)
    run.on_progress(1.0)
    return video


def describe(row: YoutubeUpload) -> UploadState:
    return UploadState(
        upload_id=row.upload_id,
        project_id=row.project_id,
        job_id=row.job_id,
        status=row.status,
        bytes_sent=row.bytes_sent,
        total_bytes=row.total_bytes,
        progress=round(100 * row.bytes_sent / row.total_bytes) if row.total_bytes else 0,
        video_id=row.video_id,
        url=WATCH_URL.format(row.video_id) if row.video_id else None,
        done=row.request.get("done", []),
        metadata=row.request.get("metadata"),
        error=UploadError(code=row.error_code, message=row.error_message) if row.error_code else None,
        quota_units=row.quota_units,
        updated_at=row.updated_at,
    )

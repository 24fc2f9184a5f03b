"""The YouTube Data API v3 through Google's own client (`google-api-python-client`, with the discovery
document it bundles: nothing is fetched to build it) and google-auth's credentials, which refresh
themselves. Every call Google can refuse is translated into the studio's errors here."""

from __future__ import annotations

import io
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import google_auth_httplib2
import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import MediaIoBaseUpload, MediaUpload

from filmstudio.config import Settings
from filmstudio.errors import NotConnected, ServiceFailed, StudioError
from filmstudio.media.store import MediaStore
from filmstudio.youtube import quota
from filmstudio.youtube.oauth import SCOPES, client_of

log = logging.getLogger("filmstudio.youtube")
HTTP_TIMEOUT = 120
RECONNECT = "YouTube no longer accepts the studio's access to your channel. Connect your channel again."


def credentials(
    settings: Settings, *, access_token: str | None, refresh_token: str | None, expires_at: datetime | None
) -> Credentials:
    client_id, secret = client_of(settings)
    expiry = expires_at.astimezone(UTC).replace(tzinfo=None) if expires_at else None  # google-auth: naive UTC
    return Credentials(
        token=access_token,
        refresh_token=refresh_token,
        token_uri=settings.youtube_token_url,
        client_id=client_id,
        client_secret=secret,
        scopes=list(SCOPES),
        expiry=expiry,
    )


def api(settings: Settings, creds: Credentials) -> Any:
    ca_certs = str(settings.youtube_ca_bundle) if settings.youtube_ca_bundle else None
    transport = httplib2.Http(timeout=HTTP_TIMEOUT, ca_certs=ca_certs)
    transport.redirect_codes = transport.redirect_codes - {308}  # "Resume Incomplete", not a redirect
    http = google_auth_httplib2.AuthorizedHttp(creds, http=transport)
    endpoint = settings.youtube_api_url if settings.youtube_api_url.endswith("/") else settings.youtube_api_url + "/"
    return build(
        "youtube",
        "v3",
        http=http,
        static_discovery=True,
        cache_discovery=False,
        client_options={"api_endpoint": endpoint},
    )


def translate(exc: BaseException) -> StudioError:
    """Google's refusals as the studio's errors: quota, a revoked grant, anything else."""
    if isinstance(exc, StudioError):
        return exc
    if isinstance(exc, RefreshError):
        return NotConnected(RECONNECT, details={"reason": "invalid_grant"})
    if isinstance(exc, HttpError):
        reasons = [d.get("reason") for d in (exc.error_details or []) if isinstance(d, dict)]
        if exc.resp.status == 403 and {"quotaExceeded", "dailyLimitExceeded"} & set(reasons):
            return quota.exceeded(datetime.now(UTC), needed=None, used=None, limit=None)
        if exc.resp.status == 401:
            return NotConnected(RECONNECT, details={"reason": "unauthorized"})
        return ServiceFailed(
            f"YouTube refused the request ({exc.resp.status}): {exc.reason}",
            details={"status": exc.resp.status, "reasons": reasons},
        )
    if isinstance(exc, TransportError | OSError | httplib2.HttpLib2Error):
        return ServiceFailed(f"YouTube did not answer: {type(exc).__name__}.")
    return ServiceFailed(f"YouTube upload failed: {type(exc).__name__}.")


def retryable(exc: BaseException) -> bool:
    if isinstance(exc, HttpError):
        return exc.resp.status >= 500 or exc.resp.status == 429
    return isinstance(exc, TransportError | OSError | httplib2.HttpLib2Error) and not isinstance(exc, RefreshError)


class StoreMedia(MediaUpload):
    """A stored file as a resumable upload, read chunk by chunk from the media store (a local folder or
    a bucket): bytes, not a stream, so a chunk re-sent after a token refresh is whole again."""

    def __init__(self, store: MediaStore, key: str, *, mimetype: str, chunksize: int) -> None:
        self._store, self._key, self._mimetype, self._chunksize = store, key, mimetype, chunksize
        self._size = store.size(key)

    def chunksize(self) -> int:
        return self._chunksize

    def mimetype(self) -> str:
        return self._mimetype

    def size(self) -> int:
        return self._size

    def resumable(self) -> bool:
        return True

    def has_stream(self) -> bool:
        return False

    def getbytes(self, begin: int, length: int) -> bytes:
        return b"".join(self._store.read(self._key, start=begin, length=min(length, self._size - begin)))


def small_media(data: bytes, mimetype: str) -> MediaIoBaseUpload:
    return MediaIoBaseUpload(io.BytesIO(data), mimetype=mimetype, resumable=False)


@dataclass
class Backoff:
    """Exponential backoff with jitter: base, 2×base, 4×base… up to `tries` attempts."""

    tries: int
    base: float
    sleep: Callable[[float], None] = time.sleep

    def run(self, call: Callable[[], Any], what: str) -> Any:
        for attempt in range(self.tries + 1):
            try:
                return call()
            except Exception as exc:
                if attempt == self.tries or not retryable(exc):
                    raise translate(exc) from exc
                delay = self.base * 2**attempt * (0.5 + random.random() / 2)
                log.warning("%s: %s; retrying in %.2f s", what, type(exc).__name__, delay)
                self.sleep(delay)
        raise AssertionError("unreachable")


def resumable_insert(
    youtube: Any,
    *,
    body: dict,
    media: StoreMedia,
    notify_subscribers: bool,
    resume_uri: str | None,
    backoff: Backoff,
    on_chunk: Callable[[int, str | None], None],
) -> dict:
    """videos.insert as a resumable upload, chunk by chunk. After a dropped connection or a 5xx the client
    asks the server how much it holds (`Content-Range: bytes */N` → 308 with `Range`) and goes on from
    there; given `resume_uri` (a worker restarted), it starts by asking. `on_chunk(bytes_confirmed, uri)`
    follows each chunk."""
    request = youtube.videos().insert(
        part="snippet,status", body=body, media_body=media, notifySubscribers=notify_subscribers
    )
    if resume_uri:
        request.resumable_uri = resume_uri
        request._in_error_state = True  # the client's own flag for "ask the server where we are first"
    response = None
    while response is None:
        status, response = backoff.run(lambda: request.next_chunk(num_retries=0), "video chunk")
        confirmed = media.size() if response is not None else (status.resumable_progress if status else 0)
        on_chunk(confirmed, request.resumable_uri)
    return response

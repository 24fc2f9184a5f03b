"""Where finished files live: one store, typed records of what each file is, signed links."""

from __future__ import annotations

from filmstudio.config import Settings
from filmstudio.media.store.base import MediaStore
from filmstudio.media.store.kinds import (
    ANIMATION,
    AUDIO,
    STORYBOARD,
    THUMBNAIL,
    VIDEO,
    MediaFile,
    MediaKind,
    StoredMedia,
)
from filmstudio.media.store.local import LocalMediaStore

__all__ = [
    "ANIMATION",
    "AUDIO",
    "STORYBOARD",
    "THUMBNAIL",
    "VIDEO",
    "LocalMediaStore",
    "MediaFile",
    "MediaKind",
    "MediaStore",
    "StoredMedia",
    "key_of_url",
    "media_store",
    "media_url",
]

MEDIA_ROUTE = "/media/"


def media_store(settings: Settings) -> MediaStore:
    """The studio's store, from settings: a bucket when S3_BUCKET is set, else the local folder MEDIA_DIR."""
    if settings.s3_bucket:
        from filmstudio.media.store.s3 import S3MediaStore

        return S3MediaStore.from_settings(settings)
    return LocalMediaStore(settings.media_dir, secret=settings.resolved_secret_key())


def media_url(key: str) -> str:
    """How a stored file is recorded in the database: its key under the store's route."""
    return MEDIA_ROUTE + key


def key_of_url(url: str | None) -> str | None:
    """Stored links are `/media/<key>`; other links (already absolute) have no key here."""
    if url and url.startswith(MEDIA_ROUTE):
        return url[len(MEDIA_ROUTE) :]
    return None

"""The media store interface: the local folder implements it first; an S3-compatible bucket implements
the same four operations (put, read a byte range, signed URL, delete) plus size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from filmstudio.errors import NotFound

CHUNK = 256 * 1024


class MediaStore(Protocol):
    def put(self, key: str, source: Path, *, content_type: str) -> int:
        """Take a finished file (moved, or uploaded and removed) under `key`; returns its size. The
        file appears whole or not at all."""
        ...

    def size(self, key: str) -> int:
        """Bytes in the stored file; raises NotFound."""
        ...

    def read(self, key: str, *, start: int = 0, length: int | None = None) -> Iterator[bytes]:
        """The bytes from `start`, `length` of them (to the end when None), in chunks."""
        ...

    def signed_url(self, key: str, *, expires_in: int = 3600) -> str:
        """A link anyone may fetch the file with until it expires (relative to the studio's own
        address for the local store, absolute for a bucket)."""
        ...

    def delete(self, key: str) -> None:
        """Remove the file; a missing file is not an error."""
        ...


def check_key(key: str) -> str:
    """Keys are relative paths of plain segments: no absolute paths, no '..', no empty segments."""
    parts = key.split("/")
    if not key or key.startswith("/") or any(p in ("", ".", "..") for p in parts) or "\\" in key:
        raise NotFound("File not found.")
    return key

"""The media store as a local folder, the embedded default. Its signed links point at the studio's own
`/media` route, which checks the signature and serves byte ranges."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from filmstudio.errors import NotFound
from filmstudio.media.store.base import CHUNK, check_key
from filmstudio.media.store.signing import sign, verify


class LocalMediaStore:
    def __init__(self, root: Path, *, secret: str = "") -> None:
        self.root = root
        self._secret = secret

    def path(self, key: str) -> Path:
        root = self.root.resolve()
        path = (root / check_key(key)).resolve()
        if root not in path.parents:
            raise NotFound("File not found.")
        return path

    def put(self, key: str, source: Path, *, content_type: str) -> int:
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            source.replace(target)  # same file system: one rename
        except OSError:  # another file system: copy beside the target, then rename into place
            fd, tmp = tempfile.mkstemp(prefix=".put-", dir=target.parent)
            os.close(fd)
            try:
                shutil.copyfile(source, tmp)
                Path(tmp).replace(target)
            finally:
                Path(tmp).unlink(missing_ok=True)
            source.unlink()
        return target.stat().st_size

    def size(self, key: str) -> int:
        path = self.path(key)
        if not path.is_file():
            raise NotFound("File not found.")
        return path.stat().st_size

    def read(self, key: str, *, start: int = 0, length: int | None = None) -> Iterator[bytes]:
        path = self.path(key)
        left = self.size(key) - start if length is None else length
        with path.open("rb") as fh:
            fh.seek(start)
            while left > 0:
                chunk = fh.read(min(CHUNK, left))
                if not chunk:
                    return
                left -= len(chunk)
                yield chunk

    def signed_url(self, key: str, *, expires_in: int = 3600) -> str:
        return sign(self._secret, check_key(key), seconds=expires_in)[0]

    def verify(self, key: str, expires: int, signature: str) -> None:
        """Raise NotFound unless the link was signed by this store and has not expired."""
        verify(self._secret, key, expires, signature)

    def delete(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)

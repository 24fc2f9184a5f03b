"""A content-addressed asset cache: an asset's key is a hash of everything that made it, so changing one
line re-makes that line only, and a retried job finds the work it already did."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger("filmstudio.cache")


def content_key(*parts: Any) -> str:
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str).encode()
    return hashlib.sha256(blob).hexdigest()


def file_digest(path: str | Path) -> str:
    """The hash of a file's bytes, for keys of assets made from files that may not be cached ones."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Remote(Protocol):
    """A shared second level (a bucket): whole files by key. Local misses look there; new assets go there."""

    def fetch(self, key: str, target: Path) -> bool: ...

    def keep(self, key: str, source: Path) -> None: ...


class AssetCache:
    def __init__(self, root: Path, *, remote: Remote | None = None) -> None:
        self.root = root
        self.remote = remote
        self.root.mkdir(parents=True, exist_ok=True)
        self.hits: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()
        self._lock = threading.Lock()

    def path_for(self, kind: str, key: str, suffix: str) -> Path:
        return self.root / kind / key[:2] / f"{key}{suffix}"

    @staticmethod
    def remote_key(kind: str, key: str, suffix: str) -> str:
        return f"cache/{kind}/{key[:2]}/{key}{suffix}"

    def _from_remote(self, kind: str, key: str, suffix: str, final: Path) -> bool:
        """Another machine made it: bring it here (atomically) and count a hit."""
        if self.remote is None:
            return False
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".remote-", suffix=suffix, dir=final.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            if not self.remote.fetch(self.remote_key(kind, key, suffix), tmp):
                return False
            tmp.replace(final)
        finally:
            tmp.unlink(missing_ok=True)
        with self._lock:
            self.hits[kind] += 1
        return True

    def _to_remote(self, kind: str, key: str, suffix: str, final: Path) -> None:
        if self.remote is not None:
            try:
                self.remote.keep(self.remote_key(kind, key, suffix), final)
            except Exception:  # the local copy stands; the next machine makes its own
                log.warning("could not share %s/%s with the remote cache", kind, key, exc_info=True)

    def get_or_create(self, kind: str, key: str, suffix: str, make: Callable[[Path], object]) -> Path:
        """The cached file for `key`, made by `make(tmp_path)` on a miss and moved into place atomically,
        so a crash never leaves a half-written asset under a valid key."""
        final = self.path_for(kind, key, suffix)
        if final.exists():
            with self._lock:
                self.hits[kind] += 1
            return final
        if self._from_remote(kind, key, suffix, final):
            return final
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=suffix, dir=final.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            make(tmp)
            tmp.replace(final)
        finally:
            tmp.unlink(missing_ok=True)
        with self._lock:
            self.misses[kind] += 1
        self._to_remote(kind, key, suffix, final)
        return final

    def get_json(self, kind: str, key: str, *, count: bool = True) -> Any | None:
        """The cached value, or None; `count=False` for a record kept beside an asset already counted."""
        path = self.path_for(kind, key, ".json")
        if path.exists():
            if count:
                with self._lock:
                    self.hits[kind] += 1
            return json.loads(path.read_text(encoding="utf-8"))
        if self._from_remote(kind, key, ".json", path):
            if not count:
                with self._lock:
                    self.hits[kind] -= 1
            return json.loads(path.read_text(encoding="utf-8"))
        return None

    def put_json(self, kind: str, key: str, value: Any) -> None:
        def write(tmp: Path) -> None:
            tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")

        final = self.path_for(kind, key, ".json")
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=final.parent)
        os.close(fd)
        write(Path(tmp_name))
        Path(tmp_name).replace(final)
        self._to_remote(kind, key, ".json", final)

"""The project list, the studio's hottest read, kept per user and page under a version the database
changes (how many projects the user has and when one last changed): a poll that finds the version it
already has is answered 304 from its ETag, and a page already made is served as it was made. The
signed links in a page are valid for an hour; a page is kept for half of that at most, and the ETag
changes with each half hour, so a client never keeps a link past its expiry."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

LINK_BUCKET_SECONDS = 1800  # half the signed links' hour
# pages kept in one process (a page of 20 is ~8 kB), the least recently served dropped first
MOST_PAGES = 2_000


class ListCache:
    def __init__(self, *, most: int = MOST_PAGES, clock: Callable[[], float] = time.time) -> None:
        self._pages: OrderedDict[Hashable, tuple[str, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self._most = most
        self._clock = clock

    def etag(self, key: Hashable, version: Hashable) -> str:
        """The ETag of `key`'s page at `version` in this half hour."""
        bucket = int(self._clock() // LINK_BUCKET_SECONDS)
        return '"' + hashlib.sha256(repr((key, version, bucket)).encode()).hexdigest()[:32] + '"'

    def get(self, etag: str) -> bytes | None:
        with self._lock:
            found = self._pages.get(etag)
            if found is None:
                return None
            self._pages.move_to_end(etag)
            return found[1]

    def put(self, etag: str, body: bytes) -> None:
        with self._lock:
            self._pages[etag] = (etag, body)
            self._pages.move_to_end(etag)
            while len(self._pages) > self._most:
                self._pages.popitem(last=False)


PAGES = ListCache()

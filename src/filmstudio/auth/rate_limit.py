"""Fixed-window rate limits, per client address and per account. In memory for one process, or in
Redis (INCR with expiry) when the studio runs as several processes."""

from __future__ import annotations

import threading
import time
from typing import Protocol

from filmstudio.errors import RateLimitExceeded


class Limiter(Protocol):
    def hit(self, key: str, *, limit: int, window: int) -> None: ...


class MemoryLimiter:
    def __init__(self) -> None:
        self._counts: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, *, limit: int, window: int) -> None:
        now = time.time()
        bucket = int(now // window)
        with self._lock:
            start, count = self._counts.get(key, (bucket, 0))
            if start != bucket:
                start, count = bucket, 0
            count += 1
            self._counts[key] = (start, count)
            if len(self._counts) > 100_000:  # forget old windows
                self._counts = {k: v for k, v in self._counts.items() if v[0] == bucket}
        if count > limit:
            _refuse(key, retry_after=int((bucket + 1) * window - now) + 1)


class RedisLimiter:
    def __init__(self, url: str) -> None:
        import redis

        self._redis = redis.Redis.from_url(url)

    def hit(self, key: str, *, limit: int, window: int) -> None:
        now = time.time()
        bucket = int(now // window)
        name = f"filmstudio:rl:{key}:{bucket}"
        pipe = self._redis.pipeline()
        pipe.incr(name)
        pipe.expire(name, window + 1)
        count = int(pipe.execute()[0])
        if count > limit:
            _refuse(key, retry_after=int((bucket + 1) * window - now) + 1)


def _refuse(key: str, *, retry_after: int) -> None:
    scope = key.split(":", 1)[0]
    raise RateLimitExceeded(
        f"Too many attempts. Try again in {retry_after} seconds.",
        details={"retry_after": retry_after, "scope": scope},
    )

"""Sliding-window rate limits, per client address and per account: at most `limit` hits in any `window`
seconds (a fixed window would let a burst through at each window's edge). In memory for one process, or
in Redis (a sorted set of hit times) when the studio runs as several processes."""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from typing import Protocol

from filmstudio.errors import RateLimitExceeded


class Limiter(Protocol):
    def hit(self, key: str, *, limit: int, window: int) -> None: ...


class MemoryLimiter:
    def __init__(self) -> None:
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, *, limit: int, window: int) -> None:
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - window:
                hits.popleft()
            if len(hits) >= limit:
                _refuse(key, retry_after=int(hits[0] + window - now) + 1)
            hits.append(now)
            if len(self._hits) > 100_000:  # forget idle keys
                self._hits = {k: v for k, v in self._hits.items() if v and v[-1] > now - window}


class RedisLimiter:
    def __init__(self, url: str) -> None:
        import redis

        self._redis = redis.Redis.from_url(url)

    def hit(self, key: str, *, limit: int, window: int) -> None:
        now = time.time()
        name = f"filmstudio:rl:{key}"
        pipe = self._redis.pipeline()
        pipe.zremrangebyscore(name, 0, now - window)
        pipe.zcard(name)
        pipe.zrange(name, 0, 0, withscores=True)
        _, count, oldest = pipe.execute()
        if count >= limit:
            first = oldest[0][1] if oldest else now
            _refuse(key, retry_after=int(first + window - now) + 1)
        pipe = self._redis.pipeline()
        pipe.zadd(name, {f"{now}:{secrets.token_hex(4)}": now})
        pipe.expire(name, window + 1)
        pipe.execute()


def _refuse(key: str, *, retry_after: int) -> None:
    scope = key.split(":", 1)[0]
    raise RateLimitExceeded(
        f"Too many requests. Try again in {retry_after} seconds.",
        details={"retry_after": retry_after, "scope": scope},
    )

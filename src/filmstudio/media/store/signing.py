"""Time-limited download links: an HMAC over the media key and an expiry time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

from filmstudio.errors import NotFound


def _mac(secret: str, key: str, expires: int) -> str:
    digest = hmac.new(secret.encode(), f"{key}\n{expires}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign(secret: str, key: str, *, seconds: int = 3600) -> tuple[str, int]:
    expires = int(time.time()) + seconds
    return f"/media/{key}?expires={expires}&signature={_mac(secret, key, expires)}", seconds


def verify(secret: str, key: str, expires: int, signature: str) -> None:
    if expires < time.time() or not hmac.compare_digest(_mac(secret, key, expires), signature):
        raise NotFound("This download link is invalid or has expired. Ask for a new one.")

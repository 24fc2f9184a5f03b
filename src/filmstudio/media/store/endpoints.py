"""`GET /media/<key>?expires=…&signature=…`: the local store's signed links, with byte ranges (206)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from filmstudio.media.store.kinds import MIME_TYPES

router = APIRouter(include_in_schema=False)
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(start, end inclusive) for a single `Range: bytes=…` header; None to send the whole file (no
    header, several ranges, or another unit). Raises ValueError when the range cannot be satisfied."""
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        count = int(last)
        if count == 0:
            raise ValueError("empty suffix range")
        return max(0, size - count), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise ValueError("range outside the file")
    return start, end


@router.get("/media/{key:path}")
def media(key: str, expires: int, signature: str, request: Request) -> Response:
    store = request.app.state.media_store
    store.verify(key, expires, signature)
    size = store.size(key)
    name = PurePosixPath(key).name
    headers = {
        "Accept-Ranges": "bytes",
        "Content-Disposition": f'inline; filename="{name}"',
        "Cache-Control": "private, max-age=3600",
    }
    media_type = MIME_TYPES.get(PurePosixPath(key).suffix.lstrip("."), "application/octet-stream")
    try:
        wanted = byte_range(request.headers.get("range"), size)
    except ValueError:
        return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{size}"})
    if wanted is None:
        return StreamingResponse(
            store.read(key), media_type=media_type, headers={**headers, "Content-Length": str(size)}
        )
    start, end = wanted
    return StreamingResponse(
        store.read(key, start=start, length=end - start + 1),
        status_code=206,
        media_type=media_type,
        headers={**headers, "Content-Range": f"bytes {start}-{end}/{size}", "Content-Length": str(end - start + 1)},
    )

"""Responses that are not JSON, each with its media type, so a route declares what it answers
(`response_class=PngResponse`) and OpenAPI shows it."""

from __future__ import annotations

from fastapi.responses import Response, StreamingResponse


class PngResponse(Response):
    media_type = "image/png"


class WavResponse(Response):
    media_type = "audio/wav"


class EventStream(StreamingResponse):
    """Server-sent events."""

    media_type = "text/event-stream"

"""Each request gets an id (the caller's X-Request-ID, or a new one) in its logs and answer, and counts in
the metrics under its route's template. A plain ASGI middleware: Starlette's `@app.middleware("http")`
wraps every answer in a task group and a stream, which cost a whole millisecond a request."""

from __future__ import annotations

import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from filmstudio.ops import logs
from filmstudio.ops.metrics import Metrics


class Observe:
    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        given = dict(scope.get("headers", [])).get(b"x-request-id", b"")[:64].decode("latin-1")
        rid = given or uuid.uuid4().hex
        token = logs.request_id.set(rid)
        started = time.perf_counter()
        status = 500

        async def answer(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode("latin-1"))]
            await send(message)

        try:
            await self.app(scope, receive, answer)
        finally:
            route = scope.get("route")
            self.metrics.observe(scope["method"], getattr(route, "path", "unmatched"), status, started)
            logs.request_id.reset(token)

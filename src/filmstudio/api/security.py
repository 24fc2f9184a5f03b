"""What every answer carries for the browser's safety, and the limit on what a request may send.

Headers: a Content-Security-Policy that allows scripts, styles and fonts from the studio only (no
inline script, no outside origin; media and images also from the bucket's address when media are
there, and Stripe.js where billing takes cards), no framing, no MIME sniffing, a strict referrer
policy, and HSTS outside development. The API
docs pages (Swagger UI and ReDoc load from a CDN) get every header but the CSP.

The body limit is checked on Content-Length, or on the bytes of a chunked body (read here, up to the
limit, before the route sees it), answering 413 in the API's error format."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlparse

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from filmstudio.api.errors import error_body
from filmstudio.config import Settings

_DOCS = ("/docs", "/redoc")


def content_security_policy(settings: Settings) -> str:
    media = ["'self'", "blob:"]
    bucket = settings.s3_public_endpoint_url or settings.s3_endpoint_url
    if settings.s3_bucket:
        parsed = urlparse(bucket) if bucket else None
        media.append(
            f"{parsed.scheme}://{parsed.netloc}"
            if parsed and parsed.netloc
            else f"https://{settings.s3_bucket}.s3.{settings.s3_region}.amazonaws.com"
        )
    sources = " ".join(media)
    # Stripe.js, only where it is used (billing configured outside development): a card form must come
    # from Stripe itself, in its own frames
    stripe = bool(settings.stripe_secret_key) and settings.environment != "development"
    script = "'self' https://js.stripe.com" if stripe else "'self'"
    frames = "https://js.stripe.com https://hooks.stripe.com" if stripe else "'none'"
    connect = "'self' https://api.stripe.com" if stripe else "'self'"
    return (
        f"default-src 'self'; script-src {script}; style-src 'self'; font-src 'self'; "
        f"img-src {sources} data:; media-src {sources}; connect-src {connect}; frame-src {frames}; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


class SecurityHeaders:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"strict-origin-when-cross-origin"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
        ]
        if settings.environment != "development":
            self.headers.append((b"strict-transport-security", b"max-age=63072000; includeSubDomains"))
        self.csp = (b"content-security-policy", content_security_policy(settings).encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        extra = self.headers if scope["path"].startswith(_DOCS) else [*self.headers, self.csp]

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in extra if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None:
            if not length.isdigit() or int(length) > self.limit:
                return await self._refuse(send)
            return await self.app(scope, receive, send)
        # no length (a chunked body): read it here, up to the limit, then hand it on as it came
        messages: list[Message] = []
        received = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            received += len(message.get("body", b""))
            if received > self.limit:
                return await self._refuse(send)
            if not message.get("more_body", False):
                break
        replay = iter(messages)

        async def replayed() -> Message:
            return next(replay, None) or await receive()

        await self.app(scope, replayed, send)

    async def _refuse(self, send: Send) -> None:
        body: dict[str, Any] = error_body(
            "PAYLOAD_TOO_LARGE", f"The request is larger than {self.limit:,} bytes.", {"limit": self.limit}
        )
        data = json.dumps(body).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": data})

"""Per-caller limits on the routes that spend: CPU (voice samples, readings), money (a paid language model,
Stripe) or quota (YouTube, Salesforce). Counted per account, and per API key as well when one is used,
in the limiter the login limits use (Redis when several processes serve); over the limit the answer is
429 RATE_LIMIT_EXCEEDED with Retry-After.

The caller is told from the credentials alone, without the database: a token's account id (its
signature checked), an API key's digest. A request with neither is limited by its address; the route's
own dependency then refuses it."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials

from filmstudio.api import deps
from filmstudio.auth.security import decode_access_token
from filmstudio.config import Settings
from filmstudio.errors import StudioError


def _caller(
    request: Request, settings: Settings, credentials: HTTPAuthorizationCredentials | None, api_key: str | None
) -> str:
    key, token = deps.presented_credentials(credentials, api_key)
    if key:
        digest = hashlib.sha256(key.encode()).hexdigest()[:24]
        return f"key-{digest}"  # counted by itself, as its per-minute limit is
    if token:
        try:
            return f"user-{decode_access_token(token, secret=settings.resolved_secret_key())}"
        except StudioError:
            pass  # the route refuses the token; counted by address meanwhile
    return f"client-{deps.client_address(request)}"


def spend_limit(scope: str) -> Any:
    """A route dependency: at most `spend_limits_per_minute[scope]` calls a minute per caller."""

    def check(
        request: Request,
        settings: Annotated[Settings, Depends(deps.get_settings)],
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(deps.bearer_scheme)],
        api_key: Annotated[str | None, Depends(deps.api_key_scheme)],
    ) -> None:
        limit = settings.spend_limits_per_minute.get(scope)
        if limit is None:
            return
        caller = _caller(request, settings, credentials, api_key)
        request.app.state.limiter.hit(f"{scope}:{caller}", limit=limit, window=60)

    return Depends(check)

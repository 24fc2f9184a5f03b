"""API keys, a Pro and Enterprise feature: made for a user with the scopes they choose, shown once,
kept only as an HMAC (with the studio's signing key), usable instead of a bearer token, revocable, and
rate-limited per key. A key reaches the project, job and credit routes its scopes allow; account,
billing, YouTube, key management and admin routes need the user's own sign-in."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from filmstudio.db.base import utcnow
from filmstudio.errors import (
    AuthenticationRequired,
    InvalidInput,
    NotFound,
    PlanLimitExceeded,
    ScopeNotAllowed,
)
from filmstudio.models import ApiKey, User

PREFIX = "fsk_"
SCOPES = ("projects:read", "projects:write", "jobs:read", "jobs:write", "credits:read")
PLANS_WITH_KEYS = ("pro", "enterprise")
MAX_KEYS = 20
_GENERATE = re.compile(r"^/projects/[^/]+/generate$")


def _digest(key: str, secret: str) -> str:
    return hmac.new(secret.encode(), key.encode(), hashlib.sha256).hexdigest()


def _check_plan(user: User) -> None:
    if user.tier not in PLANS_WITH_KEYS:
        raise PlanLimitExceeded(
            "API keys come with the Pro and Enterprise plans. Upgrade to use the API with a key.",
            details={"limit": "api_access", "plan": user.tier},
        )


def create(session: Session, user: User, *, name: str, scopes: list[str], secret: str) -> tuple[ApiKey, str]:
    """A new key and its secret text, which is never stored and cannot be shown again."""
    _check_plan(user)
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown or not scopes:
        raise InvalidInput(f"Choose scopes among {', '.join(SCOPES)}.", details={"unknown": unknown})
    active = session.scalars(select(ApiKey.key_id).where(ApiKey.user_id == user.user_id, ApiKey.revoked_at.is_(None)))
    if len(list(active)) >= MAX_KEYS:
        raise PlanLimitExceeded(f"At most {MAX_KEYS} active keys; revoke one first.", details={"limit": "api_keys"})
    key = PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(
        user_id=user.user_id, name=name, prefix=key[:12], key_hash=_digest(key, secret), scopes=sorted(set(scopes))
    )
    session.add(row)
    session.flush()
    return row, key


def of_user(session: Session, user: User) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).where(ApiKey.user_id == user.user_id).order_by(ApiKey.created_at)))


def revoke(session: Session, user: User, key_id: str) -> None:
    try:
        wanted = uuid.UUID(key_id)
    except ValueError:
        raise NotFound("No such API key.") from None
    row = session.get(ApiKey, wanted)
    if row is None or row.user_id != user.user_id:
        raise NotFound("No such API key.")
    row.revoked_at = row.revoked_at or utcnow()


def authenticate(session: Session, key: str, *, secret: str, method: str, path: str) -> tuple[User, ApiKey]:
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == _digest(key, secret)))
    if row is None or row.revoked_at is not None:
        raise AuthenticationRequired("This API key is not valid (revoked or mistyped).")
    user = session.get(User, row.user_id)
    if user is None or user.deleted_at is not None:
        raise AuthenticationRequired("The account for this API key no longer exists.")
    _check_plan(user)  # a plan moved down stops its keys until it moves back up
    needed = scope_for(method, path)
    if needed is None:
        raise ScopeNotAllowed("API keys cannot call this route; sign in instead.", details={"route": path})
    if needed and needed not in row.scopes:
        raise ScopeNotAllowed(
            f"This API key lacks the '{needed}' scope.", details={"needed": needed, "scopes": row.scopes}
        )
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=1):  # not a write per request
        session.execute(update(ApiKey).where(ApiKey.key_id == row.key_id).values(last_used_at=now))
    return user, row


def scope_for(method: str, path: str) -> str | None:
    """The scope a route needs from a key: "" for any key, None where keys may not go."""
    route = path.removeprefix("/api/v1")
    write = method not in ("GET", "HEAD")
    if route == "/users/me" and not write:
        return ""
    if _GENERATE.match(route):
        return "jobs:write"
    for prefix, name in (
        ("/projects", "projects"),
        ("/storyboard", "projects"),
        ("/jobs", "jobs"),
        ("/users/me/credits", "credits"),
        ("/credits", "credits"),
    ):
        if route == prefix or route.startswith(prefix + "/"):
            if name == "credits" and write:
                return None
            return f"{name}:{'write' if write else 'read'}"
    return None

"""Dependencies routes declare: the settings, a database session per request, the current user, the
media store."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from filmstudio.api_keys import service as api_keys
from filmstudio.auth.rate_limit import Limiter
from filmstudio.auth.security import decode_access_token
from filmstudio.config import Settings
from filmstudio.errors import AdminOnly, AuthenticationRequired, StudioError
from filmstudio.media.store import MediaStore
from filmstudio.models import User


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_db(request: Request) -> Iterator[Session]:
    """One session per request, committed when the route returns, rolled back when it raises. Used with
    scope="function", so the commit happens before the response leaves: a client that reads right after
    a write (log in after signing up) always sees it."""
    session = request.app.state.sessions()
    try:
        yield session
        session.commit()
    except StudioError as exc:
        session.commit() if exc.keep_changes else session.rollback()
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


async def get_media_store(request: Request) -> MediaStore:
    return request.app.state.media_store


def absolute(request: Request, url: str) -> str:
    """A store's link as clients use it: the local store's links are relative to the studio."""
    return str(request.base_url).rstrip("/") + url if url.startswith("/") else url


async def get_limiter(request: Request) -> Limiter:
    return request.app.state.limiter


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


_bearer = HTTPBearer(auto_error=False)
_api_key = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="An API key (Pro and Enterprise plans)."
)


def get_current_user(
    request: Request,
    session: Annotated[Session, Depends(get_db, scope="function")],
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    api_key: Annotated[str | None, Depends(_api_key)],
) -> User:
    token = credentials.credentials if credentials and credentials.scheme.lower() == "bearer" else None
    key = api_key or (token if token and token.startswith(api_keys.PREFIX) else None)
    if key:  # an API key instead of a sign-in: scoped, and limited per key
        user, row = api_keys.authenticate(session, key, secret=settings.resolved_secret_key(),
                                          method=request.method, path=request.url.path)  # fmt: skip
        request.app.state.limiter.hit(
            f"api-key:{row.key_id}", limit=settings.api_key_requests_per_minute, window=60
        )
        return user
    if token is None:
        raise AuthenticationRequired(
            "Sign in first: send 'Authorization: Bearer <access_token>' (or an API key)."
        )
    user_id = decode_access_token(token, secret=settings.resolved_secret_key())
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise AuthenticationRequired("The account for this token no longer exists.")
    return user


def get_admin_user(user: Annotated[User, Depends(get_current_user)]) -> User:
    if user.role != "admin":
        raise AdminOnly("Only the studio's admins can do this.")
    return user


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_db, scope="function")]
CurrentUser = Annotated[User, Depends(get_current_user)]
AdminUser = Annotated[User, Depends(get_admin_user)]
MediaStoreDep = Annotated[MediaStore, Depends(get_media_store)]
LimiterDep = Annotated[Limiter, Depends(get_limiter)]
ClientDep = Annotated[str, Depends(client_address)]

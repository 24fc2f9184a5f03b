"""Dependencies routes declare: the settings, a database session per request, the current user, the
media store."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from filmstudio.api_keys import service as api_keys
from filmstudio.auth.rate_limit import Limiter
from filmstudio.auth.security import decode_access_token
from filmstudio.config import Settings
from filmstudio.errors import AdminOnly, AuthenticationRequired, StudioError
from filmstudio.media.store import MediaStore
from filmstudio.models import User

T = TypeVar("T")


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


@contextmanager
def request_session(request: Request, *, read: bool = False) -> Iterator[Session]:
    """One session per request, committed when the route's work succeeds, rolled back when it raises
    (a studio error that keeps its changes is committed). A `read` session is in autocommit."""
    session = (request.app.state.read_sessions if read else request.app.state.sessions)()
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


def get_db(request: Request) -> Iterator[Session]:
    """The request's session. Used with scope="function", so the commit happens before the response
    leaves: a client that reads right after a write (log in after signing up) always sees it."""
    with request_session(request) as session:
        yield session


async def get_media_store(request: Request) -> MediaStore:
    return request.app.state.media_store


def absolute(request: Request, url: str) -> str:
    """A store's link as clients use it: the local store's links are relative to the studio."""
    return str(request.base_url).rstrip("/") + url if url.startswith("/") else url


async def get_limiter(request: Request) -> Limiter:
    return request.app.state.limiter


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


bearer_scheme = HTTPBearer(auto_error=False)
api_key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key (Pro and Enterprise plans).")


def get_current_user(
    request: Request,
    session: Annotated[Session, Depends(get_db, scope="function")],
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
) -> User:
    return signed_in_user(request, session, settings, credentials, api_key)


def signed_in_user(
    request: Request,
    session: Session,
    settings: Settings,
    credentials: HTTPAuthorizationCredentials | None,
    api_key: str | None,
) -> User:
    """Who is calling: an API key (scoped, limited per key) or a bearer token."""
    key, token = presented_credentials(credentials, api_key)
    if key:  # an API key instead of a sign-in: scoped, and limited per key
        user, row = api_keys.authenticate(
            session, key, secret=settings.resolved_secret_key(), method=request.method, path=request.url.path
        )
        request.app.state.limiter.hit(f"api-key:{row.key_id}", limit=settings.api_key_requests_per_minute, window=60)
        return user
    signed_in = session.get(User, _token_user_id(token, settings))
    if signed_in is None or signed_in.deleted_at is not None:
        raise AuthenticationRequired(GONE)
    return signed_in


def signed_in_user_id(
    request: Request,
    session: Session,
    settings: Settings,
    credentials: HTTPAuthorizationCredentials | None,
    api_key: str | None,
) -> uuid.UUID:
    """`signed_in_user`'s id; for a bearer token the account is checked with one small read, no entity."""
    key, token = presented_credentials(credentials, api_key)
    if key:
        return signed_in_user(request, session, settings, credentials, api_key).user_id
    user_id = _token_user_id(token, settings)
    if session.execute(_LIVE_ACCOUNT, {"user_id": user_id}).first() is None:
        raise AuthenticationRequired(GONE)
    return user_id


GONE = "The account for this token no longer exists."
_LIVE_ACCOUNT = select(User.user_id).where(User.user_id == bindparam("user_id"), User.deleted_at.is_(None))


def presented_credentials(
    credentials: HTTPAuthorizationCredentials | None, api_key: str | None
) -> tuple[str | None, str | None]:
    """(API key, bearer token) from the request's headers: a key may come as a bearer token too."""
    token = credentials.credentials if credentials and credentials.scheme.lower() == "bearer" else None
    key = api_key or (token if token and token.startswith(api_keys.PREFIX) else None)
    return key, None if key else token


def _token_user_id(token: str | None, settings: Settings) -> uuid.UUID:
    if token is None:
        raise AuthenticationRequired("Sign in first: send 'Authorization: Bearer <access_token>' (or an API key).")
    return decode_access_token(token, secret=settings.resolved_secret_key())


def get_admin_user(user: Annotated[User, Depends(get_current_user)]) -> User:
    if user.role != "admin":
        raise AdminOnly("Only the studio's admins can do this.")
    return user


@dataclass(frozen=True)
class Caller:
    """A request's credentials, read without touching the database: a hot read route checks them and does
    its work in one step (`in_one_hop`), where a sync session dependency, the user dependency and the
    route would each take a thread-pool hop."""

    request: Request
    settings: Settings
    credentials: HTTPAuthorizationCredentials | None
    api_key: str | None


async def get_caller(
    request: Request,
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
) -> Caller:
    return Caller(request, settings, credentials, api_key)


async def in_one_hop(caller: Caller, work: Callable[[Session, uuid.UUID], T]) -> T:
    """`work(session, user_id)` for the signed-in caller with a read session (each statement is its own
    transaction). With a token it runs on the event loop itself: its reads (autocommit, WAL or MVCC)
    wait on no lock and cost less than a thread-pool hop, whose GIL handoffs made the slow tail under
    load. An API key's check may write its last use, which can wait on a lock: that takes the hop."""

    def run() -> T:
        with request_session(caller.request, read=True) as session:
            user_id = signed_in_user_id(caller.request, session, caller.settings, caller.credentials, caller.api_key)
            return work(session, user_id)

    key, _token = presented_credentials(caller.credentials, caller.api_key)
    if key is None:
        return run()
    return await run_in_threadpool(run)


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_db, scope="function")]
CurrentUser = Annotated[User, Depends(get_current_user)]
CallerDep = Annotated[Caller, Depends(get_caller)]
AdminUser = Annotated[User, Depends(get_admin_user)]
MediaStoreDep = Annotated[MediaStore, Depends(get_media_store)]
LimiterDep = Annotated[Limiter, Depends(get_limiter)]
ClientDep = Annotated[str, Depends(client_address)]

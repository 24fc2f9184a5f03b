from __future__ import annotations

from fastapi import APIRouter, Response, status

from filmstudio.api.deps import ClientDep, LimiterDep, SessionDep, SettingsDep
from filmstudio.auth import service
from filmstudio.auth.schemas import (
    LoginRequest,
    LoginResponse,
    LoginUser,
    RefreshRequest,
    RefreshResponse,
    RegisterRequest,
    UserCreated,
)

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/register", status_code=status.HTTP_201_CREATED, response_model=UserCreated)
def register(
    body: RegisterRequest, session: SessionDep, settings: SettingsDep, limiter: LimiterDep, client: ClientDep
) -> UserCreated:
    user = service.register(
        session,
        email=body.email,
        password=body.password,
        full_name=body.full_name,
        settings=settings,
        limiter=limiter,
        client=client,
    )
    return UserCreated(
        user_id=user.user_id,
        email=user.email,
        full_name=user.full_name,
        tier=user.tier,
        credits=user.credits,
        created_at=user.created_at,
    )


@router.post("/login", response_model=LoginResponse)
def login(
    body: LoginRequest, session: SessionDep, settings: SettingsDep, limiter: LimiterDep, client: ClientDep
) -> LoginResponse:
    user, tokens = service.login(
        session, email=body.email, password=body.password, settings=settings, limiter=limiter, client=client
    )
    return LoginResponse(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
        user=LoginUser(user_id=user.user_id, email=user.email, tier=user.tier, credits=user.credits),
    )


@router.post("/refresh", response_model=RefreshResponse)
def refresh(body: RefreshRequest, session: SessionDep, settings: SettingsDep) -> RefreshResponse:
    tokens = service.refresh(session, refresh_token=body.refresh_token, settings=settings)
    return RefreshResponse(
        access_token=tokens.access_token, expires_in=tokens.expires_in, refresh_token=tokens.refresh_token
    )


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(body: RefreshRequest, session: SessionDep) -> Response:
    service.logout(session, refresh_token=body.refresh_token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)

"""Accounts: register, log in, refresh (rotating), log out. Services take the session first and never
know about HTTP; the request boundary commits."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from filmstudio.auth.rate_limit import Limiter
from filmstudio.auth.security import (
    check_password_strength,
    create_access_token,
    hash_password,
    new_refresh_token,
    token_hash,
    verify_password,
)
from filmstudio.config import Settings
from filmstudio.credits import service as credits
from filmstudio.credits.plans import PLANS
from filmstudio.credits.service import next_anniversary
from filmstudio.db.session import rows_changed
from filmstudio.errors import AuthenticationRequired, Conflict
from filmstudio.models import RefreshToken, Subscription, User


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int


def normalise_email(email: str) -> str:
    return email.strip().lower()


def register(
    session: Session,
    *,
    email: str,
    password: str,
    full_name: str | None,
    settings: Settings,
    limiter: Limiter,
    client: str,
) -> User:
    email = normalise_email(email)
    limiter.hit(f"register-client:{client}", limit=settings.register_limit_per_minute, window=60)
    limiter.hit(f"register-account:{email}", limit=settings.register_limit_per_minute, window=60)
    check_password_strength(password, email=email, name=full_name or "")
    if session.scalar(select(User.user_id).where(func.lower(User.email) == email)) is not None:
        raise Conflict("An account with this email already exists. Sign in instead.", details={"field": "email"})
    now = datetime.now(UTC)
    first = settings.first_user_admin and session.scalar(select(User.user_id).limit(1)) is None
    user = User(
        email=email,
        password_hash=hash_password(password),
        full_name=full_name,
        tier="free",
        credits=0,
        credit_reset_date=next_anniversary(now.date(), now.date()),
        created_at=now,
        role="admin" if first else "user",
    )
    session.add(user)
    session.flush()
    session.add(
        Subscription(
            user_id=user.user_id,
            plan="free",
            status="active",
            current_period_start=now,
            current_period_end=now + timedelta(days=30),
        )
    )
    credits.grant(session, user.user_id, PLANS["free"].credits_per_month, "Welcome credits (Free plan)")
    session.refresh(user)
    return user


def _issue(session: Session, user: User, settings: Settings, family: uuid.UUID | None = None) -> Tokens:
    token, digest = new_refresh_token()
    session.add(
        RefreshToken(
            user_id=user.user_id,
            family_id=family or uuid.uuid4(),
            token_hash=digest,
            expires_at=datetime.now(UTC) + timedelta(days=settings.refresh_token_days),
        )
    )
    access = create_access_token(
        user.user_id, secret=settings.resolved_secret_key(), seconds=settings.access_token_seconds
    )
    return Tokens(access, token, settings.access_token_seconds)


def login(
    session: Session, *, email: str, password: str, settings: Settings, limiter: Limiter, client: str
) -> tuple[User, Tokens]:
    email = normalise_email(email)
    limiter.hit(f"login-client:{client}", limit=settings.login_limit_per_minute, window=60)
    limiter.hit(f"login-account:{email}", limit=settings.login_limit_per_minute, window=60)
    user = session.scalar(select(User).where(func.lower(User.email) == email, User.deleted_at.is_(None)))
    if not verify_password(user.password_hash if user else None, password) or user is None:
        raise AuthenticationRequired("Email or password is incorrect.")
    user.last_login_at = datetime.now(UTC)
    return user, _issue(session, user, settings)


def refresh(session: Session, *, refresh_token: str, settings: Settings) -> Tokens:
    """Rotate: the presented token is spent and a new one returned. A spent token presented again means
    it was stolen or replayed, so its whole family is revoked."""
    now = datetime.now(UTC)
    row = session.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_hash(refresh_token)))
    if row is None:
        raise AuthenticationRequired("The refresh token is invalid.")
    if row.revoked_at is not None or row.used_at is not None:
        _revoke_family(session, row.family_id, now)
        raise AuthenticationRequired("The refresh token was already used or revoked. Sign in again.", keep_changes=True)
    if _aware(row.expires_at) <= now:
        raise AuthenticationRequired("The refresh token has expired. Sign in again.")
    spent = session.execute(
        update(RefreshToken)
        .where(RefreshToken.token_id == row.token_id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    if rows_changed(spent) != 1:  # another request spent it a moment ago
        _revoke_family(session, row.family_id, now)
        raise AuthenticationRequired("The refresh token was already used. Sign in again.", keep_changes=True)
    user = session.get(User, row.user_id)
    if user is None or user.deleted_at is not None:
        raise AuthenticationRequired("The account no longer exists.")
    return _issue(session, user, settings, family=row.family_id)


def logout(session: Session, *, refresh_token: str) -> None:
    row = session.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_hash(refresh_token)))
    if row is not None:
        _revoke_family(session, row.family_id, datetime.now(UTC))


def _revoke_family(session: Session, family_id: uuid.UUID, when: datetime) -> None:
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=when)
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def active_subscription(session: Session, user_id: uuid.UUID) -> Subscription | None:
    return session.scalar(
        select(Subscription).where(Subscription.user_id == user_id).order_by(Subscription.created_at.desc()).limit(1)
    )

"""A user's YouTube channel: connecting it (OAuth 2.0 with PKCE and a one-time state bound to the user),
its tokens (encrypted at rest, refreshed by google-auth, saved again when refreshed), disconnecting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from google.oauth2.credentials import Credentials
from sqlalchemy import update
from sqlalchemy.orm import Session

from filmstudio.config import Settings
from filmstudio.crypto import TokenBox
from filmstudio.db.session import rows_changed
from filmstudio.errors import InvalidInput, NotConnected, StudioError
from filmstudio.models import OAuthState, User
from filmstudio.youtube import client, oauth, quota

PROVIDER = "youtube"
STATE_LIFETIME = timedelta(minutes=10)


def start(session: Session, settings: Settings, user: User) -> str:
    """The Google consent URL for this user; its state is good once, for ten minutes, for this user."""
    state, verifier = oauth.new_state(), oauth.new_verifier()
    url = oauth.authorization_url(settings, state=state, verifier=verifier)
    session.add(
        OAuthState(state_hash=oauth.state_hash(state), user_id=user.user_id, provider=PROVIDER, code_verifier=verifier)
    )
    return url


def finish(session: Session, settings: Settings, user: User, *, code: str, state: str) -> User:
    """Exchange the code Google sent back, find the channel, keep the tokens. A state that this user did
    not start, that is stale, or that was used already is refused (and stays used)."""
    row = session.get(OAuthState, oauth.state_hash(state))
    refused = InvalidInput(
        "This YouTube authorization was not started here, has expired or was used "
        "already. Press Connect YouTube again.",
        details={"field": "state"},
    )
    if row is None or row.provider != PROVIDER or row.user_id != user.user_id:
        raise refused
    now = datetime.now(UTC)
    taken = session.execute(
        update(OAuthState)
        .where(OAuthState.state_hash == row.state_hash, OAuthState.used_at.is_(None))
        .values(used_at=now)
    )
    if rows_changed(taken) != 1 or now - row.created_at > STATE_LIFETIME:
        raise refused
    try:
        grant = oauth.exchange_code(settings, code=code, verifier=row.code_verifier)
        if grant.scopes and not set(oauth.SCOPES[:2]) <= set(grant.scopes):
            raise InvalidInput(
                "Allow the studio to upload videos and manage playlists, then connect again.",
                details={"granted": list(grant.scopes)},
            )
        if not grant.refresh_token:
            raise InvalidInput(
                "Google sent no refresh token; remove the studio's access from your Google account and connect again."
            )
        creds = client.credentials(
            settings, access_token=grant.access_token, refresh_token=grant.refresh_token, expires_at=grant.expires_at
        )
        quota.spend(
            session, settings.youtube_client_id or "", quota.COSTS["channels.list"], limit=settings.youtube_daily_quota
        )
        try:
            found = client.api(settings, creds).channels().list(part="snippet", mine=True).execute()
        except Exception as exc:
            raise client.translate(exc) from exc
        items = found.get("items") or []
        if not items:
            raise InvalidInput(
                "This Google account has no YouTube channel yet: create one on YouTube, then connect again."
            )
    except StudioError as exc:
        exc.keep_changes = True  # the state stays used
        raise
    user.youtube_channel_id = items[0]["id"]
    user.youtube_channel_title = (items[0].get("snippet") or {}).get("title")
    keep(settings, user, creds)
    return user


def keep(settings: Settings, user: User, creds: Credentials) -> None:
    """Store the (possibly refreshed) tokens, sealed."""
    box = TokenBox(settings)
    user.youtube_access_token = box.seal(creds.token)
    if creds.refresh_token:
        user.youtube_refresh_token = box.seal(creds.refresh_token)
    user.youtube_token_expires_at = creds.expiry.replace(tzinfo=UTC) if creds.expiry else None


def credentials_of(settings: Settings, user: User) -> Credentials:
    box = TokenBox(settings)
    refresh = box.open(user.youtube_refresh_token)
    if not user.youtube_channel_id or not refresh:
        raise NotConnected("Connect your YouTube channel first (Account → Connect YouTube).")
    return client.credentials(
        settings,
        access_token=box.open(user.youtube_access_token),
        refresh_token=refresh,
        expires_at=user.youtube_token_expires_at,
    )


def forget(user: User) -> None:
    user.youtube_channel_id = user.youtube_channel_title = None
    user.youtube_access_token = user.youtube_refresh_token = None
    user.youtube_token_expires_at = None


def disconnect(settings: Settings, user: User) -> bool:
    """Revoke the grant at Google (so the studio really loses access) and forget it here. True when Google
    confirmed; the tokens are forgotten either way."""
    box = TokenBox(settings)
    token = box.open(user.youtube_refresh_token) or box.open(user.youtube_access_token)
    revoked = oauth.revoke(settings, token) if token and settings.youtube_client_id else False
    forget(user)
    return revoked


def status(user: User) -> dict:
    return {
        "connected": bool(user.youtube_channel_id and user.youtube_refresh_token),
        "channel_id": user.youtube_channel_id,
        "channel_title": user.youtube_channel_title,
    }

"""Google's OAuth 2.0 for installed and web apps, the parts the studio uses: an authorization URL with
PKCE (S256) and offline access, the code exchange, and revocation. Token refresh is google-auth's."""

from __future__ import annotations

import base64
import hashlib
import secrets
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import httpx

from filmstudio.config import Settings
from filmstudio.errors import InvalidInput, NotConfigured, ServiceFailed

# upload videos; manage playlists (youtube); captions need force-ssl
SCOPES = (
    "https://www.googleapis.com/auth/youtube.upload",
    "https://www.googleapis.com/auth/youtube",
    "https://www.googleapis.com/auth/youtube.force-ssl",
)
TIMEOUT = httpx.Timeout(30.0)


def client_of(settings: Settings) -> tuple[str, str]:
    if not settings.youtube_client_id or not settings.youtube_client_secret:
        raise NotConfigured(
            "YouTube publishing is not configured on this studio: set FILMSTUDIO_YOUTUBE_CLIENT_ID and "
            "FILMSTUDIO_YOUTUBE_CLIENT_SECRET (a Google Cloud OAuth client with the YouTube Data API v3)."
        )
    return settings.youtube_client_id, settings.youtube_client_secret


def new_state() -> str:
    return secrets.token_urlsafe(32)


def state_hash(state: str) -> str:
    return hashlib.sha256(state.encode()).hexdigest()


def new_verifier() -> str:
    return secrets.token_urlsafe(64)  # 86 characters, within RFC 7636's 43..128


def challenge_of(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def authorization_url(settings: Settings, *, state: str, verifier: str) -> str:
    client_id, _ = client_of(settings)
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": settings.youtube_redirect_uri,
        "scope": " ".join(SCOPES),
        "state": state,
        "code_challenge": challenge_of(verifier),
        "code_challenge_method": "S256",
        "access_type": "offline",  # a refresh token, so uploads work while the user is away
        "prompt": "consent",  # Google only sends a refresh token on consent
        "include_granted_scopes": "true",
    }
    return f"{settings.youtube_auth_url}?{urlencode(query)}"


@dataclass(frozen=True)
class Grant:
    access_token: str
    refresh_token: str | None
    expires_at: datetime
    scopes: tuple[str, ...]


def exchange_code(settings: Settings, *, code: str, verifier: str) -> Grant:
    client_id, secret = client_of(settings)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "code_verifier": verifier,
        "client_id": client_id,
        "client_secret": secret,
        "redirect_uri": settings.youtube_redirect_uri,
    }
    try:
        response = httpx.post(settings.youtube_token_url, data=form, timeout=TIMEOUT, verify=_verify(settings))
    except httpx.HTTPError as exc:
        raise ServiceFailed(f"Google's token endpoint did not answer: {type(exc).__name__}") from None
    body = _json(response)
    if response.status_code == 400 and body.get("error") in ("invalid_grant", "invalid_request"):
        raise InvalidInput(
            "Google refused the authorization code (used already, expired or not for this studio). Connect again.",
            details={"reason": body.get("error")},
        )
    if response.status_code != 200 or "access_token" not in body:
        raise ServiceFailed(
            f"Google's token endpoint answered {response.status_code}.", details={"reason": body.get("error")}
        )
    granted = tuple(str(body.get("scope", "")).split())
    return Grant(
        access_token=body["access_token"],
        refresh_token=body.get("refresh_token"),
        expires_at=datetime.now(UTC) + timedelta(seconds=int(body.get("expires_in", 3600))),
        scopes=granted,
    )


def revoke(settings: Settings, token: str) -> bool:
    """Ask Google to forget the grant. True when it did (or had already)."""
    try:
        response = httpx.post(
            settings.youtube_revoke_url, data={"token": token}, timeout=TIMEOUT, verify=_verify(settings)
        )
    except httpx.HTTPError:
        return False
    return response.status_code == 200 or _json(response).get("error") == "invalid_token"


def _verify(settings: Settings) -> ssl.SSLContext | bool:
    if settings.youtube_ca_bundle is None:
        return True
    context = ssl.create_default_context()
    context.load_verify_locations(cafile=str(settings.youtube_ca_bundle))
    return context


def _json(response: httpx.Response) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}

"""Passwords (Argon2id, memory-hard), password strength, and signed access tokens."""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from datetime import UTC, datetime, timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from filmstudio.errors import AuthenticationRequired, InvalidInput

# 19 MiB, 2 passes: OWASP's Argon2id baseline
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_DUMMY_HASH = _HASHER.hash("a password nobody has")
_COMMON = {
    "password",
    "password1",
    "123456789",
    "qwertyuiop",
    "iloveyou",
    "letmein123",
    "welcome123",
    "admin12345",
    "1234567890",
    "passw0rd!",
}
ALGORITHM = "HS256"


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant work whether or not the account exists, so timing does not reveal accounts."""
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_password_strength(password: str, *, email: str = "", name: str = "") -> None:
    problems = []
    if len(password) < 10:
        problems.append("at least 10 characters")
    if len(password) > 128:
        problems.append("at most 128 characters")
    classes = sum(bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]"))
    if classes < 3:
        problems.append("three of: lower case, upper case, digits, symbols")
    lowered = password.lower()
    local = email.split("@")[0].lower()
    if lowered in _COMMON or (len(local) >= 4 and local in lowered):
        problems.append("not a common password or your email")
    if name and len(name) >= 4 and name.lower().replace(" ", "") in lowered:
        problems.append("not your name")
    if problems:
        raise InvalidInput(
            "Password is too weak: use " + "; ".join(problems) + ".",
            details={"field": "password", "requirements": problems},
        )


def create_access_token(user_id: uuid.UUID, *, secret: str, seconds: int) -> str:
    now = datetime.now(UTC)
    payload = {
        "sub": str(user_id),
        "type": "access",
        "iat": now,
        "exp": now + timedelta(seconds=seconds),
        "jti": secrets.token_hex(8),
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def decode_access_token(token: str, *, secret: str) -> uuid.UUID:
    try:
        payload = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]})
    except jwt.ExpiredSignatureError:
        raise AuthenticationRequired("Your session has expired. Sign in again or refresh the token.") from None
    except jwt.PyJWTError:
        raise AuthenticationRequired("The access token is invalid.") from None
    if payload.get("type") != "access":
        raise AuthenticationRequired("The access token is invalid.")
    try:
        return uuid.UUID(payload["sub"])
    except ValueError:
        raise AuthenticationRequired("The access token is invalid.") from None


def new_refresh_token() -> tuple[str, str]:
    """A random refresh token and the hash we store (the token itself is never stored)."""
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()

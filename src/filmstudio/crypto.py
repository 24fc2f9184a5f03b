"""Secrets kept in the database (other services' OAuth tokens) are encrypted at rest with one Fernet key
from the settings: a copy of the database alone gives nobody a channel."""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken

from filmstudio.config import Settings


class TokenBox:
    def __init__(self, settings: Settings) -> None:
        self._fernet = Fernet(settings.resolved_token_key())

    def seal(self, secret: str | None) -> str | None:
        return None if secret is None else self._fernet.encrypt(secret.encode()).decode()

    def open(self, sealed: str | None) -> str | None:
        """The secret, or None when there is none or it was sealed with another key (rotated away)."""
        if sealed is None:
            return None
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except InvalidToken:
            return None

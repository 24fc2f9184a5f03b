"""Errors the studio raises on purpose. Each carries a code from the API spec and a status code.

StudioError
├── InvalidInput              INVALID_INPUT (422): the user can fix it
│   ├── ScriptError           empty, binary, oversized or unparseable script
│   ├── UnsupportedLanguage   a language or translation pair the engines cannot do
│   └── DurationTooShort      the speech cannot fit the target duration
├── EngineNotInstalled        ENGINE_NOT_INSTALLED (503): names the extra or package to install
├── ToolFailed                INTERNAL_SERVER_ERROR (500): ffmpeg or another tool exited non-zero
└── Cancelled                 CANCELLED (409): the run was cancelled
"""

from __future__ import annotations

from typing import Any


class StudioError(Exception):
    code = "INTERNAL_SERVER_ERROR"
    status_code = 500

    def __init__(self, message: str, *, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class InvalidInput(StudioError):
    code = "INVALID_INPUT"
    status_code = 422


class ScriptError(InvalidInput):
    pass


class UnsupportedLanguage(InvalidInput):
    pass


class DurationTooShort(InvalidInput):
    pass


class EngineNotInstalled(StudioError):
    code = "ENGINE_NOT_INSTALLED"
    status_code = 503


class ToolFailed(StudioError):
    pass


class Cancelled(StudioError):
    code = "CANCELLED"
    status_code = 409

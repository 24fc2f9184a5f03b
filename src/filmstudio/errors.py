"""Errors the studio raises on purpose. Each carries a code from the API spec and a status code.

StudioError
├── InvalidInput              INVALID_INPUT (422): the user can fix it
│   ├── ScriptError           empty, binary, oversized or unparseable script
│   ├── UnsupportedLanguage   a language or translation pair the engines cannot do
│   └── DurationTooShort      the speech cannot fit the target duration
│   └── Conflict              INVALID_INPUT (409): e.g. an email already registered
├── AuthenticationRequired    AUTHENTICATION_REQUIRED (401): missing, invalid or expired token
├── ProjectNotFound           PROJECT_NOT_FOUND (404): also for another user's project
├── NotFound                  NOT_FOUND (404)
├── InsufficientCredits       INSUFFICIENT_CREDITS (402)
├── PaymentFailed             PAYMENT_FAILED (402): the card was declined; details.decline_code
├── PlanLimitExceeded         PLAN_LIMIT_EXCEEDED (403): the plan does not allow these settings
├── JobAlreadyProcessing      JOB_ALREADY_PROCESSING (409)
├── RateLimitExceeded         RATE_LIMIT_EXCEEDED (429): details.retry_after in seconds
├── EngineNotInstalled        ENGINE_NOT_INSTALLED (503): names the extra or package to install
├── ToolFailed                INTERNAL_SERVER_ERROR (500): ffmpeg or another tool exited non-zero
├── BadSignature              INVALID_SIGNATURE (400): a webhook whose signature does not verify
├── NotConfigured             NOT_CONFIGURED (503): the studio has no credentials for an outside service
├── NotConnected              NOT_CONNECTED (409): connect (or reconnect) an outside account first
├── QuotaExceeded             QUOTA_EXCEEDED (429): an outside API's daily quota; details.resets_at
├── ServiceFailed             SERVICE_UNAVAILABLE (502): an outside service failed after retries
└── Cancelled                 CANCELLED (409): the run was cancelled
"""

from __future__ import annotations

from typing import Any


class StudioError(Exception):
    code = "INTERNAL_SERVER_ERROR"
    status_code = 500

    def __init__(self, message: str, *, details: dict[str, Any] | None = None, keep_changes: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}
        # True when what was written before the error must stand (a revoked token family, say):
        # the request boundary then commits instead of rolling back.
        self.keep_changes = keep_changes

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


class Conflict(InvalidInput):
    status_code = 409


class AuthenticationRequired(StudioError):
    code = "AUTHENTICATION_REQUIRED"
    status_code = 401


class AdminOnly(StudioError):
    code = "ADMIN_ONLY"
    status_code = 403


class ScopeNotAllowed(StudioError):
    code = "INSUFFICIENT_SCOPE"
    status_code = 403


class ProjectNotFound(StudioError):
    code = "PROJECT_NOT_FOUND"
    status_code = 404


class NotFound(StudioError):
    code = "NOT_FOUND"
    status_code = 404


class InsufficientCredits(StudioError):
    code = "INSUFFICIENT_CREDITS"
    status_code = 402


class PaymentFailed(StudioError):
    code = "PAYMENT_FAILED"
    status_code = 402


class PlanLimitExceeded(StudioError):
    code = "PLAN_LIMIT_EXCEEDED"
    status_code = 403


class JobAlreadyProcessing(StudioError):
    code = "JOB_ALREADY_PROCESSING"
    status_code = 409


class RateLimitExceeded(StudioError):
    code = "RATE_LIMIT_EXCEEDED"
    status_code = 429


class EngineNotInstalled(StudioError):
    code = "ENGINE_NOT_INSTALLED"
    status_code = 503


class ToolFailed(StudioError):
    pass


class BadSignature(StudioError):
    code = "INVALID_SIGNATURE"
    status_code = 400


class NotConfigured(StudioError):
    code = "NOT_CONFIGURED"
    status_code = 503


class NotConnected(StudioError):
    code = "NOT_CONNECTED"
    status_code = 409


class QuotaExceeded(StudioError):
    code = "QUOTA_EXCEEDED"
    status_code = 429


class ServiceFailed(StudioError):
    code = "SERVICE_UNAVAILABLE"
    status_code = 502


class Cancelled(StudioError):
    code = "CANCELLED"
    status_code = 409

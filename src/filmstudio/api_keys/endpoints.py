"""/api-keys: make, list and revoke the keys that call the API instead of a sign-in (Pro, Enterprise)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response, status
from pydantic import BaseModel, Field

from filmstudio.api.deps import CurrentUser, SessionDep, SettingsDep
from filmstudio.api_keys import service as api_keys
from filmstudio.models import ApiKey
from filmstudio.timestamps import UTCTimestamp

router = APIRouter(prefix="/api-keys", tags=["api keys"])


class NewKey(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    scopes: list[str] = Field(
        min_length=1, max_length=len(api_keys.SCOPES), json_schema_extra={"items": {"enum": list(api_keys.SCOPES)}}
    )


class KeyInfo(BaseModel):
    key_id: str
    name: str
    prefix: str
    scopes: list[str]
    created_at: UTCTimestamp
    last_used_at: UTCTimestamp | None
    revoked_at: UTCTimestamp | None


class CreatedKey(KeyInfo):
    key: str = Field(description="The key itself: shown this once, never stored.")


class KeyList(BaseModel):
    api_keys: list[KeyInfo]


def _info(row: ApiKey) -> dict[str, Any]:
    return {
        "key_id": str(row.key_id),
        "name": row.name,
        "prefix": row.prefix,
        "scopes": row.scopes,
        "created_at": row.created_at,
        "last_used_at": row.last_used_at,
        "revoked_at": row.revoked_at,
    }


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CreatedKey)
def create_key(body: NewKey, user: CurrentUser, session: SessionDep, settings: SettingsDep) -> CreatedKey:
    row, key = api_keys.create(session, user, name=body.name, scopes=body.scopes, secret=settings.resolved_secret_key())
    return CreatedKey(**_info(row), key=key)


@router.get("")
def list_keys(user: CurrentUser, session: SessionDep) -> KeyList:
    return KeyList(api_keys=[KeyInfo(**_info(row)) for row in api_keys.of_user(session, user)])


@router.delete("/{key_id}", status_code=status.HTTP_204_NO_CONTENT)
def revoke_key(key_id: str, user: CurrentUser, session: SessionDep) -> Response:
    api_keys.revoke(session, user, key_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)

"""The one timestamp type the API speaks: an aware UTC datetime, written ISO 8601 with a `Z`
("2026-12-06T00:49:36.120000Z"). The database keeps UTC too (`db.base.UTCDateTime`); response models
declare `UTCTimestamp`, and the few places that write a time into free-form JSON use `iso_z`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, PlainSerializer


def as_utc(moment: datetime) -> datetime:
    """A naive time is taken as UTC (as SQLite hands them back); an aware one is converted."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def iso_z(moment: datetime) -> str:
    return as_utc(moment).isoformat().replace("+00:00", "Z")


def iso_z_or_none(moment: datetime | None) -> str | None:
    return iso_z(moment) if moment is not None else None


UTCTimestamp = Annotated[datetime, AfterValidator(as_utc), PlainSerializer(iso_z, return_type=str, when_used="json")]

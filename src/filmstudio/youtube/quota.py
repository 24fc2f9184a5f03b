"""The YouTube Data API's daily quota, counted here so that an upload is refused before it starts
rather than stopped half-way. Units are per Google project (the OAuth client) per Pacific day, as
Google counts them; the costs are Google's published ones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from filmstudio.errors import QuotaExceeded
from filmstudio.models import YoutubeQuota

PACIFIC = ZoneInfo("America/Los_Angeles")
COSTS = {
    "channels.list": 1,
    "playlists.list": 1,
    "videos.insert": 1600,
    "thumbnails.set": 50,
    "captions.insert": 400,
    "playlists.insert": 50,
    "playlistItems.insert": 50,
}


def pacific_day(moment: datetime) -> date:
    return moment.astimezone(PACIFIC).date()


def resets_at(moment: datetime) -> datetime:
    """The next Pacific midnight, in UTC: when Google starts a new quota day."""
    tomorrow = pacific_day(moment) + timedelta(days=1)
    return datetime.combine(tomorrow, time(0), tzinfo=PACIFIC).astimezone(UTC)


def upload_cost(*, captions: int, playlist: bool) -> int:
    """Everything one publication may spend, reserved before the first byte goes out."""
    cost = COSTS["videos.insert"] + COSTS["thumbnails.set"] + captions * COSTS["captions.insert"]
    if playlist:
        cost += COSTS["playlists.list"] + COSTS["playlists.insert"] + COSTS["playlistItems.insert"]
    return cost


def used(session: Session, project: str, moment: datetime | None = None) -> int:
    day = pacific_day(moment or datetime.now(UTC))
    row = session.get(YoutubeQuota, (project, day))
    return row.units if row else 0


def spend(session: Session, project: str, units: int, *, limit: int, moment: datetime | None = None) -> None:
    """Count `units` for today, atomically, or raise QuotaExceeded (nothing counted) when they would
    pass the limit. Many workers may spend at once: the check and the addition are one UPDATE."""
    moment = moment or datetime.now(UTC)
    day = pacific_day(moment)
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(YoutubeQuota).values(google_project=project, day=day, units=0)
                    .on_conflict_do_nothing(index_elements=["google_project", "day"]))  # fmt: skip
    result = session.execute(
        update(YoutubeQuota)
        .where(YoutubeQuota.google_project == project, YoutubeQuota.day == day,
               YoutubeQuota.units + units <= limit)
        .values(units=YoutubeQuota.units + units)
    )  # fmt: skip
    if result.rowcount != 1:
        spent = session.scalar(
            select(YoutubeQuota.units).where(YoutubeQuota.google_project == project, YoutubeQuota.day == day)
        )
        raise exceeded(moment, needed=units, used=spent or 0, limit=limit)


def exceeded(moment: datetime, *, needed: int | None, used: int | None, limit: int | None) -> QuotaExceeded:
    reset = resets_at(moment)
    return QuotaExceeded(
        f"YouTube's daily quota for this studio is spent; uploads start again at "
        f"{reset.isoformat().replace('+00:00', 'Z')} (midnight Pacific time).",
        details={"resets_at": reset.isoformat().replace("+00:00", "Z"), "needed": needed, "used": used,
                 "limit": limit},
    )  # fmt: skip

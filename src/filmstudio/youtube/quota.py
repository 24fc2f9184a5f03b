"""The YouTube Data API's daily quota, counted here so that an upload is refused before it starts
rather than stopped half-way. Units are per Google project (the OAuth client) per Pacific day, as
Google counts them; the costs are Google's published ones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from filmstudio.db.session import rows_changed
from filmstudio.errors import QuotaExceeded
from filmstudio.models import YoutubeQuota
from filmstudio.timestamps import iso_z

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
    """The most one publication may spend: every part, and a new playlist."""
    parts = publication_parts(
        video=True, thumbnail=True, captions=[str(n) for n in range(captions)], playlist="title" if playlist else None
    )
    return sum(parts.values()) + (COSTS["playlists.insert"] if playlist else 0)


def publication_parts(*, video: bool, thumbnail: bool, captions: list[str], playlist: str | None) -> dict[str, int]:
    """What each part still to be done will call, reserved before the first byte goes out. A playlist
    named by id costs the item only; one named by title its first list page too. Creating a playlist
    (when none has the title) and further list pages are counted when they are called."""
    parts = {"video": COSTS["videos.insert"]} if video else {}
    if thumbnail:
        parts["thumbnail"] = COSTS["thumbnails.set"]
    parts.update({f"captions:{language}": COSTS["captions.insert"] for language in captions})
    if playlist == "id":
        parts["playlist"] = COSTS["playlistItems.insert"]
    elif playlist == "title":
        parts["playlist"] = COSTS["playlists.list"] + COSTS["playlistItems.insert"]
    return parts


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
    session.execute(
        insert(YoutubeQuota)
        .values(google_project=project, day=day, units=0)
        .on_conflict_do_nothing(index_elements=["google_project", "day"])
    )
    result = session.execute(
        update(YoutubeQuota)
        .where(YoutubeQuota.google_project == project, YoutubeQuota.day == day, YoutubeQuota.units + units <= limit)
        .values(units=YoutubeQuota.units + units)
    )
    if rows_changed(result) != 1:
        spent = session.scalar(
            select(YoutubeQuota.units).where(YoutubeQuota.google_project == project, YoutubeQuota.day == day)
        )
        raise exceeded(moment, needed=units, used=spent or 0, limit=limit)


def release(session: Session, project: str, units: int, *, moment: datetime) -> None:
    """Give back units reserved on `moment`'s day for calls that were never made (a failed publication)."""
    if units <= 0:
        return
    day = pacific_day(moment)
    session.execute(
        update(YoutubeQuota)
        .where(YoutubeQuota.google_project == project, YoutubeQuota.day == day)
        .values(
            units=func.max(YoutubeQuota.units - units, 0)
            if session.get_bind().dialect.name == "sqlite"
            else func.greatest(YoutubeQuota.units - units, 0)
        )
    )


def exceeded(moment: datetime, *, needed: int | None, used: int | None, limit: int | None) -> QuotaExceeded:
    reset = resets_at(moment)
    return QuotaExceeded(
        f"YouTube's daily quota for this studio is spent; uploads start again at "
        f"{iso_z(reset)} (midnight Pacific time).",
        details={"resets_at": iso_z(reset), "needed": needed, "used": used, "limit": limit},
    )

"""What a film is called on YouTube, written for search from its storyboard: a title within 100
characters, a description with chapters (one per scene) and hashtags, tags within 500 characters.
Pure functions; the user edits the result before it is sent."""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel, Field, field_validator

from filmstudio.storyboard import Scene, Storyboard

TITLE_MAX = 100
DESCRIPTION_MAX = 5000
TAGS_MAX = 500
MAX_CHAPTERS = 50
CATEGORY_FILM_AND_ANIMATION = "1"
PRIVACY = ("public", "private", "unlisted")
_FORBIDDEN = re.compile(r"[<>]")  # YouTube refuses titles and descriptions with angle brackets
_HEADING = re.compile(r"^(INT\.?/EXT\.?|EXT\.?/INT\.?|I/E\.?|INT\.?|EXT\.?|EST\.?)\s+", re.IGNORECASE)
_HEADING_TIME = re.compile(r"\s+[-–—]\s+[^-–—]*$")


class VideoMetadata(BaseModel):
    """The metadata of one upload, checked against YouTube's own limits."""

    title: str = Field(min_length=1)
    description: str = ""
    tags: list[str] = Field(default_factory=list)
    category_id: str = CATEGORY_FILM_AND_ANIMATION
    privacy_status: str = "private"
    made_for_kids: bool = False
    default_language: str | None = None
    playlist_title: str | None = None
    playlist_id: str | None = None
    notify_subscribers: bool = True

    @field_validator("title")
    @classmethod
    def _title(cls, value: str) -> str:
        value = clean(value)
        if not value:
            raise ValueError("a title is required")
        if len(value) > TITLE_MAX:
            raise ValueError(f"YouTube titles are at most {TITLE_MAX} characters (this one has {len(value)})")
        return value

    @field_validator("description")
    @classmethod
    def _description(cls, value: str) -> str:
        value = _FORBIDDEN.sub("", value).strip()
        if len(value.encode()) > DESCRIPTION_MAX:
            raise ValueError(f"YouTube descriptions are at most {DESCRIPTION_MAX} bytes")
        return value

    @field_validator("tags")
    @classmethod
    def _tags(cls, value: list[str]) -> list[str]:
        tags = [clean(tag).replace(",", " ") for tag in value]
        tags = [tag for tag in tags if tag]
        if tags_length(tags) > TAGS_MAX:
            raise ValueError(f"YouTube allows {TAGS_MAX} characters of tags (these take {tags_length(tags)})")
        return tags

    @field_validator("privacy_status")
    @classmethod
    def _privacy(cls, value: str) -> str:
        if value not in PRIVACY:
            raise ValueError(f"privacy is one of {', '.join(PRIVACY)}")
        return value

    @field_validator("category_id")
    @classmethod
    def _category(cls, value: str) -> str:
        if not value.isdigit():
            raise ValueError("a YouTube category id is a number, such as 1 (Film & Animation) or 22")
        return value


def clean(text: str) -> str:
    return " ".join(_FORBIDDEN.sub("", text).split())


def tags_length(tags: list[str]) -> int:
    """YouTube's count: the characters of each tag, a comma between tags, and quotes around a tag with a
    space in it."""
    return sum(len(tag) + (2 if " " in tag else 0) for tag in tags) + max(0, len(tags) - 1)


def shorten(text: str, limit: int) -> str:
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-—")
    return f"{cut}…"


def timestamp(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def chapter_name(scene: Scene, number: int) -> str:
    heading = _HEADING_TIME.sub("", _HEADING.sub("", scene.heading.strip())).strip()
    if heading:
        return shorten(heading.title(), 60)
    place = scene.setting.replace("_", " ")
    when = "" if scene.time_of_day == "day" else f" at {scene.time_of_day.replace('_', ' ')}"
    return shorten(f"Scene {number}: {place}{when}".capitalize(), 60)


def chapters(board: Storyboard) -> list[str]:
    """`0:00 Name` per scene, from the scenes' start times. YouTube shows chapters from the first at 0:00."""
    timed = [scene for scene in board.scenes if scene.start is not None][:MAX_CHAPTERS]
    if len(timed) < 2:
        return []
    lines = []
    for number, scene in enumerate(timed, 1):
        start = 0.0 if number == 1 else float(scene.start or 0.0)
        lines.append(f"{timestamp(start)} {chapter_name(scene, number)}")
    return lines


def subject_words(board: Storyboard) -> list[str]:
    """What the film is about, most shown first: its places, then the things in its scenes, then the
    people who speak most."""
    counts: Counter[str] = Counter()
    for scene in board.scenes:
        counts[scene.setting] += 3
        for thing in scene.things:
            counts[thing.key] += 1
    speakers = Counter(line.character_id for line in board.lines())
    for character in board.characters:
        if speakers.get(character.id) and character.id != "narrator":
            counts[character.name] += speakers[character.id]
    return [word.replace("_", " ") for word, _ in counts.most_common() if word]


def hashtag(word: str) -> str:
    return "#" + "".join(part[:1].upper() + part[1:] for part in re.findall(r"\w+", word))


def suggest(board: Storyboard, *, title: str, privacy_status: str = "private") -> VideoMetadata:
    subjects = subject_words(board)
    summary = next((scene.description for scene in board.scenes if scene.description), "")
    parts = [shorten(summary, 300)] if summary else []
    if marks := chapters(board):
        parts.append("Chapters\n" + "\n".join(marks))
    tags_for_hashtags = [hashtag(word) for word in subjects[:3] if hashtag(word) != "#"]
    parts.append(" ".join([*tags_for_hashtags, "#AIFilm"]))
    parts.append("Made with AI Film Studio.")
    tags: list[str] = []
    for word in [*subjects, board.style, "AI film", "animated short"]:
        word = clean(word)
        if word and word.lower() not in {t.lower() for t in tags} and tags_length([*tags, word]) <= TAGS_MAX:
            tags.append(word)
    return VideoMetadata(
        title=shorten(title or board.title, TITLE_MAX),
        description="\n\n".join(parts),
        tags=tags,
        privacy_status=privacy_status,
        default_language=board.language,
    )

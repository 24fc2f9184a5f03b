"""What a film is asked to be: one typed request with one set of defaults, built in one place from a
project's stored settings, a generate request's settings or the CLI's flags.

The API's field names and the keys earlier versions stored in `projects.settings` and
`jobs.parameters` are translated here and nowhere else (`from_settings`). Character choices made in
the studio and the count of speaking characters, which the preview, the plan-limit check and the
worker all need, live beside the request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from filmstudio.config import Settings
from filmstudio.engines.music.styles import ALIASES, STYLES
from filmstudio.errors import InvalidInput, StudioError
from filmstudio.languages import LANGUAGES
from filmstudio.script import parse_script
from filmstudio.storyboard import Storyboard

if TYPE_CHECKING:
    from filmstudio.engines.registry import EngineKind

RESOLUTIONS = {"720p": 720, "1080p": 1080, "4k": 2160}
ASPECTS = {"16:9": (16, 9), "9:16": (9, 16), "1:1": (1, 1)}
# A film asked for without a length is as long as its script needs; it is billed and plan-checked as
# this many seconds (the spec's default duration).
BILLED_SECONDS_WITHOUT_DURATION = 60.0

# the engines a project may choose
ENGINE_KINDS: tuple[EngineKind, ...] = ("image", "lipsync", "music", "tts")
ENGINE_NAME = r"^[a-z0-9_-]+$"

# the values the API takes, as its schema lists them
GENRES = sorted(set(STYLES) | set(ALIASES))
LANGUAGE_CODES = sorted(LANGUAGES)


def one_of(values: list[str], *, nullable: bool = False, items: bool = False) -> dict[str, Any]:
    """A field's allowed values for its JSON schema (the items' for a list)."""
    enum: dict[str, Any] = {"enum": [*values, None] if nullable else list(values)}
    return {"items": {"type": "string", **enum}} if items else enum


def engine_names(kind: str) -> list[str]:
    """The engines of a kind this studio knows (installed here or on its GPU workers); "auto" for voices."""
    from filmstudio.engines.registry import get_registry

    return (["auto"] if kind == "tts" else []) + get_registry().names(kind)


def genre_key(value: str) -> str:
    return ALIASES.get(value.lower().strip(), value.lower().strip().replace(" ", "_").replace("-", "_"))


Age = Literal["child", "young_adult", "middle_aged", "elderly"]
Gender = Literal["male", "female", "neutral"]

# Names the API and earlier versions used for a request field: name -> field.
_ALIASES = {
    "subtitle_language": "subtitles",  # POST /projects (the spec's name)
    "subtitle_languages": "subtitles",  # POST /projects/{id}/generate (the spec's name)
    "include_subtitles": "burn_subtitles",
    "dub_languages": "dub",  # the API's name  # generate, and jobs stored before the request existed
}


class CharacterChoice(BaseModel):
    """An age, gender or voice chosen in the studio for a character, matched by name."""

    model_config = ConfigDict(extra="ignore")

    name: str = Field(max_length=100)
    age: Age | None = None
    gender: Gender | None = None
    voice: str | None = Field(default=None, max_length=100, pattern=r"^[\w.-]+:[\w.-]+$")

    @field_validator("age", "gender", "voice", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: Any) -> Any:
        return None if value == "" else value


class FilmRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = Field(default=None, max_length=255)
    language: str | None = Field(default=None, max_length=12)
    duration: float | None = Field(default=None, gt=0, le=3600)
    style: str = Field(default="cinematic", max_length=50)
    music_genre: str | None = Field(default=None, max_length=50)
    subtitles: list[str] = Field(default_factory=list, max_length=20)
    # more languages to render the same storyboard in: each a film of its own, re-voiced and re-timed
    dub: list[str] = Field(default_factory=list, max_length=10)
    burn_subtitles: bool = True
    resolution: Literal["720p", "1080p", "4k"] = "720p"
    fps: Literal[24, 30] = 24
    aspect: Literal["16:9", "9:16", "1:1"] = "16:9"
    watermark: bool = False
    seed: int = 0
    characters: list[CharacterChoice] = Field(default_factory=list, max_length=20)
    # a story longer than `duration`: refused (say how much to cut), abridged to its spine, or split into
    # episodes of at most `duration` each; `part` is the episode a film renders (1-based)
    fit: Literal["refuse", "abridge", "episodes"] = "refuse"
    part: int | None = Field(default=None, ge=1, le=99)
    # the language model this project uses (reading the script, translating); None: the studio's choice
    llm_engine: str | None = Field(default=None, max_length=20, pattern=r"^(auto|none|openai|anthropic|local)$")

    # the engines this project asks for, by kind (None: the studio's settings); a GPU engine sends the
    # job to the GPU queue
    image_engine: str | None = Field(default=None, max_length=30, pattern=ENGINE_NAME)
    lipsync_engine: str | None = Field(default=None, max_length=30, pattern=ENGINE_NAME)
    music_engine: str | None = Field(default=None, max_length=30, pattern=ENGINE_NAME)
    tts_engine: str | None = Field(default=None, max_length=30, pattern=ENGINE_NAME)

    @field_validator("language", mode="before")
    @classmethod
    def _language_code(cls, value: Any) -> Any:
        return value.strip().lower() or None if isinstance(value, str) else value

    @field_validator("subtitles", "dub", mode="before")
    @classmethod
    def _codes(cls, value: Any) -> Any:
        if isinstance(value, str):  # "en,es" from a form or an old record
            value = value.split(",")
        if isinstance(value, list):
            codes = [code.strip().lower() for code in value if isinstance(code, str) and code.strip()]
            return list(dict.fromkeys(codes))
        return value

    @field_validator("image_engine", "lipsync_engine", "music_engine", "tts_engine")
    @classmethod
    def _known_engine(cls, value: str | None, info: Any) -> str | None:
        kind = info.field_name.removesuffix("_engine")
        if value is not None and value not in engine_names(kind):
            raise ValueError(f"no {kind} engine named '{value}'; choose one of: {', '.join(engine_names(kind))}")
        return value

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        if value is not None and value not in LANGUAGES:
            raise ValueError(f"unknown language code '{value}'; use one of: {', '.join(LANGUAGES)}")
        return value

    @field_validator("music_genre")
    @classmethod
    def _known_genre(cls, value: str | None) -> str | None:
        if value and genre_key(value) not in STYLES:
            raise ValueError(f"unknown music genre; choose one of: {', '.join(sorted(STYLES))}")
        return value

    @field_validator("dub", "subtitles")
    @classmethod
    def _known_languages(cls, value: list[str]) -> list[str]:
        unknown = [code for code in value if code not in LANGUAGES]
        if unknown:
            raise ValueError(f"unknown language code(s) {', '.join(unknown)}")
        return value

    @field_validator("resolution", mode="before")
    @classmethod
    def _resolution(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("fps", mode="before")
    @classmethod
    def _fps(cls, value: Any) -> Any:
        return int(value) if isinstance(value, str) and value.isdigit() else value

    @classmethod
    def from_settings(cls, *layers: Mapping[str, Any] | None, **fields: Any) -> FilmRequest:
        """The request from settings dicts in API or stored form, later layers winning, then `fields`.
        Unset (None) values leave the earlier layer's value or the default; unknown keys are ignored."""
        merged: dict[str, Any] = {}
        for layer in (*layers, fields):
            merged.update(_canonical(layer or {}))
        try:
            return cls.model_validate(merged)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InvalidInput(
                f"The film setting '{where}' is not valid: {first['msg']}.",
                details={"field": where, "problem": first["msg"]},
            ) from None

    def stored(self) -> dict[str, Any]:
        """The request as a job keeps it (`jobs.parameters["settings"]`): what `from_settings` reads."""
        return self.model_dump(mode="json")

    def engine_settings(self, settings: Settings) -> Settings:
        """The studio's settings with this request's engine choices in them."""
        chosen = {f"{kind}_engine": getattr(self, f"{kind}_engine") for kind in ENGINE_KINDS}
        chosen = {key: name for key, name in chosen.items() if name and name != getattr(settings, key)}
        return settings.model_copy(update=chosen) if chosen else settings

    @staticmethod
    def billed_seconds_of(settings: Mapping[str, Any] | None) -> float:
        """A stored request's billed length without validating all of it (for lists of projects)."""
        duration = _canonical(settings or {}).get("duration")
        if isinstance(duration, int | float) and not isinstance(duration, bool) and 0 < duration <= 3600:
            return float(duration)
        return BILLED_SECONDS_WITHOUT_DURATION

    @property
    def billed_seconds(self) -> float:
        """One film's length as billed and plan-checked."""
        return float(self.duration or BILLED_SECONDS_WITHOUT_DURATION)

    @property
    def films(self) -> int:
        """The films a job makes: this one and each dubbed version of it."""
        return 1 + len(self.dub)

    def dubbed_into(self, language: str) -> FilmRequest:
        """The request for the film's version in another language: its voices and subtitles in it."""
        return self.model_copy(update={"language": language, "subtitles": [language], "dub": []})

    @property
    def frame_size(self) -> tuple[int, int]:
        """Width and height in pixels: the short side is the resolution's number (4K: 2160)."""
        short = RESOLUTIONS[self.resolution]
        aw, ah = ASPECTS[self.aspect]
        if aw >= ah:
            width = short * aw // ah
            return width - width % 2, short
        height = short * ah // aw
        return short, height - height % 2


def _canonical(layer: Mapping[str, Any]) -> dict[str, Any]:
    """A layer's keys as field names; within one layer a field's own name wins over its aliases."""
    fields = FilmRequest.model_fields
    aliased = {_ALIASES[k]: v for k, v in layer.items() if k in _ALIASES and v is not None}
    own = {k: v for k, v in layer.items() if k in fields and v is not None}
    return aliased | own


def storyboard_for(script: str, request: FilmRequest, *, filename: str = "script.txt") -> Storyboard:
    """Parse a script as this request asks (title, language) and apply its character choices."""
    board = parse_script(script, filename=filename, title=request.title, language=request.language)
    apply_character_overrides(board, request.characters)
    return board


def apply_character_overrides(board: Storyboard, choices: list[CharacterChoice]) -> None:
    """Ages, genders and voices chosen in the studio, matched to characters by name (or id). A choice
    clears the cast voice, so casting runs again with it."""
    by_name = {c.name.lower(): c for c in board.characters} | {c.id: c for c in board.characters}
    for choice in choices:
        character = by_name.get(choice.name.lower())
        if character is None:
            continue
        if choice.gender is not None:
            character.gender = choice.gender
            character.voice = None
        if choice.age is not None:
            if choice.age != character.age:
                character.look = None  # chosen again for the new age (a child is not drawn as a grown-up)
            character.age = choice.age
            character.voice = None
        if choice.voice is not None:
            character.voice_preference = choice.voice
            character.voice = None


def count_speakers(board: Storyboard) -> int:
    """Speaking characters, the narrator aside (and those present who never speak); a film always has
    at least one voice."""
    speaking = {line.character_id for line in board.lines()}
    return len([c for c in board.characters if c.id != "narrator" and c.id in speaking]) or 1


def speakers_in(script: str) -> int:
    """Speaking characters of a script text; a script that does not parse counts as one voice (it will
    fail with its own error when rendered)."""
    try:
        return count_speakers(parse_script(script, filename="script.txt"))
    except StudioError:
        return 1

"""Project bodies as the API spec shows them."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from filmstudio.errors import InvalidInput
from filmstudio.film_request import GENRES, LANGUAGE_CODES, FilmRequest, one_of
from filmstudio.timestamps import UTCTimestamp

MAX_SCRIPT_CHARS = 100_000


class ProjectSettings(BaseModel):
    model_config = ConfigDict(extra="allow")

    duration: float = Field(default=60, gt=0, le=3600)
    style: str = Field(default="cinematic", max_length=50)
    music_genre: str | None = Field(default=None, max_length=50, json_schema_extra=one_of(GENRES, nullable=True))
    language: str | None = Field(
        default=None, max_length=12, json_schema_extra=one_of(["", *LANGUAGE_CODES], nullable=True)
    )  # "": detect it
    subtitle_language: list[str] = Field(
        default_factory=list, max_length=20, json_schema_extra=one_of(LANGUAGE_CODES, items=True)
    )
    dub_languages: list[str] = Field(
        default_factory=list, max_length=10, json_schema_extra=one_of(LANGUAGE_CODES, items=True)
    )
    resolution: Literal["720p", "1080p", "4k"] = "720p"
    aspect: Literal["16:9", "9:16", "1:1"] = "16:9"

    @model_validator(mode="after")
    def _a_valid_request(self) -> ProjectSettings:
        """Every setting a film request knows (under any of its names) must be valid for it."""
        try:
            FilmRequest.from_settings(self.model_dump())
        except InvalidInput as exc:
            raise ValueError(exc.message) from None
        return self


def _clean_script(value: str) -> str:
    if "\x00" in value:
        raise ValueError("the script contains a NUL character; send plain text")
    if not value.strip():
        raise ValueError("the script is empty")
    return value


class IdeaOptions(BaseModel):
    """A project started from an idea: the model writes the script (duration and language come from the
    project's settings)."""

    text: str = Field(min_length=3, max_length=2000)
    characters: int = Field(default=2, ge=1, le=6)
    form: Literal["narration", "dialogue", "screenplay"] = "dialogue"


class ProjectCreate(BaseModel):
    # exactly one of a script (with its title) or an idea, as the schema says too
    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {
                    "required": ["script", "title"],
                    "properties": {"script": {"type": "string"}, "title": {"type": "string"}, "idea": {"type": "null"}},
                },
                {"required": ["idea"], "properties": {"idea": {"not": {"type": "null"}}, "script": {"type": "null"}}},
            ]
        }
    )

    title: str | None = Field(default=None, min_length=1, max_length=255)
    script: str | None = Field(default=None, min_length=1, max_length=MAX_SCRIPT_CHARS)
    idea: IdeaOptions | Annotated[str, Field(min_length=3, max_length=2000)] | None = None
    settings: ProjectSettings = Field(default_factory=ProjectSettings)

    @field_validator("script")
    @classmethod
    def _script(cls, value: str | None) -> str | None:
        return None if value is None else _clean_script(value)

    @model_validator(mode="after")
    def _script_or_idea(self) -> ProjectCreate:
        if (self.script is None) == (self.idea is None):
            raise ValueError("give either a script or an idea")
        if self.script is not None and not self.title:
            raise ValueError("a title is required")
        if isinstance(self.idea, str):
            self.idea = IdeaOptions(text=self.idea)
        return self


class ProjectUpdate(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=255)
    script: str | None = Field(default=None, min_length=1, max_length=MAX_SCRIPT_CHARS)
    settings: ProjectSettings | None = None

    @field_validator("script")
    @classmethod
    def _script(cls, value: str | None) -> str | None:
        return None if value is None else _clean_script(value)


class ProjectCreated(BaseModel):
    project_id: uuid.UUID
    title: str
    status: str
    created_at: UTCTimestamp
    estimated_credits: int
    script: str | None = None  # when the model wrote it from an idea, to show for editing
    written_by: str | None = None


class ProjectSummary(BaseModel):
    project_id: uuid.UUID
    title: str
    status: str
    thumbnail_url: str | None
    duration: float | None
    credits_used: int
    created_at: UTCTimestamp
    completed_at: UTCTimestamp | None


class ProjectList(BaseModel):
    projects: list[ProjectSummary]
    total_count: int
    page: int
    per_page: int
    total_pages: int


class FilmAssets(BaseModel):
    video_url: str | None = None
    thumbnail_url: str | None = None
    subtitle_urls: dict[str, str] = Field(default_factory=dict)  # SRT, as the spec shows
    subtitle_tracks: dict[str, str] = Field(default_factory=dict)  # WebVTT, for a <video> player


class ProjectAssets(FilmAssets):
    dubs: dict[str, FilmAssets] = Field(default_factory=dict)  # the film in other languages, by language


class ProjectYoutube(BaseModel):
    video_id: str
    url: str
    uploaded_at: UTCTimestamp


class LatestJob(BaseModel):
    """The project's latest job, for the studio's page to follow."""

    job_id: str
    status: str
    progress: int  # percent
    error: str | None


class ProjectDetail(BaseModel):
    project_id: uuid.UUID
    title: str
    script: str
    status: str
    settings: dict
    assets: ProjectAssets
    youtube: ProjectYoutube | None
    credits_used: int
    estimated_credits: int
    created_at: UTCTimestamp
    updated_at: UTCTimestamp
    completed_at: UTCTimestamp | None
    latest_job: LatestJob | None = None


class ProjectUpdated(BaseModel):
    project_id: uuid.UUID
    title: str
    updated_at: UTCTimestamp

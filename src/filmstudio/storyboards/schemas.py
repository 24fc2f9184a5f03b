"""Storyboard bodies: a saved version, its list, an estimate, and what the editor offers (settings, voices,
things, a character's portrait)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, RootModel

from filmstudio.studio.schemas import VoiceOption
from filmstudio.timestamps import UTCTimestamp


class StoryboardDocument(BaseModel):
    version: int
    estimated_credits: int  # what generating it costs on the project's settings
    plan_problems: list[str]  # what the creator's plan does not allow (too many speaking characters ...)
    source: str  # read (from the script), edit, restore
    created_at: UTCTimestamp
    script_changed: bool  # the script was edited after this storyboard was read from it
    edits_since_reading: list[str]  # what reading the script again would lose (JSON pointers)
    storyboard: dict[str, Any]


class StoryboardVersion(BaseModel):
    version: int
    source: str
    created_at: UTCTimestamp


class StoryboardVersions(BaseModel):
    versions: list[StoryboardVersion]
    kept: int


class StoryboardReplace(BaseModel):
    storyboard: dict[str, Any]


class StoryboardEstimate(BaseModel):
    estimated_credits: int
    plan_problems: list[str]
    speaking_characters: int


class PortraitRequest(BaseModel):
    character: dict[str, Any]  # a storyboard's Character (GET /storyboard/schema), checked strictly


class StoryboardSchema(RootModel[dict[str, Any]]):
    """The JSON Schema every storyboard is validated against."""


class DrawableSetting(BaseModel):
    key: str
    label: str  # in the asked language (its first word there), else the English phrase
    phrase: str  # in English
    interior: bool
    thumbnail: str  # the address of its picture


class DrawableSettings(BaseModel):
    settings: list[DrawableSetting]


class Voices(BaseModel):
    voices: list[VoiceOption]


class ThingMatch(BaseModel):
    key: str
    name: str
    kind: str


class ThingMatches(BaseModel):
    things: list[ThingMatch]


class Portrait(BaseModel):
    portrait: str  # a data: URL (PNG)

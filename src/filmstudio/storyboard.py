"""The Storyboard: the one document every pipeline stage reads and extends.

Times are in seconds. A line's `start`/`end` are positions in the film; its `words` are positions
inside the line's own audio clip (add the line's `start` for film time).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

STORYBOARD_VERSION = 1

Age = Literal["child", "young_adult", "middle_aged", "elderly"]
Gender = Literal["male", "female", "neutral"]
TimeOfDay = Literal["dawn", "day", "sunset", "night"]


class VoiceChoice(BaseModel):
    engine: str
    voice: str
    language: str
    pitch: float = 1.0  # multiplier on the voice's natural pitch
    rate: float = 1.0  # multiplier on the voice's natural speed
    reason: str = ""


class Character(BaseModel):
    id: str
    name: str
    gender: Gender = "neutral"
    age: Age = "young_adult"
    language: str = "en"
    style: str = "conversational"  # narrator, conversational, dramatic, cheerful, serious
    description: str = ""
    voice_preference: str | None = None  # "engine:voice" chosen by a person; casting honours it
    voice: VoiceChoice | None = None


class Word(BaseModel):
    text: str
    start: float
    end: float


class Line(BaseModel):
    id: str
    character_id: str
    text: str
    language: str = "en"
    parenthetical: str = ""
    chant: bool = False
    audio: str | None = None  # path of the synthesised clip (48 kHz mono WAV)
    audio_duration: float | None = None
    words: list[Word] = Field(default_factory=list)
    start: float | None = None
    end: float | None = None


class Shot(BaseModel):
    id: str
    kind: Literal["establishing", "wide", "closeup", "over_shoulder", "insert"] = "wide"
    line_ids: list[str] = Field(default_factory=list)
    start: float | None = None
    end: float | None = None


class Scene(BaseModel):
    id: str
    heading: str = ""
    setting: str = "landscape"
    interior: bool = False
    time_of_day: TimeOfDay = "day"
    weather: str = "clear"
    mood: str = "calm"
    description: str = ""
    action: list[str] = Field(default_factory=list)
    lines: list[Line] = Field(default_factory=list)
    shots: list[Shot] = Field(default_factory=list)
    image: str | None = None
    start: float | None = None
    end: float | None = None


class Music(BaseModel):
    genre: str | None = None
    path: str | None = None  # a prepared music bed (any format ffmpeg reads)
    gain_db: float = -6.0
    raga: str | None = None
    tala: str | None = None
    tempo: int | None = None
    reason: str = ""  # why this style was chosen
    midi: str | None = None
    speech_to_background_db: float | None = None  # measured in the mix while someone speaks


class Effect(BaseModel):
    name: str  # waves, wind, rain, birds, crowd, bells, footsteps, door
    start: float
    end: float
    cue: str  # the words that called for it
    gain_db: float = -20.0
    path: str | None = None


class Storyboard(BaseModel):
    version: int = STORYBOARD_VERSION
    title: str = "Untitled"
    language: str = "en"
    style: str = "cinematic"
    seed: int = 0
    target_duration: float | None = None
    characters: list[Character] = Field(default_factory=list)
    scenes: list[Scene] = Field(default_factory=list)
    music: Music | None = None
    effects: list[Effect] = Field(default_factory=list)
    duration: float | None = None

    def character(self, character_id: str) -> Character:
        for c in self.characters:
            if c.id == character_id:
                return c
        raise KeyError(character_id)

    def lines(self) -> list[Line]:
        return [line for scene in self.scenes for line in scene.lines]

    def word_count(self) -> int:
        return sum(len(line.text.split()) for line in self.lines())

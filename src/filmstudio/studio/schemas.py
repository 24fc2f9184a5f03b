"""What the studio's pages read before spending credits: examples, languages, engines, a storyboard's
preview and the voices a character can be given."""

from __future__ import annotations

from pydantic import BaseModel

from filmstudio.storyboard import Character, Thing, TimeOfDay


class Example(BaseModel):
    name: str
    title: str
    format: str
    script: str


class Examples(BaseModel):
    examples: list[Example]


class SpokenLanguage(BaseModel):
    code: str
    name: str
    best_cer: float | None  # the clearest voice's measured character error rate (bench/languages.py)
    clear: bool


class SubtitleLanguage(BaseModel):
    code: str
    name: str
    by: str  # "apertium" or "model": who translates English subtitles into it


class Languages(BaseModel):
    spoken: list[SpokenLanguage]
    subtitles: list[SubtitleLanguage]


class EngineOffer(BaseModel):
    name: str
    description: str
    gpu: bool
    offered: bool


class EngineChoice(BaseModel):
    default: str
    engines: list[EngineOffer]


class EnginesOffered(BaseModel):
    image: EngineChoice
    lipsync: EngineChoice
    music: EngineChoice
    tts: EngineChoice


class VoiceOption(BaseModel):
    id: str  # "engine:voice"
    label: str
    gender: str


class PreviewCharacter(Character):
    portrait: str | None  # a data: URL of the drawn character, or None for one never drawn


class PreviewLine(BaseModel):
    character_id: str
    text: str
    language: str


class PreviewScene(BaseModel):
    id: str
    heading: str
    setting: str
    setting_words: list[str]
    interior: bool
    things: list[Thing]
    people: list[str]
    time_of_day: TimeOfDay
    weather: str
    mood: str
    description: str
    lines: list[PreviewLine]


class Fit(BaseModel):
    """How the story was fitted to the length: episodes (the first shown), or what abridging kept and cut."""

    mode: str
    parts: int
    abridged: str | None
    cut: list[str]


class Preview(BaseModel):
    title: str
    language: str
    characters: list[PreviewCharacter]
    scenes: list[PreviewScene]
    duration: float
    estimated_credits: int
    fit: Fit
    plan: str
    watermark: bool
    plan_problems: list[str]
    voices: list[VoiceOption]

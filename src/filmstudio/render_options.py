"""What a render is asked to produce: the CLI flags and the API's project settings, validated once."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

RESOLUTIONS = {"720p": 720, "1080p": 1080, "4k": 2160}
ASPECTS = {"16:9": (16, 9), "9:16": (9, 16), "1:1": (1, 1)}


class RenderOptions(BaseModel):
    title: str | None = None
    language: str | None = None
    duration: float | None = Field(default=None, gt=0, le=3600)
    style: str = "cinematic"
    music_genre: str | None = None
    subtitles: list[str] = Field(default_factory=list)
    burn_subtitles: bool = True
    resolution: Literal["720p", "1080p", "4k"] = "1080p"
    fps: Literal[24, 30] = 30
    aspect: Literal["16:9", "9:16", "1:1"] = "16:9"
    watermark: bool = False
    seed: int = 0

    @field_validator("subtitles")
    @classmethod
    def _codes(cls, value: list[str]) -> list[str]:
        return [code.strip().lower() for code in value if code.strip()]

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

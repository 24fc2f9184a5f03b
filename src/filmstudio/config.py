"""The one Settings object. Every value can be set from the environment with the FILMSTUDIO_ prefix."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FILMSTUDIO_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default=Path(".filmstudio"), description="Local state: cache, media, database.")
    cache_dir: Path | None = Field(default=None, description="Asset cache; defaults to DATA_DIR/cache.")

    max_script_bytes: int = 200_000
    ffmpeg: str = "ffmpeg"
    ffprobe: str = "ffprobe"
    x264_preset: str = "veryfast"
    x264_crf: int = 20
    target_lufs: float = -14.0

    # Engine choice per kind; "auto" picks the best installed offline engine for each language.
    tts_engine: str = "auto"
    image_engine: str = "painter"
    translate_engine: str = "apertium"

    @property
    def resolved_cache_dir(self) -> Path:
        return self.cache_dir or self.data_dir / "cache"


@lru_cache
def get_settings() -> Settings:
    return Settings()

"""How well each voice is understood, per language: the character error rate a multilingual Whisper
measured when it transcribed the voice (`bench/languages.py --table` writes the table shipped here)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("measured_cer.json")
UNCLEAR = 0.40  # above this, even the best voice of a language is hard to follow


@lru_cache(maxsize=1)
def measured() -> dict[str, dict[str, float]]:
    """{language: {"engine:voice": CER}}; empty when nothing was measured."""
    if not TABLE.exists():
        return {}
    return {
        lang: {voice: float(v) for voice, v in voices.items()} for lang, voices in json.loads(TABLE.read_text()).items()
    }


def best_cer(language: str) -> float | None:
    voices = measured().get(language)
    return min(voices.values()) if voices else None

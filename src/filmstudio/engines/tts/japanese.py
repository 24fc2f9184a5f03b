"""Japanese text to the kana espeak-ng can read. espeak-ng reads kana but names each kanji as a
"Chinese letter" in English; MeCab (fugashi, with the UniDic-lite dictionary) gives every word's
pronunciation."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from filmstudio.errors import EngineNotInstalled


@lru_cache(maxsize=1)
def _tagger() -> Any:
    try:
        import fugashi
    except ImportError:
        raise EngineNotInstalled("Japanese needs MeCab: run `pip install fugashi unidic-lite`.") from None
    return fugashi.Tagger()


def japanese_reading(text: str) -> tuple[str, list[str]]:
    """The kana to speak, words separated by spaces, and the written words they stand for (punctuation
    stays with the word before it, as subtitles show it)."""
    spoken: list[str] = []
    written: list[str] = []
    for token in _tagger()(text):
        reading = getattr(token.feature, "pron", None) or getattr(token.feature, "kana", None)
        if reading and reading != "*":
            spoken.append(reading)
            written.append(token.surface)
        elif written:
            written[-1] += token.surface
            spoken[-1] += token.surface if token.surface in "、。！？" else ""
    return " ".join(spoken), written

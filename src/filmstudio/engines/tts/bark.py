"""Bark (Suno, MIT licence) through transformers, from a local folder: a neural voice in the languages
of its speaker presets (`v2/<language>_speaker_<n>`, kept beside the model). Bark gives no timings, so
words and phonemes come from aligning espeak-ng's reading of the same text to Bark's audio
(engines/tts/align.py): lip-sync and subtitles get the same contract as from every engine."""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

import numpy as np

from filmstudio.config import Settings
from filmstudio.engines.gpu import load_transformers
from filmstudio.engines.tts.align import align_to_reference
from filmstudio.engines.tts.base import Speech, VoiceInfo
from filmstudio.errors import UnsupportedLanguage

if TYPE_CHECKING:
    from filmstudio.engines.tts.espeak import EspeakEngine

PRESET = re.compile(r"^(?:v2/)?([a-z]{2})_speaker_(\d+)$")
QUALITY = 5  # a neural voice: cast before the offline ones where it speaks the language
SEMANTIC_RATE = 49.9  # Bark's semantic tokens a second
MAX_SEMANTIC = 768  # its window: about 15 s


def semantic_budget(text: str) -> int:
    """Semantic tokens allowed for a line: ample for speech at a slow pace (1.5 s + 0.5 s a word), so a
    sampled voice cannot ramble on past its words."""
    return min(MAX_SEMANTIC, int(SEMANTIC_RATE * (1.5 + 0.5 * len(text.split()))))


class BarkEngine:
    name = "bark"

    def __init__(self, settings: Settings) -> None:
        loaded = load_transformers(settings, "bark", model_class="BarkModel", processor_class="BarkProcessor")
        self._torch, self.device, self.processor, self.model = (
            loaded.torch,
            loaded.device,
            loaded.processor,
            loaded.model,
        )
        self.rate = int(self.model.generation_config.sample_rate)
        self.genders = settings.bark_voices
        self._lock = threading.Lock()
        self._reference: EspeakEngine | None = None  # the reading Bark's speech is aligned to

    def presets(self) -> list[str]:
        known = getattr(self.processor, "speaker_embeddings", None) or {}
        return sorted(name for name in known if PRESET.match(name))

    def voices(self) -> list[VoiceInfo]:
        out = []
        for preset in self.presets():
            match = PRESET.match(preset)
            assert match is not None
            gender = self.genders.get(preset, "neutral")
            out.append(
                VoiceInfo(
                    "bark",
                    preset,
                    (match.group(1),),
                    gender if gender in ("male", "female") else "neutral",
                    quality=QUALITY,
                    description=f"Bark speaker {match.group(2)}",
                )
            )
        return out

    def synthesize(
        self, text: str, voice: VoiceInfo, *, language: str, rate: float = 1.0, pitch: float = 1.0
    ) -> Speech:
        if language not in voice.languages:
            raise UnsupportedLanguage(
                f"The Bark voice {voice.id} speaks {', '.join(voice.languages)}, not {language}.",
                details={"voice": voice.id, "language": language},
            )
        torch = self._torch
        inputs = self.processor(text, voice_preset=voice.id, return_tensors="pt")
        inputs = {k: v.to(self.device.name) if hasattr(v, "to") else v for k, v in inputs.items()}
        with self._lock, torch.inference_mode():
            torch.manual_seed(_seed(text, voice.id))
            audio = self.model.generate(**inputs, do_sample=True, semantic_max_new_tokens=semantic_budget(text))
        samples = audio.float().cpu().numpy().reshape(-1).astype(np.float32)
        peak = float(np.max(np.abs(samples))) if samples.size else 0.0
        if peak > 1.0:
            samples /= peak
        return align_to_reference(samples, self.rate, self._espeak_reading(text, language))

    def _espeak_reading(self, text: str, language: str) -> Speech:
        from filmstudio.engines.tts.espeak import EspeakEngine

        if self._reference is None:
            self._reference = EspeakEngine()
        voice = next(v for v in self._reference.voices() if v.gender == "male")
        return self._reference.synthesize(text, voice, language=language)


def _seed(text: str, voice: str) -> int:
    """The same line by the same voice sounds the same in every render (Bark samples)."""
    import hashlib

    return int.from_bytes(hashlib.sha256(f"{voice}\n{text}".encode()).digest()[:4], "little")

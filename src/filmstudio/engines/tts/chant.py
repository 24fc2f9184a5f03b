"""Chanting a Sanskrit verse: each word spoken slowly, set to one of the three pitch levels of traditional
recitation (anudatta below Sa, udatta on Sa, svarita above), sustained to whole beats of the music's pulse,
and placed on the beat, over the drone. The words' times are therefore known exactly."""

from __future__ import annotations

import math
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from filmstudio.engines.tts.base import Speech, TTSEngine, VoiceInfo, WordTiming
from filmstudio.engines.tts.sanskrit import sanskrit_to_phonemes
from filmstudio.media import ffmpeg
from filmstudio.media.audio import MIX_RATE, estimate_pitch, read_wav

ANUDATTA, UDATTA, SVARITA = -2, 0, 2  # semitones from Sa
SLOW = 0.8  # of the reading rate


@dataclass(frozen=True)
class ChantPlan:
    tempo: int  # beats per minute of the music
    sa_hz: float  # the drone's Sa for this voice (an octave up for higher voices)


def recitation_pattern(words: int) -> list[int]:
    """Udatta to open, svarita and udatta alternating, the last word of the line falling to anudatta."""
    if words <= 1:
        return [ANUDATTA]
    body = [UDATTA] + [SVARITA if i % 2 else UDATTA for i in range(1, words - 1)]
    return [*body, ANUDATTA]


def sa_for_voice(tonic_midi: int, natural_hz: float) -> float:
    """The octave of Sa nearest to the voice's own pitch, so the chant sits over the drone without strain."""
    sa = 440.0 * 2 ** ((tonic_midi - 69) / 12)
    while sa * 1.5 < natural_hz:
        sa *= 2
    while sa / 1.5 > natural_hz:
        sa /= 2
    return sa


def chant(engine: TTSEngine, text: str, voice: VoiceInfo, plan: ChantPlan, *, ffmpeg_binary: str) -> Speech:
    _, written = sanskrit_to_phonemes(text)
    beat = 60.0 / plan.tempo
    pattern = recitation_pattern(len(written))
    pieces: list[tuple[np.ndarray, int]] = []  # (audio, beats it fills)
    with tempfile.TemporaryDirectory(prefix="filmstudio-chant-") as tmp:
        for i, (word, level) in enumerate(zip(written, pattern, strict=True)):
            spoken = engine.synthesize(word, voice, language="sa", rate=SLOW)
            natural = estimate_pitch(spoken.samples, spoken.sample_rate) or 120.0
            target = plan.sa_hz * 2 ** (level / 12)
            pitch = float(np.clip(target / natural, 0.5, 2.0))
            length = len(spoken.samples) / spoken.sample_rate
            beats = max(1, math.ceil(length * 1.15 / beat))  # sustained: stretched to fill whole beats
            stretch = min(2.5, beats * beat * 0.92 / length)  # leave a breath before the next beat
            out = Path(tmp) / f"w{i}.wav"
            args = ffmpeg.pcm_to_wav_args(
                ffmpeg_binary, sample_rate=spoken.sample_rate, out=out, pitch=pitch, tempo=1.0 / stretch
            )
            ffmpeg.run(args, input_bytes=spoken.samples.astype("<f4").tobytes())
            audio, _ = read_wav(out)
            pieces.append((audio, beats))
    total = sum(beats for _, beats in pieces) * beat + 0.3
    track = np.zeros(int(total * MIX_RATE), dtype=np.float32)
    words = []
    at = 0.0
    for word, (audio, beats) in zip(written, pieces, strict=True):
        i = int(round(at * MIX_RATE))
        n = min(len(audio), len(track) - i)
        track[i : i + n] += audio[:n]
        words.append(WordTiming(word, round(at, 4), round(at + n / MIX_RATE, 4)))
        at += beats * beat
    return Speech(track, MIX_RATE, words)

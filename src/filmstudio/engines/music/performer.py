"""Performing a score: written as a standard MIDI file (tempo and meter included), rendered by FluidSynth
with a General MIDI soundfont, then cut to exactly the film's length with a closing fade."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import mido
import numpy as np

from filmstudio.engines.music.composer import DRUMS, Score
from filmstudio.errors import EngineNotInstalled, ToolFailed
from filmstudio.media.audio import MIX_RATE, read_wav, write_wav

TICKS = 480
SOUNDFONTS = (
    "/usr/share/sounds/sf2/FluidR3_GM.sf2",
    "/usr/share/sounds/sf2/TimGM6mb.sf2",
    "/usr/share/sounds/sf2/default-GM.sf2",
)


def soundfont() -> Path:
    for path in SOUNDFONTS:
        if Path(path).exists():
            return Path(path)
    raise EngineNotInstalled("No General MIDI soundfont. Run `apt-get install fluid-soundfont-gm`.")


def write_midi(score: Score, path: Path) -> None:
    midi = mido.MidiFile(ticks_per_beat=TICKS)
    meta = mido.MidiTrack()
    midi.tracks.append(meta)
    meta.append(mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(score.tempo), time=0))
    numerator, denominator = (score.beats_per_bar, 4) if score.beats_per_bar not in (6,) else (6, 8)
    if score.beats_per_bar in (8, 16):  # keherwa and teentaal are counted as bars of 4
        numerator = 4
    meta.append(mido.MetaMessage("time_signature", numerator=numerator, denominator=denominator, time=0))
    meta.append(
        mido.MetaMessage(
            "text",
            text=f"style={score.style.name}; raga={score.raga.name if score.raga else '-'}; "
            f"tala={score.tala or '-'}; cycle={score.beats_per_bar}",
            time=0,
        )
    )
    seconds_per_tick = 60.0 / score.tempo / TICKS
    channels = sorted({n.channel for n in score.notes})
    for channel in channels:
        track = mido.MidiTrack()
        midi.tracks.append(track)
        events = []
        if channel != DRUMS and channel in score.programs:
            events.append((0, 0, mido.Message("program_change", channel=channel, program=score.programs[channel])))
        for note in (n for n in score.notes if n.channel == channel):
            on = int(round(note.start / seconds_per_tick))
            off = max(on + 1, int(round(note.end / seconds_per_tick)))
            events.append((on, 2, mido.Message("note_on", channel=channel, note=note.pitch, velocity=note.velocity)))
            events.append((off, 1, mido.Message("note_off", channel=channel, note=note.pitch, velocity=0)))
        events.sort(key=lambda e: (e[0], e[1]))
        now = 0
        for tick, _, message in events:
            track.append(message.copy(time=tick - now))
            now = tick
    midi.save(str(path))


def render(score: Score, out: Path, *, fade: float = 2.0) -> None:
    binary = shutil.which("fluidsynth")
    if not binary:
        raise EngineNotInstalled("FluidSynth is not installed. Run `apt-get install fluidsynth fluid-soundfont-gm`.")
    midi_path = out.with_suffix(".mid")
    raw = out.with_name(out.stem + ".raw.wav")
    write_midi(score, midi_path)
    proc = subprocess.run(
        [
            binary,
            "-ni",
            "-q",
            "-g",
            "0.6",
            "-r",
            str(MIX_RATE),
            "-F",
            str(raw),
            "-T",
            "wav",
            "-O",
            "s16",
            str(soundfont()),
            str(midi_path),
        ],
        capture_output=True,
        timeout=600,
        check=False,
    )
    if proc.returncode != 0 or not raw.exists():
        raise ToolFailed(f"FluidSynth failed: {proc.stderr.decode(errors='replace')[-400:]}")
    samples, rate = read_wav(raw)
    raw.unlink(missing_ok=True)
    if samples.ndim == 1:
        samples = np.repeat(samples[:, None], 2, axis=1)
    need = int(round(score.duration * rate))
    samples = samples[:need] if len(samples) >= need else np.pad(samples, ((0, need - len(samples)), (0, 0)))
    fade_n = min(need, int(fade * rate))
    if fade_n:
        samples[-fade_n:] *= np.linspace(1.0, 0.0, fade_n, dtype=np.float32)[:, None]
    write_wav(out, _normalised(samples) if rate == MIX_RATE else samples, rate)


BED_LUFS = -20.0  # every style leaves here equally loud; the mix sets the bed's level from this


def _normalised(samples: np.ndarray) -> np.ndarray:
    """The bed at BED_LUFS, measured in memory (BS.1770 at 48 kHz, as ffmpeg's meter within 0.2 LU: a
    tenth of its time, and the WAV written once)."""
    from filmstudio.media.loudness import gated_loudness, k_weighted_energy
    from filmstudio.media.mix import limit_peaks

    loudness = gated_loudness(k_weighted_energy(samples), len(samples))
    if not np.isfinite(loudness):
        return samples
    return limit_peaks(samples * np.float32(10 ** ((BED_LUFS - loudness) / 20)))

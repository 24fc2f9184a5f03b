"""Procedural sound effects, made here (no samples): waves, wind, rain, birds, crowd murmur, bells,
footsteps, a door. Placed from cues in a scene's action and description ("Waves crash against the rocks")."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from filmstudio.cache import AssetCache, content_key
from filmstudio.media.audio import MIX_RATE, write_wav
from filmstudio.storyboard import Effect, Storyboard

SFX_VERSION = 1
CUES: dict[str, tuple[str, ...]] = {
    "waves": ("waves", "wave", "surf", "ocean", "shore", "tide"),
    "wind": ("wind", "breeze", "gust", "gale", "storm"),
    "rain": ("rain", "raining", "drizzle", "monsoon", "downpour"),
    "birds": ("birds", "bird", "chirp", "chirping", "birdsong"),
    "crowd": ("crowd", "market", "audience", "festival", "bustling"),
    "bells": ("bell", "bells", "chime", "chimes"),
    "footsteps": ("footsteps", "runs", "walks", "steps", "climbs", "stairs"),
    "door": ("door", "knock", "knocks"),
}
AMBIENCES = {"waves", "wind", "rain", "birds", "crowd"}
WEATHER_SOUNDS = {"rain": ("rain",), "storm": ("rain", "wind"), "wind": ("wind",)}  # a scene's weather, heard
_WEATHER_HEARD = {name for names in WEATHER_SOUNDS.values() for name in names}
WEATHER_BED_DB = -8.0  # a weather heard for a whole scene, under the level of the sound a sentence names
LEVELS_DB = {
    "waves": -16.0,
    "wind": -20.0,
    "rain": -18.0,
    "birds": -20.0,
    "crowd": -20.0,
    "bells": -14.0,
    "footsteps": -14.0,
    "door": -12.0,
}
_NEGATED = re.compile(r"\b(?:no|without)\s+\w+|\b\w+\s+(?:has|had|have)\s+(?:passed|stopped|ended)\b")


def place_effects(board: Storyboard) -> list[Effect]:
    """Ambiences fill the scene whose action names them; one-shots sound near the scene's start."""
    effects = []
    for scene in board.scenes:
        text = _NEGATED.sub(" ", " ".join([scene.heading, *scene.action]).lower())
        start, end = scene.start or 0.0, scene.end or 0.0
        for name, words in CUES.items():
            if scene.moments and name in _WEATHER_HEARD:
                continue  # a staged scene's weather is its own from its sentence on, not its paragraph's words
            found = next((w for w in words if re.search(rf"\b{re.escape(w)}\b", text)), None)
            if found is None:
                continue
            if name in AMBIENCES:
                effects.append(Effect(name=name, start=start, end=end, cue=found, gain_db=LEVELS_DB[name]))
            else:
                at = start + min(0.6, (end - start) / 4)
                effects.append(Effect(name=name, start=at, end=min(end, at + 3.0), cue=found, gain_db=LEVELS_DB[name]))
        # the weather the scene is in sounds where its words do not call for it: the rain a sentence began
        # before goes on, and a room without windows hears the storm (engines/image/settings/outside.py); a
        # bed under the whole scene, further down than a sound the words name, so the lines stay clear
        heard = {e.name for e in effects if e.start >= start and e.end <= end}
        for name in WEATHER_SOUNDS.get(scene.weather, ()):
            if name not in heard and end > start:
                gain = LEVELS_DB[name] + WEATHER_BED_DB
                effects.append(Effect(name=name, start=start, end=end, cue=scene.weather, gain_db=gain))
    return effects


def render_effect(effect: Effect, cache: AssetCache, *, seed: int) -> Path:
    length = round(effect.end - effect.start, 3)
    key = content_key("sfx", SFX_VERSION, effect.name, length, seed)

    def make(tmp: Path) -> None:
        write_wav(tmp, synthesize(effect.name, length, seed=seed), MIX_RATE)

    return cache.get_or_create("sfx", key, ".wav", make)


def _shaped_noise(n: int, rng: np.random.Generator, shape: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """Noise with a chosen spectrum: random phases, magnitudes from shape(frequency in Hz)."""
    freqs = np.fft.rfftfreq(n, 1 / MIX_RATE)
    spectrum = shape(np.maximum(freqs, 1.0)) * np.exp(1j * rng.uniform(0, 2 * np.pi, len(freqs)))
    out = np.fft.irfft(spectrum, n).astype(np.float32)
    peak: float = np.abs(out).max()
    return out / (peak + 1e-9)


def _env(n: int, attack: float, release: float) -> np.ndarray:
    a, r = max(1, int(attack * MIX_RATE)), max(1, int(release * MIX_RATE))
    env = np.ones(n, dtype=np.float32)
    env[: min(a, n)] = np.linspace(0, 1, min(a, n))
    env[-min(r, n) :] *= np.linspace(1, 0, min(r, n))
    return env


def synthesize(name: str, seconds: float, *, seed: int = 0) -> np.ndarray:
    """The effect as stereo float32 at the mix rate, peaking near full scale."""
    rng = np.random.default_rng(zlib.crc32(f"{name}:{seed}".encode()))
    n = max(1, int(seconds * MIX_RATE))
    t = np.arange(n, dtype=np.float32) / MIX_RATE
    if name == "waves":  # low rumbling surf that swells and breaks every 6-9 s
        body = _shaped_noise(n, rng, lambda f: 1 / f**0.9 * (f < 3000))
        swell = 0.25 + 0.75 * np.clip(np.sin(2 * np.pi * t / rng.uniform(6, 9)), 0, None) ** 2
        mono = body * swell
    elif name == "wind":
        body = _shaped_noise(n, rng, lambda f: np.exp(-((np.log(f) - np.log(500)) ** 2)))
        mono = body * (0.4 + 0.6 * (0.5 + 0.5 * np.sin(2 * np.pi * t / 5.3) * np.sin(2 * np.pi * t / 3.1)))
    elif name == "rain":
        mono = _shaped_noise(n, rng, lambda f: (f > 1500) * 1.0) * 0.6
        for at in rng.uniform(0, seconds, int(seconds * 40)):  # drops
            i = int(at * MIX_RATE)
            k = min(n - i, 240)
            mono[i : i + k] += rng.uniform(0.2, 0.6) * np.exp(-np.arange(k) / 30) * np.sign(rng.normal())
    elif name == "birds":
        mono = np.zeros(n, dtype=np.float32)
        for at in rng.uniform(0, max(0.1, seconds - 0.3), int(seconds * 2.5)):  # chirps: quick rising sweeps
            i, k = int(at * MIX_RATE), int(rng.uniform(0.06, 0.15) * MIX_RATE)
            k = min(k, n - i)
            f0, f1 = rng.uniform(2500, 4000), rng.uniform(4000, 6500)
            phase = 2 * np.pi * np.cumsum(np.linspace(f0, f1, k)) / MIX_RATE
            mono[i : i + k] += 0.6 * np.sin(phase) * np.hanning(k)
    elif name == "crowd":  # many voices: speech-band noise with syllable-rate flutter
        mono = np.zeros(n, dtype=np.float32)
        for _ in range(12):
            voice = _shaped_noise(n, rng, lambda f: np.exp(-((np.log(f) - np.log(rng.uniform(300, 900))) ** 2) * 2))
            mono += voice * (0.5 + 0.5 * np.sin(2 * np.pi * rng.uniform(3, 6) * t + rng.uniform(0, 6)))
        mono /= 6
    elif name == "bells":  # a temple bell: inharmonic partials ringing down
        mono = np.zeros(n, dtype=np.float32)
        for strike in np.arange(0.0, max(0.01, seconds - 0.5), 1.2):
            i = int(strike * MIX_RATE)
            tt = t[: n - i]
            for ratio, amp in (
                (0.5, 0.5),
                (1.0, 1.0),
                (1.19, 0.6),
                (1.56, 0.5),
                (2.0, 0.4),
                (2.51, 0.3),
                (3.01, 0.2),
            ):
                mono[i:] += amp * np.sin(2 * np.pi * 440 * ratio * tt) * np.exp(-tt * (1.2 + ratio))
    elif name == "footsteps":
        mono = np.zeros(n, dtype=np.float32)
        thump = _shaped_noise(int(0.08 * MIX_RATE), rng, lambda f: (f < 900) * 1.0) * np.exp(
            -np.arange(int(0.08 * MIX_RATE)) / 600
        )
        for at in np.arange(0.1, max(0.2, seconds - 0.2), 0.48):
            i = int(at * MIX_RATE)
            k = min(len(thump), n - i)
            mono[i : i + k] += thump[:k] * rng.uniform(0.7, 1.0)
    elif name == "door":  # a creak, then the thud of it closing
        mono = np.zeros(n, dtype=np.float32)
        k = min(n, int(0.9 * MIX_RATE))
        freq = 180 + 60 * np.sin(np.linspace(0, 3, k)) + rng.normal(0, 8, k)
        creak = np.sign(np.sin(2 * np.pi * np.cumsum(freq) / MIX_RATE)) * 0.3 * np.hanning(k)
        mono[:k] += creak
        i = min(n - 1, int(1.1 * MIX_RATE))
        thud = _shaped_noise(int(0.25 * MIX_RATE), rng, lambda f: (f < 250) * 1.0) * np.exp(
            -np.arange(int(0.25 * MIX_RATE)) / 2500
        )
        mono[i : i + len(thud)] += thud[: n - i]
    else:
        raise ValueError(f"unknown effect {name}")
    mono = mono * _env(n, 0.4 if name in AMBIENCES else 0.005, 0.6 if name in AMBIENCES else 0.05)
    mono = mono / (np.abs(mono).max() + 1e-9) * 0.9
    pan = 0.15 * np.sin(2 * np.pi * t / 11.0) if name in AMBIENCES else 0.0
    return np.stack([mono * (1 - pan), mono * (1 + pan)], axis=1).astype(np.float32) / 1.15

"""Lip-sync tracks: phoneme timings (espeak-ng mnemonics, Piper IPA or Festival phones) become mouth
shapes from the Preston Blair set, smoothed for co-articulation, with rests wherever the voice is
silent, and an opening per shape scaled by how loud the voice is there.

Shapes: rest, MBP (lips pressed), FV (teeth on lip), L (tongue up), etc (other consonants), E (ee/eh),
AI (wide open), O (round), U (small round), WQ (puckered)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

SHAPES = ("rest", "MBP", "FV", "L", "etc", "E", "AI", "O", "U", "WQ")
OPEN = {
    "rest": 0.0,
    "MBP": 0.0,
    "FV": 0.15,
    "L": 0.45,
    "etc": 0.35,
    "E": 0.6,
    "AI": 1.0,
    "O": 0.8,
    "U": 0.5,
    "WQ": 0.35,
}
HOP = 0.01  # seconds per loudness value
SILENCE_RATIO = 0.1  # quieter than −20 dB under the clip's loud parts is a pause
MIN_PAUSE = 0.1  # shorter quiet spans are gaps between sounds, not rests
MIN_SEGMENT = 0.045  # shorter shapes blend into their neighbours (co-articulation)

_MULTI = {
    # Festival phones
    "aa": "AI",
    "ae": "AI",
    "ah": "AI",
    "ao": "O",
    "aw": "AI",
    "ax": "E",
    "ay": "AI",
    "eh": "E",
    "er": "E",
    "ey": "E",
    "ih": "E",
    "iy": "E",
    "ow": "O",
    "oy": "O",
    "uh": "U",
    "uw": "U",
    "ch": "etc",
    "dh": "L",
    "th": "L",
    "hh": "etc",
    "jh": "etc",
    "ng": "etc",
    "sh": "etc",
    "zh": "etc",
    # espeak-ng mnemonics
    "aI": "AI",
    "aU": "AI",
    "eI": "E",
    "oU": "O",
    "OI": "O",
    "tS": "etc",
    "dZ": "etc",
}
_SINGLE = {
    "p": "MBP",
    "b": "MBP",
    "m": "MBP",
    "f": "FV",
    "v": "FV",
    "w": "WQ",
    "ʍ": "WQ",
    "l": "L",
    "ɫ": "L",
    "D": "L",
    "T": "L",
    "ð": "L",
    "θ": "L",
    "a": "AI",
    "A": "AI",
    "ɑ": "AI",
    "æ": "AI",
    "ɐ": "AI",
    "V": "AI",
    "ʌ": "AI",
    "e": "E",
    "E": "E",
    "ɛ": "E",
    "i": "E",
    "I": "E",
    "ɪ": "E",
    "@": "E",
    "ə": "E",
    "3": "E",
    "ɜ": "E",
    "ɚ": "E",
    "ɝ": "E",
    "o": "O",
    "O": "O",
    "ɔ": "O",
    "0": "O",
    "ɒ": "O",
    "u": "U",
    "U": "U",
    "ʊ": "U",
    "ɯ": "U",
    "y": "E",
    "ø": "O",
    "ʏ": "U",
}
_MODIFIERS = set("ˈˌ'ː:,%=ʰʲ̃") | {"", "ˑ"}
_VOWEL_SHAPES = {"E", "AI", "O", "U"}


def shape_of(phoneme: str) -> str | None:
    """The mouth shape for one phoneme; None for a stress or length mark, which joins its neighbour."""
    if phoneme.startswith("_") or phoneme in (" ", "pau", "#", "sil", ".", ",", "?", "!"):
        return "rest"
    core = "".join(ch for ch in phoneme if ch not in _MODIFIERS)
    if not core:
        return None
    if core in _MULTI:
        return _MULTI[core]
    if core[:2] in _MULTI:
        return _MULTI[core[:2]]
    return _SINGLE.get(core[0], "etc")


class Timed(Protocol):
    text: str
    start: float
    end: float


@dataclass
class Segment:
    start: float
    end: float
    shape: str
    open: float = 0.0


def loudness_envelope(samples: np.ndarray, sample_rate: int) -> tuple[np.ndarray, float]:
    """RMS every HOP seconds (20 ms windows) and the level of the clip's loud parts (95th percentile)."""
    hop = max(1, int(sample_rate * HOP))
    n = max(1, int(np.ceil(len(samples) / hop)))
    padded = np.zeros(n * hop + hop, dtype=np.float32)
    padded[: len(samples)] = samples
    power = padded.astype(np.float64) ** 2
    frames = power[: n * hop].reshape(n, hop).mean(axis=1)
    nxt = power[hop : n * hop + hop].reshape(n, hop).mean(axis=1)
    rms = np.sqrt((frames + nxt) / 2)
    ref = float(np.percentile(rms, 95)) if rms.size else 0.0
    return rms.astype(np.float32), ref


def pauses(rms: np.ndarray, ref: float) -> list[tuple[float, float]]:
    """Spans of at least MIN_PAUSE where the voice is silent."""
    quiet = rms < max(ref * SILENCE_RATIO, 1e-4)
    spans, start = [], None
    for i, q in enumerate(np.append(quiet, False)):
        if q and start is None:
            start = i
        elif not q and start is not None:
            if (i - start) * HOP >= MIN_PAUSE:
                spans.append((start * HOP, i * HOP))
            start = None
    return spans


def build_track(phonemes: Sequence[Timed], samples: np.ndarray, sample_rate: int) -> list[Segment]:
    duration = len(samples) / sample_rate
    rms, ref = loudness_envelope(samples, sample_rate)
    segments: list[Segment] = []
    for ph in phonemes:
        shape = shape_of(ph.text)
        start, end = max(0.0, ph.start), min(duration, ph.end)
        if end <= start:
            continue
        if shape is None or shape == "rest":
            # a stress or length mark lengthens what came before it; so does a written pause, since
            # only the audio knows whether the voice really stops (rests are placed from it below)
            if segments:
                segments[-1].end = end
            continue
        if segments and segments[-1].shape == shape and abs(segments[-1].end - start) < 1e-3:
            segments[-1].end = end
        else:
            segments.append(Segment(start, end, shape))
    segments = _with_rests(segments, pauses(rms, ref), duration)
    segments = _coarticulate(segments)
    for seg in segments:
        if seg.shape in ("rest", "MBP"):
            continue
        a, b = int(seg.start / HOP), max(int(seg.start / HOP) + 1, int(np.ceil(seg.end / HOP)))
        # the segment's loud part: a vowel that swells is open at its peak (a mean of short, shifted
        # segments leaves some voices' mouths half shut)
        loud = float(np.clip(np.percentile(rms[a:b], 75) / ref, 0.0, 1.0)) if ref > 0 and a < len(rms) else 0.0
        seg.open = round(min(1.0, 1.2 * loud**0.9 * (0.35 + 0.65 * OPEN[seg.shape])), 3)
    return segments


def _with_rests(segments: list[Segment], quiet: list[tuple[float, float]], duration: float) -> list[Segment]:
    """Rests over the silent spans (cutting into phonemes that overlap them) and wherever no phoneme is."""
    out: list[Segment] = []
    cuts = sorted((qs, min(qe, duration)) for qs, qe in quiet if qs < duration)  # the loudness grid overruns
    for seg in segments:
        pieces = [(seg.start, seg.end)]
        for qs, qe in cuts:
            nxt = []
            for s, e in pieces:
                if qe <= s or qs >= e:
                    nxt.append((s, e))
                    continue
                if s < qs:
                    nxt.append((s, qs))
                if qe < e:
                    nxt.append((qe, e))
            pieces = nxt
        out.extend(Segment(s, e, seg.shape) for s, e in pieces if e - s > 1e-3)
    for qs, qe in cuts:
        out.append(Segment(qs, qe, "rest"))
    out.sort(key=lambda s: s.start)
    filled: list[Segment] = []
    cursor = 0.0
    for seg in out:
        if seg.start > cursor + 1e-3:
            filled.append(Segment(cursor, seg.start, "rest"))
            cursor = seg.start
        seg.start = cursor  # no slivers between segments: the track covers the clip end to end
        if seg.end > seg.start:
            filled.append(seg)
            cursor = seg.end
    if duration > cursor + 1e-3:
        filled.append(Segment(cursor, duration, "rest"))
    elif filled:
        filled[-1].end = max(filled[-1].end, duration)
    merged: list[Segment] = []
    for seg in filled:
        if merged and merged[-1].shape == seg.shape:
            merged[-1].end = seg.end
        else:
            merged.append(seg)
    return merged


def _coarticulate(segments: list[Segment]) -> list[Segment]:
    """Shapes too short to see take the shape of the longer neighbour; a lip closure (MBP) or a rest is
    kept when it lasts at least 30 ms, since a mouth that never closes on "m" looks wrong."""
    changed = True
    while changed and len(segments) > 1:
        changed = False
        for i, seg in enumerate(segments):
            length = seg.end - seg.start
            keep = seg.shape in ("MBP", "rest") and length >= 0.03
            if length >= MIN_SEGMENT or keep:
                continue
            left = segments[i - 1] if i > 0 else None
            right = segments[i + 1] if i + 1 < len(segments) else None
            neighbour = max(
                (n for n in (left, right) if n is not None and n.shape != "rest"),
                key=lambda n: n.end - n.start,
                default=left or right,
            )
            assert neighbour is not None
            neighbour.start, neighbour.end = min(neighbour.start, seg.start), max(neighbour.end, seg.end)
            del segments[i]
            changed = True
            break
    merged: list[Segment] = []
    for seg in segments:
        if merged and merged[-1].shape == seg.shape:
            merged[-1].end = seg.end
        else:
            merged.append(seg)
    return merged


def split_mnemonics(text: str) -> list[str]:
    """espeak-ng's phoneme string ("h@l'oU") as phonemes ("h", "@", "l", "oU")."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _MODIFIERS or ch.isspace():
            i += 1
            continue
        pair = text[i : i + 2]
        if pair in _MULTI:
            out.append(pair)
            i += 2
            continue
        out.append(ch)
        i += 1
    return out


@dataclass
class _Phone:
    text: str
    start: float
    end: float


def align_in_words(words: Sequence[Timed], phonemize: Callable[[str], str]) -> list[_Phone]:
    """Phonemes spread over each word's span (vowels twice as long as consonants): the lip-sync track
    for a clip whose engine gave word times only (a chanted verse, a storyboard from elsewhere)."""
    out: list[_Phone] = []
    for word in words:
        phones = split_mnemonics(phonemize(word.text)) or ["@"]
        weights = np.array([2.0 if shape_of(p) in _VOWEL_SHAPES else 1.0 for p in phones])
        edges = word.start + np.concatenate([[0.0], np.cumsum(weights)]) / weights.sum() * (word.end - word.start)
        out.extend(_Phone(p, float(edges[i]), float(edges[i + 1])) for i, p in enumerate(phones))
    return out


class MouthShape(Protocol):
    """A stretch of a line's mouth: a Segment here, or the storyboard's Viseme."""

    @property
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...
    @property
    def shape(self) -> str: ...
    @property
    def open(self) -> float: ...


class MouthTrack:
    """The mouth of one line at any moment: the shape of the segment under it and an opening that glides
    between segment centres (so shapes blend), held shut through rests."""

    def __init__(self, segments: Sequence[MouthShape]) -> None:
        self.starts = [float(s.start) for s in segments]
        self.shapes = [str(s.shape) for s in segments]
        xs: list[float] = []
        ys: list[float] = []
        for s in segments:
            start, end, value = float(s.start), float(s.end), float(s.open)
            if s.shape in ("rest", "MBP"):
                xs += [start + min(0.03, (end - start) / 3), end - min(0.03, (end - start) / 3)]
                ys += [0.0, 0.0]
            else:
                xs.append((start + end) / 2)
                ys.append(value)
        self.xs = np.array(xs or [0.0])
        self.ys = np.array(ys or [0.0])
        self.end = float(segments[-1].end) if segments else 0.0

    def at(self, t: float) -> tuple[str, float]:
        if not self.starts or t < 0 or t >= self.end:
            return "rest", 0.0
        i = bisect.bisect_right(self.starts, t) - 1
        shape = self.shapes[max(0, i)]
        if shape in ("rest", "MBP"):
            return shape, 0.0
        return shape, float(np.interp(t, self.xs, self.ys))

"""The offline composer: a score that fits the film exactly. An intro of drone or pad alone, a body whose
sections follow the scenes (each scene's mood sets loudness, register and density), and an ending that
resolves to the tonic and fades. The same seed always gives the same score."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from filmstudio.engines.music.styles import Style
from filmstudio.engines.music.theory import BOL_STROKES, CHORD_TONES, PROGRESSIONS, RAGAS, TALAS, Raga

DRUMS = 9  # the GM percussion channel
_MOOD = {  # loudness, register shift (semitones), notes per beat
    "calm": (0.75, 0, 1.0),
    "joyful": (0.95, 12, 2.0),
    "tense": (1.0, -12, 2.0),
    "melancholic": (0.65, 0, 0.5),
    "mysterious": (0.7, -12, 1.0),
    "epic": (1.0, 0, 2.0),
    "devotional": (0.8, 0, 1.0),
}


@dataclass(frozen=True)
class Note:
    start: float
    end: float
    pitch: int
    velocity: int
    channel: int


@dataclass(frozen=True)
class Section:
    start: float
    end: float
    mood: str


@dataclass
class Score:
    style: Style
    duration: float
    tempo: int
    beats_per_bar: int
    raga: Raga | None
    tala: str | None
    notes: list[Note] = field(default_factory=list)
    programs: dict[int, int] = field(default_factory=dict)  # channel -> GM program
    intro: float = 0.0  # seconds of drone or pad alone before the body

    @property
    def end(self) -> float:
        return max((n.end for n in self.notes), default=0.0)

    def melodic(self) -> list[Note]:
        return [n for n in self.notes if n.channel != DRUMS]


class _Builder:
    def __init__(self, score: Score, sections: list[Section]) -> None:
        self.score = score
        self.sections = sections or [Section(0.0, score.duration, "calm")]
        self.limit = score.duration  # notes are cut here (the body stops where the ending begins)

    def mood_at(self, t: float) -> tuple[float, int, float]:
        for s in self.sections:
            if s.start <= t < s.end:
                return _MOOD.get(s.mood, _MOOD["calm"])
        return _MOOD["calm"]

    def add(self, start: float, length: float, pitch: int, velocity: float, channel: int) -> None:
        end = min(start + length, self.limit, self.score.duration)
        if end - start < 0.02 or not 0 <= pitch <= 127:
            return
        self.score.notes.append(Note(round(start, 4), round(end, 4), pitch, int(np.clip(velocity, 1, 127)), channel))


def compose(style: Style, *, duration: float, sections: list[Section], seed: int, raga: str | None = None) -> Score:
    rng = np.random.default_rng(seed)
    chosen = RAGAS[raga] if raga else (RAGAS["bhupali"] if style.family != "western" else None)
    tala = style.rhythm if style.rhythm in TALAS else None
    score = Score(
        style, duration, style.tempo, style.beats_per_bar, chosen if style.family != "western" else None, tala
    )
    b = _Builder(score, sections)
    beat = 60.0 / style.tempo
    bar = beat * style.beats_per_bar
    # the intro lasts whole bars (or beats, in a short film), so the body starts on the grid
    unit = bar if bar <= duration * 0.25 else beat
    intro = unit * max(1, round(min(4.0, duration * 0.15) / unit))
    ending = min(3.0, duration * 0.2)
    body_end = duration - ending
    score.intro = round(intro, 4)
    channels = {"lead": 0, "harmony": 1, "bass": 2, "drone": 3, "response": 4, "bells": 5}
    for role, program in (
        ("lead", style.lead),
        ("harmony", style.harmony),
        ("bass", style.bass),
        ("response", style.response),
    ):
        if program is not None:
            score.programs[channels[role]] = program
    if style.family in ("raga", "sparse"):
        score.programs[channels["drone"]] = 104  # tanpura plucks, voiced by the sitar
        _tanpura(b, score.raga, style, channels["drone"], beat)
    if style.bells:
        score.programs[channels["bells"]] = 14 if style.family == "sparse" else 112
        _bells(b, style, channels["bells"], beat, intro)
    b.limit = body_end
    if style.family == "raga":
        if score.raga is None:  # compose() gives every style but the western ones a raga
            raise ValueError(f"the {style.name} style has no raga")
        _raga_melody(
            b,
            score.raga,
            style,
            channels["lead"],
            beat,
            intro,
            body_end,
            rng,
            response=channels["response"] if style.response is not None else None,
        )
    elif style.family == "sparse":
        if style.lead is not None:
            _recitation_melody(b, style, channels["lead"], beat, intro, body_end, rng)
        if style.harmony is not None:
            _chords(b, style, channels["harmony"], beat, 0.0, body_end, pad=True)
    else:
        if style.harmony is not None:
            _chords(
                b,
                style,
                channels["harmony"],
                beat,
                0.0,
                body_end,
                pad=style.name in ("cinematic", "epic", "bollywood", "electronic", "classical"),
            )
        if style.bass is not None:
            _bass(b, style, channels["bass"], beat, intro, body_end)
        if style.lead is not None:
            _scale_melody(
                b,
                style,
                channels["lead"],
                beat,
                intro,
                body_end,
                rng,
                response=channels["response"] if style.response is not None else None,
            )
    if style.rhythm:
        _rhythm(b, style, beat, intro, body_end)
    b.limit = duration
    _ending(b, style, score.raga, channels, body_end)
    score.notes.sort(key=lambda n: (n.start, n.channel, n.pitch))
    return score


def _tanpura(b: _Builder, raga: Raga | None, style: Style, channel: int, beat: float) -> None:
    """The tanpura's cycle, Pa (or Ma) - Sa' - Sa' - Sa, plucked softly and left ringing, from the first second."""
    first, second = raga.drone if raga else (0, 7)
    sa = style.tonic - 12
    cycle = [sa + second, sa + 12, sa + 12, sa + first]
    step = max(beat, 0.6)
    t = 0.0
    i = 0
    while t < b.score.duration:
        b.add(t, step * 3.5, cycle[i % 4], 48 * b.mood_at(t)[0] + 10, channel)
        t += step
        i += 1


def _bells(b: _Builder, style: Style, channel: int, beat: float, intro: float) -> None:
    bar = beat * style.beats_per_bar
    t = 0.0 if style.family == "sparse" else intro
    while t < b.score.duration - 1.0:
        b.add(t, bar, style.tonic + 24, 70 * b.mood_at(t)[0], channel)
        t += bar if style.family != "sparse" else bar * 2


def _phrase_in_raga(raga: Raga, rng: np.random.Generator, length: int) -> list[int]:
    """A phrase that climbs on the aroha and falls on the avaroha, sometimes the pakad itself; it ends on Sa,
    the vadi or the samvadi."""
    if rng.random() < 0.25:
        return list(raga.pakad)
    up, down = list(raga.aroha), list(raga.avaroha)
    i = int(rng.integers(0, len(up) - 2))
    phrase: list[int] = []
    direction = 1
    while len(phrase) < length:
        if direction > 0:
            phrase.append(up[i])
            i += 1
            if i >= len(up) or rng.random() < 0.25:
                direction, i = -1, max(0, down.index(_nearest(down, phrase[-1])))
        else:
            phrase.append(down[i])
            i += 1
            if i >= len(down) or rng.random() < 0.2:
                direction, i = 1, max(0, up.index(_nearest(up, phrase[-1])))
    phrase.append(rng.choice([0, raga.vadi, raga.samvadi]))
    return phrase


def _nearest(line: list[int], pitch: int) -> int:
    return min(line, key=lambda p: abs(p - pitch))


def _raga_melody(
    b: _Builder,
    raga: Raga,
    style: Style,
    channel: int,
    beat: float,
    start: float,
    end: float,
    rng: np.random.Generator,
    *,
    response: int | None,
) -> None:
    t = start
    while t < end - beat:
        loud, shift, density = b.mood_at(t)
        step = beat / max(1.0, density)
        phrase = _phrase_in_raga(raga, rng, int(rng.integers(4, 9)))
        phrase_start = t
        for k, degree in enumerate(phrase):
            if t >= end - beat:
                break
            hold = step * (2.0 if k == len(phrase) - 1 else 1.0)
            b.add(
                t,
                hold * 0.95,
                style.tonic + degree + (12 if shift > 0 else 0),
                80 * loud + rng.integers(-6, 6),
                channel,
            )
            t += hold
        if response is not None and t < end - (t - phrase_start):  # the chorus answers with the same line
            answer = t + beat
            for k, degree in enumerate(phrase):
                hold = step * (2.0 if k == len(phrase) - 1 else 1.0)
                b.add(answer, hold * 0.95, style.tonic + degree, 64 * loud, response)
                answer += hold
            t = answer
        t += beat * float(rng.choice([1, 2]))


def _scale_tone(style: Style, degree: int) -> int:
    octave, index = divmod(degree, len(style.scale))
    return style.tonic + 12 * octave + style.scale[index]


def _chord_at(style: Style, bar: int) -> list[int]:
    progression = PROGRESSIONS.get(style.progression or "pop", PROGRESSIONS["pop"])
    degree, quality = progression[bar % len(progression)]
    if len(style.scale) < 7:  # a pentatonic style: chords stacked from its own five notes, nothing outside
        degree %= len(style.scale)
        return [_scale_tone(style, degree + 2 * k) for k in range(3)]
    root = _scale_tone(style, degree)
    return [root + i for i in CHORD_TONES[quality]]


def _chords(b: _Builder, style: Style, channel: int, beat: float, start: float, end: float, *, pad: bool) -> None:
    bar_len = beat * style.beats_per_bar
    bar = 0
    t = start
    while t < end:
        loud = b.mood_at(t)[0]
        chord = _chord_at(style, bar)
        if pad or style.name == "classical":
            for p in chord:
                b.add(t, bar_len, p, 58 * loud, channel)
        elif style.name == "minimalist":  # an ostinato: the chord broken into even eighths, repeated
            for k in range(style.beats_per_bar * 2):
                b.add(t + k * beat / 2, beat / 2, chord[k % len(chord)] + 12, 62 * loud, channel)
        else:  # comping on beats (jazz on the off-beats)
            for k in range(style.beats_per_bar):
                offset = beat * (k + (0.66 if style.swing else 0))
                if style.swing and k % 2 == 0:
                    continue
                for p in chord:
                    b.add(t + offset, beat * 0.6, p, 60 * loud, channel)
        t += bar_len
        bar += 1


def _bass(b: _Builder, style: Style, channel: int, beat: float, start: float, end: float) -> None:
    bar_len = beat * style.beats_per_bar
    bar = int(start // bar_len)
    t = bar * bar_len
    while t < end:
        chord = _chord_at(style, bar)
        root = chord[0] - 24
        for k in range(style.beats_per_bar):
            if t + k * beat < start:
                continue
            if style.swing:  # walking: chord tones and a passing tone toward the next root
                nxt = _chord_at(style, bar + 1)[0] - 24
                walk = [root, root + 4 if 4 in (c - chord[0] for c in chord) else root + 3, root + 7, nxt - 1]
                pitch = walk[k % 4]
            else:
                pitch = root if k % 2 == 0 else root + 7
            b.add(t + k * beat, beat * 0.9, pitch, 78 * b.mood_at(t)[0], channel)
        t += bar_len
        bar += 1


def _scale_melody(
    b: _Builder,
    style: Style,
    channel: int,
    beat: float,
    start: float,
    end: float,
    rng: np.random.Generator,
    *,
    response: int | None,
) -> None:
    bar_len = beat * style.beats_per_bar
    t = start
    degree = 7
    while t < end - beat:
        loud, shift, density = b.mood_at(t)
        bar = int(t // bar_len)
        chord_pcs = {p % 12 for p in _chord_at(style, bar)}
        step = beat / max(1.0, density) * (1.5 if style.swing else 1.0)
        degree = int(np.clip(degree + rng.choice([-2, -1, -1, 1, 1, 2, 0]), 3, 13))
        pitch = _scale_tone(style, degree) + shift
        on_beat = abs((t / beat) - round(t / beat)) < 1e-6
        if on_beat and (pitch % 12) not in chord_pcs:  # strong beats land on chord tones
            pitch = min((c for c in range(pitch - 4, pitch + 5) if c % 12 in chord_pcs), key=lambda c: abs(c - pitch))
        b.add(t, step * 0.92, pitch, 84 * loud + rng.integers(-8, 8), channel)
        if response is not None and rng.random() < 0.3:
            b.add(t + step, step * 0.9, pitch - 12, 60 * loud, response)
        t += step * float(rng.choice([1, 1, 2]))


def _recitation_melody(
    b: _Builder, style: Style, channel: int, beat: float, start: float, end: float, rng: np.random.Generator
) -> None:
    """Three notes (Sa, Re, Ga), long and sparse, like the pitch levels of recitation."""
    t = start
    while t < end - 2 * beat:
        for degree in rng.choice([[0, 2, 4, 2], [2, 4, 2, 0], [0, 2, 0, 0]]):
            b.add(t, beat * 1.8, style.tonic + 12 + degree, 56 * b.mood_at(t)[0], channel)
            t += beat * 2
        t += beat * 4


_KITS = {  # per beat of a bar: GM drum notes
    "pop": [[36, 42], [38, 42], [36, 42], [38, 42]],
    "rock": [[36, 42], [38, 42], [36, 36, 42], [38, 42]],
    "four_on_floor": [[36, 42], [36, 46], [36, 42], [36, 46]],
    "swing": [[51], [51, 44], [51], [51, 44]],
    "cinematic": [[47], [], [], []],
    "epic": [[116, 47], [], [116], []],
}


def _rhythm(b: _Builder, style: Style, beat: float, start: float, end: float) -> None:
    t = start
    count = 0
    while t < end:
        loud = b.mood_at(t)[0]
        if style.rhythm in TALAS:
            tala = TALAS[style.rhythm]
            bol = tala.theka[count % tala.beats]
            for stroke in BOL_STROKES.get(bol, (62,)):
                b.add(t, beat * 0.5, stroke, (96 if count % tala.beats == 0 else 74) * loud, DRUMS)  # sam is stressed
        else:
            pattern = _KITS[style.rhythm or "pop"]
            for note in pattern[count % len(pattern)]:
                b.add(t, beat * 0.5, note, 84 * loud, DRUMS)
            if style.swing:
                b.add(t + beat * 0.66, beat * 0.3, 51, 60 * loud, DRUMS)
        t += beat
        count += 1


def _ending(b: _Builder, style: Style, raga: Raga | None, channels: dict[str, int], body_end: float) -> None:
    """The last seconds: the tonic (Sa, or the tonic chord) held to the very end, softening."""
    length = b.score.duration - body_end
    if raga is not None or style.family != "western":
        b.add(
            body_end,
            length,
            style.tonic + 12,
            70,
            channels["lead"] if style.lead is not None else channels["drone"],
        )
        b.add(body_end, length, style.tonic - 12, 60, channels["drone"])
        return
    root = style.tonic
    third = 3 if 3 in style.scale and 4 not in style.scale else 4
    for p in (root, root + third, root + 7):
        b.add(body_end, length, p, 64, channels["harmony"] if style.harmony is not None else channels["lead"])
    if style.bass is not None:
        b.add(body_end, length, root - 24, 70, channels["bass"])
    if style.lead is not None:
        b.add(body_end, length, root + 12, 70, channels["lead"])

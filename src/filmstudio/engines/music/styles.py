"""Each style's instruments (General MIDI programs), tempo, meter, rhythm and harmony."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    name: str
    family: str  # raga (melody in a raga over a drone, no chords), western (chords), sparse (drone, bells, space)
    tempo: int  # beats per minute
    beats_per_bar: int
    lead: int | None  # GM program of the melody
    harmony: int | None  # chords or drone
    bass: int | None
    rhythm: str | None  # a tala name, a drum-kit pattern name, or None
    scale: tuple[int, ...] = (0, 2, 4, 5, 7, 9, 11)
    progression: str | None = None
    swing: bool = False
    bells: bool = False
    response: int | None = None  # a second voice answering the lead (call and response)
    tonic: int = 50  # MIDI note of Sa / the tonic (D3)
    description: str = ""


_MINOR = (0, 2, 3, 5, 7, 8, 10)
_PENTA = (0, 2, 4, 7, 9)

STYLES: dict[str, Style] = {
    s.name: s
    for s in (
        Style(
            "indian_classical",
            "raga",
            80,
            16,
            lead=104,
            harmony=None,
            bass=None,
            rhythm="teentaal",
            description="sitar in a raga over a tanpura drone, teentaal on hand drums",
        ),
        Style(
            "devotional",
            "raga",
            88,
            8,
            lead=20,
            harmony=None,
            bass=None,
            rhythm="keherwa",
            bells=True,
            response=52,
            description="bhajan: harmonium calls, a choir answers, bells and keherwa",
        ),
        Style(
            "bollywood",
            "western",
            100,
            8,
            lead=73,
            harmony=48,
            bass=33,
            rhythm="keherwa",
            scale=_MINOR,
            progression="bollywood",
            description="strings and flute over keherwa, minor key",
        ),
        Style(
            "folk",
            "western",
            110,
            6,
            lead=73,
            harmony=24,
            bass=None,
            rhythm="dadra",
            scale=_PENTA,
            progression="minimalist",
            description="flute and nylon guitar in dadra (6 beats)",
        ),
        Style(
            "pop",
            "western",
            112,
            4,
            lead=80,
            harmony=0,
            bass=33,
            rhythm="pop",
            progression="pop",
            description="piano chords I-V-vi-IV, bass, backbeat drums",
        ),
        Style(
            "rock",
            "western",
            132,
            4,
            lead=30,
            harmony=29,
            bass=34,
            rhythm="rock",
            progression="rock",
            scale=(0, 2, 4, 5, 7, 9, 10),
            description="overdriven guitars, picked bass, driving kit, Mixolydian I-bVII-IV",
        ),
        Style(
            "jazz",
            "western",
            140,
            4,
            lead=66,
            harmony=0,
            bass=32,
            rhythm="swing",
            progression="jazz",
            swing=True,
            description="tenor sax, piano comping ii-V-I with 7ths and 9ths, walking bass, ride",
        ),
        Style(
            "classical",
            "western",
            76,
            3,
            lead=40,
            harmony=48,
            bass=42,
            rhythm=None,
            progression="classical",
            description="violin over strings, cello bass, I-IV-V7-I in 3/4",
        ),
        Style(
            "electronic",
            "western",
            124,
            4,
            lead=81,
            harmony=89,
            bass=38,
            rhythm="four_on_floor",
            scale=_MINOR,
            progression="electronic",
            description="saw lead, warm pad, synth bass, four on the floor",
        ),
        Style(
            "sloka",
            "sparse",
            56,
            4,
            lead=None,
            harmony=None,
            bass=None,
            rhythm=None,
            bells=True,
            description="tanpura drone, temple bells, slow and sparse for recitation",
        ),
        Style(
            "mantra",
            "sparse",
            60,
            4,
            lead=73,
            harmony=None,
            bass=None,
            rhythm=None,
            bells=True,
            scale=_PENTA,
            description="drone, soft flute on three notes, bells on each cycle",
        ),
        Style(
            "meditation",
            "sparse",
            60,
            4,
            lead=None,
            harmony=89,
            bass=None,
            rhythm=None,
            bells=True,
            scale=_PENTA,
            progression="ambient",
            description="warm pad, singing bells, pentatonic",
        ),
        Style(
            "nature_ambient",
            "sparse",
            60,
            4,
            lead=None,
            harmony=91,
            bass=None,
            rhythm=None,
            scale=_PENTA,
            progression="ambient",
            description="airy pad under nature sounds",
        ),
        Style(
            "minimalist",
            "western",
            100,
            4,
            lead=None,
            harmony=0,
            bass=None,
            rhythm=None,
            progression="minimalist",
            description="repeating piano arpeggios, slowly shifting harmony",
        ),
        Style(
            "cinematic",
            "western",
            70,
            4,
            lead=60,
            harmony=48,
            bass=43,
            rhythm="cinematic",
            scale=_MINOR,
            progression="cinematic",
            description="strings and horn, timpani swells, minor key",
        ),
        Style(
            "epic",
            "western",
            90,
            4,
            lead=61,
            harmony=48,
            bass=43,
            rhythm="epic",
            scale=_MINOR,
            progression="epic",
            response=52,
            description="brass and choir over strings, taiko and timpani",
        ),
        Style(
            "ambient",
            "sparse",
            64,
            4,
            lead=None,
            harmony=89,
            bass=None,
            rhythm=None,
            scale=_PENTA,
            progression="ambient",
            description="slow pad chords, no drums",
        ),
    )
}

ALIASES = {
    "raga": "indian_classical",
    "classical_indian": "indian_classical",
    "bhajan": "devotional",
    "kirtan": "devotional",
    "spiritual": "sloka",
    "slokas": "sloka",
    "mantras": "mantra",
    "nature": "nature_ambient",
    "orchestral": "cinematic",
    "hip-hop": "electronic",
    "edm": "electronic",
    "lofi": "minimalist",
}


def style_named(name: str) -> Style:
    key = ALIASES.get(name.lower().strip(), name.lower().strip().replace(" ", "_").replace("-", "_"))
    if key not in STYLES:
        from filmstudio.errors import InvalidInput

        raise InvalidInput(
            f"Unknown music genre '{name}'. Choose one of: {', '.join(sorted(STYLES))}.",
            details={"field": "music_genre", "choices": sorted(STYLES)},
        )
    return STYLES[key]

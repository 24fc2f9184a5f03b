"""Music as data: ragas (with their ascending and descending lines and signature phrases), talas, and the
Western scales and progressions the composer uses. Pitches are semitones above Sa / the tonic."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Raga:
    name: str
    aroha: tuple[int, ...]  # ascending line, Sa to upper Sa (12)
    avaroha: tuple[int, ...]  # descending line, upper Sa to Sa
    pakad: tuple[int, ...]  # a signature phrase (may dip below Sa: negative values)
    vadi: int
    samvadi: int
    drone: tuple[int, int]  # the tanpura's notes: Sa and Pa, or Sa and Ma where the raga has no Pa
    time: str  # when it is sung: dawn, day, evening, night, late_night
    mood: str

    @property
    def notes(self) -> frozenset[int]:
        return frozenset(p % 12 for p in self.aroha + self.avaroha + self.pakad)


RAGAS: dict[str, Raga] = {
    r.name: r
    for r in (
        Raga(
            "yaman",
            (-1, 2, 4, 6, 9, 11, 12),
            (12, 11, 9, 7, 6, 4, 2, 0),
            (-1, 2, 4, 2, 0, -1, 2, 0),
            4,
            11,
            (0, 7),
            "evening",
            "serene",
        ),
        Raga(
            "bhairav",
            (0, 1, 4, 5, 7, 8, 11, 12),
            (12, 11, 8, 7, 5, 4, 1, 0),
            (0, 4, 5, 8, 8, 7, 5, 4, 1, 1, 0),
            8,
            1,
            (0, 7),
            "dawn",
            "devotional",
        ),
        Raga(
            "bhupali",
            (0, 2, 4, 7, 9, 12),
            (12, 9, 7, 4, 2, 0),
            (4, 2, 0, -3, 0, 2, 4, 7, 4, 2, 0),
            4,
            9,
            (0, 7),
            "day",
            "joyful",
        ),
        Raga(
            "kafi",
            (0, 2, 3, 5, 7, 9, 10, 12),
            (12, 10, 9, 7, 5, 3, 2, 0),
            (0, 2, 3, 5, 7, 5, 3, 2, 0),
            7,
            0,
            (0, 7),
            "day",
            "romantic",
        ),
        Raga(
            "malkauns",
            (0, 3, 5, 8, 10, 12),
            (12, 10, 8, 5, 3, 0),
            (5, 3, 5, 8, 10, 8, 5, 3, 0),
            5,
            0,
            (0, 5),
            "late_night",
            "meditative",
        ),
        Raga(
            "darbari",
            (0, 2, 3, 5, 7, 8, 10, 12),
            (12, 8, 10, 7, 5, 7, 3, 5, 2, 0),
            (2, 3, 2, 0, -2, -4, -2, 0),
            2,
            7,
            (0, 7),
            "night",
            "grave",
        ),
    )
}


@dataclass(frozen=True)
class Tala:
    name: str
    beats: int
    # the theka: one bol per beat; the player turns bols into hand-drum strokes
    theka: tuple[str, ...]
    vibhag: tuple[int, ...]  # beats per section


TALAS: dict[str, Tala] = {
    "teentaal": Tala(
        "teentaal",
        16,
        (
            "dha",
            "dhin",
            "dhin",
            "dha",
            "dha",
            "dhin",
            "dhin",
            "dha",
            "dha",
            "tin",
            "tin",
            "ta",
            "ta",
            "dhin",
            "dhin",
            "dha",
        ),
        (4, 4, 4, 4),
    ),
    "keherwa": Tala("keherwa", 8, ("dha", "ge", "na", "ti", "na", "ka", "dhi", "na"), (4, 4)),
    "dadra": Tala("dadra", 6, ("dha", "dhi", "na", "dha", "ti", "na"), (3, 3)),
    "rupak": Tala("rupak", 7, ("tin", "tin", "na", "dhi", "na", "dhi", "na"), (3, 2, 2)),
}

# General MIDI drum notes used as hand drums (GM has no tabla): bass strokes on low conga,
# resonant strokes on open high conga, closed strokes on bongos.
BOL_STROKES = {
    "dha": (64, 62),
    "dhin": (64, 63),
    "dhi": (64, 63),
    "ge": (64,),
    "ga": (64,),
    "tin": (60,),
    "ti": (60,),
    "ta": (61,),
    "na": (62,),
    "ka": (61,),
    "tun": (63,),
}

MAJOR = (0, 2, 4, 5, 7, 9, 11)
MINOR = (0, 2, 3, 5, 7, 8, 10)
DORIAN = (0, 2, 3, 5, 7, 9, 10)
PENTATONIC = (0, 2, 4, 7, 9)

# Chords as scale degrees (0-based) with their quality; progressions per style family.
PROGRESSIONS = {
    "pop": ((0, "maj"), (4, "maj"), (5, "min"), (3, "maj")),  # I V vi IV
    "rock": ((0, "maj"), (6, "maj"), (3, "maj"), (0, "maj")),  # I bVII IV I (mixolydian colour)
    "classical": ((0, "maj"), (3, "maj"), (4, "dom7"), (0, "maj")),  # I IV V7 I: functional harmony
    "jazz": ((1, "min7"), (4, "dom9"), (0, "maj7"), (0, "maj7")),  # ii7 V9 Imaj7
    "cinematic": ((0, "min"), (5, "maj"), (2, "maj"), (6, "maj")),  # i VI III VII
    "epic": ((0, "min"), (5, "maj"), (6, "maj"), (0, "min")),
    "electronic": ((0, "min"), (5, "maj"), (2, "maj"), (6, "maj")),
    "bollywood": ((0, "min"), (3, "min"), (4, "maj"), (0, "min")),
    "ambient": ((0, "sus2"), (3, "maj7"), (0, "sus2"), (5, "min7")),
    "minimalist": ((0, "maj"), (5, "min"), (3, "maj"), (4, "maj")),
}
CHORD_TONES = {
    "maj": (0, 4, 7),
    "min": (0, 3, 7),
    "dom7": (0, 4, 7, 10),
    "maj7": (0, 4, 7, 11),
    "min7": (0, 3, 7, 10),
    "dom9": (0, 4, 10, 14),
    "sus2": (0, 2, 7),
}

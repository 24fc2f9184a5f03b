"""The parts of the animation on their own: phoneme-to-viseme mapping for each engine's notation, tracks
from real voices, sprite blits, character looks and shot planning."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from filmstudio.animation.looks import assign_looks
from filmstudio.animation.shots import MIN_SHOT, plan_shots, settle_shots
from filmstudio.animation.sprite import Sprite, blit
from filmstudio.animation.visemes import (
    MouthTrack,
    align_in_words,
    build_track,
    loudness_envelope,
    shape_of,
    split_mnemonics,
)
from filmstudio.engines.registry import get_registry
from filmstudio.storyboard import Character, Line, Scene, Storyboard, Word


@pytest.mark.parametrize(
    ("phoneme", "shape"),
    [
        ("m", "MBP"),
        ("b", "MBP"),
        ("f", "FV"),
        ("v", "FV"),
        ("l", "L"),
        ("T", "L"),
        ("ð", "L"),
        ("dh", "L"),
        ("aI", "AI"),
        ("ay", "AI"),
        ("a", "AI"),
        ("æ", "AI"),
        ("oU", "O"),
        ("ow", "O"),
        ("ɔ", "O"),
        ("u:", "U"),
        ("uw", "U"),
        ("ʊ", "U"),
        ("w", "WQ"),
        ("i:", "E"),
        ("iy", "E"),
        ("ə", "E"),
        ("@", "E"),
        ("s", "etc"),
        ("k", "etc"),
        ("sh", "etc"),
        ("tS", "etc"),
        ("_:", "rest"),
        ("pau", "rest"),
        ("ˈ", None),
        ("ː", None),
    ],
)
def test_phonemes_of_every_notation_map_to_mouth_shapes(phoneme: str, shape: str | None) -> None:
    assert shape_of(phoneme) == shape


def test_espeak_mnemonics_split_into_phonemes() -> None:
    assert split_mnemonics("h@l'oU w'3:ld") == ["h", "@", "l", "oU", "w", "3", "l", "d"]
    assert split_mnemonics("dZ'VdZ") == ["dZ", "V", "dZ"]


@pytest.mark.parametrize("engine_name", ["espeak", "festival", "piper"])
def test_tracks_from_each_voice_follow_its_loudness(engine_name: str) -> None:
    engine = get_registry().get("tts", engine_name)
    voice = next(v for v in engine.voices() if "en" in v.languages)
    speech = engine.synthesize(
        "Start with the Moon. Then find the bright planets, low in the evening sky.", voice, language="en"
    )
    assert speech.phonemes, "the engine gives phoneme timings"
    track = build_track(speech.phonemes, speech.samples, speech.sample_rate)
    assert len({s.shape for s in track}) >= 8
    assert track[0].start == 0 and abs(track[-1].end - speech.duration) < 0.002
    assert all(a.end == b.start for a, b in zip(track, track[1:], strict=False))  # end to end, no slivers
    mouth = MouthTrack(track)
    rms, _ = loudness_envelope(speech.samples, speech.sample_rate)
    times = np.arange(0, speech.duration, 1 / 30)
    openness = np.array([mouth.at(t)[1] for t in times])
    loud = np.array([rms[min(len(rms) - 1, int(t / 0.01)) : int(t / 0.01) + 3].mean() for t in times])
    assert np.corrcoef(openness, loud)[0, 1] >= 0.6
    # a rest over the pause after "Moon."
    rests = [s for s in track if s.shape == "rest" and s.end - s.start > 0.1 and 0.3 < s.start < speech.duration - 0.3]
    assert rests


def test_phonemes_can_be_spread_over_word_times() -> None:
    words = [Word(text="mama", start=0.0, end=0.4), Word(text="you", start=0.5, end=0.8)]
    phones = align_in_words(words, lambda w: {"mama": "m'A:m@", "you": "ju:"}[w])
    assert [p.text for p in phones] == ["m", "A", "m", "@", "j", "u"]
    assert phones[0].start == 0 and phones[3].end == pytest.approx(0.4) and phones[-1].end == pytest.approx(0.8)
    assert phones[1].end - phones[1].start > phones[0].end - phones[0].start  # vowels longer


def test_sprite_blit_matches_alpha_compositing() -> None:
    rng = np.random.default_rng(3)
    back = rng.integers(0, 255, (60, 80, 3), dtype=np.uint8)
    art = Image.new("RGBA", (200, 160), (0, 0, 0, 0))
    ImageDraw.Draw(art).ellipse((20, 20, 180, 140), fill=(200, 60, 30, 255))
    art = art.resize((50, 40), Image.Resampling.LANCZOS)
    sprite = Sprite.from_image(art, (25, 20))
    frame = back.copy()
    blit(frame, sprite, 70, 50)  # hangs over the right and bottom edges
    expected = Image.fromarray(back).convert("RGBA")
    expected.alpha_composite(art.crop((0, 0, 35, 30)), (45, 30))
    assert np.abs(frame.astype(int) - np.asarray(expected)[..., :3].astype(int)).max() <= 2


def test_looks_are_deterministic_fit_the_setting_and_differ() -> None:
    def board(seed: int) -> Storyboard:
        chars = [
            Character(id="priya", name="Priya", gender="female", age="middle_aged", language="hi"),
            Character(id="raj", name="Raj", gender="male", age="young_adult", language="hi"),
            Character(id="narrator", name="Narrator", style="narrator", language="hi"),
        ]
        lines = [Line(id="l1", character_id="priya", text="a"), Line(id="l2", character_id="raj", text="b")]
        return Storyboard(seed=seed, characters=chars, scenes=[Scene(id="s1", setting="village", lines=lines)])

    a, b = board(7), board(7)
    assign_looks(a)
    assign_looks(b)
    assert [c.look for c in a.characters] == [c.look for c in b.characters]
    priya, raj, narrator = a.characters
    assert priya.look and raj.look and narrator.look is None  # the narrator is not drawn
    assert priya.look.attire in ("saree", "kurta") and raj.look.attire == "kurta"
    assert priya.look.attire_color != raj.look.attire_color


def _lines(speakers: list[str], length: float = 2.0) -> list[Line]:
    out, t = [], 0.5
    for i, who in enumerate(speakers):
        out.append(Line(id=f"l{i}", character_id=who, text="words", start=t, end=t + length))
        t += length + 0.5
    return out


def test_dialogue_cuts_between_wide_closeup_and_over_the_shoulder() -> None:
    lines = _lines(["a", "b", "a", "b", "a", "narrator", "b"])
    scene = Scene(id="s1", lines=lines, shots=plan_shots("s1", lines), start=0.0, end=lines[-1].end + 0.5)
    from filmstudio.pipeline.timing import _time_shots

    _time_shots(scene)
    settle_shots(scene, ["narrator"])
    kinds = [s.kind for s in scene.shots]
    assert kinds[0] == "establishing" and {"closeup", "over_shoulder"} <= set(kinds)
    assert scene.cast == ["a", "b"]
    narrated = next(s for s in scene.shots if "l5" in s.line_ids)
    assert narrated.kind == "wide" and narrated.actors == ["a", "b"]
    for shot in scene.shots:
        if shot.kind == "over_shoulder":
            assert shot.actors[1] == shot.subject and shot.actors[0] != shot.subject
        if shot.kind == "closeup":
            assert shot.actors == [shot.subject]


def test_short_turns_fold_into_the_shot_before() -> None:
    lines = _lines(["a", "b", "a"], length=0.4)  # quick exchanges: 0.9 s apart
    scene = Scene(id="s1", lines=lines, shots=plan_shots("s1", lines), start=0.0, end=lines[-1].end + 0.5)
    from filmstudio.pipeline.timing import _time_shots

    _time_shots(scene)
    settle_shots(scene, [])
    assert all((s.end or 0) - (s.start or 0) >= MIN_SHOT for s in scene.shots)
    assert len(scene.shots) == 1 and scene.shots[0].actors == ["a", "b"]

"""The composer, checked on the MIDI it writes and the audio it makes: ragas stay in their notes, styles
keep their tempo and meter, scores fit the film to the frame, moods change at scene boundaries."""

from __future__ import annotations

from pathlib import Path

import mido
import numpy as np
import pytest

from filmstudio.engines.music.composer import DRUMS, Section, compose
from filmstudio.engines.music.performer import write_midi
from filmstudio.engines.music.select import choose_style
from filmstudio.engines.music.sfx import CUES, place_effects, synthesize
from filmstudio.engines.music.styles import STYLES, style_named
from filmstudio.engines.music.theory import RAGAS, TALAS
from filmstudio.errors import InvalidInput
from filmstudio.media.audio import MIX_RATE
from filmstudio.script import parse_script
from tests.conftest import EXAMPLES

SECTIONS = [Section(0.0, 12.0, "calm"), Section(12.0, 24.0, "tense"), Section(24.0, 36.0, "joyful")]


def midi_notes(path: Path) -> tuple[list[tuple[float, int, int, int]], float, tuple[int, int], str]:
    """(time s, channel, pitch, velocity) of every note-on, the tempo in bpm, the meter, the text meta."""
    midi = mido.MidiFile(str(path))
    tempo, meter, text = 120.0, (4, 4), ""
    notes = []
    for track in midi.tracks:
        ticks = 0
        for msg in track:
            ticks += msg.time
            if msg.type == "set_tempo":
                tempo = mido.tempo2bpm(msg.tempo)
            elif msg.type == "time_signature":
                meter = (msg.numerator, msg.denominator)
            elif msg.type == "text":
                text = msg.text
            elif msg.type == "note_on" and msg.velocity > 0:
                notes.append((ticks / midi.ticks_per_beat * 60 / tempo, msg.channel, msg.note, msg.velocity))
    return notes, tempo, meter, text


@pytest.mark.parametrize("raga", sorted(RAGAS))
@pytest.mark.parametrize("style", ["indian_classical", "devotional"])
def test_a_raga_score_uses_only_its_ragas_notes(raga: str, style: str, tmp_path: Path) -> None:
    score = compose(STYLES[style], duration=36.0, sections=SECTIONS, seed=3, raga=raga)
    write_midi(score, tmp_path / "score.mid")
    notes, tempo, _, text = midi_notes(tmp_path / "score.mid")
    sa = STYLES[style].tonic % 12
    classes = {(pitch - sa) % 12 for _, channel, pitch, _ in notes if channel != DRUMS}
    assert classes <= set(RAGAS[raga].notes), sorted(classes - set(RAGAS[raga].notes))
    assert len(classes) >= len(RAGAS[raga].notes) - 1  # the raga is really used, not one note
    drone = {(pitch - sa) % 12 for _, channel, pitch, _ in notes if channel == 3}
    assert drone == {0, RAGAS[raga].drone[1]}  # Sa and Pa, or Sa and Ma (Malkauns has no Pa)
    assert f"raga={raga}" in text and round(tempo) == STYLES[style].tempo


def test_pakad_and_lines_follow_the_raga_grammar() -> None:
    yaman = RAGAS["yaman"]
    assert 5 not in yaman.notes and 6 in yaman.notes  # tivra Ma, never shuddha Ma
    assert 7 not in RAGAS["malkauns"].notes and RAGAS["malkauns"].drone == (0, 5)
    assert {1, 8} <= RAGAS["bhairav"].notes  # komal Re and komal Dha
    assert RAGAS["bhupali"].notes == {0, 2, 4, 7, 9}
    for raga in RAGAS.values():
        assert raga.aroha == tuple(sorted(raga.aroha)) and raga.aroha[-1] == 12
        assert raga.avaroha[0] == 12 and raga.avaroha[-1] == 0


def test_tala_cycles_on_hand_drums_with_the_sam_stressed(tmp_path: Path) -> None:
    style = STYLES["indian_classical"]
    score = compose(style, duration=40.0, sections=[], seed=1, raga="yaman")
    beat = 60 / style.tempo
    drums = sorted((n.start, n.velocity) for n in score.notes if n.channel == DRUMS)
    first = drums[0][0]
    by_beat: dict[int, int] = {}
    for start, velocity in drums:
        index = round((start - first) / beat)
        by_beat[index] = max(by_beat.get(index, 0), velocity)
    cycle = TALAS["teentaal"].beats
    sams = [v for i, v in by_beat.items() if i % cycle == 0]
    others = [v for i, v in by_beat.items() if i % cycle != 0]
    assert min(sams) > np.mean(others)  # the first beat of each 16-beat cycle is stressed
    assert {n.pitch for n in score.notes if n.channel == DRUMS} <= {60, 61, 62, 63, 64}  # bongos and congas


@pytest.mark.parametrize(
    ("name", "meter"),
    [
        ("pop", (4, 4)),
        ("rock", (4, 4)),
        ("jazz", (4, 4)),
        ("classical", (3, 4)),
        ("electronic", (4, 4)),
        ("folk", (6, 8)),
        ("bollywood", (4, 4)),
        ("cinematic", (4, 4)),
        ("epic", (4, 4)),
        ("meditation", (4, 4)),
    ],
)
def test_styles_keep_their_tempo_and_meter(name: str, meter: tuple[int, int], tmp_path: Path) -> None:
    score = compose(STYLES[name], duration=20.0, sections=[], seed=2)
    write_midi(score, tmp_path / "s.mid")
    notes, tempo, found_meter, _ = midi_notes(tmp_path / "s.mid")
    assert round(tempo) == STYLES[name].tempo and found_meter == meter
    beat = 60 / STYLES[name].tempo
    downbeats = [t for t, ch, _, _ in notes if ch == DRUMS]
    if STYLES[name].rhythm and not STYLES[name].swing:
        on_grid = [abs(t / beat - round(t / beat)) < 0.02 for t in downbeats]
        assert np.mean(on_grid) > 0.95  # the kit plays on the beat


def test_jazz_swings_with_extended_chords_and_a_walking_bass() -> None:
    style = STYLES["jazz"]
    score = compose(style, duration=20.0, sections=[], seed=4)
    beat = 60 / style.tempo
    rides = [n.start / beat % 1 for n in score.notes if n.channel == DRUMS and n.pitch == 51]
    assert any(abs(r - 0.66) < 0.03 for r in rides)  # the swung eighth
    chords: dict[float, set[int]] = {}
    for n in score.notes:
        if n.channel == 1:
            chords.setdefault(n.start, set()).add(n.pitch)
    assert max(len(c) for c in chords.values()) >= 4  # sevenths and ninths
    bass = [n.pitch for n in score.notes if n.channel == 2]
    assert len(set(bass)) >= 6  # walking, not pedalling


@pytest.mark.parametrize("duration", [7.3, 30.0, 61.7])
@pytest.mark.parametrize("name", ["indian_classical", "pop", "sloka", "epic"])
def test_the_score_is_exactly_as_long_as_the_film(name: str, duration: float) -> None:
    score = compose(STYLES[name], duration=duration, sections=[Section(0, duration, "calm")], seed=5)
    assert abs(score.end - duration) <= 0.1
    assert all(n.end <= duration + 1e-6 for n in score.notes)
    assert 0 < score.intro <= max(4.5, duration * 0.25)
    intro = [n for n in score.notes if n.start < score.intro - 1e-6 and n.channel in (0, DRUMS)]
    assert intro == []  # the intro is drone or pad alone
    last = [n for n in score.melodic() if n.end >= duration - 0.01]
    assert last and all((n.pitch - STYLES[name].tonic) % 12 in (0, 3, 4, 7) for n in last)  # it resolves


def test_rendered_score_is_exact_in_length_and_fades(tmp_path: Path) -> None:
    from filmstudio.engines.music.performer import render
    from filmstudio.media.audio import measure_loudness, read_wav

    score = compose(STYLES["devotional"], duration=12.5, sections=[], seed=6, raga="bhupali")
    render(score, tmp_path / "bed.wav")
    samples, rate = read_wav(tmp_path / "bed.wav")
    assert rate == MIX_RATE and abs(len(samples) / rate - 12.5) < 0.01
    assert np.sqrt(np.mean(samples[: rate * 8] ** 2)) > 0.01
    assert np.abs(samples[-int(0.05 * rate) :]).max() < 0.02  # faded out
    assert (
        abs(measure_loudness("ffmpeg", tmp_path / "bed.wav")["integrated_lufs"] + 20) <= 0.3
    )  # measured in memory, as ffmpeg measures it


def test_moods_change_at_scene_boundaries() -> None:
    score = compose(STYLES["bollywood"], duration=36.0, sections=SECTIONS, seed=7)

    def mean_velocity(a: float, b: float) -> float:
        return float(np.mean([n.velocity for n in score.melodic() if a <= n.start < b and n.channel == 0]))

    assert mean_velocity(12, 24) > mean_velocity(4, 12) + 5  # tense is louder than calm
    high = np.mean([n.pitch for n in score.notes if n.channel == 0 and 24 <= n.start < 33])
    low = np.mean([n.pitch for n in score.notes if n.channel == 0 and 12 <= n.start < 24])
    assert high > low + 6  # joyful sits an octave above tense


def test_the_same_seed_gives_the_same_score() -> None:
    a = compose(STYLES["indian_classical"], duration=20, sections=[], seed=11, raga="kafi")
    b = compose(STYLES["indian_classical"], duration=20, sections=[], seed=11, raga="kafi")
    c = compose(STYLES["indian_classical"], duration=20, sections=[], seed=12, raga="kafi")
    assert a.notes == b.notes and a.notes != c.notes


def test_style_is_chosen_from_language_theme_and_mood() -> None:
    verse = parse_script("धर्मक्षेत्रे कुरुक्षेत्रे समवेता युयुत्सवः ।\nमामकाः पाण्डवाश्चैव किमकुर्वत सञ्जय ॥", filename="v.txt")
    assert choose_style(verse)[0] in ("sloka", "devotional")
    space = parse_script(
        "The galaxy turns slowly. A planet drifts through the cosmos, far from any star.", filename="d.txt"
    )
    name, _, reason = choose_style(space)
    assert name in ("ambient", "cinematic") and "space" in reason
    board = parse_script((EXAMPLES / "sunrise_storyboard.json").read_text(), filename="s.json")
    name, raga, reason = choose_style(board)
    assert (name, raga) == ("devotional", "bhairav") and "dawn" in reason  # Bhairav is a morning raga
    hindi = parse_script("शांत सुबह गाँव जागता है।\n\nनदी धीरे बहती है।", filename="h.txt")
    assert choose_style(hindi)[0] == "indian_classical"
    with pytest.raises(InvalidInput, match="Unknown music genre"):
        style_named("polka-metal")
    assert style_named("bhajan").name == "devotional"


def test_effects_are_placed_where_the_script_calls_for_them() -> None:
    board = parse_script((EXAMPLES / "lighthouse.fountain").read_text(), filename="l.fountain")
    t = 0.0
    for scene in board.scenes:
        scene.start, scene.end = t, t + 5.0
        t += 5.0
    effects = place_effects(board)
    waves = [e for e in effects if e.name == "waves"]
    assert waves and (waves[0].start, waves[0].end, waves[0].cue) == (
        0.0,
        5.0,
        "waves",
    )  # "Waves crash against…"
    assert not any(e.name == "rain" and e.start >= 10 for e in effects)  # "The storm has passed." calls no rain
    assert any(e.name == "wind" and e.start == 5.0 for e in effects)  # "A storm rattles the windows."


def _centroid(samples: np.ndarray) -> float:
    mono = samples.mean(axis=1)
    spectrum = np.abs(np.fft.rfft(mono))
    freqs = np.fft.rfftfreq(len(mono), 1 / MIX_RATE)
    return float((spectrum * freqs).sum() / spectrum.sum())


def test_each_effect_is_synthesised_and_sounds_like_itself() -> None:
    sounds = {name: synthesize(name, 4.0, seed=1) for name in CUES}
    for name, samples in sounds.items():
        assert samples.shape == (4 * MIX_RATE, 2) and np.sqrt(np.mean(samples**2)) > 0.01, name
    centroid = {name: _centroid(s) for name, s in sounds.items()}
    assert centroid["waves"] < centroid["rain"] and centroid["footsteps"] < centroid["birds"]
    assert centroid["birds"] > 2500 and centroid["waves"] < 1500
    assert np.array_equal(synthesize("rain", 1.0, seed=3), synthesize("rain", 1.0, seed=3))


@pytest.mark.parametrize(
    "name", ["folk", "mantra", "meditation", "nature_ambient", "ambient", "rock", "pop", "classical"]
)
def test_scale_styles_stay_in_their_scale(name: str) -> None:
    style = STYLES[name]
    score = compose(style, duration=30.0, sections=[*SECTIONS[:2], Section(24.0, 30.0, "joyful")], seed=9)
    allowed = {p % 12 for p in style.scale}
    if score.raga is not None:  # the drone of the sparse styles
        allowed |= set(score.raga.drone)
    melodic = {(n.pitch - style.tonic) % 12 for n in score.melodic() if n.channel != 2}  # bass may pass
    assert melodic <= allowed, sorted(melodic - allowed)

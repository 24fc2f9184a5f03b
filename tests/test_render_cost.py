"""What a render spends besides encoding: the mix's loudness found in memory (one pass of ffmpeg's meter,
not four) and stages that touch different fields running side by side."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from filmstudio.cache import AssetCache
from filmstudio.config import Settings
from filmstudio.engines.registry import get_registry
from filmstudio.film_request import FilmRequest
from filmstudio.media.audio import MIX_RATE, measure_loudness, write_wav
from filmstudio.media.loudness import gain_for_target, gated_loudness, k_weighted_energy
from filmstudio.media.mix import CEILING, limit_peaks
from filmstudio.pipeline.contract import EngineKind, board, files
from filmstudio.pipeline.runner import Runner, may_overlap
from filmstudio.pipeline.stage import StageContext
from filmstudio.pipeline.stages import default_stages
from filmstudio.storyboard import Storyboard


def _speech_like(seconds: float, seed: int) -> np.ndarray:
    """Bursts of voiced noise over a quiet hum, in stereo: a mix with a high crest, as speech has."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * MIX_RATE)) / MIX_RATE
    bursts = (np.sin(2 * np.pi * 0.3 * t) > 0) * (0.5 + 0.5 * np.abs(np.sin(2 * np.pi * 4 * t)))
    voice = 0.05 * rng.standard_normal(t.size) * bursts + 0.1 * np.sin(2 * np.pi * 150 * t) * bursts
    hum = 0.02 * np.sin(2 * np.pi * 60 * t)
    return np.stack([voice + hum, voice + 0.5 * hum], axis=1).astype(np.float32)


@pytest.mark.parametrize("gain", [0.5, 2.0])
def test_the_meter_in_memory_agrees_with_ffmpegs(tmp_path: Path, gain: float) -> None:
    signal = limit_peaks(_speech_like(20.0, 1) * gain)
    wav = tmp_path / "mix.wav"
    write_wav(wav, signal, MIX_RATE)
    ours = gated_loudness(k_weighted_energy(signal), len(signal))
    assert abs(ours - measure_loudness("ffmpeg", wav)["integrated_lufs"]) <= 0.2


def test_the_gain_found_brings_the_limited_mix_to_the_target(tmp_path: Path) -> None:
    signal = _speech_like(20.0, 2)
    gain = gain_for_target(signal, -14.0, CEILING)
    wav = tmp_path / "mix.wav"
    write_wav(wav, limit_peaks(signal * np.float32(gain)), MIX_RATE)
    assert abs(measure_loudness("ffmpeg", wav)["integrated_lufs"] + 14.0) <= 0.3


def test_silence_needs_no_gain() -> None:
    assert gain_for_target(np.zeros((MIX_RATE * 2, 2), np.float32), -14.0, CEILING) == 1.0


def test_pictures_are_painted_while_the_voices_speak() -> None:
    stages = {stage.name: stage for stage in default_stages()}
    assert may_overlap(stages["image_generation"], stages["voice_synthesis"])
    assert not may_overlap(stages["image_generation"], stages["lipsync"])  # it reads the painted faces
    assert not may_overlap(stages["image_generation"], stages["video_composition"])
    assert not may_overlap(stages["subtitle_generation"], stages["video_composition"])  # it leaves files


def test_the_music_is_composed_while_the_pictures_are_painted() -> None:
    """The lip-sync waits for the painted faces; the music and subtitles need nothing from it, so they go
    first, beside the pictures. The steps are still listed in the documented order."""
    runner = Runner(default_stages())
    ran = [stage.name for stage, _ in runner._order(())]
    assert ran.index("music_generation") < ran.index("lipsync")
    assert ran.index("subtitle_generation") < ran.index("lipsync") < ran.index("video_composition")
    assert ran[:3] == ["script_analysis", "image_generation", "voice_synthesis"]
    assert [step.name for step in runner.steps] == [stage.name for stage in default_stages()]


def test_a_stage_waits_for_what_it_reads_even_when_deferred(tmp_path: Path) -> None:
    stages = [
        _Slow("pictures", board("scenes.setting"), board("scenes.image"), ("image",), False, seconds=1.0),
        _Slow("voices", board("scenes.lines"), board("scenes.start"), ("tts",), False),
        _Slow("faces", board("scenes.image", "scenes.start"), board("scenes.faces"), ("lipsync",), False),
        _Slow("music", board("scenes.start"), board("music"), ("music",), False),
        _Slow("film", board("scenes.faces", "music"), files("video"), (), False),
    ]
    runner = Runner(stages, inputs=board("scenes.setting", "scenes.lines"))
    runner.run(Storyboard(title="t", scenes=[], characters=[]), _context(tmp_path, []))
    pictures, voices, faces, music, film = stages
    assert music.span[0] >= voices.span[1]  # it reads what the voices write
    assert music.span[0] < pictures.span[1]  # but not what the pictures write: it ran beside them
    assert faces.span[0] >= max(pictures.span[1], voices.span[1])
    assert film.span[0] >= max(faces.span[1], music.span[1])
    assert [r.name for r in runner.steps] == ["pictures", "voices", "faces", "music", "film"]


class _Slow:
    """A stage that takes a while, noting when it ran, and may fail."""

    def __init__(
        self,
        name: str,
        reads: tuple[str, ...],
        writes: tuple[str, ...],
        uses: tuple[EngineKind, ...],
        fail: bool,
        seconds: float = 0.3,
    ) -> None:
        self.name, self.reads, self.writes, self.uses, self.fail = name, reads, writes, uses, fail
        self.seconds = seconds
        self.weight = 0.1
        self.span: tuple[float, float] = (0.0, 0.0)
        self.thread = ""

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        started = time.perf_counter()
        self.thread = threading.current_thread().name
        ctx.cache.get_or_create(self.name, "key", ".txt", lambda tmp: tmp.write_text(self.name))
        time.sleep(self.seconds)
        if self.fail:
            raise RuntimeError(f"{self.name} broke")
        ctx.progress(1.0, "done")
        self.span = (started, time.perf_counter())


def _stages(fail: str = "") -> list[_Slow]:
    return [
        _Slow("pictures", board("scenes.setting"), board("scenes.image"), ("image",), fail == "pictures"),
        _Slow("voices", board("scenes.lines"), board("scenes.start"), ("tts",), fail == "voices"),
        _Slow("film", board("scenes.image", "scenes.start"), files("video"), (), fail == "film"),
    ]


def _context(tmp_path: Path, heard: list[str]) -> StageContext:
    return StageContext(
        settings=Settings(data_dir=tmp_path / "data"),
        registry=get_registry(),
        cache=AssetCache(tmp_path / "cache"),
        request=FilmRequest(),
        work_dir=tmp_path,
        cancel_event=threading.Event(),
        on_progress=lambda step, fraction, message: heard.append(step),
    )


def test_independent_stages_run_side_by_side_and_keep_their_own_records(tmp_path: Path) -> None:
    stages, heard = _stages(), list[str]()
    ctx = _context(tmp_path, heard)
    runner = Runner(stages, inputs=board("scenes.setting", "scenes.lines"))
    runner.run(Storyboard(title="t", scenes=[], characters=[]), ctx)
    pictures, voices, film = stages
    assert pictures.thread != voices.thread  # the pictures were painted beside the voices
    assert pictures.span[0] < voices.span[1] and voices.span[0] < pictures.span[1]
    assert film.span[0] >= max(pictures.span[1], voices.span[1])  # the film waits for both
    assert [r.status for r in runner.steps] == ["completed"] * 3
    assert [r.made for r in runner.steps] == [1, 1, 1]  # each counts what it made, not its neighbour's
    assert ctx.cache.misses == {"pictures": 1, "voices": 1, "film": 1}
    assert set(heard) == {"pictures", "voices", "film"}


def test_a_stage_beside_another_fails_the_run(tmp_path: Path) -> None:
    stages = _stages(fail="pictures")
    runner = Runner(stages, inputs=board("scenes.setting", "scenes.lines"))
    with pytest.raises(RuntimeError, match="pictures broke"):
        runner.run(Storyboard(title="t", scenes=[], characters=[]), _context(tmp_path, []))
    assert [r.status for r in runner.steps] == ["failed", "completed", "pending"]


class _Mixing(_Slow):
    """A film stage that draws its pictures first and reads the music only once it mixes the sound."""

    reads_late = board("music")

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        started = time.perf_counter()
        time.sleep(self.seconds)  # the pictures: they need no music
        drawn = time.perf_counter()
        ctx.await_fields(self.reads_late)
        self.awaited = (drawn, time.perf_counter())
        if self.fail:
            raise RuntimeError("film broke")
        self.span = (started, time.perf_counter())


def _with_late_music(music_fails: bool = False) -> list[_Slow]:
    return [
        _Slow("voices", board("scenes.lines"), board("scenes.start"), ("tts",), False, seconds=0.1),
        _Slow("music", board("scenes.start"), board("music"), ("music",), music_fails, seconds=0.8),
        _Slow("subtitles", board("scenes.start"), files("subtitles"), ("translate",), False, seconds=0.1),
        _Mixing("film", board("scenes.start", "music"), files("video"), (), False, seconds=0.3),
    ]


def test_the_film_is_drawn_while_the_music_is_composed_and_mixed_after_it(tmp_path: Path) -> None:
    stages = _with_late_music()
    runner = Runner(stages, inputs=board("scenes.lines"))
    runner.run(Storyboard(title="t", scenes=[], characters=[]), _context(tmp_path, []))
    voices, music, subtitles, film = stages
    assert isinstance(film, _Mixing)
    assert music.span[0] >= voices.span[1]
    assert film.span[0] < music.span[1]  # its pictures were drawn beside the music
    assert film.awaited[1] >= music.span[1]  # but it mixed only once the music was there
    assert [r.status for r in runner.steps] == ["completed"] * 4


def test_a_film_that_reads_the_music_at_once_still_waits_for_it(tmp_path: Path) -> None:
    stages = _with_late_music()
    stages[3] = _Slow("film", board("scenes.start", "music"), files("video"), (), False)  # no late reads
    runner = Runner(stages, inputs=board("scenes.lines"))
    runner.run(Storyboard(title="t", scenes=[], characters=[]), _context(tmp_path, []))
    assert stages[3].span[0] >= stages[1].span[1]


def test_music_failing_beside_the_film_fails_the_run(tmp_path: Path) -> None:
    stages = _with_late_music(music_fails=True)
    runner = Runner(stages, inputs=board("scenes.lines"))
    with pytest.raises(RuntimeError, match="music broke"):
        runner.run(Storyboard(title="t", scenes=[], characters=[]), _context(tmp_path, []))
    assert runner.steps[1].status == "failed"


def test_the_default_film_reads_the_music_late() -> None:
    stages = {stage.name: stage for stage in default_stages()}
    assert may_overlap(stages["music_generation"], stages["video_composition"])
    assert not may_overlap(stages["voice_synthesis"], stages["video_composition"])


def test_the_peaks_of_each_frame_are_its_loudest_channels() -> None:
    from filmstudio.media.loudness import frame_peaks

    stereo = _speech_like(3.0, 4)
    assert np.array_equal(frame_peaks(stereo), np.abs(stereo).max(axis=1))
    assert np.array_equal(frame_peaks(stereo[:, 0]), np.abs(stereo[:, 0]))


def test_a_change_to_the_drawing_code_is_a_new_picture(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the stills' cache key holds a digest of the code that draws them: yesterday's still is not reused
    # after the painter changed
    from filmstudio.pipeline.stages import image_generation

    first = image_generation.drawing_code()
    assert first == image_generation.drawing_code() and len(first) == 16
    image_generation.drawing_code.cache_clear()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: real(self) + (b"#" if self.name == "things.py" else b""))
    try:
        assert image_generation.drawing_code() != first
    finally:
        image_generation.drawing_code.cache_clear()

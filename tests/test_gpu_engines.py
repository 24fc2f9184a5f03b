"""The GPU engines on the CPU, with tiny random models built here (tests/tiny_models.py) and loaded
from folders through the same settings a studio sets: SDXL (+ ControlNet, LoRA), Wav2Lip, MusicGen and
Bark, one at a time and then a whole film through all four. Their pictures and sounds are noise; the
shapes, timings, files and steps are real. Without the [gpu] extra, the studio names it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from filmstudio.config import Settings
from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.poses import face_boxes, pose_picture
from filmstudio.engines.image.prompts import person_words, scene_prompt
from filmstudio.engines.lipsync.melspec import filter_bank, frame_windows, mel_spectrogram
from filmstudio.engines.tts.align import align_to_reference
from filmstudio.engines.tts.espeak import EspeakEngine
from filmstudio.film_request import FilmRequest
from filmstudio.worker.queues import queue_for, worker_queues
from tests.conftest import services_required
from tests.media_checks import ffprobe

try:  # the [gpu] extra: `make test` installs it; a laptop without it skips (CI fails instead)
    import diffusers  # noqa: F401
    import torch
    import transformers  # noqa: F401
except ImportError as exc:  # pragma: no cover
    if services_required():
        raise
    pytest.skip(f"the [gpu] extra is not installed ({exc})", allow_module_level=True)

from tests import tiny_models  # noqa: E402

FILMSTUDIO = str(Path(sys.executable).with_name("filmstudio"))
PRESETS = {"v2/en_speaker_0": "male", "v2/en_speaker_9": "female"}
SCRIPT = """INT. LIGHTHOUSE - NIGHT

A storm shakes the lighthouse. The lamp flickers.

MIRA
The lamp is out. We climb.

TOM
Then we climb together.
"""


@pytest.fixture(scope="module")
def weights(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("tiny-weights")
    paths: dict[str, object] = {}
    paths |= tiny_models.sdxl(root, lora_for=("mira",))
    paths |= tiny_models.wav2lip(root)
    paths |= tiny_models.musicgen(root)
    paths |= tiny_models.bark(root, PRESETS)
    return paths


def gpu_settings(weights: dict[str, object], tmp_path: Path, **more: object) -> Settings:
    return Settings(data_dir=tmp_path / "data", gpu_device="cpu", sdxl_size=128, sdxl_steps=3, **weights, **more)  # type: ignore[arg-type]


def environment(weights: dict[str, object], tmp_path: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "FILMSTUDIO_DATA_DIR": str(tmp_path / "data"),
        "FILMSTUDIO_GPU_DEVICE": "cpu",
        "FILMSTUDIO_SDXL_SIZE": "128",
        "FILMSTUDIO_SDXL_STEPS": "3",
    }
    for key, value in weights.items():
        env[f"FILMSTUDIO_{key.upper()}"] = json.dumps(value) if isinstance(value, dict) else str(value)
    return env


SPEC = SceneSpec(
    setting="lighthouse",
    time_of_day="night",
    weather="storm",
    mood="tense",
    description="A storm shakes the lighthouse.",
    style="cinematic",
    seed=7,
    things=("lamp",),
    people=(("mira", "a young woman with long black hair in a blue dress"), ("tom", "an elderly man")),
)


# --- prompts and poses: pure functions -------------------------------------------------------------


def test_prompt_puts_the_place_people_and_things_first() -> None:
    prompt, negative = scene_prompt(SPEC, ())
    assert prompt.startswith("a lighthouse")
    assert "lamp" in prompt and "at night" in prompt and "cinematic" in prompt
    assert "people" in negative  # nobody to paint: nobody painted
    words = person_words(
        age="elderly",
        gender="male",
        look={
            "hair_style": "short",
            "hair_color": "#eeeeee",
            "attire": "kurta",
            "attire_color": "#b02020",
            "beard": True,
        },
    )
    assert words == "an elderly man with short white hair and a beard in a red kurta"


def test_pose_picture_stands_people_on_their_marks() -> None:
    picture = pose_picture(2, (640, 360))
    assert picture.shape == (360, 640, 3)
    lit_columns = np.flatnonzero(picture.any(axis=(0, 2)))
    assert lit_columns.min() > 100 and lit_columns.max() < 540  # two figures, inside the frame
    assert picture[:, 300:340].sum() == 0  # nobody in the middle between them
    (l1, t1, r1, b1), (l2, _, r2, _) = face_boxes(2, (640, 360))
    assert r1 < 0.5 < l2 and 0 < t1 < b1 < 0.4  # faces high in the frame, one each side
    head = picture[int(t1 * 360) : int(b1 * 360), int(l1 * 640) : int(r1 * 640)]
    assert head.any()  # the skeleton's head keypoints are inside the face box


# --- SDXL -------------------------------------------------------------------------------------------


def test_sdxl_paints_people_with_controlnet_lora_and_seed(weights: dict[str, object], tmp_path: Path) -> None:
    from filmstudio.engines.image.sdxl import SDXLEngine

    engine = SDXLEngine(gpu_settings(weights, tmp_path))
    assert engine.controlnet and engine.loras == {"mira"}
    painted = engine.paint_scene(SPEC, (320, 180))
    image = np.asarray(painted.image)
    assert image.shape == (180, 320, 3) and image.std() > 5  # a picture, not a flat fill
    assert set(painted.faces) == {"mira", "tom"}
    assert np.array_equal(image, np.asarray(engine.paint_scene(SPEC, (320, 180)).image))  # the seed decides
    other_seed = np.asarray(engine.paint_scene(SceneSpec(**{**SPEC.__dict__, "seed": 8}), (320, 180)).image)
    assert not np.array_equal(image, other_seed)
    # the same words for someone without a LoRA: only mira's adapter made the difference
    no_lora = SceneSpec(**{**SPEC.__dict__, "people": (("ann", SPEC.people[0][1]), SPEC.people[1])})
    assert not np.array_equal(image, np.asarray(engine.paint_scene(no_lora, (320, 180)).image))


def test_sdxl_refiner_finishes_the_base_latents(tmp_path: Path) -> None:
    from filmstudio.engines.image.sdxl import SDXLEngine

    paths = tiny_models.sdxl(tmp_path / "w", controlnet=False, refiner=True)
    refined = SDXLEngine(gpu_settings(paths, tmp_path))
    assert refined.refiner is not None and not refined.controlnet
    plain = SDXLEngine(gpu_settings({k: v for k, v in paths.items() if k != "sdxl_refiner_path"}, tmp_path))
    one, two = (np.asarray(e.paint_scene(SPEC, (160, 90)).image) for e in (refined, plain))
    assert one.shape == two.shape == (90, 160, 3) and not np.array_equal(one, two)


# --- Wav2Lip ----------------------------------------------------------------------------------------


def test_wav2lip_network_has_the_published_layout() -> None:
    from filmstudio.engines.lipsync.wav2lip_net import Wav2Lip

    full = Wav2Lip(1.0)
    state = full.state_dict()
    for key, shape in {
        "face_encoder_blocks.0.0.conv_block.0.weight": (16, 6, 7, 7),
        "face_encoder_blocks.6.1.conv_block.0.weight": (512, 512, 1, 1),
        "audio_encoder.12.conv_block.0.weight": (512, 512, 1, 1),
        "face_decoder_blocks.1.0.conv_block.0.weight": (1024, 512, 3, 3),  # a transposed convolution
        "face_decoder_blocks.6.2.conv_block.1.running_var": (64,),
        "output_block.0.conv_block.0.weight": (32, 80, 3, 3),
        "output_block.1.weight": (3, 32, 1, 1),
    }.items():
        assert tuple(state[key].shape) == shape, key
    with torch.no_grad():
        out = full(torch.zeros(2, 1, 80, 16), torch.zeros(2, 6, 96, 96))
    assert tuple(out.shape) == (2, 3, 96, 96)


def test_mel_windows_follow_the_video_frames() -> None:
    assert filter_bank().shape == (80, 401)
    rate = 16_000
    t = np.arange(rate) / rate
    mel = mel_spectrogram((0.5 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32), rate)
    assert mel.shape == (80, 81) and mel.min() >= -4 and mel.max() <= 4
    assert 24 <= int(np.argmax(mel[:, 40])) <= 26  # 1 kHz: Slaney mel 15, band 25 of 80 from 55 Hz
    windows = frame_windows(mel, 25, 25)
    assert windows.shape == (25, 80, 16)
    assert np.array_equal(windows[5], mel[:, 16:32])  # frame 5 of 25 fps starts at 0.2 s = step 16


def test_wav2lip_face_speaks_the_clip(weights: dict[str, object], tmp_path: Path) -> None:
    from filmstudio.engines.lipsync.wav2lip import Wav2LipEngine

    engine = Wav2LipEngine(gpu_settings(weights, tmp_path))
    rate, fps = 48_000, 24
    t = np.arange(int(rate * 2.0)) / rate
    speech = (0.4 * np.sin(2 * np.pi * 180 * t) * (t >= 1.0)).astype(np.float32)  # silent, then loud
    face = np.full((60, 56, 3), 128, np.uint8)
    frames = engine.talking_face(face, speech, rate, fps)
    assert frames.shape == (48, 60, 56, 3) and frames.dtype == np.uint8
    quiet, loud = frames[5:20].astype(float), frames[30:45].astype(float)
    assert np.abs(quiet - quiet[0]).max() <= 1  # silence: the same face throughout
    assert np.abs(loud - quiet[0]).max() >= 2  # the sound changes the face (a random net: a little)


# --- MusicGen ---------------------------------------------------------------------------------------


def test_musicgen_scores_the_scenes_to_length(weights: dict[str, object], tmp_path: Path) -> None:
    from filmstudio.cache import AssetCache
    from filmstudio.engines.music.musicgen import MusicGenEngine
    from filmstudio.media.audio import read_wav
    from filmstudio.storyboard import Scene, Storyboard

    engine = MusicGenEngine(gpu_settings(weights, tmp_path))
    board = Storyboard(
        duration=7.0,
        scenes=[Scene(id="s1", mood="calm", start=0.0, end=3.0), Scene(id="s2", mood="tense", start=3.0, end=7.0)],
    )
    board.music = engine.plan(board, genre="ambient")
    music = engine.perform(board, cache=AssetCache(tmp_path / "cache"))
    samples, rate = read_wav(music.path or "")
    assert rate == engine.rate and abs(len(samples) / rate - 7.0) < 0.01
    assert abs(float(samples.mean())) < 0.05  # no DC offset
    middle = np.sqrt(np.mean(samples[rate * 3 : rate * 4] ** 2))
    assert middle > 0.05  # not silence
    assert np.abs(samples[:40]).max() < 0.02 and np.abs(samples[-40:]).max() < 0.02  # faded in and out
    assert music.genre == "ambient" and "MusicGen" in music.reason


# --- Bark and the alignment -------------------------------------------------------------------------


def test_alignment_carries_timings_onto_other_audio() -> None:
    espeak = EspeakEngine()
    voice = next(v for v in espeak.voices() if v.gender == "male")
    text = "The lighthouse keeper climbs the stairs at midnight."
    reference = espeak.synthesize(text, voice, language="en")
    slow = espeak.synthesize(text, voice, language="en", rate=0.7)  # the "model": slower, after a pause
    pad = np.zeros(int(0.6 * slow.sample_rate), np.float32)
    target = np.concatenate([pad, slow.samples])
    aligned = align_to_reference(target, slow.sample_rate, reference)
    assert [w.text for w in aligned.words] == [w.text for w in slow.words]
    errors = [abs(a.start - (s.start + 0.6)) for a, s in zip(aligned.words, slow.words, strict=True)]
    assert max(errors) < 0.12, errors
    assert all(a.start <= b.start for a, b in zip(aligned.phonemes, aligned.phonemes[1:], strict=False))


def test_bark_speaks_with_word_timings(weights: dict[str, object], tmp_path: Path) -> None:
    from filmstudio.engines.tts.bark import BarkEngine

    engine = BarkEngine(gpu_settings(weights, tmp_path))
    voices = {v.id: v for v in engine.voices()}
    assert {v.gender for v in voices.values()} == {"male", "female"}
    speech = engine.synthesize("The lamp is out.", voices["v2/en_speaker_9"], language="en")
    assert speech.sample_rate == 24_000 and 1.0 < speech.duration < 5.0
    assert [w.text for w in speech.words] == ["The", "lamp", "is", "out."]
    assert all(0 <= w.start < w.end <= speech.duration for w in speech.words)
    assert speech.phonemes  # lip-sync's input, carried across like the words
    again = engine.synthesize("The lamp is out.", voices["v2/en_speaker_9"], language="en")
    assert np.array_equal(speech.samples, again.samples)  # a line sounds the same in every render


# --- the studio around them -------------------------------------------------------------------------


def test_gpu_projects_go_to_the_gpu_queue() -> None:
    cpu = Settings()
    assert queue_for(tier="free", settings=cpu) == "filmstudio.cpu"
    wants_sdxl = FilmRequest.from_settings({"image_engine": "sdxl"})
    assert queue_for(tier="free", settings=cpu, request=wants_sdxl) == "filmstudio.gpu"
    assert queue_for(tier="pro", settings=cpu, request=wants_sdxl) == "filmstudio.gpu.priority"
    assert worker_queues(cpu).split(",") == ["filmstudio.cpu.priority", "filmstudio.cpu"]
    assert worker_queues(Settings(worker_gpu=True)).split(",")[:2] == [
        "filmstudio.gpu.priority",
        "filmstudio.gpu",
    ]
    assert wants_sdxl.engine_settings(cpu).image_engine == "sdxl" and cpu.image_engine == "painter"


def test_engines_lists_gpu_engines_and_their_weights(weights: dict[str, object], tmp_path: Path) -> None:
    env = environment(weights, tmp_path)
    env.pop("FILMSTUDIO_MUSICGEN_MODEL_PATH")
    listed = json.loads(
        subprocess.run(
            [FILMSTUDIO, "engines", "--json"], capture_output=True, text=True, env=env, timeout=300, check=True
        ).stdout
    )
    gpu = {e["name"]: e for e in listed["engines"] if e.get("gpu")}
    assert set(gpu) == {"sdxl", "wav2lip", "musicgen", "bark"}
    assert gpu["sdxl"]["weights"]["present"] and gpu["sdxl"]["installed"]
    assert not gpu["musicgen"]["weights"]["present"] and not gpu["musicgen"]["installed"]
    assert "FILMSTUDIO_MUSICGEN_MODEL_PATH" in gpu["musicgen"]["why"]


def test_missing_weights_and_missing_extra_are_named(weights: dict[str, object], tmp_path: Path) -> None:
    script = tmp_path / "s.txt"
    script.write_text(SCRIPT)
    env = {k: v for k, v in environment(weights, tmp_path).items() if "BARK" not in k}  # voices: offline ones
    empty = tmp_path / "empty"
    empty.mkdir()
    env["FILMSTUDIO_SDXL_MODEL_PATH"] = str(empty)
    proc = subprocess.run(
        [FILMSTUDIO, "render", str(script), "--out", str(tmp_path / "f.mp4"), "--image-engine", "sdxl"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 2 and proc.stderr.startswith("Error: ") and "Traceback" not in proc.stderr
    assert "FILMSTUDIO_SDXL_MODEL_PATH" in proc.stderr and "model_index.json" in proc.stderr
    # a machine without torch: a package named torch that cannot be imported stands in for it
    fake = tmp_path / "no-torch" / "torch"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named torch')\n")
    env = {
        **env,
        "FILMSTUDIO_SDXL_MODEL_PATH": str(weights["sdxl_model_path"]),
        "PYTHONPATH": str(fake.parent),
    }
    proc = subprocess.run(
        [FILMSTUDIO, "render", str(script), "--out", str(tmp_path / "f.mp4"), "--music-engine", "musicgen"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 2 and "pip install 'filmstudio[gpu]'" in proc.stderr, proc.stderr
    assert not (tmp_path / "f.mp4").exists()


@pytest.mark.slow
def test_a_film_through_every_gpu_engine(weights: dict[str, object], tmp_path: Path) -> None:
    script = tmp_path / "lighthouse.txt"
    script.write_text(SCRIPT)
    out, report = tmp_path / "film.mp4", tmp_path / "report.json"
    proc = subprocess.run(
        [
            FILMSTUDIO,
            "render",
            str(script),
            "--out",
            str(out),
            "--report",
            str(report),
            "--image-engine",
            "sdxl",
            "--lipsync-engine",
            "wav2lip",
            "--music-engine",
            "musicgen",
            "--tts-engine",
            "bark",
        ],
        capture_output=True,
        text=True,
        env=environment(weights, tmp_path),
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    made = json.loads(report.read_text())
    assert made["engines"] == {"image": "sdxl", "tts": "bark", "lipsync": "wav2lip", "music": "musicgen"}
    assert [s["name"] for s in made["steps"] if s["status"] == "completed"] == [
        "script_analysis",
        "image_generation",
        "voice_synthesis",
        "lipsync",
        "music_generation",
        "subtitle_generation",
        "video_composition",
    ]
    board = made["storyboard"]
    scene = board["scenes"][0]
    assert set(scene["faces"]) == {"mira", "tom"}
    assert {c["voice"]["engine"] for c in board["characters"] if c["voice"]} == {"bark"}
    probe = ffprobe(out)
    streams = {s["codec_type"]: s for s in probe["streams"]}
    assert streams["video"]["width"] == 1280 and streams["audio"]["codec_name"] == "aac"
    assert abs(float(probe["format"]["duration"]) - board["duration"]) < 0.2
    assert abs(made["probe"]["integrated_lufs"] - (-14)) < 3  # voices and the MusicGen bed, mixed
    # lip-sync: each line's painted face, speaking, one frame per video frame of the line
    for line in scene["lines"]:
        faces = np.load(line["face_video"])
        assert len(faces) == int(np.ceil(line["audio_duration"] * 24))
        assert np.abs(faces.astype(int) - faces[:1].astype(int)).max() > 0  # the face moves


def test_painted_scene_pastes_the_talking_face_while_the_line_lasts() -> None:
    from filmstudio.media.frames import Move
    from filmstudio.media.painted import FaceTrack, TalkingStill, face_pixels

    still = np.full((180, 320, 3), 40, np.uint8)
    box = face_pixels((0.4, 0.2, 0.5, 0.4), still.shape)
    left, top, right, bottom = box
    frames = np.stack([np.full((bottom - top, right - left, 3), 40 + 8 * i, np.uint8) for i in range(24)])
    clip = TalkingStill(still, 0.0, 3.0, Move(1, 1, 0.5, 0.5, 0.5, 0.5), faces=[FaceTrack(box, 1.0, frames, 24)])
    assert np.array_equal(clip.picture(0.5), still)  # before the line
    assert np.array_equal(clip.picture(2.5), still)  # after it (24 frames: 1 s)
    during = clip.picture(1.5).astype(int)  # frame 12 of the line
    centre = during[(top + bottom) // 2, (left + right) // 2]
    assert abs(int(centre[0]) - (40 + 8 * 12)) <= 2  # the face's middle is the track's frame
    assert np.array_equal(during[:top], still[:top].astype(int))  # the rest of the picture is untouched
    assert during[top + 1, left + 1, 0] < centre[0]  # its corners blend into the painting


def test_a_project_asks_for_its_engines_through_the_api(client) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import register_and_login

    headers = register_and_login(client)["headers"]
    made = client.post(
        "/api/v1/projects",
        headers=headers,
        json={
            "title": "Storm",
            "script": "MIRA\nThe lamp is out.\n",
            "settings": {"duration": 10, "image_engine": "sdxl"},
        },
    ).json()
    bad = client.post(
        f"/api/v1/projects/{made['project_id']}/generate",
        headers=headers,
        json={"settings": {"music_engine": "orchestra"}},
    )
    assert bad.status_code == 422 and "musicgen" in bad.json()["error"]["message"]
    job = client.post(
        f"/api/v1/projects/{made['project_id']}/generate",
        headers=headers,
        json={"settings": {"lipsync_engine": "wav2lip"}},
    ).json()
    assert "job_id" in job, job
    stored = client.get(f"/api/v1/jobs/{job['job_id']}", headers=headers).json()
    assert stored["engines"] == {"image": "sdxl", "lipsync": "wav2lip"}  # the project's and this film's
    schema = client.get("/openapi.json").json()
    fields = schema["components"]["schemas"]["GenerateSettings"]["properties"]
    assert "sdxl" in fields["image_engine"]["enum"] and "bark" in fields["tts_engine"]["enum"]


def test_auto_casting_never_loads_a_gpu_voice(weights: dict[str, object], tmp_path: Path) -> None:
    from filmstudio.engines.registry import EngineRegistry, load_plugins
    from filmstudio.engines.tts.voices import tts_engine_names

    registry = load_plugins(EngineRegistry())
    names = tts_engine_names(registry, gpu_settings(weights, tmp_path))  # Bark's weights are configured
    assert "bark" not in names and "espeak" in names
    assert ("tts", "bark") not in registry._instances  # not even started to find out

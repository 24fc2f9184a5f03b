"""GPU engine benchmark: seconds per SDXL image at 1024², per second of Wav2Lip video (25 fps), per
second of MusicGen music and per second of Bark speech.

With real weights (the FILMSTUDIO_*_PATH settings) it measures them on CUDA, and says what it skipped
when there is no CUDA or no weights. `--tiny` measures the tiny random models the tests build (their
output is noise; the timings show the engines' own overhead and that the device path works), on CUDA
when present, else on the CPU.

    .venv/bin/python bench/gpu.py [--tiny] [--steps 30] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def timed(repeat: int, work) -> float:  # type: ignore[no-untyped-def]
    """Median seconds of `repeat` runs after one warm-up run (kernels compiled, caches filled)."""
    work()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        if _cuda():
            import torch

            torch.cuda.synchronize()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def _cuda() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def settings_for(args: argparse.Namespace, folder: Path):  # type: ignore[no-untyped-def]
    from filmstudio.config import Settings

    device = "cuda" if _cuda() else "cpu"
    if not args.tiny:
        return Settings(gpu_device=device, sdxl_steps=args.steps, sdxl_size=1024)
    sys.path.insert(0, str(ROOT))
    from tests import tiny_models

    paths: dict[str, object] = {}
    paths |= tiny_models.sdxl(folder, lora_for=("mira",))
    paths |= tiny_models.wav2lip(folder)
    paths |= tiny_models.musicgen(folder)
    paths |= tiny_models.bark(folder, {"v2/en_speaker_0": "male"})
    return Settings(gpu_device=device, sdxl_steps=args.steps, sdxl_size=128, **paths)  # type: ignore[arg-type]


def bench_sdxl(settings, repeat: int) -> str:  # type: ignore[no-untyped-def]
    """1024² with real weights; the tiny model at its own 128² (its VAE halves, not eighths: its
    middle attention at 1024² would span 262,144 positions)."""
    from filmstudio.engines.image.base import SceneSpec
    from filmstudio.engines.image.sdxl import SDXLEngine

    engine = SDXLEngine(settings)
    spec = SceneSpec(
        setting="lighthouse",
        time_of_day="night",
        weather="storm",
        mood="tense",
        description="Waves crash against the rocks.",
        style="cinematic",
        seed=1,
        people=(("mira", "a young woman in a blue coat"),),
    )
    side = settings.sdxl_size
    seconds = timed(repeat, lambda: engine.paint_scene(spec, (side, side)))
    extras = ", ".join(
        x
        for x in (
            "ControlNet" if engine.controlnet else "",
            "refiner" if engine.refiner else "",
            f"{len(engine.loras)} LoRA" if engine.loras else "",
        )
        if x
    )
    return f"{seconds:.2f} s per {side}² image ({settings.sdxl_steps} steps{', ' + extras if extras else ''})"


def bench_wav2lip(settings, repeat: int) -> str:  # type: ignore[no-untyped-def]
    from filmstudio.engines.lipsync.wav2lip import Wav2LipEngine

    engine = Wav2LipEngine(settings)
    rate = 16_000
    t = np.arange(rate * 10) / rate
    speech = (0.3 * np.sin(2 * np.pi * 160 * t) * (np.sin(2 * np.pi * 2 * t) > 0)).astype(np.float32)
    face = np.full((256, 256, 3), 128, np.uint8)
    seconds = timed(repeat, lambda: engine.talking_face(face, speech, rate, 25))
    return f"{seconds / 10:.3f} s per second of lip-synced video (25 fps, 256² face)"


def bench_musicgen(settings, repeat: int) -> str:  # type: ignore[no-untyped-def]
    from filmstudio.engines.music.musicgen import MusicGenEngine

    engine = MusicGenEngine(settings)
    seconds = timed(repeat, lambda: engine._generate(["calm cinematic strings, 80 bpm"], 10.0, 1))
    return f"{seconds / 10:.3f} s per second of music (one 10 s piece)"


def bench_bark(settings, repeat: int) -> str:  # type: ignore[no-untyped-def]
    from filmstudio.engines.tts.bark import BarkEngine

    engine = BarkEngine(settings)
    voice = engine.voices()[0]
    text = "The lamp at the top of the lighthouse has gone out, and the ships are coming in."
    lengths: list[float] = []

    def speak() -> None:
        lengths.append(engine.synthesize(text, voice, language=voice.languages[0]).duration)

    seconds = timed(repeat, speak)
    return f"{seconds / statistics.median(lengths):.3f} s per second of speech (aligned; 16 words)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tiny", action="store_true", help="the tests' tiny random models")
    parser.add_argument("--steps", type=int, default=30, help="SDXL denoising steps")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.tiny and not _cuda():
        print("skipped: no CUDA device (run with --tiny to time the tiny models on the CPU)")
        return
    from filmstudio.engines.gpu import WEIGHTS, weights_present

    with tempfile.TemporaryDirectory() as folder:
        settings = settings_for(args, Path(folder))
        import torch

        where = torch.cuda.get_device_name(0) if _cuda() else "CPU"
        print(f"device: {where}; torch {torch.__version__}; {'tiny random models' if args.tiny else 'real weights'}")
        for engine, run in (
            ("sdxl", bench_sdxl),
            ("wav2lip", bench_wav2lip),
            ("musicgen", bench_musicgen),
            ("bark", bench_bark),
        ):
            setting, expected = WEIGHTS[engine]
            if not weights_present(getattr(settings, setting), expected):
                print(f"{engine:<9} skipped: FILMSTUDIO_{setting.upper()} does not point at its weights")
                continue
            print(f"{engine:<9} {run(settings, args.repeat)}", flush=True)


if __name__ == "__main__":
    main()

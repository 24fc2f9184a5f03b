"""Render benchmark: each example and a one-minute film at 1080p30, cold cache.

Prints each step's seconds and the realtime factor (render seconds / film seconds).
Run with `make bench` or `.venv/bin/python bench/render.py [--resolution 720p] [--only NAME]`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.pipeline.stages import default_stages
from filmstudio.render import render_film

ROOT = Path(__file__).resolve().parents[1]
FILMS = {
    "lighthouse.fountain": (ROOT / "examples" / "lighthouse.fountain", None),
    "interview.txt": (ROOT / "examples" / "interview.txt", None),
    "mountain_story.txt": (ROOT / "examples" / "mountain_story.txt", None),
    "sunrise_storyboard.json": (ROOT / "examples" / "sunrise_storyboard.json", None),
    "one_minute.txt (60 s)": (ROOT / "bench" / "scripts" / "one_minute.txt", 60.0),
    "two_speakers.txt (60 s)": (ROOT / "bench" / "scripts" / "two_speakers.txt", 60.0),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--resolution", default="1080p", choices=["720p", "1080p", "4k"])
    parser.add_argument("--fps", type=int, default=30, choices=[24, 30])
    parser.add_argument("--only", help="render only films whose name contains this")
    args = parser.parse_args()
    steps = [stage.name for stage in default_stages()]
    header = f"{'film':<26}{'film s':>8}{'render s':>10}{'realtime':>10}  " + "  ".join(
        f"{s[:10]:>10}" for s in steps
    )
    print(f"resolution {args.resolution}, {args.fps} fps, cold cache\n{header}")
    for name, (script, duration) in FILMS.items():
        if args.only and args.only not in name:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(data_dir=Path(tmp) / "data")
            options = FilmRequest(
                resolution=args.resolution, fps=args.fps, duration=duration, subtitles=["en"]
            )
            started = time.perf_counter()
            result = render_film(script, Path(tmp) / "film.mp4", options, settings=settings)
            wall = time.perf_counter() - started
        film_seconds = float(result.probe["duration"])
        seconds = {s["name"]: s["seconds"] for s in result.steps}
        cells = "  ".join(f"{seconds.get(s, 0.0):>10.2f}" for s in steps)
        print(f"{name:<26}{film_seconds:>8.1f}{wall:>10.1f}{wall / film_seconds:>10.2f}  {cells}")


if __name__ == "__main__":
    main()

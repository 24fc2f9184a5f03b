"""Re-render benchmark: a film made from its storyboard, then made again after one line is changed, with
the same asset cache (as a project's second job): prints both times, their ratio, and what each step
reused and made the second time.

    .venv/bin/python bench/rerender.py [--resolution 720p] [SCRIPT]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest, storyboard_for
from filmstudio.media.store.local import LocalMediaStore
from filmstudio.render import render_storyboard

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("script", nargs="?", type=Path, default=ROOT / "examples" / "market_day.txt")
    parser.add_argument("--resolution", default="720p", choices=["720p", "1080p", "4k"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", cache_dir=Path(tmp) / "cache")
        request = FilmRequest(resolution=args.resolution, fps=24)
        store = LocalMediaStore(Path(tmp) / "out")
        board = storyboard_for(args.script.read_text(encoding="utf-8"), request)
        started = time.perf_counter()
        first = render_storyboard(board.model_copy(deep=True), request, settings=settings, store=store, stem="first")
        first_s = time.perf_counter() - started
        edited = first.storyboard.model_copy(deep=True)
        line = next(ln for ln in edited.lines())
        line.text = line.text.rstrip(".") + ", slowly."
        for ln in edited.lines():  # what a saved storyboard keeps: its reading, not the last render's media
            ln.audio = None
        started = time.perf_counter()
        second = render_storyboard(edited, request, settings=settings, store=store, stem="second")
        second_s = time.perf_counter() - started
    print(
        f"{args.script.name}: first {first_s:.1f} s, after one line changed {second_s:.1f} s "
        f"({second_s / first_s:.2f} of the first)"
    )
    for step in second.steps:
        print(f"  {step['name']:<20} reused {step['reused']:>3}  made {step['made']:>3}  {step['seconds']:>6.2f} s")


if __name__ == "__main__":
    main()

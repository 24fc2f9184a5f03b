"""Render benchmark: each example, a one-minute narrated film, a one-minute two-speaker film, a staged
story and a 4K half-minute film, cold cache, each in its own process.

Prints for each film: its render time and realtime factor (render seconds / film seconds); the x264 floor
of its own output (the seconds `ffmpeg -i film.mp4 -c:v libx264 -preset veryfast -crf 20 -f null -` takes:
decoding the film again and encoding it at the same size and rate, what any renderer of these pictures
must at least spend) and the render's ratio to it; the render's peak memory (its process and
its ffmpeg children together, sampled); the CPU seconds (user + system) of the render and of the floor,
each with its children: on a shared machine they move less than the wall clock; and each step's seconds.
With `--repeat 3` the median of three renders.

    .venv/bin/python bench/render.py [--resolution 720p] [--only NAME] [--repeat 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.pipeline.stages import default_stages
from filmstudio.render import render_film

ROOT = Path(__file__).resolve().parents[1]
# name: (script, duration or None for the script's own, resolution or None for --resolution)
FILMS: dict[str, tuple[Path, float | None, str | None]] = {
    "lighthouse.fountain": (ROOT / "examples" / "lighthouse.fountain", None, None),
    "interview.txt": (ROOT / "examples" / "interview.txt", None, None),
    "mountain_story.txt": (ROOT / "examples" / "mountain_story.txt", None, None),
    "sunrise_storyboard.json": (ROOT / "examples" / "sunrise_storyboard.json", None, None),
    "market_day.txt (staged)": (ROOT / "examples" / "market_day.txt", None, None),
    "one_minute.txt (60 s)": (ROOT / "bench" / "scripts" / "one_minute.txt", 60.0, None),
    "two_speakers.txt (60 s)": (ROOT / "bench" / "scripts" / "two_speakers.txt", 60.0, None),
    "un_minuto.es.txt (60 s)": (
        ROOT / "bench" / "scripts" / "un_minuto.es.txt",
        60.0,
        None,
    ),  # Kokoro's voices
    "one_minute.txt (4K 30 s)": (ROOT / "bench" / "scripts" / "one_minute.txt", 30.0, "4k"),
}


_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, resident kB) of a process, from its one stat line; None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), int(fields[21]) * _PAGE_KB


def _descendants(root: int) -> set[int]:
    """The process and all its descendants: one pass over /proc (every process's stat line)."""
    parents = {int(e.name): s[0] for e in Path("/proc").iterdir() if e.name.isdigit() and (s := _stat(int(e.name)))}
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return tree


def _tree_rss_kb(tree: set[int]) -> int:
    """The resident memory of the processes of a tree still running (kB)."""
    return sum(s[1] for pid in tree if (s := _stat(pid)))


def _render(script: Path, out: Path, request: FilmRequest, data: Path) -> dict[str, Any]:
    """One render, in a process of its own: its seconds, steps and peak memory (this process and its
    ffmpeg children together, sampled every 0.2 s: getrusage would count each child's fork of this
    process as its own)."""
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        # the whole of /proc once a second (new ffmpeg children), the tree's own stat lines in between: a
        # sampler that read every process's status five times a second cost the render a core's tenth
        tree, k = {os.getpid()}, 0
        while not done.wait(0.2):
            if k % 5 == 0:
                tree = _descendants(os.getpid())
            k += 1
            peak[0] = max(peak[0], _tree_rss_kb(tree))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    cpu0 = _cpu_seconds()
    started = time.perf_counter()
    result = render_film(script, out, request, settings=Settings(data_dir=data))
    wall = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu0
    done.set()
    sampler.join()
    return {
        "wall": wall,
        "cpu": cpu,
        "film": float(result.probe["duration"]),
        "steps": {s["name"]: s["seconds"] for s in result.steps},
        "peak_mb": peak[0] / 1024,
    }


def _cpu_seconds() -> float:
    """User and system seconds of this process and of its children that have been waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _in_process(script: Path, out: Path, request: FilmRequest, data: Path) -> dict[str, Any]:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_render, (script, out, request, data))


def x264_floor(film: Path) -> tuple[float, float]:
    """Seconds (wall, CPU) to decode the film and encode it again with x264 at veryfast, CRF 20: the floor."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-nostdin",
            "-i",
            str(film),
            "-an",
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-crf",
            "20",
            "-f",
            "null",
            "-",
        ],
        check=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--resolution", default="1080p", choices=["720p", "1080p", "4k"])
    parser.add_argument("--fps", type=int, default=30, choices=[24, 30])
    parser.add_argument("--only", help="render only films whose name contains this")
    parser.add_argument("--repeat", type=int, default=1, help="renders of each film; the median is shown")
    args = parser.parse_args()
    steps = [stage.name for stage in default_stages()]
    header = (
        f"{'film':<26}{'res':>6}{'film s':>8}{'render s':>10}{'realtime':>10}{'floor s':>9}{'x floor':>9}"
        f"{'cpu s':>7}{'fl cpu':>7}{'peak MB':>9}  " + "  ".join(f"{s[:10]:>10}" for s in steps)
    )
    print(f"{args.fps} fps, cold cache, median of {args.repeat}\n{header}")
    for name, (script, duration, resolution) in FILMS.items():
        if args.only and args.only not in name:
            continue
        resolution = resolution or args.resolution
        # a half-minute film of the one-minute script: the studio abridges it to its spine
        fit = "abridge" if duration and duration < 60 else "refuse"
        language = script.name.split(".")[-2] if script.name.count(".") == 2 else "en"  # name.es.txt
        request = FilmRequest(resolution=resolution, fps=args.fps, duration=duration, subtitles=[language], fit=fit)
        runs, floors = [], []
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                film = Path(tmp) / "film.mp4"
                runs.append(_in_process(script, film, request, Path(tmp) / "data"))
                floors.append(x264_floor(film))
        run = sorted(runs, key=lambda r: r["wall"])[len(runs) // 2]
        wall, floor = run["wall"], statistics.median(f[0] for f in floors)
        floor_cpu = statistics.median(f[1] for f in floors)
        cells = "  ".join(f"{run['steps'].get(s, 0.0):>10.2f}" for s in steps)
        print(
            f"{name:<26}{resolution:>6}{run['film']:>8.1f}{wall:>10.1f}{wall / run['film']:>10.2f}"
            f"{floor:>9.1f}{wall / floor:>9.2f}{run['cpu']:>7.1f}{floor_cpu:>7.1f}{run['peak_mb']:>9.0f}  {cells}",
            flush=True,
        )


if __name__ == "__main__":
    main()

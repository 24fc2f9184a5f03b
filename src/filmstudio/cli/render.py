"""`filmstudio render SCRIPT --out FILM.mp4`: one progress bar per step; one-line errors."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import overload

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from filmstudio.config import get_settings
from filmstudio.errors import InvalidInput, StudioError
from filmstudio.film_request import FilmRequest
from filmstudio.pipeline.runner import StepRecord
from filmstudio.pipeline.stages import default_stages
from filmstudio.render import render_film

DEFAULTS = FilmRequest()


def _codes(_: click.Context, __: click.Parameter, value: str | None) -> list[str]:
    return [c.strip() for c in value.split(",") if c.strip()] if value else []


@click.command()
@click.argument("script_file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The film to write (.mp4).",
)
@click.option("--title", help="Film title (defaults to the script's).")
@click.option("--language", help="Language code of the script, e.g. en, hi, ta (detected when omitted).")
@click.option("--duration", type=float, help="Target length in seconds (30, 60, 90 or any).")
@click.option("--style", help=f"cinematic, cartoon, watercolor or minimal [default: {DEFAULTS.style}].")
@click.option("--music-genre", help="Music style for the score.")
@click.option("--subtitles", callback=_codes, help="Subtitle languages, comma separated (default: the film's).")
@click.option(
    "--dub",
    callback=_codes,
    help="Also render the film in these languages (comma separated, e.g. hi,ta): FILM.<lang>.mp4 each.",
)
@click.option(
    "--burn-subtitles/--no-burn-subtitles",
    default=None,
    help=f"Burn the first subtitle language into the picture [default: {DEFAULTS.burn_subtitles}].",
)
@click.option("--resolution", type=click.Choice(["720p", "1080p", "4k"]), help=f"[default: {DEFAULTS.resolution}]")
@click.option("--fps", type=click.Choice(["24", "30"]), help=f"[default: {DEFAULTS.fps}]")
@click.option("--aspect", type=click.Choice(["16:9", "9:16", "1:1"]), help=f"[default: {DEFAULTS.aspect}]")
@click.option("--watermark/--no-watermark", default=None, help=f"[default: {DEFAULTS.watermark}]")
@click.option("--report", type=click.Path(path_type=Path, dir_okay=False), help="Write a JSON report here.")
@click.option("--storyboard", type=click.Path(path_type=Path, dir_okay=False), help="Write the storyboard JSON here.")
@click.option("--seed", type=int, help=f"Seed for pictures and camera moves [default: {DEFAULTS.seed}].")
@click.option(
    "--fit",
    type=click.Choice(["refuse", "abridge", "episodes"]),
    help="A story longer than --duration: refuse (say what to cut), abridge it to its spine, or split it "
    "into episodes FILM.part1.mp4, FILM.part2.mp4, … [default: refuse].",
)
@click.option("--image-engine", help="painter, or sdxl with [gpu] and its weights [default: the settings'].")
@click.option("--lipsync-engine", help="visemes, or wav2lip [default: the settings'].")
@click.option("--music-engine", help="composer, or musicgen [default: the settings'].")
@click.option("--tts-engine", help="auto, piper, festival, espeak, kokoro, or bark [default: the settings'].")
def render(
    script_file: Path,
    out: Path,
    title: str | None,
    language: str | None,
    duration: float | None,
    style: str | None,
    music_genre: str | None,
    subtitles: list[str],
    dub: list[str],
    burn_subtitles: bool | None,
    resolution: str | None,
    fps: str | None,
    aspect: str | None,
    watermark: bool | None,
    report: Path | None,
    storyboard: Path | None,
    seed: int | None,
    image_engine: str | None,
    lipsync_engine: str | None,
    music_engine: str | None,
    tts_engine: str | None,
    fit: str | None,
) -> None:
    """Render SCRIPT_FILE (prose, NAME: dialogue, .fountain or storyboard .json) into a film."""
    console = Console(stderr=True)
    if out.suffix.lower() != ".mp4":
        _fail(console, f"--out must end in .mp4 (got {out.name}).")
    try:
        request = FilmRequest.from_settings(
            title=title,
            language=language,
            duration=duration,
            style=style,
            music_genre=music_genre,
            subtitles=subtitles or None,
            dub=dub or None,
            burn_subtitles=burn_subtitles,
            resolution=resolution,
            fps=fps,
            aspect=aspect,
            watermark=watermark,
            seed=seed,
            image_engine=image_engine,
            lipsync_engine=lipsync_engine,
            music_engine=music_engine,
            tts_engine=tts_engine,
            fit=fit,
        )
    except InvalidInput as exc:
        _fail(console, f"--{str(exc.details['field']).replace('_', '-')}: {exc.details['problem']}.")
    parts = _episodes(console, script_file, request)
    if parts > 1:
        for number in range(1, parts + 1):
            click.echo(f"Part {number} of {parts}:")
            _render_one(
                console,
                script_file,
                _part_path(out, number),
                request.model_copy(update={"part": number}),
                _part_path(report, number),
                _part_path(storyboard, number),
            )
        return
    _render_one(console, script_file, out, request, report, storyboard)


@overload
def _part_path(path: Path, number: int) -> Path: ...
@overload
def _part_path(path: Path | None, number: int) -> Path | None: ...
def _part_path(path: Path | None, number: int) -> Path | None:
    return path.with_name(f"{path.stem}.part{number}{path.suffix}") if path else None


def _episodes(console: Console, script_file: Path, request: FilmRequest) -> int:
    """How many films the request makes of the script: its episodes, or one."""
    if request.fit != "episodes" or request.duration is None:
        return 1
    from filmstudio.render import load_storyboard
    from filmstudio.script.fit import episodes

    try:
        return len(episodes(load_storyboard(script_file, request, get_settings()), request.duration))
    except StudioError as exc:
        _fail(console, exc.message)
        raise


def _render_one(
    console: Console,
    script_file: Path,
    out: Path,
    request: FilmRequest,
    report: Path | None,
    storyboard: Path | None,
) -> None:
    cancel = threading.Event()
    with Progress(
        TextColumn("{task.description:<20}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(),
        TextColumn("{task.fields[status]}"),
        console=console,
        transient=False,
        disable=not console.is_terminal,
    ) as progress:
        tasks: dict[str, TaskID] = {
            stage.name: progress.add_task(stage.name, total=1.0, status="") for stage in default_stages()
        }

        stages = [stage.name for stage in default_stages()]
        for language in request.dub:
            tasks[f"dub {language}"] = progress.add_task(f"dub {language}", total=1.0, status="")

        def on_step(record: StepRecord) -> None:
            status = "" if record.status in ("processing", "pending") else record.status
            progress.update(tasks[record.name], completed=record.progress, status=status)

        def on_dub_step(language: str, record: StepRecord) -> None:
            done = (stages.index(record.name) + record.progress) / len(stages)
            status = record.name if record.status != "failed" else "failed"
            progress.update(tasks[f"dub {language}"], completed=done, status=status)

        try:
            result = render_film(
                script_file,
                out,
                request,
                settings=get_settings(),
                on_step=on_step,
                cancel_event=cancel,
                report_path=report,
                storyboard_path=storyboard,
                on_dub_step=on_dub_step,
            )
        except StudioError as exc:
            progress.stop()
            _fail(console, exc.message)
        except KeyboardInterrupt:
            cancel.set()
            progress.stop()
            _fail(console, "Cancelled.")
    p = result.probe
    click.echo(
        f"Film written to {result.film} ({p['width']}x{p['height']}, {p['fps']:g} fps, {p['duration']:.1f} s, "
        f"{p['integrated_lufs']:.1f} LUFS)"
    )
    for language, dub in result.dubs.items():
        click.echo(f"Dubbed into {language}: {dub.film} ({dub.probe['duration']:.1f} s)")


def _fail(console: Console, message: str) -> None:
    click.echo(f"Error: {' '.join(message.split())}", err=True)
    sys.exit(2)

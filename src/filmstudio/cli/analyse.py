"""`filmstudio analyse SCRIPT --out STORYBOARD.json`: the reading of a script, without rendering."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from filmstudio.config import get_settings
from filmstudio.errors import StudioError
from filmstudio.film_request import FilmRequest
from filmstudio.render import analyse, load_storyboard
from filmstudio.script.staging import describe_moment


@click.command()
@click.argument("script_file", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), help="The storyboard to write (.json).")
@click.option("--language", help="Language code of the script (detected when omitted).")
@click.option(
    "--coverage",
    "show_coverage",
    is_flag=True,
    help="Print what the reading knows in each language (or in --language), and stop.",
)
def analyse_command(script_file: Path | None, out: Path | None, language: str | None, show_coverage: bool) -> None:
    """Read SCRIPT_FILE as the film would (scenes, settings, things, people, casting) and write the
    storyboard, with the words that decided each reading, without making any voice or picture."""
    if show_coverage:
        _print_coverage(language)
        return
    if script_file is None or out is None:
        raise click.UsageError("Give SCRIPT_FILE and --out FILE (or --coverage).")
    settings = get_settings()
    try:
        request = FilmRequest.from_settings(language=language)
        board = analyse(load_storyboard(script_file, request, settings), request, settings=settings)
    except StudioError as exc:
        click.echo(f"Error: {' '.join(exc.message.split())}", err=True)
        sys.exit(2)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(json.dumps(board.model_dump(mode="json"), indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(out)
    for scene in board.scenes:
        things = ", ".join(t.key for t in scene.things) or "-"
        people = ", ".join(scene.people) or "-"
        click.echo(
            f"{scene.id}: {scene.setting} ({', '.join(scene.setting_words) or 'no words'}), "
            f"{scene.time_of_day}; things: {things}; people: {people}"
        )
        for moment in scene.moments:
            click.echo(f"  {moment.id}: {describe_moment(moment)}")
    for c in board.characters:
        click.echo(
            f"{c.id}: {c.gender} ({', '.join(c.gender_words) or 'no evidence'}), "
            f"{c.age} ({', '.join(c.age_words) or 'no evidence'})"
        )
    click.echo(f"Storyboard written to {out}")


def _print_coverage(language: str | None) -> None:
    from filmstudio.script.coverage import TOTALS, coverage_table

    click.echo(
        f"{'lang':6}{'settings':>10}{'things':>9}{'moments':>9}{'roles':>7}{'people':>8}{'animals':>9}{'saying':>8}"
        f"{'own':>6}  lemmas"
    )
    for row in coverage_table([language] if language else None):
        click.echo(
            f"{row.language:6}{row.settings:>6}/{TOTALS['settings']:<3}{row.things:>5}/{TOTALS['things']:<3}"
            f"{row.moments:>6}/{TOTALS['moments']:<2}{row.roles:>7}{row.people:>8}{row.animals:>9}"
            f"{row.speech_verbs:>8}{row.own_words:>6}  {row.lemmas}"
        )

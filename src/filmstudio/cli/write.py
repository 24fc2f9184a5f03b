"""`filmstudio write "IDEA"`: a script from an idea, by the configured language model."""

from __future__ import annotations

from pathlib import Path

import click

from filmstudio.config import get_settings
from filmstudio.engines.llm.select import llm_for
from filmstudio.errors import StudioError
from filmstudio.writing.script_writer import Form, Idea, write_script


@click.command()
@click.argument("idea")
@click.option("--duration", type=float, default=60.0, show_default=True, help="Seconds the film should last.")
@click.option("--language", default="en", show_default=True, help="Language of every spoken word.")
@click.option("--characters", type=click.IntRange(1, 6), default=2, show_default=True)
@click.option(
    "--form", type=click.Choice(["narration", "dialogue", "screenplay"]), default="dialogue", show_default=True
)
@click.option("--engine", "engine_name", default=None, help="openai, anthropic or local (default: the settings').")
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the script (.txt, or .fountain for a screenplay).",
)
def write(
    idea: str, duration: float, language: str, characters: int, form: Form, engine_name: str | None, out: Path
) -> None:
    """Write a script from IDEA that fits the duration, in the language, ready for `filmstudio render`."""
    try:
        request = Idea(idea=idea, duration=duration, language=language, characters=characters, form=form)
        llm = llm_for(get_settings(), engine_name)
        click.echo(f"writing with {llm.name} ({llm.model})…", err=True)
        result = write_script(llm, request)
    except StudioError as exc:
        raise click.ClickException(exc.message) from None
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(result.script, encoding="utf-8")
    tmp.replace(out)
    click.echo(
        f"{result.title}: {result.words} words (about {result.target_words} fit {duration:g} s), "
        f"{len(result.characters)} characters, written to {out}"
    )
    for character in result.characters:
        click.echo(f"  {character.name}: {character.age}, {character.gender}")

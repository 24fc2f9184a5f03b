"""`filmstudio storyboard validate FILE`: the checks the API makes of an edited storyboard, offline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from filmstudio.errors import InvalidInput
from filmstudio.storyboards.service import validate


@click.group("storyboard")
def storyboard_group() -> None:
    """Work with storyboard JSON files (from `filmstudio analyse`, edited, for `render --storyboard`)."""


@storyboard_group.command("validate")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
def validate_command(file: Path) -> None:
    """Check FILE against the storyboard schema and its references; print each error's path (a JSON
    pointer) and exit 2 when there are any, as the API's 422 names them."""
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        click.echo(f"Error: {file} is not JSON: {exc}", err=True)
        sys.exit(2)
    try:
        board = validate(document)
    except InvalidInput as exc:
        for error in exc.details.get("errors", []):
            click.echo(f"{error['path'] or '/'}: {error['message']}", err=True)
        sys.exit(2)
    click.echo(f"{file}: a valid storyboard ({len(board.scenes)} scenes, {len(board.characters)} characters)")

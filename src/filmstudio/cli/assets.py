"""`filmstudio assets install`: the drawing sets the painter uses, fetched once at set-up."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from filmstudio import assets
from filmstudio.config import get_settings
from filmstudio.errors import StudioError


@click.group(name="assets")
def assets_group() -> None:
    """Drawing assets (installed at set-up; nothing is downloaded while rendering)."""


@assets_group.command()
@click.option(
    "--dir",
    "root",
    type=click.Path(path_type=Path, file_okay=False),
    help="Where to install (default: FILMSTUDIO_ASSETS_DIR).",
)
def install(root: Path | None) -> None:
    """Download Fluent Emoji Flat (MIT), check its pinned sha512 and unpack it."""
    root = root or get_settings().assets_dir
    try:
        target = assets.install(root)
    except StudioError as exc:
        click.echo(f"Error: {exc.message}", err=True)
        sys.exit(2)
    click.echo(f"{assets.FLUENT_EMOJI.name} installed in {target}")
    from filmstudio.engines.tts.piper import prepare_aligned_model

    voice = prepare_aligned_model(root)
    if voice is not None:
        click.echo(f"Piper's voice prepared for word timings: {voice}")

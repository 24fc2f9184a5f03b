"""`filmstudio`: render films, list engines."""

from __future__ import annotations

import click

from filmstudio import __version__
from filmstudio.cli.admin import admin_group
from filmstudio.cli.analyse import analyse_command
from filmstudio.cli.assets import assets_group
from filmstudio.cli.engines import engines
from filmstudio.cli.render import render
from filmstudio.cli.salesforce import salesforce_group
from filmstudio.cli.serve import db, serve, storage, worker
from filmstudio.cli.storyboard import storyboard_group
from filmstudio.cli.write import write
from filmstudio.salesforce import capture as _capture  # noqa: F401  (installs the Salesforce change capture)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="filmstudio")
def cli() -> None:
    """AI Film Studio: turn a script into a finished film."""


cli.add_command(render)
cli.add_command(write)
cli.add_command(analyse_command, name="analyse")
cli.add_command(engines)
cli.add_command(assets_group)
cli.add_command(serve)
cli.add_command(worker)
cli.add_command(db)
cli.add_command(storage)
cli.add_command(salesforce_group)
cli.add_command(admin_group)
cli.add_command(storyboard_group)

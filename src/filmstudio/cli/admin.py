"""`filmstudio admin grant|revoke EMAIL`: who may use the studio's admin pages and API."""

from __future__ import annotations

import click

from filmstudio.config import get_settings
from filmstudio.errors import StudioError


@click.group("admin")
def admin_group() -> None:
    """The studio's admins (the first account is one)."""


def _set(email: str, role: str) -> None:
    from filmstudio.admin.service import set_role
    from filmstudio.db.session import session_factory, session_scope

    try:
        with session_scope(session_factory(get_settings())) as session:
            set_role(session, email, role)
    except StudioError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"{email} is now {'an admin' if role == 'admin' else 'a user'}.")


@admin_group.command("grant")
@click.argument("email")
def grant(email: str) -> None:
    """Make EMAIL's account an admin."""
    _set(email, "admin")


@admin_group.command("revoke")
@click.argument("email")
def revoke(email: str) -> None:
    """Make EMAIL's account a user again."""
    _set(email, "user")

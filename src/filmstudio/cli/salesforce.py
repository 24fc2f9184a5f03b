"""`filmstudio salesforce`: send the outbox now, backfill an existing studio, or show what waits."""

from __future__ import annotations

import json

import click
from sqlalchemy import func, select

from filmstudio.config import get_settings
from filmstudio.errors import StudioError


@click.group("salesforce")
def salesforce_group() -> None:
    """Mirror the studio into Salesforce (settings: FILMSTUDIO_SALESFORCE_*)."""


@salesforce_group.command("drain")
def drain_command() -> None:
    """Send every change the outbox holds that is due."""
    from filmstudio.salesforce.tasks import drain_once

    try:
        click.echo(json.dumps(drain_once(get_settings())))
    except StudioError as exc:
        raise click.ClickException(exc.message) from None


@salesforce_group.command("backfill")
def backfill_command() -> None:
    """Upsert every user, project, subscription, credit row, asset and upload through Bulk API 2.0."""
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.salesforce.client import SalesforceClient
    from filmstudio.salesforce.sync import backfill

    settings = get_settings()
    try:
        with session_scope(session_factory(settings)) as session:
            report = backfill(session, SalesforceClient(settings))
    except StudioError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(json.dumps(report, indent=1))


@salesforce_group.command("status")
def status_command() -> None:
    """Records by sync state, and the changes waiting in the outbox."""
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import SalesforceOutbox, SalesforceSync

    with session_scope(session_factory(get_settings())) as session:
        states = dict(
            session.execute(select(SalesforceSync.status, func.count()).group_by(SalesforceSync.status)).all()
        )
        waiting = session.scalar(select(func.count()).select_from(SalesforceOutbox))
    click.echo(json.dumps({"records": states, "outbox": waiting}))

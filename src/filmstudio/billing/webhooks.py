"""Stripe's webhook: the signature checked, each event stored once by its id in the same transaction that
acts on it (a replay or a duplicate changes nothing; a failure stores nothing, so Stripe's retry acts),
and subscription events applied from a fresh copy of the subscription, so that events arriving out of
order converge to Stripe's state."""

from __future__ import annotations

from typing import Any

import stripe
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from filmstudio.billing import service
from filmstudio.billing.stripe_api import client, field, id_of, translate
from filmstudio.config import Settings
from filmstudio.db.session import session_scope
from filmstudio.errors import BadSignature, NotConfigured
from filmstudio.models import StripeEvent


def verify(settings: Settings, payload: bytes, signature: str | None) -> Any:
    if not settings.stripe_webhook_secret:
        raise NotConfigured("The Stripe webhook secret is not configured (FILMSTUDIO_STRIPE_WEBHOOK_SECRET).")
    try:
        return stripe.Webhook.construct_event(
            payload, signature or "", settings.stripe_webhook_secret, tolerance=settings.stripe_webhook_tolerance
        )
    except stripe.SignatureVerificationError:
        raise BadSignature("The Stripe signature does not match this payload.") from None
    except ValueError:
        raise BadSignature("The webhook body is not a Stripe event.") from None


def _first_time(session: Session, event: Any) -> bool:
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stored = session.execute(
        insert(StripeEvent)
        .values(event_id=event["id"], type=event["type"], created=event["created"])
        .on_conflict_do_nothing(index_elements=["event_id"])
        .returning(StripeEvent.event_id)
    )
    return stored.first() is not None


def receive(
    sessions: sessionmaker[Session], settings: Settings, payload: bytes, signature: str | None
) -> dict[str, Any]:
    event = verify(settings, payload, signature)
    with session_scope(sessions) as session:
        if not _first_time(session, event):
            return {"received": True, "duplicate": True}
        handler = HANDLERS.get(event["type"])
        if handler is not None:
            try:
                handler(session, settings, event["data"]["object"])
            except stripe.StripeError as exc:
                raise translate(exc) from exc
    return {"received": True, "duplicate": False}


def _subscription(session: Session, settings: Settings, obj: Any) -> None:
    service.apply_subscription(session, settings, client(settings).v1.subscriptions.retrieve(obj["id"]))


def _invoice_paid(session: Session, settings: Settings, invoice: Any) -> None:
    if sub_id := service.invoice_subscription(invoice):
        service.apply_invoice_paid(session, settings, invoice, client(settings).v1.subscriptions.retrieve(sub_id))


def _invoice_failed(session: Session, settings: Settings, invoice: Any) -> None:
    if sub_id := service.invoice_subscription(invoice):
        service.apply_invoice_failed(session, settings, client(settings).v1.subscriptions.retrieve(sub_id))


def _payment_succeeded(session: Session, settings: Settings, intent: Any) -> None:
    service.grant_pack(session, intent)


def _refunded(session: Session, settings: Settings, charge: Any) -> None:
    amount = field(charge, "amount", default=0) or 0
    fraction = (field(charge, "amount_refunded", default=0) or 0) / amount if amount else 1.0
    latest = id_of(field(charge, "refunds", "data", 0)) or f"{charge['id']}:{field(charge, 'amount_refunded')}"
    service.reverse_payment(
        session, id_of(charge["payment_intent"]), refunded_fraction=fraction, reference=latest, why="Payment refunded"
    )


def _disputed(session: Session, settings: Settings, dispute: Any) -> None:
    intent = id_of(field(dispute, "payment_intent"))
    if intent is None and (charge := id_of(field(dispute, "charge"))):
        intent = id_of(client(settings).v1.charges.retrieve(charge)["payment_intent"])
    service.reverse_payment(session, intent, refunded_fraction=1.0, reference=dispute["id"], why="Payment disputed")


HANDLERS = {
    "customer.subscription.created": _subscription,
    "customer.subscription.updated": _subscription,
    "customer.subscription.deleted": _subscription,
    "invoice.paid": _invoice_paid,
    "invoice.payment_failed": _invoice_failed,
    "payment_intent.succeeded": _payment_succeeded,
    "charge.refunded": _refunded,
    "charge.dispute.created": _disputed,
}

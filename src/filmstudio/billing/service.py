"""Plans and credits paid through Stripe. Stripe is the truth about money; this module makes the studio
agree with it: a subscription row per Stripe subscription, the user's tier and limits, and every credit
that a payment grants or a refund takes back as one ledger row, keyed by the Stripe object that caused
it, so that the same payment never grants twice whoever reports it first (the API call or a webhook).

Tiers: a paid plan is in force while its period is paid for; a failed renewal keeps it for a grace
period (`past_due`), then the user is back on Free; a downgrade waits for the end of the period paid
for at the higher price; an upgrade is invoiced (prorated) at once and its extra credits granted when
that invoice is paid."""

from __future__ import annotations

import contextlib
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import stripe
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from filmstudio.billing.schemas import (
    CreditsBought,
    CreditsNeedAction,
    Invoice,
    SubscriptionNeedsAction,
    SubscriptionStarted,
    SubscriptionState,
)
from filmstudio.billing.stripe_api import (
    PAID_PLANS,
    client,
    field,
    id_of,
    plain,
    plan_of,
    price_of,
    translate,
)
from filmstudio.config import Settings
from filmstudio.credits import service as ledger
from filmstudio.credits.plans import CREDIT_PACK, PLANS
from filmstudio.errors import Conflict, InvalidInput, NotConfigured, NotFound, PaymentFailed
from filmstudio.models import CreditTransaction, Subscription, User

RANK = {"free": 0, "standard": 1, "pro": 2, "enterprise": 3}
STATUS = {
    "active": "active",
    "trialing": "active",
    "past_due": "past_due",
    "unpaid": "unpaid",
    "canceled": "cancelled",
    "incomplete": "incomplete",
    "incomplete_expired": "cancelled",
    "paused": "unpaid",
}


def now() -> datetime:
    return datetime.now(UTC)


def stamp(seconds: int | None) -> datetime:
    return datetime.fromtimestamp(seconds, UTC) if seconds else now()


# ---------- customers and rows ----------
def customer_of(session: Session, settings: Settings, user: User) -> str:
    """The user's Stripe customer, made once."""
    if user.stripe_customer_id:
        return user.stripe_customer_id
    try:
        customer = client(settings).v1.customers.create(
            params={
                "email": user.email,
                "name": user.full_name or user.email,
                "metadata": {"user_id": str(user.user_id)},
            },
            options={"idempotency_key": f"customer-{user.user_id}"},
        )
    except stripe.StripeError as exc:
        raise translate(exc) from exc
    user.stripe_customer_id = customer.id
    session.flush()
    return customer.id


def owner_of(session: Session, row: Subscription) -> User:
    """The user of a subscription row (its user_id is a foreign key, deleted with the user)."""
    user = session.get(User, row.user_id)
    if user is None:
        raise RuntimeError(f"subscription {row.subscription_id} has no user {row.user_id}")
    return user


def stripe_id(row: Subscription) -> str:
    """A row's Stripe subscription id: every row but the Free plan's has one (current_row asks for it)."""
    if row.stripe_subscription_id is None:
        raise RuntimeError(f"subscription {row.subscription_id} has no Stripe subscription")
    return row.stripe_subscription_id


def user_of_customer(session: Session, customer_id: str | None) -> User | None:
    return session.scalar(select(User).where(User.stripe_customer_id == customer_id)) if customer_id else None


def row_for(session: Session, user: User, sub: Any) -> Subscription:
    """The row of a Stripe subscription, made on first sight (by the API call or by a webhook, whichever
    comes first)."""
    row = session.scalar(select(Subscription).where(Subscription.stripe_subscription_id == sub["id"]))
    if row is not None:
        return row
    item = field(sub, "items", "data", 0)
    try:
        with session.begin_nested():
            row = Subscription(
                user_id=user.user_id,
                plan="free",
                status="incomplete",
                stripe_subscription_id=sub["id"],
                stripe_customer_id=id_of(sub["customer"]),
                stripe_price_id=field(item, "price", "id"),
                current_period_start=stamp(field(item, "current_period_start")),
                current_period_end=stamp(field(item, "current_period_end")),
            )
            session.add(row)
            session.flush()
    except IntegrityError:  # made meanwhile by the other of the API call and the webhook
        row = session.scalar(select(Subscription).where(Subscription.stripe_subscription_id == sub["id"]))
        if row is None:
            raise
    return row


def current_row(session: Session, user_id: uuid.UUID) -> Subscription | None:
    """The user's subscription that is not over (or None): the one the plan comes from."""
    return session.scalar(
        select(Subscription)
        .where(
            Subscription.user_id == user_id,
            Subscription.stripe_subscription_id.is_not(None),
            Subscription.status.in_(("active", "past_due", "incomplete")),
        )
        .order_by(Subscription.created_at.desc())
        .limit(1)
    )


def set_tier(
    session: Session, settings: Settings, user: User, row: Subscription, *, moment: datetime | None = None
) -> None:
    """The tier follows what is paid for: the plan while active or within the grace period, else Free."""
    moment = moment or now()
    grace = timedelta(days=settings.billing_grace_days)
    in_force = row.status == "active" or (
        row.status == "past_due" and row.past_due_since is not None and moment - row.past_due_since < grace
    )
    tier = row.plan if in_force and row.plan in PAID_PLANS else "free"
    if tier == user.tier:
        return
    if tier == "free":  # the free plan's monthly reset starts again from today
        user.credit_reset_date = ledger.next_anniversary(moment.date(), moment.date())
    else:
        user.credit_reset_date = None  # a paid plan's credits come with its paid invoices
    user.tier = tier


# ---------- what Stripe says ----------
def apply_subscription(session: Session, settings: Settings, sub: Any) -> Subscription | None:
    """Make the row agree with Stripe's subscription as it is now (callers pass a fresh copy, so events
    that arrive out of order converge to Stripe's state)."""
    user = user_of_customer(session, id_of(sub["customer"]))
    if user is None:
        return None
    row = row_for(session, user, sub)
    item = field(sub, "items", "data", 0)
    status = STATUS.get(sub["status"], "unpaid")
    if status == "past_due" and row.past_due_since is None:
        row.past_due_since = now()
    if status == "active":
        row.past_due_since = None
    row.status = status
    row.cancel_at_period_end = bool(field(sub, "cancel_at_period_end", default=False))
    row.stripe_price_id = field(item, "price", "id")
    priced = plan_of(settings, row.stripe_price_id)
    # a lower price waits for the period paid for at the higher one; a higher one for its invoice
    row.pending_plan = priced if priced and row.plan in PAID_PLANS and priced != row.plan else None
    if row.plan not in PAID_PLANS and status == "active" and priced:
        row.plan = priced
    if field(item, "current_period_end"):
        row.current_period_start = stamp(field(item, "current_period_start"))
        row.current_period_end = stamp(field(item, "current_period_end"))
    if status == "cancelled":
        row.canceled_at = stamp(field(sub, "canceled_at"))
    set_tier(session, settings, user, row)
    return row


def invoice_subscription(invoice: Any) -> str | None:
    return id_of(field(invoice, "parent", "subscription_details", "subscription")) or id_of(
        field(invoice, "subscription")
    )


def invoice_price(invoice: Any) -> str | None:
    line = field(invoice, "lines", "data", 0)
    return id_of(field(line, "pricing", "price_details", "price")) or id_of(field(line, "price"))


def invoice_payment_intent(invoice: Any) -> str | None:
    for payment in field(invoice, "payments", "data", default=[]) or []:
        if intent := id_of(field(payment, "payment", "payment_intent")):
            return intent
    return id_of(field(invoice, "payment_intent"))


def apply_invoice_paid(session: Session, settings: Settings, invoice: Any, sub: Any) -> int:
    """A paid subscription invoice starts its period and grants its credits (once per invoice).
    Returns the credits granted by this call."""
    row = apply_subscription(session, settings, sub)
    plan = plan_of(settings, invoice_price(invoice))
    if row is None or plan is None:
        return 0
    user = owner_of(session, row)
    reason, monthly = field(invoice, "billing_reason"), PLANS[plan].credits_per_month
    line = field(invoice, "lines", "data", 0)
    period_end = stamp(field(line, "period", "end"))
    reference, intent = invoice["id"], invoice_payment_intent(invoice)
    granted = 0
    if reason == "subscription_update":  # an upgrade's proration: the extra credits of the higher plan
        extra = monthly - PLANS[row.plan].credits_per_month if row.plan in PLANS else monthly
        if extra > 0 and ledger.paid_change(
            session,
            user.user_id,
            extra,
            type_="grant",
            reference=reference,
            description=f"Upgraded to {PLANS[plan].name}: {extra} more credits",
            payment_intent=intent,
            meta={"plan": plan, "granted": extra},
        ):
            granted = extra
    elif reason == "subscription_cycle":  # a new month: the plan's credits, unused ones do not roll over
        balance = ledger.lock_user(session, user.user_id)
        if ledger.paid_change(
            session,
            user.user_id,
            monthly - balance,
            type_="reset",
            reference=reference,
            description=f"{PLANS[plan].name} plan: {monthly} credits for the month",
            payment_intent=intent,
            meta={"plan": plan, "granted": monthly, "previous_balance": balance},
        ):
            granted = monthly
    elif ledger.paid_change(
        session,
        user.user_id,
        monthly,
        type_="grant",
        reference=reference,
        description=f"{PLANS[plan].name} plan: {monthly} credits for the month",
        payment_intent=intent,
        meta={"plan": plan, "granted": monthly},
    ):
        granted = monthly
    if period_end >= row.current_period_end or reason == "subscription_update" or row.plan not in PAID_PLANS:
        row.plan = plan  # what is paid for now (an older invoice arriving late changes nothing)
        row.pending_plan = None if row.pending_plan == plan else row.pending_plan
        row.status, row.past_due_since = "active", None
    set_tier(session, settings, user, row)
    return granted


def apply_invoice_failed(session: Session, settings: Settings, sub: Any) -> None:
    """A failed payment: Stripe marks the subscription past_due (a fresh copy says so, or says that a later
    payment went through); the grace period starts then."""
    apply_subscription(session, settings, sub)


def expire_grace(session: Session, settings: Settings, *, moment: datetime | None = None) -> int:
    """Past-due subscriptions whose grace period is over: back to Free. Returns how many."""
    moment = moment or now()
    cutoff = moment - timedelta(days=settings.billing_grace_days)
    rows = session.scalars(
        select(Subscription).where(Subscription.status == "past_due", Subscription.past_due_since < cutoff)
    ).all()
    for row in rows:
        set_tier(session, settings, owner_of(session, row), row, moment=moment)
        row.status = "unpaid"
    return len(rows)


# ---------- what users ask ----------
def describe(session: Session, user: User, *, grace_days: int = 7) -> SubscriptionState:
    row = current_row(session, user.user_id)
    if row is None:
        return SubscriptionState(
            plan=user.tier,
            status="active",
            subscription_id=None,
            current_period_start=None,
            current_period_end=None,
            cancel_at_period_end=False,
            pending_plan=None,
            grace_until=None,
        )
    return SubscriptionState(
        plan=user.tier,
        status=row.status,
        subscription_id=row.stripe_subscription_id,
        paid_plan=row.plan,
        current_period_start=row.current_period_start,
        current_period_end=row.current_period_end,
        cancel_at_period_end=row.cancel_at_period_end,
        pending_plan=row.pending_plan,
        grace_until=row.past_due_since + timedelta(days=grace_days) if row.past_due_since else None,
    )


def _fresh(settings: Settings, sub_id: str) -> Any:
    try:
        return client(settings).v1.subscriptions.retrieve(sub_id)
    except stripe.StripeError as exc:
        raise translate(exc) from exc


def subscribe(
    session: Session, settings: Settings, user: User, *, plan_id: str, payment_method_id: str
) -> SubscriptionStarted | SubscriptionNeedsAction:
    """Customer (made or reused), payment method attached and made the default, subscription created. A
    card that needs 3-D Secure answers with what the client must do; a declined card, PAYMENT_FAILED."""
    if plan_id not in PAID_PLANS:
        raise InvalidInput("Choose a paid plan: standard, pro or enterprise.", details={"field": "plan_id"})
    stripe_client = client(settings)
    price = price_of(settings, plan_id)
    if (existing := current_row(session, user.user_id)) is not None and existing.status != "incomplete":
        raise Conflict(
            "You have a subscription already: change its plan instead.",
            details={"subscription_id": existing.stripe_subscription_id},
        )
    customer = customer_of(session, settings, user)
    try:
        stripe_client.v1.payment_methods.attach(payment_method_id, params={"customer": customer})
        stripe_client.v1.customers.update(
            customer, params={"invoice_settings": {"default_payment_method": payment_method_id}}
        )
        sub = stripe_client.v1.subscriptions.create(
            params={
                "customer": customer,
                "items": [{"price": price}],
                "default_payment_method": payment_method_id,
                "payment_behavior": "allow_incomplete",
                "metadata": {"user_id": str(user.user_id), "plan": plan_id},
                "expand": ["latest_invoice.confirmation_secret"],
            },
        )
    except stripe.StripeError as exc:
        raise translate(exc) from exc
    invoice = sub["latest_invoice"]
    granted = 0
    if sub["status"] == "active" and field(invoice, "status") == "paid":
        granted = apply_invoice_paid(session, settings, invoice, sub)
        if granted == 0:  # the webhook was first: report what the invoice granted
            granted = PLANS[plan_id].credits_per_month
    else:
        row = apply_subscription(session, settings, sub)
        intent_id = invoice_payment_intent(invoice)
        intent = stripe_client.v1.payment_intents.retrieve(intent_id) if intent_id else None
        if intent is not None and intent["status"] == "requires_action":
            return SubscriptionNeedsAction(
                subscription_id=sub["id"],
                status="requires_action",
                plan=plan_id,
                payment_intent_id=intent["id"],
                client_secret=intent["client_secret"],
                next_action=field(intent, "next_action", "type"),
            )
        with contextlib.suppress(stripe.StripeError):  # an abandoned incomplete subscription
            stripe_client.v1.subscriptions.cancel(sub["id"])
        if row is not None:
            row.status = "cancelled"
        error = field(intent, "last_payment_error", "message", default="Your card was declined.")
        raise PaymentFailed(
            error, details={"decline_code": field(intent, "last_payment_error", "decline_code")}, keep_changes=True
        )
    row = current_row(session, user.user_id)
    if row is None:  # the paid invoice above made it active
        raise RuntimeError(f"subscription {sub['id']} is paid but has no current row")
    return SubscriptionStarted(
        subscription_id=sub["id"],
        status="active",
        plan=plan_id,
        current_period_start=row.current_period_start,
        current_period_end=row.current_period_end,
        credits_granted=granted,
    )


def confirm(session: Session, settings: Settings, user: User, subscription_id: str) -> SubscriptionState:
    """After the client finished 3-D Secure: take Stripe's word for the subscription and its invoice."""
    row = current_row(session, user.user_id)
    if row is None or row.stripe_subscription_id != subscription_id:
        raise NotFound("No such subscription.")
    sub = _fresh(settings, subscription_id)
    invoice_id = id_of(sub["latest_invoice"])
    if invoice_id is None:  # Stripe invoices a subscription when it is created
        raise RuntimeError(f"subscription {subscription_id} has no invoice")
    invoice = client(settings).v1.invoices.retrieve(invoice_id)
    if field(invoice, "status") == "paid":
        apply_invoice_paid(session, settings, invoice, sub)
    else:
        apply_subscription(session, settings, sub)
    return describe(session, user, grace_days=settings.billing_grace_days)


def change(session: Session, settings: Settings, user: User, *, plan_id: str) -> SubscriptionState:
    """An upgrade now (prorated, invoiced at once); a downgrade at the end of the period."""
    row = current_row(session, user.user_id)
    if row is None or row.status not in ("active", "past_due"):
        raise Conflict("You have no paid plan to change: subscribe first.")
    if plan_id not in PAID_PLANS:
        raise InvalidInput("To go back to Free, cancel the subscription.", details={"field": "plan_id"})
    if plan_id == (row.pending_plan or row.plan):
        raise Conflict(f"Your plan is already {PLANS[plan_id].name}.")
    sub = _fresh(settings, stripe_id(row))
    upgrade = RANK[plan_id] > RANK[row.plan]
    try:
        sub = client(settings).v1.subscriptions.update(
            stripe_id(row),
            params={
                "items": [{"id": field(sub, "items", "data", 0, "id"), "price": price_of(settings, plan_id)}],
                "proration_behavior": "always_invoice" if upgrade else "none",
                "cancel_at_period_end": False,
                "expand": ["latest_invoice"],
            },
        )
    except stripe.StripeError as exc:
        raise translate(exc) from exc
    invoice = sub["latest_invoice"]
    if upgrade and field(invoice, "billing_reason") == "subscription_update" and field(invoice, "status") == "paid":
        apply_invoice_paid(session, settings, invoice, sub)
    else:
        apply_subscription(session, settings, sub)
    return describe(session, user, grace_days=settings.billing_grace_days)


def set_cancel(session: Session, settings: Settings, user: User, *, cancel: bool) -> SubscriptionState:
    """Cancel at the end of the period (the plan stays until then), or take that back."""
    row = current_row(session, user.user_id)
    if row is None or row.status not in ("active", "past_due"):
        raise Conflict("You have no paid plan to cancel." if cancel else "There is no subscription to resume.")
    try:
        sub = client(settings).v1.subscriptions.update(stripe_id(row), params={"cancel_at_period_end": cancel})
    except stripe.StripeError as exc:
        raise translate(exc) from exc
    apply_subscription(session, settings, sub)
    return describe(session, user, grace_days=settings.billing_grace_days)


def invoices(session: Session, settings: Settings, user: User) -> list[Invoice]:
    if not user.stripe_customer_id:
        return []
    try:
        found = client(settings).v1.invoices.list(params={"customer": user.stripe_customer_id, "limit": 24})
    except stripe.StripeError as exc:
        raise translate(exc) from exc
    return [
        Invoice(
            invoice_id=inv["id"],
            number=field(inv, "number"),
            status=inv["status"],
            amount_usd=(field(inv, "amount_paid", default=0) or field(inv, "amount_due", default=0)) / 100,
            reason=field(inv, "billing_reason"),
            plan=plan_of(settings, invoice_price(inv)),
            created=stamp(field(inv, "created")),
            url=field(inv, "hosted_invoice_url"),
        )
        for inv in found.data
    ]


# ---------- credit packs ----------
def grant_pack(session: Session, intent: Any) -> int:
    """The credits of a paid credit-pack PaymentIntent, once. Returns the credits granted by this call."""
    meta = plain(field(intent, "metadata", default={})) or {}
    credits, user_id = int(meta.get("credits", 0)), meta.get("user_id")
    if intent["status"] != "succeeded" or meta.get("kind") != "credit_pack" or not user_id or credits <= 0:
        return 0
    packs = int(meta.get("packs", 1))
    entry = ledger.paid_change(
        session,
        uuid.UUID(user_id),
        credits,
        type_="purchase",
        reference=intent["id"],
        description=f"Purchased {credits} credits (${intent['amount'] / 100:g})",
        payment_intent=intent["id"],
        meta={"packs": packs, "price_usd": intent["amount"] / 100, "granted": credits},
    )
    return credits if entry else 0


def buy_credits(
    session: Session,
    settings: Settings,
    user: User,
    *,
    packs: int,
    payment_method_id: str,
    request_id: str | None = None,
) -> CreditsBought | CreditsNeedAction:
    """Charge the packs through a PaymentIntent; the credits are granted only once Stripe says it
    succeeded (here, or by the webhook when 3-D Secure was needed)."""
    if not settings.stripe_price_credit_pack:
        raise NotConfigured("Credit packs are not on sale here (FILMSTUDIO_STRIPE_PRICE_CREDIT_PACK is not set).")
    stripe_client = client(settings)
    customer = customer_of(session, settings, user)
    try:
        price = stripe_client.v1.prices.retrieve(settings.stripe_price_credit_pack)
        credits = packs * CREDIT_PACK["credits"]
        options: stripe.RequestOptions = (
            {"idempotency_key": f"credits-{user.user_id}-{request_id}"} if request_id else {}
        )
        intent = stripe_client.v1.payment_intents.create(
            params={
                "amount": int(price["unit_amount"]) * packs,
                "currency": price["currency"],
                "customer": customer,
                "payment_method": payment_method_id,
                "confirm": True,
                "automatic_payment_methods": {"enabled": True, "allow_redirects": "never"},
                "description": f"{credits} AI Film Studio credits",
                "metadata": {
                    "kind": "credit_pack",
                    "user_id": str(user.user_id),
                    "packs": str(packs),
                    "credits": str(credits),
                },
            },
            options=options,
        )
    except stripe.StripeError as exc:
        raise translate(exc) from exc
    if intent["status"] == "requires_action":
        return CreditsNeedAction(
            status="requires_action",
            payment_intent_id=intent["id"],
            client_secret=intent["client_secret"],
            credits=credits,
        )
    if intent["status"] != "succeeded":
        raise PaymentFailed("The payment did not go through.", details={"status": intent["status"]})
    grant_pack(session, intent)
    session.refresh(user)
    return CreditsBought(
        status="succeeded",
        payment_intent_id=intent["id"],
        credits_added=credits,
        amount_usd=intent["amount"] / 100,
        balance=user.credits,
    )


# ---------- money going back ----------
def reverse_payment(
    session: Session, intent_id: str | None, *, refunded_fraction: float, reference: str, why: str
) -> int:
    """Take back the credits a payment granted, in proportion to what was refunded (all of them for a
    dispute), minus what was taken back already. Returns the credits taken back by this call."""
    if not intent_id:
        return 0
    granted, taken = ledger.paid_credits(session, intent_id)
    owed = round(granted * min(1.0, refunded_fraction)) - taken
    if owed <= 0:
        return 0
    owner = session.scalar(
        select(CreditTransaction.user_id).where(CreditTransaction.stripe_payment_intent_id == intent_id).limit(1)
    )
    if owner is None:  # granted > 0: the payment's grant is in the ledger
        raise RuntimeError(f"payment {intent_id} granted credits to no one")
    entry = ledger.reverse(
        session,
        owner,
        owed,
        reference=reference,
        description=f"{why}: {owed} credits taken back",
        payment_intent=intent_id,
    )
    return owed if entry else 0

"""/subscriptions (subscribe, change, cancel, resume, current), /credits/purchase, /billing (invoices and
what the payment page needs), /webhooks/stripe."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request, status
from pydantic import BaseModel, Field

from filmstudio.api.deps import CurrentUser, SessionDep, SettingsDep
from filmstudio.api.limits import spend_limit
from filmstudio.billing import service, webhooks
from filmstudio.billing.schemas import (
    BillingConfig,
    CreditPack,
    CreditPurchase,
    InvoiceList,
    StripeTestCard,
    Subscribed,
    SubscriptionState,
)
from filmstudio.billing.stripe_api import PAID_PLANS
from filmstudio.credits.plans import CREDIT_PACK

router = APIRouter(tags=["billing"])
TEST_PAYMENT_METHODS = [
    StripeTestCard(id="pm_card_visa", label="Test Visa that pays"),
    StripeTestCard(id="pm_card_authenticationRequired", label="Test card that asks for 3-D Secure"),
    StripeTestCard(id="pm_card_chargeDeclined", label="Test card that is declined"),
]


class SubscribeBody(BaseModel):
    plan_id: str = Field(max_length=20, json_schema_extra={"enum": list(PAID_PLANS)})  # the service says why not
    payment_method_id: str = Field(min_length=3, max_length=255)


class PlanBody(BaseModel):
    plan_id: str = Field(max_length=20, json_schema_extra={"enum": list(PAID_PLANS)})  # the service says why not


class ConfirmBody(BaseModel):
    subscription_id: str = Field(max_length=255)


class PurchaseBody(BaseModel):
    packs: int = Field(default=1, ge=1, le=100, description="Packs of 10 credits at $5 each.")
    payment_method_id: str = Field(min_length=3, max_length=255)
    request_id: str | None = Field(default=None, max_length=100, description="Makes a retried request safe.")


@router.post("/subscriptions/subscribe", dependencies=[spend_limit("billing")])
def subscribe(body: SubscribeBody, user: CurrentUser, session: SessionDep, settings: SettingsDep) -> Subscribed:
    return Subscribed(
        service.subscribe(session, settings, user, plan_id=body.plan_id, payment_method_id=body.payment_method_id)
    )


@router.post("/subscriptions/confirm", dependencies=[spend_limit("billing")])
def confirm(body: ConfirmBody, user: CurrentUser, session: SessionDep, settings: SettingsDep) -> SubscriptionState:
    """After 3-D Secure: the subscription as Stripe now has it."""
    return service.confirm(session, settings, user, body.subscription_id)


@router.post("/subscriptions/change", dependencies=[spend_limit("billing")])
def change(body: PlanBody, user: CurrentUser, session: SessionDep, settings: SettingsDep) -> SubscriptionState:
    return service.change(session, settings, user, plan_id=body.plan_id)


@router.post("/subscriptions/cancel", dependencies=[spend_limit("billing")])
def cancel(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> SubscriptionState:
    return service.set_cancel(session, settings, user, cancel=True)


@router.post("/subscriptions/resume", dependencies=[spend_limit("billing")])
def resume(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> SubscriptionState:
    return service.set_cancel(session, settings, user, cancel=False)


@router.get("/subscriptions/current")
def current(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> SubscriptionState:
    return service.describe(session, user, grace_days=settings.billing_grace_days)


@router.post("/credits/purchase", dependencies=[spend_limit("billing")], status_code=status.HTTP_201_CREATED)
def purchase(body: PurchaseBody, user: CurrentUser, session: SessionDep, settings: SettingsDep) -> CreditPurchase:
    return CreditPurchase(
        service.buy_credits(
            session,
            settings,
            user,
            packs=body.packs,
            payment_method_id=body.payment_method_id,
            request_id=body.request_id,
        )
    )


@router.get("/billing/invoices")
def invoices(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> InvoiceList:
    return InvoiceList(invoices=service.invoices(session, settings, user))


@router.get("/billing/config")
def config(settings: SettingsDep) -> BillingConfig:
    """What the payment page needs: Stripe.js in production; Stripe's test payment methods, paid from
    the server, in development (Stripe.js cannot load offline)."""
    test_mode = settings.environment == "development"
    return BillingConfig(
        enabled=bool(settings.stripe_secret_key),
        publishable_key=settings.stripe_publishable_key,
        mode="test" if test_mode else "stripe_js",
        test_payment_methods=TEST_PAYMENT_METHODS if test_mode else [],
        credit_pack=CreditPack(**CREDIT_PACK),
    )


@router.post("/webhooks/stripe", include_in_schema=False)
async def stripe_webhook(request: Request, settings: SettingsDep) -> dict[str, Any]:
    payload = await request.body()
    signature = request.headers.get("stripe-signature")
    return await asyncio.to_thread(webhooks.receive, request.app.state.sessions, settings, payload, signature)

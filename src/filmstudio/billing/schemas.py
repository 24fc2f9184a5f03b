"""Billing bodies as the API answers them: a subscription as the user has it, what subscribing or buying
credits did (or what the card still asks for), invoices, and what the payment page needs."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, RootModel

from filmstudio.timestamps import UTCTimestamp


class SubscriptionState(BaseModel):
    """The user's plan and the subscription it comes from (all None on Free without one)."""

    plan: str = Field(description="The tier in force: what the user may do now.")
    status: str = Field(description="active, past_due, incomplete, …")
    subscription_id: str | None = Field(description="Stripe's subscription id.")
    # only with a subscription (absent from the body without one): the plan paid for, which a downgrade
    # leaves in force until the period ends
    paid_plan: str | None = Field(default=None, exclude_if=lambda plan: plan is None)
    current_period_start: UTCTimestamp | None
    current_period_end: UTCTimestamp | None
    cancel_at_period_end: bool
    pending_plan: str | None = Field(description="The plan a downgrade changes to when the period ends.")
    grace_until: UTCTimestamp | None = Field(description="After a failed payment: until when the plan stays.")


class SubscriptionStarted(BaseModel):
    """Subscribed and paid: the plan's credits are granted."""

    subscription_id: str
    status: Literal["active"]
    plan: str
    current_period_start: UTCTimestamp
    current_period_end: UTCTimestamp
    credits_granted: int


class SubscriptionNeedsAction(BaseModel):
    """The card asks for 3-D Secure: the client confirms the payment, then POST /subscriptions/confirm."""

    subscription_id: str
    status: Literal["requires_action"]
    plan: str
    payment_intent_id: str
    client_secret: str
    next_action: str | None


class Subscribed(RootModel[Annotated[SubscriptionStarted | SubscriptionNeedsAction, Field(discriminator="status")]]):
    """What POST /subscriptions/subscribe answers, by its `status`."""


class CreditsBought(BaseModel):
    status: Literal["succeeded"]
    payment_intent_id: str
    credits_added: int
    amount_usd: float
    balance: int = Field(description="The user's credits now.")


class CreditsNeedAction(BaseModel):
    """The card asks for 3-D Secure: the credits are granted when Stripe says the payment succeeded."""

    status: Literal["requires_action"]
    payment_intent_id: str
    client_secret: str
    credits: int


class CreditPurchase(RootModel[Annotated[CreditsBought | CreditsNeedAction, Field(discriminator="status")]]):
    """What POST /credits/purchase answers, by its `status`."""


class Invoice(BaseModel):
    invoice_id: str
    number: str | None
    status: str | None
    amount_usd: float
    reason: str | None = Field(description="Stripe's billing_reason: subscription_create, subscription_cycle, …")
    plan: str | None
    created: UTCTimestamp
    url: str | None = Field(description="Stripe's page for the invoice.")


class InvoiceList(BaseModel):
    invoices: list[Invoice]


class StripeTestCard(BaseModel):
    """One of Stripe's test payment methods, which the server pays with in development."""

    id: str
    label: str


class CreditPack(BaseModel):
    credits: int
    price_usd: int | float  # a whole price stays whole in the JSON


class BillingConfig(BaseModel):
    """What the payment page needs."""

    enabled: bool
    publishable_key: str | None
    mode: Literal["test", "stripe_js"]
    test_payment_methods: list[StripeTestCard]
    credit_pack: CreditPack

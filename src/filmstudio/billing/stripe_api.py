"""Stripe through its official library: one client from the settings (the API base is a setting, so the
same code talks to Stripe or to a local server speaking its protocol), plans ↔ prices, and Stripe's
errors as the studio's."""

from __future__ import annotations

from typing import Any

import stripe

from filmstudio.config import Settings
from filmstudio.errors import NotConfigured, PaymentFailed, ServiceFailed, StudioError

PAID_PLANS = ("standard", "pro", "enterprise")


def client(settings: Settings) -> stripe.StripeClient:
    if not settings.stripe_secret_key:
        raise NotConfigured(
            "Payments are not configured on this studio: set FILMSTUDIO_STRIPE_SECRET_KEY, the "
            "webhook secret and the price ids (see the README, Billing)."
        )
    return stripe.StripeClient(
        settings.stripe_secret_key, base_addresses={"api": settings.stripe_api_base}, max_network_retries=2
    )


def price_of(settings: Settings, plan_id: str) -> str:
    price = {
        "standard": settings.stripe_price_standard,
        "pro": settings.stripe_price_pro,
        "enterprise": settings.stripe_price_enterprise,
    }.get(plan_id)
    if not price:
        raise NotConfigured(
            f"No Stripe price is configured for the {plan_id} plan (FILMSTUDIO_STRIPE_PRICE_{plan_id.upper()})."
        )
    return price


def plan_of(settings: Settings, price_id: str | None) -> str | None:
    prices = {
        settings.stripe_price_standard: "standard",
        settings.stripe_price_pro: "pro",
        settings.stripe_price_enterprise: "enterprise",
    }
    return prices.get(price_id) if price_id else None


def field(obj: Any, *path: str | int, default: Any = None) -> Any:
    """A nested value of a Stripe object (or plain dict), or `default` when any step is missing."""
    node = obj
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return default
        if node is None:
            return default
    return node


def plain(value: Any) -> Any:
    """A Stripe object as plain dicts and lists (StripeObject is not a dict)."""
    return value.to_dict() if hasattr(value, "to_dict") else value


def id_of(value: Any) -> str | None:
    """An expandable field: its id whether Stripe sent the id or the object."""
    if value is None or isinstance(value, str):
        return value
    found = field(value, "id")
    return found if isinstance(found, str) else None


def translate(exc: Exception) -> StudioError:
    if isinstance(exc, StudioError):
        return exc
    if isinstance(exc, stripe.CardError):
        return PaymentFailed(
            exc.user_message or "Your card was declined.",
            details={"decline_code": getattr(exc.error, "decline_code", None) if exc.error else None},
        )
    if isinstance(exc, stripe.InvalidRequestError) and exc.code == "resource_missing" and _names_payment_method(exc):
        # the client's payment method is not one Stripe knows: the client's mistake, not Stripe failing
        return PaymentFailed(
            "Stripe knows no such payment method: enter the card again.",
            details={"decline_code": None, "stripe_code": exc.code},
        )
    if isinstance(exc, stripe.StripeError):
        return ServiceFailed(
            f"Stripe refused the request: {exc.user_message or type(exc).__name__}", details={"stripe_code": exc.code}
        )
    return ServiceFailed(f"Payment failed: {type(exc).__name__}")


def _names_payment_method(exc: stripe.InvalidRequestError) -> bool:
    said = f"{exc.param or ''} {exc.user_message or ''} {exc}".lower()
    return "paymentmethod" in said.replace("_", "").replace(" ", "")

"""Billing against a local Stripe-compatible server, driven by the real `stripe` library, on SQLite and
PostgreSQL: subscribe (3-D Secure and declines included), upgrade, downgrade, cancel and resume, a failed
renewal through past_due to Free, credit packs, refunds and disputes, and webhooks that are signed,
stored once, idempotent and order-independent. The ledger always sums to the balance."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from filmstudio.app import create_app
from tests.billing_helpers import API, TWO_PEOPLE, Webhooks, balance_and_ledger
from tests.conftest import register_and_login
from tests.helpers import assert_error
from tests.stripe_server import StripeServer


@pytest.fixture
def stripe_fake():  # type: ignore[no-untyped-def]
    with StripeServer() as server:
        yield server


@pytest.fixture
def studio(db_settings, stripe_fake):  # type: ignore[no-untyped-def]
    settings = db_settings.model_copy(update=stripe_fake.settings())
    app = create_app(settings, migrate=False)
    with TestClient(app) as client:
        yield client, settings, Webhooks(client, stripe_fake)


def _me(client, auth) -> dict:  # type: ignore[no-untyped-def]
    return client.get(f"{API}/users/me", headers=auth["headers"]).json()


def _subscribe(client, auth, plan="standard", pm="pm_card_visa"):  # type: ignore[no-untyped-def]
    return client.post(
        f"{API}/subscriptions/subscribe", headers=auth["headers"], json={"plan_id": plan, "payment_method_id": pm}
    )


def test_subscribing_changes_the_tier_and_grants_the_plans_credits_once(studio) -> None:  # type: ignore[no-untyped-def]
    client, settings, hooks = studio
    auth = register_and_login(client)
    project = client.post(
        f"{API}/projects",
        headers=auth["headers"],
        json={"title": "Two at the Harbour", "script": TWO_PEOPLE, "settings": {"duration": 6}},
    ).json()
    refused = client.post(f"{API}/projects/{project['project_id']}/generate", headers=auth["headers"], json={})
    assert assert_error(refused, 403, "PLAN_LIMIT_EXCEEDED")["details"]["limit"] == "max_characters"
    response = _subscribe(client, auth)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "active" and body["credits_granted"] == 30 and body["subscription_id"].startswith("sub_")
    assert body["current_period_end"] > body["current_period_start"]
    me = _me(client, auth)
    assert (me["tier"], me["credits"], me["credit_reset_date"]) == ("standard", 33, None)
    assert me["subscription"]["plan"] == "standard"
    hooks.deliver(twice=True)  # the same invoice, reported by webhooks (twice): no second grant
    assert balance_and_ledger(settings, "user@example.com") == (33, 33)
    allowed = client.post(f"{API}/projects/{project['project_id']}/generate", headers=auth["headers"], json={})
    assert allowed.status_code == 202, allowed.text
    history = client.get(f"{API}/users/me/credits", headers=auth["headers"]).json()["history"]
    assert [(e["type"], e["amount"]) for e in history] == [("grant", 30), ("grant", 3)]
    assert_error(_subscribe(client, auth), 409, "INVALID_INPUT")  # one subscription at a time
    invoices = client.get(f"{API}/billing/invoices", headers=auth["headers"]).json()["invoices"]
    assert [(i["status"], i["amount_usd"], i["plan"]) for i in invoices] == [("paid", 39.0, "standard")]


def test_3d_secure_answers_with_what_the_client_must_do(studio, stripe_fake) -> None:  # type: ignore[no-untyped-def]
    client, settings, hooks = studio
    auth = register_and_login(client)
    body = _subscribe(client, auth, pm="pm_card_authenticationRequired").json()
    assert body["status"] == "requires_action" and body["client_secret"].startswith(body["payment_intent_id"])
    assert _me(client, auth)["tier"] == "free"
    hooks.deliver()
    stripe_fake.state.complete_authentication(body["payment_intent_id"])  # the customer passes 3-D Secure
    confirmed = client.post(
        f"{API}/subscriptions/confirm", headers=auth["headers"], json={"subscription_id": body["subscription_id"]}
    ).json()
    assert (confirmed["plan"], confirmed["status"]) == ("standard", "active")
    hooks.deliver(twice=True)
    assert balance_and_ledger(settings, "user@example.com") == (33, 33)


def test_a_declined_card_changes_nothing(studio) -> None:  # type: ignore[no-untyped-def]
    client, settings, hooks = studio
    auth = register_and_login(client)
    error = assert_error(_subscribe(client, auth, pm="pm_card_chargeDeclined"), 402, "PAYMENT_FAILED")
    assert "declined" in error["message"]
    unknown = assert_error(_subscribe(client, auth, pm="no such card"), 402, "PAYMENT_FAILED")  # not a 502
    assert "no such payment method" in unknown["message"]
    hooks.deliver()
    me = _me(client, auth)
    assert (me["tier"], me["credits"]) == ("free", 3)
    assert client.get(f"{API}/subscriptions/current", headers=auth["headers"]).json()["subscription_id"] is None
    assert_error(
        client.post(
            f"{API}/subscriptions/subscribe",
            headers=auth["headers"],
            json={"plan_id": "free", "payment_method_id": "pm_card_visa"},
        ),
        422,
        "INVALID_INPUT",
    )


def test_upgrade_now_and_downgrade_at_the_end_of_the_period(studio, stripe_fake) -> None:  # type: ignore[no-untyped-def]
    client, settings, hooks = studio
    auth = register_and_login(client)
    sub_id = _subscribe(client, auth).json()["subscription_id"]
    up = client.post(f"{API}/subscriptions/change", headers=auth["headers"], json={"plan_id": "pro"}).json()
    assert (up["plan"], up["pending_plan"]) == ("pro", None)
    assert _me(client, auth)["credits"] == 3 + 30 + 30  # pro's 60 a month: 30 more now
    proration = stripe_fake.state.invoices[stripe_fake.state.subscriptions[sub_id]["latest_invoice"]]
    assert proration["billing_reason"] == "subscription_update" and 0 < proration["amount_paid"] <= 1000
    down = client.post(f"{API}/subscriptions/change", headers=auth["headers"], json={"plan_id": "standard"}).json()
    assert (down["plan"], down["pending_plan"]) == ("pro", "standard")  # pro until the period ends
    hooks.deliver(twice=True)
    assert _me(client, auth)["tier"] == "pro"
    stripe_fake.state.renew(sub_id)  # the next period, at the standard price
    hooks.deliver()
    me = _me(client, auth)
    assert (me["tier"], me["credits"]) == ("standard", 30)  # a new month: standard's 30, no rollover
    assert balance_and_ledger(settings, "user@example.com") == (30, 30)
    current = client.get(f"{API}/subscriptions/current", headers=auth["headers"]).json()
    assert (current["plan"], current["pending_plan"], current["status"]) == ("standard", None, "active")


def test_cancel_at_period_end_and_resume(studio, stripe_fake) -> None:  # type: ignore[no-untyped-def]
    client, settings, hooks = studio
    auth = register_and_login(client)
    sub_id = _subscribe(client, auth).json()["subscription_id"]
    cancelled = client.post(f"{API}/subscriptions/cancel", headers=auth["headers"]).json()
    assert cancelled["cancel_at_period_end"] is True and cancelled["plan"] == "standard"
    resumed = client.post(f"{API}/subscriptions/resume", headers=auth["headers"]).json()
    assert resumed["cancel_at_period_end"] is False
    client.post(f"{API}/subscriptions/cancel", headers=auth["headers"])
    stripe_fake.state.renew(sub_id)  # the period ends: the subscription with it
    hooks.deliver()
    me = _me(client, auth)
    assert me["tier"] == "free" and me["credit_reset_date"] is not None  # the free plan's timer again
    assert client.get(f"{API}/subscriptions/current", headers=auth["headers"]).json()["subscription_id"] is None


def test_a_failed_renewal_keeps_the_plan_for_the_grace_period_then_free(studio, stripe_fake) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.billing.service import expire_grace, now
    from filmstudio.db.session import session_factory, session_scope

    client, settings, hooks = studio
    auth = register_and_login(client)
    sub_id = _subscribe(client, auth).json()["subscription_id"]
    stripe_fake.state.renew(sub_id, pay=False)
    hooks.deliver()
    current = client.get(f"{API}/subscriptions/current", headers=auth["headers"]).json()
    assert current["status"] == "past_due" and current["grace_until"]
    assert _me(client, auth)["tier"] == "standard"  # paid features kept meanwhile
    with session_scope(session_factory(settings)) as session:
        assert expire_grace(session, settings, moment=now() + timedelta(days=3)) == 0
    assert _me(client, auth)["tier"] == "standard"
    with session_scope(session_factory(settings)) as session:
        assert expire_grace(session, settings, moment=now() + timedelta(days=8)) == 1
    assert _me(client, auth)["tier"] == "free"
    stripe_fake.state.give_up(sub_id)  # Stripe's retries are over too
    hooks.deliver()
    assert _me(client, auth)["tier"] == "free"
    assert balance_and_ledger(settings, "user@example.com")[0] == balance_and_ledger(settings, "user@example.com")[1]


def test_credit_packs_are_granted_only_when_paid(studio, stripe_fake) -> None:  # type: ignore[no-untyped-def]
    client, settings, hooks = studio
    auth = register_and_login(client)
    bought = client.post(
        f"{API}/credits/purchase", headers=auth["headers"], json={"packs": 2, "payment_method_id": "pm_card_visa"}
    )
    assert bought.status_code == 201, bought.text
    assert (bought.json()["credits_added"], bought.json()["amount_usd"], bought.json()["balance"]) == (
        20,
        10,
        23,
    )
    hooks.deliver(twice=True)
    declined = client.post(
        f"{API}/credits/purchase",
        headers=auth["headers"],
        json={"packs": 1, "payment_method_id": "pm_card_chargeDeclined"},
    )
    assert_error(declined, 402, "PAYMENT_FAILED")
    pending = client.post(
        f"{API}/credits/purchase",
        headers=auth["headers"],
        json={"packs": 1, "payment_method_id": "pm_card_authenticationRequired"},
    ).json()
    assert pending["status"] == "requires_action"
    assert balance_and_ledger(settings, "user@example.com") == (23, 23)  # nothing before it is paid
    stripe_fake.state.complete_authentication(pending["payment_intent_id"])
    hooks.deliver(twice=True)
    assert balance_and_ledger(settings, "user@example.com") == (33, 33)
    assert_error(
        client.post(
            f"{API}/credits/purchase", headers=auth["headers"], json={"packs": 0, "payment_method_id": "pm_card_visa"}
        ),
        422,
        "INVALID_INPUT",
    )


def test_refunds_and_disputes_take_credits_back_never_below_zero(studio, stripe_fake) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.credits.service import lock_user
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import CreditTransaction, User

    client, settings, hooks = studio
    auth = register_and_login(client)
    first = client.post(
        f"{API}/credits/purchase", headers=auth["headers"], json={"packs": 2, "payment_method_id": "pm_card_visa"}
    ).json()
    second = client.post(
        f"{API}/credits/purchase", headers=auth["headers"], json={"packs": 1, "payment_method_id": "pm_card_visa"}
    ).json()
    hooks.deliver()
    stripe_fake.state.refund(first["payment_intent_id"], amount=500)  # half of the $10
    hooks.deliver(twice=True)
    assert balance_and_ledger(settings, "user@example.com") == (23, 23)  # 33 - 10
    stripe_fake.state.refund(first["payment_intent_id"])  # the rest
    hooks.deliver()
    assert balance_and_ledger(settings, "user@example.com") == (13, 13)
    with session_scope(session_factory(settings)) as session:  # spend all but 4 credits
        user = session.query(User).filter_by(email="user@example.com").one()
        from filmstudio.credits.service import _change

        lock_user(session, user.user_id)
        _change(session, user.user_id, -9, type_="deduction", description="films")
    stripe_fake.state.dispute(second["payment_intent_id"])  # 10 credits disputed, 4 left
    hooks.deliver(twice=True)
    assert balance_and_ledger(settings, "user@example.com") == (0, 0)
    with session_scope(session_factory(settings)) as session:
        reversal = session.query(CreditTransaction).filter_by(type="reversal", amount=-4).one()
        assert reversal.meta == {"credits": 10, "debt": 6}  # the debt is recorded


def test_webhook_signatures_are_checked(studio, stripe_fake) -> None:  # type: ignore[no-untyped-def]
    import time

    client, settings, hooks = studio
    auth = register_and_login(client)
    _subscribe(client, auth)
    event = hooks.pending()[0]
    assert_error(hooks.post(event, secret="whsec_wrong"), 400, "INVALID_SIGNATURE")
    assert_error(hooks.post(event, timestamp=int(time.time()) - 3600), 400, "INVALID_SIGNATURE")  # replayed late
    response = client.post(f"{API}/webhooks/stripe", content=b"{}", headers={"Content-Type": "application/json"})
    assert_error(response, 400, "INVALID_SIGNATURE")
    assert hooks.post(event).json() == {"received": True, "duplicate": False}
    assert hooks.post(event).json() == {"received": True, "duplicate": True}


def test_out_of_order_and_duplicated_events_converge_to_stripes_state(studio, stripe_fake) -> None:  # type: ignore[no-untyped-def]
    client, settings, hooks = studio
    auth = register_and_login(client)
    sub_id = _subscribe(client, auth, plan="pro").json()["subscription_id"]
    hooks.pending()  # the subscribe call already applied these; start from the later ones
    client.post(f"{API}/subscriptions/change", headers=auth["headers"], json={"plan_id": "standard"})
    stripe_fake.state.renew(sub_id)
    stripe_fake.state.renew(sub_id, pay=False)
    stripe_fake.state.renew(sub_id)  # paid again: active, standard
    hooks.deliver(twice=True, reverse=True)
    current = client.get(f"{API}/subscriptions/current", headers=auth["headers"]).json()
    assert (current["status"], current["plan"]) == ("active", "standard")
    me = _me(client, auth)
    assert me["tier"] == "standard"
    assert balance_and_ledger(settings, "user@example.com")[0] == balance_and_ledger(settings, "user@example.com")[1]


def test_a_studio_without_stripe_says_so(client) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    response = _subscribe(client, auth)
    assert "FILMSTUDIO_STRIPE_SECRET_KEY" in assert_error(response, 503, "NOT_CONFIGURED")["message"]


def test_concurrent_webhooks_and_purchases_keep_the_ledger_equal_to_the_balance(db_settings, stripe_fake) -> None:  # type: ignore[no-untyped-def]
    """Real HTTP: 25 purchases at once, while their 50 webhook deliveries (each event twice, all at once)
    race with them. Every pack is granted exactly once."""
    import json
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from tests.conftest import STRONG_PASSWORD
    from tests.servers import serving
    from tests.stripe_server import WEBHOOK_SECRET, sign

    # the race, not the per-account limit on purchases (tests/test_spend_limits.py), is what is tested here
    limits = {**db_settings.spend_limits_per_minute, "billing": 1000}
    settings = db_settings.model_copy(update={**stripe_fake.settings(), "spend_limits_per_minute": limits})
    with serving(create_app(settings, migrate=False)) as root:
        base = f"{root}{API}"
        httpx.post(f"{base}/auth/register", json={"email": "buyer@example.com", "password": STRONG_PASSWORD})
        token = httpx.post(
            f"{base}/auth/login", json={"email": "buyer@example.com", "password": STRONG_PASSWORD}
        ).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        first = httpx.post(
            f"{base}/credits/purchase",
            headers=headers,
            json={"packs": 1, "payment_method_id": "pm_card_visa"},
        )
        assert first.status_code == 201, first.text  # the customer exists before the race

        def buy(i: int) -> int:
            return httpx.post(
                f"{base}/credits/purchase",
                headers=headers,
                timeout=60,
                json={"packs": 1, "payment_method_id": "pm_card_visa", "request_id": f"r{i}"},
            ).status_code

        def hook(event: dict) -> int:
            payload = json.dumps(event).encode()
            return httpx.post(
                f"{base}/webhooks/stripe",
                content=payload,
                timeout=60,
                headers={"Content-Type": "application/json", "Stripe-Signature": sign(payload, WEBHOOK_SECRET)},
            ).status_code

        # each payment's webhook is delivered (twice, as Stripe may) as soon as Stripe sends it, while the
        # other purchases are still being made: the ledger is written from both sides at once
        sent: set[str] = set()
        hooks, during = [], 0
        with ThreadPoolExecutor(max_workers=8) as buyers, ThreadPoolExecutor(max_workers=8) as hookers:
            purchases = [buyers.submit(buy, i) for i in range(24)]
            while True:
                buying = not all(p.done() for p in purchases)
                for event in list(stripe_fake.state.events):
                    if event["type"] == "payment_intent.succeeded" and event["id"] not in sent:
                        sent.add(event["id"])
                        hooks += [hookers.submit(hook, event), hookers.submit(hook, event)]
                        during += buying
                if not buying:
                    break
                time.sleep(0.005)
            bought = [p.result() for p in purchases]
            delivered = [h.result() for h in hooks]
        assert bought == [201] * 24 and delivered == [200] * 50
        assert during >= 5, "the webhooks did not race the purchases"
        credits = httpx.get(f"{base}/users/me/credits", headers=headers).json()
    assert credits["balance"] == 3 + 25 * 10
    assert balance_and_ledger(settings, "buyer@example.com") == (253, 253)
    purchases = [e for e in credits["history"] if e["type"] == "purchase"]
    assert len(purchases) == 25 and sorted(e["balance_after"] for e in purchases) == [3 + 10 * i for i in range(1, 26)]

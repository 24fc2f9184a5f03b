"""A local peer for Stripe's REST API, the parts the studio uses, over real HTTP: form-encoded requests
with bracketed keys, bearer secret keys, Stripe's error objects, `expand[]`, and signed webhook events
(`Stripe-Signature: t=…,v1=HMAC-SHA256`). The real `stripe` library drives it.

Stripe's test payment methods behave as in test mode: `pm_card_visa` pays, `pm_card_chargeDeclined` is
declined, `pm_card_authenticationRequired` needs 3-D Secure (finished with `complete_authentication`).
What the test clock would do is a method here: `renew` (a new period, paid or failed), `give_up` (the
subscription is cancelled after failed retries), `dispute`. Events are kept in order in `events`, and
delivered to `webhook_url` when one is set."""

from __future__ import annotations

import hashlib
import hmac
import json
import queue
import re
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlparse

import httpx

from tests.fake_server import FakeServer, StateServer

SECRET_KEY = "sk_test_studio_" + "4" * 24
PUBLISHABLE_KEY = "pk_test_studio_" + "4" * 24
WEBHOOK_SECRET = "whsec_studio_test_" + "5" * 24
API_VERSION = "2026-10-28.endive"
PRICES = {"price_standard": 3900, "price_pro": 4900, "price_enterprise": 9900, "price_credit_pack": 500}
CARDS = {
    "pm_card_visa": "succeeds",
    "pm_card_chargeDeclined": "declined",
    "pm_card_authenticationRequired": "authenticate",
}
MONTH = 30 * 24 * 3600


def decode_form(body: str) -> dict[str, Any]:
    """Stripe's form encoding: `items[0][price]=x&expand[0]=y&metadata[k]=v` into nested dicts and lists."""
    out: dict[str, Any] = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        parts = re.findall(r"[^\[\]]+", key)
        node: Any = out
        for part, following in zip(parts, [*parts[1:], None], strict=True):
            if following is None:
                node[part] = value
            else:
                node = node.setdefault(part, {})
    return _lists(out)


def _lists(node: Any) -> Any:
    if isinstance(node, dict):
        if node and all(k.isdigit() for k in node):
            return [_lists(node[k]) for k in sorted(node, key=int)]
        return {k: _lists(v) for k, v in node.items()}
    return node


def sign(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


class CardError(Exception):
    def __init__(self, message: str, decline_code: str, payment_intent: dict | None = None) -> None:
        super().__init__(message)
        self.decline_code, self.payment_intent = decline_code, payment_intent


class StripeState:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.customers: dict[str, dict] = {}
        self.payment_methods: dict[str, dict] = {}
        self.subscriptions: dict[str, dict] = {}
        self.invoices: dict[str, dict] = {}
        self.payment_intents: dict[str, dict] = {}
        self.charges: dict[str, dict] = {}
        self.events: list[dict] = []
        self.requests: list[tuple[str, str]] = []
        self.webhook_url: str | None = None
        self.clock = int(time.time())
        self._outbox: queue.Queue[dict | None] = queue.Queue()
        self._invoice_number = 0

    @staticmethod
    def new_id(prefix: str) -> str:
        return f"{prefix}_{secrets.token_hex(12)}"

    # ---- events ----
    def emit(self, type_: str, obj: dict) -> dict:
        event = {
            "id": self.new_id("evt"),
            "object": "event",
            "api_version": API_VERSION,
            "created": int(time.time()),
            "type": type_,
            "data": {"object": json.loads(json.dumps(obj))},
            "livemode": False,
            "pending_webhooks": 1,
            "request": {"id": None, "idempotency_key": None},
        }
        self.events.append(event)
        if self.webhook_url:
            self._outbox.put(event)
        return event

    def deliver_forever(self) -> None:
        """One delivery thread, in order, as Stripe would (with retries on failure)."""
        while (event := self._outbox.get()) is not None:
            payload = json.dumps(event).encode()
            for _ in range(5):
                try:
                    response = httpx.post(
                        self.webhook_url or "",
                        content=payload,
                        timeout=30,
                        headers={"Content-Type": "application/json", "Stripe-Signature": sign(payload, WEBHOOK_SECRET)},
                    )
                    if response.status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.2)

    # ---- payments ----
    def charge(self, customer: str, pm: str | None, amount: int, metadata: dict, *, invoice: str | None = None) -> dict:
        behaviour = CARDS.get(pm or "", "succeeds" if pm in self.payment_methods else "declined")
        intent = {
            "id": self.new_id("pi"),
            "object": "payment_intent",
            "amount": amount,
            "currency": "usd",
            "customer": customer,
            "payment_method": pm,
            "metadata": metadata,
            "status": "processing",
            "latest_charge": None,
            "next_action": None,
            "last_payment_error": None,
            "invoice": invoice,
            "created": self.clock,
        }
        intent["client_secret"] = f"{intent['id']}_secret_{secrets.token_hex(8)}"
        self.payment_intents[intent["id"]] = intent
        if behaviour == "authenticate":
            intent["status"] = "requires_action"
            intent["next_action"] = {
                "type": "use_stripe_sdk",
                "use_stripe_sdk": {"type": "three_d_secure_redirect"},
            }
        elif behaviour == "declined":
            intent["status"] = "requires_payment_method"
            intent["last_payment_error"] = {
                "type": "card_error",
                "code": "card_declined",
                "decline_code": "generic_decline",
                "message": "Your card was declined.",
            }
            self.emit("payment_intent.payment_failed", intent)
        else:
            self._succeed(intent)
        return intent

    def _succeed(self, intent: dict) -> None:
        charge = {
            "id": self.new_id("ch"),
            "object": "charge",
            "amount": intent["amount"],
            "amount_refunded": 0,
            "refunded": False,
            "payment_intent": intent["id"],
            "customer": intent["customer"],
            "refunds": {"object": "list", "data": []},
            "status": "succeeded",
        }
        self.charges[charge["id"]] = charge
        intent.update(status="succeeded", latest_charge=charge["id"], next_action=None)
        self.emit("charge.succeeded", charge)
        self.emit("payment_intent.succeeded", intent)

    def complete_authentication(self, intent_id: str) -> None:
        """The customer passed 3-D Secure."""
        with self.lock:
            intent = self.payment_intents[intent_id]
            assert intent["status"] == "requires_action"
            self._succeed(intent)
            if intent["invoice"]:
                invoice = self.invoices[intent["invoice"]]
                self._invoice_paid(invoice)
                sub = self.subscriptions[invoice["parent"]["subscription_details"]["subscription"]]
                sub["status"] = "active"
                self.emit("customer.subscription.updated", sub)

    # ---- invoices ----
    def invoice(self, sub: dict, amount: int, reason: str, start: int, end: int) -> dict:
        self._invoice_number += 1
        invoice = {
            "id": self.new_id("in"),
            "object": "invoice",
            "customer": sub["customer"],
            "status": "open",
            "billing_reason": reason,
            "amount_due": amount,
            "amount_paid": 0,
            "currency": "usd",
            "created": self.clock,
            "number": f"STUDIO-{self._invoice_number:04d}",
            "hosted_invoice_url": None,
            "parent": {"type": "subscription_details", "subscription_details": {"subscription": sub["id"]}},
            "lines": {
                "object": "list",
                "data": [
                    {
                        "id": self.new_id("il"),
                        "object": "line_item",
                        "amount": amount,
                        "period": {"start": start, "end": end},
                        "pricing": {
                            "type": "price_details",
                            "price_details": {"price": sub["items"]["data"][0]["price"]["id"]},
                        },
                    }
                ],
            },
            "payments": {"object": "list", "data": []},
            "confirmation_secret": None,
        }
        self.invoices[invoice["id"]] = invoice
        sub["latest_invoice"] = invoice["id"]
        self.emit("invoice.created", invoice)
        intent = self.charge(sub["customer"], sub["default_payment_method"], amount, {}, invoice=invoice["id"])
        invoice["payments"]["data"].append(
            {
                "object": "invoice_payment",
                "status": "open",
                "payment": {"type": "payment_intent", "payment_intent": intent["id"]},
            }
        )
        invoice["confirmation_secret"] = {"type": "payment_intent", "client_secret": intent["client_secret"]}
        if intent["status"] == "succeeded":
            self._invoice_paid(invoice)
        elif intent["status"] == "requires_action":
            self.emit("invoice.payment_action_required", invoice)
        else:
            self.emit("invoice.payment_failed", invoice)
        return invoice

    def _invoice_paid(self, invoice: dict) -> None:
        invoice.update(status="paid", amount_paid=invoice["amount_due"])
        invoice["payments"]["data"][0]["status"] = "paid"
        self.emit("invoice.paid", invoice)
        self.emit("invoice.payment_succeeded", invoice)

    # ---- subscriptions ----
    def price(self, price_id: str) -> dict:
        return {
            "id": price_id,
            "object": "price",
            "unit_amount": PRICES[price_id],
            "currency": "usd",
            "recurring": None if price_id == "price_credit_pack" else {"interval": "month"},
            "product": f"prod_{price_id.removeprefix('price_')}",
        }

    def create_subscription(self, params: dict) -> dict:
        customer = self.customers[params["customer"]]
        pm = params.get("default_payment_method") or customer["invoice_settings"].get("default_payment_method")
        start = self.clock
        sub = {
            "id": self.new_id("sub"),
            "object": "subscription",
            "customer": customer["id"],
            "status": "incomplete",
            "cancel_at_period_end": False,
            "canceled_at": None,
            "created": start,
            "default_payment_method": pm,
            "metadata": params.get("metadata", {}),
            "latest_invoice": None,
            "items": {
                "object": "list",
                "data": [
                    {
                        "id": self.new_id("si"),
                        "object": "subscription_item",
                        "quantity": 1,
                        "price": self.price(params["items"][0]["price"]),
                        "current_period_start": start,
                        "current_period_end": start + MONTH,
                    }
                ],
            },
        }
        self.subscriptions[sub["id"]] = sub
        self.emit("customer.subscription.created", sub)
        invoice = self.invoice(
            sub, sub["items"]["data"][0]["price"]["unit_amount"], "subscription_create", start, start + MONTH
        )
        if invoice["status"] == "paid":
            sub["status"] = "active"
            self.emit("customer.subscription.updated", sub)
        return sub

    def update_subscription(self, sub: dict, params: dict) -> dict:
        if "cancel_at_period_end" in params:
            sub["cancel_at_period_end"] = params["cancel_at_period_end"] == "true"
        if params.get("items"):
            item = sub["items"]["data"][0]
            assert params["items"][0]["id"] == item["id"], "an item is changed by its id"
            old = item["price"]["unit_amount"]
            item["price"] = self.price(params["items"][0]["price"])
            if params.get("proration_behavior") == "always_invoice" and item["price"]["unit_amount"] > old:
                left = (item["current_period_end"] - self.clock) / MONTH
                amount = round((item["price"]["unit_amount"] - old) * left)
                self.invoice(sub, amount, "subscription_update", self.clock, item["current_period_end"])
        self.emit("customer.subscription.updated", sub)
        return sub

    def renew(self, sub_id: str, *, pay: bool = True) -> dict:
        """The period ends: a cancelling subscription ends; any other is invoiced for the next period."""
        with self.lock:
            sub = self.subscriptions[sub_id]
            item = sub["items"]["data"][0]
            self.clock = item["current_period_end"]
            if sub["cancel_at_period_end"]:
                sub.update(status="canceled", canceled_at=self.clock)
                self.emit("customer.subscription.deleted", sub)
                return sub
            item["current_period_start"], item["current_period_end"] = self.clock, self.clock + MONTH
            sub["default_payment_method"] = "pm_card_visa" if pay else "pm_card_chargeDeclined"
            invoice = self.invoice(
                sub, item["price"]["unit_amount"], "subscription_cycle", self.clock, self.clock + MONTH
            )
            sub["status"] = "active" if invoice["status"] == "paid" else "past_due"
            self.emit("customer.subscription.updated", sub)
            return sub

    def give_up(self, sub_id: str) -> None:
        """Smart retries exhausted: the subscription is cancelled."""
        with self.lock:
            sub = self.subscriptions[sub_id]
            sub.update(status="canceled", canceled_at=self.clock)
            self.emit("customer.subscription.deleted", sub)

    def refund(self, intent_id: str, amount: int | None = None) -> dict:
        with self.lock:
            intent = self.payment_intents[intent_id]
            charge = self.charges[intent["latest_charge"]]
            amount = amount or charge["amount"] - charge["amount_refunded"]
            refund = {
                "id": self.new_id("re"),
                "object": "refund",
                "amount": amount,
                "payment_intent": intent_id,
                "charge": charge["id"],
                "status": "succeeded",
            }
            charge["amount_refunded"] += amount
            charge["refunded"] = charge["amount_refunded"] >= charge["amount"]
            charge["refunds"]["data"].insert(0, refund)
            self.emit("charge.refunded", charge)
            return refund

    def dispute(self, intent_id: str) -> dict:
        with self.lock:
            intent = self.payment_intents[intent_id]
            dispute = {
                "id": self.new_id("dp"),
                "object": "dispute",
                "amount": intent["amount"],
                "charge": intent["latest_charge"],
                "payment_intent": intent_id,
                "status": "needs_response",
                "reason": "fraudulent",
            }
            self.emit("charge.dispute.created", dispute)
            return dispute


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: StateServer

    def log_message(self, *args: Any) -> None:
        pass

    @property
    def state(self) -> StripeState:
        return self.server.state

    def _send(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Request-Id", "req_" + secrets.token_hex(7))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, type_: str, message: str, **extra: Any) -> None:
        self._send(status, {"error": {"type": type_, "message": message, **extra}})

    def _handle(self, method: str) -> None:
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        params = decode_form(raw if method == "POST" else url.query)
        self.state.requests.append((method, url.path))
        if self.headers.get("Authorization") != f"Bearer {SECRET_KEY}":
            self._error(401, "invalid_request_error", "Invalid API Key provided.")
            return
        with self.state.lock:
            try:
                status, body = self._route(method, url.path, params)
            except CardError as exc:
                self._error(
                    402,
                    "card_error",
                    str(exc),
                    code="card_declined",
                    decline_code=exc.decline_code,
                    payment_intent=exc.payment_intent,
                )
                return
            except KeyError as exc:
                self._error(404, "invalid_request_error", f"No such object: {exc}", code="resource_missing")
                return
        self._send(status, self._expand(body, params.get("expand", [])))

    def _expand(self, body: dict, paths: list[str]) -> dict:
        body = json.loads(json.dumps(body))
        for path in paths:
            node, parts = body, path.split(".")
            for i, part in enumerate(parts):
                value = node.get(part)
                if isinstance(value, str):
                    table = {
                        "latest_invoice": self.state.invoices,
                        "payment_intent": self.state.payment_intents,
                        "customer": self.state.customers,
                    }.get(part)
                    if table is not None and value in table:
                        node[part] = json.loads(json.dumps(table[value]))
                        value = node[part]
                if not isinstance(value, dict) or i == len(parts) - 1:
                    break
                node = value
        return body

    def _route(self, method: str, path: str, p: dict) -> tuple[int, dict]:
        s = self.state
        if (method, path) == ("POST", "/v1/customers"):
            customer = {
                "id": s.new_id("cus"),
                "object": "customer",
                "email": p.get("email"),
                "metadata": p.get("metadata", {}),
                "invoice_settings": {"default_payment_method": None},
            }
            s.customers[customer["id"]] = customer
            return 200, customer
        if m := re.fullmatch(r"/v1/customers/(\w+)", path):
            customer = s.customers[m.group(1)]
            if method == "POST":
                customer["invoice_settings"].update(p.get("invoice_settings", {}))
            return 200, customer
        if (m := re.fullmatch(r"/v1/payment_methods/(\w+)/attach", path)) and method == "POST":
            s.customers[p["customer"]]  # noqa: B018  (must exist)
            pm = {
                "id": m.group(1),
                "object": "payment_method",
                "type": "card",
                "customer": p["customer"],
                "card": {"brand": "visa", "last4": "4242" if m.group(1) == "pm_card_visa" else "0002"},
            }
            s.payment_methods[pm["id"]] = pm
            return 200, pm
        if m := re.fullmatch(r"/v1/prices/(\w+)", path):
            return 200, s.price(m.group(1))
        if (method, path) == ("POST", "/v1/subscriptions"):
            return 200, s.create_subscription(p)
        if m := re.fullmatch(r"/v1/subscriptions/(\w+)", path):
            sub = s.subscriptions[m.group(1)]
            if method == "POST":
                return 200, s.update_subscription(sub, p)
            if method == "DELETE":
                sub.update(status="canceled", canceled_at=s.clock)
                s.emit("customer.subscription.deleted", sub)
            return 200, sub
        if (method, path) == ("POST", "/v1/payment_intents"):
            assert p.get("confirm") == "true" and int(p["amount"]) > 0, p
            intent = s.charge(p["customer"], p.get("payment_method"), int(p["amount"]), p.get("metadata", {}))
            if intent["status"] == "requires_payment_method":
                raise CardError("Your card was declined.", "generic_decline", intent)
            return 200, intent
        if m := re.fullmatch(r"/v1/payment_intents/(\w+)", path):
            return 200, s.payment_intents[m.group(1)]
        if (method, path) == ("GET", "/v1/invoices"):
            data = sorted(
                (i for i in s.invoices.values() if i["customer"] == p.get("customer")),
                key=lambda i: i["created"],
                reverse=True,
            )
            return 200, {
                "object": "list",
                "data": data[: int(p.get("limit", 10))],
                "has_more": False,
                "url": "/v1/invoices",
            }
        if m := re.fullmatch(r"/v1/invoices/(\w+)", path):
            return 200, s.invoices[m.group(1)]
        if m := re.fullmatch(r"/v1/charges/(\w+)", path):
            return 200, s.charges[m.group(1)]
        if (method, path) == ("POST", "/v1/refunds"):
            return 200, s.refund(p["payment_intent"], int(p["amount"]) if p.get("amount") else None)
        raise KeyError(path)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")


class StripeServer(FakeServer):
    """`with StripeServer() as stripe_fake:` — .url, .state, .settings() for the studio."""

    def __init__(self) -> None:
        super().__init__(_Handler)
        self.state = StripeState()
        self.serve(self.state, self.state.deliver_forever)  # webhooks go out from their own thread

    def stopping(self) -> None:
        self.state._outbox.put(None)

    def settings(self) -> dict[str, Any]:
        return {
            "stripe_secret_key": SECRET_KEY,
            "stripe_publishable_key": PUBLISHABLE_KEY,
            "stripe_webhook_secret": WEBHOOK_SECRET,
            "stripe_api_base": self.url,
            "stripe_price_standard": "price_standard",
            "stripe_price_pro": "price_pro",
            "stripe_price_enterprise": "price_enterprise",
            "stripe_price_credit_pack": "price_credit_pack",
        }

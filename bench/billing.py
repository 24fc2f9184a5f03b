"""Billing under concurrency: credit-pack purchases at once against `filmstudio serve`, with every Stripe
webhook delivered several times at once (Stripe retries and duplicates). Prints throughput, webhook
latency, how many deliveries were recognised as duplicates, and whether every pack was granted once.

The Stripe side is the local Stripe-compatible server of the tests (no network).
Run: `.venv/bin/python bench/billing.py [--database-url postgresql://...] [--purchases 100] [--copies 3]`
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.stripe_server import WEBHOOK_SECRET, StripeServer, sign  # noqa: E402

from studio import running_studio  # noqa: E402

PASSWORD = "SecurePass123!"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--purchases", type=int, default=100)
    parser.add_argument("--copies", type=int, default=3, help="deliveries of each webhook event")
    parser.add_argument("--threads", type=int, default=16)
    args = parser.parse_args()
    with StripeServer() as fake:
        env = {f"FILMSTUDIO_{k.upper()}": str(v) for k, v in fake.settings().items()}
        if args.database_url:
            env["FILMSTUDIO_DATABASE_URL"] = args.database_url
        with running_studio(**env) as (base, _):
            httpx.post(f"{base}/auth/register", json={"email": "bench@example.com", "password": PASSWORD})
            token = httpx.post(f"{base}/auth/login", json={"email": "bench@example.com", "password": PASSWORD}).json()
            headers = {"Authorization": f"Bearer {token['access_token']}"}

            def buy(i: int) -> int:
                return httpx.post(
                    f"{base}/credits/purchase",
                    headers=headers,
                    timeout=120,
                    json={"packs": 1, "payment_method_id": "pm_card_visa", "request_id": f"bench-{i}"},
                ).status_code

            def deliver(event: dict) -> tuple[int, bool, float]:
                payload = json.dumps(event).encode()
                started = time.perf_counter()
                response = httpx.post(
                    f"{base}/webhooks/stripe",
                    content=payload,
                    timeout=120,
                    headers={"Content-Type": "application/json", "Stripe-Signature": sign(payload, WEBHOOK_SECRET)},
                )
                return (
                    response.status_code,
                    response.json().get("duplicate", False),
                    time.perf_counter() - started,
                )

            buy(-1)  # the customer exists before the race
            with ThreadPoolExecutor(max_workers=args.threads) as pool:
                started = time.perf_counter()
                bought = list(pool.map(buy, range(args.purchases)))
                buy_seconds = time.perf_counter() - started
                events = list(fake.state.events)
                copies = [e for e in events for _ in range(args.copies)]
                started = time.perf_counter()
                delivered = list(pool.map(deliver, copies))
                hook_seconds = time.perf_counter() - started
            credits = httpx.get(f"{base}/users/me/credits", headers=headers).json()
    latencies = sorted(d[2] * 1000 for d in delivered)
    expected = 3 + 10 * (args.purchases + 1)
    print(
        json.dumps(
            {
                "database": "postgresql" if args.database_url else "sqlite",
                "purchases": args.purchases,
                "purchases_ok": bought.count(201),
                "purchases_per_s": round(args.purchases / buy_seconds, 1),
                "webhook_deliveries": len(copies),
                "distinct_events": len(events),
                "deliveries_per_s": round(len(copies) / hook_seconds, 1),
                "webhook_p50_ms": round(statistics.median(latencies), 1),
                "webhook_p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 1),
                "acted_on": sum(1 for d in delivered if d[0] == 200 and not d[1]),
                "recognised_duplicates": sum(1 for d in delivered if d[1]),
                "non_200": sum(1 for d in delivered if d[0] != 200),
                "balance": credits["balance"],
                "expected_balance": expected,
                "granted_once": credits["balance"] == expected,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()

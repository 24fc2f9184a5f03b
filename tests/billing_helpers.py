"""For billing tests: a studio pointed at the local Stripe server, and webhook delivery under the test's
control (in order, twice, reversed, or concurrently)."""

from __future__ import annotations

import json

from tests.stripe_server import WEBHOOK_SECRET, StripeServer, sign

API = "/api/v1"
TWO_PEOPLE = "ASHA: The tide is turning.\nRAVI: Then we sail at dawn.\nASHA: Bring the lantern."


class Webhooks:
    """Posts the fake's events to the studio as Stripe would, signed with the webhook secret."""

    def __init__(self, client, stripe_fake: StripeServer) -> None:  # type: ignore[no-untyped-def]
        self.client, self.fake, self.sent = client, stripe_fake, 0

    def post(self, event: dict, *, secret: str = WEBHOOK_SECRET, timestamp: int | None = None):  # type: ignore[no-untyped-def]
        payload = json.dumps(event).encode()
        return self.client.post(
            f"{API}/webhooks/stripe",
            content=payload,
            headers={"Content-Type": "application/json", "Stripe-Signature": sign(payload, secret, timestamp)},
        )

    def pending(self) -> list[dict]:
        events = self.fake.state.events[self.sent :]
        self.sent = len(self.fake.state.events)
        return events

    def deliver(self, *, twice: bool = False, reverse: bool = False) -> list[dict]:
        events = self.pending()
        for event in reversed(events) if reverse else events:
            for _ in range(2 if twice else 1):
                response = self.post(event)
                assert response.status_code == 200, response.text
        return events


def balance_and_ledger(settings, email: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from filmstudio.credits.service import ledger_sum
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import User

    with session_scope(session_factory(settings)) as session:
        user = session.scalar(select(User).where(User.email == email))
        return user.credits, ledger_sum(session, user.user_id)

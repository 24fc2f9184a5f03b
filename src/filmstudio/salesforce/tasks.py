"""The outbox is drained by the workers, whichever backend runs them: a thread beside the embedded pool,
or a Celery task each Celery worker's sweeper sends (`filmstudio.salesforce_drain`)."""

from __future__ import annotations

import logging
import threading

from filmstudio.config import Settings
from filmstudio.db.session import session_factory
from filmstudio.salesforce.client import SalesforceClient
from filmstudio.salesforce.sync import drain

log = logging.getLogger("filmstudio.salesforce")
TASK = "filmstudio.salesforce_drain"


_CLIENTS: dict[tuple, SalesforceClient] = {}  # one per org in a process, so its session is reused


def client_for(settings: Settings) -> SalesforceClient:
    key = (settings.salesforce_login_url, settings.salesforce_consumer_key, settings.salesforce_username)
    if key not in _CLIENTS:
        _CLIENTS[key] = SalesforceClient(settings)
    return _CLIENTS[key]


def drain_once(settings: Settings, client: SalesforceClient | None = None) -> dict[str, int]:
    """Send everything due, batch after batch, until the outbox has nothing due or a batch fails."""
    sessions, client = session_factory(settings), client or client_for(settings)
    total = {"synced": 0, "failed": 0}
    while True:
        sent = drain(sessions, client)
        total = {k: total[k] + sent[k] for k in total}
        if sent["failed"] or not sent["synced"]:
            return total


def drain_every(settings: Settings, stop: threading.Event) -> threading.Thread:
    client = client_for(settings)

    def loop() -> None:
        while not stop.wait(settings.salesforce_drain_seconds):
            try:
                drain_once(settings, client)
            except Exception:  # the database was away: the next round tries again
                log.exception("draining the salesforce outbox failed")

    thread = threading.Thread(target=loop, name="salesforce-outbox", daemon=True)
    thread.start()
    return thread

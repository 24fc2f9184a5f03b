"""Salesforce through `simple-salesforce`, signed in with the OAuth 2.0 JWT bearer flow: the connected
app's consumer key, the integration user and the private key from settings make a short JWT, which the
token endpoint exchanges for a session. The session is reused until the org's session timeout, and
taken again once when Salesforce says it expired."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

import jwt
import requests

from filmstudio.config import Settings
from filmstudio.errors import NotConfigured, ServiceFailed

BATCH = 200  # records per sObject Collections request, Salesforce's limit
EXPIRY_MARGIN = 60.0


@dataclass(frozen=True)
class Result:
    external_id: str
    salesforce_id: str | None
    error: str | None


class _Session(requests.Session):
    """A configured CA bundle wins over REQUESTS_CA_BUNDLE (which requests otherwise lets override it)."""

    def __init__(self, ca_bundle: str | None) -> None:
        super().__init__()
        self.ca_bundle = ca_bundle

    def merge_environment_settings(self, url, proxies, stream, verify, cert):  # typed by requests
        merged = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if self.ca_bundle:
            merged["verify"] = self.ca_bundle
        return merged


class SalesforceClient:
    def __init__(self, settings: Settings) -> None:
        if not settings.salesforce_enabled:
            raise NotConfigured(
                "Salesforce is not configured: set FILMSTUDIO_SALESFORCE_CONSUMER_KEY, "
                "FILMSTUDIO_SALESFORCE_USERNAME and FILMSTUDIO_SALESFORCE_PRIVATE_KEY_PATH."
            )
        self.settings = settings
        self.http = _Session(str(settings.salesforce_ca_bundle) if settings.salesforce_ca_bundle else None)
        self._lock = threading.Lock()
        self._sf: Any = None
        self._expires = 0.0

    # ---- the session ----
    def _assertion(self) -> str:
        path = self.settings.salesforce_private_key_path
        if path is None:  # salesforce_enabled asks for it
            raise NotConfigured("Salesforce needs FILMSTUDIO_SALESFORCE_PRIVATE_KEY_PATH.")
        key = path.read_bytes()
        now = int(time.time())
        claims = {
            "iss": self.settings.salesforce_consumer_key,
            "sub": self.settings.salesforce_username,
            "aud": self.settings.salesforce_login_url.rstrip("/"),
            "exp": now + 180,
        }
        return jwt.encode(claims, key, algorithm="RS256")

    def _connect(self) -> Any:
        from simple_salesforce import Salesforce

        url = self.settings.salesforce_login_url.rstrip("/") + "/services/oauth2/token"
        try:
            answer = self.http.post(
                url,
                timeout=30,
                data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": self._assertion()},
            )
        except requests.RequestException as exc:
            raise ServiceFailed(f"Salesforce could not be reached: {exc}") from exc
        if answer.status_code != 200:
            raise ServiceFailed(f"Salesforce refused the sign-in ({answer.status_code}): {answer.text[:200]}")
        token = answer.json()
        self._expires = time.monotonic() + self.settings.salesforce_session_seconds - EXPIRY_MARGIN
        return Salesforce(
            instance_url=token["instance_url"],
            session_id=token["access_token"],
            version=self.settings.salesforce_api_version,
            session=self.http,
        )

    def _salesforce(self, fresh: bool = False) -> Any:
        with self._lock:
            if fresh or self._sf is None or time.monotonic() >= self._expires:
                self._sf = self._connect()
            return self._sf

    def _call(self, action: Any) -> Any:
        """Run `action(sf)`; a session Salesforce says expired is taken again, once."""
        from simple_salesforce.exceptions import SalesforceError, SalesforceExpiredSession

        try:
            try:
                return action(self._salesforce())
            except SalesforceExpiredSession:
                return action(self._salesforce(fresh=True))
        except SalesforceError as exc:
            raise ServiceFailed(f"Salesforce answered {exc.status}: {str(exc.content)[:300]}") from exc
        except requests.RequestException as exc:
            raise ServiceFailed(f"Salesforce could not be reached: {exc}") from exc

    # ---- records ----
    def upsert(self, sobject: str, external_id: str, records: list[dict[str, Any]]) -> list[Result]:
        """Upsert by external id through sObject Collections, 200 at a time; each record's own outcome."""
        results: list[Result] = []
        path = f"composite/sobjects/{sobject}/{external_id}"
        for start in range(0, len(records), BATCH):
            batch = records[start : start + BATCH]
            answer = self._call(
                lambda sf, batch=batch: sf.restful(path, method="PATCH", json={"allOrNone": False, "records": batch})
            )
            for sent, outcome in zip(batch, answer, strict=True):
                errors = "; ".join(f"{e.get('statusCode')}: {e.get('message')}" for e in outcome.get("errors") or [])
                results.append(
                    Result(
                        sent[external_id],
                        outcome.get("id") if outcome.get("success") else None,
                        None if outcome.get("success") else errors or "rejected",
                    )
                )
        return results

    def bulk_upsert(self, sobject: str, external_id: str, rows: list[dict[str, Any]]) -> dict[str, int]:
        """Many records through Bulk API 2.0 (an ingest job per 10,000 rows), for a first backfill."""
        if not rows:
            return {"processed": 0, "failed": 0}
        jobs = self._call(
            lambda sf: getattr(sf.bulk2, sobject).upsert(
                records=rows, external_id_field=external_id, batch_size=10_000, wait=0.2
            )
        )
        return {
            "processed": sum(int(j["numberRecordsProcessed"]) for j in jobs),
            "failed": sum(int(j["numberRecordsFailed"]) for j in jobs),
        }

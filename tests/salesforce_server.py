"""A local peer for Salesforce, speaking the parts the studio uses over HTTPS, so the real
`simple-salesforce` drives it: the OAuth 2.0 JWT bearer token endpoint (the assertion's signature,
issuer, subject, audience and expiry checked against the connected app's certificate), sObject
Collections upsert by external id (PATCH /composite/sobjects/{object}/{field}), and Bulk API 2.0 ingest
jobs (create, upload CSV, close, poll). Records are checked against the objects defined in
`salesforce/force-app` (fields, restricted picklists, lookups by a parent's external id), so a field the
studio sends that the org lacks fails here as it would there.

Faults a test can ask for: the whole org down (503), every session expired (401 INVALID_SESSION_ID)."""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from tests.fake_server import FakeServer, StateServer

CONSUMER_KEY = "3MVG9studio.test.consumer.key"
USERNAME = "integration@filmstudio.test"
METADATA = Path(__file__).resolve().parents[1] / "salesforce" / "force-app" / "main" / "default" / "objects"
NS = {"m": "http://soap.sforce.com/2006/04/metadata"}
STANDARD_FIELDS = {"Contact": {"LastName", "FirstName", "Email"}}
PREFIXES = {"Contact": "003"}


@dataclass
class FieldDef:
    name: str
    type: str
    values: set[str] = field(default_factory=set)
    reference_to: str | None = None
    external_id: bool = False


def org_schema() -> dict[str, dict[str, FieldDef]]:
    """The objects and fields the repository defines for the org (SFDX source format)."""
    schema: dict[str, dict[str, FieldDef]] = {}
    for folder in sorted(METADATA.iterdir()):
        fields = {name: FieldDef(name, "Standard") for name in STANDARD_FIELDS.get(folder.name, ())}
        for path in sorted((folder / "fields").glob("*.field-meta.xml")):
            root = ET.parse(path).getroot()
            name = root.findtext("m:fullName", namespaces=NS)
            fields[name] = FieldDef(
                name,
                root.findtext("m:type", namespaces=NS),
                {v.findtext("m:fullName", namespaces=NS) for v in root.iterfind(".//m:value", NS)},
                root.findtext("m:referenceTo", namespaces=NS),
                root.findtext("m:externalId", namespaces=NS) == "true",
            )
        schema[folder.name] = fields
    return schema


class SalesforceState:
    def __init__(self, url: str, public_key: bytes) -> None:
        self.lock = threading.Lock()
        self.url, self.public_key = url, public_key
        self.schema = org_schema()
        self.tokens: set[str] = set()
        self.records: dict[str, dict[str, dict[str, Any]]] = {
            name: {} for name in self.schema
        }  # object -> id -> fields
        self.jobs: dict[str, dict[str, Any]] = {}
        self.down = False
        self.token_requests = 0
        self.upserts: list[tuple[str, str, bool]] = []  # (object, external id, created)
        self.log: list[str] = []

    # ---- the org ----
    def find(self, sobject: str, field_name: str, value: str) -> str | None:
        return next((rid for rid, rec in self.records[sobject].items() if rec.get(field_name) == value), None)

    def by_external_id(self, sobject: str, value: str) -> dict[str, Any] | None:
        ext = next(f.name for f in self.schema[sobject].values() if f.external_id)
        rid = self.find(sobject, ext, value)
        return self.records[sobject][rid] if rid else None

    def upsert(self, sobject: str, ext_field: str, rec: dict[str, Any]) -> dict[str, Any]:
        fields = self.schema.get(sobject)
        if fields is None:
            return _error("NOT_FOUND", f"The requested resource does not exist: {sobject}")
        if ext_field not in fields or not fields[ext_field].external_id:
            return _error("INVALID_FIELD", f"{ext_field} is not an external id field of {sobject}")
        values: dict[str, Any] = {}
        for name, value in rec.items():
            if name == "attributes":
                continue
            if name.endswith("__r") and isinstance(value, dict):  # a lookup by the parent's external id
                lookup = fields.get(name[:-1] + "c")
                if lookup is None or lookup.type != "Lookup":
                    return _error("INVALID_FIELD", f"No such relationship '{name}' on {sobject}")
                parent_ext, parent_value = next((k, v) for k, v in value.items() if k != "attributes")
                parent_id = self.find(lookup.reference_to, parent_ext, parent_value)
                if parent_id is None:
                    return _error(
                        "INVALID_FIELD",
                        f"Foreign key external ID: {parent_value} not found for "
                        f"field {parent_ext} in entity {lookup.reference_to}",
                    )
                values[lookup.name] = parent_id
                continue
            definition = fields.get(name)
            if definition is None:
                return _error("INVALID_FIELD", f"No such column '{name}' on sobject of type {sobject}")
            if definition.type == "Picklist" and value not in definition.values:
                return _error(
                    "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                    f"{name}: bad value for restricted picklist field: {value}",
                )
            values[name] = value
        if sobject == "Contact" and not values.get("LastName"):
            return _error("REQUIRED_FIELD_MISSING", "Required fields are missing: [LastName]")
        key = values.get(ext_field)
        if not key:
            return _error("REQUIRED_FIELD_MISSING", f"the external id {ext_field} is missing")
        existing = self.find(sobject, ext_field, key)
        created = existing is None
        rid = existing or PREFIXES.get(sobject, "a0X") + secrets.token_hex(6).upper()[:12] + "AAA"
        self.records[sobject].setdefault(rid, {"Id": rid}).update(values)
        self.upserts.append((sobject, key, created))
        return {"id": rid, "success": True, "errors": [], "created": created}

    def ingest(self, job: dict[str, Any]) -> None:
        processed = failed = 0
        for row in csv.DictReader(io.StringIO(job["data"])):
            rec: dict[str, Any] = {}
            for column, value in row.items():
                if value == "":
                    continue
                if "." in column:  # Parent__r.External_Id__c
                    relation, ext = column.split(".", 1)
                    rec[relation] = {ext: value}
                else:
                    rec[column] = _typed(self.schema[job["object"]].get(column), value)
            result = self.upsert(job["object"], job["externalIdFieldName"], rec)
            processed += 1
            failed += 0 if result["success"] else 1
            job.setdefault("failures", []).extend(result["errors"])
        job.update(state="JobComplete", numberRecordsProcessed=processed, numberRecordsFailed=failed)


def _typed(definition: FieldDef | None, value: str) -> Any:
    if definition is not None and definition.type in ("Number", "Currency"):
        return float(value) if "." in value else int(value)
    return value


def _error(code: str, message: str) -> dict[str, Any]:
    return {"id": None, "success": False, "errors": [{"statusCode": code, "message": message, "fields": []}]}


class _Handler(BaseHTTPRequestHandler):
    server: StateServer

    def log_message(self, *args: Any) -> None:
        pass

    @property
    def state(self) -> SalesforceState:
        return self.server.state

    def _send(self, status: int, body: Any = None, content_type: str = "application/json") -> None:
        data = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        self.send_response(status)
        if data:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _authorised(self) -> bool:
        if self.state.down:
            self._send(503, b"Service Unavailable: the org is being upgraded", "text/plain")
            return False
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if token not in self.state.tokens:
            self._send(401, [{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}])
            return False
        return True

    def _dispatch(self, method: str) -> None:
        path = urlparse(self.path).path
        self.state.log.append(f"{method} {path}")
        if method == "POST" and path == "/services/oauth2/token":
            return self._token()
        match = re.fullmatch(r"/services/data/v(\d+\.\d+)/(.+)", path)
        if not match:
            return self._send(404, [{"errorCode": "NOT_FOUND", "message": path}])
        if match.group(1) != "58.0":
            return self._send(404, [{"errorCode": "NOT_FOUND", "message": "the studio speaks v58.0"}])
        if not self._authorised():
            return None
        rest = match.group(2)
        with self.state.lock:
            if method == "PATCH" and (m := re.fullmatch(r"composite/sobjects/(\w+)/(\w+)", rest)):
                body = json.loads(self._body())
                if body.get("allOrNone") is not False or len(body["records"]) > 200:
                    return self._send(400, [{"errorCode": "INVALID_BATCH", "message": "at most 200 records"}])
                out = []
                for rec in body["records"]:
                    if rec.get("attributes", {}).get("type") != m.group(1):
                        out.append(_error("INVALID_TYPE", "each record names its sObject type"))
                    else:
                        out.append(self.state.upsert(m.group(1), m.group(2), rec))
                return self._send(200, out)
            if method == "POST" and rest == "jobs/ingest":
                spec = json.loads(self._body())
                assert spec["operation"] == "upsert" and spec["contentType"] == "CSV", spec
                job_id = "750" + secrets.token_hex(6).upper()
                self.state.jobs[job_id] = {"id": job_id, "state": "Open", "data": "", **spec}
                return self._send(200, _public(self.state.jobs[job_id]))
            if (m := re.fullmatch(r"jobs/ingest/(\w+)(/batches)?", rest)) and m.group(1) in self.state.jobs:
                job = self.state.jobs[m.group(1)]
                if method == "PUT" and m.group(2):
                    assert self.headers.get("Content-Type", "").startswith("text/csv")
                    job["data"] += self._body().decode()
                    return self._send(201)
                if method == "PATCH":
                    wanted = json.loads(self._body())["state"]
                    if wanted == "UploadComplete":
                        job["state"] = "UploadComplete"
                        self.state.ingest(job)
                    else:
                        job["state"] = wanted
                    return self._send(200, _public(job))
                if method == "GET":
                    return self._send(200, _public(job))
        return self._send(404, [{"errorCode": "NOT_FOUND", "message": f"{method} {rest}"}])

    def _token(self) -> None:
        import jwt

        form = {k: v[0] for k, v in parse_qs(self._body().decode()).items()}
        if self.state.down:
            return self._send(503, b"Service Unavailable", "text/plain")
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return self._send(400, {"error": "unsupported_grant_type"})
        try:
            claims = jwt.decode(
                form.get("assertion", ""),
                self.state.public_key,
                algorithms=["RS256"],
                audience=self.state.url,
                options={"require": ["exp", "iss", "sub", "aud"]},
            )
        except jwt.PyJWTError as exc:
            return self._send(400, {"error": "invalid_grant", "error_description": f"bad assertion: {exc}"})
        if claims["iss"] != CONSUMER_KEY or claims["sub"] != USERNAME or claims["exp"] - time.time() > 300:
            return self._send(
                400, {"error": "invalid_grant", "error_description": "user hasn't approved this consumer"}
            )
        token = "00D" + secrets.token_urlsafe(24)
        with self.state.lock:
            self.state.tokens.add(token)
            self.state.token_requests += 1
        self._send(
            200,
            {
                "access_token": token,
                "instance_url": self.state.url,
                "token_type": "Bearer",
                "scope": "api",
                "id": f"{self.state.url}/id/00D/005",
                "issued_at": str(int(time.time() * 1000)),
            },
        )

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PATCH(self) -> None:
        self._dispatch("PATCH")

    def do_PUT(self) -> None:
        self._dispatch("PUT")


def _public(job: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in job.items() if k not in ("data", "failures")}


class SalesforceServer(FakeServer):
    """`with SalesforceServer() as sf:` — sf.url, sf.state, sf.settings() for the studio."""

    tls = True

    def __init__(self) -> None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        super().__init__(_Handler)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # the connected app's key pair
        self.private_key = self.folder / "connected-app.key"
        self.private_key.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        public = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.state = SalesforceState(self.url, public)
        self.serve(self.state)

    def settings(self) -> dict[str, Any]:
        return {
            "salesforce_login_url": self.url,
            "salesforce_consumer_key": CONSUMER_KEY,
            "salesforce_username": USERNAME,
            "salesforce_private_key_path": self.private_key,
            "salesforce_ca_bundle": self.ca_bundle,
            "salesforce_retry_seconds": 0.05,
            "salesforce_drain_seconds": 0.2,
        }

    def expire_sessions(self) -> None:
        with self.state.lock:
            self.state.tokens.clear()

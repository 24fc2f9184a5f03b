"""Salesforce against a local org that speaks its token endpoint, sObject Collections and Bulk API 2.0,
driven by the real `simple-salesforce`, on SQLite and PostgreSQL: a project's life and every credit
change arrive exactly once, even when the org was down for part of it; an expired session is taken
again; a change sent twice is still one record; an existing studio is backfilled in bulk."""

from __future__ import annotations

import time
import uuid
from collections import Counter

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from filmstudio.app import create_app
from filmstudio.db.session import session_factory, session_scope
from filmstudio.models import Asset, CreditTransaction, SalesforceOutbox, SalesforceSync, User, YoutubeVideo
from filmstudio.salesforce.objects import BY_KIND, OBJECTS, record
from tests.conftest import register_and_login
from tests.helpers import assert_error
from tests.jobs_helpers import API, generate, user_with_project, wait_for
from tests.salesforce_server import SalesforceServer, org_schema


@pytest.fixture
def org():  # type: ignore[no-untyped-def]
    with SalesforceServer() as server:
        yield server


@pytest.fixture
def studio(db_settings, org):  # type: ignore[no-untyped-def]
    settings = db_settings.model_copy(update=org.settings())
    with TestClient(create_app(settings, migrate=False, workers=True)) as client:
        yield client, settings


def _outbox(settings) -> int:  # type: ignore[no-untyped-def]
    with session_scope(session_factory(settings)) as session:
        return session.scalar(select(func.count()).select_from(SalesforceOutbox))


def _until(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_every_field_the_studio_sends_is_defined_in_the_org_metadata() -> None:
    schema = org_schema()
    samples = {
        "user": User(user_id=uuid.uuid4(), email="a@b.c", full_name="Asha Rao", tier="pro", credits=3),
        "asset": Asset(
            asset_id=uuid.uuid4(),
            project_id=uuid.uuid4(),
            asset_type="video",
            s3_key="k",
            meta={"language": "es", "dub": "es"},
            file_size=1,
            mime_type="video/mp4",
        ),
        "youtube": YoutubeVideo(
            youtube_id=uuid.uuid4(),
            project_id=uuid.uuid4(),
            user_id=uuid.uuid4(),
            video_id="v",
            url="https://youtu.be/v",
            privacy_status="private",
            status="uploaded",
        ),
    }
    for spec in OBJECTS:
        fields = schema[spec.name]
        assert fields[spec.external_id].external_id, spec.name  # every sync is an upsert by it
        if spec.kind in samples:
            sent = record(spec, samples[spec.kind])
            for name, value in sent.items():
                if name == "attributes" or name == spec.external_id:
                    continue
                if name.endswith("__r"):
                    lookup = fields[name[:-1] + "c"]
                    parent = next(p for p in OBJECTS if p.name == value["attributes"]["type"])
                    assert lookup.type == "Lookup" and lookup.reference_to == parent.name, name
                    assert parent.external_id in value
                else:
                    assert name in fields, (spec.name, name)
    picklists = schema["CreditTransaction__c"]["Type__c"].values
    assert {"deduction", "grant", "purchase", "refund", "reset", "reversal"} <= picklists
    assert schema["AIFilmProject__c"]["Status__c"].values >= {
        "draft",
        "queued",
        "processing",
        "completed",
        "failed",
    }


def test_a_projects_life_and_its_credits_reach_salesforce_once_though_it_was_down(studio, org) -> None:  # type: ignore[no-untyped-def]
    client, settings = studio
    org.state.down = True  # the org is away while the user signs up and makes a film
    auth, project_id = user_with_project(client, duration=6)
    job = wait_for(client, auth, generate(client, auth, project_id)["job_id"], timeout=180)
    assert job["status"] == "completed"
    time.sleep(3 * settings.salesforce_drain_seconds)  # drains tried and failed meanwhile
    assert _outbox(settings) > 0 and not org.state.upserts
    with session_scope(session_factory(settings)) as session:
        states = Counter(session.scalars(select(SalesforceSync.status)))
        errors = list(
            session.scalars(select(SalesforceOutbox.last_error).where(SalesforceOutbox.last_error.is_not(None)))
        )
    assert states and set(states) == {"pending"}, states
    assert errors and "503" in errors[0]

    org.state.down = False  # back: the outbox drains by itself, parents first
    _until(lambda: _outbox(settings) == 0)
    records = org.state.records
    (contact,) = records["Contact"].values()
    assert contact["Email"] == "maker@example.com" and contact["Studio_Credits__c"] == 2
    (film,) = records["AIFilmProject__c"].values()
    assert film["Studio_Id__c"] == project_id and film["Status__c"] == "completed"
    assert film["User__c"] == contact["Id"] and film["Credits_Used__c"] == 1
    with session_scope(session_factory(settings)) as session:
        ledger = {str(t.transaction_id): (t.type, t.amount) for t in session.scalars(select(CreditTransaction))}
        assets = session.scalar(select(func.count()).select_from(Asset))
        syncs = {(s.object_type, s.record_id): s for s in session.scalars(select(SalesforceSync))}
        contact_id = session.scalar(select(User.salesforce_contact_id))
    credits = {r["Studio_Id__c"]: (r["Type__c"], r["Amount__c"]) for r in records["CreditTransaction__c"].values()}
    assert credits == ledger and sorted(ledger.values()) == [("deduction", -1), ("grant", 3)]
    assert all(r["User__c"] == contact["Id"] for r in records["CreditTransaction__c"].values())
    assert len(records["VideoAsset__c"]) == assets and all(
        r["Project__c"] == film["Id"] for r in records["VideoAsset__c"].values()
    )
    assert all(s.status == "synced" and s.salesforce_id and s.error_message is None for s in syncs.values())
    assert syncs[("project", project_id)].salesforce_id == film["Id"] and contact_id == contact["Id"]

    # by hand, per the spec: the project now, and the credits
    answer = client.post(f"{API}/salesforce/sync-project", headers=auth["headers"], json={"project_id": project_id})
    assert answer.status_code == 200 and answer.json()["salesforce_id"] == film["Id"]
    assert answer.json()["status"] == "synced" and answer.json()["synced_at"].endswith("Z")
    credits_answer = client.post(f"{API}/salesforce/sync-credits", headers=auth["headers"]).json()
    assert credits_answer == {"credits_synced": 2, "transactions_synced": 2, "status": "completed"}
    assert len(records["AIFilmProject__c"]) == 1 and len(records["CreditTransaction__c"]) == 2  # still once each
    stranger = register_and_login(client, "other@example.com")
    assert_error(
        client.post(f"{API}/salesforce/sync-project", headers=stranger["headers"], json={"project_id": project_id}),
        404,
        "PROJECT_NOT_FOUND",
    )


def test_an_expired_session_is_taken_again_and_a_change_sent_twice_is_one_record(studio, org) -> None:  # type: ignore[no-untyped-def]
    client, settings = studio
    register_and_login(client, "asha@example.com")
    _until(lambda: _outbox(settings) == 0 and len(org.state.records["Contact"]) == 1)
    signed_in = org.state.token_requests
    org.expire_sessions()
    with session_scope(session_factory(settings)) as session:  # a change through the studio's models
        session.scalar(select(User).where(User.email == "asha@example.com")).full_name = "Asha Devi Rao"
    _until(
        lambda: (
            next(iter(org.state.records["Contact"].values()))["LastName"] == "Rao"
            and next(iter(org.state.records["Contact"].values())).get("FirstName") == "Asha Devi"
        )
    )
    assert org.state.token_requests == signed_in + 1  # one new session, not one per request

    with session_scope(session_factory(settings)) as session:  # the same change, twice in the outbox
        user_id = str(session.scalar(select(User.user_id)))
        session.add_all([SalesforceOutbox(object_type="user", record_id=user_id) for _ in range(2)])
    _until(lambda: _outbox(settings) == 0)
    assert len(org.state.records["Contact"]) == 1
    assert [created for sobject, key, created in org.state.upserts if sobject == "Contact"].count(True) == 1


def test_salesforce_not_configured_says_so(client) -> None:  # type: ignore[no-untyped-def]
    auth = register_and_login(client)
    assert_error(client.post(f"{API}/salesforce/sync-credits", headers=auth["headers"]), 503, "NOT_CONFIGURED")


def test_an_existing_studio_is_backfilled_through_bulk_api_2(db_settings, org) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.salesforce.client import SalesforceClient
    from filmstudio.salesforce.sync import backfill

    with TestClient(create_app(db_settings, migrate=False)) as client:  # a studio that never mirrored
        for i in range(3):
            auth = register_and_login(client, f"maker{i}@example.com")
            client.post(
                f"{API}/projects",
                headers=auth["headers"],
                json={"title": f"Film {i}", "script": "The sea is calm.", "settings": {"duration": 6}},
            )
    assert _outbox(db_settings) == 0  # nothing was written for Salesforce while it was not configured
    settings = db_settings.model_copy(update=org.settings())
    with session_scope(session_factory(settings)) as session:
        report = backfill(session, SalesforceClient(settings))
    assert report["Contact"] == {"processed": 3, "failed": 0}
    assert report["AIFilmProject__c"] == {"processed": 3, "failed": 0}
    assert report["CreditTransaction__c"] == {"processed": 3, "failed": 0}  # the free credits granted
    contacts = {r["Studio_User_Id__c"]: r["Id"] for r in org.state.records["Contact"].values()}
    assert len(contacts) == 3
    assert all(r["User__c"] in contacts.values() for r in org.state.records["AIFilmProject__c"].values())
    assert any(line.startswith("PUT /services/data/v58.0/jobs/ingest/") for line in org.state.log)


def test_a_celery_worker_drains_the_outbox_through_its_task(db_settings, org) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.worker.celery_app import make_celery

    settings = db_settings.model_copy(update={**org.settings(), "redis_url": "redis://127.0.0.1:6379/15"})
    with TestClient(create_app(settings, migrate=False)) as client:
        register_and_login(client, "celery@example.com")
    assert _outbox(settings) >= 2  # the contact and the granted credits
    app = make_celery(settings)
    sent = app.tasks["filmstudio.salesforce_drain"].apply().get()
    assert sent["synced"] >= 2 and _outbox(settings) == 0
    assert len(org.state.records["Contact"]) == 1 and len(org.state.records["CreditTransaction__c"]) == 1


def test_the_outbox_migration_goes_up_and_down(db_settings) -> None:  # type: ignore[no-untyped-def]
    from alembic import command
    from sqlalchemy import inspect

    from filmstudio.db.migrate import alembic_config
    from filmstudio.db.session import engine_for

    config = alembic_config(db_settings)
    engine = engine_for(db_settings.resolved_database_url)
    command.downgrade(config, "0005")
    assert "salesforce_outbox" not in inspect(engine).get_table_names()
    command.upgrade(config, "head")
    columns = {c["name"] for c in inspect(engine).get_columns("salesforce_syncs")}
    assert "salesforce_outbox" in inspect(engine).get_table_names() and "record_id" in columns
    assert BY_KIND["project"].name == "AIFilmProject__c"

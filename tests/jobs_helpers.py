"""Helpers for job tests: a signed-in user with a project, polling, reading the event stream."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.conftest import register_and_login

API = "/api/v1"
SHORT_SCRIPT = "The sun rises over the quiet sea.\n\nAt night, the city lights come on."


def user_with_project(client, email="maker@example.com", duration=6, script=SHORT_SCRIPT, **settings):  # type: ignore[no-untyped-def]
    auth = register_and_login(client, email)
    body = {"title": "Dawn and Dusk", "script": script, "settings": {"duration": duration, **settings}}
    project = client.post(f"{API}/projects", headers=auth["headers"], json=body)
    assert project.status_code == 201, project.text
    return auth, project.json()["project_id"]


def generate(client, auth, project_id, **settings):  # type: ignore[no-untyped-def]
    response = client.post(
        f"{API}/projects/{project_id}/generate", headers=auth["headers"], json={"settings": settings}
    )
    assert response.status_code == 202, response.text
    return response.json()


def wait_for(client, auth, job_id, statuses=("completed", "failed", "cancelled"), timeout=120.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"{API}/jobs/{job_id}", headers=auth["headers"]).json()
        if job["status"] in statuses:
            return job
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} not {statuses} after {timeout} s: {job}")


def read_events(client, auth, job_id) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    events = []
    with client.stream("GET", f"{API}/jobs/{job_id}/events", headers=auth["headers"]) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        name = None
        for line in response.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                events.append((name, json.loads(line[6:])))
                if name == "end":
                    break
    return events


def ledger(settings, email) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from filmstudio.credits.service import ledger_sum
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import CreditTransaction, User

    with session_scope(session_factory(settings)) as session:
        user = session.scalar(select(User).where(User.email == email))
        rows = session.scalars(
            select(CreditTransaction)
            .where(CreditTransaction.user_id == user.user_id)
            .order_by(CreditTransaction.created_at)
        ).all()
        assert ledger_sum(session, user.user_id) == user.credits
        return [(r.type, r.amount) for r in rows]


def media_file(settings, url: str) -> Path:  # type: ignore[no-untyped-def]
    return settings.media_dir / url.split("/media/", 1)[1].split("?", 1)[0]

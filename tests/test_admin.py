"""Admin tools and analytics, on SQLite and PostgreSQL: the first account is the admin; admins find
users, see their projects, jobs and ledger, adjust credits with a reason, change a plan, retry or cancel
a failed job; nobody else can. Analytics over generated data count what was generated."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from filmstudio.admin import analytics
from filmstudio.db.session import session_factory, session_scope
from filmstudio.models import CreditTransaction, Job, JobStep, Project, Subscription, User
from tests.conftest import register_and_login
from tests.helpers import assert_error

API = "/api/v1"


def test_admins_manage_users_credits_plans_and_failed_jobs(client) -> None:  # type: ignore[no-untyped-def]
    admin = register_and_login(client, "owner@example.com")  # the studio's first account
    maker = register_and_login(client, "maker@example.com")
    assert client.get(f"{API}/users/me", headers=admin["headers"]).status_code == 200
    assert_error(client.get(f"{API}/admin/users", headers=maker["headers"]), 403, "ADMIN_ONLY")

    found = client.get(f"{API}/admin/users?q=MAKER", headers=admin["headers"]).json()
    assert found["total_count"] == 1 and found["users"][0]["role"] == "user"
    maker_id = found["users"][0]["user_id"]
    everyone = client.get(f"{API}/admin/users", headers=admin["headers"]).json()["users"]
    assert {u["email"]: u["role"] for u in everyone} == {
        "owner@example.com": "admin",
        "maker@example.com": "user",
    }

    added = client.post(
        f"{API}/admin/users/{maker_id}/credits",
        headers=admin["headers"],
        json={"amount": 5, "reason": "Sorry for the outage on Tuesday"},
    ).json()
    assert added["user"]["credits"] == 8 and added["transaction"]["type"] == "adjustment"
    assert_error(
        client.post(
            f"{API}/admin/users/{maker_id}/credits",
            headers=admin["headers"],
            json={"amount": -50, "reason": "too much"},
        ),
        409,
        "INVALID_INPUT",
    )
    assert_error(
        client.post(
            f"{API}/admin/users/{maker_id}/credits", headers=admin["headers"], json={"amount": 0, "reason": "nothing"}
        ),
        422,
        "INVALID_INPUT",
    )
    plan = client.patch(f"{API}/admin/users/{maker_id}", headers=admin["headers"], json={"tier": "pro"}).json()
    assert plan["user"]["tier"] == "pro"
    assert_error(
        client.patch(f"{API}/admin/users/{maker_id}", headers=admin["headers"], json={"tier": "gold"}),
        422,
        "INVALID_INPUT",
    )
    me = client.get(f"{API}/users/me", headers=maker["headers"]).json()
    assert me["credits"] == 8 and me["tier"] == "pro"

    settings = client.app.state.settings
    pid = client.post(
        f"{API}/projects",
        headers=maker["headers"],
        json={"title": "Broken", "script": "The sea.", "settings": {"duration": 6}},
    ).json()["project_id"]
    job_id = uuid.uuid4()
    with session_scope(session_factory(settings)) as session:
        session.add(
            Job(
                job_id=job_id,
                project_id=uuid.UUID(pid),
                status="failed",
                error_message="ffmpeg crashed: code 139",
                parameters={"settings": {"duration": 6}, "credits": 1},
                completed_at=datetime.now(UTC),
            )
        )
        session.add(JobStep(job_id=job_id, step_name="video_composition", status="failed", error_message="code 139"))
    failed = client.get(f"{API}/admin/jobs", headers=admin["headers"]).json()["jobs"]
    assert [(j["job_id"], j["email"], j["error"]) for j in failed] == [
        (str(job_id), "maker@example.com", "ffmpeg crashed: code 139")
    ]
    detail = client.get(f"{API}/admin/users/{maker_id}", headers=admin["headers"]).json()
    assert [p["title"] for p in detail["projects"]] == ["Broken"] and detail["jobs"][0]["status"] == "failed"
    assert [(t["type"], t["amount"], t["description"]) for t in detail["ledger"]][:2] == [
        ("adjustment", 5, "Sorry for the outage on Tuesday"),
        ("grant", 3, "Welcome credits (Free plan)"),
    ]
    retried = client.post(f"{API}/admin/jobs/{job_id}/retry", headers=admin["headers"]).json()
    assert retried["status"] == "queued" and retried["error"] is None
    assert_error(client.post(f"{API}/admin/jobs/{job_id}/retry", headers=admin["headers"]), 422, "INVALID_INPUT")
    assert client.post(f"{API}/admin/jobs/{job_id}/cancel", headers=admin["headers"]).json()["status"] == "cancelled"
    with session_scope(session_factory(settings)) as session:
        assert session.get(Project, uuid.UUID(pid)).status == "cancelled"
        step = session.scalar(select(JobStep).where(JobStep.job_id == job_id))
        assert step.status == "pending" and step.error_message is None
    assert_error(client.get(f"{API}/admin/users/{uuid.uuid4()}", headers=admin["headers"]), 404, "NOT_FOUND")


def test_analytics_count_what_happened(db_settings) -> None:  # type: ignore[no-untyped-def]
    """Generated: 12 users over 20 days (4 paying), 15 projects, 10 finished jobs (8 completed, 2 failed
    for one cause), credits consumed and bought; every figure of the report is checked."""
    now = datetime(2026, 11, 20, 12, tzinfo=UTC)
    with session_scope(session_factory(db_settings)) as session:
        users = []
        for i in range(12):
            at = now - timedelta(days=19 - i, hours=1)
            user = User(
                email=f"u{i}@example.com",
                password_hash="x",
                tier=["free", "standard", "pro"][i % 3] if i < 6 else "free",
                credits=5,
                created_at=at,
                last_login_at=at + timedelta(hours=1) if i % 2 else None,
            )
            session.add(user)
            users.append(user)
        session.flush()
        for user in users[:6]:
            if user.tier != "free":
                session.add(
                    Subscription(
                        user_id=user.user_id,
                        plan=user.tier,
                        status="active",
                        created_at=now - timedelta(days=40),
                        current_period_start=now - timedelta(days=10),
                        current_period_end=now + timedelta(days=20),
                    )
                )
        session.add(
            Subscription(
                user_id=users[6].user_id,
                plan="pro",
                status="cancelled",
                created_at=now - timedelta(days=60),
                canceled_at=now - timedelta(days=3),
                current_period_start=now - timedelta(days=33),
                current_period_end=now - timedelta(days=3),
            )
        )
        for i in range(15):
            project = Project(
                user_id=users[i % 12].user_id, title=f"p{i}", script="s", created_at=now - timedelta(days=i)
            )
            session.add(project)
            session.flush()
            if i < 10:
                ok = i < 8
                started = now - timedelta(days=i, minutes=10)
                job = Job(
                    project_id=project.project_id,
                    status="completed" if ok else "failed",
                    created_at=started,
                    started_at=started,
                    completed_at=started + timedelta(seconds=60 + 10 * i),
                    error_message=None if ok else f"Voice synthesis failed after {i} tries",
                )
                session.add(job)
                session.flush()
                session.add(
                    JobStep(
                        job_id=job.job_id,
                        step_name="voice_synthesis",
                        status="completed",
                        duration_seconds=10 + i,
                    )
                )
                session.add(
                    CreditTransaction(
                        user_id=project.user_id,
                        type="deduction",
                        amount=-2,
                        balance_after=3,
                        created_at=started,
                        job_id=job.job_id,
                    )
                )
        session.add(
            CreditTransaction(
                user_id=users[0].user_id,
                type="purchase",
                amount=10,
                balance_after=15,
                created_at=now - timedelta(days=1),
            )
        )
    with session_scope(session_factory(db_settings)) as session:
        day = analytics.report(session, period="day", days=30, now=now).model_dump(by_alias=True)
        month = analytics.report(session, period="month", days=30, now=now).model_dump(by_alias=True)
    assert len(day["users"]["signups"]) == 30 and sum(b["value"] for b in day["users"]["signups"]) == 12
    assert month["users"]["signups"] == [
        {"bucket": "2026-10-01", "value": 0},
        {"bucket": "2026-11-01", "value": 12},
    ]
    assert day["users"]["by_tier"] == {"free": 8, "standard": 2, "pro": 2, "enterprise": 0}
    assert sum(b["value"] for b in day["users"]["active"]) >= 6
    assert day["users"]["churn"] == {"paying_at_start": 5, "cancelled": 1, "rate": 0.2}
    assert sum(b["value"] for b in day["projects"]["created"]) == 15
    assert (
        day["projects"]["finished"],
        day["projects"]["completed"],
        day["projects"]["completion_rate"],
    ) == (10, 8, 0.8)
    assert day["projects"]["processing_seconds"]["p50"] == 95.0  # 60..130 s over the 8 completed
    assert day["projects"]["step_seconds"]["voice_synthesis"]["count"] == 10
    assert day["projects"]["failures_by_cause"] == [{"cause": "Voice synthesis failed after N tries", "count": 2}]
    assert sum(b["value"] for b in day["credits"]["consumed"]) == 20
    assert sum(b["value"] for b in day["credits"]["purchased"]) == 10
    assert day["credits"]["top_users"][0]["consumed"] == 2 and len(day["credits"]["top_users"]) == 10
    from filmstudio.credits.plans import PLANS

    plans = {p: PLANS[p].price for p in ("standard", "pro")}
    assert day["revenue"]["mrr"] == 2 * plans["standard"] + 2 * plans["pro"]
    assert day["revenue"]["arr"] == 12 * day["revenue"]["mrr"] and day["revenue"]["paying_subscriptions"] == 4

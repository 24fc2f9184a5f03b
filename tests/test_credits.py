"""The credit ledger on SQLite and PostgreSQL: balance always equals the ledger's sum, charges and refunds
happen once, nothing goes below zero under parallel load, and monthly resets do not roll over."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from filmstudio.config import Settings
from filmstudio.credits import service
from filmstudio.credits.plans import PLANS, check_limits, credits_required
from filmstudio.db.session import session_factory, session_scope
from filmstudio.errors import InsufficientCredits, PlanLimitExceeded
from filmstudio.models import CreditTransaction, Job, Project, User

API = "/api/v1"


def _user(settings: Settings, credits: int = 0, tier: str = "free", created: datetime | None = None) -> uuid.UUID:
    with session_scope(session_factory(settings)) as session:
        user = User(
            email=f"{uuid.uuid4().hex[:10]}@example.com",
            password_hash="x",
            tier=tier,
            credits=0,
            created_at=created or datetime.now(UTC),
            credit_reset_date=date.today(),
        )
        session.add(user)
        session.flush()
        if credits:
            service.grant(session, user.user_id, credits, "test grant")
        return user.user_id


def _jobs(settings: Settings, user_id: uuid.UUID, count: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    with session_scope(session_factory(settings)) as session:
        project = Project(user_id=user_id, title="t", script="s", settings={})
        session.add(project)
        session.flush()
        jobs = [Job(project_id=project.project_id) for _ in range(count)]
        session.add_all(jobs)
        session.flush()
        return project.project_id, [j.job_id for j in jobs]


def _balance_and_sum(settings: Settings, user_id: uuid.UUID) -> tuple[int, int]:
    with session_scope(session_factory(settings)) as session:
        return session.get(User, user_id).credits, service.ledger_sum(session, user_id)


def test_charge_and_refund_happen_exactly_once(db_settings: Settings) -> None:
    user_id = _user(db_settings, credits=10)
    project_id, (job_id,) = _jobs(db_settings, user_id, 1)
    sessions = session_factory(db_settings)
    for _ in range(2):
        with session_scope(sessions) as session:
            service.deduct_for_job(
                session, user_id=user_id, project_id=project_id, job_id=job_id, credits=3, seconds=60
            )
    assert _balance_and_sum(db_settings, user_id) == (7, 7)
    for _ in range(3):
        with session_scope(sessions) as session:
            service.refund_job(session, job_id=job_id, reason="worker crashed")
    assert _balance_and_sum(db_settings, user_id) == (10, 10)
    with session_scope(sessions) as session:
        types = session.scalars(select(CreditTransaction.type).where(CreditTransaction.job_id == job_id)).all()
    assert sorted(types) == ["deduction", "refund"]


def test_insufficient_credits_says_what_is_needed(db_settings: Settings) -> None:
    user_id = _user(db_settings, credits=2)
    project_id, (job_id,) = _jobs(db_settings, user_id, 1)
    with pytest.raises(InsufficientCredits) as info, session_scope(session_factory(db_settings)) as session:
        service.deduct_for_job(session, user_id=user_id, project_id=project_id, job_id=job_id, credits=3, seconds=60)
    assert info.value.details["required"] == 3 and info.value.details["available"] == 2
    assert info.value.to_dict()["error"]["code"] == "INSUFFICIENT_CREDITS"
    assert _balance_and_sum(db_settings, user_id) == (2, 2)


def test_parallel_charges_never_go_below_zero_or_lose_an_entry(db_settings: Settings) -> None:
    """Twenty jobs of one account start at once against a balance of 7 credits (3 each)."""
    user_id = _user(db_settings, credits=7)
    project_id, job_ids = _jobs(db_settings, user_id, 20)
    sessions = session_factory(db_settings)
    barrier = threading.Barrier(len(job_ids))

    def start(job_id: uuid.UUID) -> bool:
        barrier.wait()
        try:
            with session_scope(sessions) as session:
                service.deduct_for_job(
                    session, user_id=user_id, project_id=project_id, job_id=job_id, credits=3, seconds=60
                )
            return True
        except InsufficientCredits:
            return False

    with ThreadPoolExecutor(max_workers=len(job_ids)) as pool:
        results = list(pool.map(start, job_ids))
    assert results.count(True) == 2
    assert _balance_and_sum(db_settings, user_id) == (1, 1)
    with session_scope(sessions) as session:
        afters = session.scalars(
            select(CreditTransaction.balance_after)
            .where(CreditTransaction.user_id == user_id)
            .order_by(CreditTransaction.balance_after.desc())
        ).all()
    assert afters == [7, 4, 1]


def test_monthly_reset_on_the_anniversary_without_rollover(db_settings: Settings) -> None:
    created = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)
    rich = _user(db_settings, credits=25, tier="standard", created=created)
    poor = _user(db_settings, credits=1, tier="free", created=created)
    sessions = session_factory(db_settings)
    with session_scope(sessions) as session:
        for uid in (rich, poor):
            session.get(User, uid).credit_reset_date = date(2026, 2, 28)
    with session_scope(sessions) as session:
        assert service.reset_due(session, today=date(2026, 2, 27)) == 0
    with session_scope(sessions) as session:
        assert service.reset_due(session, today=date(2026, 2, 28)) == 2
    assert _balance_and_sum(db_settings, rich) == (30, 30)  # standard: 30 a month; 25 unused do not add up
    assert _balance_and_sum(db_settings, poor) == (3, 3)
    with session_scope(sessions) as session:
        assert session.get(User, rich).credit_reset_date == date(2026, 3, 31)
        assert service.reset_due(session, today=date(2026, 3, 1)) == 0


def test_anniversaries() -> None:
    assert service.next_anniversary(date(2026, 1, 31), date(2026, 1, 31)) == date(2026, 2, 28)
    assert service.next_anniversary(date(2026, 1, 31), date(2026, 2, 28)) == date(2026, 3, 31)
    assert service.next_anniversary(date(2024, 1, 30), date(2024, 2, 1)) == date(2024, 2, 29)
    assert service.next_anniversary(date(2026, 5, 15), date(2026, 12, 20)) == date(2027, 1, 15)


def test_plans_match_the_spec(client) -> None:  # type: ignore[no-untyped-def]
    plans = client.get(f"{API}/subscriptions/plans").json()["plans"]
    assert [(p["plan_id"], p["price"], p["credits_per_month"]) for p in plans] == [
        ("free", 0, 3),
        ("standard", 39, 30),
        ("pro", 49, 60),
        ("enterprise", 99, 150),
    ]
    assert plans[0]["limits"] == {"max_duration": 60, "max_characters": 1, "quality": "720p"}
    assert plans[2]["limits"] == {"max_duration": 180, "max_characters": 5, "quality": "4K"}
    assert plans[3]["limits"] == {"max_duration": None, "max_characters": None, "quality": "4K"}
    assert plans[0]["features"] == ["Basic video generation", "Watermarked videos"]


def test_plan_limits() -> None:
    check_limits("free", duration=60, characters=1, resolution="720p")
    for kwargs, limit in (
        ({"duration": 61, "characters": 1, "resolution": "720p"}, "max_duration"),
        ({"duration": 30, "characters": 2, "resolution": "720p"}, "max_characters"),
        ({"duration": 30, "characters": 1, "resolution": "1080p"}, "quality"),
    ):
        with pytest.raises(PlanLimitExceeded) as info:
            check_limits("free", **kwargs)
        assert info.value.details["limit"] == limit
    check_limits("enterprise", duration=3000, characters=40, resolution="4k")
    assert PLANS["free"].watermark and not PLANS["standard"].watermark
    assert [credits_required(s) for s in (1, 20, 21, 30, 60, 90, 120)] == [1, 1, 2, 2, 3, 5, 6]


def test_the_service_resets_due_credits_when_it_starts(db_settings: Settings) -> None:
    from fastapi.testclient import TestClient

    from filmstudio.app import create_app

    user_id = _user(db_settings, credits=1, tier="free")  # reset date: today
    with TestClient(create_app(db_settings, migrate=False)):
        pass
    assert _balance_and_sum(db_settings, user_id) == (3, 3)
    with session_scope(session_factory(db_settings)) as session:
        assert session.get(User, user_id).credit_reset_date > date.today()

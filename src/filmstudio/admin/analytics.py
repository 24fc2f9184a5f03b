"""The business in numbers, over a window of days, bucketed by day, week or month: signups, active
users, users by plan, churn; projects, completion rate, processing time percentiles per step, failures
by cause; credits consumed and purchased, the biggest consumers; MRR, ARR and revenue by plan.

Rows of the window are read once and counted here, so the same code answers on PostgreSQL and SQLite
(whose date functions differ) and the figures are tested on both."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from filmstudio.admin.schemas import Analytics
from filmstudio.credits.plans import PLANS
from filmstudio.models import CreditTransaction, Job, JobStep, Project, Subscription, User

PERIODS = ("day", "week", "month")
PAID = ("active", "past_due")  # a past-due subscription keeps its plan (and is counted) in its grace period


def bucket(moment: datetime, period: str) -> str:
    day = moment.astimezone(UTC).date()
    if period == "week":
        return (day - timedelta(days=day.weekday())).isoformat()  # the Monday
    if period == "month":
        return day.replace(day=1).isoformat()
    return day.isoformat()


def buckets(start: datetime, end: datetime, period: str) -> list[str]:
    out: list[str] = []
    moment = start
    while moment <= end:
        label = bucket(moment, period)
        if not out or out[-1] != label:
            out.append(label)
        moment += timedelta(days=1)
    return out


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p
    low, high = int(rank), min(int(rank) + 1, len(ordered) - 1)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (rank - low), 2)


def _series(moments: list[datetime], labels: list[str], period: str, weights: list[float] | None = None) -> list[dict]:
    counts: dict[str, float] = {}  # ints unless weighed
    for i, moment in enumerate(moments):
        label = bucket(moment, period)
        counts[label] = counts.get(label, 0) + (weights[i] if weights else 1)
    return [{"bucket": label, "value": counts.get(label, 0)} for label in labels]


def report(session: Session, *, period: str = "day", days: int = 30, now: datetime | None = None) -> Analytics:
    now = now or datetime.now(UTC)
    start = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    labels = buckets(start, now, period)

    signups = list(session.scalars(select(User.created_at).where(User.created_at >= start)))
    # active: made a project or had a job in the bucket, or signed in
    activity: dict[str, set] = defaultdict(set)
    for user_id, moment in session.execute(
        select(Project.user_id, Job.created_at)
        .join(Project, Project.project_id == Job.project_id)
        .where(Job.created_at >= start)
    ):
        activity[bucket(moment, period)].add(user_id)
    for user_id, signed_in in session.execute(
        select(User.user_id, User.last_login_at).where(User.last_login_at >= start)
    ):
        if signed_in is not None:  # the WHERE leaves out those who never signed in
            activity[bucket(signed_in, period)].add(user_id)
    tiers = dict(
        session.execute(select(User.tier, func.count()).where(User.deleted_at.is_(None)).group_by(User.tier)).all()
    )

    subscriptions = session.scalars(select(Subscription).where(Subscription.plan != "free")).all()
    paying_at_start = [
        s for s in subscriptions if s.created_at < start and (s.canceled_at is None or s.canceled_at >= start)
    ]
    churned = [s for s in subscriptions if s.canceled_at is not None and s.canceled_at >= start]
    active_paid = [s for s in subscriptions if s.status in PAID]
    mrr_by_plan: Counter[str] = Counter()
    for s in active_paid:
        mrr_by_plan[s.plan] += PLANS[s.plan].price if s.plan in PLANS else 0

    projects = list(session.scalars(select(Project.created_at).where(Project.created_at >= start)))
    finished = session.execute(
        select(Job.status, Job.error_message, Job.started_at, Job.completed_at).where(
            Job.completed_at >= start, Job.status.in_(("completed", "failed", "cancelled"))
        )
    ).all()
    done = [r for r in finished if r.status == "completed"]
    causes = Counter(_cause(r.error_message) for r in finished if r.status == "failed")
    step_times: dict[str, list[float]] = defaultdict(list)
    for name, seconds in session.execute(
        select(JobStep.step_name, JobStep.duration_seconds)
        .join(Job, Job.job_id == JobStep.job_id)
        .where(Job.completed_at >= start, JobStep.status == "completed", JobStep.duration_seconds.is_not(None))
    ):
        if seconds is not None:  # the WHERE leaves out steps without a duration
            step_times[name].append(float(seconds))
    totals = [(r.completed_at - r.started_at).total_seconds() for r in done if r.started_at and r.completed_at]

    ledger = session.execute(
        select(
            CreditTransaction.type, CreditTransaction.amount, CreditTransaction.created_at, CreditTransaction.user_id
        ).where(CreditTransaction.created_at >= start)
    ).all()
    consumed = [r for r in ledger if r.type == "deduction"]
    purchased = [r for r in ledger if r.type == "purchase"]
    by_user: Counter[Any] = Counter()
    for r in consumed:
        by_user[r.user_id] -= r.amount
    emails = (
        dict(session.execute(select(User.user_id, User.email).where(User.user_id.in_(list(by_user)))).all())
        if by_user
        else {}
    )

    mrr = sum(mrr_by_plan.values())
    return Analytics.model_validate(
        {
            "period": period,
            "days": days,
            "from": start.date().isoformat(),
            "to": now.date().isoformat(),
            "users": {
                "signups": _series(signups, labels, period),
                "active": [{"bucket": label, "value": len(activity.get(label, ()))} for label in labels],
                "by_tier": {plan: tiers.get(plan, 0) for plan in PLANS},
                "churn": {
                    "paying_at_start": len(paying_at_start),
                    "cancelled": len(churned),
                    "rate": round(len(churned) / len(paying_at_start), 4) if paying_at_start else 0.0,
                },
            },
            "projects": {
                "created": _series(projects, labels, period),
                "finished": len(finished),
                "completed": len(done),
                "completion_rate": round(len(done) / len(finished), 4) if finished else None,
                "processing_seconds": {
                    "p50": percentile(totals, 0.5),
                    "p95": percentile(totals, 0.95),
                    "p99": percentile(totals, 0.99),
                },
                "step_seconds": {
                    name: {
                        "p50": percentile(v, 0.5),
                        "p95": percentile(v, 0.95),
                        "p99": percentile(v, 0.99),
                        "count": len(v),
                    }
                    for name, v in sorted(step_times.items())
                },
                "failures_by_cause": [{"cause": cause, "count": n} for cause, n in causes.most_common(10)],
            },
            "credits": {
                "consumed": _series([r.created_at for r in consumed], labels, period, [-r.amount for r in consumed]),
                "purchased": _series([r.created_at for r in purchased], labels, period, [r.amount for r in purchased]),
                "top_users": [{"email": emails.get(uid, "?"), "consumed": n} for uid, n in by_user.most_common(10)],
            },
            "revenue": {
                "mrr": mrr,
                "arr": mrr * 12,
                "by_plan": {plan: mrr_by_plan.get(plan, 0) for plan in PLANS if plan != "free"},
                "paying_subscriptions": len(active_paid),
            },
        }
    )


def _cause(message: str | None) -> str:
    """A failure's cause: its message's first sentence, without the parts that vary (ids, numbers)."""
    import re

    first = (message or "unknown").split(". ")[0].split("\n")[0]
    return re.sub(r"\d+(\.\d+)?", "N", first)[:120]

"""Admin bodies: users with their projects, jobs and ledger; failed jobs; the analytics report."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from filmstudio.timestamps import UTCTimestamp


class UserRow(BaseModel):
    user_id: str
    email: str
    full_name: str | None
    tier: str
    role: str
    credits: int
    created_at: UTCTimestamp | None
    last_login_at: UTCTimestamp | None
    projects: int | None = None  # in the user list only


class UserList(BaseModel):
    users: list[UserRow]
    total_count: int
    page: int
    per_page: int


class ProjectRow(BaseModel):
    project_id: str
    title: str
    status: str
    credits_used: int
    created_at: UTCTimestamp | None
    deleted: bool


class JobRow(BaseModel):
    job_id: str
    project_id: str
    project_title: str | None
    email: str | None
    status: str
    progress: int
    error: str | None
    attempts: int
    created_at: UTCTimestamp | None
    completed_at: UTCTimestamp | None


class LedgerEntry(BaseModel):
    type: str
    amount: int
    balance_after: int
    description: str | None
    created_at: UTCTimestamp | None = None  # in the ledger; a new adjustment answers without it


class UserDetail(BaseModel):
    user: UserRow
    projects: list[ProjectRow]
    jobs: list[JobRow]
    ledger: list[LedgerEntry]


class Adjustment(BaseModel):
    user: UserRow
    transaction: LedgerEntry


class UserOnly(BaseModel):
    user: UserRow


class JobList(BaseModel):
    jobs: list[JobRow]


# the analytics report (admin/analytics.py)


class Point(BaseModel):
    bucket: str  # the day, the week's Monday or the month's first day
    value: int | float


class Churn(BaseModel):
    paying_at_start: int
    cancelled: int
    rate: float


class UserStats(BaseModel):
    signups: list[Point]
    active: list[Point]
    by_tier: dict[str, int]
    churn: Churn


class Percentiles(BaseModel):
    p50: float | None
    p95: float | None
    p99: float | None


class StepSeconds(Percentiles):
    count: int


class Cause(BaseModel):
    cause: str
    count: int


class ProjectStats(BaseModel):
    created: list[Point]
    finished: int
    completed: int
    completion_rate: float | None
    processing_seconds: Percentiles
    step_seconds: dict[str, StepSeconds]
    failures_by_cause: list[Cause]


class TopUser(BaseModel):
    email: str
    consumed: int


class CreditStats(BaseModel):
    consumed: list[Point]
    purchased: list[Point]
    top_users: list[TopUser]


class Revenue(BaseModel):
    mrr: int
    arr: int
    by_plan: dict[str, int]
    paying_subscriptions: int


class Analytics(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    period: str
    days: int
    from_: str = Field(alias="from")  # the first day, ISO 8601
    to: str
    users: UserStats
    projects: ProjectStats
    credits: CreditStats
    revenue: Revenue

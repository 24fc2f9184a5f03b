"""Plans as the API spec shows them."""

from __future__ import annotations

from pydantic import BaseModel


class PlanLimits(BaseModel):
    max_duration: int | None  # seconds of film; None: no limit
    max_characters: int | None
    quality: str  # "720p", "1080p", "4K"


class PlanInfo(BaseModel):
    plan_id: str
    name: str
    price: int  # US dollars a month
    credits_per_month: int
    features: list[str]
    limits: PlanLimits


class PlanList(BaseModel):
    plans: list[PlanInfo]

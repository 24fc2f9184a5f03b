from __future__ import annotations

from fastapi import APIRouter

from filmstudio.credits.plans import PLANS
from filmstudio.credits.schemas import PlanList

router = APIRouter(tags=["credits"])


@router.get("/subscriptions/plans")
def plans() -> PlanList:
    return PlanList(plans=[plan.to_schema() for plan in PLANS.values()])

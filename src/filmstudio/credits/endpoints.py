from __future__ import annotations

from fastapi import APIRouter

from filmstudio.credits.plans import PLANS

router = APIRouter(tags=["credits"])


@router.get("/subscriptions/plans")
def plans() -> dict[str, object]:
    return {"plans": [plan.to_dict() for plan in PLANS.values()]}

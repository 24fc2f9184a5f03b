from __future__ import annotations

import uuid
from datetime import datetime

from fastapi import APIRouter, status
from pydantic import BaseModel, Field

from filmstudio.api.deps import CurrentUser, SessionDep
from filmstudio.credits import service
from filmstudio.credits.plans import CREDIT_PACK, PLANS

router = APIRouter(tags=["credits"])


class PurchaseRequest(BaseModel):
    packs: int = Field(default=1, ge=1, le=100, description="Packs of 10 credits at $5 each.")
    payment_reference: str | None = Field(default=None, max_length=255)


class PurchaseResponse(BaseModel):
    transaction_id: uuid.UUID
    credits_added: int
    amount_usd: int
    balance: int
    created_at: datetime


@router.get("/subscriptions/plans")
def plans() -> dict[str, object]:
    return {"plans": [plan.to_dict() for plan in PLANS.values()]}


@router.post("/credits/purchase", status_code=status.HTTP_201_CREATED, response_model=PurchaseResponse)
def purchase(body: PurchaseRequest, user: CurrentUser, session: SessionDep) -> PurchaseResponse:
    entry = service.purchase(
        session, user.user_id, packs=body.packs, payment_reference=body.payment_reference
    )
    return PurchaseResponse(transaction_id=entry.transaction_id, credits_added=entry.amount,
                            amount_usd=body.packs * CREDIT_PACK["price_usd"], balance=entry.balance_after,
                            created_at=entry.created_at)  # fmt: skip

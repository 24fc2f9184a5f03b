from __future__ import annotations

from fastapi import APIRouter

from filmstudio.api.deps import CurrentUser, SessionDep
from filmstudio.auth.schemas import CreditEntry, Credits, Me, SubscriptionSummary, YoutubeConnection
from filmstudio.auth.service import active_subscription
from filmstudio.credits import service as credits
from filmstudio.credits.plans import PLANS
from filmstudio.youtube import connection as youtube

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/me", response_model=Me)
def me(user: CurrentUser, session: SessionDep) -> Me:
    sub = active_subscription(session, user.user_id)
    summary = SubscriptionSummary(
        plan=sub.plan if sub else user.tier,
        status=sub.status if sub else "active",
        expires_at=None if (sub is None or sub.plan == "free") else sub.current_period_end,
    )
    return Me(
        user_id=user.user_id,
        email=user.email,
        full_name=user.full_name,
        tier=user.tier,
        credits=user.credits,
        credit_reset_date=user.credit_reset_date,
        created_at=user.created_at,
        subscription=summary,
        youtube=YoutubeConnection(**youtube.status(user)),
        role=user.role,
    )


@router.get("/me/credits", response_model=Credits)
def my_credits(user: CurrentUser, session: SessionDep) -> Credits:
    entries = credits.history(session, user.user_id)
    return Credits(
        balance=user.credits,
        tier=user.tier,
        reset_date=user.credit_reset_date,
        monthly_limit=PLANS[user.tier].credits_per_month,
        history=[
            CreditEntry(
                transaction_id=e.transaction_id,
                type=e.type,
                amount=e.amount,
                balance_after=e.balance_after,
                description=e.description,
                created_at=e.created_at,
            )
            for e in entries
        ],
    )

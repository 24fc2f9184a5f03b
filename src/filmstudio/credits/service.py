"""The credit ledger. Every change to a balance is one atomic statement that refuses to go below zero,
plus one ledger row with the balance after it, in the same transaction: the balance always equals the
sum of the ledger, under any number of concurrent requests, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import calendar
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from filmstudio.credits.plans import PLANS
from filmstudio.errors import InsufficientCredits
from filmstudio.models import CreditTransaction, User


def next_anniversary(start: date, after: date) -> date:
    """The first monthly anniversary of `start` that is after `after` (the 31st becomes the month's end)."""
    months = (after.year - start.year) * 12 + (after.month - start.month)
    while True:
        year, month = divmod(start.month - 1 + months, 12)
        year += start.year
        month += 1
        candidate = date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
        if candidate > after:
            return candidate
        months += 1


def _change(
    session: Session,
    user_id: uuid.UUID,
    amount: int,
    *,
    type_: str,
    description: str,
    project_id: uuid.UUID | None = None,
    job_id: uuid.UUID | None = None,
    meta: dict[str, Any] | None = None,
    stripe_payment_intent_id: str | None = None,
    stripe_reference: str | None = None,
) -> CreditTransaction:
    stmt = update(User).where(User.user_id == user_id)
    if amount < 0:
        stmt = stmt.where(User.credits >= -amount)
    result = session.execute(stmt.values(credits=User.credits + amount).returning(User.credits))
    row = result.first()
    if row is None:
        balance = session.scalar(select(User.credits).where(User.user_id == user_id))
        user = session.get(User, user_id)
        raise InsufficientCredits(
            "You don't have enough credits to generate this video.",
            details={
                "required": -amount,
                "available": balance or 0,
                "next_reset": f"{user.credit_reset_date}T00:00:00Z" if user and user.credit_reset_date else None,
            },
        )
    entry = CreditTransaction(
        user_id=user_id,
        type=type_,
        amount=amount,
        balance_after=row[0],
        description=description,
        project_id=project_id,
        job_id=job_id,
        meta=meta or {},
        stripe_payment_intent_id=stripe_payment_intent_id,
        stripe_reference=stripe_reference,
    )
    session.add(entry)
    session.flush()
    return entry


def grant(session: Session, user_id: uuid.UUID, amount: int, description: str) -> CreditTransaction:
    return _change(session, user_id, amount, type_="grant", description=description)


def deduct_for_job(
    session: Session,
    *,
    user_id: uuid.UUID,
    project_id: uuid.UUID,
    job_id: uuid.UUID,
    credits: int,
    seconds: float,
) -> CreditTransaction:
    """Charge a job when it starts processing. A job is charged once (a unique ledger key)."""
    existing = session.scalar(
        select(CreditTransaction).where(CreditTransaction.job_id == job_id, CreditTransaction.type == "deduction")
    )
    if existing is not None:
        return existing
    with session.begin_nested():
        return _change(
            session,
            user_id,
            -credits,
            type_="deduction",
            description=f"Video generated: {seconds:g} seconds",
            project_id=project_id,
            job_id=job_id,
        )


def refund_job(session: Session, *, job_id: uuid.UUID, reason: str) -> CreditTransaction | None:
    """Give back what a job was charged, exactly once, when it failed for a system reason."""
    charge = session.scalar(
        select(CreditTransaction).where(CreditTransaction.job_id == job_id, CreditTransaction.type == "deduction")
    )
    if charge is None:
        return None
    try:
        with session.begin_nested():
            return _change(
                session,
                charge.user_id,
                -charge.amount,
                type_="refund",
                description=f"Refund: {reason}",
                project_id=charge.project_id,
                job_id=job_id,
            )
    except IntegrityError:  # refunded already, perhaps by another worker at the same moment
        return None


def adjust(session: Session, user_id: uuid.UUID, amount: int, *, reason: str, by: uuid.UUID) -> CreditTransaction:
    """An admin's change to a balance, with its reason; a balance never goes below zero."""
    return _change(session, user_id, amount, type_="adjustment", description=reason, meta={"admin_id": str(by)})


def lock_user(session: Session, user_id: uuid.UUID) -> int:
    """Take the user's row for this transaction (a row lock on PostgreSQL, the write lock on SQLite) and
    return the balance: what is read next cannot change under us."""
    session.execute(update(User).where(User.user_id == user_id).values(credits=User.credits))
    return int(session.scalar(select(User.credits).where(User.user_id == user_id)) or 0)


def paid_change(
    session: Session,
    user_id: uuid.UUID,
    amount: int,
    *,
    type_: str,
    reference: str,
    description: str,
    payment_intent: str | None = None,
    meta: dict[str, Any] | None = None,
) -> CreditTransaction | None:
    """Credits moved by a Stripe payment (an invoice, a PaymentIntent, a refund, a dispute): once per
    (reference, type), however many times and from however many places it is asked. None when done
    already."""
    done = select(CreditTransaction.transaction_id).where(
        CreditTransaction.stripe_reference == reference, CreditTransaction.type == type_
    )
    if session.scalar(done) is not None:
        return None
    try:
        with session.begin_nested():
            return _change(
                session,
                user_id,
                amount,
                type_=type_,
                description=description,
                meta=meta,
                stripe_payment_intent_id=payment_intent,
                stripe_reference=reference,
            )
    except IntegrityError:  # the same payment, recorded at this moment by another request
        return None


def reverse(
    session: Session, user_id: uuid.UUID, credits: int, *, reference: str, description: str, payment_intent: str | None
) -> CreditTransaction | None:
    """Take back credits whose payment was refunded or disputed. The balance never goes below zero: what
    cannot be taken is recorded as a debt on the ledger row."""
    balance = lock_user(session, user_id)
    taken = min(balance, credits)
    return paid_change(
        session,
        user_id,
        -taken,
        type_="reversal",
        reference=reference,
        description=description,
        payment_intent=payment_intent,
        meta={"credits": credits, "debt": credits - taken},
    )


def paid_credits(session: Session, payment_intent: str) -> tuple[int, int]:
    """What one payment granted (purchases, plan grants and resets above zero) and what was taken back."""
    rows = session.scalars(
        select(CreditTransaction).where(CreditTransaction.stripe_payment_intent_id == payment_intent)
    ).all()
    granted = sum(max(0, r.meta.get("granted", r.amount)) for r in rows if r.type in ("purchase", "grant", "reset"))
    reversed_ = sum(int(r.meta.get("credits", -r.amount)) for r in rows if r.type == "reversal")
    return granted, reversed_


def reset_due(session: Session, *, today: date | None = None) -> int:
    """Monthly reset on each user's anniversary: the balance becomes the plan's monthly credits
    (unused credits do not roll over). Returns how many users were reset."""
    today = today or datetime.now(UTC).date()
    due = session.scalars(
        select(User).where(User.credit_reset_date <= today, User.deleted_at.is_(None)).with_for_update()
    ).all()
    for user in due:
        monthly = PLANS[user.tier].credits_per_month
        _change(
            session,
            user.user_id,
            monthly - user.credits,
            type_="reset",
            description="Monthly credit reset",
            meta={"plan": user.tier, "previous_balance": user.credits},
        )
        session.refresh(user)
        user.credit_reset_date = next_anniversary(user.created_at.date(), today)
    return len(due)


def ledger_sum(session: Session, user_id: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(CreditTransaction.amount), 0)).where(CreditTransaction.user_id == user_id)
        )
        or 0
    )


def history(session: Session, user_id: uuid.UUID, *, limit: int = 50) -> list[CreditTransaction]:
    return list(
        session.scalars(
            select(CreditTransaction)
            .where(CreditTransaction.user_id == user_id)
            .order_by(CreditTransaction.created_at.desc(), CreditTransaction.transaction_id)
            .limit(limit)
        )
    )

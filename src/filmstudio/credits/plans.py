"""The subscription plans, as the spec lists them, and the limits they put on a film."""

from __future__ import annotations

import math
from dataclasses import dataclass

from filmstudio.credits.schemas import PlanInfo, PlanLimits
from filmstudio.errors import PlanLimitExceeded

_QUALITY_RANK = {"720p": 0, "1080p": 1, "4k": 2}


@dataclass(frozen=True)
class Plan:
    plan_id: str
    name: str
    price: int
    credits_per_month: int
    features: tuple[str, ...]
    max_duration: int | None
    max_characters: int | None
    quality: str  # the best resolution allowed
    watermark: bool

    def to_schema(self) -> PlanInfo:
        return PlanInfo(
            plan_id=self.plan_id,
            name=self.name,
            price=self.price,
            credits_per_month=self.credits_per_month,
            features=list(self.features),
            limits=PlanLimits(
                max_duration=self.max_duration,
                max_characters=self.max_characters,
                quality="4K" if self.quality == "4k" else self.quality,
            ),
        )


PLANS: dict[str, Plan] = {
    p.plan_id: p
    for p in (
        Plan("free", "Free", 0, 3, ("Basic video generation", "Watermarked videos"), 60, 1, "720p", True),
        Plan(
            "standard",
            "Standard",
            39,
            30,
            ("No watermark", "HD quality", "Multi-character"),
            120,
            3,
            "1080p",
            False,
        ),
        Plan("pro", "Pro", 49, 60, ("4K quality", "Priority processing", "API access"), 180, 5, "4k", False),
        Plan(
            "enterprise",
            "Enterprise",
            99,
            150,
            ("Unlimited everything", "Dedicated support", "Custom branding"),
            None,
            None,
            "4k",
            False,
        ),
    )
}
CREDIT_PACK = {"credits": 10, "price_usd": 5}


def credits_required(duration_seconds: float, films: int = 1) -> int:
    """Credits for `films` films of this length (a film and its dubbed versions: each is made anew)."""
    return films * max(1, math.ceil(duration_seconds / 20))


def check_limits(plan_id: str, *, duration: float, characters: int, resolution: str) -> None:
    """Refuse settings the plan does not allow, saying which limit and what would fit."""
    plan = PLANS[plan_id]
    if plan.max_duration is not None and duration > plan.max_duration:
        raise PlanLimitExceeded(
            f"The {plan.name} plan makes films up to {plan.max_duration} s; this one is {duration:g} s. "
            "Shorten it or upgrade your plan.",
            details={"limit": "max_duration", "allowed": plan.max_duration, "requested": duration},
        )
    if plan.max_characters is not None and characters > plan.max_characters:
        raise PlanLimitExceeded(
            f"The {plan.name} plan allows {plan.max_characters} speaking character(s); the script has "
            f"{characters}. Upgrade your plan for multi-character films.",
            details={"limit": "max_characters", "allowed": plan.max_characters, "requested": characters},
        )
    if _QUALITY_RANK[resolution] > _QUALITY_RANK[plan.quality]:
        raise PlanLimitExceeded(
            f"The {plan.name} plan renders up to {plan.quality}; {resolution} needs a higher plan.",
            details={"limit": "quality", "allowed": plan.quality, "requested": resolution},
        )

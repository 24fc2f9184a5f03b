"""An animal the story never cast, named beside the subject it acts with ("The dog and the cat ran after the
ball.", script/joined_beings.py): an extra of one that does the moment's verb. It goes with the one it is
named with, not as a herd across the back of the picture: as large as its kind beside the cast, on the same
ground, facing the same way (chosen in staged._crowd, where its sprite is drawn), a step behind (a crowd walking the other way hid it behind the dog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from filmstudio.storyboard import Extra, Moment

if TYPE_CHECKING:
    from filmstudio.animation.placed import Figure


def is_companion(extra: Extra, moment: Moment) -> bool:
    """Whether the extra is one animal doing the moment's verb beside its people."""
    return extra.animal is not None and extra.count == 1 and extra.verb == moment.verb and bool(moment.who)


def follow_the_lead(crowd: list[Figure], figures: list[Figure], moment: Moment, width: int) -> None:
    """Set each companion of `crowd` beside the lead figure: its ground, its way, a step behind it."""
    if not figures:
        return
    lead = figures[0]
    keys = {e.animal for e in moment.extras if is_companion(e, moment)}
    behind = 0
    for fig in crowd:
        if fig.animal_key not in keys or fig.animal is None:
            continue
        behind += 1
        lead_w = lead.animal.size[0] if lead.animal is not None else 0.08 * width
        step = behind * (0.5 * lead_w + 0.5 * fig.animal.size[0] + 0.02 * width)
        shift = -lead.facing * step
        low, high = 0.5 * fig.animal.size[0], width - 0.5 * fig.animal.size[0]
        fig.x0 = min(high, max(low, lead.x0 + shift))
        fig.x1 = min(high, max(low, lead.x1 + shift))
        fig.feet, fig.phase = lead.feet, lead.phase + 0.5  # its way was set with its sprite (staged._crowd)

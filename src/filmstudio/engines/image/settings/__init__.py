"""The drawn settings, grouped by kind (nature, towns, rooms, vehicles, crafts; `parts` holds what they share):
one drawing function per setting, each painting ground, landmarks and props over the sky."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from filmstudio.animation.set_furniture import PAINTED_FURNITURE, Furniture
from filmstudio.engines.image.settings.below import BELOW
from filmstudio.engines.image.settings.crafts import CRAFTS, CRAFTS_INSIDE
from filmstudio.engines.image.settings.grounds import GROUNDS
from filmstudio.engines.image.settings.halls import HALLS, HALLS_INSIDE
from filmstudio.engines.image.settings.heights import HEIGHT_VIEWS
from filmstudio.engines.image.settings.nature import NATURE
from filmstudio.engines.image.settings.rooms import INSIDE_VIEWS as HOUSES_INSIDE
from filmstudio.engines.image.settings.rooms import ROOMS
from filmstudio.engines.image.settings.towns import TOWNS
from filmstudio.engines.image.settings.trades import TRADES
from filmstudio.engines.image.settings.vehicles import VEHICLES
from filmstudio.engines.image.shapes import Draw

SETTINGS: dict[str, Draw] = {**NATURE, **TOWNS, **ROOMS, **VEHICLES, **CRAFTS, **HALLS, **BELOW, **TRADES, **GROUNDS}
# settings that may be inside or out: drawn inside when the heading says INT.
INSIDE_VIEWS: dict[str, Draw] = {**HOUSES_INSIDE, **CRAFTS_INSIDE, **HALLS_INSIDE}
FALLBACK = "landscape"  # what an unknown setting is drawn as
# drawn as a plain dark card on purpose (a screenplay's title sequence): no picture to tell apart
PLAIN = frozenset({"title_card"})


__all__ = ["HEIGHT_VIEWS", "INSIDE_VIEWS", "PAINTED_FURNITURE", "PLAIN", "SETTINGS", "Furniture", "draw_setting"]


def draw_setting(
    img: Image.Image,
    setting: str,
    w: int,
    h: int,
    horizon: int,
    time: str,
    rng: np.random.Generator,
    *,
    inside: bool = False,
) -> None:
    """Paint a setting over the sky; `inside` takes the inside view of a place that has both (a
    mansion's hall, a cabin's room)."""
    draw = ImageDraw.Draw(img, "RGBA")
    paint = INSIDE_VIEWS.get(setting) if inside else None
    # a place up a tree, on a roof or down a pit is a moment's, never read as a scene's (script/heights.py)
    (paint or SETTINGS.get(setting) or HEIGHT_VIEWS.get(setting) or SETTINGS[FALLBACK])(
        img, draw, w, h, horizon, time, rng
    )

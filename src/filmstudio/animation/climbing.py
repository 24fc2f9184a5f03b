"""One who climbs a tall thing climbs on it, not beside it: the ladder, the tree or the tower a sentence
climbs ("began to climb the ladder", "climbed the tall pine": script/complement_verbs.py puts it "near"
its climber) is drawn right behind them, as tall as it is in life beside a person, and the climber goes
up it as the shot plays (animation/staged.py lifts each climber over the shot)."""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

from filmstudio.animation.placed import Figure
from filmstudio.animation.sprite import Sprite

# how tall each climbed thing is drawn beside an adult (shares of the adult's height); things set down
# beside one who does not climb keep their own height (animation/held.py)
CLIMBED_HEIGHT = {"ladder": 1.3, "rope": 1.6, "tree": 1.8, "pine_tree": 1.9, "palm_tree": 1.9, "tower": 2.0}
_HEADROOM = 0.03  # the top of the climbed thing stays this share of the frame below its top edge


def onto_the_climbed(
    under: list[Figure],
    figures: list[Figure],
    picture: Callable[[str, float], Image.Image | None],
    adult: float,
    frame_height: int,
) -> None:
    """Each thing set down at a climber's feet (`under`: drawn behind everyone) that is one climbs is drawn
    as tall as it is, and right behind its climber (a ladder keeps its place a little to the side they face
    from: animation/staged.py); `picture(key, height)` draws a thing `height` pixels tall."""
    climbers = {f.character_id: f for f in figures if f.rig is not None}
    for thing in under:
        holder = thing.holds.holder if thing.holds is not None else None
        climber = climbers.get(holder or "")
        if not thing.set_down or thing.animal_key not in CLIMBED_HEIGHT or climber is None:
            continue
        height = min(CLIMBED_HEIGHT[thing.animal_key] * adult, thing.feet - _HEADROOM * frame_height)
        image = picture(thing.animal_key, height)
        if image is not None:
            old = thing.animal.size[0] if thing.animal is not None else 0.0
            thing.animal = Sprite.from_image(image, (image.width / 2, image.height))
            if thing.animal_key == "ladder":  # its place beside them scales with it
                off = (thing.x0 - climber.x0) * (image.width / old if old else 1.0)
                thing.x0, thing.x1 = climber.x0 + off, climber.x1 + off
                continue
        if thing.animal_key != "ladder":
            thing.x0, thing.x1, thing.feet = climber.x0, climber.x1, climber.feet

"""Nobody is drawn in the riding pose over bare ground: one who rides with nothing under them (a mount the
reading missed, an old storyboard, the second of two who ride one named animal) is put on the mount the
moment rides (the donkey named, not a horse), else on the mount a ride implies (script/mounts.py), or walks
where no picture of it is at hand. A mount whose icon is drawn kicking (the set's donkey bucks) is turned
level under its rider, its hooves on the ground."""

from __future__ import annotations

import numpy as np
from PIL import Image

from filmstudio.animation import body, key_things, level_stance
from filmstudio.animation.placed import Figure
from filmstudio.animation.sprite import Sprite
from filmstudio.script.key_things import SEATED_IN
from filmstudio.script.mounts import DEFAULT_MOUNT
from filmstudio.script.vocabulary import THINGS
from filmstudio.storyboard import Moment


def on_nothing(figures: list[Figure], setting: str) -> list[Figure]:
    """The people posed riding with no mount, vehicle or boat under them (inside a vehicle one sits)."""
    if setting in key_things.INSIDE_VEHICLES:
        return []
    return [
        f
        for f in figures
        if f.rig is not None
        and body.pose_of(f.verb) == "ride"
        and f.mount is None
        and f.vehicle is None
        and f.boat is None
        and not f.aboard
    ]


def mount_of(moment: Moment) -> str:
    """The animal the moment's riders ride ("they rode their donkey": the donkey, for each of them), else
    the mount a ride implies."""
    ridden = (p.key for p in moment.props if p.role == "ridden" and p.key not in SEATED_IN)
    return next((k for k in ridden if THINGS.get(k, ("",))[0] == "animal"), DEFAULT_MOUNT)


def level(sprite: Sprite | None, key: str) -> Sprite | None:
    """The mount's picture standing level where its icon is drawn kicking; else as it is."""
    if sprite is None or key not in level_stance.BUCKING:
        return sprite
    alpha = sprite.core.astype(np.uint8) * 255
    alpha[sprite.edge_y, sprite.edge_x] = (sprite.edge_alpha[:, 0] * 255).astype(np.uint8)
    picture = level_stance.standing(key, Image.fromarray(np.dstack([sprite.rgb, alpha]), "RGBA"))
    return Sprite.from_image(picture, (picture.width / 2, picture.height))

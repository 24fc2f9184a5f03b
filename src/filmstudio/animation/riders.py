"""Nobody is drawn in the riding pose over bare ground: one who rides with nothing under them (a mount the
reading missed, an old storyboard) is put on the mount a ride implies (script/mounts.py), or walks where no
picture of it is at hand."""

from __future__ import annotations

from filmstudio.animation import body, key_things
from filmstudio.animation.placed import Figure


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

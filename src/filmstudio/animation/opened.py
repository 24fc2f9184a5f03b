"""A door drawn open: the dark doorway in its frame, and the door's own picture swung out on its hinge,
narrowed as a leaf turned towards the viewer is, its free edge a little taller (nearer). The picture set
draws a door shut, seen from the front; a sentence that opens one should show it open."""

from __future__ import annotations

from PIL import Image

SWUNG = 0.38  # the open leaf's width, as a share of the door's
NEARER = 0.08  # how much taller its free edge is drawn (turned towards the viewer)
DOORWAY = (38, 30, 26, 255)


def opened_door(door: Image.Image, hinge_left: bool) -> Image.Image:
    """The door picture `door` (RGBA, seen shut) open: the doorway where it stood, the leaf swung out on
    the hinge side (the left where `hinge_left`)."""
    w, h = door.size
    leaf_w = max(2, int(w * SWUNG))
    rise = int(h * NEARER / 2)
    out = Image.new("RGBA", (w + leaf_w, h + 2 * rise), (0, 0, 0, 0))
    frame_x = leaf_w if hinge_left else 0
    alpha = door.getchannel("A")
    inner = alpha.resize((max(1, int(w * 0.84)), max(1, int(h * 0.92))))
    hole = Image.new("RGBA", inner.size, DOORWAY)
    doorway = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    doorway.paste(door, (0, 0))
    doorway.paste(hole, ((w - inner.width) // 2, h - inner.height), inner)  # the frame stays round it
    out.alpha_composite(doorway, (frame_x, rise))
    # the leaf: the shut door narrowed, its free edge taller than its hinge edge
    narrow = door.resize((leaf_w, h), Image.Resampling.LANCZOS)
    tall = Image.new("RGBA", (leaf_w, h + 2 * rise), (0, 0, 0, 0))
    tall.paste(narrow, (0, rise))
    # a quad: the hinge edge as tall as the frame, the free edge `rise` taller at both ends
    if hinge_left:  # hinge on the leaf's right edge (at the frame), free edge on its left
        quad = (0, rise, 0, h + rise, leaf_w, h + 2 * rise, leaf_w, 0)
    else:
        quad = (0, 0, 0, h + 2 * rise, leaf_w, h + rise, leaf_w, rise)
    leaf = tall.transform(tall.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)
    out.alpha_composite(leaf, (0 if hinge_left else w, 0))
    return out

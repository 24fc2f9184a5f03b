"""Where a setting's own painting puts the furniture one rests on (a bedroom's bed, a great hall's long
table), so the staging lays a sleeper in that bed or sets a cup on that table instead of bringing a second
one in beside it (animation/painted_beds.py), and the thing painter names it there instead of painting it
again (engines/image/things.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Furniture:
    """A painted piece of furniture, as shares of the frame: its left and right ends, its top surface (a
    bed's mattress, a table's top: where what rests on it rests) and its foot on the floor; for a bed, the
    share across where the sleeper's head goes (its pillow's outer end)."""

    left: float
    top: float
    right: float
    foot: float
    head: float | None = None

    def box(self, w: int, h: int) -> tuple[float, float, float, float]:
        """Left, top, right, foot in pixels of a `w`×`h` picture."""
        return self.left * w, self.top * h, self.right * w, self.foot * h

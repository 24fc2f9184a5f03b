"""Where the sets paint the furniture one rests on (a bedroom's bed, a great hall's long table), as shares of
the frame: the painters draw it there (engines/image/settings) and the staging lays a sleeper in that bed or
sets a cup on that table instead of bringing a second one in beside it (animation/painted_beds.py); the thing
painter names it there instead of painting it again (engines/image/things.py). Below both, so both read it."""

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


ROOM_FLOOR = 0.72  # parts.room's floor line
HALL_FLOOR = 0.8  # a grand room's floor starts low: its walls are tall
CELL_FLOOR = 0.74

# the bedroom's bed (its blanket's top is the mattress), its pillow on the left by the headboard
BEDROOM_BED = Furniture(0.1, ROOM_FLOOR - 0.08, 0.52, ROOM_FLOOR + 0.1, head=0.13)
# the hospital bed: its white sheet on top, the taller rail at its head on the left
HOSPITAL_BED = Furniture(0.4, ROOM_FLOOR - 0.12, 0.82, ROOM_FLOOR + 0.02, head=0.41)
GREAT_HALL_TABLE = Furniture(0.1, HALL_FLOOR - 0.1, 0.9, HALL_FLOOR + 0.02)
BEDCHAMBER_BED = Furniture(0.16, HALL_FLOOR - 0.12, 0.62, HALL_FLOOR + 0.05, head=0.22)
CELL_BED = Furniture(0.06, CELL_FLOOR - 0.1, 0.34, CELL_FLOOR + 0.01, head=0.07)  # the cell's plank bed

# the beds and tables settings paint, where they are: one lies in that bed, sets a cup on that table
PAINTED_FURNITURE: dict[str, dict[str, Furniture]] = {
    "bedroom": {"bed": BEDROOM_BED},
    "hospital_room": {"bed": HOSPITAL_BED},
    "great_hall": {"table": GREAT_HALL_TABLE},
    "bedchamber": {"bed": BEDCHAMBER_BED},
    "prison_cell": {"bed": CELL_BED},
}

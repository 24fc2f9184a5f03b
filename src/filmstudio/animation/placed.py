"""A being placed in a staged shot (animation/staged.py): where it stands and goes, what it does, holds,
rides and touches. Its own module so that the helpers staged.py calls (touching, companions) can name it
without importing staged.py back."""

from __future__ import annotations

from dataclasses import dataclass, field

from filmstudio.animation.rig import Rig
from filmstudio.animation.sprite import Sprite
from filmstudio.storyboard import Prop


@dataclass
class Figure:
    character_id: str
    rig: Rig | None  # None: an animal, drawn as its sprite
    verb: str
    x0: float
    x1: float  # where it is at the shot's start and end (a walk crosses the frame)
    feet: float
    facing: int
    holds: Prop | None = None
    mount: Sprite | None = None
    mount_flipped: Sprite | None = None
    boat: Sprite | None = None
    vehicle: Sprite | None = None  # a car, a bus, a cart it sits in (animation/key_things.py)
    belt: float = 0.0  # the height of the vehicle's side that hides its hips and legs, in pixels
    passengers: list[Figure] = field(default_factory=list)  # those who ride in its vehicle with it, seated
    aboard: bool = False  # a passenger: seated in another's vehicle (drawn by that one), its legs hidden
    thing: Sprite | None = None
    animal: Sprite | None = None
    animal_steps: list[Sprite] = field(default_factory=list)  # a drawn body's walk, step by step
    expression: str | None = None
    climb: float = 0.0  # how far up it climbs over the shot, in pixels
    phase: float = 0.0
    gives_to: Figure | None = None
    animal_key: str = ""  # an animal of a herd, which is no character
    grip: str = "hand"  # how it holds its thing (animation/held.py)
    aloft: bool = False  # up in a tree: no shadow on the ground under it
    water: float | None = None  # an animal in water: the surface's height, nothing of it drawn below
    shadow: Sprite | None = None  # its contact shadow on the ground, drawn before it
    shadow_dx: float = 0.0  # the shadow's middle from where it stands (under an animal's feet, not its tail)
    set_down: bool = False  # a thing standing on the ground by whoever uses it (a table, a jug set down)
    seat: str | None = None  # what one who sits sits on (script/staging.py's "seat" prop): drawn under them
    # what it rests on (a table a cup stands on): its foot on that one's top surface, `on_dx` along it
    on: Figure | None = None
    on_dx: float = 0.0
    shards: Sprite | None = None  # a thing that breaks as it falls: its pieces on the ground once down
    faces_other: bool = False  # one of a pair of the crowd turned to the other: its eyes on them
    # one of two in touch (animation/touching.py): the contact, the other one, and whether this one does it
    touch: str = ""
    touching: Figure | None = None
    toucher: bool = False

"""The beings of tales drawn as what they are, not as a grown person: the small folk (an elf, a gnome, a
goblin, a dwarf) are people of a child's height or less, an angel wears a halo, and a sky thing that
speaks (the Sun, the Moon, the North Wind) is its picture with a face, up in the sky. What each is comes
from its name (script/creature_nouns.py); the animals of the cast are drawn by animal_bodies.py."""

from __future__ import annotations

from filmstudio.script.creature_nouns import kind_of
from filmstudio.storyboard import Character, Scene

SMALL_FOLK_SCALE = 0.5  # a gnome or an elf against a grown person's height: about a child of five
# the sky things' pictures with a face (Fluent Emoji Flat), by the keys script/creature_nouns.py gives them
SKY_FACES = {"sun_face": ("🌞",), "moon_face": ("🌝",), "wind_face": ("🌬️",)}
SKY_SIZE = 0.7  # a sky thing's picture against a grown person's height
SKY_FEET = 0.42  # the bottom of a sky thing's picture, as a share of the frame's height from its top
SKY_BODIES = {"sun_face": "sun", "moon_face": "moon"}  # the thing (and the painted disc) each face is


def stature(character: Character) -> float:
    """How tall the character's figure is against a person of their age: the small folk are small."""
    return named_stature(character.name, character.language)


def named_stature(name: str, language: str = "en") -> float:
    """As `stature`, for a crowd named by its words ("Gnomes", "two little elves")."""
    return SMALL_FOLK_SCALE if kind_of(name, language) == "small" else 1.0


def headwear(character: Character) -> str:
    """A halo for an angel, else nothing of its kind."""
    return "halo" if kind_of(character.name, character.language) == "winged" else ""


def sky_x(k: int) -> float:
    """Where the k-th sky thing of a shot hangs, as a share of the frame's width: to the sides, clear of
    the people in the middle and of each other (the Wind and the Sun at their wager)."""
    return 0.78 if k % 2 == 0 else 0.22


def in_the_sky(key: str) -> bool:
    """The picture is of a sky thing: drawn up in the sky, not on the ground."""
    return key in SKY_FACES


def faced_sky(characters: list[Character], scene: Scene) -> tuple[str, ...]:
    """The sky bodies of a scene that are characters of it ("sun", "moon"): the staging draws them with a
    face, so the picture paints neither their disc in its sky nor their thing a second time."""
    present = {*scene.cast, *(c for s in scene.shots for c in s.actors), *(line.character_id for line in scene.lines)}
    present |= {c for m in scene.moments for c in m.who}
    return tuple(sorted({SKY_BODIES[c.animal] for c in characters if c.id in present and c.animal in SKY_BODIES}))

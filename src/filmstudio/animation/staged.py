"""A narrated scene played as its moments: for each staged shot, its people as whole figures acting the
sentence's verb where the picture's ground is (walking across, riding their animal, rowing their boat),
the things they act with in their hands or under them, the groups the text names as a small crowd
behind, and the animals that are characters moving as themselves. The figures stand apart by their drawn
widths (two who meet or talk face each other, walkers together one behind the other), inside the frame,
each on a soft contact shadow."""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

import cv2
import numpy as np
from PIL import Image

from filmstudio.animation import (
    animal_bodies,
    at_the_table,
    bed_cover,
    beds,
    body,
    broken,
    climbing,
    copies,
    creature_acting,
    creatures,
    done_to,
    held,
    icon_poses,
    key_things,
    level_stance,
    opened,
    painted_beds,
    riders,
    sizes,
    supports,
    touching,
)
from filmstudio.animation.acting import Performer
from filmstudio.animation.bed_cover import tucked_in
from filmstudio.animation.companions import follow_the_lead, is_companion
from filmstudio.animation.facing_the_spot import face_the_spot
from filmstudio.animation.kept import held_moment, held_props
from filmstudio.animation.kin_variety import own_coat, own_scale
from filmstudio.animation.looks import grey_hair
from filmstudio.animation.placed import Figure
from filmstudio.animation.player import Framer, framed_still, shot_at
from filmstudio.animation.rig import Rig
from filmstudio.animation.shots import subject_thing
from filmstudio.animation.sprite import Sprite, blit
from filmstudio.media.subtitles import subtitle_band
from filmstudio.script.key_things import BEDS, BESIDE, SEATED_IN
from filmstudio.script.mounts import DEFAULT_MOUNT
from filmstudio.script.staging import STANDING, SURFACES
from filmstudio.script.vocabulary import THINGS
from filmstudio.storyboard import Age, Character, Look, Moment, Prop, Scene, Shot, Thing

RigFactory = Callable[[str, float], Rig]
SpriteFactory = Callable[[str, int], Image.Image | None]  # thing key, height in pixels
FIGURE_SHARE = 0.42  # an adult's height in a wide view, as a share of the frame's
GROUND = 0.84  # where the front figures stand, as a share of the frame's height
FEET_ABOVE_SUBTITLES = 0.025  # the room between the feet and a subtitle's top, as a share of the frame's height
# where a boat's keel or a swimmer is, in settings whose water is not the foreground: between the river's far
# and near banks (engines/image/settings/nature.py RIVER_FAR_BANK, RIVER_NEAR_BANK), on a pool behind its deck
_AFLOAT = {"river": 0.665, "swimming_pool": 0.7}
CLEAR_OF = 0.04  # of the frame's width: _place sets a row this far past the point it stands by
# a house, a tree taller than a person (of the frame's height): far behind, one by it may stand before it
_STOOD_BEFORE = {"building", "plant"}
_PERSON_HIGH = 0.3
_BESIDE = {"table", "chair"}  # set down beside whoever uses them, spaced as a figure is; the rest at their feet
CROWD_GROUND = 0.7
CROWD_SIZE = 0.62  # a crowd's people beside the cast's
CHAIR_SEAT = 0.55  # a chair's seat, as a share of its height (animation/held.py)
MAX_FIGURES = 5  # the most characters one shot draws side by side
GAP = 0.045  # the least room between two figures side by side, as a share of the frame's width
SPREAD_GAP = 0.07  # the most room between figures when there is room to spare (a crowd of the cast)
SHADOW_ALPHA = 0.38  # how dark a contact shadow is at its middle
SHADOW_COLOUR = (20, 24, 30)
WALK_ROOM = 0.15  # the least way a walk in a line goes across the frame (the walkers shrink for it)
YOUNG_SCALE = 0.6  # a young animal (a kid, a cub) beside a grown one of its kind
# a scene of animals alone is drawn up, all of them alike, till its tallest stands this share of the frame
ANIMALS_ALONE_TALLEST = 0.5
# no more than this: the picture's fences, sheds, trees and furniture are drawn to a person's scale, and a
# rabbit drawn up five times would stand over a fence (at the front, a fence at the back is as tall as 1.8)
MOST_GROWN = 1.5
CLOSE_ANIMAL_SHARE = 0.4  # the least height of the tallest animal in a close-up of animals, as a share of the frame
ALONE_ANIMAL_SHARE = 0.12  # the least in a wide shot of animals alone in a scene of people (a mouse that runs)
LEAST_THING = 0.035  # the smallest a thing is drawn, as a share of the frame's height: a key, not a speck
# a small thing a sentence is about with nobody beside it ("the kettle began to whistle") is drawn with its
# longer side this share of the frame's height: read at once, not a speck in an empty plate, and still no
# bigger than a hand beside the scene's people in the shots before and after (a quarter of a person)
THING_ALONE_SHARE = 0.1
THROW_AT = 0.25  # how far into its moment a thrown thing leaves the hand
THROW_REACH = 0.35  # how far it flies, as a share of the frame's width
IN_ARMS_MOST = 0.3  # the tallest an animal carried in the arms is drawn, in a grown holder's heights
# things no one lifts: drawn at the height the picture paints them beside a person, not at a hand's size
STANDING_KINDS = {"vehicle", "building"}
STANDING_FURNITURE = {
    "bathtub", "bed", "chair", "coffin", "couch", "door", "mirror", "shower", "table", "television", "toilet", "window"
}  # fmt: skip
SMALL_PAINTED = 0.15  # a painted thing shorter than this share of the frame is a small one (a loaf, a jug)
MARGIN = 0.03  # what a figure keeps clear of the frame's side, as a share of its width
# words between a walk's verb and the one walked with that make it a walk together, not up to them
WITH_WORDS = {
    "with",
    "together",
    "beside",
    "con",
    "junto",
    "juntos",
    "juntas",
    "avec",
    "ensemble",
    "mit",
    "zusammen",
    "neben",
    "insieme",
    "com",
    "с",
    "со",
    "вместе",
    "साथ",
}
# the beginnings of verbs of following (en, es, it, pt, fr, de, ru): the one followed walks ahead
FOLLOW_STEMS = ("follow", "sigu", "segu", "suiv", "folg", "следова", "последова")
CROWD_ROOM = 7  # the most of one group a wide view draws side by side
# how tall a mount, a boat or a carried thing is beside an adult (shares of the adult's height)
MOUNT_HEIGHT = {
    "horse": 0.85,
    "camel": 0.95,
    "elephant": 1.2,
    "donkey": 0.75,
    "mule": 0.8,
    "ox": 0.7,
    "cow": 0.7,
    "water_buffalo": 0.7,
    "zebra": 0.8,
    "bicycle": 0.5,
    "motorcycle": 0.55,
    "scooter": 0.5,
    "motor_scooter": 0.5,
    "llama": 0.7,
    "deer": 0.7,
    "goat": 0.4,
    "pig": 0.4,
}
ON_HEAD = {
    "basket",
    "package",
    "bucket",
    "amphora",
    "jar",
    "water_pot",
    "bundle",
    "sack",
    "pot",
    "log",
    "wood",
    "jug",
    "pitcher",
}
TREES = {"tree", "pine_tree", "palm_tree", "deciduous_tree", "evergreen_tree"}
FLYERS = creature_acting.WINGED
SKY_TOP = 0.03  # the least room above a sky being's face, as a share of the frame's height
CLOSE_ZOOM = 1.35  # how much closer a close-up frames the scene's picture
WINGED_FLIGHT = 0.22  # how far above the ground a winged person that flies is, as a share of the frame
HOP_SPEED = 0.1  # how fast an animal that hops or leaps goes across the frame, in frame widths a second
FALLEN = 0.35  # a thing that breaks is down (and in pieces) this share into its shot
# the words that break a falling thing (English forms: the fall alone shows elsewhere)
BREAKING = frozenset(
    {"break", "breaks", "broke", "broken", "shatter", "shatters", "shattered", "smash", "smashed", "cracked"}
)
LEAP = 0.6  # how high an animal leaps, in its own heights
RECIPROCAL = {"hug", "look", "fight"}  # what a pair of the crowd does to each other, face to face
PAIR_APART = 0.16  # how far apart such a pair stands (but a hug), as a share of the frame's width
DOOR_HEIGHT = 1.12  # a door against a grown person's height
# the words of the eating class that drink (English forms; other languages eat with the cup)
DRINKING = frozenset(
    {"drink", "drank", "drunk", "drinks", "drinking", "sip", "sipped", "sips", "sipping", "gulp", "gulped"}
)
# what a flyer does in the air: a bird said to walk or run does it on the ground, on its feet
AIRBORNE = {"fly", "go", "arrive"}
ON_THE_WING = {"bee", "butterfly", "mosquito", "bat"}  # no feet to go on: every way it goes, it flies
# what something may be put on top of (script/vocabulary.py kinds, and keys of other kinds): never an animal,
# a person, food or the ground
SUPPORT_KINDS = {"furniture", "vehicle", "tool"}
SUPPORT_KEYS = {"rock"}
# the animals besides the flyers that sit or sleep up in a tree the sentence names (others stay under it)
CLIMBERS = {"cat", "monkey", "squirrel", "koala", "sloth", "raccoon", "leopard", "snake", "lizard"}
CROWD_LOOKS = {
    "skin": ["#f1c8a5", "#d9a274", "#c68c5a", "#a0683f", "#7a4b2a", "#5a3a22"],
    "attire": ["#3f6fb0", "#b04a3f", "#4f8f4a", "#c08a30", "#7a4f9a", "#2f6f6f", "#a0a0a0", "#d0b070"],
    "hair": ["#2b1d14", "#1a1a1a", "#5a3a1a", "#8a6a3a", "#c0c0c0"],
}


@dataclass
class StagedLayout:
    shot: Shot
    plate: np.ndarray
    figures: list[Figure]
    crowd: list[Figure] = field(default_factory=list)
    water: float | None = None  # the water line for swimmers and boats
    under: list[Figure] = field(default_factory=list)  # under the feet or behind them: a rug, a ladder
    over: list[tuple[Figure, Sprite]] = field(default_factory=list)  # over a body: a sleeper's blanket


def _rng(*parts: object) -> np.random.Generator:
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


def ground_line(size: tuple[int, int]) -> float:
    """Where the front figures' feet are, in pixels: above the subtitles (their shadows too) where GROUND
    would put them under its text, so no cue covers legs, feet or a small figure."""
    return min(GROUND * size[1], subtitle_band(*size)[0] - FEET_ABOVE_SUBTITLES * size[1])


def crowd_character(kind: str, k: int, seed: int) -> Character:
    """One person of a crowd, looked the same in every frame of the film."""
    rng = _rng(seed, kind, k)
    female = kind == "women" or (kind in ("people", "children") and rng.random() < 0.5)
    pick = lambda name: str(rng.choice(CROWD_LOOKS[name]))  # noqa: E731
    attire = "jacket" if kind == "soldiers" else ("dress" if female else str(rng.choice(["shirt", "kurta", "sweater"])))
    look = Look(
        presents="female" if female else "male",
        skin=pick("skin"),
        hair_color=pick("hair"),
        hair_style="long" if female and rng.random() < 0.6 else "short",
        attire=attire,
        attire_color="#4a5a3a" if kind == "soldiers" else pick("attire"),
        accent_color=pick("attire"),
        head_scale=1.25 if kind == "children" else 1.0,
        build=0.8 if kind == "children" else 1.0,
    )
    # a silver-haired one of a crowd is one of its old people (grey hair on no child or young adult)
    age: Age = "child" if kind == "children" else "elderly" if grey_hair(look.hair_color) else "young_adult"
    return Character(id=f"crowd.{kind}.{k}", name="", gender="female" if female else "male", age=age, look=look)


class StagedScene:
    """Implements the frames' scene protocol (start, end, frame(t)) for a scene's staged shots."""

    def __init__(
        self,
        scene: Scene,
        still: np.ndarray,
        rigs: RigFactory,
        performers: dict[str, Performer],
        size: tuple[int, int],
        *,
        things: SpriteFactory,
        animals: dict[str, str],
        seed: int = 0,
        crowd_rig: Callable[[Character, float], Rig] | None = None,
        speaking: dict[str, list[tuple[float, float]]] | None = None,
        heights: Callable[[str], float] = lambda key: 0.15,
        framed: Framer | None = None,
        young: AbstractSet[str] = frozenset(),
        crowd_seed: int | None = None,
    ) -> None:
        self._framed = framed or framed_still
        # the film's seed (not the scene's): a crowd's people look the same in every scene of it
        self.crowd_seed = seed if crowd_seed is None else crowd_seed
        self.start, self.end = scene.start or 0.0, scene.end or 0.0
        self.scene = scene
        self.size = size
        self.performers = performers
        self.things = things
        self.animals = animals  # character id -> the animal's thing key
        self.young = young  # the animals that are young (kids, cubs, kittens): smaller than their elders
        self.seed = seed
        self.speaking = speaking or {}
        self.crowd_rig = crowd_rig
        self.heights = heights  # how tall a thing stands, as a share of the frame: a load goes on the head
        self.moments = {m.id: m for m in scene.moments}
        # the lowest an animal stands: above the subtitles
        self._animal_floor = subtitle_band(*size)[0] - 0.01 * size[1]
        self._ground = ground_line(size)
        self._grown = self._animals_grown()
        self._talk_sprites: dict[tuple[int, int], Sprite] = {}
        self.layouts = [self._layout(shot, still, rigs) for shot in scene.shots if shot.moment]
        self.log: list[tuple[int, str, str, float, str]] = []
        self._last: tuple[int, np.ndarray] | None = None
        # frame, character, x, feet, verb, face centre y and face height (pixels): what was acted where
        self.drawn: list[tuple[int, str, float, float, str, float, float]] = []

    # -- layout ---------------------------------------------------------------------------------------

    def _sprite(self, key: str, height: float, flip: bool = False) -> Sprite | None:
        whole = animal_bodies.whole_animal(self.things, key, height) if animal_bodies.has_body(key) else []
        img = whole[0] if whole else self.things(key, int(max(8, height))) or held.drawn(key, int(max(8, height)))
        if img is None:
            return None
        if flip:  # the set's animals and vehicles face left
            img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        return Sprite.from_image(img, (img.width / 2, img.height))

    def _readable(self, key: str, height: float, least: float) -> Sprite | None:
        """A thing in the hand `height` pixels tall, drawn larger where its longer side would span fewer than
        `least` pixels (a cup, a flat plate): seen as a thing, not a speck by the hand."""
        sprite = self._sprite(key, height)
        if sprite is not None and max(sprite.size) < least:
            sprite = self._sprite(key, height * (least + 1) / max(sprite.size))  # +1: whole pixels
        return sprite

    def _beast_height(self, cid: str) -> float:
        """An animal character's height against a grown person's, by its size in life and what the scene's
        sentences call it ("a big mastiff"); a young one (a kid beside its mother) is smaller."""
        text = " ".join(m.text for m in self.scene.moments if cid in m.who)
        share = sizes.drawn_share(self.animals[cid], text) * own_scale(cid, self.animals)  # two mice: told apart
        return share * YOUNG_SCALE if cid in self.young else share

    def _thing_share(self, key: str) -> float:
        """An animal the scene shows that is no character (a dog near, a herd): its drawn height against a
        grown person's, by what the scene calls it ("the mastiff")."""
        names = [w for t in self.scene.things if t.key == key for w in t.words]
        text = " ".join(m.text for m in self.scene.moments if any(p.key == key for p in m.props))
        if self._toy(key):
            return sizes.TOY_SHARE
        return sizes.drawn_share(key, text, names)

    def _toy(self, key: str) -> bool:
        """The scene names the thing as a plaything ("a toy dinosaur", "a castle of Lego"): drawn toy-sized."""
        names = [w for t in self.scene.things if t.key == key for w in t.words]
        big = THINGS.get(key, ("",))[0] in STANDING_KINDS or key in STANDING_FURNITURE
        return sizes.toy_sized(key, " ".join(m.text for m in self.scene.moments), names, big=big)

    def _animals_grown(self) -> float:
        """How much larger than beside a person the scene's animals are drawn: not at all where a person
        acts in it, nor where its picture paints animals (as they stand beside a person: a dog lying by a
        painted horse is no bigger than it); in a scene of animals alone, all alike (the order of their
        sizes kept from shot to shot), till the tallest fills about as much of the frame as a person would."""
        cast = set(self.animals.values())
        if any(t.box and not t.staged and t.key in sizes.LIFE_HEIGHT.keys() - cast for t in self.scene.things):
            return 1.0
        shares = []
        for shot in self.scene.shots:
            moment = self.moments.get(shot.moment or "")
            if moment is None:
                continue
            if any(cid not in self.animals for cid in shot.actors):
                return 1.0
            shares += [self._beast_height(cid) for cid in shot.actors]
            thing = subject_thing(moment)
            if not shot.actors and thing is not None and thing.key in sizes.LIFE_HEIGHT:
                shares.append(self._thing_share(thing.key))
        if not shares:
            return 1.0
        return min(MOST_GROWN, max(1.0, ANIMALS_ALONE_TALLEST / (FIGURE_SHARE * max(shares))))

    def _close_on_animals(self, who: list[str], adult: float, h: int, close: bool) -> float:
        """How much larger a shot of animals alone draws them than beside a person: a mouse or a sparrow
        close up fills a good part of the frame, not a few pixels by its feet, and a wide shot of it alone
        in a scene of people (drawn at their scale) still shows it. Never smaller; a scene of animals alone
        keeps their sizes against each other from shot to shot (_animals_grown) in its wide shots."""
        if not who or any(cid not in self.animals for cid in who):
            return 1.0
        if not close and not any(cid not in self.animals for shot in self.scene.shots for cid in shot.actors):
            return 1.0
        tallest = max(self._beast_height(cid) for cid in who) * adult
        least = CLOSE_ANIMAL_SHARE if close else ALONE_ANIMAL_SHARE
        return max(1.0, least * h / max(tallest, 1.0))

    def _whole_animal(self, key: str, height: float, verb: str, flip: bool) -> list[Sprite]:
        """An animal whose icon is a head only, on a body posed for the verb (animation/animal_bodies.py):
        its walk's steps, or the one picture of a pose that keeps still; empty for any other animal."""
        if not animal_bodies.has_body(key):
            return []
        sprites = []
        for img in animal_bodies.whole_animal(self.things, key, height, animal_bodies.pose_for(verb)):
            if flip:  # drawn facing left, as the set's animals do
                img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
            sprites.append(Sprite.from_image(img, (img.width / 2, img.height)))
        return sprites

    def _sprite_wide(self, key: str, width: float, tallest: float, flip: bool = False) -> Sprite | None:
        """A thing as wide as asked (a boat beside its rower), no taller than `tallest`."""
        probe = self.things(key, 64)
        if probe is None:
            return None
        height = min(tallest, width * probe.height / max(1, probe.width))
        return self._sprite(key, height, flip)

    def _played(self, shot: Shot) -> Moment:
        """The moment a shot plays, with the seats and tables of those in it still sitting (or lying) from an
        earlier sentence; for a held shot, its people as that moment left them, saying their lines."""
        at = next(k for k, m in enumerate(self.scene.moments) if m.id == shot.moment)
        if shot.held:
            return held_moment(self.scene.moments, at, list(shot.actors))
        moment = self.scene.moments[at]
        kept = held_props(self.scene.moments, at, list(shot.actors))
        return moment.model_copy(update={"props": [*moment.props, *kept]}) if kept else moment

    def _layout(self, shot: Shot, still: np.ndarray, rigs: RigFactory, scale: float = 1.0) -> StagedLayout:
        w, h = self.size
        moment = self._played(shot)
        adult = FIGURE_SHARE * h * scale
        close = shot.kind == "closeup"
        if close:
            adult *= 1.35
        unit = adult / body.figure_height_units()
        verb = done_to.pose(moment, _acted(moment))  # "dragged the goat": the two walk, one behind
        pose = body.pose_of(verb)
        rng = _rng(self.seed, shot.id)
        facing = 1 if rng.random() < 0.6 else -1
        speed = body.MOVING.get(pose, 0.0) * w
        if pose == "jump" and shot.actors and shot.actors[0] in self.animals:  # a hare hops across the meadow
            speed = HOP_SPEED * w
        if self.scene.setting in key_things.INSIDE_VEHICLES and pose == "ride":
            speed = 0.0  # riding inside the vehicle the picture shows: seated there, going nowhere in it
        span = max(0.0, (shot.end or 0.0) - (shot.start or 0.0))
        who = list(shot.actors)[:MAX_FIGURES]
        figures: list[Figure] = []
        n = len(who)
        travel = max(0.0, min(speed * span, 0.55 * w))  # as far as the time allows (_place keeps them inside)
        # one who walks up to another: the other waits, and they meet face to face
        meets = travel > 0 and n >= 2 and pose in ("walk", "run") and verb != "chase" and _approaches(moment)
        gives = pose == "give" and n >= 2
        # animals among themselves have no person to be measured against: drawn up alike in the whole scene
        # (two mice at their table, a fox under the crow's tree), so a dog is never smaller than a mouse
        grown = self._grown * self._close_on_animals(who, adult * self._grown, h, close)
        for i, cid in enumerate(who):
            lead = i == 0
            walks = travel > 0 and (lead or not meets)
            if travel > 0 and not meets:
                f = facing  # going the same way, one behind the other
            elif meets:
                f = facing if lead else -facing  # the walker and the ones it walks up to, face to face
            else:
                f = _facing_in_group(i, n, facing)
            together = ("dance", "sit", "kneel", "pray", "swim", "row", "hug", "eat")  # "Ana and Pim ate": both eat
            acted = verb if (lead or walks or verb in together) else "stand"
            acted = moment.acts.get(cid, acted)  # "…, and Lena sat": a clause of their own says what they do
            acted = _kept_posture(moment, cid, acted)  # still sitting from before, or as they are
            acted = _as_it_can(self.animals.get(cid), acted, lead)  # a crab does not fly with the gull
            if gives and i == 1:
                acted = "stand"
            feeling = moment.expression if lead or n == 1 else None
            fig = Figure(
                cid,
                None,
                acted,
                0.5 * w,
                0.5 * w,
                self._ground,
                f,
                phase=0.37 * i,
                expression="sleep" if acted == "sleep" else feeling,
            )
            if cid in self.animals:
                key = self.animals[cid]
                height = self._beast_height(cid) * adult * grown
                # a whole body (a head-only icon's) is longer than the icon: a little lower, as much of the frame
                whole = animal_bodies.WHOLE_SCALE * height
                steps = self._whole_animal(key, whole, acted, flip=f > 0)
                fig.animal_steps = [c for c in (own_coat(step, cid, self.animals) for step in steps) if c is not None]
                if fig.animal_steps:
                    fig.animal = fig.animal_steps[0]
                else:
                    sprite = self._sprite(key, height, flip=f > 0)
                    if not creatures.in_the_sky(key):  # the Moon over sleeping houses keeps its round face
                        sprite = _animal_acting(sprite, acted, f, key)
                    fig.animal = own_coat(sprite, cid, self.animals)  # two of a kind in their own coats
                if fig.animal is not None and not fig.animal_steps and _in_the_air(key, acted):
                    fig.animal_steps = creature_acting.wingbeat(fig.animal)  # up in the air, beating its wings
                fig.animal_steps = fig.animal_steps or _walk_rock(fig.animal, key, acted)
                if creatures.in_the_sky(key):  # the Sun that speaks: up in the sky, over the ones below
                    fig.x0 = fig.x1 = creatures.sky_x(sum(1 for f in figures if f.aloft)) * w
                    fig.feet, fig.aloft = creatures.SKY_FEET * h, True
                    if fig.animal is not None:  # a close-up's larger Moon: whole, under the frame's top
                        fig.feet = max(fig.feet, fig.animal.size[1] + SKY_TOP * h)
            else:
                fig.rig = rigs(cid, unit)
            figures.append(fig)
        thing = subject_thing(moment)
        if thing is not None and not figures:
            figures.append(self._thing_figure(thing.key, verb, facing, adult, travel, alone=True))
            if figures[0].animal is not None and copies.drawn_count(thing.count) > 1:  # "three cups stood there"
                most = min(0.9 * w, 0.7 * h, 2.5 * max(figures[0].animal.size))
                figures[0].animal = copies.many(figures[0].animal, thing.count, thing.stacked, most)
            if body.pose_of(verb) == "fall" and _breaks(moment) and figures[0].animal is not None:
                pieces = broken.shards(Image.fromarray(np.dstack([figures[0].animal.rgb, _alpha(figures[0].animal)])))
                figures[0].shards = Sprite.from_image(pieces, (pieces.width / 2, pieces.height))
        chased = next((p for p in moment.props if p.role == "near" and p.holder is None), None)
        if verb == "chase" and len(figures) == 1 and chased is not None:  # the animal chased, ahead
            figures.append(self._thing_figure(chased.key, "run", facing, adult, travel))
        elif (other := done_to.other_animal(moment)) is not None and (len(figures) == 1 or done_to.goes_along(moment)):
            # "fed the ducks"; "they drove their donkey to the fair": the donkey goes ahead of them all
            figures.append(self._thing_figure(other.key, done_to.its_verb(moment), facing, adult, travel))
        self._props(moment, figures, adult, h)
        figures = _aboard(figures, self.scene.setting, verb)
        for rider in riders.on_nothing(figures, self.scene.setting):  # never the riding pose in mid-air
            mount = riders.mount_of(moment)  # "they rode their donkey": each on a donkey
            height = MOUNT_HEIGHT.get(mount, MOUNT_HEIGHT[DEFAULT_MOUNT]) * adult
            rider.mount = riders.level(self._sprite(mount, height, flip=rider.facing > 0), mount)
            rider.verb = "ride" if rider.mount is not None else "walk"
        _at_the_table(moment, figures)
        # one who lies or sits on a bed where the set paints one: on that bed, none brought in beside it
        painted_bed = painted_beds.painted_bed(self._painted_setting(moment))
        in_bed = painted_beds.in_bed(moment, figures) if painted_bed is not None and travel == 0 else None
        if in_bed is not None:
            in_bed.aloft = True  # out of the row of those who stand on the floor
            kept = [p for p in moment.props if not (p.key in BEDS and p.holder == in_bed.character_id)]
            moment = moment.model_copy(update={"props": kept})
        set_down = self._set_down(moment, figures, adult) if travel == 0 else []
        set_down += self._door_opened(moment, figures, adult) if travel == 0 else []
        under = [f for f in set_down if f.animal_key not in _BESIDE and f.on is None]
        figures += [f for f in set_down if f not in under]
        beside = self._beside_things(moment, figures, w, h, travel > 0 and not meets)
        painted_tops = self._resting_on_things(moment, figures, adult)  # a cat on the bed, a cup on the table
        behind = verb == "chase" or _follows(moment) or moment.acts_on == "drive"  # a beast driven goes ahead
        fits = self._place(figures, facing, travel, meets, behind, beside)
        face_the_spot(figures)  # one setting a thing down turns to where it goes (facing_the_spot.py)
        at_the_table.pull_up(figures, self._extent, w)  # at a table: right behind its edge (at_the_table.py)
        if verb == "hug" and n >= 2:
            _embrace(figures[0], figures[1])
        done_to.arrange(figures, moment)  # the one fed or guarded, turned to
        pair = _in_touch(moment, figures)
        if pair is not None:  # "Ann slaps Tom": the two together, her hand on him (animation/touching.py)
            touching.stage(*pair, moment.touch or "", w)
        if fits < 1.0 and scale == 1.0:  # too many or too long for the frame: all of them smaller
            return self._layout(shot, still, rigs, scale=max(0.45, fits))
        _onto_supports(figures)
        for fig in figures:
            fig.shadow = self._shadow_for(fig, h)
        if gives and figures[0].touching is None:
            figures[0].gives_to = figures[1]
        if pose == "climb" and figures:
            for fig in figures:
                fig.climb = 0.0 if fig.set_down else 0.25 * h
        water = None
        if pose in ("swim", "row"):
            water = self._ground - 0.05 * h
            afloat = _AFLOAT.get(self.scene.setting)
            if afloat is not None:  # a river is crossed beyond its near bank: boats and swimmers are out on it
                for fig in figures:
                    if fig.verb in ("swim", "row"):
                        fig.feet = afloat * h
                water = afloat * h - 0.05 * h
        pooled = self._in_water(figures, moment, close)
        for fig in figures:  # an angel or a fairy that flies is up in the air on its wings, no shadow under it
            if fig.rig is not None and fig.rig.wings is not None and body.pose_of(fig.verb) == "fly":
                fig.feet, fig.shadow = fig.feet - WINGED_FLIGHT * h, None
        crowd = self._crowd(moment, unit, w, h, close, span, figures[0] if figures else None)
        follow_the_lead(crowd, figures, moment, w)  # "the dog and the cat ran": the cat goes with the dog
        for extra in crowd:
            extra.shadow = self._shadow_for(extra, h)
        plate = still
        focus = (figures[0].x0 + figures[0].x1) / 2 / w if figures else 0.5
        if painted_bed is not None and in_bed is not None:  # the close-up is on the bed they are on
            focus = (painted_bed.left + painted_bed.right) / 2
        elif painted_tops and figures and figures[0] is painted_tops[0][0]:  # on the cart the picture paints
            focus = painted_tops[0][1][0] / w
        if close and figures:
            plate = self._framed(still, CLOSE_ZOOM, focus, 0.55, h / 500)
        for fig, (x, feet) in painted_tops:  # on a thing the picture paints: where the lens shows it
            fig.x0 = fig.x1 = _through_lens(x, focus * w, w, CLOSE_ZOOM if close else 1.0)
            fig.feet = _through_lens(feet, 0.55 * h, h, CLOSE_ZOOM if close else 1.0)
        blankets: list[tuple[Figure, Sprite]] = []
        if painted_bed is not None and in_bed is not None:
            bed = painted_beds.in_frame(painted_bed, self.size, CLOSE_ZOOM if close else 1.0, focus, 0.55)
            if body.pose_of(in_bed.verb) in painted_beds.LYING:  # "slept in her bed": under its blanket
                covered = not supports.said_on(
                    moment.text, ["bed", *(w for p in moment.props if p.key in BEDS for w in p.words)]
                )
                blanket = painted_beds.lay_in(in_bed, bed, plate, covered=covered)
                blankets += [(in_bed, blanket)] if blanket is not None else []
            else:
                painted_beds.sit_on(in_bed, bed)
        for x0, x1, line, width, depth in pooled:  # a swimmer where the picture has no water: a pool under it
            plate = creature_acting.pool(plate, x0, x1, line, width, depth)
        over = self._underfoot(under, figures, moment.text) + blankets
        if pose == "climb":  # up the tree, not beside it: the climbed thing behind them, as tall as it is
            climbing.onto_the_climbed(under, figures, self._picture, adult, h)
        under += self._seats(figures)
        for fig in under:  # a jug or a ladder stands on the ground: a shadow under it (a rug is flat on it)
            fig.shadow = self._shadow_for(fig, h) if fig.animal_key != "rug" else None
        return StagedLayout(shot, plate, figures, crowd, water, under, over)

    def _painted_setting(self, moment: Moment) -> str | None:
        """The setting the scene's picture paints, where the moment happens in it (None: elsewhere)."""
        return self.scene.setting if moment.setting in (None, self.scene.setting) else None

    def _in_water(
        self, figures: list[Figure], moment: Moment, close: bool
    ) -> list[tuple[float, float, float, float, float]]:
        """The animals that swim, dive or float, and those whose life is in water, put in the picture's
        water: its surface across their bodies (the part under it is not drawn), no shadow; a diver goes
        under as its shot plays. Where the picture has no water: the pools to lay under them (from, to,
        surface, width, depth)."""
        w, h = self.size
        pools = []
        for fig in figures:
            key = self.animals.get(fig.character_id, "") or fig.animal_key
            if fig.animal is None or fig.rig is not None or fig.aloft or fig.set_down:
                continue
            wet = creature_acting.in_water(key, body.pose_of(fig.verb), self.scene.setting)
            if not wet or creatures.in_the_sky(key):
                continue
            tall = float(fig.animal.size[1])
            line = creature_acting.surface(self.scene.setting, min(fig.feet, self._animal_floor), h)
            if line is not None and close and self.scene.setting in creature_acting.SURFACE:
                line = 0.5 * h + CLOSE_ZOOM * (line - 0.55 * h)  # the picture framed closer (_layout)
            if line is None:  # no water painted: a pool where it is
                line = min(fig.feet, self._animal_floor) - 0.2 * tall
                pools.append((fig.x0, fig.x1, line, float(fig.animal.size[0]), tall))
            fig.water = line
            fig.feet = line + creature_acting.sunk(key) * tall
            fig.shadow = None
            if body.pose_of(fig.verb) == "swim" and creature_acting.dives(moment.verb_words):
                fig.climb = -creature_acting.DIVE * tall  # down under the surface as the shot plays
        return pools

    def _set_down(self, moment: Moment, figures: list[Figure], adult: float) -> list[Figure]:
        """What the one acting uses, or has set down, on the ground beside them (script/staging.py's "near"
        things with a holder): a table with what was put on it, a jug, a rug, a ladder; each as tall beside
        them as it is, standing where they stand."""
        by_id = {f.character_id: f for f in figures if f.rig is not None}
        if not by_id and moment.extras:  # a group of the cast acts ("the three women sat by the fire")
            return self._set_down_among_the_crowd(moment, adult)
        near = [p for p in moment.props if p.role == "near" and p.holder in by_id]
        surface = next((p for p in near if p.key in SURFACES), None)
        on_it = [p.key for p in near if surface is not None and p is not surface and p.key not in STANDING]
        on_top = [p.key for p in near if p.key in on_it for _ in range(copies.drawn_count(p.count))]  # three cups
        out, on_the_surface = [], []
        for prop in near:
            if prop.key in on_it:
                continue
            holder = by_id[prop.holder or ""]
            image = self._key_thing(prop, holder, adult)
            image = image or self._picture(prop.key, held.standing_height(prop.key) * adult)
            if image is None:
                continue
            if prop.key not in BEDS and prop.key not in SEATED_IN and prop.key not in BESIDE and prop is not surface:
                image = copies.copies(image, prop.count, prop.stacked)  # "a stack of books beside him": the pile
            fig = Figure(f"thing.{prop.key}", None, "stand", holder.x0, holder.x1, holder.feet, holder.facing)
            fig.animal_key, fig.set_down, fig.holds = prop.key, True, prop  # held by: whose it is
            fig.animal = Sprite.from_image(image, (image.width / 2, image.height))
            out.append(fig)
            if prop is surface:
                on_the_surface = self._on_top(fig, on_top, adult, prop)
        return out + on_the_surface  # after the table: drawn on it

    def _key_thing(self, prop: Prop, holder: Figure, adult: float) -> Image.Image | None:
        """A vehicle beside one who gets into it or out of it, at its size (animation/key_things.py); the bed
        or the pile of mattresses one lies on, as long as they are."""
        if prop.key in SEATED_IN or prop.key in BESIDE:  # an airplane boarded, a motorbike stood by: at its size
            image = self._picture(prop.key, key_things.vehicle_height(prop.key) * adult)
            return image.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if image and holder.facing > 0 else image
        if prop.key not in BEDS or body.pose_of(holder.verb) not in ("lie", "sleep", "sit"):
            return None
        length = key_things.BED_LENGTH * adult
        if copies.drawn_count(prop.count) > 1:  # "twelve mattresses stacked up", "a heap of quilts"
            thickness = int(max(3, key_things.MATTRESS * adult))
            return key_things.mattress_pile(int(length), prop.count or 1, thickness)
        sprite = self._sprite_wide(prop.key, length, key_things.BED_HEIGHT * adult * 1.6)
        return copies.image_of(sprite) if sprite is not None else None

    def _door_opened(self, moment: Moment, figures: list[Figure], adult: float) -> list[Figure]:
        """The door a sentence opens ("he opened the door"), drawn open beside the one who opens it (on the
        side they face, where their hand reaches), or alone where nobody is drawn."""
        if moment.verb != "open" or any(p.role in ("held", "given") for p in moment.props):
            return []  # a box, a letter opened in the hands
        text = moment.text.lower()
        if not any(t.key == "door" and any(w.lower() in text for w in t.words) for t in self.scene.things):
            return []
        image = self._picture("door", DOOR_HEIGHT * adult)
        if image is None:
            return []
        opener = next((f for f in figures if f.rig is not None), None)
        facing = opener.facing if opener is not None else 1
        image = opened.opened_door(image.convert("RGBA"), hinge_left=facing < 0)  # swung towards the opener
        w, h = self.size
        x = opener.x0 if opener is not None else 0.5 * w
        fig = Figure("thing.door", None, "stand", x, x, opener.feet if opener else self._ground, facing)
        fig.animal_key, fig.set_down = "door", True
        fig.animal = Sprite.from_image(image, (image.width / 2, image.height))
        return [fig]

    def _set_down_among_the_crowd(self, moment: Moment, adult: float) -> list[Figure]:
        """The first thing a group acts with, set down in the middle of the crowd that draws the group (before
        it), as tall beside its small people as it is."""
        w, h = self.size
        out = []
        for prop in (p for p in moment.props if p.role == "near"):
            image = self._picture(prop.key, held.standing_height(prop.key) * adult * CROWD_SIZE)
            if image is None:
                continue
            feet = (CROWD_GROUND + 0.04) * h
            fig = Figure(f"thing.{prop.key}", None, "stand", 0.5 * w, 0.5 * w, feet, 1)
            fig.animal_key, fig.set_down, fig.holds = prop.key, True, prop
            fig.animal = Sprite.from_image(image, (image.width / 2, image.height))
            out.append(fig)
        return out[:1]

    def _picture(self, key: str, height: float) -> Image.Image | None:
        return self.things(key, int(max(8, height))) or held.drawn(key, int(max(8, height)))

    def _on_top(self, surface: Figure, keys: list[str], adult: float, prop: Prop) -> list[Figure]:
        """The things put on a table, each standing on its top surface (animation/supports.py), side by
        side along it: figures of their own that go where the table goes (`Figure.on`)."""
        assert surface.animal is not None
        items = [(k, i) for k in keys if (i := self._picture(k, held.standing_height(k) * adult)) is not None]
        if not items:
            return []
        left, right = supports.top_span(surface.animal)
        x = (left + right) / 2 - sum(i.width for _, i in items) / 2
        out = []
        for key, image in items:
            fig = Figure(f"thing.{key}", None, "stand", surface.x0, surface.x1, surface.feet, surface.facing)
            fig.animal_key, fig.set_down, fig.holds, fig.aloft = key, True, prop, True
            fig.animal = Sprite.from_image(image, (image.width / 2, image.height))
            fig.on, fig.on_dx = surface, x + image.width / 2
            x += image.width
            out.append(fig)
        return out

    def _underfoot(self, under: list[Figure], figures: list[Figure], text: str) -> list[tuple[Figure, Sprite]]:
        """Where the one who uses it stands: a rug lies under their feet, a ladder stands behind them (a
        climber goes up it), a jug or a bucket set down stands at their feet, on the side they face; one
        who lies in a bed lies in it, under its blanket (the blankets returned, drawn over them); one who
        lies on a thing ("on top of the mattresses", "on the chest", "on the bed") lies on its top."""
        by_id = {f.character_id: f for f in figures}
        over: list[tuple[Figure, Sprite]] = []
        for fig in under:
            owner = by_id.get(fig.holds.holder or "") if fig.holds is not None else None
            if owner is None or fig.animal is None:
                continue
            fig.x0, fig.x1, fig.feet = owner.x0, owner.x1, owner.feet
            if fig.animal_key in BEDS and body.pose_of(owner.verb) in ("sit", "sit_eat", "sit_drink"):
                back = -owner.facing * 0.3 * fig.animal.size[0]  # on its edge, the feet on the floor before it
                fig.x0, fig.x1 = owner.x0 + back, owner.x1 + back
                continue
            on_it = fig.holds is not None and supports.said_on(text, fig.holds.words or [fig.animal_key])
            lying = body.pose_of(owner.verb) in ("lie", "sleep") and fig.animal_key != "rug"
            if lying and (fig.animal_key in BEDS or on_it):  # on top of it, or in it
                if owner.rig is not None:  # under the length of the body
                    left, right = _figure_reach(owner.rig, owner.verb, owner.facing, owner.phase, None, "hand")
                    fig.x0 = fig.x1 = owner.x0 + (right - left) / 2
                if fig.animal_key in BEDS:  # the head at the headboard (animation/beds.py)
                    fig.animal = beds.headboard_at(fig.animal, left=owner.facing > 0)
                if on_it or (fig.holds is not None and copies.drawn_count(fig.holds.count) > 1):  # a pile
                    _lay_on_top(owner, fig)
                else:  # in it, under its blanket
                    over += tucked_in(fig, owner)
                owner.shadow = None
                continue
            if fig.animal_key == "rug":  # flat on the floor, the feet on its middle
                fig.feet = owner.feet + 0.5 * fig.animal.size[1]
                continue
            if fig.animal_key == "ladder":  # up behind them, a little to the side they face from
                off = -0.3 * owner.facing * fig.animal.size[0]
            else:
                left, right = self._extent(owner)
                off = owner.facing * ((right if owner.facing > 0 else left) + 0.6 * fig.animal.size[0])
            fig.x0, fig.x1 = owner.x0 + off, owner.x1 + off
        return over

    def _seats(self, figures: list[Figure]) -> list[Figure]:
        """What each one who sits sits on, drawn under them: its top at their hips, under them and a little
        behind; one who sits on the ground sits there, legs out before them. None under one in a boat."""
        out = []
        for fig in figures:
            if fig.rig is None or fig.seat is None or fig.boat is not None or fig.mount is not None:
                continue
            if fig.vehicle is not None:
                continue
            if body.pose_of(fig.verb) not in ("sit", "sit_eat", "sit_drink", "seated_work"):
                continue
            if fig.seat == "ground":
                fig.verb = "sit_ground"
                continue
            b = body.figure.body_unit(fig.rig.look, fig.rig.unit)  # a child's is smaller: a lower seat
            height = body.SEAT_HEIGHT * b / (CHAIR_SEAT if fig.seat == "chair" else 1.0)  # a chair's back above
            image = held.drawn(fig.seat, int(height))
            if image is None:
                continue
            if fig.facing < 0:  # a chair's back is behind the one sitting on it
                image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
            seat = Figure(f"seat.{fig.character_id}", None, "stand", fig.x0, fig.x1, fig.feet, fig.facing)
            back = -fig.facing * (0.7 if fig.seat == "chair" else 0.3) * b  # under the hips, reaching behind
            seat.x0, seat.x1 = fig.x0 + back, fig.x1 + back
            seat.animal_key, seat.set_down = fig.seat, True
            seat.animal = Sprite.from_image(image, (image.width / 2, image.height))
            out.append(seat)
        return out

    def _thing_figure(
        self, key: str, verb: str, facing: int, adult: float, travel: float, *, alone: bool = False
    ) -> Figure:
        """The thing a sentence is about, drawn as itself and large enough to be seen: going across the
        frame where its verb moves it (floating, rolling), dropping to the ground where it falls; a small
        one `alone` in the shot framed by it (THING_ALONE_SHARE)."""
        w, h = self.size
        height = self._thing_size(key, adult)
        if alone and key not in sizes.LIFE_HEIGHT:
            height = max(height, self._life_length(key, THING_ALONE_SHARE * h))
        if key in sizes.LIFE_HEIGHT:  # an animal as large beside a person as it is in life
            height = self._thing_share(key) * adult * self._grown
        elif not alone and self._toy(key):  # a model ship beside someone: a plaything, not a ship
            height = min(height, sizes.TOY_SHARE * adult)
        fig = Figure(f"thing.{key}", None, verb, 0.5 * w, 0.5 * w, self._ground, facing, animal_key=key)
        flip = travel > 0 and facing > 0  # the set's animals and vehicles face left
        fig.animal_steps = self._whole_animal(key, height, verb, flip=flip)
        fig.animal = fig.animal_steps[0] if fig.animal_steps else self._sprite(key, height, flip=flip)
        if not fig.animal_steps and THINGS.get(key, ("",))[0] == "animal":  # a cat that sleeps lies down
            fig.animal = _animal_acting(fig.animal, verb, 1 if flip else -1, key)
            if _in_the_air(key, verb) and fig.animal is not None:
                fig.animal_steps = creature_acting.wingbeat(fig.animal)
            fig.animal_steps = fig.animal_steps or _walk_rock(fig.animal, key, verb)
        if body.pose_of(verb) == "fall":  # from up high down to the ground, where nothing else stands
            fig.feet, fig.climb, fig.aloft = 0.45 * h, -(self._ground - 0.45 * h), True
        return fig

    def _thing_size(self, key: str, adult: float) -> float:
        """How tall a thing a sentence is about is drawn beside an adult `adult` pixels tall: its size in life
        (a phone, a loaf, a shoe at a hand's size; a car or a bed as the picture paints it), never a speck."""
        if THINGS.get(key, ("",))[0] in STANDING_KINDS or key in STANDING_FURNITURE:
            return self.heights(key) / FIGURE_SHARE * adult
        return max(self._life_length(key, held.held_height(key) * adult), LEAST_THING * self.size[1])

    def _life_length(self, key: str, length: float) -> float:
        """The height to draw a thing at so that its longer side is `length` (a shoe or a loaf is long, not
        tall: drawn at a hand's height it would be a hand's height and three hands long)."""
        probe = self.things(key, 64) or held.drawn(key, 64)
        if probe is None:
            return length
        return length * probe.height / max(probe.width, probe.height)

    def _beside_things(
        self, moment: Moment, figures: list[Figure], w: int, h: int, walking: bool
    ) -> tuple[float, int] | None:
        """Those who stay put where the sentence names a thing the picture shows stand by it (one alone
        turned to it); an animal that sits or stands in a tree is up in it. Returns where the ones on
        the ground stand: the thing's centre and the side of it they are on (None: no thing, or a walk)."""
        text = moment.text.lower()
        named = [t for t in self.scene.things if t.box and not t.staged and any(wd.lower() in text for wd in t.words)]
        if not named or not figures or walking:
            return None
        box = named[0].box
        assert box is not None
        cx = (box[0] + box[2]) / 2 * w
        side = -1 if cx > w / 2 else 1
        ground = []
        for fig in figures:
            key = self.animals.get(fig.character_id, "")
            up = fig.animal is not None and (key in FLYERS or key in CLIMBERS)
            if up and named[0].key in TREES and fig.verb in ("sit", "stand", "sleep", "sing"):
                fig.x0 = fig.x1 = cx
                fig.feet = (box[1] + 0.35 * (box[3] - box[1])) * h
                fig.aloft = True
                continue
            if self._rests_by(fig, box):  # a phone by a loaf on its table: on that table too, not before it
                fig.x0 = fig.x1 = cx + side * 0.3 * (box[2] - box[0]) * w
                fig.feet, fig.aloft = box[3] * h, True
                continue
            ground.append(fig)
            if box[3] * h > 0.62 * h:
                fig.feet = min(self._ground, box[3] * h + 0.02 * h)
        if len(ground) == 1 and ground[0].verb not in body.MOVING:  # alone by it: turned to it
            _turn(ground[0], -side)
        towering = THINGS.get(named[0].key, ("",))[0] in _STOOD_BEFORE and box[3] - box[1] > _PERSON_HIGH
        if ground and not towering:
            # a table, a bed, a well, a cow: beside it, never over it, or they would stand on it (on the still
            # a closeup enlarges, it comes forward to their feet)
            cx = (box[2] - CLEAR_OF) * w if side > 0 else (box[0] + CLEAR_OF) * w
        return (cx, side) if ground else None

    def _resting_on_things(
        self, moment: Moment, figures: list[Figure], adult: float
    ) -> list[tuple[Figure, tuple[float, float]]]:
        """An animal or a thing the sentence puts on a thing ("the cat slept on the bed", "a cup stood on
        the table", "a dog sat on the cart") rests on that thing's top surface: on the one the picture
        paints (returned: where it goes on the still, x and feet), else on the thing drawn under it, set
        down where it stands (`Figure.on`). Never a person (seats, mounts and beds are theirs), never one
        in the air or up a tree."""
        w, h = self.size
        painted: list[tuple[Figure, tuple[float, float]]] = []
        for fig in list(figures):
            if fig.rig is not None or fig.animal is None or fig.aloft or fig.set_down or fig.on is not None:
                continue
            key = fig.animal_key or self.animals.get(fig.character_id, "")
            if body.pose_of(fig.verb) in body.MOVING or _in_the_air(key, fig.verb):
                continue
            support = next((t for t in self.scene.things if t.key != key and _holds_up(t, moment.text)), None)
            if support is None:
                continue
            piece = painted_beds.painted(self._painted_setting(moment), support.key)  # the set's own bed
            if piece is not None:
                painted.append((fig, ((piece.left + piece.right) / 2 * w, piece.top * h)))
                fig.aloft, fig.shadow = True, None
                continue
            if support.box is not None and not support.staged:  # painted: on the top of what the picture shows
                left, top, right, foot = support.box
                drawn = self._picture(support.key, (foot - top) * h)
                sprite = Sprite.from_image(drawn, (0, drawn.height)) if drawn is not None else None
                lift = supports.top_height(sprite) if sprite is not None else 0.9 * (foot - top) * h
                painted.append((fig, ((left + right) / 2 * w, foot * h - lift)))
                fig.aloft, fig.shadow = True, None
                continue
            image = self._picture(support.key, self._thing_size(support.key, adult))
            if image is None:
                continue
            under = Figure(f"thing.{support.key}", None, "stand", fig.x0, fig.x1, fig.feet, fig.facing)
            under.animal_key, under.set_down = support.key, True
            under.animal = Sprite.from_image(image, (image.width / 2, image.height))
            figures.insert(_index(figures, fig), under)  # drawn first: the one on it over it
            fig.on, fig.aloft = under, True
        return painted

    def _rests_by(self, fig: Figure, box: tuple[float, float, float, float]) -> bool:
        """The figure is a thing (no one, no animal) that stays put by a small thing the picture paints:
        it rests where that one rests (on its table, its shelf, the ground there)."""
        thing = fig.rig is None and bool(fig.animal_key) and fig.animal_key not in sizes.LIFE_HEIGHT
        return thing and not fig.aloft and not fig.set_down and box[3] - box[1] < SMALL_PAINTED

    def _place(
        self,
        figures: list[Figure],
        facing: int,
        travel: float,
        meets: bool,
        behind: bool,
        beside: tuple[float, int] | None,
    ) -> float:
        """Where each figure on the ground stands (x0, x1), spaced by what it covers drawn with a small gap
        between: side by side (the group centred, or by the thing named), or one behind the other on a walk
        (`behind`: the one chased or followed in front), a walker up to the others; all inside the frame.
        Returns the share of its size the group must be drawn at to fit (1: it fits)."""
        w = self.size[0]
        ground = [(i, f) for i, f in enumerate(figures) if not f.aloft]
        if not ground:
            return 1.0
        extent = {i: self._extent(f) for i, f in ground}
        n = len(ground)
        lo, hi = MARGIN * w, (1 - MARGIN) * w
        room = hi - lo
        covered = sum(sum(e) for e in extent.values())
        # the figures shrink to fit, the gaps between them do not (and a walk keeps some way to go)
        going = min(travel, WALK_ROOM * w) if not meets else 0.0
        fits = min(1.0, 0.98 * (room - going - GAP * w * (n - 1)) / max(1.0, covered))
        if n == 1 and beside is None:  # alone: in the middle (a walk across it), what it reaches inside the frame
            (_, fig), (left, right) = ground[0], extent[ground[0][0]]
            travel = max(0.0, min(travel, room - left - right))
            x0 = min(max(0.5 * w - fig.facing * travel / 2, lo + left), hi - right)
            x1 = min(max(x0 + fig.facing * travel, lo + left), hi - right)
            fig.x0, fig.x1 = x0, x1
            return fits
        if travel > 0 and not meets:  # one behind the other: how far each is behind the one in front
            ranked = [i for i, _ in ground]
            if behind and n > 1:  # the one chased or followed ahead: the animal named there, or the second
                ahead = next((k for k, (_, f) in enumerate(ground) if f.character_id.startswith("thing.")), 1)
                ranked.insert(0, ranked.pop(ahead))
            front = {i: extent[i][1] if facing > 0 else extent[i][0] for i in ranked}
            back = {i: extent[i][0] if facing > 0 else extent[i][1] for i in ranked}
            dist = {ranked[0]: 0.0}
            for a, b in zip(ranked, ranked[1:], strict=False):
                dist[b] = dist[a] + back[a] + GAP * w + front[b]
            length = front[ranked[0]] + dist[ranked[-1]] + back[ranked[-1]]
            travel = max(0.0, min(travel, room - length))
            lead = 0.5 * w - (length + travel) / 2 + length - front[ranked[0]]  # along the walk, at its start
            for i, f in ground:
                u = lead - dist[i]
                f.x0, f.x1 = (u, u + travel) if facing > 0 else (w - u, w - u - travel)
            return fits
        if meets:  # the walker at the end it comes from, the ones it walks up to beyond it
            slot = {i: (-10 if i == 0 else i) * facing for i, _ in ground}
        else:
            slot = {i: [0, 1, -1, 2, -2, 3][min(i, 5)] * facing for i, _ in ground}
        row = sorted((i for i, _ in ground), key=lambda i: slot[i])
        gap = GAP * w
        if n > 2:  # many: spread over the room there is, up to a wider gap
            gap = min(SPREAD_GAP * w, max(gap, (0.85 * room - covered) / (n - 1)))
        span = covered + gap * (n - 1)
        moving = travel if meets else 0.0
        moving = max(0.0, min(moving, room - span))
        walker = facing if meets else 0  # where the walker comes from: before the row's left (1) or right (-1)
        if beside is not None:
            cx, side = beside
            left = cx + 0.05 * w if side > 0 else cx - 0.05 * w - span
        else:
            left = 0.5 * w - (span + moving) / 2 + (moving if walker > 0 else 0.0)
        left = min(max(left, lo + (moving if walker > 0 else 0.0)), hi - span - (moving if walker < 0 else 0.0))
        if walker:
            moving = max(0.0, min(moving, left - lo if walker > 0 else hi - (left + span)))
        by_index = dict(ground)
        for i in row:
            f = by_index[i]
            f.x0 = f.x1 = left + extent[i][0]
            left += sum(extent[i]) + gap
        if meets:
            first = by_index[0]
            first.x0 = first.x1 - facing * moving
        return fits

    def _extent(self, fig: Figure) -> tuple[float, float]:
        """How far the figure reaches left and right of where it stands, drawn: an animal's sprite (and the
        thing before it), a person's arms and legs in the pose, a mount, a boat."""
        if fig.boat is not None:
            return fig.boat.size[0] / 2, fig.boat.size[0] / 2
        if fig.vehicle is not None:
            return fig.vehicle.size[0] / 2, fig.vehicle.size[0] / 2
        if fig.animal is not None:
            half = max(s.size[0] for s in fig.animal_steps or [fig.animal]) / 2
            reach = fig.thing.size[0] if fig.thing is not None else 0.0
            return (half, half + reach) if fig.facing > 0 else (half + reach, half)
        if fig.rig is None:
            return 0.0, 0.0
        left, right = _figure_reach(fig.rig, fig.verb, fig.facing, fig.phase, fig.holds, fig.grip)
        if fig.mount is not None:
            left, right = max(left, fig.mount.size[0] / 2), max(right, fig.mount.size[0] / 2)
        if fig.thing is not None and fig.holds is not None and fig.holds.role != "carried":
            if fig.facing > 0:
                right += 0.5 * fig.thing.size[0]
            else:
                left += 0.5 * fig.thing.size[0]
        return left, right

    def _shadow_for(self, fig: Figure, h: int) -> Sprite | None:
        """The soft shade on the ground under one who stands, walks, sits or lies there (none under a
        bird in the air, anything up a tree, a swimmer, a boat or a climber), made once per size."""
        if fig.aloft or fig.boat is not None or body.pose_of(fig.verb) in ("swim", "row", "climb", "fly"):
            return None
        key = fig.animal_key or self.animals.get(fig.character_id, "")
        if fig.animal is not None:
            if _in_the_air(key, fig.verb):
                return None
            left, right = _footprint(fig.animal)
            fig.shadow_dx = (left + right) / 2
            width = 1.25 * (right - left)
        elif fig.mount is not None:
            left, right = _footprint(fig.mount)
            fig.shadow_dx = (left + right) / 2
            width = 1.25 * (right - left)
        elif fig.rig is not None:
            if body.pose_of(fig.verb) in ("lie", "sleep", "fall"):
                width = 0.9 * sum(_figure_reach(fig.rig, fig.verb, fig.facing, fig.phase, fig.holds, fig.grip))
            else:
                width = 4.2 * fig.rig.look.build * body.figure.body_unit(fig.rig.look, fig.rig.unit)
        else:
            return None
        height = min(max(0.2 * width, 0.012 * h), 0.03 * h)  # seen from a little above: flat
        return _shadow(max(4, int(round(width))), max(2, int(round(height))))

    def _props(self, moment: Moment, figures: list[Figure], adult: float, h: int) -> None:
        by_id = {f.character_id: f for f in figures}
        for prop in moment.props:
            holder = by_id.get(prop.holder or "") or (figures[0] if figures else None)
            if holder is None or (moment.acts and prop.holder in moment.who and prop.holder not in by_id):
                continue  # the thing of another clause's doer, who is not in this shot: not handed to another
            if holder.rig is None:  # an animal of the cast: what it holds, carries or is given lies before it
                if holder.animal is not None and prop.role in ("held", "carried", "given"):
                    # at its size in life beside the animal, drawn up as the animals are (a shoe by a rabbit)
                    life = held.held_height(prop.key) * adult * self._grown
                    size = max(self._life_length(prop.key, life), LEAST_THING * h)
                    holder.thing, holder.holds = self._sprite(prop.key, size), prop
                continue
            if prop.role == "seat":
                holder.seat = prop.key
            elif prop.role == "ridden" and prop.key in SEATED_IN and self.scene.setting in key_things.INSIDE_VEHICLES:
                holder.verb, holder.seat = "sit", holder.seat or "bench"  # the picture is its inside: seated there
            elif prop.role == "ridden" and prop.key in SEATED_IN:  # in the car, the bus, the cart: seated
                height = key_things.vehicle_height(prop.key) * adult
                image = self._picture(prop.key, height)
                if image is not None:
                    image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if holder.facing > 0 else image
                    holder.vehicle = Sprite.from_image(image, (image.width / 2, image.height))
                    holder.belt = key_things.belt(prop.key) * image.height
                    holder.verb = "ride" if holder.verb in ("ride", "go", "arrive") else "sit"
            elif prop.role == "ridden":
                height = MOUNT_HEIGHT.get(prop.key, 0.7) * adult
                holder.mount = riders.level(self._sprite(prop.key, height, flip=holder.facing > 0), prop.key)
                holder.verb = "ride"
            elif prop.role == "boat":
                rowed = "canoe" if prop.key in ("boat", "sailboat") and holder.verb == "row" else prop.key
                holder.boat = self._sprite_wide(rowed, 1.1 * adult, 0.9 * adult, flip=holder.facing > 0)
                if holder.verb not in ("row", "sit"):
                    holder.verb = "row"
            elif prop.role in ("held", "carried", "given"):
                animal = THINGS.get(prop.key, ("",))[0] == "animal"  # a lamb, a kitten: in the arms, never on the head
                on_head = (
                    prop.role == "carried" and not animal and (self.heights(prop.key) >= 0.15 or prop.key in ON_HEAD)
                )
                size = (0.3 if on_head else held.held_height(prop.key)) * adult
                if animal and prop.role != "given":  # as big as it is in life, hugged in both arms
                    life = sizes.life_height(prop.key, moment.text, prop.words)
                    size = max(size, min(IN_ARMS_MOST, life) * adult)
                holder.thing = self._readable(prop.key, size, held.least_across(adult, h))
                if holder.thing is not None and copies.drawn_count(prop.count) > 1:  # "carried three books"
                    holder.thing = copies.many(holder.thing, prop.count, prop.stacked, 2.5 * max(holder.thing.size))
                holder.holds = prop if on_head or prop.role != "carried" else prop.model_copy(update={"role": "held"})
                holder.grip = "hand" if on_head else "two_hands" if animal else held.grip_of(prop.key)
                if holder.verb == "pull" and not on_head:  # a rope, a shaft: both hands on it
                    holder.grip = "two_hands"
                if holder.verb == "play" and prop.key in held.INSTRUMENTS:  # played before the chest, no dance
                    holder.verb = "stand"

    def _crowd(
        self, moment: Moment, unit: float, w: int, h: int, close: bool, span: float, lead: Figure | None = None
    ) -> list[Figure]:
        if close:
            return []
        crowd = []
        extras = [e for e in moment.extras if e.animal is not None or self.crowd_rig is not None][:2]
        counts = _crowd_counts([e.count for e in extras])
        for j, (extra, per) in enumerate(zip(extras, counts, strict=True)):
            pose = body.pose_of(extra.verb)
            travel = min(body.MOVING.get(pose, 0.0) * w * span, 0.45 * w)
            facing = 1 if _rng(self.seed, moment.id, extra.kind).random() < 0.5 else -1
            for k in range(per):
                slot = (sum(counts[:j]) + k + 0.5) / sum(counts)
                x = w * (0.08 + 0.84 * slot) - facing * travel / 2
                f = facing if travel else (1 if x < w / 2 else -1)
                companion = lead is not None and is_companion(extra, moment)
                f = lead.facing if companion and lead is not None else f
                feet = CROWD_GROUND * h + (k % 2) * 0.02 * h
                figure = Figure(
                    f"crowd.{extra.kind}.{k}", None, extra.verb, x, x + facing * travel, feet, f, phase=0.3 * k
                )
                if extra.animal is not None:  # a herd: the animal, as tall beside the crowd as it is in life
                    life = sizes.drawn_share(extra.animal, moment.text, extra.words) * self._grown
                    size = life * unit * body.figure_height_units() * (1.0 if companion else CROWD_SIZE)
                    figure.animal_steps = self._whole_animal(extra.animal, max(8.0, size), extra.verb, f > 0)
                    figure.animal = (
                        figure.animal_steps[0]
                        if figure.animal_steps
                        else _animal_acting(
                            self._sprite(extra.animal, max(8.0, size), flip=f > 0), extra.verb, f, extra.animal
                        )
                    )
                    figure.animal_key = extra.animal
                    if figure.animal is None:
                        continue
                    figure.animal_steps = figure.animal_steps or _walk_rock(figure.animal, extra.animal, extra.verb)
                elif self.crowd_rig is not None:
                    small = creatures.named_stature(" ".join(extra.words))  # "two little gnomes": small folk
                    figure.rig = self.crowd_rig(
                        crowd_character(extra.kind, k, self.crowd_seed), unit * CROWD_SIZE * small
                    )
                crowd.append(figure)
        if len(extras) == 1 and len(crowd) == 2 and extras[0].verb in RECIPROCAL and crowd[0].x0 == crowd[0].x1:
            _pair_face_to_face(crowd, extras[0].verb, w)
        return crowd

    # -- playing --------------------------------------------------------------------------------------

    def layout_at(self, t: float) -> StagedLayout:
        return shot_at(self.layouts, t, self.end)

    def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
        if self._last is not None and self._last[0] == frame_no >= 0:
            return self._last[1]
        layout = self.layout_at(t)
        frame = layout.plate.copy()
        start, end = layout.shot.start or 0.0, layout.shot.end or 0.0
        local = t - start
        p = min(1.0, max(0.0, local / max(end - start, 1e-6)))
        for fig in layout.crowd:
            self._draw_shadow(frame, fig, p)
        for fig in layout.crowd:
            self._draw(frame, layout, fig, local, p, frame_no, crowd=True)
        for fig in layout.under:  # a rug under the feet, a ladder behind: under everyone
            self._draw_shadow(frame, fig, p)
            self._draw(frame, layout, fig, local, p, frame_no)
        for fig in layout.figures:  # the shadows under all of them first: none falls over another's feet
            self._draw_shadow(frame, fig, p)
        for fig in sorted(layout.figures, key=lambda f: (f.gives_to is None, f.toucher)):  # the toucher's arms on top
            self._draw(frame, layout, fig, local, p, frame_no)
        for owner, blanket in layout.over:  # a sleeper's blanket over the body, the head out on the pillow
            blit(frame, blanket, owner.x0, owner.feet)
        self._last = (frame_no, frame)
        return frame

    def _draw_shadow(self, frame: np.ndarray, fig: Figure, p: float) -> None:
        """The figure's contact shadow, where it stands (under a walker, where it has got to): one blit."""
        if fig.shadow is None:
            return
        feet = fig.feet
        if fig.animal is not None and not fig.set_down:  # as _draw_animal puts it: above the subtitles
            feet = min(feet, self._animal_floor)
        blit(frame, fig.shadow, fig.x0 + (fig.x1 - fig.x0) * p + fig.shadow_dx, feet)

    def _draw(
        self,
        frame: np.ndarray,
        layout: StagedLayout,
        fig: Figure,
        local: float,
        p: float,
        frame_no: int,
        crowd: bool = False,
    ) -> None:
        x = fig.x0 + (fig.x1 - fig.x0) * p
        feet = fig.feet - fig.climb * p
        if fig.shards is not None:  # it drops fast, then lies broken for the rest of the shot
            if p >= FALLEN:
                blit(frame, fig.shards, x, fig.feet - fig.climb)
                return
            feet = fig.feet - fig.climb * (p / FALLEN) ** 2
        t_abs = (layout.shot.start or 0.0) + local
        if fig.set_down and fig.animal is not None:  # a thing at rest, on the ground where they stand
            blit(frame, fig.animal, x, fig.feet)
            return
        if fig.animal is not None:
            self._draw_animal(frame, fig, x, feet, local, t_abs, frame_no)
            return
        rig = fig.rig
        assert rig is not None
        holds = fig.holds.role if fig.holds is not None else None
        # pushing someone is touching.py's (hands on the chest, upright), not the lean into a cart
        verb = "stand" if fig.touching is not None and body.pose_of(fig.verb) == "push" else fig.verb
        limbs = body.limbs_at(verb, local, fig.facing, fig.phase, holds, fig.grip)
        if fig.touching is not None:
            limbs = touching.limbs(fig, limbs, local, x)
        if fig.boat is not None or fig.vehicle is not None or fig.aboard:  # sitting in it: its side hides the legs
            limbs = replace(limbs, legs=False)
        at = x  # where the vehicle is
        if fig.vehicle is not None:  # the whole vehicle behind, its riders' hips at its belt line
            blit(frame, fig.vehicle, x, feet)
            width = fig.vehicle.size[0]
            for k, rider in enumerate(fig.passengers):  # behind the driver, towards the back
                rider.x0 = rider.x1 = x - fig.facing * (0.12 + 0.24 * k) * width
                rider.feet = fig.feet
                self._draw(frame, layout, rider, local, p, frame_no, crowd)
            if fig.passengers:
                x += fig.facing * 0.14 * width
        if fig.vehicle is not None or fig.aboard:
            b = body.figure.body_unit(rig.look, rig.unit)
            feet = feet - fig.belt + (body.THIGH + body.SHIN + 0.1) * b - 0.2 * b
            if fig.vehicle is not None and body.pose_of(fig.verb) == "ride":  # the driver as low as those seated
                feet += body.THIGH * b  # by them: the head under the roof, not above it
        if fig.mount is not None:
            bob = 0.02 * rig.unit * math.sin(2 * math.pi * 1.6 * local)
            blit(frame, fig.mount, x, feet + bob)
            b = body.figure.body_unit(rig.look, rig.unit)
            saddle = feet - fig.mount.size[1] * 0.72
            feet = saddle + (body.THIGH + body.SHIN + 0.1) * b
        if fig.boat is not None:
            b = body.figure.body_unit(rig.look, rig.unit)
            bob = 0.04 * rig.unit * math.sin(2 * math.pi * 0.5 * local)
            rim = feet - fig.boat.size[1] * 0.55 + bob
            feet = rim + (body.THIGH + body.SHIN + 0.1) * b - 0.2 * b
        water_line = None
        if fig.verb == "swim":
            b = body.figure.body_unit(rig.look, rig.unit)
            water_line = feet - 0.1 * rig.unit
            feet = water_line + (body.STANDING_HEIGHT - 1.2) * b
        performer = self.performers.get(fig.character_id) if not crowd else None
        pose = performer.pose(t_abs) if performer is not None else None
        eyes = pose.eyes if pose is not None else "open"
        if fig.verb == "sleep":
            eyes = "closed"
        mouth = (pose.mouth, pose.openness) if pose is not None else ("rest", 0.0)
        joints = body.draw_figure(
            frame,
            rig,
            x,
            feet,
            limbs,
            eyes=eyes,
            gaze=fig.facing if not crowd or fig.faces_other else 0,
            mouth=mouth,
            expression=fig.expression,
            t=local,
            turn=touching.TURN if fig.touching is not None else 0.0,
        )
        if water_line is not None:  # the water closes over the body below its line
            y0 = int(max(0, water_line))
            x0, x1 = int(max(0, x - 2.2 * rig.unit)), int(min(frame.shape[1], x + 2.2 * rig.unit))
            frame[y0 : int(min(frame.shape[0], feet + rig.unit)), x0:x1] = layout.plate[
                y0 : int(min(frame.shape[0], feet + rig.unit)), x0:x1
            ]
        if fig.boat is not None:
            blit(frame, fig.boat, x, fig.feet + 0.04 * rig.unit * math.sin(2 * math.pi * 0.5 * local))
            hand = joints.hands[1] if fig.facing > 0 else joints.hands[0]
            tip = (hand[0] - fig.facing * 1.3 * rig.unit, fig.feet + 0.1 * rig.unit)
            body._line(frame, hand, tip, (120, 85, 50), max(2.0, 0.12 * rig.unit))
        if fig.vehicle is not None:  # its side, below the belt line, in front of the rider
            v = fig.vehicle
            top = int(round(fig.feet - fig.belt))
            blit(frame, v, at, fig.feet, clip=(0, max(0, top), frame.shape[1], frame.shape[0]))
        if fig.thing is not None and fig.holds is not None:
            self._draw_thing(frame, fig, joints, p)
        if frame_no >= 0 and not crowd:
            face_y = joints.neck[1] - body.figure.NECK_TO_FACE * rig.unit
            self.drawn.append(
                (
                    frame_no,
                    fig.character_id,
                    round(x, 1),
                    round(feet, 1),
                    fig.verb,
                    round(face_y, 1),
                    round(rig.unit, 1),
                )
            )
            if pose is not None:
                self.log.append((frame_no, fig.character_id, mouth[0], round(mouth[1], 3), eyes))

    def _draw_thing(self, frame: np.ndarray, fig: Figure, joints: body.Joints, p: float) -> None:
        sprite = fig.thing
        assert sprite is not None and fig.holds is not None
        hand = joints.hands[1] if fig.facing > 0 else joints.hands[0]
        off = joints.hands[0] if fig.facing > 0 else joints.hands[1]  # the other hand
        w, h = sprite.size
        if fig.verb == "throw" and fig.holds.role == "held":
            blit(frame, sprite, *_thrown(hand, (w, h), fig.facing, p, frame.shape[:2]))
            return
        if fig.holds.role == "held" and fig.grip == "two_hands":  # in both palms, or in the hand not eating
            if body.pose_of(fig.verb) == "eat":
                blit(frame, sprite, off[0], off[1] + 0.45 * h)
            else:
                blit(frame, sprite, (hand[0] + off[0]) / 2, (hand[1] + off[1]) / 2 + 0.45 * h)
            return
        if fig.holds.role == "held" and fig.grip == "arm":  # its handle over the forearm
            blit(frame, sprite, hand[0] - fig.facing * 0.15 * w, hand[1] + 0.8 * h)
            return
        if fig.holds.role == "held" and fig.grip == "staff":  # gripped near its top, its foot on the ground
            blit(frame, sprite, hand[0], min(fig.feet, hand[1] + 0.88 * h))
            return
        if fig.holds.role == "carried":
            x, y = joints.head_top[0], joints.head_top[1] + 0.05 * sprite.size[1]
        elif fig.holds.role == "given" and (other := fig.gives_to) is not None and other.rig is not None:
            k = min(1.0, max(0.0, (p - 0.3) / 0.4))
            ox = other.x0 + (other.x1 - other.x0) * p
            tx = ox + other.facing * 1.3 * other.rig.unit  # before the one it is given to, on the side they face
            x = hand[0] + (tx - hand[0]) * k
            y = hand[1] + sprite.size[1] * 0.5
        else:
            x, y = hand[0], hand[1] + sprite.size[1] * 0.45
        blit(frame, sprite, x, y)

    def _draw_animal(
        self, frame: np.ndarray, fig: Figure, x: float, feet: float, local: float, t: float, frame_no: int
    ) -> None:
        sprite = fig.animal
        if sprite is None:
            return
        key = fig.animal_key or self.animals.get(fig.character_id, "")
        moving = body.pose_of(fig.verb) in ("walk", "run", "fly", "swim", "jump", "climb")
        steps = fig.animal_steps
        if len(steps) > 1:  # a drawn body walks its legs: a step cycle a second and a half (more running)
            rate = 2.4 if body.pose_of(fig.verb) == "run" else 1.5
            sprite = steps[int((local * rate + fig.phase) * len(steps)) % len(steps)]
        hop = 0.0
        # a whole icon that runs or hops bounds along; one that walks keeps its feet on the ground (it rocks
        # on them: _walk_rock)
        bounds = body.pose_of(fig.verb) != "walk" or animal_bodies.hops(key)
        if moving and bounds and (len(steps) < 2 or animal_bodies.hops(key)) and fig.water is None:
            hop = 0.06 * sprite.size[1] * abs(math.sin(2 * math.pi * 2.2 * local + fig.phase))
        if fig.water is not None:  # afloat: rocking gently on the water
            hop = 0.03 * sprite.size[1] * math.sin(2 * math.pi * 0.6 * local + fig.phase)
        if body.pose_of(fig.verb) == "jump":  # a leap: well up off the ground, a leap a second
            hop = LEAP * sprite.size[1] * abs(math.sin(math.pi * local + fig.phase))
        airborne = _in_the_air(key, fig.verb)
        if airborne:
            hop = 0.35 * frame.shape[0] + 0.03 * frame.shape[0] * math.sin(2 * math.pi * 0.8 * local)
        opened = self._mouth(fig.character_id, t, local)
        if opened is not None:  # a speaking animal stretches up with its words, and its mouth (a sky face's) opens
            if airborne or fig.aloft:  # one on the ground keeps its feet there
                hop += 0.05 * sprite.size[1] * opened
            sprite = self._talking(sprite, key, opened)
        if fig.water is None:  # an animal is small: it stands a little further back, above the subtitles
            feet = min(feet, self._animal_floor)
        clip = (0, 0, frame.shape[1], int(round(fig.water))) if fig.water is not None else None
        blit(frame, sprite, x, feet - hop, clip=clip)  # in water: nothing under its surface
        if fig.water is not None:
            creature_acting.ripple(frame, x, fig.water, sprite.size[0], local)
        if _acted_verb(fig) == "sleep":  # a sleeper's z's rise over its head
            _snore(frame, x, feet - sprite.size[1], sprite.size[1], local)
        if fig.thing is not None:  # what it eats, holds or was given: on the ground before it
            blit(frame, fig.thing, x + fig.facing * 0.5 * (sprite.size[0] + fig.thing.size[0]), feet)
        if frame_no >= 0:
            top = feet - hop - sprite.size[1]
            self.drawn.append(
                (
                    frame_no,
                    fig.character_id,
                    round(x, 1),
                    round(feet - hop, 1),
                    fig.verb,
                    round(top + sprite.size[1] * 0.3, 1),
                    round(sprite.size[1] * 0.5, 1),
                )
            )

    def _mouth(self, cid: str, t: float, local: float) -> float | None:
        """How open a speaking animal's or sky being's mouth is (0 to 1) at film time `t`, from its line's
        visemes where it has them, else a chatter with its words; None while it says nothing."""
        if not any(a <= t < b for a, b in self.speaking.get(cid, [])):
            return None
        performer = self.performers.get(cid)
        said = performer.speaking(t) if performer is not None else None
        return said[1] if said is not None else abs(math.sin(2 * math.pi * 4.0 * local))

    def _talking(self, sprite: Sprite, key: str, opened: float) -> Sprite:
        """The sprite at a mouth opening, drawn once per sprite and opening."""
        level = int(round(opened * (creature_acting.TALK_LEVELS - 1)))
        cached = self._talk_sprites.get((id(sprite), level))
        if cached is None:
            cached = creature_acting.talking(sprite, key, level, creatures.in_the_sky(key))
            self._talk_sprites[(id(sprite), level)] = cached
        return cached


def _in_the_air(key: str, verb: str) -> bool:
    """Whether an animal doing `verb` is up in the air on its wings: a flyer that flies, goes or comes (a bee,
    a butterfly whenever it goes); one said to walk, run, sit or sleep is on its feet."""
    if key not in FLYERS:
        return False
    return verb in AIRBORNE or (key in ON_THE_WING and body.pose_of(verb) in body.MOVING)


def _as_it_can(key: str | None, acted: str, lead: bool) -> str:
    """What an animal does of the verb given it: one that cannot fly and is told to (a crab the gull flew
    over, in the sentence's list) stands, or runs where it is the one the sentence is about."""
    if key is None or body.pose_of(acted) != "fly" or key in FLYERS or creatures.in_the_sky(key):
        return acted
    return "run" if lead else "stand"


def _aboard(figures: list[Figure], setting: str, verb: str) -> list[Figure]:
    """Those who ride or sit with one seated in a vehicle ("Wren and Bastian drove to the coast") ride in it
    too: its passengers, drawn in it by its driver, not standing beside nothing; in a picture of a vehicle's
    inside, those who ride in it sit there."""
    if setting in key_things.INSIDE_VEHICLES and verb in ("ride", "go", "arrive"):
        for fig in figures:
            if fig.rig is not None and fig.verb in ("ride", "go", "arrive", "stand") and fig.mount is None:
                fig.verb, fig.seat = "sit", fig.seat or "bench"
    drivers = [f for f in figures if f.vehicle is not None]
    if not drivers:
        return figures
    out = []
    for fig in figures:
        free = fig.rig is not None and fig.vehicle is None and fig.mount is None and fig.boat is None
        if free and fig.verb in ("ride", "sit", "go", "arrive") and len(drivers[0].passengers) < 3:
            fig.aboard, fig.verb, fig.belt, fig.seat = True, "sit", drivers[0].belt, None
            drivers[0].passengers.append(fig)
            continue
        out.append(fig)
    return out


def _crowd_counts(counts: list[int | None]) -> list[int]:
    """How many of each of a moment's groups a wide view draws: as many as the text counts (five of a group
    it does not count, three beside another), within CROWD_ROOM side by side, one more for two groups;
    where they are more, the room is shared by their numbers, two at least each ("the five sisters and
    the three hunters" are five and three, "twelve princesses" seven)."""
    wanted = [c or (5 if len(counts) == 1 else 3) for c in counts]
    room = CROWD_ROOM + len(counts) - 1
    if sum(wanted) <= room:
        return wanted
    return [max(2, math.floor(room * n / sum(wanted))) for n in wanted]


def _acted(moment: Moment) -> str:
    """The verb class a moment's figures act: one who falls asleep ("fell asleep", "se quedó dormido")
    lies down to sleep rather than falls; one who drinks holds the cup at the mouth (eating is a class
    with drinking: the words tell them apart)."""
    if moment.verb == "fall" and moment.expression == "sleep":
        return "sleep"
    if moment.verb == "eat" and any(w.lower().split()[0] in DRINKING for w in moment.verb_words if w.strip()):
        return "drink"
    return moment.verb


# poses that say how the body is, or that move it: done as they are, whatever posture came before
_OWN_POSES = {"sit", "sit_ground", "sit_eat", "sit_drink", "lie", "sleep", "kneel", "kneel_pray", "fall"}


def _kept_posture(moment: Moment, cid: str, acted: str) -> str:
    """How one drawn in a moment's shot is posed where an earlier sentence sat, laid or knelt them
    (`Moment.postures`): so still, doing what the hands can do seated (eating, drinking at the table);
    one in the shot the sentence is not about (they say its line) is as they are, never its verb's pose."""
    held = moment.postures.get(cid)
    if cid not in moment.who and cid not in moment.acts:
        return held or "stand"
    if held is None or body.pose_of(acted) in _OWN_POSES or body.pose_of(acted) in body.MOVING:
        return acted
    if held == "sit" and acted in ("eat", "drink"):
        return "sit_" + acted
    if held in ("sit", "kneel") and body.pose_of(acted) == "work":  # "sat peeling", "knelt to plant"
        return held + "_work"
    return held


def _breaks(moment: Moment) -> bool:
    return any(w in BREAKING for w in re.findall(r"\w+", moment.text.lower()))


def _at_the_table(moment: Moment, figures: list[Figure]) -> None:
    """One who eats, drinks or works seated by a table ("sat at the table and ate", "sat at the table and
    wrote") sits at it on a chair, unless the sentence gives another seat."""
    if not any(p.role == "near" and p.key in SURFACES for p in moment.props):
        return
    for fig in figures:
        if fig.rig is not None and fig.verb in ("eat", "drink") and fig.boat is None and fig.mount is None:
            fig.seat = fig.seat or "chair"
            fig.verb = "sit_" + fig.verb
        elif fig.rig is not None and fig.verb == "sit_work" and fig.boat is None and fig.mount is None:
            fig.seat = fig.seat or "chair"  # "sat at the table and wrote": on a chair at it, not on the floor
            fig.verb = "seated_work"


def _acted_verb(fig: Figure) -> str:
    return "sleep" if fig.verb == "sleep" or fig.expression == "sleep" else fig.verb


def _snore(frame: np.ndarray, x: float, top: float, tall: float, t: float) -> None:
    """Two z's rising and drifting from a sleeping animal's head."""
    for k in range(2):
        rise = (t * 0.5 + k * 0.5) % 1.0
        scale = max(0.4, tall / 90) * (0.7 + 0.3 * k)
        org = (int(x + (0.1 + 0.2 * rise) * tall), int(top - (0.05 + 0.35 * rise) * tall))
        thick = max(1, int(tall / 40))
        cv2.putText(frame, "z", org, cv2.FONT_HERSHEY_SIMPLEX, scale, (250, 250, 250), thick, cv2.LINE_AA)


def _animal_acting(sprite: Sprite | None, verb: str, facing: int, key: str = "") -> Sprite | None:
    """An animal drawn whole (its icon) bent into the pose of its verb (animation/icon_poses.py): one that
    eats has its head down to the food, one that sits is on its haunches, one that sleeps or lies has its
    legs folded under it, one that runs or leaps has its legs stretched out."""
    if sprite is None:
        return None
    pose = animal_bodies.pose_for(verb) if verb != "fall" else "fall"  # a fall is shown by its drop
    # a galloping icon that only stands, a bucking one that stands or walks: level, on its four feet
    if key in level_stance.IN_ACTION and (pose == "stand" or (pose == "walk" and key in level_stance.BUCKING)):
        level = level_stance.standing(key, Image.fromarray(np.dstack([sprite.rgb, _alpha(sprite)]), "RGBA"))
        return Sprite.from_image(level, (level.width / 2, level.height))
    if pose not in icon_poses.POSED:
        return sprite
    rgba = Image.fromarray(np.dstack([sprite.rgb, _alpha(sprite)]), "RGBA")
    posed = icon_poses.bent(rgba, pose, facing)
    return Sprite.from_image(posed, (posed.width / 2, posed.height))


def _holds_up(thing: Thing, text: str) -> bool:
    """Whether a scene's thing is one a sentence puts something on ("on the table", "sobre la mesa"): a
    piece of furniture, a vehicle, a tool or a rock it names after an "on" (animation/supports.py)."""
    kind = THINGS.get(thing.key, ("",))[0]
    holds = kind in SUPPORT_KINDS or thing.key in SUPPORT_KEYS
    return holds and not thing.said and supports.said_on(text, thing.words or [thing.key])


def _through_lens(v: float, centre: float, size: float, zoom: float) -> float:
    """Where a point of the still at `v` is once the still is framed `zoom` times closer about `centre`
    (animation/player.py framed_still, along one axis)."""
    half = size / (2 * zoom)
    c = min(max(centre, half), size - half)
    return zoom * (v - c) + size / 2


def _onto_supports(figures: list[Figure]) -> None:
    """Each figure that rests on another (a cup on a table) put on that one's top surface where it now is,
    and drawn right after it."""
    for fig in [f for f in figures if f.on is not None]:
        support = fig.on
        if support is None or support.animal is None:
            continue
        fig.x0, fig.x1 = support.x0 + fig.on_dx, support.x1 + fig.on_dx
        fig.feet = support.feet - supports.top_height(support.animal)
        fig.shadow = None
        if any(f is support for f in figures):  # (by identity: two cups alike compare their pictures)
            figures.pop(_index(figures, fig))
            figures.insert(_index(figures, support) + 1, fig)


def _index(figures: list[Figure], fig: Figure) -> int:
    return next(k for k, f in enumerate(figures) if f is fig)


def _lay_on_top(sleeper: Figure, support: Figure) -> None:
    """One who lies on a thing (a pile of mattresses however tall, a chest, a cart) lies on its top surface:
    the underside of the body on it (animation/supports.py), whatever the thing's height; no shadow on the
    floor under them."""
    if support.animal is None:
        return
    top = support.feet - supports.top_height(support.animal)
    if sleeper.rig is not None:
        box = bed_cover.lying_box(sleeper.rig, sleeper.verb, sleeper.facing, sleeper.phase)
        sleeper.feet = supports.lying_feet(top, box)
    else:  # an animal: its feet on the top
        sleeper.feet = top
    sleeper.shadow = None


def _walk_rock(sprite: Sprite | None, key: str, verb: str) -> list[Sprite]:
    """A whole icon that walks on the ground, as its steps: rocking on its feet (animation/level_stance.py);
    none for one that does anything else, hops or flies."""
    if sprite is None or body.pose_of(verb) != "walk" or animal_bodies.hops(key) or _in_the_air(key, verb):
        return []
    rgba = Image.fromarray(np.dstack([sprite.rgb, _alpha(sprite)]), "RGBA")
    return [Sprite.from_image(step, (step.width / 2, step.height)) for step in level_stance.rocking(rgba)]


def _pair_face_to_face(pair: list[Figure], verb: str, w: int) -> None:
    """A group of two who hug, look at each other or fight ("the two friends embraced"): close together in
    the middle, turned to each other, their eyes on each other; those who hug a shoulder's width apart."""
    left, right = pair
    left.facing, right.facing = 1, -1
    apart = PAIR_APART * w
    if verb == "hug" and left.rig is not None:
        reach = _figure_reach(left.rig, "stand", 1, 0.0, None, "hand")
        apart = 0.9 * (reach[0] + reach[1])
    left.x0 = left.x1 = 0.5 * w - apart / 2
    right.x0 = right.x1 = 0.5 * w + apart / 2
    left.feet = right.feet = max(left.feet, right.feet)
    for fig in pair:
        fig.faces_other = True


def _in_touch(moment: Moment, figures: list[Figure]) -> tuple[Figure, Figure] | None:
    """The doer and the one touched, where the moment is one touching another and both are drawn people."""
    if not moment.touch or not moment.touched or not moment.who:
        return None
    by_id = {f.character_id: f for f in figures if f.rig is not None}
    doer, other = by_id.get(moment.who[0]), by_id.get(moment.touched)
    return (doer, other) if doer is not None and other is not None and doer is not other else None


def _embrace(first: Figure, second: Figure) -> None:
    """Two who hug stand close, face to face: the second a shoulder's width from the first, on its side."""
    if first.rig is None or second.rig is None or first.facing == second.facing:
        return
    left, right = _figure_reach(first.rig, "stand", first.facing, 0.0, None, "hand")
    second.x0 = second.x1 = first.x0 + first.facing * 0.9 * (left + right)


def _facing_in_group(i: int, n: int, facing: int) -> int:
    """Which way the i-th of n who stay put faces: the first (in the middle) to the second, beside it on
    the `facing` side, and every other one to the first (those on its `facing` side turned back)."""
    if n == 1:
        return facing
    if i == 0:
        return facing
    return -facing if i % 2 == 1 else facing


def _words_at(text: str, word: str) -> int:
    """Where a word first is in the text (-1: not there), matched whole where the script has spaces."""
    spaced = " " in text
    for found in re.finditer(re.escape(word.lower()), text):
        a, b = found.span()
        if not spaced or ((a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum())):
            return a
    return -1


def _approaches(moment: Moment) -> bool:
    """A walk up to someone ("the fox walked up to the lion"): one the sentence names after the verb, not
    walked with ("walked with his donkey", "walked together") or followed."""
    if not moment.verb_words or len(moment.who_words) < 2 or _follows(moment):
        return False
    if moment.acts_on in ("drag", "lead", "follow", "chase"):  # "led Tom to the mill": they go together
        return False
    text = moment.text.lower()
    verb = _words_at(text, moment.verb_words[0])
    if verb < 0:
        return False
    after = [at for word in moment.who_words if (at := _words_at(text, word)) > verb]
    if not after:  # all of them named before the verb: they walk together
        return False
    between = re.findall(r"\w+", text[verb : min(after)])
    return not any(word in WITH_WORDS for word in between)


def _follows(moment: Moment) -> bool:
    """A verb of following: the one followed goes ahead, the follower (the subject) behind, the same way."""
    return any(word.lower().startswith(FOLLOW_STEMS) for word in moment.verb_words)


def _thrown(
    hand: tuple[float, float], size: tuple[int, int], facing: int, p: float, frame: tuple[int, ...]
) -> tuple[float, float]:
    """Where a thrown thing is drawn `p` into its moment: in the hand held out, then leaving it, on an arc
    forward (the way the thrower faces) and down, THROW_REACH of the frame's width away when it lands."""
    k = min(1.0, max(0.0, (p - THROW_AT) / (1.0 - THROW_AT)))
    rows, cols = frame[0], frame[1]
    x = hand[0] + facing * k * THROW_REACH * cols
    y = hand[1] + 0.45 * size[1] - 0.18 * rows * math.sin(math.pi * k) + 0.12 * rows * k
    return x, y


def _figure_reach(rig: Rig, verb: str, facing: int, phase: float, holds: Prop | None, grip: str) -> tuple[float, float]:
    """How far a person drawn in the verb's pose reaches left and right of where they stand (two moments
    of its cycle, drawn once on a blank canvas when the shot is laid out)."""
    tall = body.figure_height_units() * rig.unit
    width, height = int(2.4 * tall) + 8, int(1.4 * tall) + 8
    canvas = np.zeros((height, width, 3), np.uint8)
    x, feet = width / 2, height - 4.0
    role = holds.role if holds is not None else None
    for t in (0.0, 0.3):
        limbs = body.limbs_at(verb, t, facing, phase, role, grip)
        body.draw_figure(canvas, rig, x, feet, limbs, gaze=facing, t=t)
    cols = np.nonzero(canvas.any(axis=(0, 2)))[0]
    if not cols.size:
        return 0.0, 0.0
    return x - float(cols[0]), float(cols[-1] + 1) - x


def _footprint(sprite: Sprite) -> tuple[float, float]:
    """Where a sprite touches the ground, left and right of its anchor: the columns its lowest rows cover
    (an animal's feet, not its tail or its head held out)."""
    solid = sprite.core.astype(bool)
    rows = np.nonzero(solid.any(axis=1))[0]
    if not rows.size:
        return -sprite.size[0] / 2, sprite.size[0] / 2
    low = solid[max(0, int(rows[-1] - 0.12 * (rows[-1] - rows[0] + 1))) : rows[-1] + 1]
    cols = np.nonzero(low.any(axis=0))[0]
    return float(cols[0] - sprite.ox), float(cols[-1] + 1 - sprite.ox)


def _turn(fig: Figure, facing: int) -> None:
    """The figure turned to face the other way, its animal's sprites flipped with it."""
    if facing == fig.facing:
        return
    if fig.animal is not None:
        fig.animal_steps = [_flipped(sp) for sp in fig.animal_steps]
        fig.animal = fig.animal_steps[0] if fig.animal_steps else _flipped(fig.animal)
    fig.facing = facing


@functools.lru_cache(maxsize=256)
def _shadow(width: int, height: int) -> Sprite:
    """A flat, soft ellipse of shade, see-through all over (every pixel of it is blended, none copied),
    anchored at its middle: made once per size."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    r2 = ((xs + 0.5 - width / 2) / (width / 2)) ** 2 + ((ys + 0.5 - height / 2) / (height / 2)) ** 2
    alpha = SHADOW_ALPHA * np.clip((1.0 - r2) * 2.5, 0.0, 1.0)  # flat in the middle, soft at the rim
    rgba = np.zeros((height, width, 4), np.uint8)
    rgba[..., :3] = SHADOW_COLOUR
    rgba[..., 3] = np.round(alpha * 255).astype(np.uint8)
    return Sprite.from_image(Image.fromarray(rgba, "RGBA"), (width / 2, height / 2))


def _flipped(sprite: Sprite) -> Sprite:
    rgba = Image.fromarray(np.dstack([sprite.rgb, _alpha(sprite)]), "RGBA").transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return Sprite.from_image(rgba, (rgba.width - sprite.ox, sprite.oy))


def _alpha(sprite: Sprite) -> np.ndarray:
    alpha = sprite.core.astype(np.uint8) * 255
    alpha[sprite.edge_y, sprite.edge_x] = (sprite.edge_alpha[:, 0] * 255).astype(np.uint8)
    return alpha

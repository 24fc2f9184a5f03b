"""How big each animal is in life, as a share of a grown person's height (to the top of its head as it
stands): the one table every drawing of an animal is sized from (an animal of the cast beside a person,
an animal a sentence is about, a herd at the back, the animals painted into a scene's picture), so a
mastiff is never drawn smaller than a mouse, nor a donkey smaller than a dog.

A breed or kind the text names ("mastiff", "pony", "ostrich") sizes it more closely than its drawable
key ("dog", "horse", "bird"), and so does a size word right before its name ("a big dog")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from filmstudio.storyboard import Scene

LIFE_HEIGHT = {
    # as tall as a person, or taller
    "giraffe": 2.8,
    "elephant": 1.8,
    "mammoth": 2.0,
    "dinosaur": 2.0,
    "dragon": 2.0,
    "camel": 1.2,
    "moose": 1.2,
    "horse": 1.05,
    "unicorn": 1.05,
    "bison": 1.0,
    "buffalo": 0.95,
    "rhinoceros": 1.0,
    "llama": 1.0,
    "kangaroo": 0.9,
    "cow": 0.85,
    "zebra": 0.85,
    "hippopotamus": 0.85,
    "polar_bear": 0.85,
    "bear": 0.8,
    "gorilla": 0.8,
    "deer": 0.75,
    "donkey": 0.7,
    "lion": 0.65,
    "tiger": 0.6,
    # about a person's waist or knee
    "ram": 0.5,
    "goat": 0.5,
    "sheep": 0.5,
    "wolf": 0.5,
    "panda": 0.5,
    "leopard": 0.45,
    "pig": 0.45,
    "seal": 0.4,
    "penguin": 0.4,
    "flamingo": 0.7,
    "peacock": 0.4,
    "dog": 0.35,
    "monkey": 0.35,
    "swan": 0.35,
    "eagle": 0.35,
    "rooster": 0.28,
    "fox": 0.28,
    "sloth": 0.25,
    "koala": 0.25,
    "crocodile": 0.25,
    "owl": 0.25,
    "chicken": 0.24,
    "duck": 0.2,
    "crow": 0.2,
    "cat": 0.17,
    "raccoon": 0.17,
    "beaver": 0.17,
    "parrot": 0.17,
    "otter": 0.15,
    "rabbit": 0.14,
    "dove": 0.14,
    "skunk": 0.12,
    "squirrel": 0.1,
    "turtle": 0.08,
    "bird": 0.09,  # a songbird: a sparrow, a thrush
    "hedgehog": 0.07,
    "bat": 0.06,
    "rat": 0.06,
    "snake": 0.06,
    "chick": 0.05,
    "lobster": 0.05,
    "mouse": 0.04,
    "frog": 0.04,
    "crab": 0.04,
    "lizard": 0.03,
    "butterfly": 0.03,
    "scorpion": 0.02,
    "snail": 0.02,
    "oyster": 0.03,
    # a sky thing that speaks (animation/creatures.py): drawn up in the sky, as large as a grown person's torso
    "sun_face": 0.6,
    "moon_face": 0.6,
    "wind_face": 0.6,
    "shrimp": 0.02,
    "beetle": 0.015,
    "spider": 0.012,
    "bee": 0.012,
    "worm": 0.01,
    "ladybug": 0.008,
    "mosquito": 0.006,
    "ant": 0.005,
}
# words that name a kind of a drawable animal much bigger or smaller than its kind's usual: word -> (key, height)
KIND_HEIGHT = {
    "mastiff": ("dog", 0.5),
    "wolfhound": ("dog", 0.55),
    "bloodhound": ("dog", 0.42),
    "greyhound": ("dog", 0.42),
    "sheepdog": ("dog", 0.4),
    "watchdog": ("dog", 0.42),
    "hound": ("dog", 0.4),
    "chihuahua": ("dog", 0.12),
    "lapdog": ("dog", 0.16),
    "pug": ("dog", 0.18),
    "dachshund": ("dog", 0.16),
    "corgi": ("dog", 0.18),
    "terrier": ("dog", 0.22),
    "puppy": ("dog", 0.18),
    "pup": ("dog", 0.18),
    "whelp": ("dog", 0.18),
    "pony": ("horse", 0.75),
    "foal": ("horse", 0.7),
    "filly": ("horse", 0.85),
    "carthorse": ("horse", 1.15),
    "destrier": ("horse", 1.15),
    "warhorse": ("horse", 1.15),
    "ostrich": ("bird", 1.3),
    "emu": ("bird", 1.0),
    "crane": ("bird", 0.7),
    "heron": ("bird", 0.6),
    "stork": ("bird", 0.6),
    "pelican": ("bird", 0.6),
    "albatross": ("bird", 0.5),
    "pheasant": ("bird", 0.3),
    "hummingbird": ("bird", 0.04),
    "ox": ("cow", 0.9),
    "oxen": ("cow", 0.9),
    "bull": ("cow", 0.9),
    "calf": ("cow", 0.55),
    "kitten": ("cat", 0.1),
    "lamb": ("sheep", 0.3),
    "piglet": ("pig", 0.18),
    "cub": ("bear", 0.35),
    "toad": ("frog", 0.04),
}
BIGGER = {"big", "large", "huge", "great", "giant", "enormous", "massive", "mighty", "hulking"}
SMALLER = {"small", "little", "tiny", "wee"}
SIZE_WORD_FACTOR = 1.35  # a size word makes it this much bigger (or smaller) than its kind
UNKNOWN = 0.3
# the drawn share is life's, compressed: the small stay visible, the order of sizes never changes
COMPRESSION = 0.7
LEAST_SHARE = 0.08  # an ant or a bee drawn no smaller than this share of a person: still a speck beside a dog
PERSON_IN_PICTURE = 0.42  # a grown person's height in a wide view, as a share of the frame's (animation/staged.py)
MOST_PAINTED = 0.5  # the tallest an animal painted into a scene's picture stands, as a share of the frame


def life_height(key: str, text: str = "", names: Iterable[str] = ()) -> float:
    """How tall the animal `key` is in life, as a share of a grown person's height. `text` (the sentences
    it is in) may name its kind ("the mastiff") or its size ("a big dog", "a little dog"); `names` are the
    words the text calls it by ("mastiff" as a scene's thing)."""
    height = LIFE_HEIGHT.get(key, UNKNOWN)
    words = re.findall(r"[^\W\d_]+", text.lower())
    named = [w for w in (*words, *(n.lower() for n in names)) if KIND_HEIGHT.get(w, ("",))[0] == key]
    if named:
        height = KIND_HEIGHT[named[0]][1]
    for before, word in zip(words, words[1:], strict=False):
        if _names(word, key) and (before in BIGGER or before in SMALLER):
            return height * (SIZE_WORD_FACTOR if before in BIGGER else 1 / SIZE_WORD_FACTOR)
    return height


def drawn_share(key: str, text: str = "", names: Iterable[str] = ()) -> float:
    """How tall the animal is drawn beside a grown person (shares of the person's height): its size in
    life, the smallest drawn up a little so they show (a mouse is still far smaller than a dog)."""
    return max(LEAST_SHARE, float(life_height(key, text, names) ** COMPRESSION))


def painted_share(key: str) -> float:
    """How tall an animal painted into a scene's picture stands at its front, as a share of the frame's
    height: as it would beside a person there (the tallest kept inside the picture)."""
    return min(MOST_PAINTED, PERSON_IN_PICTURE * drawn_share(key))


def _names(word: str, key: str) -> bool:
    """The word names the animal `key`: its key or a kind of it, one or many ("dogs", "mice")."""
    singular = {"mice": "mouse", "geese": "goose", "oxen": "ox"}.get(word) or re.sub(r"(?<=[^s])s$", "", word)
    return key in (word, singular) or KIND_HEIGHT.get(singular, ("",))[0] == key


# words that make a thing a plaything on a shelf or a floor, whatever it is a model of ("a toy dinosaur",
# "a model ship", "a castle made of Lego"); "little" and "small" do so for what is big in life (a small
# dinosaur, a little castle) and only shrink an animal of a person's size or less ("a little dog")
TOY_WORDS = {"toy", "toys", "model", "models", "lego", "plastic", "clockwork", "stuffed", "plush", "teddy"}
SMALL_WORDS = {"little", "small", "tiny", "miniature", "mini"}
TOY_SHARE = 0.22  # a toy's height beside a grown person's: about their knee, always under a bed's top
TOY_WINDOW = 3  # how many words before a thing's name a toy word may be ("a little green toy dinosaur")
BIG_IN_LIFE = 1.0  # an animal this tall beside a person, or taller, is a toy when named little


def toy_sized(key: str, text: str, names: Iterable[str] = (), big: bool = False) -> bool:
    """The text names the thing `key` (by its key or one of `names`) as a plaything: a toy word shortly
    before its name, or "(made) of Lego" right after it; a size word ("little") where the thing is big
    in life (`big`, or an animal as tall as a person)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    called = {key, key.replace("_", " "), *(n.lower() for n in names)}
    large = big or LIFE_HEIGHT.get(key, 0.0) >= BIG_IN_LIFE
    for i, word in enumerate(words):
        if word not in called and re.sub(r"(?<=[^s])s$", "", word) not in called:
            continue
        before = set(words[max(0, i - TOY_WINDOW) : i])
        after = words[i + 1 : i + 4]
        if before & TOY_WORDS or "lego" in after or (large and before & SMALL_WORDS):
            return True
    return False


def toys_in(things: Iterable[tuple[str, Iterable[str]]], text: str) -> tuple[str, ...]:
    """The keys of `things` (key, the words naming it) that `text` names as playthings; a building or a
    vehicle named little is one too ("a little castle", "a small fire engine" in a child's room)."""
    from filmstudio.script.vocabulary import THINGS  # the table of kinds: loaded only when a scene is painted

    return tuple(
        key
        for key, words in things
        if toy_sized(key, text, words, big=THINGS.get(key, ("",))[0] in ("building", "vehicle"))
    )


def scene_text(scene: Scene) -> str:
    """All a scene's sentences: where its things are called toys."""
    return " ".join(m.text for m in scene.moments)

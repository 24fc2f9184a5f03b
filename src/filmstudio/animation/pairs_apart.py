"""Two people of a pair told apart in every shot. A reviewer saw a prince and a princess drawn almost the
same (both in a robe drawn as a skirt, in two near deep reds, under one circlet) and a father and a son
named by age ("the old miller", "the young miller") drawn as one man at two ages, with one face."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import numpy as np

from filmstudio.animation.royal import ROYAL_COLORS
from filmstudio.storyboard import Character, Storyboard

# royal colours for a second royal beside the deep reds and purples: a royal blue and an emerald, far
# from each of them (a king's red and a queen's purple are too near to tell apart at a wide shot's size)
SECOND_ROYAL_COLORS = ["#1f4e9c", "#17694a"]


def royal_attire(headwear: str, female: bool) -> str:
    """A queen's or a princess's robe; a king's or a prince's tunic over trousers (a robe is drawn as a
    skirt: at a wide shot's size it is what tells a woman from a man)."""
    return "robe" if female or not headwear else "jacket"


def second_royal_colour(taken: set[str]) -> str:
    """The royal colour farthest from every colour already worn (the other royals' first)."""
    free = [c for c in ROYAL_COLORS + SECOND_ROYAL_COLORS if c not in taken] or SECOND_ROYAL_COLORS
    return apart_from(free, taken)[0]


# the least RGB distance between two characters' clothes: nearer, two people read as one at a wide shot
APART = 95.0


def apart_from(colours: list[str], taken: set[str]) -> list[str]:
    """Those of `colours` at least APART from every colour already worn; where none is, the farthest."""
    if not taken:
        return colours
    worn = np.array([_rgb(c) for c in sorted(taken)], float)
    least = {c: float(np.linalg.norm(worn - np.array(_rgb(c), float), axis=1).min()) for c in colours}
    far = [c for c in colours if least[c] >= APART]
    return far or [max(colours, key=lambda c: least[c])]


def two_of_a_kind(board: Storyboard, people: Sequence[Character], words: tuple[str, ...]) -> bool:
    """Whether characters whose names differ only by an age word are two people: named by a kind of
    person ("the old miller" and "the young miller", "the old man" and "the young man") and in one scene
    together, a father and a son. A personal name ("Old Ravi", "Young Ravi") stays one person at two
    ages even where the old one tells the young one's story beside him."""
    language = people[0].language if people else "en"
    return bool(words) and seen_together(board, [c.id for c in people]) and _kind_of_person(" ".join(words), language)


@functools.lru_cache(maxsize=256)
def _kind_of_person(words: str, language: str) -> bool:
    from filmstudio.script.beings import DETERMINERS  # the script's words: loaded only when two ages meet
    from filmstudio.script.mentions import find_mentions

    article = DETERMINERS.get(language, "").split()[:1]
    phrase = f"{article[0]} {words}" if article else words
    return any(m.kind == "person" for m in find_mentions(phrase, language))


def seen_together(board: Storyboard, ids: Iterable[str]) -> bool:
    """Whether two of these characters are in one scene (present, drawn or speaking): two people, not one
    at two ages."""
    wanted = set(ids)
    for scene in board.scenes:
        here = set(scene.people) | set(scene.cast) | {line.character_id for line in scene.lines}
        if len(here & wanted) > 1:
            return True
    return False


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)

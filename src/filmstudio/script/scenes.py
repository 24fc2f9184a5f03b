"""Reading a scene like a director, in any language the studio speaks: its setting (from the heading
first, then the action), inside or out, time of day, weather, mood and the things it names, each with
the words in the script that decided it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.colours import colour_of_thing
from filmstudio.script.lexicon import Match
from filmstudio.script.places import BY_NAME, INTERIOR_SETTINGS, OPEN, OPEN_PHRASE, PLACES
from filmstudio.storyboard import TimeOfDay

__all__ = ["INTERIOR_SETTINGS", "SceneReading", "classify_setting", "describe_scene"]

_PRIORITY = {place.name: i for i, place in enumerate(PLACES)}
# Vehicles' insides are where a scene is only when the heading says so, or the action says "inside";
# a car passing in the street does not put us in it.
_WEAK_IN_ACTION = {
    "car_interior": 0.3,
    "train": 0.5,
    "airplane_cabin": 0.5,
    "living_room": 0.6,
    "school_corridor": 0.6,
    "hallway": 0.6,  # passed through on the way to a room
    "campfire": 0.5,  # a fire is lit where the story is (a beach, a desert)
}
# Settings a story moves between without leaving the place: the next scene stays where it was.
_NEAR = {
    "beach": ("sea",),
    "sea": ("beach",),
    "mountains": ("snowfield",),
    "snowfield": ("mountains",),
    "village": ("farm",),
    "farm": ("village",),
    "city": ("market",),
    "market": ("city",),
}
_SLUG = re.compile(r"\s[-–—]\s")  # "MANSION - POOL - DAY"
_INT = re.compile(r"^\s*(?:int\.?|interior|i/e|int\.?/ext)\b", re.I)
_EXT = re.compile(r"^\s*(?:ext\.?|exterior|est\.?)\b", re.I)
_NEGATED = re.compile(
    r"\b(?:no|without|after the)\s+(\w+)|\b(\w+)\s+(?:has|had|have)\s+(?:passed|cleared|ended|stopped|gone)\b"
)


@dataclass
class SceneReading:
    setting: str = OPEN
    setting_words: list[str] = field(default_factory=list)
    interior: bool = False
    time_of_day: TimeOfDay = "day"
    weather: str = "clear"
    mood: str = "calm"
    things: list[Match] = field(default_factory=list)
    thing_colours: dict[str, str] = field(default_factory=dict)  # thing key -> the colour the text gives it
    description: str = ""


# Where a story is when it names no place but names what stands there: the nearest drawable setting
# (a crow on the branch of a tree is in a wood, a boat on the waves at sea)
THING_PLACES = {
    "tree": "forest",
    "pine_tree": "forest",
    "mushroom": "forest",
    "deer": "forest",
    "wolf": "forest",
    "squirrel": "forest",
    "boat": "sea",
    "ship": "sea",
    "anchor": "sea",
    "water_wave": "sea",
    "whale": "sea",
    "canoe": "river",
    "fish": "river",
    "frog": "river",
    "duck": "river",
    "bed": "bedroom",
    "cow": "farm",
    "pig": "farm",
    "sheep": "farm",
    "goat": "farm",
    "chicken": "farm",
    "rooster": "farm",
    "tractor": "farm",
    "rice_plant": "farm",
    "camel": "desert",
    "cactus": "desert",
    "teapot": "kitchen",
    "palm_tree": "beach",
    "crab": "beach",
    "snowman": "snowfield",
    "horse": "farm",
    "donkey": "road",
    "rocket": "space",
    "flying_saucer": "space",
    "crown": "palace",
    "tent": "campfire",
    "campfire": "campfire",
}


def _heads_only(found: list[Match], text: str) -> list[Match]:
    """In Japanese and Chinese "AのB" / "A的B" the place is B: "村の小川" is the village's brook. A place
    named only as what qualifies another is dropped."""
    low = " ".join(text.split()).lower()
    qualifying = set()
    for m in found:
        for word in m.words:
            for hit in re.finditer(re.escape(word), low):
                after = low[hit.end() : hit.end() + 4]
                if after[:1] in ("の", "的") and any(w in after[1:] for n in found if n.key != m.key for w in n.words):
                    qualifying.add(m.key)
    return [m for m in found if m.key not in qualifying] or found


def _place_of_things(things: list[Match], interior: bool | None) -> Match | None:
    """The setting the things a text names stand in, when it names no place: the most named wins."""
    votes: dict[str, list[str]] = {}
    for match in things:
        place = THING_PLACES.get(match.key)
        if place and _fits(place, interior):
            votes.setdefault(place, []).extend(match.words)
    if not votes:
        return None
    place, words = max(votes.items(), key=lambda kv: len(kv[1]))
    return Match(place, tuple(words), 0)


def _heading_side(heading: str) -> bool | None:
    if _INT.match(heading):
        return True
    if _EXT.match(heading):
        return False
    return None


def _fits(place: str, interior: bool | None) -> bool:
    side = BY_NAME[place].interior
    return interior is None or side is None or side == interior


# "the street outside the bakery": a place named after these is where we are not
_NOT_HERE = re.compile(
    r"(?:outside|in front of|beyond|away from|far from|fuera de|frente a|lejos de|devant|hors de|loin de|"
    r"vor dem|vor der|außerhalb|weit weg von)\s+(?:the|a|an|el|la|los|las|le|les|l'|der|die|das|dem|den)?\s*$"
)


def _here(found: list[Match], text: str) -> list[Match]:
    low = " ".join(text.replace("’", "'").split()).lower()
    return [m for m in found if not _NOT_HERE.search(low[max(0, m.position - 30) : m.position])]


def _best_place(
    found: list[Match], interior: bool | None, *, weighted: bool | str, things: list[Match] | None = None
) -> Match | None:
    candidates = [m for m in found if _fits(m.key, interior)]
    if not candidates:
        return None
    if not weighted:  # a slug narrows left to right ("EXT. MANSION - POOL"): the last place it names
        return max(candidates, key=lambda m: (m.position, -_PRIORITY[m.key]))
    if weighted == "specific":  # a heading in words ("A café in the city"): its most specific place
        return min(candidates, key=lambda m: (_PRIORITY[m.key], m.position))

    # places named as often are told apart by the things standing in them ("a village… into the forest
    # for mushrooms" is in the forest), then by which was named first
    placed = {w for m in candidates for w in m.words}  # "a bed" that named the bedroom does not vote again
    beside = [THING_PLACES.get(t.key) for t in things or () if not set(t.words) <= placed]

    def score(m: Match) -> tuple[float, int, int, int]:
        return (len(m.words) * _WEAK_IN_ACTION.get(m.key, 1.0), beside.count(m.key), -m.position, -_PRIORITY[m.key])

    return max(candidates, key=score)


def classify_setting(text: str, *, language: str = "en", interior: bool | None = None) -> str:
    """The setting a text names (for a heading or a free description), or the open landscape (a room
    when we know we are inside)."""
    best = _best_place(vocabulary.places(language).find(text), interior, weighted=True)
    if best is not None:
        return best.key
    return "living_room" if interior else OPEN


# the keys of moments.TIMES as the storyboard's times of day (a key it lacked would raise a KeyError)
TIME_OF_DAY: dict[str, TimeOfDay] = {"dawn": "dawn", "day": "day", "sunset": "sunset", "night": "night"}


def _first(lexicon_find: list[Match], default: str) -> tuple[str, list[str]]:
    """The key named most often (ties: the first named)."""
    if not lexicon_find:
        return default, []
    best = max(lexicon_find, key=lambda m: (len(m.words), -m.position))
    return best.key, list(best.words)


def _drop_negated(text: str, language: str) -> str:
    """ "The storm has passed", "no rain": words that say what is *not* there are removed (English words:
    Portuguese "no corredor" is "in the corridor")."""
    return _NEGATED.sub(" ", text) if language == "en" else text


def describe_scene(
    heading: str,
    body: str,
    language: str = "en",
    *,
    previous: str | None = None,
    previous_time: str | None = None,
) -> SceneReading:
    """Setting (heading first, then the action), inside or out, time, weather, mood and things. A scene
    without a heading that names the previous scene's setting among others, or names no place firmly,
    stays where the story was (`previous`)."""
    interior = _heading_side(heading)
    places = vocabulary.places(language)
    slug = interior is not None or bool(_SLUG.search(heading))
    chosen = (
        _best_place(_here(places.find(heading), heading), interior, weighted=False if slug else "specific")
        if heading
        else None
    )
    if slug and "," in heading:  # "INT. HALLWAY, SCOTT'S APARTMENT": after a comma, what holds the place
        spot = heading.split(",", 1)[0]
        chosen = _best_place(_here(places.find(spot), spot), interior, weighted=False) or chosen
    if chosen is None and body:
        plain = _drop_negated(body, language)
        named = _heads_only([m for m in _here(places.find(plain), plain) if _fits(m.key, interior)], plain)
        chosen = _best_place(named, interior, weighted=True, things=vocabulary.things(language).find(plain))
        firm = chosen is not None and len(chosen.words) * _WEAK_IN_ACTION.get(chosen.key, 1.0) >= 1.0
        by_object = chosen is not None and bool(vocabulary.things(language).find(" ".join(chosen.words)))
        near = chosen is not None and chosen.key in _NEAR.get(previous or "", ()) and by_object
        stays = previous in {m.key for m in named} or near  # "stories of boats" on a beach: still the beach
        if previous and previous != OPEN and not heading and (not firm or stays):
            chosen = next((m for m in named if m.key == previous), Match(previous, (), 0))
    if chosen is None and language != "en" and heading:  # headings are often written in English
        chosen = _best_place(vocabulary.places("en").find(heading), interior, weighted=False)
    # a story that has been nowhere yet (a title, an open landscape named by nothing) is where its things are
    if chosen is None and previous in (None, OPEN) and body:
        chosen = _place_of_things(vocabulary.things(language).find(_drop_negated(body, language)), interior)
    reading = SceneReading()
    if chosen is not None:
        reading.setting, reading.setting_words = chosen.key, list(chosen.words)
    elif interior:
        reading.setting = "living_room"
    side = BY_NAME[reading.setting].interior if reading.setting in BY_NAME else False
    reading.interior = interior if side is None and interior is not None else bool(side)
    text = _drop_negated(f"{heading}\n{body}", language)
    head_time = vocabulary.times(language).find(heading) or vocabulary.times("en").find(heading)
    # a scene that names no time goes on at the time of the one before ("CONTINUOUS", "LATER")
    reading.time_of_day = TIME_OF_DAY[
        _first(head_time or vocabulary.times(language).find(text), previous_time or "day")[0]
    ]
    reading.weather = _first(vocabulary.weathers(language).find(text), "clear")[0]
    mood = _first(vocabulary.moods(language).find(text), "")[0]
    reading.mood = mood or ("tense" if reading.weather == "storm" else "calm")
    # "au coucher du soleil" is a time, not a sun: phrases of time are read before things
    plain = f"{heading}\n{body}"
    for moment in [*head_time, *vocabulary.times(language).find(text)]:
        for word in moment.words:
            if " " in word:
                plain = re.sub(re.escape(word), " ", plain, flags=re.I)
    reading.things = [
        m for m in vocabulary.things(language).find(plain) if vocabulary.SETTING_THINGS.get(m.key) != reading.setting
    ]
    reading.thing_colours = thing_colours(plain, reading.things, language)
    place = BY_NAME[reading.setting].phrase if reading.setting in BY_NAME else OPEN_PHRASE
    when = {"day": "by day", "dawn": "at dawn", "sunset": "at sunset", "night": "at night"}[reading.time_of_day]
    weather = "" if reading.weather == "clear" else ", " + reading.weather
    reading.description = f"{place} {when}{weather}, {reading.mood} mood."
    first = re.split(r"(?<=[.!?।。！？])\s*", body.strip())[0] if body.strip() else ""
    if first:
        reading.description += " " + first[:200]
    return reading


def thing_colours(text: str, things: list[Match], language: str) -> dict[str, str]:
    """The colour the text gives each thing where it first names it ("a black cat")."""
    low = " ".join(text.replace("’", "'").split()).lower()
    out = {}
    for match in things:
        named = next((w for w in match.words if low.startswith(w.lower(), match.position)), None)
        colour = colour_of_thing(text, match.position, named, language) if named else None
        if colour:
            out[match.key] = colour
    return out


# "in the tool-shed", "en el molino", "im Stall": where a sentence puts someone, in its own words
_WHERE = {
    "en": r"(?:in|into|inside|at|to)\s+(?:the|a|an|his|her|their|its)\s+(?:\w+\s+)?([a-z][\w-]{3,})",
    "es": r"(?:en|a|hacia)\s+(?:el|la|un|una|su|al)\s+(?:\w+\s+)?([a-záéíóúñ][\w-]{3,})",
    "fr": r"(?:dans|à|vers|en)\s+(?:le|la|l'|un|une|son|sa)\s*([a-zàâçéèêëîïôûù][\w-]{3,})",
    "de": r"(?:in|im|ins|am|zum|zur|auf)\s+(?:der|die|das|den|dem|einen|einem|einer|seinem|ihrem)?\s*([A-ZÄÖÜ][\w-]{3,})",
    "it": r"(?:in|nel|nella|al|alla)\s+(?:\w+\s+)?([a-zàèéìòù][\w-]{3,})",
    "pt": r"(?:em|no|na|ao|à)\s+(?:\w+\s+)?([a-zãõáéíóúç][\w-]{3,})",
}


def unnamed_place(text: str, language: str) -> str | None:
    """The word a text uses for where it is when nothing drawable fits it ("the tool-shed"): kept so
    the storyboard can say what it could not draw."""
    pattern = _WHERE.get(language)
    if not pattern or not text:
        return None
    things = vocabulary.things(language)
    for match in re.finditer(pattern, text):
        word = match.group(1)
        if not things.find(word) and not vocabulary.times(language).find(word):
            return word
    return None


def heading_place(heading: str) -> str | None:
    """The place a screenplay heading names, as written: "EXT. BRICK'S PATIO - DAY" -> "brick's patio"."""
    if not heading or not (_INT.match(heading) or _EXT.match(heading)):
        return None
    place = re.sub(r"^\s*(?:int\.?/ext|i/e|int|ext|est|interior|exterior)\.?\s*", "", heading, flags=re.I)
    place = _SLUG.split(place)[0].strip(" .-").lower()
    return place or None

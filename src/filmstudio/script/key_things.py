"""The thing a sentence turns on, in its moment as itself, where the general reading of props
(script/staging.py `_props`) leaves it out because nobody holds it in a hand:

- a vehicle one rides in ("drove his car", "rode the bus to the coast", "sat in the taxi"): `ridden` by the
  one who does it (drawn seated in it, animation/staged.py); one got into, out of or stood by ("got into the
  taxi", "climbed out of the truck"): `near` them, drawn at its size beside them;
- a bed, mattresses or bedding one lies, sleeps or sits on ("slept on a dozen mattresses stacked
  high"): `near` the sleeper with the count and the stacking the sentence gives (drawn under them, the
  sleeper on top);
- a meal ("ate her dinner", "cooked a feast", "had bread and soup for supper", "ate a plate of beans"): a
  table `near` the eater with the dishes on it (several for a feast), the eater seated at it.

Which key a word is drawn as is the words table's (data/words/<language>.json: "quilt" is a bed, "cart" a
cart, drawn by us); what kind a key is, things_table.py. A meal is no drawable thing of its own (it is when
one eats: "after dinner" names a time, and the picture of a scene paints no meal): its names are `_MEALS`. The classes of verbs are the staging data's
(data/staging/<language>.json: ride, sit, lie, sleep, eat, cook, go, arrive)."""

from __future__ import annotations

import re

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.lexicon import Match
from filmstudio.script.thing_counts import with_count
from filmstudio.storyboard import Moment, Prop

# land vehicles a person sits in (bicycles, motorbikes and scooters are sat on: staging.RIDEABLE, a mount)
SEATED_IN = frozenset(
    {
        "car",
        "taxi",
        "police_car",
        "ambulance",
        "fire_engine",
        "bus",
        "truck",
        "tractor",
        "pickup_truck",
        "racing_car",
        "auto_rickshaw",
        "train",
        "tram",
        "metro",
        "cart",
    }
)
# vehicles one boards or stands by, never drawn with anyone seated in them here: an airplane, a helicopter
# ("climbs aboard the Cessna"), and the two-wheelers one leans on or starts ("revs the Harley") where no verb
# rides them (ridden ones are mounts: staging.RIDEABLE); drawn at their size beside whoever the sentence says
BESIDE = frozenset({"airplane", "helicopter", "motorcycle", "scooter", "bicycle"})
# boats, whose deck one is on aboard them (staging.BOATS, which reads this module)
_BOATS = frozenset({"boat", "canoe", "sailboat", "speedboat", "rowboat", "ship", "ferry"})
# the roles of a thing in the hands: no vehicle is ("unlocks her Volvo": the car, beside her)
_IN_HANDS = {"held", "carried", "given"}
# verb classes done seated in the vehicle the sentence names: driving or riding it, sitting or sleeping in it
_IN_IT = {"ride", "sit", "sleep"}
_TRAVEL = {"go", "arrive"}  # "went to town in his car": in it where a word of the class `_BY` comes before it
# the words before a vehicle that put one in it when one goes ("by bus", "in his car", "en coche", "im Auto")
_BY = {
    "en": {"in", "by", "aboard", "inside"},
    "es": {"en"},
    "fr": {"en", "dans"},
    "de": {"mit", "im", "in"},
    "it": {"in", "con"},
    "pt": {"de", "no", "na", "em"},
}
# the words before a vehicle that put one who stays put inside it ("waited in the car", "esperó dentro del coche")
_INSIDE = {
    "en": {"in", "inside"},
    "es": {"en", "dentro"},
    "fr": {"dans"},
    "de": {"im", "in"},
    "it": {"in", "nella", "nel", "dentro"},
    "pt": {"no", "na", "dentro"},
}
# the verbs one does on foot, never inside a vehicle ("ran in the rain by the bus"); any other done "in" one is
_ON_FOOT = {"walk", "run", "chase", "climb", "jump", "swim", "fly", "dance", "row", "fall"}
# a bed, a couch, and padding lain on as one (a pile of cushions: animation/thing_kinds.py draws it)
BEDS = frozenset({"bed", "couch", "kind_padding"})
_ON_A_BED = {"lie", "sleep", "sit"}
_EATING = {"eat", "cook"}
# the names of meals, a closed set per language (the day's meals, a feast, a banquet, a picnic); those of
# `_FEAST` make it a feast
_MEALS = {
    "en": ("meal", "meals", "dinner", "dinners", "supper", "lunch", "luncheon", "breakfast", "picnic"),
    "es": ("comida", "cena", "almuerzo", "desayuno", "merienda"),
    "fr": ("repas", "dîner", "souper", "déjeuner", "goûter"),
    "de": ("mahlzeit", "abendessen", "mittagessen", "frühstück", "abendbrot"),
    "it": ("pasto", "cena", "pranzo", "colazione", "merenda"),
    "pt": ("refeição", "jantar", "almoço", "ceia", "lanche"),
}
# what a meal is drawn as on its table: the dishes of one meal, more for a feast (a word of `_FEAST`)
MEAL_DISHES = ("soup", "bread")
FEAST_DISHES = ("poultry_leg", "soup", "bread", "meat", "cake")
# the words that make a meal a feast (closed set per language: the feast, the banquet, the wedding dinner)
_FEAST = {
    "en": ("feast", "banquet"),
    "es": ("festín", "banquete", "festin"),
    "fr": ("festin", "banquet"),
    "de": ("festmahl", "festessen", "bankett", "festschmaus", "gelage"),
    "it": ("banchetto", "festino"),
    "pt": ("banquete", "festim"),
}
DISHES = frozenset({"bowl", "soup", "curry", "rice", "salad", "spaghetti"})  # food eaten from a dish at a table


def key_things(moment: Moment, text: str, language: str) -> list[Prop]:
    """The moment's props with the vehicle, the bed and the meal its sentence turns on added."""
    props = list(moment.props)
    if not moment.who:
        return props
    who = moment.who[0]
    lang = language.split("-")[0]
    found = vocabulary.things(language).find(text)
    props = [p for p in props if not (p.role in _IN_HANDS and (p.key in SEATED_IN or p.key in BESIDE))]
    props = _portions(props, text)
    have = {p.key for p in props}
    vehicle = next((m for m in found if m.key in SEATED_IN or m.key in BESIDE), None)
    if vehicle is not None and vehicle.key not in have:
        props = _vehicle(props, moment, text, lang, vehicle, who)
    bed = next((m for m in found if m.key in BEDS), None)
    if bed is not None and moment.verb in _ON_A_BED and vehicle is None:
        props = [p for p in props if p.key != bed.key and p.role != "seat"]
        props.append(with_count(Prop(key=bed.key, role="near", holder=who, words=list(bed.words)), text, language))
        if moment.verb == "sit":  # sat on the edge of the bed: it is the seat
            props.append(Prop(key=bed.key, role="seat", holder=who, words=list(bed.words)))
    return _meal(props, moment, text, lang, found, who)


def no_deck_aboard_a_plane(moment: Moment, text: str, language: str) -> None:
    """Aboard a vehicle ("climbs aboard the Cessna", "boards the bus") that is no boat is no ship's deck (the
    places' word for being aboard): they stay where they are, the vehicle beside them."""
    if moment.place == "ship_deck" and aboard_no_boat(text, language):
        moment.place, moment.place_words = None, []


def aboard_no_boat(text: str, language: str) -> bool:
    """Whether the text is aboard a vehicle that is no boat: it names one (a car, a bus, an airplane) and no
    boat, so a ship's deck read from "aboard" is not where it is."""
    named = {m.key for m in vocabulary.things(language).find(text)}
    return bool(named & (SEATED_IN | BESIDE)) and not named & _BOATS


def _vehicle(props: list[Prop], moment: Moment, text: str, lang: str, vehicle: Match, who: str) -> list[Prop]:
    before = _words_before(text, vehicle.position)
    if vehicle.key in BESIDE:  # boarded or stood by: beside them, whatever they do to it
        if moment.verb == "climb":  # "climbs aboard the Cessna": getting in, by it
            moment.verb = "stand"
        return [*props, Prop(key=vehicle.key, role="near", holder=who, words=list(vehicle.words))]
    inside = (
        moment.verb in _IN_IT
        or (moment.verb in _TRAVEL and bool(before & _BY.get(lang, set())))
        or (moment.verb not in _ON_FOOT and bool(before & _INSIDE.get(lang, set())))
    )
    if inside and not any(p.role in ("ridden", "boat") for p in props):
        props = [p for p in props if p.role != "seat"]  # the vehicle is the seat
        return [*props, Prop(key=vehicle.key, role="ridden", holder=who, words=list(vehicle.words))]
    if moment.verb == "climb":  # "climbed out of the truck", "subió al taxi": getting in or out, by it, no climb
        moment.verb = "stand"
    return [*props, Prop(key=vehicle.key, role="near", holder=who, words=list(vehicle.words))]


def _portions(props: list[Prop], text: str) -> list[Prop]:
    """What a portion holds is not counted by the portion's number: "two glasses of whiskey" are two glasses
    and one bottle (a portion's words end in "of": words/<language>.json), the bottle in the hand that pours
    where nothing else is."""
    low = " ".join(text.lower().split())
    ends = [low.find(w) + len(w) for p in props for w in p.words[:1] if w.endswith(" of") and w in low]
    if not ends:
        return props
    hands_free = not any(p.role in _IN_HANDS for p in props)
    out = []
    for p in props:
        at = low.find(p.words[0]) if p.words else -1
        if not any(0 <= at - end <= 1 for end in ends):
            out.append(p)
            continue
        role = "held" if hands_free and p.role == "near" else p.role
        out.append(p.model_copy(update={"count": None, "stacked": False, "role": role}))
    return out


def _meal(props: list[Prop], moment: Moment, text: str, lang: str, found: list[Match], who: str) -> list[Prop]:
    """A meal named, or a dish eaten ("ate a plate of beans"): a table beside the eater with the dishes on it."""
    meal = _meal_named(text, lang)
    dish = next((m for m in found if m.key in DISHES), None)
    if meal is None and not (dish is not None and moment.verb == "eat"):
        return props
    if meal is not None and moment.verb not in _EATING:
        if moment.verb not in (None, "", "stand", "sit"):
            return props  # "walked home after dinner": no meal in the shot
        moment.verb = "eat"  # "had bread and soup for supper": eating
    foods = [m for m in found if vocabulary.THINGS.get(m.key, ("",))[0] == "food"]
    feast = meal in _FEAST.get(lang, ())
    keys = [m.key for m in foods] or list(FEAST_DISHES if feast else MEAL_DISHES)
    if feast:  # several dishes, the ones it names first
        keys = list(dict.fromkeys([*keys, *FEAST_DISHES]))[: len(FEAST_DISHES)]
    words = {m.key: list(m.words) for m in found}
    out = [p for p in props if p.key not in keys and p.role != "seat"]
    out.append(Prop(key="table", role="near", holder=who, words=words.get("table", [])))
    out += [Prop(key=k, role="near", holder=who, words=words.get(k, [])) for k in keys if k != "table"]
    return out


def _meal_named(text: str, lang: str) -> str | None:
    """The name of a meal the sentence says (a feast's first), lower-cased."""
    low = text.lower()
    names = [*_FEAST.get(lang, ()), *_MEALS.get(lang, ())]
    return next((w for w in names if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low)), None)


def _words_before(text: str, at: int) -> set[str]:
    """The two words before a place of the (space-collapsed) text, lower-cased."""
    flat = " ".join(text.replace("’", "'").split())
    return {w.lower() for w in re.findall(r"[^\W\d_][\w'-]*", flat[:at])[-2:]}

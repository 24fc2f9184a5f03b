"""Reading a scene like a director, in any language the studio speaks: its setting (from the heading
first, then the action), inside or out, time of day, weather, mood and the things it names, each with
the words in the script that decided it."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.absent import not_there
from filmstudio.script.colours import colour_of_thing
from filmstudio.script.figurative_places import figurative_only
from filmstudio.script.figures_of_speech import without_figures
from filmstudio.script.function_homographs import without_function_homographs
from filmstudio.script.grand_rooms import GRAND_BUILDINGS, GRAND_ROOMS, GRAND_VARIANT, grand_variant
from filmstudio.script.home_rooms import done_inside, room_by_what_is_done
from filmstudio.script.inside import seen_inside
from filmstudio.script.journeys import leaving_sentence, left_after, left_there
from filmstudio.script.key_things import aboard_no_boat
from filmstudio.script.lexicon import Lexicon, Match
from filmstudio.script.light_said import opening_times
from filmstudio.script.place_choice import (
    arrived_at,
    most_of_the_text_after,
    on_the_way_to,
    seen_or_thought_of,
    sentence_spans,
    set_of_a_play,
    ways_walked,
)
from filmstudio.script.place_grammar import came_from, left_for_by_others, locates_another, never_been_or_wished
from filmstudio.script.places import BY_NAME, HEADING_ONLY, INTERIOR_SETTINGS, OPEN, OPEN_PHRASE, PLACES
from filmstudio.script.roles import PRONOUNS
from filmstudio.script.tale_homes import home_again, opens_a_tale, way_home
from filmstudio.script.typography import modern_spelling
from filmstudio.script.weather_said import opening_weather, without_falling_weather
from filmstudio.script.word_data import word_data
from filmstudio.script.work_places import at_work_by_name
from filmstudio.storyboard import TimeOfDay

__all__ = ["INTERIOR_SETTINGS", "SceneReading", "classify_setting", "describe_scene", "text_for_places"]

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
_HOME_ROOMS = {"kitchen", "bedroom", "pantry", "hallway", "living_room"}
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
    "rabbit": "forest",
    "fox": "forest",
    "bear": "forest",
    "owl": "forest",
    "hedgehog": "forest",
    "wine": "bar",
    "beer": "bar",
    "cocktail": "bar",
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
    "headstone": "graveyard",
    "donkey": "road",
    "rocket": "space",
    "flying_saucer": "space",
    "crown": "palace",
    "tent": "campfire",
    "campfire": "campfire",
}


def _heads_only(found: list[Match], text: str, language: str) -> list[Match]:
    """In Japanese and Chinese "AのB" / "A的B" the place is B: "村の小川" is the village's brook. A place
    named only as what qualifies another is dropped, as is an English noun before another place's ("the
    village market")."""
    low = " ".join(text.split()).lower()
    qualifying = set()
    for m in found:
        for word in m.words:
            for hit in re.finditer(re.escape(word), low):
                after = low[hit.end() : hit.end() + 4]
                if after[:1] in ("の", "的") and any(w in after[1:] for n in found if n.key != m.key for w in n.words):
                    qualifying.add(m.key)
    if language == "en":
        qualifying |= _english_adjuncts(found, low)
    return [m for m in found if m.key not in qualifying] or found


# heads as often part of a name of the place before them as a place of their own: "the town hall", "the
# village street", "the castle road" are the town's, the village's, the castle's
_GENERIC_HEADS = {"living_room", "hallway", "road", "city"}


def _english_adjuncts(found: list[Match], low: str) -> set[str]:
    """The places an English text names only before another place's word, as what qualifies it: "the palace
    kitchen" is a kitchen, "the village market" a market."""
    heads = {w for n in found if n.key not in _GENERIC_HEADS for w in n.words}
    adjuncts = set()
    for m in found:
        hits = [(h, word) for word in m.words for h in re.finditer(r"(?<![\w'])" + re.escape(word) + r"(?!\w)", low)]
        if hits and all(
            any(re.match(r"\s+" + re.escape(head) + r"(?!\w)", low[h.end() :]) for head in heads - {word})
            for h, word in hits
        ):
            adjuncts.add(m.key)
    return adjuncts


def _place_of_things(things: list[Match], interior: bool | None, cues: list[Match] | None = None) -> Match | None:
    """The setting the things a text names stand in, and its people and work point to ("the caliph and
    his vizier", "drinking wine", "a rider"), when it names no place: the most named wins."""
    votes: dict[str, list[str]] = {}
    for match in things:
        place = THING_PLACES.get(match.key)
        if place and _fits(place, interior):
            votes.setdefault(place, []).extend(match.words)
    for match in cues or ():
        if match.key in BY_NAME and _fits(match.key, interior):
            votes.setdefault(match.key, []).extend(match.words)
    if not votes:
        return None
    place, words = max(votes.items(), key=lambda kv: len(kv[1]))
    return Match(place, tuple(words), 0)


def _masked_cues(text: str, language: str) -> str:
    """Chinese and Japanese words of people hold a place's character (家来, a retainer, holds 家, a
    house): blanked, that character names no place. Elsewhere a cue's phrase that holds another
    place's word is blanked: "cabin pressure" is no cabin, as a phrase wins over the words in it."""
    if language not in ("ja", "zh"):
        for phrase, keys in vocabulary.cues(language).names().items():
            if " " in phrase and any(m.key not in keys for m in vocabulary.places(language).find(phrase)):
                spelled = r"(?<!\w)" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?!\w)"
                text = _without(spelled, text)
        return text
    for word in sorted(vocabulary.cues(language).names(), key=len, reverse=True):
        text = text.replace(word, " " * len(word))
    for word in _things_holding_a_place(language):
        text = text.replace(word, " " * len(word))
    return text


# kinds of things whose Chinese or Japanese word may hold a place's character and name no place: 山羊 (a
# goat) holds 山 (a mountain), 家禽 (poultry) 家 (a home); a building's, a vehicle's, nature's word may
_PLACELESS_KINDS = {"animal", "food", "tool", "furniture", "plant"}


@lru_cache(maxsize=8)
def _things_holding_a_place(language: str) -> tuple[str, ...]:
    """The words of placeless things that hold a place's word without being one, longest first."""
    places, things = vocabulary.places(language), vocabulary.things(language)
    named = places.names()
    return tuple(
        sorted(
            (
                word
                for word in things.names()
                if word not in named
                and places.find(word)
                and all(vocabulary.THINGS.get(m.key, ("",))[0] in _PLACELESS_KINDS for m in things.find(word))
            ),
            key=len,
            reverse=True,
        )
    )


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
    r"(?:outside|in front of|beyond|away from|far from|fuera de|frente a|lejos de|delante de|enfrente de|"
    r"devant|hors de|loin de|vor dem|vor der|außerhalb|weit weg von)\s+"
    r"(?:the|a|an|el|la|los|las|le|les|l'|der|die|das|dem|den)?\s*$|\b(?:fuera|lejos|delante|enfrente)\s+del\s*$"
)


# what stands before a place named as one ("the shed", "in a mill", "to town", "his garden", "two fields")
_PLACE_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|one|two|three|some|every|each|"
    r"in|into|to|at|on|by|from|near|behind|through|across|past|towards?|inside|outside|round|around|of|"
    r"over|under|beside|beyond|within|along)\b(?:\s+(?!(?:and|or|but|then|who|which)\b)[\w'-]+){0,2}\s+$"
)
# what follows a place word that is a verb's object or its particle: "shed a tear", "camp out"
_NOT_AN_OBJECT = re.compile(
    r"^\s*(?:[,.;:!?)\"”’]|$|at\b|in\b|on\b|to\b|by\b|with\b|and\b|or\b|but\b|for\b|of\b|from\b|"
    r"near\b|behind\b|where\b|when\b|again\b|was\b|were\b|is\b|stood\b|lay\b)"
)


# what stands right before a verb: its subject pronoun, a conjunction between two verbs, "to", a modal
_VERB_SLOT = re.compile(
    r"\b(?:he|she|they|we|i|you|it|who|and|then|to|will|would|could|can|should|must|did|didn't|not|never)\s+$"
)


def _a_verb_there(place: Match, text: str, language: str) -> bool:
    """An English place word each naming of which is a verb ("and shed a few tears", "they camp here"): a
    verb's slot before it (a subject pronoun, "and", "to", a modal), nothing that sets a place up, and a word
    that is no preposition or stop after it."""
    if language != "en":
        return False
    cased = " ".join(text.replace("’", "'").split())
    low = cased.lower()
    hits = [h for word in place.words for h in re.finditer(rf"(?<![\w'-]){re.escape(word.lower())}(?![\w'-])", low)]
    return (
        bool(hits)
        and all(
            not cased[h.start()].isupper()  # "Harbour Base": a name's word is a noun
            and _VERB_SLOT.search(low[max(0, h.start() - 12) : h.start()]) is not None
            and not _PLACE_BEFORE.search(low[max(0, h.start() - 40) : h.start()])
            and not _NOT_AN_OBJECT.match(low[h.end() :])
            and not re.search(
                r"(?:^|[.!?;:\"“])\s*$", low[max(0, h.start() - 40) : h.start()]
            )  # "Snow covered…": a subject
            for h in hits
        )
    )


def _here(found: list[Match], text: str) -> list[Match]:
    low = " ".join(text.replace("’", "'").split()).lower()
    return [m for m in found if not _NOT_HERE.search(low[max(0, m.position - 30) : m.position])]


# "यमुना के तट पर", "नदी के किनारे": the bank of a river is the river, not a beach
_OF_A_RIVER = {"hi": r"\s+(?:के|की|का)\s+$"}


def _river_banks(found: list[Match], text: str, language: str) -> list[Match]:
    """A shore named only as a river's is the river's: the beach is dropped when the river is named."""
    link = _OF_A_RIVER.get(language)
    rivers = [w for m in found if m.key == "river" for w in m.words]
    if not link or not rivers:
        return found
    low = " ".join(text.split()).lower()

    def of_a_river(word: str) -> bool:
        hits = list(re.finditer(re.escape(word), low))
        return bool(hits) and all(
            re.search(r"(?:" + "|".join(map(re.escape, rivers)) + r")" + link, low[max(0, h.start() - 30) : h.start()])
            for h in hits
        )

    return [m for m in found if m.key != "beach" or not all(of_a_river(w) for w in m.words)]


# A building whose rooms the painter does not draw as its own: a room named in it ("a knocking at the door",
# "lay in his bed") is the building, not a cottage's sitting room
_NO_ROOMS_DRAWN = {"palace"}
_ROOMS_OF_A_HOUSE = {"living_room", "bedroom", "hallway"}
# settings that are where people live: the building a story's rooms belong to
DWELLINGS = {"palace", "cabin", "mansion", "haunted_house", "mill", "farm", "village", "city", "stable", "temple"}
HOMES = DWELLINGS | _HOME_ROOMS  # and the rooms of a house


def story_home(text: str, language: str) -> str | None:
    """Where a story's people live: the place named where someone lives ("a girl who lived in a village",
    "vivía en un castillo"), else where their ranks and trades keep them ("the king's daughter": a palace,
    a miller: a mill), the most named winning."""
    dwelling = _DWELLING.get(language)
    places = vocabulary.places(language)
    if dwelling:
        for sentence in re.split(r"(?<=[.!?;。！？।])\s*", text):
            if re.search(dwelling, sentence.lower()):
                found = [m for m in _here(places.find(sentence), sentence) if m.key in HOMES]
                if found:
                    return min(found, key=lambda m: m.position).key
    cues = [m for m in vocabulary.cues(language).find(text) if m.key in DWELLINGS]
    return max(cues, key=lambda m: (len(m.words), -m.position)).key if cues else None


# -- where the people are, where they come from, where they go --------------------------------------
# A place named where someone is ("in the pond", "川のそばで", "जंगल में", "காட்டில்") is the scene's more
# surely than one they set out for ("to the market", "山へ", "in den Wald" with its accusative) or came
# from ("from the hills", "aus dem Walde", "山から", "गाँव से"): each naming weighs by its case.
_THERE, _PLAIN, _TOWARDS, _FROM = 1.5, 1.0, 0.6, 0.25
# a building named as what a room belongs to ("la capilla del castillo"): more than a place left, less than
# one wished for
_OWNER = 0.3
# a place someone only wants, plans or is about to go to ("wanted to go into the forest") is not where they
# are until they go: less than one they set out for, and never firm enough to move the story there
_WISHED = 0.4
# prepositions before the place (up to two words between: "in this nasty pond"), nearest first
_BEFORE: dict[str, dict[str, float]] = {
    "en": {
        # not "beside", "by", "near": "fields beside the river" are fields
        **dict.fromkeys(["in", "inside", "within", "at", "on", "upon", "amid", "among"], _THERE),
        # going along a place is being on it: "drifted down the Rhine", "walked through the wood"
        **dict.fromkeys(["along", "through", "across", "down"], _THERE),
        **dict.fromkeys(["towards", "toward", "for", "till", "until"], _TOWARDS),
        # "left the village": the place left is where they were, not where they are
        **dict.fromkeys(["from", "left", "leaving", "leaves", "quitted"], _FROM),
    },
    "es": {
        **dict.fromkeys(["en", "dentro", "por"], _THERE),
        **dict.fromkeys(["a", "al", "hacia", "hasta", "para"], _TOWARDS),
        **dict.fromkeys(["desde", "salió", "salieron", "dejó", "dejaron", "abandonó", "abandonaron"], _FROM),
        **dict.fromkeys(["salir", "salía", "salían", "saliendo", "dejar", "dejaba", "dejaban", "abandonar"], _FROM),
        **dict.fromkeys(["salido", "dejado", "abandonado"], _FROM),
    },
    "fr": {
        **dict.fromkeys(["dans", "en", "sur", "parmi"], _THERE),
        **dict.fromkeys(["vers", "jusqu'au", "jusqu'à"], _TOWARDS),
        **dict.fromkeys(["depuis", "hors", "quitta", "quittèrent", "sortit", "sortirent"], _FROM),
        **dict.fromkeys(["quitter", "quittait", "quittaient", "quittant", "quitte", "quittent", "quitté"], _FROM),
        **dict.fromkeys(["quittée", "quittés", "quittées"], _FROM),
    },
    "it": {
        **dict.fromkeys(
            ["in", "nel", "nella", "nello", "nei", "negli", "nelle", "sul", "sulla", "presso", "lungo"], _THERE
        ),
        **dict.fromkeys(["verso", "fino"], _TOWARDS),
        **dict.fromkeys(["lasciò", "lasciarono", "uscì", "uscirono"], _FROM),
    },
    "pt": {
        **dict.fromkeys(["em", "no", "na", "nos", "nas", "dentro"], _THERE),
        **dict.fromkeys(["para", "pra", "ao", "até"], _TOWARDS),
        **dict.fromkeys(["desde", "saiu", "saíram", "deixou", "deixaram"], _FROM),
    },
    "ru": {
        **dict.fromkeys(["к", "ко"], _TOWARDS),
        **dict.fromkeys(["из", "от", "покинул", "покинула", "покинули"], _FROM),
    },
    "zh": {
        **dict.fromkeys(["在"], _THERE),
        **dict.fromkeys(["到", "往", "向"], _TOWARDS),
        **dict.fromkeys(["从", "自", "出"], _FROM),  # 走出了森林: walked out of the forest
    },
}
# German says with its article whether one is in a place (dative) or goes into it (accusative)
_DE_TWO_WAY = {"in", "an", "auf"}
_DE_DATIVE = {
    *("dem", "der", "einem", "einer", "seinem", "seiner", "ihrem", "ihrer", "meinem", "meiner", "unserem"),
    *("diesem", "dieser", "jenem", "jener", "unserer", "eurem", "eurer", "deinem", "deiner"),
}
_DE_ALONE = {
    **dict.fromkeys(["im", "am", "beim", "bei", "innerhalb"], _THERE),
    **dict.fromkeys(["ins", "ans", "aufs", "nach", "zum", "zur", "zu", "gen"], _TOWARDS),
    **dict.fromkeys(["aus", "von", "vom", "verließ", "verließen", "verlässt"], _FROM),
}
# postpositions after the place, and (Japanese) the spatial nouns between: 川のそばで, 森の中に
_AFTER: dict[str, tuple[tuple[str, float], ...]] = {
    "ja": (("で", _THERE), ("には", _THERE), ("へ", _TOWARDS), ("まで", _TOWARDS), ("から", _FROM), ("を出", _FROM)),
    "hi": (
        ("में", _THERE),
        ("पर", _THERE),
        ("के अंदर", _THERE),
        ("के भीतर", _THERE),
        ("की ओर", _TOWARDS),
        ("तक", _TOWARDS),
        ("से", _FROM),
    ),
    # Bengali: its locative is an ending on the noun (বনে, গ্রামে), read with the noun's endings below
    "bn": (("থেকে", _FROM), ("দিকে", _TOWARDS), ("পর্যন্ত", _TOWARDS), ("ভিতরে", _THERE), ("ভেতরে", _THERE)),
}
_BN_LOCATIVE = ("তে", "ে", "য়")
_JA_SPOT = re.compile(r"^の(?:中|なか|そば|ほとり|上|うえ|下|した|奥|おく|まんなか|真ん中)(?=[でにへを])")
# Tamil writes its cases on the noun: -இல்/-இலே where, -க்கு to, -இலிருந்து from
_TA_ENDINGS = (
    ("ிலிருந்து", _FROM),
    ("லிருந்து", _FROM),
    ("க்கு", _TOWARDS),
    ("ில்", _THERE),
    ("ிலே", _THERE),
    ("த்தே", _THERE),
)


# "In a village lived an old man": where someone lives is the story's world; what they do there, and
# where, is the scene ("each morning he went to the forest for mushrooms")
_DWELLING = {
    "en": r"\b(?:lived?|lives|dwel[lt]s?|dwelled)\b",
    "de": r"\b(?:wohnte[n]?|wohnt|lebte[n]?|hauste[n]?)\b",
    "fr": r"\b(?:vivai[te]n?t?|habitai[te]n?t?|demeurai[te]n?t?)\b",
    "es": r"\b(?:vivía[n]?|habitaba[n]?|moraba[n]?)\b",
    "it": r"\b(?:viveva(?:no)?|abitava(?:no)?|dimorava(?:no)?)\b",
    "pt": r"\b(?:vivia[m]?|morava[m]?|habitava[m]?)\b",
    "ru": r"(?<!\w)(?:жил[аио]?|обитал[аи]?)(?!\w)",
    "ja": r"(?:住んで|住む|すんで|暮らして|くらして)",
    "zh": r"(?:住着|住在|居住)",
    "hi": r"(?:रहता|रहती|रहते)",
    "ta": r"(?:வாழ்ந்த|வசித்த|வாழ்ந்து|வசித்து)",
    "bn": r"(?:বাস\s*কর|বসবাস\s*কর|থাকত|থাকতেন|থাকে|থাকেন)",
}


# Drinking from a stream is standing at it: "drank from the brook", "пил воду из ручья", "trank aus dem Bach"
_DRINKING = {
    "en": r"\b(?:drank|drink|drinks|drinking|sipped|lapped|quenched)\b",
    "de": r"\b(?:trank|tranken|trinkt|trinken|soff|soffen)\b",
    "fr": r"\b(?:but|burent|boit|boivent|buvait|buvaient|boire|désaltér\w*)\b",
    "es": r"\b(?:bebió|bebieron|bebe|beben|bebía|bebían|beber)\b",
    "it": r"\b(?:bevve|bevvero|beve|bevono|beveva|bevevano|bere|dissetar\w*)\b",
    "pt": r"\b(?:bebeu|beberam|bebe|bebem|bebia|bebiam|beber)\b",
    "ru": r"(?<!\w)(?:пил[аио]?|напил\w*|попил\w*|пьёт|пьет|пьют|пить|лакал\w*)(?!\w)",
    "hi": r"पी",
    "ja": r"飲|のみ|のん",
    "zh": r"喝",
}
# A place followed by going into it ("saw a cave and went into it", "y entra", "ging hinein", "中に入り")
# is where the people then are
_ENTERED = {
    "en": r"\b(?:into it|in it|inside|went in|crept in|walked in|stepped in|got in|climbed in|entered it)\b",
    "de": r"\b(?:hinein|herein|darin|drinnen|trat\s+ein|traten\s+ein)\b",
    "fr": r"\b(?:y\s+entr\w*|y\s+pénétr\w*|dedans|à\s+l'intérieur)",
    "es": r"\b(?:dentro|entró\s+en\s+(?:ella|él)|se\s+metió\s+en\s+(?:ella|él))\b",
    "it": r"\b(?:dentro|(?:vi|ci)\s+entr\w*|entrarvi|entrandovi)\b",
    "pt": r"\b(?:dentro|entrou\s+nel[ae]|entraram\s+nel[ae])\b",
    "ru": r"(?<!\w)(?:внутрь|в\s+не[её]|в\s+него)(?!\w)",
    "hi": r"(?:अंदर|अन्दर|भीतर|उसमें|घुस|प्रवेश\s+कि)",
    "bn": r"(?:ভিতরে|ভেতরে|মধ্যে\s+ঢুক|ঢুকল|ঢুকে|ঢুকলো|প্রবেশ\s+কর)",
    "ta": r"(?:உள்ளே|அதற்குள்|அதனுள்|நுழைந்த|நுழைந்து)",
    "ja": r"(?:中に入|なかに入|中へ入|中にはい|なかにはい|中に入っ|入りました|はいりました)",
    "zh": r"(?:进去|里面|钻了进去|走了进去)",
}
_STOPS = (".", "!", "?", "。", "।", ";", "；", "！", "？")
# speech set in quotes: "'I come from the city,' said the mouse" names a place no one is in
_QUOTED = re.compile(r"“[^”“]*”|«[^«»]*»|„[^„“”]*[“”]|\"[^\"]*\"|‘[^‘']*'|「[^「」]*」|『[^『』]*』")


def _in_speech(low: str, start: int) -> bool:
    return any(q_start < start < q_end for q_start, q_end in _speech_spans(low))


# speech no quote marks hold: a dialogue dash opening a sentence ("—Mañana iremos a la ciudad —respondió.",
# "— Завтра поедем в город, — ответил внук."), to the dash of its attribution or the sentence's end, and
# again after an attribution closed by its dash ("—Aquí —dijo Pedro—, nadie nos oye"); and Chinese speech
# after a verb of saying and its colon (杂曰：投诸渤海之尾) or its comma and a person speaking (老人说，我们…)
_DASH = "—―"
_ZH_SAID = re.compile(
    r"(?:曰|说道|说|道|问|答|叫|喊)(?:[:：]\s*(?![“「\"『])|[，,](?=[我吾余你汝咱]))[^。！？!?“”「」]*"
)


@lru_cache(maxsize=64)
def _speech_spans(low: str) -> tuple[tuple[int, int], ...]:
    """Where speech is in a text: in quotes, after a dialogue dash, or after a Chinese verb of saying."""
    spans = [(q.start(), q.end()) for q in _QUOTED.finditer(low)]
    spans += [(m.start(), m.end()) for m in _ZH_SAID.finditer(low)]
    at = 0
    while (dash := _next_dash(low, at)) < len(low):
        before = low[:dash].rstrip(" \t")
        at = dash + 1
        if before and before[-1] not in "\n.!?…:;。！？":
            continue  # a dash inside a sentence: the narration's own
        while True:  # the speech; where its attribution closes with a dash, the speech going on after it
            end = min(_next_dash(low, at), _sentence_end(low, at))
            spans.append((at - 1, end))
            at = end
            if end == len(low) or low[end] not in _DASH:
                break
            closing = _next_dash(low, end + 1)
            at = end + 1
            if closing == len(low) or _sentence_end(low, end + 1) < closing:
                break
            at = closing + 1
    return tuple(spans)


# Speech that says where its speaker is: a near demonstrative or "here" with the place ("my life is a bore in
# this dull pond", "Ce bois est bien sombre", "Aquí, en este molino…", "In diesem Wald ist es kalt", "この森は",
# "इस जंगल में", "在这山里", "В этом лесу"). Where the narration names no place of its own, it places the scene
# as narration would; what is spoken of as ahead, wished for or far ("let us go to the sea", "wir gehen morgen
# in die Stadt") is not where anyone is.
_THIS = {  # the demonstrative before the place, a word or two between ("this dull pond", "这座山")
    "en": r"\b(?:this|these)\s+(?:[^\W\d_]+\s+){0,2}$",
    "fr": r"(?<!\w)(?:ce|cet|cette|ces)\s+(?:[^\W\d_]+\s+)?$",
    "es": r"(?<!\w)(?:este|esta|estos|estas)\s+(?:[^\W\d_]+\s+)?$",
    "it": r"(?<!\w)(?:questo|questa|questi|queste|quest')\s*(?:[^\W\d_]+\s+)?$",
    "pt": r"(?<!\w)[nd]?(?:este|esta|estes|estas)\s+(?:[^\W\d_]+\s+)?$",
    "de": r"(?<!\w)dies(?:e|er|es|em|en)?\s+(?:[^\W\d_]+\s+)?$",
    "ru": r"(?<!\w)(?:этот|эта|это|этом|этой|эту|этого|этих|этим|сей|сем|сём)\s+(?:[^\W\d_]+\s+)?$",
    "ja": r"(?:この|ここの)$",
    "zh": r"(?<![因如彼从就])(?:这|此)[^\s，。！？、]{0,2}$",
    "hi": r"(?<!\S)(?:इस|इसी|यह|यही|ये)\s+(?:\S+\s+)?$",
    "mr": r"(?<!\S)(?:या|ह्या)\s+(?:\S+\s+)?$",
    "bn": r"(?<!\S)এই\s+(?:\S+\s+)?$",
    "ta": r"(?<!\S)இந்த\s+(?:\S+\s+)?$",
}
_HERE = {  # "here" in the place's sentence
    "en": r"\bhere\b",
    "fr": r"\bici\b",
    "es": r"(?<!\w)(?:aquí|acá)(?!\w)",
    "it": r"\b(?:qui|qua)\b",
    "pt": r"(?<!\w)(?:aqui|cá)(?!\w)",
    "de": r"\bhier\b",
    "ru": r"(?<!\w)(?:здесь|тут)(?!\w)",
    "ja": r"ここ",
    "zh": r"这里|这儿|此地|此处",
    "hi": r"यहाँ|यहां|यहीं",
    "mr": r"इथे|येथे",
    "bn": r"এখানে",
    "ta": r"இங்கே|இங்கு",
}
_AHEAD = {  # what is to come, wished for or far, in the place's clause
    "en": r"\b(?:let\s+us|let's|will|shall|'ll|going\s+to|gonna|wants?|wish(?:es)?|longs?\s+to|tomorrow|someday|"
    r"leave|away|beyond|far)\b",
    "fr": r"(?<!\w)(?:allons|partons|quittons|veux|voudrais|demain|loin|i(?:rai|ras|ra|rons|rez|ront)|\w{2,}(?:rai|rons|ront))"
    r"(?!\w)",
    "es": r"(?<!\w)(?:vamos|vámonos|quiero|quisiera|mañana|lejos|\w{2,}(?:ré|rás|rá|remos|rán))(?!\w)",
    "it": r"(?<!\w)(?:andiamo|voglio|vorrei|domani|lontano|\w{2,}(?:rò|remo|ranno))(?!\w)",
    "pt": r"(?<!\w)(?:vamos|quero|queria|amanhã|longe|\w{2,}(?:rei|rá|remos|rão))(?!\w)",
    "de": r"\b(?:morgen|werden|werde|wird|wirst|wollen|will|willst|möchte[n]?|lass|lasst|lasset|weg|fort|fern|verlassen)\b",
    "ru": r"(?<!\w)(?:завтра|пойд[её]м|поедем|поеду|пойду|уйд[её]м|уедем|хочу|хотим|будем|давай|давайте|далеко|прочь)(?!\w)",
    "ja": r"行こう|いこう|行きたい|いきたい|あした|明日|出よう|でよう|帰ろう|かえろう|つもり",
    "zh": r"明天|要去|想去|将要|去吧|走吧|离开|远方",
    "hi": r"कल|जाएँगे|जाएंगे|जाऊँगा|जाऊंगा|चलो|चलें|चाहता|चाहती|चाहते|दूर",
}


def _here_in_speech(low: str, start: int, end: int, language: str) -> bool:
    """Whether a place said in speech is where the speaker is: "this" or "here" with it, nothing ahead or far
    in its clause."""
    this, here = _THIS.get(language), _HERE.get(language)
    span = next(((a, b) for a, b in _speech_spans(low) if a < start < b), None)
    if span is None or this is None or here is None:
        return False
    said_before, said_after = low[span[0] + 1 : start], low[start : span[1]]
    sentence = re.split(r"[.!?;。！？]", said_before)[-1] + re.split(r"[.!?;。！？]", said_after)[0]
    clause = re.split(r"[,;:\n，、]", said_before)[-1] + re.split(r"[,;:\n，、.!?。！？]", said_after)[0]
    named = low[start:end].rsplit(" ", 1)[0] + " " if " " in low[start:end] else ""  # "this wood" itself
    near = re.search(this, said_before[-40:] + named) or re.search(here, sentence)
    return bool(near) and not re.search(_AHEAD.get(language, r"$^"), clause)


@lru_cache(maxsize=64)
def _narration_places(low: str, language: str) -> bool:
    """Whether the narration, what is said left out, names a place of its own: where its people are or go,
    not only one they left or only wish for."""
    told = low
    for a, b in _speech_spans(low):
        told = told[:a] + " " * (b - a) + told[b:]
    return any(
        _standing_in_narration(low, at, at + len(word), language) > _WISHED and not _reported(low, at, language)
        for m in vocabulary.places(language).find(told)
        for word in m.words
        for at in _hits(word, told, language)
    )


def _hits(word: str, low: str, language: str) -> list[int]:
    """Where a word is named in a lower-cased text, as a whole word where words are spaced."""
    pattern = re.escape(word.lower())
    if language not in ("ja", "zh"):
        pattern = r"(?<!\w)" + pattern + r"(?!\w)"
    return [hit.start() for hit in re.finditer(pattern, low)]


def _next_dash(low: str, at: int) -> int:
    return min((i for dash in _DASH if (i := low.find(dash, at)) >= 0), default=len(low))


def _sentence_end(low: str, at: int) -> int:
    end = re.search(r"[.!?…](?=\s|$)|[。！？\n]", low[at:])
    return at + end.end() if end else len(low)


def _drunk_from(low: str, start: int, language: str) -> bool:
    """A place named as what someone drinks from, in the same clause."""
    pattern = _DRINKING.get(language)
    clause = re.split(r"[.!?;。！？।]", low[max(0, start - 60) : start])[-1]
    return bool(pattern and re.search(pattern, clause))


# Reaching the place set out for, later in the sentence: "bajaron camino de la mina, y al llegar a la boca
# del pozo…", "they set out for the mill and arrived at noon"
_REACHED = {
    "en": r"\b(?:arrived|arriving|reached|got\s+there)\b",
    "es": r"\b(?:al\s+llegar|llegó|llegaron|llegado|llegando|llegada)\b",
    "fr": r"\b(?:arriv(?:a|èrent|é|ée|és|ant))\b",
    "it": r"\b(?:arriv(?:ò|arono|ato|ata|ati|ando))\b",
    "pt": r"\b(?:cheg(?:ou|aram|ado|ada|ando|ar))\b",
}


def _reached_after(low: str, end: int, language: str) -> bool:
    """Whether the place someone set out for is reached later in the sentence, no other place named
    between."""
    pattern = _REACHED.get(language)
    sentence = re.split(r"[.!?;。！？]", low[end : end + 120])[0]
    reached = re.search(pattern, sentence) if pattern else None
    return reached is not None and not vocabulary.places(language).find(sentence[: reached.start()])


# A sentence about anyone ("Quien de su casa se aleja…", "He who leaves the road…"): a fable's moral, naming
# a place nobody in the story is in
_GENERIC = {
    # "No lord who sails upon the sea / Has joy so great as mine": nobody in the story
    "en": r"(?:he|she|they|those|one)\s+who|whoever|anyone\s+who|(?:no|every|any|each)\s+(?:\w+\s+)?\w+\s+who",
    "es": r"quien|el\s+que|la\s+que|los\s+que|aquel\s+que|aquella\s+que|aquellos\s+que|todo\s+el\s+que",
    "fr": r"celui\s+qui|celle\s+qui|ceux\s+qui|quiconque",
    "it": r"colui\s+che|chiunque|quelli\s+che",
    "pt": r"aquele\s+que|aquela\s+que|quem\s+quer\s+que|todo\s+aquele\s+que",
}


def _generic(low: str, start: int, language: str) -> bool:
    """Whether a place is named in a sentence opened by "whoever" (a moral), before its first full stop."""
    pattern = _GENERIC.get(language)
    opening = max(low.rfind(stop, 0, start) for stop in _STOPS)
    return bool(pattern and re.match(r"[\s\W]*(?:" + pattern + r")\b", low[opening + 1 : start]))


# A place only seen from afar or through a window ("á lo lejos se divisaban los olivos del cortijo", "mirando
# el mar por la ventanilla") is not where the one who sees it is
_AFAR = {
    "es": r"\b(?:a\s+lo\s+lejos|en\s+la\s+lejan[íi]a|en\s+lontananza|divis\w+|avist\w+|vislumbr\w+|columbr\w+)\b",
}
_SEEING = {"es": r"\b(?:mir\w+|contempl\w+|ve[íi]a[n]?|vio|vieron|observ\w+)\b"}
_THROUGH_A_WINDOW = {
    "es": r"\b(?:por|desde|tras)\s+(?:la|el|las|los|su|sus|una|un)\s+(?:ventan|balc[óo]n|reja|cristal|tronera)\w*",
}


def _seen_afar(low: str, start: int, language: str) -> bool:
    """Whether a place is named, in its clause, as seen from afar or through a window."""
    if language not in _AFAR:
        return False
    stops = (*_STOPS, ",", "—", "“", "”")
    opening = max(low.rfind(stop, 0, start) for stop in stops)
    closing = min((i for stop in stops if (i := low.find(stop, start)) >= 0), default=len(low))
    before, clause = low[opening + 1 : start], low[opening + 1 : closing]
    return bool(
        re.search(_AFAR[language], before)
        or re.search(_SEEING[language], before)
        and re.search(_THROUGH_A_WINDOW[language], clause)
    )


# A place named in a clause that describes another ("el sendero que, bordeando el arroyuelo, lleva al molino",
# "el molino, que estaba junto al río") says where that place lies or leads, not where anyone is
_DESCRIBING = {
    "es": r"(?P<head>[^\W\d_]+)\s*,?\s+(?:que|donde|cuyo|cuya|cuyos|cuyas)\b",
    # "the little church that looks upon the sea", "la chapelle qui domine la mer"
    "en": r"(?P<head>[^\W\d_]+)\s*,?\s+(?:that|which|whose)\b",
    "fr": r"(?P<head>[^\W\d_]+)\s*,?\s+(?:qui|dont)\b",
}
# the relative clause ended: another clause goes on
_DESCRIBING_ENDS = {
    "es": r"\b(?:y|e|pero|mas|aunque|cuando)\b",
    "en": r"\b(?:and|but|when|while|till|until)\b",
    "fr": r"\b(?:et|mais|quand|lorsque)\b",
}
_DESCRIBING_REACH = 6  # words from the relative pronoun to the place


def _describes_a_place(low: str, start: int, language: str) -> bool:
    pattern = _DESCRIBING.get(language)
    if not pattern:
        return False
    sentence = re.split(r"[.!?;:]", low[max(0, start - 120) : start])[-1]
    for relative in re.finditer(pattern, sentence):
        between = sentence[relative.end() :]
        if len(between.split()) > _DESCRIBING_REACH or re.search(_DESCRIBING_ENDS[language], between):
            continue
        if vocabulary.places(language).find(relative.group("head")):
            return True
    return False


def _entered_after(low: str, end: int, language: str) -> bool:
    """A place gone into after it is named (in its sentence or the next)."""
    pattern = _ENTERED.get(language)
    if not pattern:
        return False
    after = low[end : end + 80]
    stops = [i for i, ch in enumerate(after) if ch in _STOPS]
    entering = re.search(pattern, after[: stops[1] if len(stops) > 1 else len(after)])
    # what is gone into is the place named last before the going: "the wood was dark. He saw a cave and
    # crept in" enters the cave, not the wood
    return entering is not None and not vocabulary.places(language).find(after[: entering.start()])


# -- a place that names someone ("the village blacksmith", "el cura del pueblo", "村の太郎さん", "南山痴叟") ---
# says where they are from, not where the scene is
# personal pronouns are no words for a person (roles.PRONOUNS, and the plural ones it leaves out)
_PRONOUNS = PRONOUNS | {"they", "them", "their", "ihn", "ils", "elles", "ellos", "ellas", "они", "его", "её"}
_OF_SOMEONE = {  # the word between a person and the place they are of: "the priest of the village"
    "en": r"of\s+(?:the|this|that|our|their|his|her)",
    "es": r"(?:del|de\s+la|de\s+los|de\s+las|de)",
    "fr": r"(?:du|des|de\s+la|de\s+l'|de)",
    "it": r"(?:del|dello|della|dell'|dei|degli|delle|di)",
    "pt": r"(?:do|da|dos|das|de)",
    "de": r"(?:des|der)",
}
_NOUN_FIRST = {"en"}  # languages where a noun before a person's noun qualifies it ("the forest ranger")
_JA_HONORIFIC = r"(?:さん|さま|様|どん|殿|くん|ちゃん)"
_JA_NAMED = re.compile(
    r"^の(?:[一-龯ァ-ヴー々]|[ぁ-ゖ](?<![にでをがはとへもの]))(?:[一-龯ァ-ヴー々ぁ-ゖ]{0,4}?)" + _JA_HONORIFIC
)
# a Chinese epithet or name built from a place: place, a descriptor, then an old man or woman (東河老翁)
_ZH_EPITHET = re.compile(r"^[^\W的之里上中边下旁外内前后在着了与和到去从向往]{0,2}(?:公|叟|翁|婆|老人)")
_ZH_NAME_TAGS = {"nr", "nrfg"}  # not nrt (transliterated names): it takes 山村里 for one


@lru_cache(maxsize=32)
def _persons(language: str) -> frozenset[str]:
    """The words for people of a language: its roles (not pronouns, not adjectives of age) and the people
    its places' cues name (not what they do or use: "the village harvest" is the village's)."""
    ages_only = ("child", "young_adult", "elderly")  # "little", "young", "old" as often as "child", "elder"
    roles = {w.lower() for w, (gender, age) in word_data(language).roles.items() if gender or age not in ages_only}
    things = vocabulary.things(language)
    cues = {w.lower() for w in vocabulary.cues(language).names() if not things.find(w) and " " not in w}
    return frozenset((roles | cues) - _PRONOUNS)


def _a_person(word: str, language: str) -> bool:
    persons = _persons(language)
    singular = {word, word[:-1], word[:-2]} if language in ("en", "es", "fr", "pt") else {word}
    if language == "en" and word.endswith("men"):
        singular.add(word[:-3] + "man")
    return bool(singular & persons)


def _names_someone(low: str, start: int, end: int, language: str) -> bool:
    """Whether a naming of a place (low[start:end]) only qualifies a person: "the village blacksmith", "the
    priest of the village", "el cura del pueblo", "गाँव का लोहार", "村の太郎さん", "山の神さま", "南山痴叟"."""
    if language == "ja":
        after = low[end : end + 12]
        return (
            bool(_JA_NAMED.match(after))
            or after.startswith("の神")
            or any(after.startswith("の" + p) for p in _persons("ja") if len(p) > 1)
        )
    if language == "zh":
        return bool(_ZH_EPITHET.match(low[end : end + 5])) or _in_a_chinese_name(low, start, end)
    if language in ("hi", "bn"):
        link = r"^\s+(?:का|के|की)\s+(\S+)" if language == "hi" else r"^\s+(\S+)"
        person = re.match(link, low[end : end + 40])
        genitive = language == "hi" or low[start:end].endswith("র")
        return bool(person and genitive and _a_person(person.group(1).strip("।,.!?"), language))
    if language in _NOUN_FIRST:
        adjunct = re.match(r"(?:'s)?[\s-]+([^\W\d_][\w-]*)", low[end : end + 40])
        if adjunct and _a_person(adjunct.group(1), language):
            return True
    of = _OF_SOMEONE.get(language)
    if not of:
        return False
    person = re.search(r"([^\W\d_][\w-]*)\s+" + of + r"\s*$", low[max(0, start - 50) : start])
    return bool(person and _a_person(person.group(1), language))


def _in_a_chinese_name(low: str, start: int, end: int) -> bool:
    """Whether jieba's tagger reads a Chinese place's characters as part of a longer person's name (北山愚)."""
    opening = max(low.rfind(stop, 0, start) for stop in (*_STOPS, "，", ","))
    sentence = low[opening + 1 : start + 40]
    at = start - opening - 1
    for word, flag, position in _tagged_chinese(sentence):
        if position <= at < position + len(word):
            return flag in _ZH_NAME_TAGS and len(word) > end - start
    return False


@lru_cache(maxsize=512)
def _tagged_chinese(sentence: str) -> tuple[tuple[str, str, int], ...]:
    try:
        import jieba
        import jieba.posseg
    except ImportError:  # the tagger is optional: without it, a name is known by its ending alone
        return ()
    jieba.setLogLevel(logging.WARNING)
    out, position = [], 0
    for token in jieba.posseg.cut(sentence):
        out.append((token.word, token.flag, position))
        position += len(token.word)
    return tuple(out)


# -- a place someone wants, plans or is about to go to is not yet where they are -------------------------
_GO = {
    "en": r"(?:go|walk|run|ride|travel|visit|fly|sail|swim|climb|return|come|get|move|journey|hurry|head|wander|see|"
    r"live)",
    "es": r"(?:ir|irse|viajar|volver|regresar|caminar|correr|visitar|marchar(?:se)?|subir|bajar|entrar|llegar|navegar)",
    "fr": r"(?:aller|partir|se\s+rendre|courir|marcher|visiter|entrer|retourner|voyager|monter|descendre|s'en\s+aller)",
    "it": r"(?:andare|recarsi|partire|correre|visitare|entrare|tornare|salire|scendere|viaggiare|camminare)",
    "pt": r"(?:ir|viajar|voltar|caminhar|correr|visitar|entrar|subir|descer|partir)",
    "ru": r"(?:пойти|поехать|идти|ехать|сходить|съездить|отправиться|побежать|полететь|уйти|уехать|попасть|зайти|"
    r"войти|вернуться|добраться)",
}
# the wish or plan before the place: "wanted to go into", "quería ir al", "voulait aller au", "хотела пойти в"
_WISH_BEFORE = {
    "en": r"\b(?:wants?|wanted|wish(?:es|ed)?|long(?:s|ed)|plann?(?:s|ed)|means|meant|intend(?:s|ed)?|hop(?:es|ed)|"
    r"about|going|would\s+like|'d\s+like|yearn(?:s|ed)|eager|decided|resolved)\s+to\s+" + _GO["en"] + r"\b"
    r"|\bdream(?:s|ed|t)?\s+of\s+(?:going|travelling|traveling|visiting|sailing)\b",
    "es": r"\b(?:quer[íi]a[n]?|quiso|quisieron|quiere[n]?|desea(?:ba)?[n]?|deseó|pensaba[n]?|planeaba[n]?|iba[n]?\s+a|"
    r"decidió|decidieron|soñaba[n]?\s+con|ten[íi]a[n]?\s+ganas\s+de)\s+(?:\w+\s+)?" + _GO["es"] + r"\b",
    "fr": r"\b(?:voul(?:ait|aient|ut|urent)|veu(?:t|lent)|voudrai(?:t|ent)|désir(?:ait|aient)|souhait(?:ait|aient)|"
    r"compt(?:ait|aient)|rêv(?:ait|aient)\s+d'|all(?:ait|aient)|décid(?:a|èrent)\s+d'|av(?:ait|aient)\s+envie\s+d'|"
    r"pens(?:ait|aient))\s*(?:\w+\s+)?" + _GO["fr"] + r"\b",
    "it": r"\b(?:vole(?:va|vano)|volle(?:ro)?|vuole|vogliono|vorrebbe(?:ro)?|desider(?:ava|avano)|pens(?:ava|avano)\s+di|"
    r"decise(?:ro)?\s+di|stava(?:no)?\s+per|av(?:eva|evano)\s+voglia\s+di|sogn(?:ava|avano)\s+di)\s+(?:\w+\s+)?"
    + _GO["it"]
    + r"\b",
    "pt": r"\b(?:queri(?:a|am)|quis|quiseram|quer|querem|desej(?:ava|avam)|planej(?:ava|avam)|ia[m]?|decidiu|"
    r"decidiram)\s+(?:\w+\s+)?" + _GO["pt"] + r"\b",
    "ru": r"(?<!\w)(?:хотел[аио]?|хочет|хотят|хотелось|захотел[аио]?|собирал(?:ся|ась|ось|ись)|собира(?:ется|ются)|"
    r"мечтал[аио]?|решил[аио]?|думал[аио]?)\s+(?:[\w-]+\s+){0,2}?" + _GO["ru"] + r"(?!\w)",
    "zh": r"(?:想|要|打算|准备|决定|希望|想要)(?:去|到|往|进)[^，。！？]{0,2}$",
}
_DE_WISH = (
    r"\b(?:wollte[n]?|will|wollen|willst|möchte[n]?|wünschte[n]?|gedachte[n]?|beabsichtigte[n]?|plante[n]?|"
    r"beschloss(?:en)?|hatte[n]?\s+vor|sehnte[n]?)\b"
)
_DE_GO = (
    r"\b(?:zu\s+)?\w*(?:gehen|gehn|laufen|fahren|reisen|ziehen|wandern|reiten|fliegen|kommen|besuchen|rennen|segeln)\b"
)
# the wish after the place, in languages whose verb comes last: 森へ行こう, जंगल जाना चाहती, বনে যেতে চাইল
_WISH_AFTER = {
    "ja": r"^(?:の(?:中|なか|奥|おく))?(?:へ|に|まで)[^。、！？]{0,6}?(?:行こう|いこう|行きたい|いきたい|行くつもり|"
    r"いくつもり|出かけよう|でかけよう|行ってみよう|いってみよう|行ってみたい|いってみたい|入ろう|はいろう|行く予定)",
    "hi": r"^\s*(?:(?:में|को|की ओर|तक|के अंदर)\s+)?(?:जाना|जाने|घूमने|चलना|चलने)\s+(?:चाह|की\s+(?:सोच|इच्छा|ठान|योजना|तैयारी)|"
    r"का\s+(?:विचार|मन|निश्चय|इरादा|फ़ैसला|फैसला)|को\s+(?:तैयार|उत्सुक))",
    "bn": r"^\S*\s+(?:যেতে|যাবার|যাওয়ার)\s+(?:চাই|ইচ্ছা|কথা|মনস্থ|ঠিক|পরিকল্পনা)",
    "ta": r"^\S*\s+(?:போக|செல்ல)\s*(?:விரும்ப|நினைத்|ஆசைப்|ஆசை|முடிவு|திட்ட)",
}


# what will be or would be gone to, or where a thing will be carried or thrown ("we'll carry the stones to
# the sea", "said they would throw it into the sea"): not where anyone is yet
_CARRY = r"carry|throw|cast|toss|fling|take|bring|send|dump|drag|haul|sail|row|tip"
_TOLD = r"said|says|told\s+\w+|thought|promised|decided|agreed|hoped|swore|vowed"
_LATER = {
    "en": r"\b(?:will|shall|'ll|must|let\s+us|let's|going\s+to|gonna)\s+(?:\w+\s+)?(?:"
    + _GO["en"]
    + "|"
    + _CARRY
    + r")\b",
}
# not a bare "would" ("every morning she would go down to the river" is where she goes each day): one told
# ("said they would throw the stones into the sea", "they would carry them to the sea, the old man said")
_WOULD = {"en": r"\b(?:would|should)\s+(?:\w+\s+)?(?:" + _GO["en"] + "|" + _CARRY + r")\b"}
_TOLD_BEFORE = {"en": r"\b(?:" + _TOLD + r")\s+(?:that\s+)?(?:\w+\s+){1,3}?$"}
_TOLD_AFTER = {"en": r"^[^.!?;]*?,\s*(?:[\w']+\s+){1,3}?(?:" + _TOLD + r")\b"}


def _wished_for(low: str, start: int, end: int, language: str) -> bool:
    """Whether a place is named as where someone wants, plans or is about to go, in its own clause."""
    before = re.split(r"[.!?;:,。！？।，、]", low[max(0, start - 80) : start])[-1]
    after = re.split(r"[.!?;:,。！？।，、]", low[end : end + 60])[0]
    if language in _LATER and re.search(_LATER[language], before):
        return True
    would = re.search(_WOULD[language], before) if language in _WOULD else None
    if would and (
        re.search(_TOLD_BEFORE[language], before[: would.start()])
        or re.match(_TOLD_AFTER[language], low[end : end + 80])
    ):
        return True
    if language == "de":
        return bool(re.search(_DE_WISH, before) and re.search(_DE_GO, after))
    if language in _WISH_AFTER:
        return bool(re.search(_WISH_AFTER[language], low[end : end + 40]))
    pattern = _WISH_BEFORE.get(language)
    return bool(pattern and re.search(pattern, before))


def _standing_at(low: str, start: int, end: int, language: str) -> float:
    """How surely one naming of a place (low[start:end]) puts the scene there, by its case; where someone
    only lives, no more than named; only passed on the way, less than where they go; only said in quotes,
    or told as what someone said ("díjole que su padre se moría en el cortijo"), no more than wished for:
    never firm enough to move the story there."""
    standing = _standing_in_narration(low, start, end, language)
    if left_there(low, start, end, language):  # "left the kids at home": where those left are (journeys.py)
        standing = _THERE
    elif leaving_sentence(low, start, language) is not None:  # and where the one who left them went
        standing = min(standing, _TOWARDS)
    elif left_after(low, end, language):  # "nachdem er das Schloss verlassen hatte": the place left
        standing = min(standing, _FROM)
    # a place gone to and reached in the sentence of a crossing is where they arrive, not one passed
    going = _GOING_TO.get(language)
    gone_to = _case_standing(low, start, end, language) <= _TOWARDS or bool(
        going and re.search(going, low[max(0, start - 40) : start])
    )
    if standing > _TOWARDS and not gone_to and _passed_on_the_way(low, start, end, language):
        standing = _PASSED
    said = _in_speech(low, start)
    if (
        said
        and standing > _TOWARDS
        and not _narration_places(low, language)
        and _here_in_speech(low, start, end, language)
    ):
        return standing  # "in this dull pond": where the speaker is
    return min(standing, _WISHED) if said or _reported(low, start, language) else standing


# A place passed on the way ("went to the baker's; on the way he passed through a forest", "traversa la forêt",
# "pasó por el bosque", "kam unterwegs an der Mühle vorbei") is less where the scene is than where they go
_PASSED = 0.5  # between a place left and one gone to
_PASSING = {
    "en": r"\b(?:on\s+(?:the|his|her|their|its|my|our|your)\s+way|along\s+the\s+way|(?:passed|passing|passes|pass)\s+"
    r"(?:through|by|along|over)|crossed|crossing|(?:went|walked|rode|ran|drove|hurried|came)\s+past|by\s+way\s+of)\b",
    "de": r"(?<!\w)(?:unterwegs|auf\s+dem\s+weg|durchquert\w*|überquert\w*|kam\w*\s+(?:\w+\s+){0,4}vorbei)(?!\w)",
    "fr": r"(?<!\w)(?:en\s+chemin|en\s+route|chemin\s+faisant|travers(?:a|èrent|ait|aient|ant|é|ée)|"
    r"pass(?:a|èrent|ait|aient|ant)\s+(?:par|devant))(?!\w)",
    "es": r"(?<!\w)(?:de\s+camino|atraves(?:ó|aron|aba|aban|ando)|"
    r"cruz(?:ó|aron|aba|aban|ando)|pas(?:ó|aron|aba|aban|ando)\s+por)(?!\w)",
}


_GOING_TO = {
    "en": r"\b(?:to|into|onto|towards?)\s+(?:[^\W\d_]+\s+){0,2}$",
    "fr": r"(?<!\w)(?:à|au|aux|vers|jusqu'\w*)\s+(?:[^\W\d_']+\s+|l')?(?:[^\W\d_]+\s+)?$",
    "es": r"(?<!\w)(?:a|al|hacia|hasta)\s+(?:[^\W\d_]+\s+){0,2}$",
    "de": r"(?<!\w)(?:zum|zur|ins|nach|in\s+(?:den|die|das))\s+(?:[^\W\d_]+\s+)?$",
}


def _passed_on_the_way(low: str, start: int, end: int, language: str) -> bool:
    """Whether a place is named in a sentence that tells of passing it on the way somewhere."""
    pattern = _PASSING.get(language)
    if not pattern:
        return False
    opening = max(low.rfind(stop, 0, start) for stop in _STOPS)
    closing = min((i for stop in _STOPS if (i := low.find(stop, start)) >= 0), default=len(low))
    at, to = start - opening - 1, end - opening - 1
    # the way itself ("de camino", "on the way") is where they walk, not a place passed
    return any(not p.start() <= at < to == p.end() for p in re.finditer(pattern, low[opening + 1 : closing]))


# A trade's shop named by its keeper ("went to the baker's", "chez le boulanger", "zum Bäcker") is a shop: the
# market the painter draws
_SHOPKEEPERS = {
    "en": r"baker|butcher|grocer|greengrocer|chemist|draper|tailor|barber|cobbler|shoemaker|fishmonger|ironmonger|"
    r"hatter|milliner|bookseller|confectioner|cheesemonger|jeweller|jeweler|florist|newsagent|stationer|"
    r"apothecary|tobacconist|pawnbroker|locksmith|watchmaker",
    "fr": r"boulang(?:er|ère)|bouch(?:er|ère)|épici(?:er|ère)|pâtissi(?:er|ère)|cordonnier|barbier|fromag(?:er|ère)|"
    r"poissonni(?:er|ère)|tailleur|charcuti(?:er|ère)|quincaillier|apothicaire|pharmacien",
    "de": r"bäcker|metzger|fleischer|krämer|schuster|friseur|barbier|konditor|apotheker|schneider|uhrmacher",
}
_SHOP_OF = {
    # "the baker's" with nothing after it that it owns ("the baker's wife" is the baker's)
    "en": r"(?<!\w)the\s+(?:{trades})'s(?=\s*(?:[^\w\s]|$)|\s+(?:and|to|for|on|in|with|where|at|but|then|again|that|"
    r"when|before|after|every|each|once|shop|store)\b)",
    "fr": r"(?<!\w)chez\s+(?:le\s+|la\s+|l')(?:{trades})(?!\w)",
    "de": r"(?:(?<=\bzum\s)|(?<=\bbeim\s)|(?<=\bvom\s))(?:{trades})(?!\w)",
}


def _ways(text: str, language: str) -> list[Match]:
    """The way someone is on to a place ("on her way to the market"), as the road they walk."""
    low = " ".join(text.replace("’", "'").split()).lower()
    reached, places = _REACHED.get(language, r"$^"), vocabulary.places(language)

    def the_way(at: int, end: int) -> bool:
        # a way whose end is reached ("… when she reached the market"), or that goes through a place named
        # ("on his way to the palace he crossed the forest"), is no road of its own
        sentence = re.split(r"[.!?;。！？।]", low[:at])[-1] + re.split(r"[.!?;。！？।]", low[end:])[0]
        return not re.search(reached, sentence) and len({m.key for m in places.find(sentence)}) <= 1

    ways = [(at, w) for at, end, w in ways_walked(low, language) if the_way(at, end)]
    return [Match("road", tuple(dict.fromkeys(w for _, w in ways)), ways[0][0])] if ways else []


# the things of a home: a scene that names them after someone went out is still at home
_HOME_THINGS = {"door", "window", "bed", "table", "chair", "stove", "fireplace", "cradle", "cupboard", "lock"}


def _home_kept(chosen: Match | None, named: list[Match], plain: str, language: str) -> Match | None:
    """A home its people live in, told at the scene's start ("an old goat lived in a little house with her
    kids"), holds the scene when someone only goes out of it to another place in a later sentence and the
    scene goes on at home ("the kids locked the door") with nothing of that other place."""
    dwelling = _DWELLING.get(language)
    low = " ".join(plain.replace("’", "'").split()).lower()
    spans = sentence_spans(low)
    if chosen is None or not dwelling or len(spans) < 3 or not re.search(dwelling, low[slice(*spans[0])]):
        return chosen
    home = next((m for m in named if m.key in HOMES and _named_in(m, low, spans[0], language)), None)
    gone_to = [i for i, span in enumerate(spans) if _named_in(chosen, low, span, language)]
    if home is None or home.key == chosen.key or not gone_to or gone_to[0] == 0:
        return chosen
    cased = " ".join(plain.replace("’", "'").split())
    if _standing(chosen, cased, language) > _PLAIN:
        return chosen  # "in the forest she picked berries": the scene is where she is
    rest = low[spans[gone_to[-1]][1] :]
    things = vocabulary.things(language).find(rest)
    at_home = any(t.key in _HOME_THINGS for t in things) or _named_in(home, rest, (0, len(rest)), language)
    out_there = any(THING_PLACES.get(t.key) == chosen.key for t in things)
    return Match(home.key, home.words, home.position) if at_home and not out_there else chosen


def _named_in(m: Match, low: str, span: tuple[int, int], language: str) -> bool:
    return any(span[0] <= at < span[1] for word in m.words for at in _hits(word, low, language))


def _shops(text: str, language: str) -> list[Match]:
    """The shops a text names by their keepers, as the market."""
    pattern = _SHOP_OF.get(language)
    if not pattern:
        return []
    low = " ".join(text.replace("’", "'").split()).lower()
    hits = list(re.finditer(pattern.format(trades=_SHOPKEEPERS[language]), low))
    words = tuple(dict.fromkeys(h.group(0) for h in hits))
    return [Match("market", words, hits[0].start())] if hits else []


# what someone is told or tells ("díjole el chico que su padre se moría en el cortijo", "she told him that
# the cow was in the barn"): a verb of saying, then its "that" with no comma between (after a comma "que"
# is a relative: "dijo Pedro, que estaba en la cocina", where Pedro is)
_REPORTED = {
    # English "that" is as often a determiner ("told them that story"): only right after the verb and its person
    "en": r"\b(?:said|says|wrote|explained|answered|replied|whispered|told\s+(?:him|her|them|me|us|you|\w+))\s+that\b"
    r"(?!\s+(?:night|day|morning|evening|time|story|tale|one|way)\b)",
    "es": r"\b(?:dij\w*|díj\w*|dec[íi]a[ns]?|cont[óo]\w*|contaba[n]?|contaron|cuenta[n]?|avis[óo]\w*|avisaron|"
    r"anunci[óo]\w*|explic[óo]\w*|respondi[óo]\w*|contest[óo]\w*|asegur[óo]\w*|escribi[óo]\w*|escribía[n]?|"
    r"mand[óo]\s+(?:a\s+)?decir)\b[^.!?;:,—]*?\bque\b",
    "fr": r"\b(?:dit|dirent|disait|disaient|raconta|racontèrent|racontait|annonça|expliqua|répondit|écrivit)\b"
    r"[^.!?;:,—]*?\bqu(?:e\b|')",
    "it": r"\b(?:disse|dissero|diceva|dicevano|raccontò|raccontarono|annunciò|spiegò|rispose|scrisse)\b[^.!?;:,—]*?"
    r"\bche\b",
    "pt": r"\b(?:disse|disseram|dizia|diziam|contou|contaram|anunciou|explicou|respondeu|escreveu)\b[^.!?;:,—]*?"
    r"\bque\b",
}


def _reported(low: str, start: int, language: str) -> bool:
    """Whether a place is named in what someone is told, in its sentence."""
    pattern = _REPORTED.get(language)
    sentence = re.split(r"[.!?;]", low[max(0, start - 150) : start])[-1]
    return bool(pattern and re.search(pattern, sentence))


def _standing_in_narration(low: str, start: int, end: int, language: str) -> float:
    standing = _case_standing(low, start, end, language)
    if came_from(low, start, language):  # "revint du village": where he was (place_grammar.py)
        standing = min(standing, _FROM)
    if locates_another(low, start, language):  # "a little house at the edge of the wood": the house
        standing = min(standing, _OWNER)
    if never_been_or_wished(low, start, end, language):  # "had never been to the sea"
        return min(standing, _WISHED)
    going = _GOING_TO.get(language)
    towards = standing <= _TOWARDS or bool(going and re.search(going, low[max(0, start - 40) : start]))
    arrived = arrived_at(low, start, end, language)  # "来到河边": came to the river, and is there
    alone = left_for_by_others(low, start, end, language, towards=towards, thing_places=THING_PLACES)
    if not arrived and alone:  # the mother goes to the forest alone: the scene stays with the children
        return min(standing, _WISHED)
    if standing <= _PLAIN and _names_someone(low, start, end, language):  # "the village blacksmith"
        return min(standing, _FROM)
    drunk_from = standing == _FROM and _drunk_from(low, start, language)
    entered = _PLAIN >= standing > _FROM and _entered_after(low, end, language)
    if drunk_from or entered or arrived_at(low, start, end, language) or _the_set(low, start, language):
        standing = _THERE
    if _wished_for(low, start, end, language) or _generic(low, start, language) or _seen_afar(low, start, language):
        return min(standing, _WISHED)
    # only seen or thought of, or the end of the way someone is still on: not where they are
    seen = not entered and seen_or_thought_of(low, start, end, language)
    if seen or on_the_way_to(low, start, language, end) and not _reached_after(low, end, language):
        return min(standing, _WISHED)
    if _describes_a_place(low, start, language):
        return min(standing, _TOWARDS)
    if standing == _TOWARDS and _reached_after(low, end, language):
        standing = _THERE
    dwelling = _DWELLING.get(language)
    if dwelling and standing > _PLAIN:
        opening = max(low.rfind(stop, 0, start) for stop in (".", "!", "?", "。", "।", ";", "；", "！", "？"))
        closing = min(
            (i for stop in (".", "!", "?", "。", "।", ";", "；", "！", "？") if (i := low.find(stop, end)) >= 0),
            default=len(low),
        )
        if re.search(dwelling, low[opening + 1 : closing]):
            return _PLAIN
    return standing


def _the_set(low: str, start: int, language: str) -> bool:
    """Whether a place is the first one named by a play's set ("A forest near the village. Enter …")."""
    line = set_of_a_play(low, language)
    return (
        line is not None and line[0] <= start < line[1] and not vocabulary.places(language).find(low[line[0] : start])
    )


def _case_standing(low: str, start: int, end: int, language: str) -> float:
    """How surely one naming of a place (low[start:end]) puts the scene there, by its case."""
    after = low[end : end + 12]
    if language == "ja":
        spot = _JA_SPOT.match(after)
        if spot:
            return _FROM if after[spot.end() :].startswith("から") else _THERE
        return next((w for p, w in _AFTER["ja"] if after.startswith(p)), _PLAIN)
    if language in _AFTER:
        rest = after.lstrip()
        case = next((w for p, w in _AFTER[language] if rest.startswith(p + " ") or rest == p), None)
        if case is None and language == "bn" and low[start:end].endswith(_BN_LOCATIVE):
            return _THERE
        return case or _PLAIN
    if language == "ta":
        word = re.match(r"[^\s.,;:!?\"'()\-—]*", low[start:]).group(0)  # type: ignore[union-attr]
        word = re.sub(r"(?<=.)[கசதப]்$", "", word)  # the consonant doubled before the next word: கிராமத்துக்குப்
        return next((w for e, w in _TA_ENDINGS if word.endswith(e)), _PLAIN)
    before = re.split(r"[.,;:!?¿¡—–()\"«»“”]", low[max(0, start - 60) : start])[-1]
    if language == "zh":
        table = _BEFORE["zh"]
        return next((table[c] for c in reversed(before[-3:]) if c in table), _PLAIN)
    words = before.split()[-3:]
    if language == "en" and any(w in ("to", "into", "onto") for w in words):
        words = words[max(i for i, w in enumerate(words) if w in ("to", "into", "onto")) + 1 :]  # "down to the"
    if language == "de":
        for i in range(len(words) - 1, -1, -1):
            if words[i] in _DE_ALONE:
                return _DE_ALONE[words[i]]
            if words[i] in _DE_TWO_WAY:
                article = words[i + 1] if i + 1 < len(words) else ""
                if article == "den" and low[start:end].endswith("n"):
                    return _PLAIN  # "auf den Bäumen" is a dative plural, "in den Garten" an accusative
                return _THERE if article in _DE_DATIVE else _TOWARDS
        return _PLAIN
    if language == "en" and re.search(r"\bout\s+of\s+(?:\w+\s+){0,2}$", before):
        return _FROM  # "came out of the house", "ran out of the wood": the place left
    if language == "es":
        owner = _ES_OWNER.search(low[max(0, start - 40) : start])
        if owner and _owns(owner.group("head")):
            # "a la capilla del castillo", "en la cocina de la casa de labor": the room named is where they are,
            # the building it is of only the room's surroundings
            return _OWNER
        spanish = _spanish_standing(before)
        if spanish is not None:
            return spanish
    table = _BEFORE.get(language, {})
    for i in range(len(words) - 1, -1, -1):
        if words[i] in table:
            return table[words[i]]
    return _PLAIN


# Spanish names where someone is by a part of the place ("en lo alto del monte", "a la orilla del río", "al
# pie de la sierra", "a la puerta del molino"): the "a" before such a part says where they are, not where
# they go; the part's own preposition decides ("hacia la orilla del río" is gone to, "desde lo alto" left)
_ES_PART = re.compile(
    r"(?:^|\s)(?P<prep>[^\W\d_]+)\s+(?:(?:el|la|lo|los|las|un|una|su|sus)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:alto|cima|fondo|medio|centro|interior|orillas?|pie|sombra|lado|borde|puertas?|entrada|vera|falda|"
    r"ladera|linde|margen|boca|corazón|umbral|mitad|espesura|rincón)\s+(?:de\s+(?:la|los|las|un|una)|del|de)\s*$"
)
_ES_PART_STANDING = {
    **dict.fromkeys(["a", "al", "en", "junto", "por", "dentro", "sobre", "entre"], _THERE),
    **dict.fromkeys(["hacia", "hasta", "para"], _TOWARDS),
    **dict.fromkeys(["desde", "de", "del"], _FROM),
}
# "camino de la mina", "camino del mercado": where someone is bound for
_ES_BOUND_FOR = re.compile(r"\bcamino\s+(?:de\s+(?:la|los|las)|del|de)\s*$")
# "llegaron al cortijo", "al llegar a la aldea", "entró a la cocina": arrived, they are there
_ES_ARRIVED = re.compile(
    r"\b(?:lleg\w*|entr[óoa]\w*|arrib\w*)\s+(?:[^\W\d_]+\s+){0,3}?(?:a|al|en|hasta)\s+"
    r"(?:(?:el|la|los|las|un|una|su|sus|aquel|aquella|este|esta)\s+)?(?:[^\W\d_]+\s+)?$"
)


# a place right before the preposition is the one placed: "una posada en el camino real", "Salón del trono en
# el alcázar", "la cueva junto al río" are an inn, a throne room, a cave
_ES_LOCATING = re.compile(
    r"(?:^|\s)(?P<head>[^\W\d_]+)\s+(?:en|a|al|junto\s+a|junto\s+al|sobre|dentro\s+de|dentro\s+del|cerca\s+de|"
    r"cerca\s+del)\s+(?:(?:el|la|lo|los|las|un|una|unos|unas)\s+)?(?:[^\W\d_]+\s+)?$"
)
# "volvía del campo", "venía de la aldea", "regresaron del molino": where someone comes from
_ES_COME_FROM = re.compile(
    r"\b(?:volv\w*|vuelv\w*|ven[íi]\w*|vin\w*|regres\w*|torn\w*)\s+(?:[^\W\d_]+\s+)?(?:de|del|desde)\s+"
    r"(?:(?:el|la|los|las|un|una|su|sus)\s+)?$"
)
# what covers or fills someone is no place: "un jinete cubierto de nieve", "las botas llenas de arena"
_ES_COVERED = re.compile(r"\b(?:cubiert|llen|manchad|salpicad|empapad|blanc)[oa]s?\s+de\s+$")
# a play's set: "La escena representa una posada", "El teatro representa un bosque"
_ES_SET = re.compile(r"\b(?:representa|representará|figura)\s+(?:[^\W\d_]+\s+){0,2}$")


# a place of another ("la capilla del castillo"); the plain rooms of a building ("la sala del palacio", "el
# patio del castillo") are that building, and a road of a place is bound for it ("el camino de la aldea")
_ES_OWNER = re.compile(r"(?<![^\W\d_])(?P<head>[^\W\d_]+)\s+(?:de|del|de\s+la|de\s+los|de\s+las)\s+$")
_PLAIN_ROOMS = {"living_room", "patio", "hallway", "road"}


def _owns(word: str) -> bool:
    keys = {m.key for m in vocabulary.places("es").find(word)}
    return bool(keys) and not keys & _PLAIN_ROOMS


def _spanish_standing(before: str) -> float | None:
    """How surely a Spanish place is where someone is, read from a part of it, a journey bound for it, an
    arrival at it, a return from it or a play's set named just before; None where the preposition alone
    decides. A place that only locates another named right before it is named, no more."""
    places = vocabulary.places("es")
    locating = _ES_LOCATING.search(before)
    if locating and places.find(locating.group("head")):
        return _PLAIN
    part = _ES_PART.search(before)
    if part:
        # "Selva espesa a la falda de un monte": a part that places another place names where that one is
        if places.find(" ".join(before[: part.start("prep")].split()[-3:])):
            return _PLAIN
        return _ES_PART_STANDING.get(part.group("prep"), _THERE)
    if _ES_BOUND_FOR.search(before):
        return _TOWARDS
    if _ES_ARRIVED.search(before) or _ES_SET.search(before):
        return _THERE
    if _ES_COME_FROM.search(before) or _ES_COVERED.search(before):
        return _FROM
    return None


def _weight(m: Match, cased: str, language: str) -> float:
    """How firmly the text puts the scene in a place: how often it names it, how surely it places people there."""
    return len(m.words) * _WEAK_IN_ACTION.get(m.key, 1.0) * (_standing(m, cased, language) if cased else _PLAIN)


def _held(m: Match, cased: str, language: str) -> tuple[float, int]:
    """How surely, then how often, a place is named: a story stays where it was unless another place is
    named more surely or, as surely, more often."""
    return (_standing(m, cased, language), len(m.words))


def _standing(match: Match, cased: str, language: str) -> float:
    """The surest of a place's namings: a place named once where people are outweighs one only gone to.
    Part of a proper name ("a heat wave in the Red Sea") it names a region, not the spot people are in."""
    spaceless = language in ("ja", "zh")
    low = cased.lower() if len(cased.lower()) == len(cased) else ""
    best = 0.0
    for word in match.words:
        pattern = re.escape(word.lower()) if spaceless else r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)"
        for hit in re.finditer(pattern, low):
            standing = _standing_at(low, hit.start(), hit.end(), language)
            # a river's or a sea's own name ("the Rhine", "la Seine") is that water; a word inside a
            # longer name ("the Red Sea") names a region
            own_name = match.key in _NAMED_WATERS and _a_name_alone(cased, hit.start(), hit.end())
            if language in _PROPER_BY_CAPITAL and _in_a_name(cased, hit.start()) and not own_name:
                standing = min(standing, _PLAIN)
            if match.key in _ENTERED_ONLY and _beside(low, hit.start(), hit.end(), language):
                standing = min(standing, _LANDMARK)
            best = max(best, standing)
    return best or _PLAIN


# A hollow one is only beside ("near the cave, under a tree", "bei der Höhle", "cerca de la cueva", "près de
# la grotte", "ほら穴の近く", "गुफा के पास", "山洞附近", "குகைக்கு அருகில்") is a landmark of the place one is
# in: the scene is in the cave only when someone is in it. Open places are not so: by the river is the river.
_ENTERED_ONLY = {"cave", "mine"}
_LANDMARK = _WISHED  # never firm enough to move the story there; the things around it place the scene
_BESIDE_BEFORE = {
    "en": r"\b(?:near|nearby|beside|by|next\s+to|close\s+to|under|below|above|over|behind|outside)\s+"
    r"(?:(?:the|a|an|his|her|their|its|that|this|some)\s+)?(?:[^\W\d_]+\s+)?$",
    "de": r"(?<!\w)(?:neben|nahe|nah|vor|hinter|über|unter|bei|beim|außerhalb|unweit)\s+"
    r"(?:(?:der|dem|den|die|das|des|einer|einem|seiner|seinem|ihrer|ihrem)\s+)?(?:[^\W\d_]+\s+)?$"
    r"|(?<!\w)in\s+der\s+nähe\s+(?:(?:der|des|von|einer|eines)\s+)?(?:[^\W\d_]+\s+)?$",
    "es": r"(?<!\w)(?:cerca|junto|delante|enfrente|detrás|debajo|encima|fuera|al\s+lado|a\s+la\s+entrada|"
    r"a\s+la\s+boca)\s+(?:de|del|a|al)\s+(?:(?:la|el|los|las|una|un|su|aquella|esa)\s+)?(?:[^\W\d_]+\s+)?$",
    "fr": r"(?<!\w)(?:près|auprès|à\s+côté|au\s+pied|hors|en\s+face|à\s+l'entrée|non\s+loin)\s+"
    r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(?:(?:une|un|sa|son)\s+)?(?:[^\W\d_]+\s+)?$"
    r"|(?<!\w)(?:devant|derrière|sous|sur)\s+(?:la\s+|le\s+|les\s+|l'|une\s+|un\s+|sa\s+|son\s+)"
    r"(?:[^\W\d_]+\s+)?$",
}
_BESIDE_AFTER = {
    "ja": r"^の(?:近く|ちかく|そば|前|まえ|横|よこ|外|そと|入り口|入口|いりぐち|あたり|辺り|上|うえ)",
    "zh": r"^(?:附近|旁边|旁|边|前面|前|外面|外|门口|口|上面|顶上)",
    "hi": r"^\s*(?:के\s+)?(?:पास|सामने|बाहर|ऊपर|नज़दीक|नजदीक|करीब|क़रीब|निकट|बगल)",
    "ta": r"^\S*\s+(?:அருகில்|அருகே|அருகாமையில்|முன்|முன்னால்|முன்பு|பக்கத்தில்|வெளியே|மேல்)",
}


def _beside(low: str, start: int, end: int, language: str) -> bool:
    """Whether a place is named as what someone is near, in front of, under or outside of."""
    before, after = _BESIDE_BEFORE.get(language), _BESIDE_AFTER.get(language)
    if before and re.search(before, low[max(0, start - 40) : start]):
        return True
    return bool(after and re.match(after, low[end : end + 16]))


# languages whose nouns are lower case unless they begin a proper name
_PROPER_BY_CAPITAL = {"en", "es", "fr", "it", "pt", "ru"}


def _in_a_name(cased: str, start: int) -> bool:
    """A capitalised word inside a sentence, or one after a capitalised word ("the Red Sea")."""
    before = cased[:start].rstrip()
    if cased[start : start + 1].isupper() and before and before[-1] not in ".!?:;\"'«“—-":
        return True
    words = before.split()
    previous = words[-1] if words else ""
    # a word that opens its sentence is capitalised as any: "Scène 3. Une forêt" names no "Une Forêt"
    opens = len(words) < 2 or words[-2][-1] in ".!?:;\"'«“—-"
    return bool(previous) and previous[0].isupper() and previous.lower() not in _SENTENCE_WORDS and not opens


_NAMED_WATERS = {"river", "sea"}


def _a_name_alone(cased: str, start: int, end: int) -> bool:
    """Whether a capitalised word is a name by itself: no capitalised word just before or after it."""
    before = cased[:start].split()
    after = cased[end:].split()
    capital_before = len(before) > 1 and before[-1][:1].isupper() and before[-1].lower() not in _SENTENCE_WORDS
    return not capital_before and not (after and after[0][:1].isupper())


_SENTENCE_WORDS = frozenset(
    ["the", "a", "an", "in", "on", "at", "and", "but", "el", "la", "le", "il", "lo", "o", "en", "dans"]
)


# Going on one's way names no road: "set off on her way", "machte sich auf den Weg", "se puso en camino",
# "se mit en route", "si mise in cammino", "pôs-se a caminho", "отправился в путь", "अपने रास्ते चला"
_SETTING_OFF = {
    "en": r"\b(?:set|sets|setting|started|starts|went|go|goes|going|continued|hurried|trudged)\s+(?:off\s+|out\s+)?"
    r"on\s+(?:his|her|their|its|my|your|our)\s+way\b|\b(?:made|make|makes|making|wended|wend)\s+"
    r"(?:his|her|their|its|my|your|our)\s+way\b",
    "de": r"\bsich\s+(?:\w+\s+){0,3}?auf\s+den\s+weg\b(?!\s+(?:nach|ins|in)\b)|\bauf\s+den\s+weg\s+(?:zu\s+)?mach\w*"
    r"|\b(?:seines|ihres|seinen|ihren|des)\s+weges\b|\bunterwegs\b(?!\s+(?:nach|zum|zur|ins|in)\b)",  # goal: journeys.py
    "es": r"\b(?:se\s+)?(?:puso|pusieron|pone|ponen|ponía|ponían|ponerse|ponte)\s+en\s+camino\b(?!\s+(?:hacia|rumbo)\b)"
    r"|\b(?:siguió|siguieron|sigue|siguen|seguía|seguían|continuó|continuaron|prosiguió|prosiguieron|emprendió|"
    r"emprendieron|reanudó)\s+(?:su|el)\s+camino\b",
    "fr": r"\b(?:se\s+|s')?(?:mit|mirent|met|mettent|mettait|mettaient|mettre|mis|mise|mettez|mettons)\s+en\s+"
    r"(?:route|chemin)\b(?!\s+vers\b)|\b(?:passa|passèrent|passe|passez|poursuivit|poursuivirent|poursuit|continua|continuèrent|"
    r"reprit|reprirent|alla|allèrent)\s+(?:son|sa|leur|ton|votre|notre)\s+(?:chemin|route)\b|\bchemin\s+faisant\b",
    "it": r"\b(?:si\s+)?(?:mise|misero|mette|mettono|metteva|mettevano|mettersi|messo|messa|messi)\s+in\s+"
    r"(?:cammino|strada|viaggio)\b|\b(?:riprese|ripresero|proseguì|proseguirono|continuò|continuarono)\s+(?:il\s+)?"
    r"(?:suo\s+|loro\s+)?cammino\b|\bper\s+la\s+(?:sua|loro)\s+strada\b",
    "pt": r"\b(?:se\s+)?(?:pôs|puseram|põe|põem|punha|punham|pôr|por)(?:-se)?\s+(?:a|em)\s+caminho\b"
    r"|\b(?:seguiu|seguiram|segue|seguem|continuou|continuaram|prosseguiu|prosseguiram)\s+(?:o\s+)?(?:seu|sua)\s+"
    r"caminho\b",
    "ru": r"(?<!\w)в\s+путь(?:-дорогу)?(?!\w)|(?<!\w)сво(?:ей|ею)\s+дорог(?:ой|ою)(?!\w)",
    "hi": r"(?<!\S)अपने?\s+(?:रास्ते|राह)(?!\S)|(?<!\S)(?:रास्ता|राह)\s+(?:ली|लिया|पकड़ी|पकड़ा)(?!\S)",
    "zh": r"上路|踏上了?(?:归途|旅途|路途)",
}
# Going away ("ran off", "se fue", "s'en alla", "ушёл"): a scene that names no place after it is no longer
# where the scene before was
_GONE = {
    "en": r"\b(?:went|ran|flew|walked|rode|hurried|hopped|swam|crept|drove|sailed|go|goes|run|runs|fly|flies)\s+"
    r"(?:away|off)\b|\bset\s+(?:off|out)\b|\bdeparted\b"
    r"|\b(?:away|off)\s+(?:\w+\s+){1,2}?(?:went|ran|flew|walked|rode|hurried|hopped|swam|sailed|go|goes)\b",
    "de": r"\b(?:ging|gingen|lief|liefen|flog|flogen|zog|zogen|rannte|rannten|ritt|ritten|fuhr|fuhren)"
    r"(?:\s+\w+){0,3}?\s+(?:fort|weg|davon)\b|\bmachte[n]?\s+sich\s+(?:\w+\s+)?(?:auf|davon)\b",
    "es": r"\b(?:se\s+fue|se\s+fueron|se\s+marchó|se\s+marcharon|partió|partieron|se\s+alejó|se\s+alejaron)\b",
    "fr": r"\b(?:s'en\s+alla|s'en\s+allèrent|s'en\s+va|partit|partirent|s'éloigna|s'éloignèrent|s'enfuit|s'envola)\b",
    "it": r"\b(?:se\s+ne\s+andò|se\s+ne\s+andarono|partì|partirono|si\s+allontanò|si\s+allontanarono|volò\s+via|"
    r"corse\s+via|scappò)\b",
    "pt": r"\b(?:foi-se\s+embora|foi\s+embora|foram\s+embora|partiu|partiram|afastou-se|afastaram-se|fugiu)\b",
    "ru": r"(?<!\w)(?:ушёл|ушел|ушла|ушли|уехал[аи]?|убежал[аи]?|улетел[аи]?|отправил(?:ся|ась|ись))(?!\w)",
    "hi": r"(?:चला\s+गया|चली\s+गई|चले\s+गए|निकल\s+पड़|रवाना\s+हु)",
    "ja": r"(?:出かけ|でかけ|出発|立ち去|去って|出て行|出ていき)",
    "zh": r"(?:离开|走了|出发|飞走|跑走)",
}


def _without(pattern: str | None, text: str) -> str:
    """The text with what the pattern finds blanked (its length kept)."""
    return re.sub(pattern, lambda m: " " * len(m.group(0)), text, flags=re.I) if pattern else text


def _gone(text: str, language: str) -> bool:
    """Whether the people of a text set off or go away, or journey over land and sea."""
    going = any(p and re.search(p, text, re.I) for p in (_GONE.get(language), _SETTING_OFF.get(language)))
    return going or _drop_journeys(text, language) != text


# A journey over several lands ("over the land and the sea", "über Berg und Tal", "par monts et par vaux", "por
# tierra y por mar", "по лесам и полям", "跋山涉水", "山を越え谷を越え") crosses each: none is where the scene is
_ACROSS = {  # the way across, then the first land, its "and", the way again, the second
    "en": (r"over|across|through|o'er", r"and|or|&", r"the|a|an"),
    "de": (r"über|durch", r"und|oder", r"der|die|das|den|dem"),
    "fr": (r"par|sur|à\s+travers", r"et|ou", r"le|la|les|l'|des"),
    "es": (r"por|sobre|a\s+través\s+de", r"y|e|o", r"el|la|los|las"),
    "it": (r"per|attraverso|sopra", r"e|ed|o", r"il|la|lo|i|gli|le|l'"),
    "pt": (r"por|sobre|através\s+de", r"e|ou", r"o|a|os|as"),
    "ru": (r"по|через", r"и|да", r""),
}
# lands that are no setting of their own: the land, the dales, the fields
_LANDS = {
    language: set(words.split())
    for language, words in {
        "en": "land lands dale dales vale vales earth field fields plain plains moor moors heath meadow meadows country "
        "world hill valley valleys glen glens",
        "de": "land länder tal täler feld felder flur fluren heide welt wiese wiesen au",
        "fr": "terre terres vaux val champs plaines prés vallées vallée",
        "es": "tierra tierras valle valles campos llanos llanuras prados",
        "it": "terra terre valle valli campi pianure prati",
        "pt": "terra terras vale vales campos planícies prados",
        "ru": "полям полю суше земле долам долинам лугам горам долы",
    }.items()
}
_ACROSS_IDIOMS = {
    "zh": r"跋山涉水|翻山越岭|爬山涉水|漂洋过海|跋涉山川|翻山过河|越岭过河",
    "ja": r"[^、。\s]{1,4}を(?:越え|こえ)[、て]?\s*[^、。\s]{1,4}を(?:越え|こえ)",
    "hi": r"\S+\s+(?:और|व)\s+\S+\s+(?:को\s+)?पार",
}


@lru_cache(maxsize=64)
def _across(language: str) -> re.Pattern[str] | None:
    if language not in _ACROSS:
        return None
    way, conj, article = _ACROSS[language]
    land = rf"(?:(?:{article})\s*)?[^\W\d_]+(?:\s+[^\W\d_]+)?" if article else r"[^\W\d_]+(?:\s+[^\W\d_]+)?"
    between = rf"(?:\s*,\s*|\s*,?\s+(?:{conj})\s+)(?:(?:{way})\s+)?"
    return re.compile(rf"(?<!\w)(?:{way})\s+(?P<a>{land}){between}(?P<b>{land})", re.I)


def _drop_journeys(text: str, language: str) -> str:
    """The text with its journeys across several lands blanked."""
    if language in _ACROSS_IDIOMS:
        return _without(_ACROSS_IDIOMS[language], text)
    pattern = _across(language)
    if pattern is None:
        return text
    places, lands = vocabulary.places(language), _LANDS.get(language, set())

    def land(side: str) -> bool | None:  # a place (True), a land (False), or neither (None)
        if places.find(side):
            return True
        return False if any(w.lower() in lands for w in side.split()) else None

    def blank(m: re.Match[str]) -> str:
        sides = (land(m.group("a")), land(m.group("b")))
        return " " * len(m.group(0)) if None not in sides and True in sides else m.group(0)

    return pattern.sub(blank, text)


# settings a scene is in when its words are about them, whatever room or vehicle they also name: the
# transcript of a spaceflight ("command module", "docking", "cabin pressure") is in space
_TOPICS = ("moon", "space")
_TOPIC_LEAST = 2  # different words of the topic


def _topic(text: str, language: str) -> Match | None:
    """The topic setting the text's cue words are about, named by two or more of them (the Moon's first:
    a landing is also a spaceflight)."""
    found = {m.key: m for m in vocabulary.cues(language).find(text) if m.key in _TOPICS}
    for key, words in _called_topic_words(text, language).items():  # "Houston, Eagle": call signs count
        have = found.get(key)
        extra = tuple(w for w in words if not have or w not in have.words)
        found[key] = Match(key, (*(have.words if have else ()), *extra), have.position if have else 0)
    named = [found[key] for key in _TOPICS if key in found and len(found[key].words) >= _TOPIC_LEAST]
    return max(named, key=lambda m: len(m.words)) if named else None


def _called_topic_words(text: str, language: str) -> dict[str, list[str]]:
    """The topic words a text names, read as written: a radio transcript calls its stations by name
    ("Houston, Columbia", "Roger, Houston."), which the lexicon takes for names called, not things."""
    low = " ".join(text.replace("’", "'").split()).lower()
    out: dict[str, list[str]] = {}
    for word, keys in vocabulary.cues(language).names().items():
        for key in keys & set(_TOPICS):
            if _hits(word, low, language):
                out.setdefault(key, []).append(word)
    return out


def _best_place(
    found: list[Match],
    interior: bool | None,
    *,
    weighted: bool | str,
    things: list[Match] | None = None,
    text: str = "",
    language: str = "en",
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
        return (_weight(m, cased, language), beside.count(m.key), -m.position, -_PRIORITY[m.key])

    cased = " ".join(text.replace("’", "'").split())
    # a place named only as where someone came from ("came home from the hills") is not where they are
    candidates = [m for m in candidates if not cased or _standing(m, cased, language) > _FROM]
    if not candidates:
        return None
    best = max(candidates, key=score)
    if not cased:
        return best
    return _arrived_and_stayed(candidates, cased, language) or _room_of(best, candidates, cased, language)


# the rooms of a building drawn as their own settings: a scene in the palace's kitchen is in the kitchen
_ROOMS = {"kitchen", "bedroom", "throne_room", "pantry", "cellar"}
_BUILDINGS = {
    "palace": _ROOMS | GRAND_ROOMS | {"prison_cell"},  # a castle's dungeon
    "mansion": _ROOMS | GRAND_ROOMS,  # its sitting room named as such: its great hall (_room_of)
    "haunted_house": _ROOMS | {"living_room"},
    "cabin": _ROOMS - {"throne_room"},
    "living_room": _ROOMS - {"throne_room"},
    "mill": _ROOMS - {"throne_room"},
}


def _room_of(best: Match, candidates: list[Match], cased: str, language: str) -> Match:
    """A room of the building chosen, named as where someone is or goes ("the palace kitchen", "im Schloss
    ging sie in die Küche"), is where the scene is: the building only holds it."""
    rooms = _BUILDINGS.get(best.key, set())
    if best.key in GRAND_BUILDINGS:  # and its hall or dining room named as such: its great hall (grand_rooms.py)
        rooms = rooms | {m.key for m in candidates if m.key in GRAND_VARIANT and _named_by_its_own_word(m, language)}
    inside = [m for m in candidates if m.key in rooms and _standing(m, cased, language) >= _TOWARDS]
    room = max(inside, key=lambda m: (_standing(m, cased, language), len(m.words))) if inside else best
    grand = best.key in GRAND_BUILDINGS and room.key in GRAND_VARIANT
    return Match(GRAND_VARIANT[room.key], room.words, room.position) if grand else room


def _arrived_and_stayed(candidates: list[Match], cased: str, language: str) -> Match | None:
    """A place reached or gone into ("came to the village", "reached the town", "町に着きました") where most
    of the scene then happens, no other place named as where anyone is after: the places before were
    only the way there."""
    low = cased.lower() if len(cased.lower()) == len(cased) else ""
    namings = [
        (at, m, _standing_at(low, at, at + len(word), language))
        for m in candidates
        for word in m.words
        for at in _hits(word, low, language)
    ]
    arrivals = [
        (at, m)
        for at, m, standing in namings
        if standing >= _THERE and arrived_at(low, at, at + len(_word_at(m, low, at)), language)
    ]
    for at, m in sorted(arrivals, key=lambda a: -a[0]):
        later = {n.key for where, n, standing in namings if where > at and standing > _WISHED}
        if later <= {m.key, *_BUILDINGS.get(m.key, ())} and most_of_the_text_after(low, at):
            return m
    return None


def _word_at(m: Match, low: str, at: int) -> str:
    return next((w for w in m.words if low.startswith(w.lower(), at)), "")


def _home_of_people(
    plain: str, interior: bool | None, previous: str | None, language: str, home: str | None = None
) -> Match | None:
    """The dwelling a scene's people's ranks and trades name (a king: a palace, a miller: a mill), where the
    story was in a room by default, or elsewhere when they are named more than once (a king passing through
    a wood once does not take it to his palace)."""
    if previous is None or previous in (OPEN, *HEADING_ONLY):
        return None  # read by the things and people of a story that has been nowhere yet
    if previous == home and home in DWELLINGS:
        return None  # where the story's people live: the old king of a hut is in the hut, not in a palace
    cues = [m for m in vocabulary.cues(language).find(plain) if m.key in DWELLINGS and _fits(m.key, interior)]
    best = max(cues, key=lambda m: (len(m.words), -m.position)) if cues else None
    if best is None or best.key == previous or best.key in _NEAR.get(previous, ()):
        return None
    low = " ".join(plain.replace("’", "'").split()).lower()
    named = sum(len(_hits(word, low, language)) for word in best.words)
    return best if previous in _HOME_ROOMS or named >= _RANK_NAMED else None


_RANK_NAMED = 2  # namings of a rank or trade that take a scene from where the story was


def _around_a_landmark(
    chosen: Match | None, plain: str, cased: str, interior: bool | None, previous: str | None, language: str
) -> Match | None:
    """A cave that someone is only near ("near the cave, under a tree") is a landmark: the scene is where the
    things around it stand (a wood), the cave itself only where nothing else tells. In a story that was
    somewhere already, one animal by the cave does not move it."""
    if chosen is None or chosen.key not in _ENTERED_ONLY or _standing(chosen, cased, language) > _LANDMARK:
        return chosen
    around = _place_of_things(vocabulary.things(language).find(plain), interior)
    least = 1 if previous in (None, OPEN, *HEADING_ONLY) else 2
    return around if around is not None and around.key != chosen.key and len(around.words) >= least else chosen


def _left_behind(previous: str | None, named: list[Match], cased: str, language: str) -> bool:
    """Whether the place the story was in is named only as the place its people leave ("came out of the
    house", "ran out of the wood"): the scene is outside it."""
    home = previous in _HOME_ROOMS
    return any(
        (m.key == previous or home and m.key == "living_room")
        and _standing(m, cased, language) <= _FROM
        and not _said_only(m, cased, language)  # "gold from over the sea," said the gulls: nobody leaves
        for m in named
    )


def _said_only(match: Match, cased: str, language: str) -> bool:
    """Whether every naming of a place is in speech."""
    low = cased.lower() if len(cased.lower()) == len(cased) else ""
    hits = [at for word in match.words for at in _hits(word, low, language)]
    return bool(hits) and all(_in_speech(low, at) for at in hits)


def _firm(chosen: Match, cased: str, places: Lexicon, language: str) -> bool:
    """Whether a place is named surely enough to move the story there: named outright, by a phrase of its
    own ("knocked at the door", "came home", "戸をたたき") or a compound holding its word ("Haustür"), or,
    weak as it is in action, as where people are ("in the sitting room")."""
    weak = _WEAK_IN_ACTION.get(chosen.key, 1.0)
    if _standing(chosen, cased, language) <= _WISHED:  # only wished for: the story is not there yet
        return False
    return (
        len(chosen.words) * weak >= 1.0
        or any(_specific(word, chosen.key, places, language) for word in chosen.words)
        or _weight(chosen, cased, language) >= _THERE * weak
    )


_CJK_PHRASE = 3  # characters: a Chinese or Japanese name this long is a phrase ("回到家", "戸をたた")


def _specific(word: str, key: str, places: Lexicon, language: str) -> bool:
    """A word that names a place more than its bare noun does: a phrase, or a compound holding another of
    its words ("Haustür" holds "Haus")."""
    if language in ("ja", "zh"):
        return len(word) >= _CJK_PHRASE
    if " " in word:
        return True
    names = places.names()
    return any(other != word and other in word and key in keys for other, keys in names.items() if " " not in other)


def text_for_places(body: str, language: str) -> str:
    """The text a scene's place is read from: what is not there dropped ("no rain"), old spellings in
    today's ("Hausthür"), and the idioms of setting off ("went on his way") blanked: they name no road."""
    text = _without(_SETTING_OFF.get(language), modern_spelling(_drop_negated(body, language), language))
    text = without_falling_weather(text, language)  # "it began to snow": weather, no snowfield
    text = without_function_homographs(text, language)  # "onde" (so that), "bon marché": no waves, no market
    text = without_figures(text, language)  # "a sea of faces", "eyes to heaven" (script/figures_of_speech.py)
    return _drop_journeys(_without(_LIKENED_PLACE.get(language), text), language)


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


# what a thing is only likened to is not there: "soft like a bird", "comme un chat", "wie eine Katze",
# "猫のように", "बिल्ली की तरह", "像猫一样"
_LIKENESS = {
    "en": r"(?<!would )(?<!'d )(?<!\bi )(?<!\bto )\b(?:like|as if|as though)\s+(?:a|an|the|some)\s+(?:\w+\s+)?\w+"
    r"|\bas\s+\w+\s+as\s+(?:a|an|the)?\s*\w+",
    "fr": r"\b(?:comme|pareil à|pareille à)\s+(?:(?:un|une|le|la|les|des)\s+|l')\w+",
    "de": r"\bwie\s+(?:ein|eine|einen|einem|einer|der|die|das|den|dem)\s+\w+",
    "es": r"\bcomo\s+(?:un|una|unos|unas)\s+\w+",
    "it": r"\bcome\s+(?:(?:un|una|uno)\s+|un')\w+",
    "pt": r"\bcomo\s+(?:um|uma|uns|umas)\s+\w+",
    "ja": r"[一-龯ァ-ヴーぁ-ゖ]{1,6}(?=のよう|みたい)",
    "hi": r"\S+(?=\s+(?:की तरह|की भाँति|के समान|जैसा|जैसे|जैसी)(?!\S))",
    "zh": r"(?:像|好像|仿佛|如同)[^，。、！？\s]{1,4}?(?=一样|一般|似的)",
}


# a place only likened to is none either ("as deep as the sea", "wept like a river of tears", "tan hondo como
# el mar"); "as far as the river" is a place reached
_LIKENED_PLACE = {
    **_LIKENESS,
    "en": r"(?<!would )(?<!'d )(?<!\bi )(?<!\bto )\blike\s+(?:a|an|the|some|any)\s+(?:\w+\s+)?\w+"
    r"|\bas\s+(?!far\b|near\b|long\b|soon\b|well\b|much\b|many\b|close\b)\w+\s+as\s+"
    r"(?:(?:a|an|the|any|some|every|all)\s+)?(?:\w+\s+)?\w+",
    "es": _LIKENESS["es"] + r"|\btan\s+\w+\s+como\s+(?:el|la|los|las)\s+\w+",
    "ru": r"(?<!\w)(?:как|словно|будто|подобно)\s+\w+",
}


def _drop_likenesses(text: str, language: str) -> str:
    """A simile's thing blanked, the rest of the text as it was."""
    pattern = _LIKENESS.get(language)
    return re.sub(pattern, lambda m: " " * len(m.group(0)), text, flags=re.I) if pattern else text


def describe_scene(
    heading: str,
    body: str,
    language: str = "en",
    *,
    previous: str | None = None,
    previous_time: str | None = None,
    home: str | None = None,
    trades: dict[str, str] | None = None,
) -> SceneReading:
    """Setting (heading first, then the action), inside or out, time, weather, mood and things. A scene
    without a heading that names the previous scene's setting among others, or names no place firmly,
    stays where the story was (`previous`). `home`, where the story's people live (`story_home`), places a
    scene that names nowhere, and holds a room of a building no room of which is drawn (a palace). `trades`:
    the trade's word of the people a scene may name by name alone ("a tailor named Bill": Bill -> "tailor")."""
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
        plain = text_for_places(body, language)
        spotted = [m for m in places.find(_masked_cues(plain, language)) if m.key not in HEADING_ONLY]
        spotted = [m for m in spotted if not _a_verb_there(m, plain, language)]
        spotted = [m for m in spotted if not figurative_only(m, plain, language)]  # "the House of York"
        # "climbs aboard the Cessna": aboard a vehicle that is no boat, on no ship's deck (script/key_things.py)
        spotted = [m for m in spotted if not (m.key == "ship_deck" and aboard_no_boat(plain, language))]
        spotted += _shops(plain, language) + _ways(plain, language)
        named = _heads_only([m for m in _here(spotted, plain) if _fits(m.key, interior)], plain, language)
        named = _river_banks(named, plain, language)
        chosen = _best_place(
            named,
            interior,
            weighted=True,
            things=vocabulary.things(language).find(plain),
            text=plain,
            language=language,
        )
        chosen = _home_kept(chosen, named, plain, language)
        cased = " ".join(plain.replace("’", "'").split())
        chosen = _around_a_landmark(chosen, plain, cased, interior, previous, language)
        topic = _topic(plain, language)
        outweighed = chosen is None or (topic is not None and len(topic.words) > _weight(chosen, cased, language))
        if topic is not None and _fits(topic.key, interior) and outweighed:
            chosen = topic
        held = _held(chosen, cased, language) if chosen is not None else (0.0, 0)
        firm = chosen is not None and _firm(chosen, cased, places, language)
        by_object = chosen is not None and bool(vocabulary.things(language).find(" ".join(chosen.words)))
        near = chosen is not None and chosen.key in _NEAR.get(previous or "", ()) and by_object
        # "stories of boats" on a beach: still the beach; but a village named as where grandmother lives
        # does not hold a walk through the wood
        stays = any(m.key == previous and _held(m, cased, language) >= held for m in named) or near
        # "came home", "at home": a room of the home the story was in is still at home
        stays = stays or (
            chosen is not None and chosen.key == "living_room" and previous in _HOME_ROOMS and held[0] < _THERE
        )
        # a heading that is no place ("SNIPER SCOPE POV", a time code) keeps the story where it was
        # a scene that names no place stays where the story was, unless its people went away
        left = chosen is None and (_gone(body, language) or _left_behind(previous, named, cased, language))
        # a scene that names no place but its people's rank or trade ("the king's daughter", "the old miller") is
        # where they live, not where the story last was
        # "the shoemaker stitched all night": at work where no place is named, in his workshop (work_places.py)
        ranked = None
        if chosen is None and not spotted:
            ranked = at_work_by_name(plain, trades or {}, language) or _home_of_people(
                plain, interior, previous, language, home
            )
        if ranked is not None:
            chosen = ranked
        elif previous and previous not in (OPEN, *HEADING_ONLY) and not slug and (not firm or stays) and not left:
            chosen = next((m for m in named if m.key == previous), Match(previous, (), 0))
        chosen = _ways_home(chosen, named, plain, cased, language, previous)  # "came home", "auf dem Heimweg"
    if chosen is None and language != "en" and heading:  # headings are often written in English
        chosen = _best_place(vocabulary.places("en").find(heading), interior, weighted=False)
    # a tale that opens with a family and names no place is at their home, not where their trade or things are
    if chosen is None and previous in (None, OPEN, *HEADING_ONLY) and home in BY_NAME and opens_a_tale(body, language):
        chosen = Match(home, (), 0) if not _here(places.find(text_for_places(body, language)), body) else None
    # a story that has been nowhere yet (a title, an open landscape named by nothing) is where its things are
    if chosen is None and previous in (None, OPEN, *HEADING_ONLY) and body:
        plain = text_for_places(body, language)
        # an animal is a weak cue for its wood: any place named, even one only left, outweighs it
        beings = [] if _here(places.find(plain), plain) else vocabulary.things(language).find(plain)
        chosen = _place_of_things(beings, interior, vocabulary.cues(language).find(plain))
    if chosen is None and home in BY_NAME and _fits(home, interior) and previous in (None, OPEN, *HEADING_ONLY):
        chosen = Match(home, (), 0)  # named nowhere: where its people live, not an empty landscape
    if (
        chosen is not None
        and home in _NO_ROOMS_DRAWN
        and chosen.key in _ROOMS_OF_A_HOUSE
        and not slug
        and not _named_by_its_own_word(chosen, language)
    ):
        # "a knock at the door" of a palace is the palace (a door is either side of its wall); a bed is only
        # inside, in its bedchamber, drawn as such
        inside_only = chosen.key == "bedroom"
        chosen = Match(GRAND_VARIANT[chosen.key] if inside_only else home, chosen.words, chosen.position)
    if chosen is not None and _named_by_its_own_word(chosen, language):  # not "a knock at the door", "his bed"
        # the hall of a castle is its great hall, a queen's chamber her bedchamber
        chosen = Match(grand_variant(chosen.key, home, f"{heading}\n{body}", language), chosen.words, chosen.position)
    if chosen is not None and not slug:  # at home: its kitchen where they cook, its bedroom where they sleep
        key = room_by_what_is_done(chosen.key, list(chosen.words), body, language, home)
        chosen = Match(key, chosen.words, chosen.position)
    reading = SceneReading()
    if chosen is not None:
        reading.setting, reading.setting_words = chosen.key, list(chosen.words)
    elif interior:
        reading.setting = "living_room"
    side = BY_NAME[reading.setting].interior if reading.setting in BY_NAME else False
    if side is None and interior is None and chosen is not None:  # "slipped into the shed": inside it
        interior = seen_inside(list(chosen.words), body, language) or done_inside(body, language)  # cooks, sleeps
    reading.interior = interior if side is None and interior is not None else bool(side)
    text = _drop_negated(f"{heading}\n{body}", language)
    head_time = vocabulary.times(language).find(heading) or vocabulary.times("en").find(heading)
    # a scene that names no time goes on at the time of the one before ("CONTINUOUS", "LATER")
    reading.time_of_day = TIME_OF_DAY[
        # the time it opens in: "night fell" later changes it from there (script/light_said.py)
        _first(head_time or opening_times(text, language), previous_time or "day")[0]
    ]
    reading.weather = opening_weather(text, language)  # a later change is staged from its sentence on
    mood = _first(vocabulary.moods(language).find(text), "")[0]
    reading.mood = mood or ("tense" if reading.weather == "storm" else "calm")
    # "au coucher du soleil" is a time, not a sun: phrases of time are read before things
    # a slug line names where the scene is ("INT. BRIDGE - NIGHT", "EXT. CASTLE GATE"): the place, no thing in it
    plain = f"{'' if interior is not None else heading}\n{body}"
    for moment in [*head_time, *vocabulary.times(language).find(text)]:
        for word in moment.words:
            if " " in word:
                plain = re.sub(re.escape(word), " ", plain, flags=re.I)
    plain = without_figures(_drop_likenesses(plain, language), language)  # "like fire", "a storm of applause"
    plain = not_there(plain, language)  # dreamt, denied, likened: not there
    plain = without_function_homographs(plain, language)  # "l'ancora" is an anchor, "ancora" (still) none
    reading.things = [
        m
        for m in vocabulary.things(language).find(plain)
        if vocabulary.SETTING_THINGS.get(m.key) != reading.setting
        and not _names_a_place(m, reading, language)
        and not _a_place_gone_to(m, plain, language)
        and not (language == "en" and _a_verb_each_time(m, plain))
        and reading.setting not in HEADING_ONLY  # a title card shows nothing but its titles
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


def _ways_home(
    chosen: Match | None, named: list[Match], plain: str, cased: str, language: str, previous: str | None
) -> Match | None:
    """The road where a scene's people are on their way home, their home where they came home (tale_homes.py),
    or came back from somewhere to a place of homes (a village; the place come from is not where they are),
    unless the scene names a place they are in. Back from somewhere where the story is by a river, they come
    to those by the river."""
    if any(m.key not in _HOME_ROOMS and _standing(m, cased, language) > _FROM for m in named):
        return chosen
    homes = previous in (None, OPEN, *HOMES)
    back = home_again(plain, language, anywhere=chosen is None, back_from=homes)
    if back is not None and chosen is not None and chosen.key in _HOME_ROOMS:  # "came home to the kitchen"
        back = chosen
    return way_home(plain, language, anywhere=chosen is None) or back or chosen


def _named_by_its_own_word(room: Match, language: str) -> bool:
    """Whether a room is named by a word for the room itself ("the bedroom", "sa chambre"), not only by
    what stands in it ("his bed", "the door")."""
    things = vocabulary.things(language)
    return any(not things.find(word) and not things.find(word[:1].upper() + word[1:]) for word in room.words)


# English nouns are verbs too: "he picks up the phone", "she drops into a chair", "a tower towers over"
_VERB_AFTER = re.compile(r"\s+(?:up|down|into|onto|out|off|over|away|back|through|across)\b")
# a word in -s before an object pronoun is a verb whatever stands before it: "the boss fires him"
_OBJECT_AFTER = re.compile(r"\s+(?:him|them|me|us|himself|herself|themselves)\b")
_DETERMINER_JUST_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|my|your|these|those)\s+$")
_VERB_BEFORE = re.compile(r"\b(?:he|she|it|who|which)\s+$")
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|my|your|these|those|some|many|few|two|three|all|of|with)\s+(?:\w+\s+)?$"
)


def _a_verb_each_time(thing: Match, text: str) -> bool:
    """Whether every naming of a thing in an English text is a verb: "picks" after "he", "drops" before
    "into"."""
    low = " ".join(text.replace("’", "'").split()).lower()
    hits = [h for word in thing.words for h in re.finditer(r"(?<![\w'])" + re.escape(word.lower()) + r"(?![\w'])", low)]
    return bool(hits) and all(
        _VERB_BEFORE.search(low[max(0, h.start() - 12) : h.start()])
        or h.group(0).endswith("s")
        and _VERB_AFTER.match(low, h.end())
        and not _NOUN_BEFORE.search(low[max(0, h.start() - 30) : h.start()])
        or h.group(0).endswith("s")
        and _OBJECT_AFTER.match(low, h.end())
        and not _DETERMINER_JUST_BEFORE.search(low[max(0, h.start() - 8) : h.start()])
        for h in hits
    )


def _names_a_place(thing: Match, reading: SceneReading, language: str) -> bool:
    """A building named by a word for the scene's own setting ("the palace" in a palace), or by any word
    for a place while we are inside ("the house" from its sitting room), is where the scene is, not a
    thing drawn in it; a hut in a forest is drawn."""
    if vocabulary.THINGS.get(thing.key, ("", ()))[0] != "building":
        return False
    places = vocabulary.places(language).names()
    named = [places.get(word.lower(), set()) for word in thing.words]
    return all(keys and (reading.interior or reading.setting in keys) for keys in named)


# a building named as where someone goes, lives or is ("rode to the palace", "lived in a castle", "fue al
# palacio", "пошёл во дворец") is a place the story names, not a thing drawn in the scene it is told in
_GONE_TO = {
    "en": r"\b(?:to|into|in|inside|at|from|towards?|reached|entered|left|near)\s+(?:the|a|an|his|her|their|its|our|my)"
    r"\s+(?:\w+\s+)?$",
    "de": r"\b(?:zum|zur|ins|im|vom|beim|nach|in\s+(?:das|die|den|dem|ein|eine|einem|einen|sein|seinem|ihr|ihrem)"
    r"|aus\s+(?:dem|der|einem|einer))\s+(?:\w+\s+)?$",
    "fr": r"\b(?:au|aux|(?:à|dans|vers|chez|jusqu'à)\s+(?:la|le|les|l'|un|une|son|sa)|à\s+l')\s*(?:\w+\s+)?$",
    "es": r"\b(?:al|(?:a|en|hacia|desde|hasta)\s+(?:la|el|los|las|un|una|su))\s+(?:\w+\s+)?$",
    "it": r"\b(?:al|alla|allo|nel|nella|nello|dal|dalla|verso\s+(?:il|la|lo|l')|a\s+(?:un|una)|in\s+(?:un|una))\s*"
    r"(?:\w+\s+)?$",
    "pt": r"\b(?:ao|à|aos|no|na|num|numa|(?:para|até|em)\s+(?:o|a|um|uma|seu|sua))\s+(?:\w+\s+)?$",
    "ru": r"(?<!\w)(?:в|во|из|к|ко|до)\s+(?:\w+\s+)?$",
}

# what stands in a scene rather than holding one: "ran to the fountain", "hid behind the tent" are drawn
_STRUCTURES = {
    "tent",
    "circus_tent",
    "bridge",
    "ferris_wheel",
    "roller_coaster",
    "fountain",
    "well",
    "statue_of_liberty",
    "tower",
    "fuel_pump",
    "traffic_light",
    "barrier",
}


def _a_place_gone_to(thing: Match, text: str, language: str) -> bool:
    """Whether every naming of a building follows a preposition of where one goes, lives or is."""
    towards = _GONE_TO.get(language)
    if towards is None or vocabulary.THINGS.get(thing.key, ("", ()))[0] != "building" or thing.key in _STRUCTURES:
        return False
    low = " ".join(text.replace("’", "'").split()).lower()
    hits = [h for w in thing.words for h in re.finditer(r"(?<![\w'])" + re.escape(w.lower()) + r"(?!\w)", low)]
    return bool(hits) and all(re.search(towards, low[max(0, h.start() - 30) : h.start()]) for h in hits)


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

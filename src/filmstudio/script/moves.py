"""Where a sentence takes its people, read where the verb tables alone lose it, so that the picture goes
where the sentence goes (script/staging.py cuts a scene at each move):

- the idioms of going whose verb is no verb of going ("made her way to", "headed for", "got back to", "se
  dirigió a", "se rendit à", "begab sich in"): a closed class per language, read as a move;
- the place a scene's first sentence sets its people in ("picked beans in the garden", "stood in the hall"):
  where the scene starts, even where a later sentence takes them to the place the scene is named after;
- riding a vehicle that the place cannot hold ("caught the train to the city", "rode the bus to school",
  "tomó el tren"): the sentence is set where the vehicle is (inside the train, on the road, at sea), and the
  sentence after it goes on at the end of the ride where the text names one ("to the city");
- a place gone into by any verb ("slipped into the barn");
- a doing the place cannot hold, no place named: a swim or a boat in a room goes to water, "stepped outside"
  from a home's room goes to the garden behind it."""

from __future__ import annotations

import re

from filmstudio.script import vocabulary
from filmstudio.script.place_choice import seen_or_thought_of
from filmstudio.script.places import HEADING_ONLY, INTERIOR_SETTINGS

INTERIOR_PLACES = INTERIOR_SETTINGS | {"tool_shed", "cabin", "trailer"}  # a home's rooms, though drawn either side

# -- idioms of going: their verb ("make", "head", "get", "dirigir") is no verb of going in the tables -------
_GOING = {
    "en": r"\b(?:make|makes|made|making)\s+(?:his|her|their|its|my|our|your|one's)\s+way\b"
    r"|\bhead(?:s|ed|ing)?\s+(?:for|to|towards?|back|home|off|out|into|down|up|over)\b"
    r"|\b(?:get|gets|got|getting)\s+(?:back|home|to|down\s+to|up\s+to|over\s+to)\b",
    "es": r"(?<!\w)se\s+dirig(?:e|en|ió|ieron|ía|ían)\b|(?<!\w)(?:regres|volv)(?:ó|ieron|ía|ían|e|en)\s+(?:a|al)\b",
    "fr": r"(?<!\w)se\s+(?:dirige(?:a|ant|ait|aient|nt)?|dirigèrent|rend(?:it|irent|ait|aient|ent)?)\b"
    r"|(?<!\w)(?:retourn|rentr)(?:a|èrent|ait|aient|e|ent)\b|(?<!\w)rev(?:int|inrent|enait|enaient)\b",
    "de": r"(?<!\w)begab(?:en)?\s+sich\b|(?<!\w)(?:kehrte|kehrten)\s+(?:\w+\s+){0,5}?(?:zurück|heim)\b",
}


# -- setting out on a journey, no place named: the travellers are on their way ------------------------------
# a closed class per language: the idioms of setting out whose verb is no verb of going in the tables
_SETTING_OUT = {
    "en": r"\b(?:set|sets|setting|started|starts)\s+(?:out|off)\b|\b(?:went|go|goes|set)\s+on\s+(?:a|an|the|his|her|"
    r"their|its|our)\s+(?:long\s+)?(?:journey|trip|travels?|way)\b",
    "de": r"(?<!\w)(?:machte|machten|macht|machen)\s+sich\s+(?:\w+\s+){0,2}?auf\s+den\s+weg\b|(?<!\w)(?:brach|brachen|"
    r"zog|zogen)\s+(?:\w+\s+){0,2}?(?:auf|los)\b",
    "es": r"(?<!\w)(?:sali(?:ó|eron)|parti(?:ó|eron))\s+de\s+viaje\b|(?<!\w)se\s+(?:puso|pusieron)\s+en\s+camino\b"
    r"|(?<!\w)emprendi(?:ó|eron)\s+(?:el|un|su)\s+(?:viaje|camino)\b",
    "fr": r"(?<!\w)se\s+(?:mit|mirent|met|mettent)\s+en\s+(?:route|chemin)\b|(?<!\w)(?:partit|partirent)\s+en\s+voyage\b",
    "ru": r"(?<!\w)(?:отправил|пустил)(?:ся|ась|ись)\s+в\s+(?:путь|дорогу)(?!\w)",
    "ja": r"(?:旅|たび)に(?:出|で)|(?:旅立|たびだ)",
    "hi": r"(?:चल|निकल)\s+(?:पड़ा|पड़ी|पड़े|पडा|पडी|पडे)|यात्रा\s+पर\s+(?:निकल|चल)",
}


# travelling with no end named ("roamed abroad for years", "journeyed north", "reiste durch die Welt",
# "voyagea de par le monde", "viajó por todo el mundo"): the verb with an adverb of wide or far going, a
# closed class per language; where the sentence names a place it goes to, that place is read first
_ROAMING = {
    "en": r"\b(?:travell?(?:ed|s|ing)?|journey(?:ed|s|ing)?|wander(?:ed|s|ing)?|roam(?:ed|s|ing)?)\s+(?:all\s+over|"
    r"far\s+and\s+wide|far\s+away|abroad|(?:all\s+)?(?:a|the)round\s+the\s+world|through\s+the\s+(?:whole\s+)?world|"
    r"(?:north|south|east|west)(?:wards?)?\b|for\s+(?:many\s+|long\s+|several\s+)?(?:days|weeks|months|years))",
    "de": r"(?<!\w)(?:reiste|reisten|wanderte|wanderten|zog|zogen)\s+(?:[^\W\d_]+\s+){0,2}?(?:umher|weit\s+fort|"
    r"durch\s+die\s+(?:ganze\s+|weite\s+)?welt|in\s+die\s+(?:weite\s+)?welt)(?!\w)",
    "fr": r"(?<!\w)(?:voyag(?:ea|èrent|eait|eaient)|parcour(?:ut|urent|ait|aient))\s+(?:longtemps|partout|loin|"
    r"(?:de\s+par|à\s+travers|dans\s+tout)\s+le\s+monde|le\s+monde|le\s+pays)(?!\w)",
    "es": r"(?<!\w)(?:viaj(?:ó|aron|aba|aban)|recorri(?:ó|eron)|anduv(?:o|ieron))\s+(?:por\s+todo\s+el\s+(?:mundo|país)|"
    r"por\s+el\s+mundo|el\s+mundo|lejos|mucho\s+tiempo)(?!\w)",
}


def setting_out(text: str, language: str) -> str | None:
    """The words of an idiom of setting out on a journey ("set off", "machten sich auf den Weg", "salieron de
    viaje", "旅に出ました", "चल पड़े") or of travelling with no end named ("journeyed north"), or
    None: its travellers walk on their way."""
    for table in (_SETTING_OUT, _ROAMING):
        pattern = table.get(language)
        hit = re.search(pattern, text, re.I) if pattern else None
        if hit:
            return hit.group(0)
    return None


def going_idiom(text: str, language: str) -> str | None:
    """The words of an idiom of going the sentence uses ("made her way"), or None."""
    pattern = _GOING.get(language)
    hit = re.search(pattern, text, re.I) if pattern else None
    return hit.group(0) if hit else None


# -- the place a sentence sets its people in: named just after a preposition of being in or at it -----------
# a closed class per language: the prepositions (with their contracted articles) and the articles and
# possessives that may stand between them and the place's name
_AT = {
    "en": {"in", "inside", "within", "at"},
    "de": {"im", "in", "am", "an", "auf", "beim"},
    "es": {"en", "dentro"},
    "fr": {"dans", "au", "à", "en"},
    "it": {"in", "nel", "nella", "nello", "al", "alla", "dentro"},
    "pt": {"em", "no", "na", "dentro"},
}
_BETWEEN = {
    "en": {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "old", "little", "big", "small"},
    "de": {"der", "dem", "den", "die", "das", "einem", "einer", "seinem", "seiner", "ihrem", "ihrer", "kleinen"},
    "es": {"el", "la", "los", "las", "un", "una", "su", "sus", "de", "del"},
    "fr": {"la", "le", "les", "l", "un", "une", "sa", "son", "ses", "leur", "petit", "petite"},
    "it": {"la", "il", "lo", "l", "una", "un", "sua", "suo"},
    "pt": {"a", "o", "uma", "um", "sua", "seu"},
}


# the prepositions that only ever take one into a place, whatever the verb ("slipped into the shed",
# "huschte ins Haus"): a closed class per language; "in", "dans", "en" also say where one already is
_INTO = {"en": {"into"}, "de": {"ins"}, "nl": {"binnen"}}


def gone_into(text: str, language: str) -> tuple[str, list[str]] | None:
    """The place the sentence goes into by any verb ("slipped into the barn"), or None."""
    return located_in(text, language, _INTO.get(language, set()))


def located_in(text: str, language: str, prepositions: set[str] | None = None) -> tuple[str, list[str]] | None:
    """The place the sentence sets its people in ("sat in the kitchen", "im Garten", "dans sa chambre"),
    or None; a place only seen or thought of ("dreamed of the forest") does not count."""
    at, between = _AT.get(language) if prepositions is None else prepositions, _BETWEEN.get(language, set())
    if not at:
        return None
    low = text.lower()
    for match in vocabulary.places(language).find(text):
        if match.key in HEADING_ONLY:
            continue
        for word in match.words:
            for hit in re.finditer(rf"(?<![\w'-]){re.escape(word.lower())}(?![\w'-])", low):
                before = re.findall(r"[^\W\d_]+", low[max(0, hit.start() - 40) : hit.start()])
                while before and before[-1] in between:
                    before.pop()
                if before and before[-1] in at and not seen_or_thought_of(low, hit.start(), hit.end(), language):
                    return match.key, [word]
    return None


# -- riding a vehicle: the sentence is where the vehicle goes -----------------------------------------------
# a vehicle thing (script/data/words things) -> the setting that holds someone riding it
# (a car driven is drawn ridden where the story is: script/key_things.py)
VEHICLE_SETTING = {
    "train": "train",
    "tram": "city",
    "bus": "road",
    "coach": "road",
    "boat": "sea",
    "ship": "ship_deck",
}
# the verb classes that ride, take or go by a vehicle ("caught the bus", "tomó el tren", "fuhr mit dem Zug")
RIDING = {"ride", "take", "go"}
# leaving the vehicle is no ride ("got off the bus", "stieg aus dem Zug", "bajó del tren")
_LEAVING = {
    "en": r"\b(?:off|out\s+of|from)\s+(?:the|a|an|his|her|their)?\s*$",
    "de": r"(?<!\w)(?:aus|von)\s+(?:dem|der|einem|einer)?\s*$",
    "es": r"(?<!\w)(?:del|de\s+la|de)\s*$",
    "fr": r"(?<!\w)(?:du|de\s+la|de)\s*$",
}


def ridden(text: str, language: str, verb: str) -> tuple[str, list[str]] | None:
    """The setting of the vehicle the sentence rides ("rode the bus": the road) and its word, or None."""
    if verb not in RIDING:
        return None
    low = text.lower()
    leaving = _LEAVING.get(language)
    for match in vocabulary.things(language).find(text):
        setting = VEHICLE_SETTING.get(match.key)
        if setting is None:
            continue
        word = match.words[0]
        at = low.find(word.lower())
        if leaving and at >= 0 and re.search(leaving, low[max(0, at - 20) : at]):
            continue
        # "went by bus", "fuhr mit dem Zug", "fue en tren": going is riding by the vehicle, not to it
        before = re.findall(r"[^\W\d_]+", low[max(0, at - 30) : at])
        while before and before[-1] in _BETWEEN.get(language, set()):
            before.pop()
        if verb == "go" and not (before and before[-1] in _BY.get(language, set())):
            continue
        return setting, [word]
    return None


# the prepositions of going by a vehicle: a closed class per language
_BY = {
    "en": {"by", "on", "in", "aboard"},
    "de": {"mit", "im", "in"},
    "es": {"en", "con"},
    "fr": {"en", "par", "dans"},
    "it": {"in", "con", "col"},
    "pt": {"de", "em", "no", "na"},
}


def end_of_ride(text: str, language: str, vehicle: str, words: list[str]) -> tuple[str, list[str]] | None:
    """Where a ride goes, where the sentence names it after the vehicle ("the train to the city": the city),
    or None."""
    at = max((text.lower().find(w.lower()) for w in words), default=-1)
    found = [
        m
        for m in vocabulary.places(language).find(text)
        if m.key not in HEADING_ONLY
        and m.key != vehicle
        and m.position > at
        and not set(w.lower() for w in m.words) & {w.lower() for w in words}
    ]
    return (found[-1].key, list(found[-1].words)) if found else None


# -- a doing the place cannot hold: swimming, rowing or sailing in a room, going outside a house ----------
# the settings with water enough to swim in or to float a boat on
WATERS = frozenset({"sea", "beach", "pond", "river", "swimming_pool", "ship_deck", "swamp", "lighthouse_room"})
_TOWN = frozenset({"city", "market", "village", "desert_town"})
# the rooms of a home: outside them is the garden behind the house
_HOME_ROOMS = frozenset(
    {"living_room", "kitchen", "bedroom", "hallway", "pantry", "cellar", "tool_shed", "cabin", "trailer"}
)
_GRAND_ROOMS = frozenset({"great_hall", "ballroom", "bedchamber", "throne_room"})
_SCHOOL = frozenset({"classroom", "school_corridor"})
# going out of doors without naming where: a closed class of adverbs per language
_OUTSIDE = {
    "en": r"\b(?:outside|outdoors|out\s+of\s+doors|out\s+of\s+the\s+house|out\s+into\s+the\s+(?:air|sun|night|rain))\b",
    "es": r"(?<!\w)(?:afuera|fuera\s+de\s+casa|al\s+aire\s+libre)(?!\w)",
    "fr": r"(?<!\w)(?:dehors|au\s+dehors|en\s+plein\s+air)(?!\w)",
    "de": r"(?<!\w)(?:hinaus|nach\s+draußen|ins\s+freie|vor\s+die\s+tür)(?!\w)",
    "it": r"(?<!\w)(?:fuori|all'aperto)(?!\w)",
    "pt": r"(?<!\w)(?:lá\s+fora|para\s+fora|ao\s+ar\s+livre)(?!\w)",
}
_GOING_CLASSES = frozenset({"walk", "run", "go", "arrive", "chase"})


def fitting_setting(text: str, language: str, verb: str, setting: str) -> tuple[str, list[str]] | None:
    """Where a sentence that names no place must be, when its doing cannot be done where the scene is: a
    swim or a boat in a room or a street goes to water; going outside a building goes out of it. None where
    the place holds it."""
    if verb == "swim" and setting not in WATERS:
        built = setting in INTERIOR_PLACES or setting in _TOWN
        return ("swimming_pool" if built else "river"), []
    if verb == "row" and setting not in WATERS:
        return "sea", []
    pattern = _OUTSIDE.get(language)
    hit = re.search(pattern, text, re.I) if pattern and verb in _GOING_CLASSES else None
    if hit is None or setting not in INTERIOR_PLACES:
        return None
    if setting in _HOME_ROOMS:
        return "garden", [hit.group(0)]
    if setting in _GRAND_ROOMS:
        return "palace", [hit.group(0)]
    return ("patio" if setting in _SCHOOL else "city"), [hit.group(0)]

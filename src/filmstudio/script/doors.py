"""Going out and coming in, leaving and passing, and being on the way: the sentences that change where the
next one happens without naming where it is.

- a place named only as the one left or passed through ("went out of the village and through the forest to
  the lake", "salió de la casa", "verließ das Schloss", "घर से निकला") is not where the sentence goes;
- going out ("went out", "sortit", "ging hinaus", "salió", "बाहर निकला") takes an inside place to its
  outside (a room of a home to the garden, a palace's hall to the palace), coming in ("came in", "entra",
  "kam herein", "अंदर आया") takes an outside place to the inside last left, or to its own inside;
- "on the way" ("en chemin", "unterwegs", "por el camino", "रास्ते में") is a road, where the scene is a
  place someone has not yet set out from or already reached.

Read by script/staging.py on each narrated sentence. Each pattern is a closed class of a language's grammar:
its prepositions of source and path, its verbs and adverbs of going out and in, its phrases of the way."""

from __future__ import annotations

import re

from filmstudio.script.journeys import place_namings
from filmstudio.script.places import BY_NAME

# -- a place left or passed through: its preposition (or verb of leaving) right before it, or after it ------
_LEFT_BEFORE = {
    "en": r"(?:from|out\s+of|away\s+from|left|leaving|leaves|leave|quit|exited)",
    "es": r"(?:de|del|desde|dej(?:ó|aron|ando)|abandon(?:ó|aron|ando))",
    "fr": r"(?:de|du|des|d'|depuis|hors\s+d[eu']|quitt(?:a|èrent|ant|e|ent))",
    # "verließ Greta das Haus": the subject may stand between the verb and the place it leaves
    "de": r"(?:aus|von|vom|(?:verließ|verließen|verlässt)(?:\s+[^\W\d_]+){0,3}?)",
    "it": r"(?:da|dal|dalla|dallo|dai|lasciò|lasciarono)",
    "pt": r"(?:de|do|da|dos|das|desde|deixou|deixaram)",
}
# passed through, or only beside: "through the forest", "behind the house", "hinter dem Haus", "près du moulin"
_PASSED_BEFORE = {
    "en": r"(?:through|thru|past|via|beyond|behind|beside|near|next\s+to|in\s+front\s+of|opposite)",
    "es": r"(?:por|a\s+través\s+de|detrás\s+de|junto\s+a|cerca\s+de|delante\s+de|frente\s+a)",
    "fr": r"(?:par|à\s+travers|derrière|près\s+d[eu']|à\s+côté\s+d[eu']|devant|en\s+face\s+d[eu'])",
    "de": r"(?:durch|durchs|hinter|hinterm|neben|nahe|vor|vorm|gegenüber)",
    "it": r"(?:per|attraverso|dietro|vicino\s+a|accanto\s+a|davanti\s+a)",
    "pt": r"(?:por|pelo|pela|através\s+d[oa]|atrás\s+d[oa]|perto\s+d[oa]|ao\s+lado\s+d[oa]|em\s+frente\s+a)",
}
_LEFT_AFTER = {
    "hi": r"^\s*(?:से|को\s+छोड़|के\s+बाहर|से\s+बाहर)(?!\s+होकर)",
    "de": r"^\s+(?:[^\W\d_]+\s+)?(?:verlassen|verließ|verließen|hinaus|heraus)(?!\w)",
    "ja": r"^(?:を)(?:はなれ|離れ|出|で)|^(?:から)",
}
_PASSED_AFTER = {
    "hi": r"^\s*(?:से\s+होकर|के\s+(?:पीछे|पास|बगल|सामने))",
    "de": r"^\s+(?:[^\W\d_]+\s+)?vorbei(?!\w)",
    "ja": r"^(?:を)(?:通|とお)",
}
_ARTICLES = {
    "en": r"(?:(?:the|a|an|his|her|their|its|my|our|your|that|this|old|little|big|small|dark|whole)\s+)*",
    "es": r"(?:(?:el|la|los|las|un|una|su|sus|viejo|vieja)\s+)*",
    "fr": r"(?:(?:le|la|les|un|une|son|sa|ses|leur|vieux|vieille|petit|petite)\s+|l')*",
    "de": r"(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|seinem|seinen|ihrem|ihren|alten|kleinen)\s+)*",
    "it": r"(?:(?:il|la|lo|i|le|gli|un|una|suo|sua)\s+|l')*",
    "pt": r"(?:(?:o|a|os|as|um|uma|seu|sua)\s+)*",
}


def _led(before: dict[str, str], after: dict[str, str], text: str, start: int, end: int, language: str) -> bool:
    low = text.lower()
    behind = after.get(language)
    if behind is not None and re.match(behind, low[end : end + 30]):
        return True
    lead = before.get(language)
    if lead is None:
        return False
    clause = re.split(r"[.!?;:,]", low[max(0, start - 50) : start])[-1]
    return bool(re.search(rf"(?<![\w'-]){lead}\s*{_ARTICLES.get(language, '')}(?:[^\W\d_]+\s+)?$", clause))


def left(text: str, start: int, end: int, language: str) -> bool:
    """Whether the place named at text[start:end] is only the one left ("out of the village", "de la
    maison", "घर से"): where they were, not where they go."""
    return _led(_LEFT_BEFORE, _LEFT_AFTER, text, start, end, language)


def passed_through(text: str, start: int, end: int, language: str) -> bool:
    """Whether the place named at text[start:end] is one passed through or only beside ("through the forest",
    "par le bois", "hinter dem Haus"): where they are only while the sentence names no place they go to."""
    return _led(_PASSED_BEFORE, _PASSED_AFTER, text, start, end, language)


# -- going out of doors, coming in ------------------------------------------------------------------------
_OUT = {
    "en": r"\b(?:went|go|goes|going|ran|run|runs|stepped|steps|walked|walks|hurried|rushed|came|comes|slipped|"
    r"crept|dashed|wandered|got|headed)\s+(?:back\s+|straight\s+|quickly\s+|slowly\s+|quietly\s+)?"
    r"(?:out|outside|outdoors)\b(?!\s+(?:to|into|onto|in)\b)",
    "fr": r"(?<!\w)(?:sortit|sortirent|sort|sortent|sortait|sortaient|ressortit|ressortirent|(?:est|sont|était|"
    r"étaient)\s+(?:re)?sortie?s?|dehors)(?!\w)(?!\s+(?:un|une|des|le|la|les|son|sa|ses|leur|leurs|l')(?!\w))",
    "de": r"(?<!\w)(?:hinaus|heraus|raus|nach\s+draußen|ins\s+freie|vor\s+die\s+tür)(?!\w)",
    "es": r"(?<!\w)(?:sali(?:ó|eron)|sale|salen|salía|salían|afuera|fuera\s+de\s+casa)(?!\w)"
    r"(?!\s+(?:el|la)\s+(?:sol|luna)(?!\w))",
    "it": r"(?<!\w)(?:uscì|uscirono|esce|escono|usciva|uscivano|fuori)(?!\w)",
    "pt": r"(?<!\w)(?:saiu|saíram|sai|saem|saía|saíam|lá\s+fora|para\s+fora)(?!\w)",
    "hi": r"बाहर\s+(?:\S+\s+)?(?:निकल|गया|गई|गए|गयी|आया|आई|आए|चला|चली|चले|भाग|दौड़)",
    "ja": r"(?:外|そと)(?:に|へ)(?:出|で)",
}
_IN = {
    "en": r"\b(?:went|go|goes|came|come|comes|stepped|ran|walked|hurried|rushed|slipped|crept|got|headed)\s+"
    r"(?:back\s+|straight\s+)?(?:in|inside|indoors)\b(?!\s+(?:the|a|an|his|her|their|to|at)\b)",
    "fr": r"(?<!\w)(?:entra|entrèrent|rentra|rentrèrent|rentre|rentrent|(?:est|sont)\s+(?:r?entrée?s?))(?!\w)"
    r"(?!\s+(?:dans|à|au|en)(?!\w))",
    "de": r"(?<!\w)(?:herein|hinein|rein|nach\s+drinnen|ins\s+haus)(?!\w)",
    "es": r"(?<!\w)(?:entr(?:ó|aron)|volvi(?:ó|eron)\s+a\s+entrar|adentro)(?!\w)(?!\s+(?:en|a|al)(?!\w))",
    "it": r"(?<!\w)(?:entrò|entrarono|rientrò|rientrarono|dentro)(?!\w)(?!\s+(?:in|nel|nella)(?!\w))",
    "pt": r"(?<!\w)(?:entrou|entraram|para\s+dentro)(?!\w)(?!\s+(?:em|no|na)(?!\w))",
    "hi": r"(?:अंदर|अन्दर|भीतर)\s+(?:\S+\s+)?(?:गया|गई|गए|गयी|चला|चली|चले|आया|आई|आए|घुस)",
    "ja": r"(?:中|なか|家|いえ)(?:に|へ)(?:入|はい)",
}
_GOING = frozenset({"walk", "run", "go", "arrive", "chase", "jump", "fly"})

# the outside of an inside place, and the inside of an outside one (where its setting's name is the same
# place seen from either side, the side changes alone)
_HOME_ROOMS = frozenset({"living_room", "kitchen", "bedroom", "hallway", "pantry", "cellar"})
_GRAND_ROOMS = frozenset({"great_hall", "ballroom", "bedchamber", "throne_room"})
_SCHOOL = frozenset({"classroom", "school_corridor"})
_HOMES_OUTSIDE = frozenset({"garden", "patio", "farm", "village", "park"})


def outside_of(setting: str) -> str:
    """Where one goes out to from an inside place: a home's garden, a palace seen from outside, a school's yard,
    the street; a place drawn from either side is itself, seen from outside."""
    if setting in _HOME_ROOMS:
        return "garden"
    if setting in _GRAND_ROOMS:
        return "palace"
    if setting in _SCHOOL:
        return "patio"
    place = BY_NAME.get(setting)
    return setting if place is not None and place.interior is None else "city"


def inside_of(setting: str) -> str | None:
    """Where one comes in to from an outside place, where the story has not said: a home's living room, a
    palace's hall; a place drawn from either side is itself, seen from inside; None where there is no inside."""
    if setting in _HOMES_OUTSIDE:
        return "living_room"
    if setting == "palace":
        return "great_hall"
    place = BY_NAME.get(setting)
    return setting if place is not None and place.interior is None else None


def going_out(text: str, language: str, verb: str) -> list[str] | None:
    """The words that take the sentence's people out of doors ("went out", "sortit", "बाहर निकला"), or None."""
    return _words(_OUT, text, language, verb)


def coming_in(text: str, language: str, verb: str) -> list[str] | None:
    """The words that take the sentence's people indoors ("came in", "entra", "kam herein"), or None."""
    return _words(_IN, text, language, verb)


def _words(table: dict[str, str], text: str, language: str, verb: str) -> list[str] | None:
    pattern = table.get(language)
    if pattern is None or (verb not in _GOING and language not in ("de", "hi", "ja")):
        return None  # where the direction is an adverb of its own, the verb table may not know the verb
    hit = re.search(pattern, text.lower())
    return [text[hit.start() : hit.end()]] if hit else None


def leaving(text: str, language: str, verb: str) -> tuple[str, bool] | None:
    """The words of the place the sentence only leaves ("left the palace", "salió de la casa"), where it names
    no other place to go to, and whether that place is a room (left for the house's outside, not the road);
    None otherwise."""
    if verb not in _GOING:
        return None
    namings = place_namings(text.lower(), language)
    if not namings or not all(left(text, start, end, language) for start, end, _ in namings):
        return None
    start, end, key = namings[0]
    return text[start:end], bool(BY_NAME[key].interior) if key in BY_NAME else False


# -- on the way -------------------------------------------------------------------------------------------
_ON_THE_WAY = {
    "en": r"\b(?:on\s+(?:the|his|her|their|its|my|our|your)\s+way|along\s+the\s+way|halfway\s+there)\b",
    "es": r"(?<!\w)(?:(?:por|en)\s+el\s+camino|de\s+camino|a\s+mitad\s+de\s+camino)(?!\w)",
    "fr": r"(?<!\w)(?:en\s+chemin|en\s+route|sur\s+(?:le|son|leur)\s+chemin|à\s+mi-chemin)(?!\w)",
    "de": r"(?<!\w)(?:unterwegs|auf\s+dem\s+wege?|auf\s+halbem\s+wege?)(?!\w)",
    "it": r"(?<!\w)(?:(?:per|lungo)\s+la\s+strada|strada\s+facendo|a\s+metà\s+strada)(?!\w)",
    "pt": r"(?<!\w)(?:(?:no|pelo)\s+caminho|a\s+meio\s+caminho)(?!\w)",
    "hi": r"(?:रास्ते|राह)\s+(?:में|पर)",
    "ja": r"(?:とちゅう|途中)",
}
# the open places that are a way themselves: "on the way" through a forest is still the forest
WAYS = frozenset({"road", "forest", "mountains", "desert", "snowfield", "landscape", "river", "swamp", "beach"})


def on_the_way(text: str, language: str) -> list[str] | None:
    """The words that set the sentence on the way between places ("on the way", "en chemin"), or None."""
    pattern = _ON_THE_WAY.get(language)
    hit = re.search(pattern, text.lower()) if pattern else None
    return [text[hit.start() : hit.end()]] if hit else None

"""Where a scene is while a journey is told: a place someone is still going to ("was walking to the market",
"iba al mercado", "allait au moulin", "war unterwegs in die Stadt", "बाज़ार जा रही थी", "市場へむかっていました")
is the end of a way not yet walked, so the scene is on the road (where "walked to the market", "llegó al
mercado", "kam in die Stadt" are there); a place someone goes INTO without naming it ("He went inside.",
"Entró.", "Il entra.", "वह अंदर गया", "中にはいって") is the one just seen; and the place where someone is
left ("left the kids at home") is where the scene stays when the ones left are told of next.

Read on lower-cased text by script/place_choice.py (the way), script/scenes.py (those left) and
script/staging.py (each sentence's place). Each pattern is a closed class of a language's grammar: its
progressive or imperfective forms of the verbs of going, its words for going in, leaving behind."""

from __future__ import annotations

import re
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.places import HEADING_ONLY

# -- a journey still under way: the verb's aspect says the place is not reached yet -------------------------
_ARTICLES = {
    "en": r"(?:(?:the|a|an|his|her|their|its|my|our|your|that|this)\s+)?",
    "es": r"(?:(?:el|la|los|las|un|una|su|sus)\s+)?",
    "fr": r"(?:(?:la|le|les|un|une|son|sa|ses|leur)\s+|l')?",
    "de": r"(?:(?:der|die|das|den|dem|einem|einer|seinem|seiner|ihrem|ihrer)\s+)?",
    "it": r"(?:(?:il|la|lo|i|le|gli|un|una|l')\s*)?",
    "pt": r"(?:(?:o|a|os|as|um|uma)\s+)?",
}
_ADJECTIVE = r"(?:[^\W\d_]+\s+)?"  # one word may stand between the article and the place ("the old mill")
# the progressive or imperfective of a verb of going, then the preposition of a goal, right before the place
_UNDER_WAY_BEFORE = {
    # "was walking to town", "were heading for the village", "walking to town with a basket"; not "came
    # running to the house" (arrived)
    "en": r"(?<!\bcame\s)(?<!\bcome\s)(?<!\bcomes\s)\b(?P<way>(?:(?:was|were|is|are|am)\s+(?:(?:still|just|now|already|"
    r"slowly|busily)\s+)?)?(?:walking|going|heading|hurrying|trudging|travell?ing|riding|driving|marching|wandering|"
    r"rushing|strolling|sailing|cycling|journeying|returning|making\s+(?:his|her|their|its|my|our|your)\s+way|"
    # what is driven or carried along: "were driving their cow to the market", "taking the eggs to town"
    # and a load carried along, a past told as much as a progressive: "carried a bundle of firewood to the town"
    r"(?:driving|leading|taking|carrying|herding|pushing|pulling|wheeling|carried|bore|lugged|hauled|wheeled)\s+"
    r"(?:the|a|an|his|her|their|its|our|my|some)(?:\s+[^\W\d_]+){1,3}))"
    r"\s+(?:back\s+|home\s+|down\s+|up\s+|over\s+|along\s+|on\s+|off\s+)?(?:to|towards?|for)\s+",
    # "iba al mercado", "caminaba hacia el pueblo", "se dirigían a la aldea", "estaba yendo al río"
    "es": r"(?<!\w)(?P<way>(?:se\s+)?(?:iba|iban|caminaba|caminaban|andaba|andaban|corría|corrían|marchaba|marchaban|"
    r"viajaba|viajaban|volvía|volvían|regresaba|regresaban|dirigía|dirigían|encaminaba|encaminaban|llevaba|llevaban|"
    r"(?:estaba|estaban)\s+(?:yendo|caminando|andando|corriendo|viajando|volviendo|regresando)))"
    r"\s+(?:[^\W\d_]+\s+){0,5}?(?:a|al|hacia|para|rumbo\s+al?)\s+",
    # "allait au moulin", "marchait vers le village", "se rendaient à la ville", "était en route pour"
    "fr": r"(?<!\w)(?P<way>(?:s'en\s+|se\s+)?(?:allait|allaient|marchait|marchaient|courait|couraient|rendait|"
    r"rendaient|dirigeait|dirigeaient|retournait|retournaient|rentrait|rentraient|cheminait|cheminaient|"
    r"voyageait|voyageaient|menait|menaient|emmenait|emmenaient|conduisait|conduisaient|portait|portaient|"
    r"apportait|apportaient))\s+(?:[^\W\d_']+\s+){0,5}?(?:à|au|aux|vers|en|pour|jusqu'à|jusqu'au)\s+",
    # German has no progressive: "unterwegs", "in Richtung", "ging gerade in die Stadt" say it
    "de": r"(?<!\w)(?P<way>unterwegs|in\s+richtung|(?:ging|gingen|lief|liefen|wanderte|wanderten|fuhr|fuhren|eilte|"
    r"eilten|ritt|ritten)\s+(?:\w+\s+)?gerade)\s+(?:[^\W\d_]+\s+){0,2}?(?:nach|zum|zur|zu|ins|in|an|auf)?\s*"
    # a load carried along: "trug das Bündel Holz zur Stadt"
    r"|(?<!\w)(?P<off>trug|trugen|schleppte|schleppten)\s+(?:[^\W\d_]+\s+){1,8}?(?:nach|zum|zur|ins|in)\s+",
    # Russian tells a journey under way by its imperfective verbs of going and carrying: "нёс вязанку дров в город"
    "ru": r"(?<!\w)(?P<way>нёс|несла|несли|вёз|везла|везли|тащил[аи]?|шёл|шла|шли|ехал[аи]?|брёл|брела|брели)\s+"
    r"(?:[^\W\d_]+\s+){0,4}?(?:в|во|на|к|ко)\s+",
    "it": r"(?<!\w)(?P<way>(?:andava|andavano|camminava|camminavano|correva|correvano|tornava|tornavano|"
    r"si\s+dirigeva|si\s+dirigevano|stava\s+andando|stavano\s+andando|portava|portavano|conduceva|conducevano))\s+(?:[^\W\d_']+\s+){0,5}?"
    r"(?:a|al|alla|allo|verso|in|nel|nella)\s+",
    "pt": r"(?<!\w)(?P<way>(?:ia|iam|caminhava|caminhavam|andava|andavam|corria|corriam|voltava|voltavam|"
    r"levava|levavam|conduzia|conduziam|(?:estava|estavam)\s+(?:indo|caminhando|andando|voltando)))\s+(?:[^\W\d_]+\s+){0,5}?"
    r"(?:para|ao|à|a|até|rumo\s+ao?)\s+",
}
# setting out for a place is not being there yet: "set out for the city", "salió hacia la ciudad", "partit pour
# la ville", "machte sich auf den Weg in die Stadt"
_SETTING_OUT_FOR = {
    "en": r"\b(?P<way>(?:set|sets|setting|started|starts|starting)\s+(?:out|off)|left|leaves|leaving|departed|departs|"
    r"departing|bound)\s+(?:again\s+)?(?:for|towards?)\s+|\b(?P<off>(?:set|sets|setting|started|starting)\s+"
    r"(?:out|off))\s+to\s+",
    "es": r"(?<!\w)(?P<way>sali(?:ó|eron|endo)|parti(?:ó|eron|endo)|se\s+(?:puso|pusieron)\s+en\s+camino|"
    r"emprendi(?:ó|eron)\s+(?:el\s+)?(?:camino|viaje)|se\s+march(?:ó|aron))\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:hacia|para|rumbo\s+al?)\s+",
    "fr": r"(?<!\w)(?P<way>partit|partirent|partant|s'en\s+alla|s'en\s+allèrent|se\s+(?:mit|mirent)\s+en\s+"
    r"(?:route|chemin))\s+(?:[^\W\d_']+\s+){0,2}?(?:pour|vers)\s+",
    "de": r"(?<!\w)(?P<way>(?:machte|machten)\s+sich\s+(?:\w+\s+){0,2}?auf\s+den\s+weg|brach|brachen)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:nach|zum|zur|in|ins)\s+",
}
# languages whose verb follows the place: बाज़ार जा रही थी, गाँव की ओर चल पड़ा, 市場へむかっていました, 村へ行くとちゅう
_UNDER_WAY_AFTER = {
    "hi": r"^\s*(?:(?:की|के)\s+(?:ओर|तरफ़|तरफ)\s+|को\s+)?(?P<way>(?:जा|चल|दौड़|भाग|लौट)\s+(?:रहा|रही|रहे)\s+"
    r"(?:था|थी|थे|है|हैं|हूँ))|^\s*(?:की|के)\s+(?:ओर|तरफ़|तरफ)\s+(?P<toward>\S+)"
    r"|^\s*(?:के|की)\s+(?P<road>(?:रास्ते|राह)\s+(?:में|पर))|^\s*के\s+लिए\s+(?P<off>(?:निकल|चल)\S*)",
    "ja": r"^(?:の(?:方|ほう))?(?:へ|に)(?P<way>[^、。！？\s]{0,6}?(?:とちゅう|途中|向かって|むかって|向かう|むかう|"
    r"向かい|むかい|行くところ|いくところ|運んでい|はこんでい|持っていくところ|もっていくところ))|^(?:へ|に)(?:むけて|向けて)?(?P<off>出発|しゅっぱつ|旅立|たびだ)",
}


@lru_cache(maxsize=32)
def _before(language: str) -> tuple[re.Pattern[str], ...]:
    ways = [p for p in (_UNDER_WAY_BEFORE.get(language), _SETTING_OUT_FOR.get(language)) if p]
    goal = _ARTICLES.get(language, "") + _ADJECTIVE + "$"
    return tuple(re.compile(f"(?:{way}){goal}") for way in ways)


def _way_to(low: str, start: int, end: int, language: str) -> tuple[int, str] | None:
    """Where the way someone is still on to the place named at low[start:end] is told, and its words."""
    after = _UNDER_WAY_AFTER.get(language)
    if after is not None:
        hit = re.match(after, low[end : end + 40])
        if hit is None:
            return None
        group = next(g for g in ("way", "toward", "road", "off") if hit.groupdict().get(g))
        return end + hit.start(group), hit.group(group)
    clause = re.split(r"[.!?;:,—«»“”\"]", low[max(0, start - 80) : start])[-1]
    hit = next((h for pattern in _before(language) if (h := pattern.search(clause))), None)
    if hit is None:
        return None
    group = "way" if hit.groupdict().get("way") else "off"
    return start - len(clause) + hit.start(group), hit.group(group)


def still_going_to(low: str, start: int, end: int, language: str) -> bool:
    """Whether a place is named as the end of a journey still under way ("was walking to the market")."""
    return _way_to(low, start, end, language) is not None


def place_namings(low: str, language: str) -> list[tuple[int, int, str]]:
    """Every naming of a place in a text: its start, its end and its key."""
    spaceless = language in ("ja", "zh")
    found = []
    for match in vocabulary.places(language).find(low):
        if match.key in HEADING_ONLY:
            continue
        for word in match.words:
            pattern = re.escape(word.lower()) if spaceless else rf"(?<![\w'-]){re.escape(word.lower())}(?![\w'-])"
            found += [(hit.start(), hit.end(), match.key) for hit in re.finditer(pattern, low)]
    return sorted(set(found))


def ways_under_way(low: str, language: str) -> list[tuple[int, int, str]]:
    """Where a text tells a journey still under way to a place: the way's start, the place's end, and the
    way's words."""
    ways = []
    for start, end, _key in place_namings(low, language):
        way = _way_to(low, start, end, language)
        if way is not None:
            ways.append((min(way[0], start), max(end, way[0] + len(way[1])), way[1]))
    return ways


# -- going in, the place not named: the place just seen ("At dusk he saw a cave. He went inside.") --------
_GOING_IN = {
    "en": r"\b(?:went|go|goes|walked|stepped|crept|crawled|ran|hurried|slipped|ducked|climbed|came|wandered|"
    r"squeezed)\s+(?:back\s+|straight\s+|slowly\s+|quickly\s+)?(?:in|inside)\b(?!\s+(?:the|a|an|his|her|their)\b)"
    r"|\b(?:entered|enters)\s*(?:it\b|[.!?,;]|$)|\binto\s+it\b",
    "es": r"(?<!\w)(?:entr(?:ó|aron|a|an)|se\s+meti(?:ó|eron))(?:\s+(?:en\s+(?:ella|él)|dentro))?\s*(?:[.,;!?]|y\s|$)"
    r"|(?<!\w)(?:fue|fueron|pasó|pasaron)\s+(?:a\s+)?dentro(?!\w)",
    "fr": r"(?<!\w)(?:y\s+)?(?:entra|entrèrent|pénétra|pénétrèrent)\s*(?:[.,;!?]|et\s|$)|(?<!\w)y\s+(?:entra|pénétra)",
    "de": r"(?<!\w)(?:hinein|herein|trat\s+ein|traten\s+ein|betrat\s+sie|betraten\s+sie|betrat\s+ihn|betrat\s+es)"
    r"(?!\w)",
    "it": r"(?<!\w)(?:(?:vi|ci)\s+entr\w+|entrò|entrarono)\s*(?:[.,;!?]|e\s|$)",
    "pt": r"(?<!\w)(?:entrou|entraram)\s*(?:[.,;!?]|e\s|$)",
    "hi": r"(?:अंदर|अन्दर|भीतर)\s+(?:गया|गई|गए|गयी|चला|चली|चले|घुस|आया|आई|आए)|उसमें\s+(?:घुस|गया|गई)",
    "ja": r"^[^。]{0,12}?(?:中|なか)(?:に|へ)(?:入|はい)",
}


def place_gone_into(text: str, before: str, language: str) -> tuple[str, list[str]] | None:
    """The place a sentence goes into without naming it ("He went inside."): the last one the sentence before
    it named ("he saw a cave"), with its word; None where the sentence names a place of its own."""
    pattern = _GOING_IN.get(language)
    low, said = text.lower(), before.lower()
    going_in = re.search(pattern, low) if pattern else None
    # a place named before the going in ("ging in die Höhle hinein") is gone into by its own words; one after
    # it ("entered and lit a fire") is not where they go
    if going_in is None or any(start < going_in.end() for start, _, _ in place_namings(low, language)):
        return None
    seen = place_namings(said, language)
    if not seen:
        return None
    start, end, key = seen[-1]
    return key, [before[start:end]]


# -- a place someone is left in ("left the kids at home"): where those left are -------------------------------
_LEAVING_SOMEONE = {
    "en": r"\b(?:left|leaves|leaving|leave)\s+(?P<who>(?:[^\W\d_]+\s+){1,3}?)(?:(?:at|in|inside|behind\s+in)\s+)?",
    "es": r"(?<!\w)(?:dejó|dejaron|dejaba|dejaban|dejando|deja)\s+(?:a\s+)?(?P<who>(?:[^\W\d_]+\s+){1,3}?)"
    r"(?:(?:en|dentro\s+de)\s+)?",
    "fr": r"(?<!\w)(?:laissa|laissèrent|laissait|laissaient|laissant|laisse)\s+(?P<who>(?:[^\W\d_]+\s+){1,3}?)"
    r"(?:(?:à|au|dans|chez)\s+)?",
    "de": r"(?<!\w)(?:ließ|ließen|lässt|lassend)\s+(?P<who>(?:[^\W\d_]+\s+){1,3}?)(?:allein\s+)?(?:(?:in|im|zu)\s+)?",
}
# the words that are no one left: articles, possessives, the place's own preposition
_NO_ONE = frozenset(
    {
        *("the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "at", "in", "inside", "behind"),
        *("el", "la", "los", "las", "un", "una", "su", "sus", "en", "le", "les", "l", "une", "son", "sa", "ses"),
        *("leur", "à", "au", "dans", "chez", "der", "die", "das", "den", "dem", "ein", "eine", "einen", "seine"),
        *("ihre", "im", "zu", "allein"),
    }
)


def left_there(low: str, start: int, end: int, language: str) -> bool:
    """Whether a place is named as where someone is left ("left the kids at home", "dejó a los niños en casa",
    "laissa les enfants à la maison", "ließ die Kinder zu Hause") and those left are told of after it."""
    pattern = _LEAVING_SOMEONE.get(language)
    if pattern is None:
        return False
    clause = re.split(r"[.!?;:,]", low[max(0, start - 60) : start])[-1]
    hit = re.search(pattern + _ARTICLES.get(language, "") + "$", clause)
    if hit is None:
        return False
    who = [w for w in hit.group("who").split() if w not in _NO_ONE]
    if not who or vocabulary.places(language).find(" ".join(who)):
        return False  # "left the village": the place itself is what is left
    rest = low[end:]
    sentence_end = re.search(r"[.!?;]", rest)
    later = rest[sentence_end.end() :] if sentence_end else ""
    return bool(re.search(rf"(?<!\w){re.escape(who[-1])}(?!\w)", later))


def leaving_sentence(low: str, start: int, language: str) -> tuple[int, int] | None:
    """The span of the sentence holding `start`, where that sentence leaves someone at a place they are told
    of after (left_there); None otherwise."""
    opening = max(low.rfind(stop, 0, start) for stop in (".", "!", "?", ";")) + 1
    found = re.search(r"[.!?;]", low[start:])
    closing = start + found.start() if found else len(low)
    pattern = _LEAVING_SOMEONE.get(language)
    if pattern is None or not re.search(pattern, low[opening:closing]):
        return None
    for a, b, _key in place_namings(low[opening:closing], language):
        if left_there(low, opening + a, opening + b, language):
            return opening, closing
    return None


# -- a place left, in languages whose verb follows it ("nachdem er das Schloss verlassen hatte", "घर छोड़कर",
# "村をはなれて"): where they were, not where they are
_LEFT_AFTER = {
    "de": r"^\s+(?:[^\W\d_]+\s+)?(?:verlassen|verließ|verließen|verlässt|verlassend)(?!\w)",
    "hi": r"^\s*(?:को\s+)?(?:छोड़|त्याग)",
    "ja": r"^(?:を)(?:はなれ|離れ|あとに|後に|さっ|去っ|去り|さり)",
}


def left_after(low: str, end: int, language: str) -> bool:
    """Whether a place is named as the one left, by a verb of leaving after it."""
    pattern = _LEFT_AFTER.get(language)
    return bool(pattern and re.match(pattern, low[end : end + 30]))

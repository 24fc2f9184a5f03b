"""Places above and below the ground a sentence takes its people to: up a tree ("climbed the tree", "subió al
árbol", "पेड़ पर चढ़ गया"), onto a roof ("climbed onto the roof", "auf das Dach"), down into a pit ("fell
into a ditch", "tomba dans le puits", "गड्ढे में गिर गया"), and back to the ground ("climbed down", "kletterte
herunter", "salió del pozo"). Each is drawn as a setting of its own (engines/image/settings/heights.py): a
branch in the sky, a roof over the town, the walls of a pit with the sky above.

Read by script/staging.py on each narrated sentence. The words are closed classes per language: the nouns
of a roof and of a pit (a tree and a well are things, named in every language: script/vocabulary.py), the
prepositions or postpositions that take one up onto or down into them, and the adverbs of coming down or
out again."""

from __future__ import annotations

import re

import filmstudio.script.vocabulary as vocabulary

TREETOP, ROOFTOP, PIT = "treetop", "rooftop", "pit"
HEIGHTS = frozenset({TREETOP, ROOFTOP, PIT})

# the things the place is, drawn all round: no tree stands in a treetop, no well down the well
OWN_THINGS = {TREETOP: frozenset({"tree"}), PIT: frozenset({"well"}), ROOFTOP: frozenset({"roof"})}

# the verb classes (data/staging/*.json) that take one up or down; the postures that keep one up there
_GOING = frozenset({"climb", "fall", "jump", "go", "walk", "run", "fly", "arrive", "chase"})
_STAYING = frozenset({"sit", "lie", "sleep", "stand", "hide", "kneel"})

# the nouns of a roof and of a pit, per language ("well" is a thing in every language: _PIT_THINGS)
_ROOF = {
    "en": r"roofs?|rooftops?|housetops?",
    "de": r"dach|dächer|daches|hausdach|dachfirst",
    "fr": r"toits?|toiture",
    "es": r"tejados?|techos?|azoteas?",
    "it": r"tett[oi]",
    "pt": r"telhados?",
    "hi": r"छत|छतों",
}
_PIT = {
    "en": r"ditch(?:es)?|pits?|holes?|trench(?:es)?|hollows?|burrows?|gutters?",
    "de": r"graben|grabens|gräben|grube|gruben|loch|löcher|erdloch",
    "fr": r"fossés?|fosses?|trous?|ravins?",
    "es": r"zanjas?|hoyos?|agujeros?|fosos?|fosas?|cunetas?",
    "it": r"fossi?|fossat[oi]|buche?|buca",
    "pt": r"valas?|valetas?|buracos?|fossos?",
    "hi": r"गड्ढ[ाे]|गढ्ढ[ाे]|खाई|कुआँ|कुएँ|कुंए|कुएं|कुँए|कुआं",
}
_PIT_THINGS = frozenset({"well"})
_TREE_THINGS = frozenset({"tree"})
# the tree's own high parts: on them one is up the tree, whatever the verb
_BRANCH = {
    "en": r"branch(?:es)?|boughs?|treetops?|tree\s*tops?",
    "de": r"ast|äste|ästen|zweig|zweige|baumkrone|wipfel",
    "fr": r"branches?|cime",
    "es": r"ramas?|copa",
    "it": r"rami|ramo",
    "pt": r"galhos?|ramos?",
    "hi": r"डाल|डाली|डालियों|शाखा",
}
# the words right before the noun that take one up onto it or down into it (postpositions: right after it)
_ONTO = {
    "en": r"(?:up|onto|on|upon|into|in|up\s+into|up\s+onto|up\s+to|to\s+the\s+top\s+of|top\s+of|on\s+top\s+of)",
    "de": r"(?:auf|hinauf\s+auf|in|im)",
    "fr": r"(?:sur|dans|en\s+haut\s+d[eu']|au\s+sommet\s+d[eu'])",
    "es": r"(?:a|al|en|sobre|encima\s+de|a\s+lo\s+alto\s+de)",
    "it": r"(?:su|sul|sull[a']|sopra|in|nel|nell[a'])",
    "pt": r"(?:em|no|na|sobre|para\s+o|para\s+a|ao|à)",
}
_INTO = {
    "en": r"(?:into|in|down|down\s+into|to\s+the\s+bottom\s+of|bottom\s+of)",
    "de": r"(?:in|im|ins|hinab\s+in|hinunter\s+in)",
    "fr": r"(?:dans|au\s+fond\s+d[eu'])",
    "es": r"(?:en|a|al|dentro\s+de|al\s+fondo\s+de)",
    "it": r"(?:in|nel|nell[a']|nella|dentro)",
    "pt": r"(?:em|no|na|dentro\s+d[oa])",
}
_AFTER = {"hi": {"up": r"^\s*(?:की\s+\S+\s+)?(?:पर|के\s+ऊपर)", "down": r"^\s*(?:के\s+अंदर\s+|के\s+भीतर\s+)?में"}}
_ARTICLES = {
    "en": r"(?:(?:the|a|an|his|her|their|its|my|our|that|this|old|tall|big|high|deep|dark|little|nearest)\s+)*",
    "de": r"(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|seinen|seinem|ihren|ihrem|alten|hohen|tiefen)"
    r"\s+)*",
    "fr": r"(?:(?:le|la|les|un|une|son|sa|ses|leur|du|des|vieil|vieux|grand|haut|profond)\s+|l')*",
    "es": r"(?:(?:el|la|los|las|un|una|su|sus|del|viejo|vieja|alto|alta|profundo|profunda)\s+)*",
    "it": r"(?:(?:il|la|lo|i|le|gli|un|una|uno|suo|sua|vecchio|alto|profondo)\s+|l')*",
    "pt": r"(?:(?:o|a|os|as|um|uma|seu|sua|velho|velha|alto|alta|fundo|funda)\s+)*",
}
# coming down again, or out of the pit: the adverbs and verbs of it, per language
_DOWN_AGAIN = {
    "en": r"\b(?:down|off)\b|\bdescend(?:ed|s)?\b",
    "de": r"(?<!\w)(?:herunter|hinunter|herab|hinab|runter)\w*",
    "fr": r"(?<!\w)(?:descend(?:it|irent|ait|aient|ent|re)?|redescend\w*)(?!\w)",
    "es": r"(?<!\w)(?:baj(?:ó|aron|aba|aban|a|an|ar)|descend(?:ió|ieron))(?!\w)",
    "it": r"(?<!\w)(?:scese|scesero|giù)(?!\w)",
    "pt": r"(?<!\w)(?:desceu|desceram)(?!\w)",
    "hi": r"उतर|नीचे\s+(?:आ|कूद)",
}
_OUT_AGAIN = {
    "en": r"\bout\b",
    "de": r"(?<!\w)(?:heraus|hinaus|raus)\w*",
    "fr": r"(?<!\w)(?:sort(?:it|irent|ait|aient|ent|ir)|hors)(?!\w)",
    "es": r"(?<!\w)(?:sali(?:ó|eron)|sac(?:ó|aron)|fuera)(?!\w)",
    "it": r"(?<!\w)(?:uscì|uscirono|fuori)(?!\w)",
    "pt": r"(?<!\w)(?:saiu|saíram|fora)(?!\w)",
    "hi": r"बाहर|निकल",
}


# a word's edges: no letter, nor a Devanagari vowel sign (not \\w in Python), on either side ("डाल", not "डाला")
_OPEN, _CLOSE = r"(?<![\w'\u0900-\u097f-])", r"(?![\w'\u0900-\u097f-])"


def _nouns(language: str, table: dict[str, str], things: frozenset[str], text: str) -> list[tuple[int, int]]:
    """Where the text names one of the nouns: from the table's pattern, or the things vocabulary's keys."""
    low = text.lower()
    spans: list[tuple[int, int]] = []
    pattern = table.get(language)
    if pattern:
        spans += [(m.start(), m.end()) for m in re.finditer(rf"{_OPEN}(?:{pattern}){_CLOSE}", low)]
    for match in vocabulary.things(language).find(text):
        if match.key in things:
            for word in match.words:
                pat = re.escape(word.lower())
                spans += [(m.start(), m.end()) for m in re.finditer(rf"{_OPEN}{pat}{_CLOSE}", low)]
    return sorted(spans)


def _led_by(low: str, start: int, end: int, language: str, way: str) -> bool:
    """Whether the noun at low[start:end] is the one gone up onto (`way` "up") or down into ("down")."""
    after = _AFTER.get(language)
    if after is not None:
        return bool(re.match(after[way], low[end : end + 20]))
    lead = (_ONTO if way == "up" else _INTO).get(language)
    if lead is None:
        return False
    before = re.split(r"[.!?;:,]", low[max(0, start - 60) : start])[-1]
    return bool(re.search(rf"(?<![\w'-]){lead}\s+{_ARTICLES.get(language, '')}(?:[^\W\d_]+\s+)?$", before))


def height_place(text: str, language: str, verb: str) -> tuple[str, list[str]] | None:
    """The place above or below the ground the sentence takes its people to, or sets them in ("climbed the
    tree": the treetop; "fell into a ditch": the pit; "sat on the roof": the rooftop), and its words; None
    where it names none, or only comes down from one."""
    if verb not in _GOING | _STAYING:
        return None
    low = text.lower()
    down_again = re.search(_DOWN_AGAIN[language], low) if language in _DOWN_AGAIN else None
    for start, end in _nouns(language, _PIT, _PIT_THINGS, text):
        if verb in _GOING and _led_by(low, start, end, language, "down") and not _out_of(low, start, language):
            return PIT, [text[start:end]]
    if down_again is not None and verb in _GOING:
        return None  # "climbed down the tree", "jumped off the roof": coming down, not going up
    for start, end in _nouns(language, _ROOF, frozenset(), text):
        if _led_by(low, start, end, language, "up"):
            return ROOFTOP, [text[start:end]]
    for start, end in _nouns(language, _BRANCH, frozenset(), text):
        return TREETOP, [text[start:end]]
    for start, end in _nouns(language, {}, _TREE_THINGS, text):
        # "climbed the tree", "sat in the tree" are up it; "sat under the tree", "ran to the tree" stay below
        if _out_of(low, start, language):
            continue
        if verb == "climb" or _led_by(low, start, end, language, "up"):
            return TREETOP, [text[start:end]]
    return None


_FROM = {
    "en": r"\b(?:from|out\s+of|off|down|past|under|beneath|behind|around|round|near|beside|by|next\s+to|over)\s+",
    "de": r"(?<!\w)(?:aus|von|vom|unter|hinter|an|am|neben|über)\s+",
    "fr": r"(?<!\w)(?:de|du|des|hors\s+d[eu']|sous|derrière|près\s+d[eu']|à\s+côté\s+d[eu'])\s+",
    "es": r"(?<!\w)(?:de|del|desde|debajo\s+de|bajo|tras|detrás\s+de|junto\s+a|cerca\s+de)\s+",
    "it": r"(?<!\w)(?:da|dal|dalla|sotto|dietro|vicino\s+a|accanto\s+a)\s+",
    "pt": r"(?<!\w)(?:de|do|da|debaixo\s+d[oa]|sob|atrás\s+d[oa]|perto\s+d[oa]|ao\s+lado\s+d[oa])\s+",
}


def _out_of(low: str, start: int, language: str) -> bool:
    """Whether the noun at `start` is one come out of, down from, or only beside ("out of the well", "under
    the tree")."""
    pattern = _FROM.get(language)
    if pattern is None:
        return False
    before = re.split(r"[.!?;:,]", low[max(0, start - 40) : start])[-1]
    return bool(re.search(rf"(?:{pattern}){_ARTICLES.get(language, '')}(?:[^\W\d_]+\s+)?$", before))


def back_down(text: str, language: str, verb: str, height: str) -> list[str] | None:
    """The words that bring the sentence's people down from a tree or a roof, or out of a pit, again
    ("climbed down", "kletterte heraus", "बाहर निकला"); None where they stay."""
    if verb not in _GOING and verb not in {"pull", "take", "help", "stand"}:  # "stand": no verb the tables know
        return None
    table = _OUT_AGAIN if height == PIT else _DOWN_AGAIN
    pattern = table.get(language)
    hit = re.search(pattern, text.lower()) if pattern else None
    return [text[hit.start() : hit.end()]] if hit else None

"""People whose names are place words. A girl named River, Selva, Marina or गंगा, an old man called 小川さん,
a character who is simply "der Bauer" (the farmer, and a bird's cage): where the text names them, a lexicon of
places reads a river, a forest, the sea or a cage, and the scene is drawn there though they sit in a cottage.
The names of the story's people (its cast, and whoever the text introduces as "named X") that a place's word
reads are put as "someone" in the text a scene's place is read from, where they are used as the person: written with
their capital where the language writes names so, not after a preposition that puts someone in the place
("down to the River", "im Bauer"), and not before a word that makes it the place ("गंगा नदी", "गंगा में")."""

from __future__ import annotations

import re
from collections.abc import Iterable

import filmstudio.script.vocabulary as vocabulary

# "a girl named X": the words that introduce a name, the name after them (or before, where the verb is last)
_NAMED_AFTER = {
    "en": r"\b(?:named|called)\s+(?P<name>[A-Z][\w'-]+)",
    "es": r"(?<!\w)(?:llamad[oa]|de\s+nombre)\s+(?P<name>[A-ZÁÉÍÓÚÑ][\w-]+)",
    "pt": r"(?<!\w)(?:chamad[oa]|de\s+nome)\s+(?P<name>[A-ZÁÉÍÓÚÂÊÔÃÕ][\w-]+)",
    "it": r"(?<!\w)(?:chiamat[oa]|di\s+nome)\s+(?P<name>[A-Z][\w-]+)",
    "fr": r"(?<!\w)(?:nommée?|appelée?|prénommée?|du\s+nom\s+de)\s+(?P<name>[A-ZÉÈ][\w-]+)",
    "de": r"(?<!\w)(?:namens|hieß|heißt|genannt)\s+(?P<name>[A-ZÄÖÜ][\w-]+)",
    "ru": r"(?<!\w)(?:по\s+имени|звали)\s+(?P<name>[А-ЯЁ][\w-]+)",
    "zh": r"(?:名叫|叫做|叫)(?P<name>[\u4e00-\u9fff]{2,3}?)(?=的|，|。|是)",
}
_NAMED_BEFORE = {
    "hi": r"(?P<name>[^\s।,]+)\s+नाम\s+(?:की|का|के)(?!\S)",
    "mr": r"(?P<name>[^\s।,]+)\s+नावाच(?:ी|ा|े)(?!\S)",
    "bn": r"(?P<name>[^\s।,]+)\s+নাম(?:ে|ের)(?!\S)",
    "ta": r"(?P<name>[^\s.,]+)\s+என்ற(?!\S)",
    "ja": r"(?P<name>[一-龯ァ-ヴー々]{1,4}(?:さん|ちゃん|くん|さま)?)という",
}
# where the name stands as the place: a preposition (and an article) before it, a word of the place after it
_PLACE_BEFORE = {
    "en": r"\b(?:in|into|to|at|by|on|from|near|across|along|the)\s+$",
    "es": r"(?<!\w)(?:en|a|al|del|de|por|hacia|junto\s+al?|el|la)\s+$",
    "pt": r"(?<!\w)(?:em|no|na|ao|à|do|da|pelo|pela|o|a)\s+$",
    "it": r"(?<!\w)(?:in|nel|nella|al|alla|dal|dalla|sul|sulla|il|la)\s+$",
    "fr": r"(?<!\w)(?:dans|à|au|en|du|de\s+la|sur|le|la|l')\s*$",
    "de": r"(?<!\w)(?:in|im|ins|an|am|auf|aus|zum|zur|vom|von|bei|beim|nach)\s+(?:\w+\s+)?$",
    "ru": r"(?<!\w)(?:в|на|у|к|по|из)\s+$",
}
_PLACE_AFTER = {
    "hi": r"^\s*(?:नदी|में|पर|तक|के\s+(?:किनारे|तट|पास|पानी|जल))",
    "mr": r"^\s*(?:नदी|मध्ये|काठी)",
    "bn": r"^\s*(?:নদী|নদীর)",
    "ta": r"^\s*(?:நதி|ஆறு|ஆற்றின்)",
    "ja": r"^(?:の(?:ほとり|水|そば|岸)|に|で|へ)",
    "zh": r"^(?:边|里|河|江|中|上)",
}
_CAPITALS = {"en", "es", "pt", "it", "fr", "de", "ru"}
_CJK = {"ja", "zh"}


def named_places_of_people(text: str, names: Iterable[str], language: str) -> tuple[str, ...]:
    """The names of the story's people (`names`, and those the text introduces as names) that a place's word
    reads, longest first."""
    found = set(names)
    for table in (_NAMED_AFTER, _NAMED_BEFORE):
        if language in table:
            found |= {m.group("name") for m in re.finditer(table[language], text)}
    places = vocabulary.places(language)
    return tuple(
        sorted(
            (n for n in found if n.strip() and (len(n.split()) == 1 or language in _CJK) and places.find(n)),
            key=len,
            reverse=True,
        )
    )


def without_people_as_places(text: str, names: Iterable[str], language: str, *, trades: bool = False) -> str:
    """The text with each naming of someone by a place's word put as "someone" (where it stands as the person);
    with `trades`, as another word of their trade where the name is a trade that tells where they live ("der
    Bauer", the farmer, read as "Hirte": still the farm's, no longer the den that "Bau" is), for reading where
    the story's people live (a scene's own words are only what its text says)."""
    for name in names:
        pattern = re.escape(name) if language in _CJK else rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        flags = 0 if language in _CAPITALS else re.IGNORECASE
        spans = [m.span() for m in re.finditer(pattern, text, flags) if _as_the_person(text, *m.span(), language)]
        stand_in = _stand_in(name, language) if trades else "someone"
        for start, end in reversed(spans):
            text = text[:start] + stand_in + text[end:]
    return text


def _stand_in(name: str, language: str) -> str:
    """A word for the person that keeps what their trade tells of the place and names no place itself."""
    places, cues = vocabulary.places(language), vocabulary.cues(language)
    keys = {m.key for m in cues.find(name)}
    others = (word for word, of in cues.names().items() if of & keys and " " not in word and not places.find(word))
    other = next(others, None)
    if other is None:
        return "someone"
    return other[:1].upper() + other[1:] if name[:1].isupper() else other


def _as_the_person(text: str, start: int, end: int, language: str) -> bool:
    before, after = _PLACE_BEFORE.get(language), _PLACE_AFTER.get(language)
    if before and re.search(before, text[max(0, start - 24) : start], re.IGNORECASE):
        return False
    return not (after and re.match(after, text[end : end + 16]))

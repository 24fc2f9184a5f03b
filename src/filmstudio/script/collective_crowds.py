"""A collective noun for people, said alone, names a group: "the crowd cheered", "'Hurrah!' cried the
crowd", "la foule cria", "la multitud aplaudió", "die Menge jubelte", "толпа закричала". One character,
drawn as a small crowd of people (soldiers for an army), of no one gender: a word's grammatical gender
("la foule", "die Menge") is no woman's. A collective only named ("he hated crowds", "lost in the crowd")
is none. A collective followed by its members ("a crowd of children") is those members (collectives.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from filmstudio.script.acting import _PREPOSITIONS, in_speech
from filmstudio.script.collectives import _Span, verb_after, verb_before
from filmstudio.storyboard import Character, CrowdKind

# the collectives that are people, by language (singular, as the reading names its character)
_PEOPLE = {
    "en": "crowd mob throng multitude choir army audience congregation",
    "fr": "foule cohue multitude armée chœur assistance",
    "es": "multitud muchedumbre gentío turba ejército coro público",
    "it": "folla moltitudine esercito coro pubblico",
    "pt": "multidão turba exército coro público",
    "de": "menge menschenmenge volksmenge heer chor publikum",
    "ru": "толпа армия хор",
}
_SOLDIERS = {"army", "armée", "ejército", "esercito", "exército", "heer", "армия"}
_ARTICLES = {
    "en": "the a an",
    "fr": "la le l une un",
    "es": "la el una un",
    "it": "la il lo l una un uno",
    "pt": "a o uma um",
    "de": "die der das eine ein",
    "ru": "",
}
_OF = {"of", "de", "d", "di", "von", "des", "del", "dei", "degli", "delle", "do", "da", "dos", "das"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_END = re.compile(r"[.!?;:,\"“”„«»()\n—–]")


def _acting_collectives(text: str, language: str) -> list[str]:
    """The people's collectives (lemma, lower case) that are the subject of a verb in the narration."""
    words = _PEOPLE.get(language, "").split()
    if not words:
        return []
    articles = _ARTICLES[language].split()
    lead = rf"(?:(?:{'|'.join(articles)})\s+|l['’])" if articles else ""
    flags = re.IGNORECASE
    pattern = re.compile(rf"(?<![\w'’]){lead}({'|'.join(words)})(?![\w'’-])", flags)
    out = []
    for found in pattern.finditer(text):
        if language != "ru" and not found.group(0)[:1].isalpha():
            continue
        noun = found.group(1).lower()
        start, end = found.start(), found.end()
        after = _WORD.findall(_CLAUSE_END.split(text[end : end + 40])[0])
        if after and after[0].lower().split("'")[0].split("’")[0] in _OF:
            continue  # "a crowd of children": its members are the group
        if in_speech(text, _Span(start, end)) or verb_before(text, start, language):
            continue
        before = [w.lower() for w in _WORD.findall(_CLAUSE_END.split(text[max(0, start - 60) : start])[-1])]
        if before and before[-1] in _PREPOSITIONS.get(language, "").split():
            continue  # "lost in the crowd"
        if verb_after(text, end, language):
            out.append(noun)
    return out


def cast_collective_crowds(
    characters: dict[str, Character], language: str, text: str, character_id: Callable[[str], str]
) -> None:
    """A character cast by a people's collective (a speaker "Crowd") is a group of people; one that acts
    in the narration and is not cast yet is cast so."""
    words = set(_PEOPLE.get(language, "").split())
    for character in characters.values():
        if character.id != "narrator" and character.crowd is None and character.name.lower() in words:
            _as_group(character, character.name.lower())
    for noun in dict.fromkeys(_acting_collectives(text, language)):
        name = noun[:1].upper() + noun[1:]
        cid = character_id(name)
        if cid in characters or any(c.name.lower() == noun for c in characters.values()):
            continue
        characters[cid] = Character(
            id=cid,
            name=name,
            gender="neutral",
            age="young_adult",
            language=language,
            style="conversational",
            description=f"gender from no evidence; age from no evidence; {name}, a group that acts in the "
            "story, drawn as a small crowd",
            on_screen=False,
            crowd=_crowd(noun),
        )


def _crowd(noun: str) -> CrowdKind:
    return "soldiers" if noun in _SOLDIERS else "people"


def _as_group(character: Character, noun: str) -> None:
    character.crowd, character.on_screen = _crowd(noun), False
    told = [w for w in character.gender_words if w.lower() != noun and not w.startswith("its article")]
    if not told:  # "la foule", "die Menge": grammar, not a woman
        character.gender, character.gender_words = "neutral", []
        character.description = re.sub(r"^gender from [^;]*;", "gender from no evidence;", character.description)

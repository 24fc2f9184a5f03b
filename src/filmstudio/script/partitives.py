"""One of a group who acts alone: "one of the sailors said", "uno de ellos gritó", "l'une d'elles répondit",
"einer der Jäger rief", "одна из них засмеялась". A reader counts that one as a character of its own,
beside the group: one member, whose gender the form of "one" tells where the language marks it ("una",
"l'une", "eine", "одна"), or the member noun itself ("one of the women").

The phrase is "one" + "of" + an article and a plural noun of people or animals, or + a plural pronoun
("them", "ellos", "elles", "ihnen", "них"). It is a character only where it acts: the verb of its clause
follows it, or a verb of saying comes right before it ("said one of the men"). With a pronoun, whose
group the words do not name, the deed has to be one only someone does (acting.py's classes less those a
thing does too: "one of them fell" may be an apple)."""

from __future__ import annotations

import re
from collections.abc import Callable

from filmstudio.script.acting import _PREPOSITIONS, _acting_word, in_speech
from filmstudio.script.collectives import _Span, member_word, verb_after, verb_before
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.mentions import animal_of_word
from filmstudio.script.person_acts import does_as_someone
from filmstudio.script.persons import person_words
from filmstudio.storyboard import Character

_W = r"[^\W\d_][\w-]*"
# (the word for "one" -> the gender it marks, the words that join it to its group, the pronouns of a group)
_ONE = {
    "en": ({"one": ""}, r"of(?:\s+(?:the|these|those|his|her|their|our|my|your))?", "them|us|you"),
    "es": (
        {"uno": "male", "una": "female"},
        r"de(?:\s+(?:los|las|sus|mis|estos|estas|esos|esas|aquellos|aquellas))?|del",
        "ellos|ellas|nosotros|nosotras|vosotros|vosotras|ustedes",
    ),
    "fr": (
        {"l'un": "male", "l'une": "female", "un": "male", "une": "female"},
        r"des|de\s+(?:ces|ses|leurs|nos)|d'",
        "eux|elles|nous|vous",
    ),
    "it": (
        {"uno": "male", "una": "female", "l'uno": "male", "l'una": "female"},
        r"dei|degli|delle|di(?:\s+(?:quei|quegli|quelle|questi|queste))?|d'",
        "loro|noi|voi|essi|esse",
    ),
    "pt": ({"um": "male", "uma": "female"}, r"dos|das|de(?:\s+(?:seus|suas))?", "eles|elas|nós|vós"),
    "de": ({"einer": "male", "eine": "female", "eines": ""}, r"der|von\s+(?:den|seinen|ihren)|von", "ihnen|uns|euch"),
    "ru": ({"один": "male", "одна": "female", "одно": ""}, r"из", "них|нас|вас"),
}
# "of" and a pronoun written as one word: "um deles", "uma delas"
_CONTRACTED = {"pt": "deles|delas|dentre\\s+eles|dentre\\s+elas"}
_SAYING_BEFORE = re.compile(r"(?:^|\s)([^\W\d_][\w'’-]*)\s*$")
_CLAUSE_END = re.compile(r"[.!?;:,\"“”„«»()\n—–]")


def _pattern(language: str) -> re.Pattern[str] | None:
    spec = _ONE.get(language)
    if spec is None:
        return None
    ones, joins, pronouns = spec
    one = "|".join(sorted((re.escape(o).replace("'", "['’]") for o in ones), key=len, reverse=True))
    joins = joins.replace("'", "['’]")
    contracted = f"|{_CONTRACTED[language]}" if language in _CONTRACTED else ""
    # the member noun may come after two describing words ("one of the old fishermen")
    return re.compile(
        rf"(?<![\w'’])({one})\s+(?:{contracted and f'({contracted[1:]})|'}(?:{joins})\s*({pronouns})"
        rf"|(?:{joins})\s*({_W}(?:\s+{_W}){{0,2}}))(?![\w'’])",
        re.IGNORECASE,
    )


def partitive_name(name: str, language: str) -> bool:
    """Whether a character's name is a "one of them" phrase: met only as written, never by its member noun
    ("the fishermen came back" is the group, not the one of them)."""
    pattern = _pattern(language)
    return pattern is not None and pattern.fullmatch(name) is not None


def partitives(text: str, language: str) -> list[tuple[str, str, str]]:
    """The "one of them" phrases that act in the narration: (as written, gender, member noun or "")."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    ones = _ONE[language][0]
    out = []
    for found in pattern.finditer(text):
        one = found.group(1).lower().replace("’", "'")
        offset = 1 if language in _CONTRACTED else 0  # the contracted pronoun's group comes first
        pronoun = found.group(2) or (offset and found.group(3))
        end, noun = found.end(), ""
        if not pronoun:
            member = _member(found, language)
            if member is None:
                continue  # "one of the apples": no one
            noun, end = member
        span = _Span(found.start(), end)
        if in_speech(text, span):
            continue
        said = _said_before(text, found.start(), language)
        if not said and (
            _object_or_place(text, found.start(), language)
            or not _acts_after(text, span, language, by_pronoun=not noun)
        ):
            continue  # "he saw one of the sailors", "mit einer der Frauen", "one of them fell"
        gender = ones.get(one, "") or (_noun_gender(noun, language) if noun else "")
        out.append((" ".join(text[found.start() : end].split()), gender, noun))
    return out


def _member(found: re.Match[str], language: str) -> tuple[str, int] | None:
    """The member noun among the words after "of the" and where it ends: the first that names beings."""
    group = 4 if language in _CONTRACTED else 3
    at = found.start(group)
    for word in re.finditer(_W, found.group(group)):
        if member_word(word.group(0), language):
            return word.group(0), at + word.end()
    return None


def _object_or_place(text: str, start: int, language: str) -> bool:
    words = [w.lower() for w in re.findall(_W, _CLAUSE_END.split(text[max(0, start - 60) : start])[-1])]
    return bool(words) and words[-1] in _PREPOSITIONS.get(language, "").split() or verb_before(text, start, language)


def _acts_after(text: str, span: _Span, language: str, *, by_pronoun: bool) -> bool:
    if not verb_after(text, span.end, language):
        return False
    return not by_pronoun or does_as_someone(text, span, language)


def _said_before(text: str, start: int, language: str) -> bool:
    """ "said one of the men", "rief einer der Jäger": the verb of saying before the phrase is its own."""
    clause = _CLAUSE_END.split(text[max(0, start - 40) : start])[-1]
    before = _SAYING_BEFORE.search(clause)
    return before is not None and _acting_word(before.group(1), language) == "say"


def _noun_gender(noun: str, language: str) -> str:
    """The gender the member noun tells ("one of the women"), by its dictionary form."""
    people = person_words(language)
    low = noun.lower()
    for word in (low, lemma_of(low, language)):
        if word in people:
            return people[word][0]
    return ""


def cast_partitives(
    characters: dict[str, Character], language: str, text: str, character_id: Callable[[str], str]
) -> None:
    """Casts each "one of them" who acts (see the module's note), once per phrase as written."""
    for written, gender, noun in partitives(text, language):
        name = written[:1].upper() + written[1:]
        cid = character_id(name)
        if cid in characters:
            continue
        told = f"the form of {written.split()[0]!r}" if gender and not noun else written
        # "one of the horses": that animal, drawn as itself, not in the cast's row
        animal = (
            (animal_of_word(noun, language) or animal_of_word(lemma_of(noun, language), language)) if noun else None
        )
        characters[cid] = Character(
            id=cid,
            name=name,
            gender=gender or "neutral",  # type: ignore[arg-type]
            age="young_adult",
            language=language,
            style="conversational",
            description=f"gender from {told if gender else 'no evidence'}; age from no evidence; "
            "one of a group, who acts alone",
            gender_words=[written] if gender else [],
            animal=animal,
            on_screen=False if animal else None,
        )

"""A group named by two plurals joined ("the women and children ran out", "les femmes et les enfants
sortirent", "los hombres y las mujeres bailaron", "die Männer und Frauen riefen") is one group that acts:
one character, one voice, of no one gender unless both plurals tell the same ("the men and boys": men),
and of an age only where both tell it. groups.py finds the plural nearest the verb acting; this module
makes the joined phrase the group, and takes over a group cast by one of its plurals where the story
calls that one only so, joined (its lines are the joined group's)."""

from __future__ import annotations

import re
from collections.abc import Callable

from filmstudio.script.beings import DETERMINERS
from filmstudio.script.groups import LANGUAGES, _noun, _plural_form, acting_groups
from filmstudio.storyboard import Character

_AND = {"en": "and", "fr": "et", "de": "und", "es": "y e", "it": "e ed", "pt": "e", "ru": "и"}
_WORD = r"[^\W\d_][\w-]*"


def _joined_phrases(text: str, language: str) -> list[tuple[int, int, list[tuple[int, str]], str]]:
    """(start, end, [(where, plural as written)], its name) for each two plurals of people joined by "and",
    each with its article or none ("the women and children", "les femmes et les enfants": "femmes et
    enfants")."""
    articles = "|".join(re.escape(a) for a in DETERMINERS.get(language, "").split())
    joins = "|".join(_AND.get(language, "").split())
    if not joins:
        return []
    article = rf"(?:(?:{articles})\s+)?" if articles else ""
    flags = re.IGNORECASE if language != "de" else 0
    pattern = re.compile(rf"(?<!\w)({_WORD})\s+({joins})\s+{article}({_WORD})(?!\w)", flags)
    out = []
    for found in pattern.finditer(text):
        words = [(found.start(1), found.group(1)), (found.start(3), found.group(3))]
        if all(_plural_person(word, language) for _, word in words):
            out.append((found.start(1), found.end(3), words, f"{found.group(1)} {found.group(2)} {found.group(3)}"))
    return out


def _plural_person(word: str, language: str) -> bool:
    reading = _noun(word, language)
    return reading is not None and reading[1] == "person" and _plural_form(word, reading[0], language) is True


def join_mixed_groups(
    characters: dict[str, Character],
    identity: dict[str, str],
    language: str,
    text: str,
    character_id: Callable[[str], str],
) -> None:
    """Casts each joined group that acts as one character (see the module's note); a group cast by one of
    its plurals, called only so joined, is that character (the speakers cast as it are too)."""
    if language not in LANGUAGES or language == "ja":
        return
    phrases = _joined_phrases(text, language)
    if not phrases:
        return
    groups = acting_groups(text, language)
    for start, end, words, written in phrases:
        acting = [g for g in groups if any(start <= at < end for at in g.found_at)]
        if not acting:
            continue
        name = written[:1].upper() + written[1:]
        cid = character_id(name)
        if cid in characters:
            continue
        readings = [_noun(word, language) for _, word in words]
        genders = {r[3] if r else "" for r in readings}
        ages = {r[4] if r else "" for r in readings}
        gender = genders.pop() if len(genders) == 1 else ""
        age = ages.pop() if len(ages) == 1 else ""
        crowd = "children" if age == "child" else {"female": "women", "male": "men"}.get(gender, "people")
        characters[cid] = Character(
            id=cid,
            name=name,
            gender=gender or "neutral",  # type: ignore[arg-type]
            age=age or "young_adult",  # type: ignore[arg-type]
            language=language,
            style="conversational",
            description=f"gender from {name if gender else 'no evidence: a group of both'}; age from "
            f"{name if age else 'no evidence'}; a group that acts in the story, drawn as a small crowd",
            gender_words=[name] if gender else [],
            age_words=[name] if age else [],
            on_screen=False,
            crowd=crowd,  # type: ignore[arg-type]
        )
        for _, word in words:
            _take_over(word, cid, characters, identity, text, phrases)


def _take_over(
    word: str,
    cid: str,
    characters: dict[str, Character],
    identity: dict[str, str],
    text: str,
    phrases: list[tuple[int, int, list[tuple[int, str]], str]],
) -> None:
    """The group cast by a plural of the joined group ("Women", who cried a line) is the joined group,
    where the story calls it by that plural only inside joined phrases."""
    places = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)]
    if not all(any(s <= at < e for s, e, _, _ in phrases) for at in places):
        return
    for old, character in list(characters.items()):
        if old in ("narrator", cid) or character.crowd is None or character.name.lower() != word.lower():
            continue
        del characters[old]
        for speaker, who in identity.items():
            if who == old:
                identity[speaker] = cid

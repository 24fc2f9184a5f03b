"""Groups that Hindi and Bengali name by a plural with a genitive, opening the sentence they act in:
"गाँव के लोग दौड़कर आए" (the village's people came running), "राजा के सैनिक हँसे", "গ্রামের লোকেরা ছুটে
এল", "রাজার ছেলেরা হাসল". One character for the group, of its kind, as groups.py casts "the villagers"
in the languages it reads.

The plural is the word for people (लोग, লোক) or a word for a person in its plural (Hindi: -ा becomes
-े, -ी becomes -ियाँ: बेटे, लड़कियाँ; Bengali joins -রা or -েরা: ছেলেরা); the genitive before it is its
own word (के) in Hindi, an ending (-ের, -র) in Bengali. The group acts where its sentence goes on to a
verb: Hindi's in the plural (-े, -ए, -ें, -ीं), Bengali's one the reading knows or a finite past (-ল,
-লেন). A group named inside someone's words, or after another subject, is none.

Animals come in such groups too: "जंगल के पक्षी गाने लगे", "নদীর মাছেরা সাঁতরে এল", and Tamil's "காட்டு
பறவைகள் பாடின" (the forest's birds sang), whose genitive is the noun's oblique form (காட்டு, ஆற்று) or its
ending (-இன்), whose plural joins -கள் and whose verb ends in the neuter plural (-ன, -தன). One group
character of that animal, drawn as a small herd."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from filmstudio.script.acting import in_speech
from filmstudio.script.beings import animal_words
from filmstudio.script.groups import WordsAt
from filmstudio.script.mentions import _people
from filmstudio.script.verbs import verb_words
from filmstudio.storyboard import Character, CrowdKind

LANGUAGES = frozenset({"hi", "bn", "ta"})
# the plain words for people, written in the plural already
_PEOPLE = {"hi": ("लोग",), "bn": ("লোক", "লোকজন"), "ta": ("மக்கள்",)}
# how a word for a person is written in the plural: Hindi changes its ending (the first that fits; a word
# of no such ending is its own plural: किसान), Bengali joins one (-রা after a vowel, -েরা after a consonant)
_PLURALS = {"hi": (("ा", "े"), ("ी", "ियाँ")), "bn": (("", "রা"), ("", "েরা")), "ta": (("", "கள்"),)}
# the genitive: Hindi's word before the plural, Bengali's endings of the word before it
_GENITIVE_WORD = {"hi": "के"}
_GENITIVE_ENDING = {"bn": ("ের", "র"), "ta": ("ின்", "ுடைய", "ட்டு", "ற்று", "த்து")}
# how the group's verb ends: Hindi's plural, Bengali's finite past and present
_VERB_ENDINGS = {
    "hi": ("े", "ए", "ें", "ीं"),
    "bn": ("ল", "লো", "লেন", "ছে", "ছেন", "ছিল", "লাম"),
    "ta": ("ன", "தன", "னர்", "ார்கள்", "கின்றன"),
}
_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f\u0980-\u09ff\u0b80-\u0bff]+")
_SENTENCE_END = re.compile(r"[।॥.!?]")


@dataclass(frozen=True)
class _Group:
    """A group found: its words as written, the gender and age of its kind, the animal it is of ("" for
    people)."""

    name: str
    gender: str
    age: str
    animal: str = ""


@lru_cache(maxsize=4)
def _plural_people(language: str) -> dict[str, tuple[str, str]]:
    """Each plural word for people -> (gender, age) of its singular."""
    out: dict[str, tuple[str, str]] = {word: ("", "") for word in _PEOPLE.get(language, ())}
    for word, traits in _people(language).items():
        for plural in _plurals_of(word, language) if " " not in word else ():
            out.setdefault(plural, traits)
    for word in _PEOPLE.get(language, ()):  # "লোকেরা": the word for people takes the plural ending too
        for plural in _plurals_of(word, language) if language == "bn" else ():
            out.setdefault(plural, ("", ""))
    return out


@lru_cache(maxsize=4)
def _plural_animals(language: str) -> dict[str, str]:
    """Each plural word for an animal -> the animal: Hindi's plural by its ending or the word itself where
    it keeps it ("पक्षी", "हाथी"), Bengali's and Tamil's by the ending joined."""
    out: dict[str, str] = {}
    for word, key in animal_words(language).items():
        if " " in word:
            continue
        kept = [word] if language == "hi" and not word.endswith("ा") else []  # after के: "हाथी", "पक्षी"
        for plural in [*_plurals_of(word, language), *kept]:
            out.setdefault(plural, key)
    return out


def _plurals_of(word: str, language: str) -> list[str]:
    if language in ("bn", "ta"):
        return [word + plural for _, plural in _PLURALS[language]]
    ending = next((e for e in _PLURALS.get(language, ()) if word.endswith(e[0])), None)
    return [word[: -len(ending[0])] + ending[1]] if ending else [word]


def _genitive(word: str, next_word: str | None, language: str) -> bool:
    """Whether a word (with the one after it, in Hindi) is a genitive: "गाँव के", "গ্রামের"."""
    from filmstudio.script.indefinites import is_indefinite

    if is_indefinite(word, language):  # "কোথাকার লোক": people from somewhere, no one's group
        return False
    if language == "hi":
        return next_word == _GENITIVE_WORD["hi"]
    return word.endswith(_GENITIVE_ENDING.get(language, ())) and len(word) > 2


def genitive_groups(text: str, language: str) -> list[_Group]:
    """Each group named by a plural of people or of an animal with a genitive that opens its sentence and
    acts."""
    if language not in LANGUAGES:
        return []
    plurals = _plural_people(language)
    animals = _plural_animals(language)
    out = []
    for sentence in _sentences(text):
        start, said = sentence
        words = list(_WORD.finditer(said))
        head = 2 if language == "hi" else 1  # where the plural stands: after "X के", after "Xের"
        if len(words) <= head or words[head].group(0) not in plurals.keys() | animals.keys():
            continue
        if not _genitive(words[0].group(0), words[1].group(0) if len(words) > 1 else None, language):
            continue
        if not _acts(words[head + 1 :], language) or in_speech(text, WordsAt(start, start + words[head].end())):
            continue
        plural, name = words[head].group(0), said[words[0].start() : words[head].end()]
        if plural in plurals:
            out.append(_Group(name, *plurals[plural]))
        else:
            out.append(_Group(name, "", "", animals[plural]))
    return out


def _sentences(text: str) -> list[tuple[int, str]]:
    """(where it starts, its words) for each sentence, the space before it left out."""
    out, at = [], 0
    for part in _SENTENCE_END.split(text):
        stripped = part.lstrip()
        out.append((at + len(part) - len(stripped), stripped))
        at += len(part) + 1
    return out


def _acts(rest: list[re.Match[str]], language: str) -> bool:
    """Whether the sentence goes on to the group's verb."""
    if not rest:
        return False
    verbs = verb_words(language)
    if language == "bn" and any(w.group(0) in verbs for w in rest):
        return True
    return rest[-1].group(0).endswith(_VERB_ENDINGS[language])


def cast_genitive_groups(
    characters: dict[str, Character], language: str, text: str, character_id: Callable[[str], str]
) -> None:
    """Casts each group named by a plural with a genitive that acts as one character, a small crowd; a
    character cast by the plural alone ("बेटे") is this group, and takes its whole name."""
    for group in genitive_groups(text, language):
        name, gender, age = group.name, group.gender, group.age
        plural = name.split()[-1]
        same = next((c for c in characters.values() if c.name == plural), None)
        if same is not None:
            characters.pop(same.id)
        characters.setdefault(
            character_id(name),
            group_character(
                character_id(name), name, gender, age, language, animal=group.animal or None, crowd=_crowd(group)
            ),
        )


def group_character(
    cid: str, name: str, gender: str, age: str, language: str, *, animal: str | None, crowd: CrowdKind
) -> Character:
    """A group that acts as one character: a voice, drawn as a small crowd or herd, never in the cast's row."""
    return Character(
        id=cid,
        name=name,
        gender=gender or "neutral",  # type: ignore[arg-type]
        age=age or "young_adult",  # type: ignore[arg-type]
        language=language,
        style="conversational",
        description=f"gender from {name if gender else 'no evidence'}; age from "
        f"{name if age else 'no evidence'}; a group that acts in the story, drawn as a small "
        f"{'herd' if animal else 'crowd'}",
        gender_words=[name] if gender else [],
        age_words=[name] if age else [],
        on_screen=False,
        animal=animal,
        crowd=crowd,
    )


def _crowd(group: _Group) -> CrowdKind:
    if group.animal:
        return "animals"
    if group.age == "child":
        return "children"
    return "women" if group.gender == "female" else "men" if group.gender == "male" else "people"

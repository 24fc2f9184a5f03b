"""Tamil people found by the grammar around them, named in no list ("குயவன்", "தளபதி", "வேலன்"):

- the subject of a sentence whose verb ends in a person's ending (-ஆன், -ஆள், -ஆர்: "குயவன் சந்தைக்குச்
  சென்றான்") is a person: the first word before the verb that carries no case ending (those before it,
  "காலையில்", "மன்னனிடம்", are times, places and others), once no pronoun stands there;
- such a subject seen in two sentences, or once and again in a case form ("குயவனுக்கு", "தளபதியை"), is one
  character, called by the nominative, of the gender its verbs tell;
- an indefinite or interrogative word with its clitic or case ending ("எவனோ", "யாரோ", "எங்கிருந்தோ",
  "யாரையும்") is nobody's name, nor a participle or an adverb ("ஓடி", "மெதுவாக").

What is said inside quotes is no narration. Verse counts each line as a sentence."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from filmstudio.script.indefinites import is_indefinite
from filmstudio.script.indic_names import _character
from filmstudio.storyboard import Character

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”]*”|‘[^’]*’|«[^»]*»")
_SENTENCE_END = re.compile(r"[।॥.!?;\n]")
_TA_WORD = re.compile(r"[\u0b80-\u0bff]+")

# a person's verb: -ஆன் he, -ஆள் she, -ஆர்(கள்) the respected or many; verse adds an emphatic -ஏ or -அடி
_PERSON_VERB = (
    ("ான்", "male"),
    ("ானே", "male"),
    ("ானடி", "male"),
    ("ாள்", "female"),
    ("ாளே", "female"),
    ("ாளடி", "female"),
    ("ார்", ""),
    ("ார்கள்", ""),
)
# words ending so that are no verbs: the particle தான், the pronouns நான், யான், தான்
_NOT_VERBS = frozenset({"தான்", "நான்", "யான்", "அவன்", "அவள்", "அவர்", "இவன்", "இவள்", "இவர்", "எவன்", "எவள்"})
# the pronouns that stand as a subject: where one does, no name does
_PRONOUN_WORDS = (
    "நான் யான் நாம் நாங்கள் நீ நீங்கள் அவன் அவள் அவர் அவர்கள் அது அவை இவன் இவள் இவர் இவர்கள் உவன் தான் தாம் "
    "அவனும் அவளும் அவரும் யார் யாரும் எல்லாரும் எல்லோரும் ஒருவன் ஒருத்தி ஒருவர் அனைவரும்"
)
_PRONOUNS = frozenset(_PRONOUN_WORDS.split())
# the endings of a word that is no subject: case endings, postpositions, adverbs, participles, clitics
_OBLIQUE = (
    "ை",
    "க்கு",
    "ுக்கு",
    "ின்",
    "ிடம்",
    "ில்",
    "ிலே",
    "ால்",
    "ாலே",
    "ோடு",
    "ுடன்",
    "ுடைய",
    "ிருந்து",
    "ாக",
    "ாய்",
    "து",
    "டு",
    "று",
    "ும்",
    "ோ",
    "ாவது",
    "போது",
    "பின்",
    "முன்",
)


def cast_tamil_subjects(
    characters: dict[str, Character], language: str, text: str, character_id: Callable[[str], str]
) -> None:
    """Casts the Tamil subjects of persons' verbs above that no earlier reading cast."""
    if language != "ta":
        return
    from filmstudio.script.indic_characters import _known_words
    from filmstudio.script.word_forms import tamil_bases

    told = _QUOTED.sub("\n", text)
    known = _known_words("ta")
    sentences: Counter[str] = Counter()
    genders: dict[str, set[str]] = {}
    for sentence in _SENTENCE_END.split(told):
        words = _TA_WORD.findall(sentence)
        found = _subject(words)
        if found is None:
            continue
        word, gender = found
        sentences[word] += 1
        genders.setdefault(word, set()).add(gender)
    every = Counter(_TA_WORD.findall(told))
    cast = {w for c in characters.values() for w in [c.name, *c.name.split()]}
    for name, times in sentences.items():
        if name in known or name in cast or not _may_be_a_name(name):
            continue
        declined = [w for w in every if w != name and name in tamil_bases(w) and not _indefinite(w)]
        if times < 2 and not declined:
            continue
        for form in declined:  # "குயவனுக்கு" cast on its own: the same person
            if (same := characters.get(character_id(form))) is not None and same.name == form:
                characters.pop(same.id)
        told_genders = genders[name] - {""}
        gender = next(iter(told_genders)) if len(told_genders) == 1 else ""
        cid = character_id(name)
        if cid not in characters:
            characters[cid] = _character(cid, name, "ta", gender, f"{name}'s verbs")


def _subject(words: list[str]) -> tuple[str, str] | None:
    """(the subject, the gender its verb tells) of a sentence whose last word is a person's verb."""
    if len(words) < 2 or words[-1] in _NOT_VERBS:
        return None
    gender = next((g for end, g in _PERSON_VERB if words[-1].endswith(end)), None)
    if gender is None:
        return None
    from filmstudio.script.indic_characters import _grammar

    for word in words[:-1]:
        if word in _PRONOUNS:
            return None
        if word in _grammar("ta") or _oblique(word):
            continue
        return (word, gender) if _may_be_a_name(word) else None
    return None


def _oblique(word: str) -> bool:
    bare = re.sub("[கசதப]\u0bcd$", "", word) if len(word) > 3 else word
    return bare.endswith(_OBLIQUE) or _indefinite(word)


def _indefinite(word: str) -> bool:
    return is_indefinite(word, "ta")


def _may_be_a_name(word: str) -> bool:
    """A word of three letters or more that is no participle, verb, adverb or indefinite, nor a neuter -அம்
    noun (a thing: "மரம்", "பழம்")."""
    from filmstudio.script.indic_characters import _may_be_a_name as may_be

    if len(word) < 3 or word.endswith("ம்") or _oblique(word) or word.endswith(("ி", "ே")) and _participle(word):
        return False
    return may_be(word, "ta")


def _participle(word: str) -> bool:
    """Whether a word ending in -இ or -ஏ is a verb's participle ("ஓடி", "பாடி") as the verb lists know it."""
    from filmstudio.script.verbs import is_verb, verb_words

    return is_verb(word, "ta", verb_words("ta"))

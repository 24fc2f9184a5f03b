"""Names that Tamil and Hindi write with what a reading by the bare word misses:

- Tamil declines a name ("வள்ளியை", "வள்ளிக்கு", "வள்ளியிடம்", "வள்ளியால்", "வள்ளியும்"): a word no list
  knows that opens a sentence whose verb is a person's (-ஆன், -ஆள், -ஆர்), and that the story writes three
  times or more, its case forms counted, is one person, called by its stem, of the gender its verbs tell;
- Hindi calls someone by a name and an honorific ("रामू जी", "मोहन भैया", "किशन बाबू"): the honorific is
  no one, the name before it is the person (a brother's and a gentleman's honorific tells a man);
- a pet's name that barks or mews ("कालू भौंका", "चुन्नी म्याऊँ बोली"), or that the story gives with an
  animal ("कुत्ता कालू", "बिल्ली का नाम चुन्नी") and that then acts: that animal, called by its name.

What is said inside quotes is no narration."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from filmstudio.script.acting import acts_here
from filmstudio.script.beings import animal_words
from filmstudio.script.mentions import _people
from filmstudio.storyboard import Character

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”]*”|‘[^’]*’|«[^»]*»")
_SENTENCE_END = re.compile(r"[।॥.!?;\n]")
_HI_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")
_TA_WORD = re.compile(r"[\u0b80-\u0bff]+")


@dataclass(frozen=True)
class _At:
    start: int
    end: int
    possessed: bool = False
    plural: bool = False


def _narration(text: str) -> str:
    return _QUOTED.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def _character(cid: str, name: str, language: str, gender: str, told_by: str, animal: str = "") -> Character:
    return Character(
        id=cid,
        name=name,
        gender=(gender or "neutral"),  # type: ignore[arg-type]
        language=language,
        style="conversational",
        description=f"gender from {told_by if gender else 'no evidence'}; age from no evidence"
        + (f"; a {animal} called by its name" if animal else ""),
        gender_words=[told_by] if gender else [],
        animal=animal or None,
    )


def cast_indic_names(
    characters: dict[str, Character],
    identity: dict[str, str],
    language: str,
    text: str,
    character_id: Callable[[str], str],
) -> None:
    """Casts the declined Tamil names, the Hindi names with an honorific and the pets' names above."""
    if language == "ta":
        _tamil_declined(characters, _narration(text), character_id)
    elif language == "hi":
        told = _narration(text)
        _hindi_honorifics(characters, identity, told, character_id)
        _hindi_pets(characters, told, character_id)


# --- Tamil: a name and its case forms -------------------------------------------------------------------

# the endings of a person's verb in the third person, and the gender each tells
_TA_PERSON_VERB = (("ான்", "male"), ("ாள்", "female"), ("ார்", ""), ("ார்கள்", ""))
# case endings and clitics after a name (the glide ய/வ and a doubled consonant before them aside)
_TA_CASES = ("ை", "க்கு", "ுக்கு", "ிடம்", "ால்", "ும்", "ோடு", "ின்", "ுடைய", "ிடமிருந்து")


def _tamil_declined(characters: dict[str, Character], told: str, character_id: Callable[[str], str]) -> None:
    from filmstudio.script.indic_characters import _grammar, _known_words, _may_be_a_name
    from filmstudio.script.word_forms import tamil_bases

    known, grammar = _known_words("ta"), _grammar("ta")
    acted: dict[str, list[str]] = {}
    for sentence in _SENTENCE_END.split(told):
        words = _TA_WORD.findall(sentence)
        if len(words) < 2:
            continue
        gender = next((g for end, g in _TA_PERSON_VERB if words[-1].endswith(end)), None)
        first = next((i for i, w in enumerate(words[:-1]) if w not in grammar), None)
        if gender is None or first is None:
            continue
        word = words[first]
        if len(word) >= 3 and word not in known and _may_be_a_name(word, "ta"):
            acted.setdefault(word, []).append(gender)
    every = Counter(_TA_WORD.findall(told))
    for name, genders in acted.items():
        declined = [w for w in every if w != name and _undoubled(w).endswith(_TA_CASES) and name in tamil_bases(w)]
        if not declined or every[name] + sum(every[w] for w in declined) < 3:
            continue
        told_genders = set(genders) - {""}
        gender = next(iter(told_genders)) if len(told_genders) == 1 else ""
        for form in declined:  # "வள்ளியை" cast on its own: the same person
            characters.pop(character_id(form), None)
        cid = character_id(name)
        if cid in characters:
            same = characters[cid]
            if gender and not same.gender_words:
                same.gender, same.gender_words = gender, [f"{name}'s verbs"]  # type: ignore[assignment]
            continue
        characters[cid] = _character(cid, name, "ta", gender, f"{name}'s verbs")


def _undoubled(word: str) -> str:
    """A Tamil word without the consonant doubled before the next word ("குமரனைக்" -> "குமரனை")."""
    return re.sub("[கசதப]\u0bcd$", "", word) if len(word) > 3 else word


# --- Hindi: a name and its honorific --------------------------------------------------------------------

# honorifics written apart after a name -> the gender they tell ("" where the verbs tell it)
_HI_HONORIFICS = {
    "जी": "",
    "साहब": "male",
    "भैया": "male",
    "भइया": "male",
    "भाई": "male",
    "बाबू": "male",
    "दादा": "male",
    "चाचा": "male",
    "काका": "male",
    "दीदी": "female",
    "बहन": "female",
    "बहनजी": "female",
    "चाची": "female",
    "काकी": "female",
    "मौसी": "female",
}
# which of the brothers or sisters ("बड़े भैया", "छोटी दीदी"): no name
_HI_ELDER_YOUNGER = frozenset({"बड़े", "बड़ी", "छोटे", "छोटी", "मझले", "मझली", "प्यारे", "प्यारी", "मेरे", "मेरी"})
# an honorific's verb agrees in the plural: -ए/-े a man, -ईं/-ीं a woman
_HI_PLURAL_AGREEMENT = (("ीं", "female"), ("ईं", "female"), ("े", "male"), ("ए", "male"))


def _hindi_honorifics(
    characters: dict[str, Character], identity: dict[str, str], told: str, character_id: Callable[[str], str]
) -> None:
    from filmstudio.script.closed_words import closed_words
    from filmstudio.script.people import _HINDI_GRAMMAR

    closed = closed_words("hi") | _HINDI_GRAMMAR | _HI_ELDER_YOUNGER
    names: Counter[str] = Counter()
    honorific_of: dict[str, str] = {}
    genders: dict[str, set[str]] = {}
    for sentence in _SENTENCE_END.split(told):
        words = _HI_WORD.findall(sentence)
        for i, word in enumerate(words[1:], start=1):
            name = words[i - 1]
            if word not in _HI_HONORIFICS or name in closed or name in _HI_HONORIFICS or len(name) < 2:
                continue
            names[name] += 1
            honorific_of[name] = word
            verb = words[-1] if words[-1] not in ("थे", "थीं", "हैं") or len(words) < 2 else words[-2]
            said = _HI_HONORIFICS[word] or next((g for e, g in _HI_PLURAL_AGREEMENT if verb.endswith(e)), "")
            if i + 1 < len(words) and words[i + 1] == "ने":
                said = _HI_HONORIFICS[word]  # with ने the verb agrees with its object
            genders.setdefault(name, set()).add(said)
    named = [n for n, times in names.items() if times >= 2]
    cast: list[str] = []
    for name in named:
        told_genders = genders[name] - {""}
        gender = next(iter(told_genders)) if len(told_genders) == 1 else ""
        told_by = f"{name} {honorific_of[name]}"
        cid = character_id(name)
        cast.append(cid)
        if name in _people("hi") and cid not in characters:  # "पिता जी": the father, as that word tells
            gender, age = _people("hi")[name][0] or gender, _people("hi")[name][1]
            characters[cid] = _character(cid, name, "hi", gender, told_by)
            if age:
                characters[cid].age, characters[cid].age_words = age, [told_by]  # type: ignore[assignment]
        elif cid not in characters:
            characters[cid] = _character(cid, name, "hi", gender, told_by)
        elif gender and not characters[cid].gender_words:
            characters[cid].gender, characters[cid].gender_words = gender, [told_by]  # type: ignore[assignment]
    for honorific in {honorific_of[n] for n in named}:  # "जी" cast alone: the name before it
        cid = character_id(honorific)
        if cid in characters and characters[cid].name == honorific and cid not in cast:
            characters.pop(cid)
            for speaker, said_by in identity.items():
                if said_by == cid:
                    identity[speaker] = cast[0]


# --- Hindi: a pet's name --------------------------------------------------------------------------------

# the sounds an animal alone makes -> the animal
_HI_ANIMAL_SOUNDS = {
    "भौंक": "dog",
    "म्याऊँ": "cat",
    "म्याऊं": "cat",
    "म्याँऊ": "cat",
    "हिनहिना": "horse",
    "रँभा": "cow",
    "रंभा": "cow",
    "टर्रा": "frog",
    "फुफकार": "snake",
    "चिंघाड़": "elephant",
    "दहाड़": "lion",
    "मिमिया": "goat",
}
_HI_AFTER = frozenset({"ने", "को", "से", "का", "की", "के", "में", "पर", "तक"})
_HI_MANNER = frozenset({"ज़ोर", "जोर", "ज़ोरों", "जोरों", "धीरे", "खूब", "लगातार", "बहुत", "फिर", "भी", "तब", "अब"})


def _hindi_pets(characters: dict[str, Character], told: str, character_id: Callable[[str], str]) -> None:
    from filmstudio.script.closed_words import closed_words
    from filmstudio.script.people import _HINDI_GRAMMAR
    from filmstudio.script.word_data import word_data

    animals = animal_words("hi")
    closed = closed_words("hi") | _HINDI_GRAMMAR | _HI_MANNER
    # a word for a person or an animal names no pet (a thing's may: a cat called चुन्नी, a horse मोती)
    known = set(animals) | set(_people("hi")) | set(word_data("hi").roles)
    counts = Counter(_HI_WORD.findall(told))
    pets: dict[str, str] = {}
    for sentence in _SENTENCE_END.split(told):
        words = _HI_WORD.findall(sentence)
        for i, word in enumerate(words):
            sound = next((a for s, a in _HI_ANIMAL_SOUNDS.items() if word.startswith(s)), None)
            if sound is None:
                continue
            subject = _subject_before(words[:i], closed)
            if subject and subject not in known and not subject.endswith(("कर", "के")):
                pets.setdefault(subject, sound)
    for m in _HI_WORD.finditer(told):  # "कुत्ता कालू", "बिल्ली का नाम चुन्नी", "कालू नाम का कुत्ता"
        name = m.group(0)
        if name in pets or name in known or name in closed or counts[name] < 2 or len(name) < 2:
            continue
        animal = _introduced_with(told, m.start(), m.end(), animals)
        if animal and _acts_somewhere(told, name):
            pets[name] = animal
    for name, animal in pets.items():
        if counts[name] < 2:
            continue
        cid = character_id(name)
        if cid in characters:
            if characters[cid].animal is None and not characters[cid].gender_words:
                characters[cid].animal = animal
            continue
        characters[cid] = _character(cid, name, "hi", "", "", animal)


def _subject_before(words: list[str], closed: frozenset[str] | set[str]) -> str:
    """The subject of a verb at the end of `words`: the last word that no postposition follows and that
    is no word of the grammar or manner ("रात को कालू ज़ोर से" -> "कालू")."""
    for j in range(len(words) - 1, -1, -1):
        word = words[j]
        followed = j + 1 < len(words) and words[j + 1] in _HI_AFTER
        if word in closed or followed:
            continue
        return word
    return ""


def _introduced_with(told: str, start: int, end: int, animals: dict[str, str]) -> str:
    """The animal a name is given with: the animal's word right before it, or "का नाम" between them
    ("बिल्ली का नाम चुन्नी"), or "नाम का" and the animal after it ("कालू नाम का कुत्ता")."""
    before = _HI_WORD.findall(told[max(0, start - 40) : start])
    after = _HI_WORD.findall(told[end : end + 40])
    if before and before[-1] in animals:
        return animals[before[-1]]
    if len(before) >= 3 and before[-2:] == ["का", "नाम"] and before[-3] in animals:
        return animals[before[-3]]
    if len(after) >= 3 and after[:2] == ["नाम", "का"] and after[2] in animals:
        return animals[after[2]]
    return ""


def _acts_somewhere(told: str, name: str) -> bool:
    return any(
        acts_here(told, _At(m.start(), m.end()), "hi")
        for m in re.finditer(rf"(?<![\u0900-\u097f]){re.escape(name)}(?![\u0900-\u097f])", told)
    )

"""Guessing a character's age and gender from cues, parentheticals, names and the action around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FEMALE_WORDS = {
    "mrs", "ms", "miss", "madam", "lady", "woman", "girl", "mother", "mom", "mum", "grandma", "granny",
    "grandmother", "aunt", "auntie", "sister", "daughter", "queen", "princess", "wife", "nun", "goddess",
    "didi", "amma", "maa", "nani", "dadi", "host2", "she", "her", "hostess", "actress", "waitress",
}  # fmt: skip
_MALE_WORDS = {
    "mr", "sir", "man", "boy", "father", "dad", "papa", "grandpa", "grandfather", "uncle", "brother",
    "son", "king", "prince", "husband", "monk", "priest", "swami", "guru", "pandit", "bhaiya", "nana",
    "dada", "he", "him", "his", "lord", "captain", "keeper", "fisherman",
}  # fmt: skip
_FEMALE_NAMES = {
    "maya", "priya", "anna", "maria", "sara", "sarah", "emma", "olivia", "sophia", "ava", "mia", "lily",
    "asha", "lakshmi", "sita", "radha", "meera", "anjali", "kavya", "diya", "aisha", "fatima", "elena",
    "lucia", "julia", "nina", "zoe", "grace", "rose", "alice", "claire", "leila", "yuki", "mei", "ling",
    "sunita", "geeta", "parvati", "durga", "uma", "ananya", "isha", "neha", "pooja", "riya", "tara",
    "elsa", "hannah", "jane", "kate", "linda", "mary", "nora", "ruth", "susan", "amara", "jenny",
}  # fmt: skip
_MALE_NAMES = {
    "ravi", "arjun", "rahul", "amit", "raj", "vikram", "krishna", "rama", "ram", "shiva", "ganesh",
    "john", "james", "david", "michael", "tom", "jack", "leo", "sam", "ben", "omar", "ali", "ahmed",
    "carlos", "juan", "luca", "marco", "hans", "ivan", "kenji", "hiro", "wei", "chen", "joe", "bob",
    "peter", "paul", "mark", "george", "henry", "arthur", "elias", "noah", "liam", "ethan", "adam",
    "aryan", "rohan", "kabir", "dev", "manu", "gopal", "hari", "mohan", "suresh", "vijay", "old",
}  # fmt: skip
_CHILD_WORDS = {
    "child",
    "kid",
    "boy",
    "girl",
    "baby",
    "toddler",
    "little",
    "young",
    "son",
    "daughter",
    "student",
}
_ELDER_WORDS = {"old", "elderly", "grandma", "grandpa", "granny", "grandfather", "grandmother", "aged", "elder",
                "nani", "dadi", "nana", "dada", "ancient", "wise", "sage", "swami", "guru"}  # fmt: skip
_MIDDLE_WORDS = {"mother", "father", "mom", "dad", "teacher", "doctor", "captain", "keeper", "professor",
                 "mr", "mrs", "uncle", "aunt", "priest", "pandit", "boss", "manager"}  # fmt: skip

_AGE_NUMBER = re.compile(r"\(\s*(\d{1,3})\s*s?\s*\)|,\s*(\d{1,3})\s*s?\s*,")


@dataclass
class Traits:
    gender: str = "neutral"
    age: str = "young_adult"
    gender_evidence: str = "default"
    age_evidence: str = "default"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def age_from_years(years: int) -> str:
    if years < 13:
        return "child"
    if years < 36:
        return "young_adult"
    if years < 60:
        return "middle_aged"
    return "elderly"


def infer_traits(name: str, *, parentheticals: list[str], context: str) -> Traits:
    """Evidence in order of trust: the cue's own words, parentheticals, an age given beside the name in
    action lines, pronouns near the name, then first names."""
    traits = Traits()
    name_words = _words(name)
    paren_words = [w for p in parentheticals for w in _words(p)]
    mentions = _mentions(name, context)
    mention_words = [w for m in mentions for w in _words(m)]

    for source, words in (("name", name_words), ("parenthetical", paren_words), ("action", mention_words)):
        if traits.gender_evidence == "default":
            fem = sum(w in _FEMALE_WORDS for w in words)
            mal = sum(w in _MALE_WORDS for w in words)
            if fem != mal:
                traits.gender = "female" if fem > mal else "male"
                traits.gender_evidence = source
        if traits.age_evidence == "default":
            if any(w in _CHILD_WORDS for w in words) and source != "action":
                traits.age, traits.age_evidence = "child", source
            elif any(w in _ELDER_WORDS for w in words):
                traits.age, traits.age_evidence = "elderly", source
            elif any(w in _MIDDLE_WORDS for w in words) and source == "name":
                traits.age, traits.age_evidence = "middle_aged", source

    for m in mentions:  # "MAYA (8)" or "RAVI, 45," beside the name in action
        match = _AGE_NUMBER.search(m[: len(name) + 12])
        if match:
            traits.age = age_from_years(int(match.group(1) or match.group(2)))
            traits.age_evidence = "stated age"
            break

    if traits.gender_evidence == "default":
        for word in name_words:
            if word in _FEMALE_NAMES or word in _MALE_NAMES:
                traits.gender = "female" if word in _FEMALE_NAMES else "male"
                traits.gender_evidence = "name"
                break
    return traits


def _mentions(name: str, context: str) -> list[str]:
    """Sentences of the action that name the character, each starting at the name."""
    out = []
    pattern = re.compile(r"\b" + re.escape(name) + r"\b", re.IGNORECASE)
    for sentence in re.split(r"(?<=[.!?])\s+", context):
        match = pattern.search(sentence)
        if match:
            out.append(sentence[match.start() :])
    return out

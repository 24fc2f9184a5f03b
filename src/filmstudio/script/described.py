"""A named character called later by what they are: after "Jonas, a boy of seven" the story says "the
boy laughed", "said the poor child", "dit la petite", "contestó la anciana", "fragte der Alte". Such a
description is the one named character it fits (the gender and the age it tells agree with what was read
of the named one) when that one alone fits and was named before it: one character, never a second one.

A description brought in with an indefinite article ("a boy came by", "un garçon passa", "ein Junge kam")
is someone new; one that says what someone is ("Jonas was a small boy") is not. Only a description by
age reads so (a child, an old person): a grown-up's word is a trade or a rank ("la criada", "the mayor"),
someone of their own. Where two named characters fit, or none, or the story speaks of several of that
kind ("two small boys"), the description is left as it was read."""

from __future__ import annotations

import re
from collections.abc import Iterable

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.mentions import met_as_newcomer
from filmstudio.script.persons import describing_words, person_words
from filmstudio.storyboard import Character


def description_traits(words: str, language: str) -> tuple[str, str] | None:
    """(gender or "", age or "") a description of a person tells ("boy", "poor child", "little fellow",
    "pauvre enfant", "Alte"), or None where the words are not one (a name, a thing). Its head, the last
    word, names the person; the words before may only qualify it, and an age word among them ("old",
    "little") tells the age where the head does not."""
    from filmstudio.script.quotes import word_traits

    tokens = words.split()
    if not tokens:
        return None
    kind, gender, age = word_traits(words, language)
    if kind != "person" and len(tokens) > 1:
        kind, gender, age = word_traits(tokens[-1], language)
    if kind != "person":
        return None
    ages = describing_words(language)
    for word in tokens[:-1]:
        told = ages.get(word.lower())
        if told is not None and not age:
            age = told[1]
    return (gender, age) if gender or age else None


def fits(character: Character, gender: str, age: str) -> bool:
    """Whether what was read of a character (with the words that showed it) is what a description
    tells: a description's gender needs the same gender, its age the same age."""
    if gender and (character.gender != gender or not character.gender_words):
        return False
    return not age or (character.age == age and bool(character.age_words))


def the_named_one(
    words: str, characters: Iterable[Character], text: str, language: str, *, before: int | None = None
) -> Character | None:
    """The one named character the description `words` stands for in `text`, or None. The character is
    named before the description first comes (`before`, where the caller knows it), is a person (no
    animal, not the narrator), is named by a name (not itself a description), and is the only one to fit;
    a description the story ever brings in as a newcomer is someone else."""
    traits = description_traits(words, language)
    head = words.split()[-1] if words.split() else ""
    # a story calls its child and its old people by their age ("the boy", "la petite", "der Alte"); a word
    # for a grown-up tells a trade or a rank ("entró la criada", "the mayor"): someone of their own
    if traits is None or traits[1] not in ("child", "elderly") or not head:
        return None
    said = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(head)}(?![\w'’-])", text, re.I)]
    first = before if before is not None else (said[0] if said else None)
    if first is None or any(met_as_newcomer(text, at, language) for at in said):
        return None  # "a boy came by": someone new, wherever the story brings them in
    if _several(text, head, language):
        return None  # "Tom and Jonas were two small boys": "the boy" is either
    fitting = [
        c
        for c in characters
        if c.id != "narrator"
        and c.animal is None
        and description_traits(c.name, language) is None
        and _named_before(c.name, text, first)
        and fits(c, *traits)
    ]
    return fitting[0] if len(fitting) == 1 else None


def _several(text: str, head: str, language: str) -> bool:
    """Whether the text speaks of several of the kind a description's noun names: another form of the
    noun, its plural ("two small boys" for "the boy", "die Kinder" for "das Kind"), is in it. A noun
    only: the forms of a word used as one ("der Alte", "dem alten Konrad") are one person's."""
    noun = lemma_of(head.lower(), language)
    if noun not in person_words(language):
        return False
    forms = {w.lower() for w in re.findall(r"[^\W\d_][\w-]*", text)}
    return any(w != head.lower() and w != noun and lemma_of(w, language) == noun for w in forms)


def _named_before(name: str, text: str, at: int) -> bool:
    found = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)
    return found is not None and found.start() < at


def described_speakers(
    identity: dict[str, str], characters: dict[str, Character], text: str, language: str
) -> dict[str, str]:
    """Speakers cast by a description ("said the boy", "contestó la anciana") -> the id of the named
    character it stands for, where one alone fits: their lines are that character's."""
    out = {}
    for speaker, cid in identity.items():
        character = characters.get(cid)
        if character is None or cid == "narrator" or description_traits(character.name, language) is None:
            continue
        named = the_named_one(character.name, [c for c in characters.values() if c is not character], text, language)
        if named is not None:
            out[speaker] = named.id
    return out

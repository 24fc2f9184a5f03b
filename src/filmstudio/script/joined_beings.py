"""An animal named beside the subject it does the verb with ("The dog and the cat ran after the ball.",
"Lotte and her hen walked home.", "La cabra y el cordero bajaron al río."), when the story never cast that
animal (named once, it is no character): it does the verb too, so it is in the shot, drawn as one of its
kind beside the cast (an `Extra` of one), not dropped from a sentence whose subject it is half of.

A subject run is names joined by "and" or a comma, with only articles or possessives between (the joining
words of `presence._JOINED` and the determiners of `beings.DETERMINERS`): the animal and one of the moment's
people stand in one run, and the run opens the clause (nothing but joining words and determiners before its
first name in the sentence), so an object ("the dog chased the cat") or a thing named later is no part of it.

The same run tells why a verb is plural: "el pescador y su esposa se sentaron" is two, not a crowd of wives
(`coordinated`, read where groups are found)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from filmstudio.script.beings import DETERMINERS
from filmstudio.script.mentions import find_mentions
from filmstudio.script.staging_data import staging_section
from filmstudio.storyboard import Character, Extra, Moment

# the words that join the names of one subject, per language (a closed set: "and" and its kin)
_AND = {"and", "&", "y", "e", "et", "und", "и", "i"}
# the words that may open a sentence before its subject: time and sequence, kept short on purpose
_OPENERS = {"then", "now", "so", "but", "soon", "luego", "entonces", "puis", "alors", "dann", "da", "poi", "então"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def only_joints(gap: str, language: str, *, opening: bool = False) -> bool:
    """Whether the words of `gap` only join names (or, at the sentence's start, open it)."""
    possessives = {w for ws in staging_section(language, "possessives").values() for w in ws}
    small = set(DETERMINERS.get(language, "").split()) | possessives
    allowed = small | _AND | (_OPENERS if opening else set())
    words = [w.lower() for w in _WORD.findall(gap)]
    if re.search(r"[.;:!?«»\"“”]", gap):
        return False
    return all(w in allowed for w in words) and (opening or "," in gap or any(w in _AND for w in words))


def joined_animals(
    moment: Moment,
    text: str,
    language: str,
    named: Sequence[tuple[int, str, str]],
    characters: Sequence[Character],
) -> None:
    """Add to the moment, as extras of one, the animals no one of the cast is that stand in its subject run
    beside one of its people (see the module's note)."""
    if not moment.who:
        return
    cast_animals = {c.animal for c in characters if c.animal}
    taken = {e.animal for e in moment.extras if e.animal}
    people = sorted((at, at + len(word)) for at, cid, word in named if cid in moment.who)
    if not people:
        return
    animals = [
        m
        for m in find_mentions(text, language)
        if m.kind == "animal" and m.animal and not m.plural and m.animal not in cast_animals | taken
    ]
    if not animals:
        return
    spans = sorted([*people, *((m.start, m.end) for m in animals)])
    # the run that opens the sentence: its first name with only openers before it, then each joined on
    if not only_joints(text[: spans[0][0]], language, opening=True):
        return
    run = [spans[0]]
    for span in spans[1:]:
        if only_joints(text[run[-1][1] : span[0]], language):
            run.append(span)
        else:
            break
    if not any(span in run for span in people):
        return
    for m in animals:
        if m.animal is not None and (m.start, m.end) in run and m.animal not in taken:
            taken.add(m.animal)
            moment.extras.append(
                Extra(kind="animals", words=[text[m.start : m.end]], verb=moment.verb, count=1, animal=m.animal)
            )


def coordinated(text: str, start: int, end: int, language: str) -> bool:
    """Whether the noun written at start..end is joined by "and" to another one named right before or after
    it ("el pescador y su esposa se sentaron", "saßen der Fischer und seine Frau"): a plural verb then agrees
    with the two together, and says nothing of the noun being a group ("esposa" is one wife)."""
    after = re.match(r"\s+([^\W\d_]+)\s", text[end:])
    if after is not None and after.group(1).lower() in _AND:
        return True
    possessives = {w for ws in staging_section(language, "possessives").values() for w in ws}
    small = set(DETERMINERS.get(language, "").split()) | possessives
    for m in reversed(list(re.finditer(r"[^\W\d_][\w'’-]*|[^\w\s]", text[max(0, start - 60) : start]))):
        word = m.group(0).lower()
        if word in _AND:
            return True
        if word not in small:
            return False
    return False

"""English noun-noun compounds written as two words: "the kitchen door", "two coffee cups", "a soup pot",
"the dog bed", "a paper boat". English puts a compound's head last; the noun before it only says what
kind of head it is and names no thing of its own (a dog bed is a bed: no dog is drawn). And where the head
names an animal after a modifier that names an artefact (a device, a tool, a vehicle: "the computer
mouse"), the whole is a thing named after the animal, not the animal, and the painter draws neither.

A compound is two words the lexicon names, side by side with one space or hyphen between, the first
written as its singular (a modifier does not take the plural: "the dogs bark" is no compound). A head in
-s that is as often a verb ("the cat watches", "the girl rings the bell") makes a compound only after a
number or a word that counts ("two coffee cups", "some tea cups")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

# the kinds of things (things_table.py) that are made, not born: an animal's word after one of them names
# a thing made or named after the animal ("computer mouse")
_ARTEFACTS = frozenset({"furniture", "tool", "vehicle"})
# words that count what follows: after them a head in -s is a plural noun, not a verb
_COUNTING = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred"}
    | {"many", "several", "few", "some", "all", "both", "these", "those", "their", "our", "your", "my", "his", "her"}
)


class Named(NamedTuple):
    """A word the lexicon named: where it is written (start, end in the text), the token and its name."""

    start: int
    end: int
    token: str
    name: str
    at: int  # where the part that named it begins (a hyphened compound's head: "fir-tree")


def compound_parts(
    found: Sequence[Named],
    text: str,
    kinds: Callable[[str], set[str]],
    verb_like: Callable[[str], bool],
) -> set[int]:
    """The indexes in `found` of the words that name no thing of their own: each modifier of a compound,
    and an animal head after an artefact's word. `kinds(name)` gives the kinds of things a name is;
    `verb_like(word)` whether a word is as often a verb."""
    drop: set[int] = set()
    for i in range(len(found) - 1):
        first, head = found[i], found[i + 1]
        if not re.fullmatch(r" ?-?", text[first.end : head.start]) or first.end == head.start:
            continue
        if first.token != first.name or first.token.endswith("'s"):
            continue  # a plural or an owner ("the dogs bark", "the dog's bed") modifies nothing
        if head.token.endswith("s") and head.token != head.name and verb_like(head.name):
            before = re.findall(r"[\w']+", text[max(0, first.start - 30) : first.start])
            if not before or before[-1] not in _COUNTING and not before[-1].isdigit():
                continue  # "the cat watches the birds": a subject and its verb
        drop.add(i)
        if "animal" in kinds(head.name) and kinds(first.name) & _ARTEFACTS and not kinds(first.name) & {"animal"}:
            drop.add(i + 1)  # "the computer mouse": no mouse
    return drop

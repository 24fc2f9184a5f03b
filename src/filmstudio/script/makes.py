"""Things named by who made them: a car by its make or model ("parks the Mustang", "her old Chevy"), an
airplane by its maker ("a Cessna"), a phone, a bottle, a beer or a gun by its brand ("checks his iPhone",
"pours the Jack Daniel's"). Each is read as its kind, the key the painter draws (data/makes.json: many names
per kind, the same in every language that writes them so).

A make is a name, so it counts only written as one: with a capital and inside its sentence, never as the
sentence's first word (where a capital says nothing: "Beetles swarm", "Colts graze"); the lower-case word
is the common noun it may also be (a mustang, a jaguar, a ford)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

# what may end the text before a sentence's first word: a sentence's end, a colon, an opening quote or dash
_OPENS = re.compile(r"(?:^|[.!?:;…\"“”«»(\[—–])\s*$")


@lru_cache(maxsize=1)
def makes() -> dict[str, set[str]]:
    """Each kind (a thing's key) -> its makes as written ("Jack Daniel's", "iPhone")."""
    path = resources.files("filmstudio.script") / "data" / "makes.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    return {key: set(names) for key, names in table.items() if not key.startswith("_")}


@lru_cache(maxsize=1)
def make_words() -> frozenset[str]:
    """Every make's name, lower-cased, as the lexicons index it."""
    return frozenset(" ".join(n.lower().replace("’", "'").split()) for names in makes().values() for n in names)


def written_as_a_make(cased: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) of a text are written as a name: a capital in its first word and
    a word before it in the same sentence."""
    first = re.match(r"[\w'’.&-]+", cased[start:end])
    if first is None or not any(ch.isupper() for ch in first.group(0)):
        return False
    return not _OPENS.search(cased[:start])


def makes_in(text: str) -> set[str]:
    """The words of the makes a text names as makes, lower-cased: never a person's name, though capitalised
    ("climbs out of his Chevy")."""
    flat = " ".join(text.replace("’", "'").split())
    low = flat.lower()
    out: set[str] = set()
    for name in make_words():
        for m in re.finditer(rf"(?<![\w'-]){re.escape(name)}(?:s|es)?(?![\w'-])", low):
            if written_as_a_make(flat, m.start(), m.end()):
                out.update(re.findall(r"[^\W\d_][\w'’-]*", name))
    return out


def a_make_here(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are a make, not a being a fable names with a capital: a make's
    name, written as one, past the second word of its sentence ("climbs out of the Mustang", "her Jaguar";
    "The Jaguar said" is the fable's jaguar)."""
    name = " ".join(text[start:end].lower().replace("’", "'").split())
    if name not in make_words() and re.sub(r"(?:e?s)$", "", name) not in make_words():
        return False
    if not written_as_a_make(text, start, end):
        return False
    sentence = re.split(r"[.!?:;…\"“”«»\n]", text[:start])[-1]
    return len(re.findall(r"[^\W\d_][\w'’-]*", sentence)) >= 2

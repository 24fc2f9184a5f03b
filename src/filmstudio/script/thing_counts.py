"""How many of a thing a sentence names, and whether they are piled up: "three cups on the table",
"a dozen crates stacked up", "a stack of books". A number word (the language's staging numbers,
or digits) just before the thing's word counts it; a pile word before it ("a stack of") makes it a few,
stacked; a stacking phrase anywhere in the sentence ("piled", "one upon another") stacks what is counted.
Pile words per language in data/piles.json."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from filmstudio.script.roles import NUMBER_WORDS
from filmstudio.script.staging_data import staging_section
from filmstudio.storyboard import Prop

NUMBER_WINDOW = 3  # how many words before the thing's word its number may be ("twelve soft old cushions")


@lru_cache(maxsize=1)
def _piles() -> dict[str, Any]:
    path = resources.files("filmstudio.script") / "data" / "piles.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def _numbers(language: str) -> dict[str, int]:
    data = staging_section(language, "numbers")
    return NUMBER_WORDS | {word.lower(): int(n) for n, words in data.items() for word in words}


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W_][\w'-]*", text)]


def with_count(prop: Prop, text: str, language: str) -> Prop:
    """The prop with the count and the stacking the sentence gives it (itself where it gives none)."""
    if not prop.words:
        return prop
    low = text.lower()
    at = low.find(prop.words[0].lower())
    if at < 0:
        return prop
    before = _words(low[:at])[-NUMBER_WINDOW:]
    numbers = _numbers(language.split("-")[0])
    piles = _piles().get(language.split("-")[0], {})
    count = None
    for word in reversed(before):
        n = int(word) if word.isdigit() else numbers.get(word)
        if n is not None:
            count = n
            break
    piled = bool(set(before) & set(piles.get("piles", ())))
    if piled and count is None:
        count = int(piles.get("pile_count", 4))
    stacked = piled or any(re.search(rf"\b{re.escape(p)}\b", low) for p in piles.get("stacked", ()))
    if count is None or count < 2:
        return prop
    return prop.model_copy(update={"count": count, "stacked": stacked})

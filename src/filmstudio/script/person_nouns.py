"""Nouns that name a person beyond the hand-kept role words and CLDR's: in English, every noun WordNet 3.0
files under person.n.01 as its first sense ("customer", "pilgrim", "citizen", "heiress"), with the gender
and age its tree says (`data/person_nouns_en.json`, built by bench/build_person_nouns.py, WordNet's
licence beside it). A noun met as a thing first ("page", "fan", "star") is not in it. The words only
make a mention; a mention becomes a character as any other does (it speaks, acts, comes back)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def wordnet_person_nouns() -> dict[str, tuple[str, str]]:
    """English person nouns -> (gender or "", age or ""), loaded when first asked for."""
    path = resources.files("filmstudio.script") / "data" / "person_nouns_en.json"
    words: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["words"]
    out = {}
    for word, traits in words.items():
        if "-" in word:
            continue  # "mother-in-law": read by its head word, which tells gender and age (kin words)
        parts = [] if traits == "person" else traits.split()
        gender = parts.pop(0) if parts and parts[0] in ("male", "female") else ""
        out[word] = (gender, parts[0] if parts else "")
    return out


def more_person_nouns(language: str) -> dict[str, tuple[str, str]]:
    """The person nouns a language has beyond its role words and CLDR's (English alone has a list)."""
    from filmstudio.script.creature_nouns import creature_person_nouns  # the small folk, the angels

    return {**creature_person_nouns(language), **wordnet_person_nouns()} if language == "en" else {}

"""Words for places our settings have no word of their own for, mapped to the nearest drawable setting: in
English, the nouns whose first WordNet 3.0 sense falls under a place we draw ("tarn": the pond, "smithy":
the workshop, "lodgings": the mansion, "kennel": the stable, "scullery": a room of the house;
`data/place_nouns_en.json`, built by bench/build_place_nouns.py, WordNet's licence beside it in
person_nouns_en.LICENSE.txt). They only add to a setting's own words (vocabulary.places)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _wordnet_place_nouns() -> dict[str, str]:
    path = resources.files("filmstudio.script") / "data" / "place_nouns_en.json"
    words: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["words"]
    return words


def more_place_nouns(language: str) -> dict[str, set[str]]:
    """setting -> the words a language has for it beyond ours (English alone has a list)."""
    out: dict[str, set[str]] = {}
    for word, setting in (_wordnet_place_nouns() if language == "en" else {}).items():
        out.setdefault(setting, set()).add(word)
    return out

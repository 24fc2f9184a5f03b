"""Words for made things and foods the words table has no word for, mapped to the nearest drawable thing: in
English, the nouns whose first WordNet 3.0 sense is a made thing or a food under (or beside) a thing we draw
("cudgel": the walking stick, "skillet": the pot, "harp": the guitar, "vase": the jar;
`data/thing_nouns_en.json`, built by bench/build_thing_nouns.py, WordNet's licence beside it). They only add
to a thing's own words (vocabulary.things), never replace them; a word the settings, the people or the
animals have is theirs."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from filmstudio.script.lexicon import Match


@lru_cache(maxsize=1)
def _wordnet_thing_nouns() -> dict[str, str]:
    path = resources.files("filmstudio.script") / "data" / "thing_nouns_en.json"
    words: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["words"]
    return words


def more_thing_nouns(language: str) -> dict[str, set[str]]:
    """thing key -> the words a language has for it beyond ours (English alone has a list)."""
    out: dict[str, set[str]] = {}
    for word, key in (_wordnet_thing_nouns() if language == "en" else {}).items():
        out.setdefault(key, set()).add(word)
    return out


def contents_not_vessels(things: Iterable[Match], text: str, language: str) -> list[Match]:
    """The things left once a thesaurus vessel said only with its contents is out: "a vase of flowers" shows
    the flowers, "a flagon of wine" the wine; "a sack of flour", whose contents are nothing drawn, the sack."""
    found = list(things)
    thesaurus = _wordnet_thing_nouns() if language == "en" else {}
    if not thesaurus:
        return found
    low = " ".join(text.lower().split())
    out = []
    for m in found:
        others = [w.lower() for o in found if o.key != m.key for w in o.words if w]
        if m.words and others and all(w.lower() in thesaurus and _only_of(w.lower(), others, low) for w in m.words):
            continue
        out.append(m)
    return out


def _only_of(word: str, contents: list[str], low: str) -> bool:
    """Every time the text says the word it is "<word> of <contents>" (an adjective may come between)."""
    said = list(re.finditer(rf"(?<!\w){re.escape(word)}(?:e?s)?(?!\w)", low))
    held = rf"\s+of\s+(?:[^\W\d_]+\s+)?(?:{'|'.join(re.escape(c) for c in contents)})(?!\w)"
    return bool(said) and all(re.match(held, low[s.end() :]) for s in said)

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


@lru_cache(maxsize=1)
def _wordnet_kind_nouns() -> dict[str, object]:
    """The nouns no key draws as itself, each with the kind it is drawn as (`data/thing_kinds_en.json`, built
    by bench/build_thing_kinds.py: a deer hide is a cloth, a chisel a tool; animation/thing_kinds.py)."""
    path = resources.files("filmstudio.script") / "data" / "thing_kinds_en.json"
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def more_thing_nouns(language: str) -> dict[str, set[str]]:
    """thing key -> the words a language has for it beyond ours (English alone has a list): the nearest
    drawable thing's, else the kind's it is drawn by."""
    out: dict[str, set[str]] = {}
    kinds: dict[str, str] = _wordnet_kind_nouns()["words"] if language == "en" else {}  # type: ignore[assignment]
    for word, key in [*kinds.items(), *(_wordnet_thing_nouns() if language == "en" else {}).items()]:
        out.setdefault(key, set()).add(word)
    return out


def noun_phrase_only(language: str) -> frozenset[str]:
    """The kind nouns met as verbs more often than as nouns ("hide", "wrap"): things only in a noun phrase."""
    words: list[str] = _wordnet_kind_nouns()["after_article"] if language == "en" else []  # type: ignore[assignment]
    return frozenset(words)


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

"""Clothes a sentence has someone wear are on them, not in their hand: "in an old coat and black boots,
Joe waits", "she put on her red hat", "wearing a scarf". A piece of clothing named after a word that wears
it (or after another worn one, joined by "and") is worn; one taken off, hung up or handed over is a thing
like any other. Words per language in data/worn.json."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from filmstudio.script.lexicon import Match


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources.files("filmstudio.script") / "data" / "worn.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_][\w'-]*", text)]


def worn(named: list[Match], text: str, language: str) -> set[int]:
    """The positions of the things in `named` that the sentence has someone wear."""
    data = _data()
    words = data.get(language.split("-")[0])
    if not words:
        return set()
    before, put, on, joined = (set(words[k]) for k in ("before", "put_on", "on", "and"))
    out: set[int] = set()
    start, last_worn = 0, False
    for m in sorted(named, key=lambda m: m.position):
        between = _words(text[start : m.position])
        start = m.position + (len(m.words[0]) if m.words else 0)
        if m.key not in data["keys"]:
            last_worn = False
            continue
        near = between[-4:]  # "put on her red hat"
        put_on = any(a in put and b in on for a, b in zip(near, near[1:], strict=False))
        after_worn = last_worn and bool(set(between) & joined) and len(between) <= 4
        last_worn = bool(set(near) & before) or put_on or after_worn
        if last_worn:
            out.add(m.position)
    return out

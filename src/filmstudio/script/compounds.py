"""A German compound and its last noun said alone are one being: "der Steinbock … der Bock", "die
Meerkönigin … die Königin", "der Holzlöffel … der Löffel". The shorter word is the one compound of the
story that ends with it; where two do ("Waldkönig", "Meerkönig"), it may be either, and is left alone."""

from __future__ import annotations

from collections.abc import Iterable

# the shortest last noun read as a compound's head, so that no ending is taken for a word
_SHORTEST_HEAD = 3


def compound_of(word: str, wholes: Iterable[str], language: str) -> str | None:
    """The one of `wholes` that is a compound ending with `word` ("Steinbock" for "Bock"), or None."""
    if language != "de" or len(word) < _SHORTEST_HEAD or " " in word.strip():
        return None
    low = word.strip().lower()
    found = {w for w in wholes if w.lower().endswith(low) and len(w) >= len(low) + _SHORTEST_HEAD}
    return next(iter(found)) if len(found) == 1 else None


def shortened_speakers(identity: dict[str, str], names: dict[str, str], language: str) -> dict[str, str]:
    """Each speaker (identity: speaker -> id) whose name is the last noun of one compound a character is
    named by (names: id -> name) -> that character's id: "rief der Bock" of the Steinbock."""
    out: dict[str, str] = {}
    by_name = {name: cid for cid, name in names.items()}
    for speaker, cid in identity.items():
        whole = compound_of(names.get(cid, speaker), [n for c, n in names.items() if c != cid], language)
        if whole is not None:
            out[speaker] = by_name[whole]
    return out

"""A Russian group counted by a quantifier or a number is written in the genitive ("несколько охотников",
"много солдат", "пять крестьян", "два рыбака"): not the plural the crowd words list ("охотники",
"солдаты", "крестьяне"). The counted form is that group where its dictionary form is the listed plural's,
so "несколько рыбаков сидели у костра" is the fishermen, as "рыбаки сидели" is (groups.py reads whether
the group acts)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from filmstudio.script.lemmas import fold_yo, lemma_of

# the Russian words of quantity that take the genitive plural (the numbers come from the staging's list)
_QUANTITY_RU = frozenset({"несколько", "много", "немного", "множество", "сколько", "столько", "пара", "пару"})

Reading = tuple[str, str, str, str, str, str | None]


def counted_crowd(
    word: str,
    before: list[str],
    numbers: frozenset[str],
    crowd_words: Iterable[str],
    read_noun: Callable[[str, str], Reading | None],
) -> Reading | None:
    """groups.py's reading of a Russian noun counted by the word before it ("охотников" after
    "несколько"), as the listed plural of its dictionary form reads; None where it is no such group."""
    if not before or (before[0] not in _QUANTITY_RU and before[0] not in numbers):
        return None
    plural = _plurals_by_lemma(tuple(sorted(crowd_words))).get(fold_yo(lemma_of(fold_yo(word.lower()), "ru")))
    return read_noun(plural, "ru") if plural is not None else None


@lru_cache(maxsize=4)
def _plurals_by_lemma(crowd_words: tuple[str, ...]) -> dict[str, str]:
    return {fold_yo(lemma_of(w, "ru")): w for w in crowd_words}

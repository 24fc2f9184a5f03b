"""Years written out as a number: a digit string, a number word ("seven"), or tens and units written
apart or together ("sixty-five", "seventy two", "sesenta y cinco", "soixante-cinq", "fünfundsechzig").
An age read from the units alone would draw a sixty-five-year-old widow as a five-year-old child."""

from __future__ import annotations

import re

from filmstudio.script.roles import NUMBER_WORDS

# what joins tens and units when they are written apart: "sesenta y cinco", "vingt et un"
_JOINS = {"y", "et", "and", "e"}
# German writes the units first, joined to the tens: "fünfundsechzig", "einundzwanzig"
_GERMAN_UNITS = {"ein": 1, "eins": 1, **{w: n for w, n in NUMBER_WORDS.items() if 1 < n < 10}}
_GERMAN_COMPOUND = re.compile(r"^([a-zäöüß]+?)und([a-zäöüß]+)$")


def _word_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = NUMBER_WORDS.get(word)
    if value is not None:
        return value
    compound = _GERMAN_COMPOUND.match(word)
    if compound:
        units, tens = _GERMAN_UNITS.get(compound.group(1)), NUMBER_WORDS.get(compound.group(2))
        if units and tens and tens % 10 == 0 and tens >= 20:
            return tens + units
    return None


def spelled_years(text: str) -> int | None:
    """The number that opens `text` ("sixty-five", "seventy two years", "7"), or None where it opens with
    no number. Tens followed by units are one number."""
    words = [w for w in re.split(r"[\s\-‐–]+", text.strip().lower()) if w]
    if not words:
        return None
    first = _word_value(words[0])
    if first is None:
        return None
    rest = words[1:]
    if rest and rest[0] in _JOINS:
        rest = rest[1:]
    if 20 <= first < 100 and first % 10 == 0 and rest:
        units = _word_value(rest[0])
        if units is not None and 0 < units < 10 and not rest[0].isdigit():
            return first + units
    return first


def years_in_phrase(text: str) -> int | None:
    """The years a phrase ending before a word for years says: the whole phrase where it is a number
    ("sixty-five", "twenty three"), else its last word ("a five" of "a five year old")."""
    whole = spelled_years(text)
    if whole is not None:
        return whole
    words = re.split(r"[\s\-‐–]+", text.strip().lower())
    return _word_value(words[-1]) if words and words[-1] else None

"""Nouns for a time, in every language CLDR describes: the names of the days of the week, the parts
of the day ("morning", "Abend", "noche"), the words for a day, a week, a month, a year and an hour,
yesterday and tomorrow, from CLDR's calendar data (Debian's `unicode-cldr-core`); the seasons and the
few parts of the day CLDR leaves out ("dawn", "lendemain") from `data/time_nouns.json`. Not the months:
April, May, June and August are as often someone's name.

A time is never anyone: "One morning the cook said", "Eines Tages sagte sie", "Una noche dijo" tell
when, and the noun after the article is no speaker."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from functools import lru_cache
from importlib import resources

from filmstudio.script.lemmas import fold_yo, lemma_of
from filmstudio.script.lexicon import CLDR_DIR

# the calendar fields whose names are nouns for a stretch of time ("era", "zone" are not)
_FIELDS = ("year", "quarter", "month", "week", "day", "weekday", "hour", "minute")


def is_time_word(word: str, language: str) -> bool:
    """Whether a word, in any of its forms ("Tages", "утром", "mornings"), names a time; German's adverbs
    of time in -s ("sonntags", "abends") too."""
    low = fold_yo(word.strip().lower())
    nouns = time_nouns(language)
    if language == "de" and low.endswith("s") and low[:-1] in nouns:
        return True
    return low in nouns or lemma_of(low, language) in nouns


@lru_cache(maxsize=32)
def time_nouns(language: str) -> frozenset[str]:
    """The language's nouns for a time, lower case (ё written е)."""
    words = set(_cldr_time_words(language)) | set(_own_time_words(language))
    return frozenset(fold_yo(w.lower()) for w in words if w)


def _cldr_time_words(language: str) -> list[str]:
    path = CLDR_DIR / "main" / f"{language.split('-')[0]}.xml"
    if not language.replace("-", "").isalnum() or not path.is_file():
        return []
    root = ET.parse(path).getroot()
    calendar = root.find(".//calendar[@type='gregorian']")
    names = []
    if calendar is not None:
        for where in (
            "days/dayContext/dayWidth[@type='wide']/day",
            "dayPeriods/dayPeriodContext/dayPeriodWidth[@type='wide']/dayPeriod",
        ):
            # a part of the day may be a phrase ("in the morning", "de la tarde"): its noun ends it
            names += [
                node.text.split()[-1]
                for node in calendar.findall(where)
                if node.text and node.get("type") not in ("am", "pm")
            ]
    for field in root.findall(".//fields/field"):
        if field.get("type") in _FIELDS:
            shown = field.findtext("displayName") or ""
            said = [node.text or "" for node in field.findall("relative")]
            names += [w for w in (shown, *said) if w and " " not in w]  # "yesterday", "morgen", "demain"
    return [n.replace("’", "'") for n in names]


def _own_time_words(language: str) -> list[str]:
    data = json.loads((resources.files("filmstudio.script") / "data" / "time_nouns.json").read_text(encoding="utf-8"))
    own = data.get(language, {})
    return [w for words in own.values() for w in words]

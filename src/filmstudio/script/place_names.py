"""Names of real places and of the months, offline: the countries and the cities Unicode CLDR names in each language (its
territory names, and the cities its time zones are named by: "Madrid", "Moscú", "Lissabon"), plus the
English city of every time zone id. A capital opening a sentence before a verb ("Madrid dormía bajo la
nieve") is a place, not a person, when it is one of these."""

from __future__ import annotations

import re
from functools import lru_cache

from filmstudio.script.lexicon import CLDR_DIR


@lru_cache(maxsize=16)
def place_names(language: str) -> frozenset[str]:
    """Lower-cased one-word names of countries and cities in `language` and in English."""
    names: set[str] = set()
    for code in dict.fromkeys([language, "en"]):
        path = CLDR_DIR / "main" / f"{code}.xml"
        if not path.is_file():
            continue
        xml = path.read_text(encoding="utf-8")
        names.update(re.findall(r"<territory type=\"[A-Z]{2}\"[^>]*>([^<]+)<", xml))
        names.update(re.findall(r"<exemplarCity[^>]*>([^<]+)<", xml))
    zones = CLDR_DIR / "bcp47" / "timezone.xml"
    if zones.is_file():  # "Europe/Madrid": the city English calls it by
        for ids in re.findall(r"alias=\"([^\"]+)\"", zones.read_text(encoding="utf-8")):
            names.update(z.rsplit("/", 1)[-1].replace("_", " ") for z in ids.split() if "/" in z)
    return frozenset(n.strip().lower() for n in names if " " not in n.strip())


@lru_cache(maxsize=16)
def months(language: str) -> frozenset[str]:
    """Lower-cased names of the months in `language` ("setembro", "Oktober"), as CLDR writes them."""
    path = CLDR_DIR / "main" / f"{language}.xml"
    if not path.is_file():
        return frozenset()
    xml = path.read_text(encoding="utf-8")
    return frozenset(m.strip().lower() for m in re.findall(r"<month type=\"\d+\"[^>]*>([^<]+)<", xml) if len(m) > 3)

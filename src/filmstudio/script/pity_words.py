"""Nouns of pity a story calls one of its people by, for a word of their own ("il poveretto", "o coitado",
"der arme Kerl", "бедняга"): a person by themselves, of the gender their ending tells (none for Russian's
nouns of common gender, which agree with whoever they stand for); and the titles of address a language
writes in lower case ("его сиятельство", "ваше величество"), which no capital makes a name. Never someone new
by themselves: second_names.py reads them as a second name of someone already there."""

from __future__ import annotations

PITY_NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "de": {"kerl": ("male", ""), "tropf": ("male", ""), "wicht": ("male", "")},
    "fr": {"pauvret": ("male", ""), "pauvrette": ("female", ""), "bonhomme": ("male", "")},
    "es": {"pobrecito": ("male", ""), "pobrecita": ("female", "")},
    "it": {
        "poveretto": ("male", ""),
        "poveretta": ("female", ""),
        "poverino": ("male", ""),
        "poverina": ("female", ""),
    },
    "pt": {
        "coitado": ("male", ""),
        "coitada": ("female", ""),
        "coitadinho": ("male", ""),
        "coitadinha": ("female", ""),
        "pobrezinho": ("male", ""),
        "pobrezinha": ("female", ""),
    },
    "ru": {"бедняга": ("", ""), "бедняжка": ("", ""), "бедолага": ("", ""), "горемыка": ("", "")},
}

LOWER_CASE_TITLES: dict[str, dict[str, tuple[str, str]]] = {
    "ru": {
        title: ("", "")
        for title in ("величество", "высочество", "сиятельство", "превосходительство", "светлость", "благородие")
    },
}

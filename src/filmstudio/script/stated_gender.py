"""The gender another name in a passage states, so that a pronoun after it is matched to the nearest name
it fits rather than to the nearest name ("Harriet walked in with Tom. She poured tea": Tom is no "she",
so "she" is Harriet's). A name says its gender where the given-name lists hold it as one gender's only,
or where a title that has a gender stands right before it ("Mrs Ashdown", "Herr Krause", "Doña Inés",
"श्रीमती वर्मा"); any other name may be anyone, and a pronoun after it stays unread."""

from __future__ import annotations

import re
from collections.abc import Collection


def name_gender(name: str, before: str, language: str, female: Collection[str], male: Collection[str]) -> str:
    """ "female", "male" or "" for a name written in a passage after the text `before`."""
    from filmstudio.script.roles import PRONOUNS, role_words

    low = name.lower()
    own = role_words(language).get(low, ("", ""))[0] if low not in PRONOUNS else ""
    if own:
        return own  # a title or a role written with its capital ("Mrs", "Doña")
    if low in female and low not in male:
        return "female"
    if low in male and low not in female:
        return "male"
    title = re.search(r"([^\W\d_]+)\.?\s*$", before)
    if title is None:
        return ""
    word = title.group(1).lower()
    gender = role_words(language).get(word, ("", ""))[0] if word not in PRONOUNS else ""
    return gender if _a_title(title.group(1), word) else ""


def _a_title(written: str, word: str) -> bool:
    """Whether a word before a name is its title: written with a capital ("Mrs", "Frau", "Doña"), or one of
    the English abbreviations; a noun in lower case before a name is the name's object ("saw Tom")."""
    return written[:1].isupper() or word in ("mr", "mrs", "ms", "miss")

"""A thing's word inside a name names no thing. In a language that writes its common nouns in lower case, a
word a text writes only with a capital in the middle of a sentence is a name there ("We hear you, Falcon":
a ship's call sign, "the Crown" an inn), and in a name of several capitalised words only the head is the
kind of thing the name is ("New-Moon Lane" is a lane, no moon; "the Plum-Tree" is a tree). A make is the
thing it makes ("his Chevy": script/makes.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from filmstudio.languages import LANGUAGES
from filmstudio.script.lexicon import Match
from filmstudio.script.makes import make_words

# languages whose nouns are capitalised as a rule (German): a capital there says nothing
_NOUNS_CAPITALISED = {"de", "lb"}
_CASED_SCRIPTS = {"latin", "cyrillic", "greek"}
# the heavens are written with a capital though they are the things themselves ("the Moon rose")
_HEAVENS = {"moon", "sun", "earth", "star", "planet"}
# languages that put a name's head last ("New-Moon Lane"); the others put it first ("Calle de la Luna")
_HEAD_LAST = {"en", "nl", "sv", "da", "nb", "nn"}
_WORD = r"[^\W\d_][\w'’]*"
# what may stand before a sentence's first word: a line's start, an end of sentence, a speaker's cue
_STARTS = re.compile(r"(?:^|[.!?:;…]|[\"“”‘’«»(\[—–-]\s)\s*$")


def names_no_things(things: Iterable[Match], text: str, language: str) -> list[Match]:
    """The things left once those named only inside names are out."""
    info = LANGUAGES.get(language)
    if not text or info is None or info.script not in _CASED_SCRIPTS or language in _NOUNS_CAPITALISED:
        return list(things)
    return [m for m in things if not _only_in_names(m, text, language)]


def _only_in_names(match: Match, text: str, language: str) -> bool:
    named = False
    if any(w in make_words() for w in match.words):
        return False  # a make names its kind though it is a name: "the Mustang" is a car
    for word in {w for w in match.words if w}:
        for hit in re.finditer(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text, re.I):
            written = hit.group(0)
            if written[:1].islower():
                return False  # the common noun, written as one
            if written.isupper() and len(written) > 1:
                continue  # a screenplay's capitals ("a PHONE rings") say nothing of names
            if _after_a_title(text, hit.start(), language) and not _an_animal(match.key):
                named = True  # "Mr. Bell", "Madame Cloche": a surname; "Mr. Fox" may be the fable's fox, cast
            elif _modifier_in_name(text, hit.start(), hit.end(), language):
                named = True
            elif language in _HEAD_LAST and (
                _capital_before(text, hit.start()) or _capital_after(text, hit.end()) is not None
            ):
                return False  # the name's head ("the Plum-Tree"), or its kind before a name ("Comet Hale")
            elif _STARTS.search(_line_before(text, hit.start())):
                continue  # a sentence's or a line's first word is capitalised anyway
            elif match.key in _HEAVENS:
                return False
            elif _determined(text, hit.start(), language):
                continue  # "the Pail fell": old fables capitalise the things they turn on
            else:
                named = True  # "we hear you, Falcon", "at Harrods": a name, as names stand alone
    return named


# the titles a surname follows, per language (an abbreviation's full stop ends no sentence)
_TITLES = {
    "en": "mr mr. mrs mrs. ms ms. miss dr dr. doctor sir lady lord master mistress madam professor prof. captain",
    "fr": "m. mme mme. mlle mlle. madame monsieur mademoiselle maître docteur",
    "es": "don doña señor señora señorita sr. sra. srta. doctor",
    "it": "signor signora signorina sig. sig.ra don donna dottor dottore",
    "pt": "dom dona senhor senhora sr. sra. doutor",
}


def _after_a_title(text: str, start: int, language: str) -> bool:
    """The word follows a title: "Mr. Bell", "Madame Cloche", "Don Lobo"."""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 16) : start])
    return before is not None and before.group(1).lower() in _TITLES.get(language, "").split()


def _an_animal(key: str) -> bool:
    import filmstudio.script.vocabulary as vocabulary

    return vocabulary.THINGS.get(key, ("", ()))[0] == "animal"


def _modifier_in_name(text: str, start: int, end: int, language: str) -> bool:
    """The word is joined to a capitalised word that is the name's head: a common word after it in a
    language that puts heads last ("New-Moon Lane"; "Comet Hale" puts the kind first, a name of its
    own after it), any capitalised word before it in the others ("Calle Luna")."""
    if language in _HEAD_LAST:
        after = _capital_after(text, end)
        return after is not None and _common(after, language)
    return _capital_before(text, start)


def _capital_after(text: str, end: int) -> str | None:
    after = re.match(rf"[ -]({_WORD})", text[end:])
    word = after.group(1) if after else ""
    return word if word[:1].isupper() and not word.isupper() else None


def _capital_before(text: str, start: int) -> bool:
    before = re.search(rf"({_WORD})[ -]$", text[:start])
    return bool(before and before.group(1)[:1].isupper() and not _STARTS.search(_line_before(text, before.start())))


def _common(word: str, language: str) -> bool:
    import filmstudio.script.vocabulary as vocabulary

    low = word.lower()
    return any(lexicon.knows(low) for lexicon in (vocabulary.places(language), vocabulary.things(language)))


def _determined(text: str, start: int, language: str) -> bool:
    before = re.search(rf"({_WORD})\s+$", text[:start])
    return before is not None and before.group(1).lower() in _determiners(language)


def _determiners(language: str) -> set[str]:
    from filmstudio.script.beings import DETERMINERS

    possessives = {"my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those"}
    return {*DETERMINERS.get(language, "").split(), *(possessives if language == "en" else ())}


def _line_before(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 : at]

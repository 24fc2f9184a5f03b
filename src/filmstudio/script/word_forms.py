"""The other forms a word takes in text, for a lexicon that does not hold it as written: its dictionary
form (simplemma: "alberi" is "albero", "Blättern" is "Blatt", "лесу" is "лес"), the head of a compound
(English and German put it last: "fir-tree" is a tree, "Haustür" a door), German's spelling before
1901 ("Thür", "Thier") and its diminutives ("Kätzchen", "Vöglein"). And the one form a lexicon's endings must not take: a word whose dictionary form
is another word ("does" is "do", not two does)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from filmstudio.script.lemmas import STEMMERS, has_lemmas, lemma_of


class Lexicon(Protocol):
    """What is asked of a lexicon here (script/lexicon.py's, which calls this module)."""

    language: str

    def knows(self, word: str) -> bool: ...

    def name_for(self, token: str) -> str | None: ...

    def names(self) -> dict[str, set[str]]: ...

    def __hash__(self) -> int: ...


# languages that write a compound's head last, hyphenated ("fir-tree", "Apfel-Baum") or joined
_HEAD_LAST = {"en", "de", "nl", "sv", "da", "nb", "nn"}
_JOINED = {"de"}  # German, whose nouns are capitalised: a lower-case word is no compound noun
# a joined compound's head, as written, is a word of some length, and what comes before it one too:
# "Haustüre" holds "türe", "Weise" and "Ameise" hold no "eis"
_LEAST_HEAD = 4
_LEAST_MODIFIER = 3
# German's spelling before 1901 kept an h after t in native words: Thür, Thier, Thal, Noth, Muth
_OLD_TH = re.compile(r"th(?=[aeiouäöüy])|(?<=[aeiouäöü])th\b")


def other_form(lexicon: Lexicon, token: str, written: str) -> tuple[str | None, str]:
    """(the name a token is in another of its forms, the part of the token that is it: "" for the whole)."""
    language = lexicon.language
    # English's endings are its plurals: its lemmas would read verbs as things ("waving", "dressed"); Hindi
    # and Tamil nouns are matched by their stems (a Hindi lemma is as often a verb's: पाया is "found")
    if has_lemmas(language) and language not in ("ja", "en") and language not in STEMMERS:
        lemma = lemma_of(written if language == "de" else token, language)
        if lemma != token and lexicon.knows(lemma) and not _a_verb_of(token, lemma, language):
            return lemma, ""
    if language in _DIMINUTIVES:
        name = _romance_diminutive(lexicon, token, language)
        if name is not None:
            return name, ""
    if language == "de" and "th" in token:
        modern = _OLD_TH.sub("t", token)
        name = lexicon.name_for(modern)
        if name is not None:
            return name, ""
        token = modern
    if language == "de" and written[:1].isupper():
        name = _diminutive(lexicon, token)
        if name is not None:
            return name, ""
    if language not in _HEAD_LAST:
        return None, ""
    if "-" in token:
        modifier, head = token.rsplit("-", 1)
        name = lexicon.name_for(head) if len(head) >= _LEAST_MODIFIER else None
        kind = lexicon.name_for(modifier) if name else None
        if kind is not None and _same_kind(lexicon, kind, name):  # a "fir-tree" is a fir, of the trees
            return kind, modifier
        return (name, head) if name else (None, "")
    if language in _JOINED and written[:1].isupper():  # a noun: "deswegen" holds no way
        # the head is the dictionary form's too: "Haustüren" is "Haustür", a door; "Schwestern" is
        # "Schwester", which holds no star
        lemma = lemma_of(token[:1].upper() + token[1:], language).lower() if has_lemmas(language) else token
        for cut in range(_LEAST_MODIFIER, len(token) - _LEAST_HEAD + 1):
            head = token[cut:]
            name = lexicon.name_for(head)
            if name is not None and (
                lemma == token or lemma.startswith(token[:cut]) and _holds_head(lexicon, lemma, cut, name)
            ):
                return name, head
            if name is None and lemma != token and lemma.startswith(token[:cut]) and len(lemma) - cut >= _LEAST_HEAD:
                name = lexicon.name_for(lemma[cut:])  # the plural's umlaut: "Apfelbäume" is "Apfelbaum"
                if name is not None:
                    return name, head
    return None, ""


def _holds_head(lexicon: Lexicon, lemma: str, cut: int, name: str) -> bool:
    """A German compound's dictionary form ends, after its modifier, in a word for what the name names."""
    rest = lemma[cut:]
    found = rest if rest == name else lexicon.name_for(rest)
    return found is not None and bool(lexicon.names().get(found, set()) & lexicon.names().get(name, set()))


# an infinitive's endings in the languages whose nouns only add -s or -es (-x) for the plural
_INFINITIVE = {"es": ("ar", "er", "ir"), "pt": ("ar", "er", "ir"), "fr": ("er", "ir", "re")}


def _a_verb_of(token: str, lemma: str, language: str) -> bool:
    """A form of a verb whose infinitive is also a noun: "colheu" (harvested) is "colher" (to harvest),
    not a spoon; the noun's own forms are its plurals ("colheres")."""
    endings = _INFINITIVE.get(language, ())
    return bool(endings) and lemma.endswith(endings) and token not in (lemma + "s", lemma + "es", lemma + "x")


# Romance diminutive endings, longest first: a noun's diminutive is the noun ("florecillas" flowers,
# "pajarito" a bird, "uccellino" a bird, "passarinho" a bird); the plural -s is read by the lemma
_DIMINUTIVES = {
    "es": (
        "ecillo",
        "ecilla",
        "ecito",
        "ecita",
        "cillo",
        "cilla",
        "cito",
        "cita",
        "illo",
        "illa",
        "ito",
        "ita",
        # the older -uelo (arroyuelo, plazuela, riachuelo, portezuela)
        "ezuelo",
        "ezuela",
        "zuelo",
        "zuela",
        "uelo",
        "uela",
    ),
    "pt": ("zinho", "zinha", "inho", "inha"),
    "it": ("ellino", "ellina", "ino", "ina", "ini", "ine", "etto", "etta", "etti", "ette"),
}
_DEACCENT = str.maketrans("áéíóú", "aeiou")


def _romance_diminutive(lexicon: Lexicon, token: str, language: str) -> str | None:
    """The noun a Romance diminutive is made from: its ending off and the noun's vowel given back."""
    lemma = lemma_of(token, language) if has_lemmas(language) else token
    plain_names = _plain_names(lexicon)
    for word in dict.fromkeys([lemma, token.rstrip("s")]):
        for suffix in _DIMINUTIVES[language]:
            stem = word[: -len(suffix)]
            if not word.endswith(suffix) or len(stem) < 3:
                continue
            # the noun's own vowel back (flor-ecilla, pajar-ito: pájaro), or its last consonant doubled
            # in the diminutive dropped (uccel-lino: uccello)
            for candidate in (stem, stem + "o", stem + "a", stem + "e", stem[:-1] + "o"):
                if candidate in plain_names and agrees_in_gender(suffix, candidate):
                    return plain_names[candidate]
    return _augmentative(token, language, plain_names)


def agrees_in_gender(suffix: str, noun: str) -> bool:
    """Whether a diminutive ending fits the noun it would be made of: a diminutive keeps its noun's
    gender, so a masculine ending (-inho, -ito, -ino, -etto) is made of a noun in -o, -e or a consonant,
    a feminine one (-inha, -ita, -ina, -etta) of a noun in -a, -e or a consonant. "caminho" (a path, a
    word of its own) is no little "cama" (a bed, whose diminutive is "caminha"); "casinha" is a casa."""
    if suffix.endswith(("o", "i")):  # -ito, -inho, -ino, -etti
        return not noun.endswith("a")
    return not noun.endswith("o")  # -ita, -inha, -ina, -ine, -ette


# Romance augmentative endings, longest first: a big house is a house ("casarão", "casona", "portone").
# Many words that end so are words of their own (salão is a hall, not a big sala; cartão a card, botão a
# button, cajón a drawer, colchón a mattress, pallone a ball): only a word the dictionary does not know is
# read as an augmentative ("sombrerón", "gattone"), and its noun is of its gender where the ending tells
# one (-ona, -ota of a noun in -a)
_AUGMENTATIVES = {
    "es": ("azo", "aza", "ona", "ón", "ote", "ota"),
    "pt": ("arão", "zão", "ona", "ão", "aço", "aça"),
    "it": ("accio", "accia", "ona", "one"),
}


def _augmentative(token: str, language: str, plain_names: dict[str, str]) -> str | None:
    """The noun a Romance augmentative that no dictionary knows is made of ("sombrerón": a sombrero)."""
    word = token.rstrip("s") if not token.endswith("ões") else token[:-3] + "ão"
    for suffix in _AUGMENTATIVES.get(language, ()):
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        for candidate in (stem, stem + "o", stem + "a", stem + "e"):
            if candidate in plain_names and (not suffix.endswith("a") or not candidate.endswith("o")):
                # a dictionary word (salão, cartão, cajón) is itself, not a big something
                return None if has_lemmas(language) and _known(token, language) else plain_names[candidate]
    return None


def _known(word: str, language: str) -> bool:
    """Whether simplemma's dictionary holds the word (as written or as the form of another)."""
    import simplemma

    return bool(simplemma.is_known(word, lang=language)) or lemma_of(word, language) != word


@lru_cache(maxsize=32)
def _plain_names(lexicon: Lexicon) -> dict[str, str]:
    """A lexicon's single words without their accents (pájaro as pajaro) -> the word."""
    return {name.translate(_DEACCENT): name for name in lexicon.names() if " " not in name}


_UMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def _diminutive(lexicon: Lexicon, token: str) -> str | None:
    """A German diminutive's noun ("Kätzchen" a cat, "Vöglein" a bird, "Mäuschen" a mouse): the ending
    -chen or -lein taken off, the umlaut it brought undone, and the noun's own -e or -el given back."""
    for suffix in ("chen", "lein"):
        if not token.endswith(suffix) or len(token) - len(suffix) < 3:
            continue
        stem = token[: -len(suffix)]
        plain = stem.translate(_UMLAUT)
        for candidate in dict.fromkeys([stem, plain, stem + "e", plain + "e", plain + "el", stem + "el"]):
            name = lexicon.name_for(candidate)
            if name is not None:
                return name
    return None


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    from filmstudio.script.things_table import parse_table

    return {key: kind for key, kind, _ in parse_table()}


def _same_kind(lexicon: Lexicon, modifier: str, head: str | None) -> bool:
    kinds = _kinds()
    keys = lexicon.names()
    return {kinds.get(k) for k in keys.get(modifier, ())} == {kinds.get(k) for k in keys.get(head or "", ())} != {None}


def unlike_its_lemma(token: str, name: str, language: str) -> bool:
    """A name with an ending the token has, where the token is a form of another word: "does" is not
    does of a deer but a form of "do"; "rings" is a form of "ring" and stays."""
    if token == name or language not in ("en", "es", "fr", "it", "pt", "ru", "nl"):
        return False
    lemma = lemma_of(token, language)
    return lemma not in (token, name)


# Tamil's case endings and clitics, written against the noun in its vowel signs (குரங்கை, குயிலின்,
# மரத்தில், குரங்கும்), longest first; a final hard consonant doubles before the next word (குரங்கைக் கண்டு)
_TAMIL_ENDINGS = sorted(
    [
        "ை",
        "ைய",
        "ுக்கு",
        "க்கு",
        "ுடன்",
        "ோடு",
        "ுடைய",
        "ின்",
        "ின",
        "ினை",
        "ினால்",
        "ில்",
        "ிலே",
        "ிடம்",
        "ால்",
        "ும்",
        "ே",
        "ோ",
        "ோர்",
        "ிதனை",
        "தனை",
        "ுக்கும்",
        "ையும்",
        "ினும்",
        "ிலும்",
        "ின்று",
    ],
    key=len,
    reverse=True,
)
_TAMIL_DOUBLED = re.compile(r"[கசதப]்$")


def tamil_bases(word: str) -> list[str]:
    """The nouns a Tamil word may be with its case ending or clitic taken off, most likely first:
    "குரங்கைக்" -> "குரங்கு" (the accusative ஐ replaces the final உ), "குயிலின்" -> "குயில்",
    "முதலையை" -> "முதலை"."""
    word = _TAMIL_DOUBLED.sub("", word) if len(word) > 3 else word
    out = []
    for ending in _TAMIL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            if "\u0bbe" <= stem[-1] <= "\u0bcd":  # a vowel sign ends the noun itself (முதலை-க்கு)
                out.append(stem)
            else:  # a consonant: its own vowel was u (குரங்கு), none (குயில்), or a (glide: முதலை-ய்-ஐ)
                out.extend([stem + "ு", stem + "்", stem])
            if stem[-1] in "யவ" and len(stem) > 2:
                out.append(stem[:-1])
    return [b for b in dict.fromkeys(out) if len(b) >= 3 and b != word]

"""Someone named by what they are to another: "her landlord knocked and asked for the rent", "sa cousine
arriva et sourit", "sein Schwager lachte und trank", "il suo padrone entrò e gridò", "su vecino le dijo".

Two things are read here:
- which words after a possessive name a person though no list holds them: a noun the dictionary also has
  in the other gender (simplemma's lemmas: cousin/cousine, vecino/vecina, padrone/padrona, duque/duquesa,
  Schwager/Schwägerin), as only people and animals have. A word the lexicons name as a thing, a place or a
  time ("la casa", "el caso"), or one CLDR gives a symbol that is no one's ("la mano", "das Herz"), is not;
  the gender is the side of the pair the word is on;
- whether such a one acts: someone's person who is the subject of a deed only someone does and goes on
  with a second deed, with its pronoun in the next sentence, or with words said ("her landlord knocked at
  the door and asked"), as person_acts.py reads a person without a possessive. One only mentioned ("her
  father had gone to the city") is not."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

from filmstudio.script.acting import LANGUAGES, Mention, acts_here, in_speech
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.newcomers import continued_by_pronoun
from filmstudio.script.person_acts import _AND, _one, _opens_clause, _second_deed, does_as_someone


class _Keyed(Mention, Protocol):
    """A mention with the key of who it is (mentions.Mention)."""

    @property
    def key(self) -> str: ...


# (masculine ending, feminine ending) of the nouns that have both genders
_PAIRS = {
    "es": (("o", "a"), ("or", "ora"), ("ón", "ona"), ("és", "esa"), ("e", "esa"), ("e", "a"), ("tor", "tora")),
    "pt": (("o", "a"), ("or", "ora"), ("ão", "ã"), ("ão", "oa"), ("ês", "esa"), ("e", "essa"), ("eiro", "eira")),
    "it": (
        *(("o", "a"), ("e", "a"), ("e", "essa"), ("tore", "trice"), ("tore", "tora"), ("iere", "iera")),
        *(("aio", "aia"), ("aiolo", "aiola"), ("aiuolo", "aiuola")),
    ),
    "fr": (
        *(("", "e"), ("eur", "euse"), ("teur", "trice"), ("ier", "ière"), ("er", "ère"), ("en", "enne")),
        *(("on", "onne"), ("el", "elle"), ("e", "esse"), ("x", "se")),
    ),
    "de": (("", "in"), ("e", "in")),
}
_UMLAUT = str.maketrans("aou", "äöü")


# the feminine endings made for people alone (duque/duquesa, Schwager/Schwägerin, conte/contessa): a pair
# by one of these names a person after any article; a pair by a vowel alone (caso/casa) only after a possessive
# and the trades' (stagnaio/stagnaia, barcaiolo/barcaiola, costureiro/costureira, tessitore/tessitora)
_MADE_FOR_PEOPLE = frozenset({"esa", "essa", "trice", "euse", "ora", "in", "tora", "iera", "eira"})
_MADE_FOR_PEOPLE |= {"aia", "aiola", "aiuola"}
_TITLED = frozenset({"esa", "essa", "in"})


@lru_cache(maxsize=8192)
def paired_person(word: str, language: str, *, made_for_people: bool = False, titled: bool = False) -> str | None:
    """The gender of a noun that names a person by its pair in the other gender ("cousine": female,
    "Schwager": male), or None for a word without one (see the module's note); `made_for_people` asks for
    a pair whose feminine ending is made for people alone."""
    pairs = _PAIRS.get(language)
    if not pairs or len(word) < 4:
        return None
    if made_for_people or titled:  # a title's feminine alone: duque/duquesa, Graf/Gräfin (not a trade's)
        pairs = tuple(p for p in pairs if p[1] in (_TITLED if titled else _MADE_FOR_PEOPLE))
    low = word.lower()
    if _no_ones(low, language):
        return None
    lemma = lemma_of(low, language)  # "cousine" is "cousin" to the dictionary: its own pair
    for masculine, feminine in pairs:
        if low.endswith(feminine):
            stem = low[: len(low) - len(feminine)]
            others = [stem + masculine, *([_plain(stem) + masculine] if language == "de" else [])]
            if any(lemma in (low, other) and _a_lemma(other, low, language) for other in others):
                return "female"
        if (
            feminine
            and low.endswith(masculine)
            and lemma == low
            and _feminine_known(low, masculine, feminine, language)
        ):
            return "male"
    return None


def _plain(stem: str) -> str:
    """The German stem without its umlaut ("schwäger": "schwager")."""
    return stem.translate(str.maketrans("äöü", "aou"))


def _feminine_known(low: str, masculine: str, feminine: str, language: str) -> bool:
    stem = low[: len(low) - len(masculine)] if masculine else low
    forms = [stem + feminine]
    if language == "de":
        forms.append(_umlauted(stem) + feminine)  # "Schwager": Schwägerin
    return any(_a_lemma(form, low, language) for form in forms)


def _umlauted(stem: str) -> str:
    """The German stem with its last vowel umlauted ("schwager": "schwäger")."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "aou" and not (stem[i] == "u" and i > 0 and stem[i - 1] in "ae"):
            return stem[:i] + stem[i].translate(_UMLAUT) + stem[i + 1 :]
    return stem


def _a_lemma(form: str, other: str, language: str) -> bool:
    """Whether a form is a noun of the dictionary as it is written: its own lemma or the other form's
    ("cousine" for "cousin"), not a verb's form."""
    import simplemma

    if form == other or len(form) < 3:
        return False
    written = form.capitalize() if language == "de" else form
    return bool(simplemma.is_known(written, lang=language)) and lemma_of(form, language) in (form, other)


@lru_cache(maxsize=4096)
def _no_ones(word: str, language: str) -> bool:
    """Whether the lexicons name the word as a thing, a place or a time, or CLDR gives it to a symbol that
    is no one (a hand, a heart, an eye)."""
    import filmstudio.script.vocabulary as vocabulary

    lexicons = (vocabulary.things(language), vocabulary.places(language), vocabulary.times(language))
    return any(lexicon.find(word) for lexicon in lexicons) or word in _symbol_words(language)


@lru_cache(maxsize=32)
def _symbol_words(language: str) -> frozenset[str]:
    """The words CLDR names a symbol by that is not a person's (✋ "main", 🫀 "Herz", 👁 "ojo")."""
    from filmstudio.script.lexicon import cldr_annotations
    from filmstudio.script.persons import _person

    words = (
        w.lower()
        for cp, note in cldr_annotations(language).items()
        if _person(cp) is None
        for w in (note.name, *note.keywords)
    )
    return frozenset(words)


def possessed_acts(text: str, mentions: Iterable[_Keyed], gender: str, language: str) -> bool:
    """Whether one of someone's persons ("her landlord", "sa cousine") does things in the narration: the
    subject, up front in its clause, of a deed only someone does, joined to a second deed, said, or followed
    by the person's pronoun in the next words."""
    if language not in LANGUAGES or language not in _AND:
        return False
    return any(
        m.possessed
        and not (m.plural or in_speech(text, m))
        and _one(text, m, language)
        and _opens_clause(_before_possessive(text, m.start), language)
        and acts_here(text, m, language)
        and does_as_someone(text, m, language)
        and (not _by_vowel_alone(m.key, language) or _willed_deed(text, m, language))
        and (
            _second_deed(text[m.end : m.end + 200], language)
            or continued_by_pronoun(text[m.end : m.end + 300], gender, language)
        )
        for m in mentions
    )


# "of" before a place's or a house's name: "los duques de Lara y de Castro", "the dukes of York and Kent"
_OF_NAMES = {"en": "of", "es": "de", "fr": "de|d'", "it": "di|da", "pt": "de|da|do", "de": "von|zu"}
_AND_NAMES = {"en": "and", "es": "y|e", "fr": "et", "it": "e|ed", "pt": "e", "de": "und"}


def past_their_names(text: str, end: int, language: str) -> int:
    """Where a title's complement of names ends: "los duques| de Lara y de Castro|" after the noun ending at
    `end`; `end` itself where no name follows."""
    of, joined = _OF_NAMES.get(language), _AND_NAMES.get(language)
    if of is None or joined is None:
        return end
    name = r"[A-ZÀ-ÞА-Я][\w'’-]*"
    found = re.match(
        rf"\s+(?:{of})\s*{name}(?:(?:,\s*|\s+(?:{joined})\s+)(?:(?:{of})\s*)?{name})*", text[end : end + 120]
    )
    return end + found.end() if found else end


# Italian drops a last vowel after l, r, n in verse and old prose: "pescator", "cavalier", "contadin"
_APOCOPE = {"it": ("l", "r", "n")}


def full_form(word: str, language: str) -> list[str]:
    """The words an apocopated noun may stand for ("pescator": pescatoro, pescatore); [] for a word
    written whole or known as it is."""
    import simplemma

    low = word.lower()
    if not low.endswith(_APOCOPE.get(language, ())) or len(low) < 4 or simplemma.is_known(low, lang=language):
        return []
    return [low + "o", low + "e"]


# Italian's makers of a trade from its stuff: "stagnaio" (stagno), "cappellaia" (cappello), "ferraio"
# (ferro), "fruttaiola" (frutta); the ending says the gender
_TRADE_FROM_STUFF = {
    "it": (
        ("aiuolo", "male"),
        ("aiuola", "female"),
        ("aiolo", "male"),
        ("aiola", "female"),
        ("aio", "male"),
        ("aia", "female"),
    )
}


def trade_from_stuff(word: str, language: str) -> str | None:
    """The gender of a trade noun made from the stuff it works ("stagnaio": male), or None: a word the
    dictionary or the lexicons hold as something else ("granaio" is a place) is not one."""
    import simplemma

    low = word.lower()
    for ending, gender in _TRADE_FROM_STUFF.get(language, ()):
        stem = low.removesuffix(ending)
        if stem == low or len(stem) < 3:
            continue
        if (simplemma.is_known(low, lang=language) and lemma_of(low, language) != low) or _no_ones(low, language):
            return None
        stuff = [stem + v for v in ("o", "a", "e")]
        if any(simplemma.is_known(s, lang=language) and lemma_of(s, language) == s for s in stuff):
            return gender
        return None
    return None


def _before_possessive(text: str, start: int) -> str:
    """The words before a possessed noun, less its possessive: "In the evening his brother-in-law" opens
    its clause as "In the evening the brother-in-law" would."""
    return re.sub(r"[^\W\d_]+\s+$", "", text[max(0, start - 120) : start])


# the deeds of one with a will of their own: a hand, an arm or a heart trembles, falls, beats and takes
_WILLED = frozenset(
    {"say", "laugh", "smile", "sing", "dance", "cook", "eat", "read", "pray", "think", "sleep", "give"}
    | {"sell_buy", "work", "hug", "cry_out", "anger", "happy", "sad", "surprise", "listen", "kneel", "sit"}
)


def _by_vowel_alone(key: str, language: str) -> bool:
    """Whether a person word is known only by a pair of genders told apart by a vowel (vecino/vecina,
    caso/casa): no list holds it and its pair's ending is not one made for people."""
    from filmstudio.script.persons import person_words

    if language not in _PAIRS or key in person_words(language) or trade_from_stuff(key, language) is not None:
        return False
    return paired_person(key, language, made_for_people=True) is None


def _willed_deed(text: str, mention: Mention, language: str) -> bool:
    """Whether the sentence after a mention holds a deed of one with a will ("smiled", "said", "sang")."""
    from filmstudio.script.acting import _acting_word

    sentence = re.split(r"[.!?;\n]", text[mention.end : mention.end + 200])[0]
    return any(_acting_word(w, language) in _WILLED for w in re.findall(r"[^\W\d_][\w'’-]*", sentence)[:12])


def masculine_of_a_pair(word: str, language: str, people: dict[str, tuple[str, str]]) -> bool:
    """Whether a person word of no gender of its own is the man's of a pair the lists hold the woman's of
    ("voisin": voisine, "vizinho": vizinha): in a language that marks it, he is a man."""
    low = word.lower()
    for masculine, feminine in _PAIRS.get(language, ()):
        if feminine and low.endswith(masculine) and len(low) > len(masculine) + 2:
            stem = low[: len(low) - len(masculine)] if masculine else low
            # the lists make a feminine of each role ("Kindin"): the dictionary has to know it too
            if people.get(stem + feminine, ("", ""))[0] == "female" and _known(stem + feminine, language):
                return True
    return False


def _known(word: str, language: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word.capitalize() if language == "de" else word, lang=language))
